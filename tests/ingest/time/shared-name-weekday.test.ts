// «عقدت الجمعة قمة بوتين وأردوغان في سوتشي»: a name seven Sochi meetings share, and a bare weekday told in
// the past. Only the meeting held on that weekday (Friday 5 August 2022) can be meant; the others' weeks
// took a share of the tie's slack, and the story, honestly the week after that Friday, was refused.
// Invented (hunt 9).
import { describe, expect, it } from 'vitest';
import { catalogDate } from './fixtures.ts';

describe('a bare weekday tied to a name several meetings share', () => {
  it("gives the week after the meeting held on it", () => {
    expect(catalogDate('عقدت الجمعة قمة بوتين وأردوغان في سوتشي.')).toBe('2022-08-05/2022-08-11');
  });

  it('and nothing when no meeting of the name was held on it', () => {
    expect(catalogDate('عقدت الخميس قمة بوتين وأردوغان في سوتشي.')).toBeNull();
  });
});
