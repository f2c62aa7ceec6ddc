// «الاجتماع الرباعي لنواب وزراء خارجية روسيا وتركيا وإيران وسورية»: the catalog writes «وسوريا», and the
// two spellings of Syria stood for each other only as a word of their own, not with «و» written onto
// them, so the deputies' Moscow meeting (4 and 5 April 2023) went unread. Invented (hunt 14).
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

const story = (syria: string) => `الدستور - وكالات\nاختتم في موسكو أمس الاجتماع الرباعي لنواب وزراء خارجية روسيا وتركيا وإيران ${syria}، الذي استمر يومين، بالتأكيد على مواصلة الاتصالات.\nوذكرت الخارجية الروسية في بيان أن المشاركين بحثوا التحضير لاجتماع وزراء الخارجية.`;
describe('Syria spelled «سورية» with «و» written onto it', () => {
  it('names the meeting the catalog spells with «سوريا»', () => {
    expect(catalogDate(story('وسورية'))).toBe('2023-04-05');
    expect(catalogDate(story('وسوريا'))).toBe('2023-04-05');
  });
});
