// The guarantors meeting by themselves, named by their three states: "اجتمع وزراء خارجية روسيا وتركيا
// وإيران اليوم في جنيف"، "قمة روسيا وإيران وتركيا في طهران". One of the summits and ministers' meetings
// around the rounds (the catalog's `summits` track): the place named beside it and the day tied to it
// choose which. A list of the three alone ("الدول الضامنة روسيا وتركيا وإيران") is no meeting: the
// ministers, leaders or summit must be named before them.
import { foldArabic } from '../../../lib/arabic-fold.ts';
import { GUARANTOR_MEETING_HEADS, GUARANTOR_STATES } from '../../../lib/lexicon/talks.ts';
import type { Parsed, Parser } from '../types.ts';
import { WORD_END, WORD_START, alternation } from '../constants.ts';

const STATE = alternation(GUARANTOR_STATES);
const JOIN = '\\s*[،,]?\\s*و?\\s*';
const SOURCE = `${WORD_START}(?:${alternation(GUARANTOR_MEETING_HEADS)})\\s+(?:الدول\\s+الثلاث\\s+)?(?<states>(?:${STATE})(?:${JOIN}(?:${STATE})){2})${WORD_END}`;
const STATE_WORD = new RegExp(alternation(GUARANTOR_STATES), 'gu');

export const guarantorsMeeting: Parser = {
  name: 'guarantors-meeting',
  pattern: () => new RegExp(foldArabic(SOURCE), 'gu'),
  trigger: { re: new RegExp(foldArabic(alternation(GUARANTOR_MEETING_HEADS.map((h) => h.split(' ')[0]!))), 'gu'), lookback: 4 },
  extract(m): Parsed | null {
    // All three, each once: "روسيا وتركيا وروسيا" is a typo or another list.
    const named = new Set(m.groups?.states?.match(STATE_WORD) ?? []);
    if (named.size !== 3) return null;
    return { start: m.index, end: m.index + m[0].length, kind: 'round', parser: 'guarantors-meeting', stated: { track: 'summits', loose: true } };
  },
};
