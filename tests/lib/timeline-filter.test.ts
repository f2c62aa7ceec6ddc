import { describe, expect, it } from 'vitest';
import { passesTimelineFilters, readTimelineFilters } from '../../src/lib/timeline-filter.ts';

const filters = (query: string) => readTimelineFilters(new URLSearchParams(query));
const statement = (lane: string, actors: string[] = []) => ({ lane, entry: { kind: 'statement', actors } });

describe('timeline filters from the address', () => {
  it('keep the tracks named, and entries tied to no round whatever the tracks', () => {
    const f = filters('track=astana,geneva');
    expect(passesTimelineFilters(f, { lane: 'astana' })).toBe(true);
    expect(passesTimelineFilters(f, { lane: 'sochi' })).toBe(false);
    expect(passesTimelineFilters(f, statement('geneva'))).toBe(true);
    expect(passesTimelineFilters(f, statement('constitutional-committee'))).toBe(false);
    expect(passesTimelineFilters(f, statement('other'))).toBe(true);
  });

  it('keep the kinds and the actor named for entries, and every round of a kept track', () => {
    const f = filters('kind=meeting&actor=staffan-de-mistura');
    expect(passesTimelineFilters(f, { lane: 'geneva' })).toBe(true);
    expect(passesTimelineFilters(f, { lane: 'geneva', entry: { kind: 'meeting', actors: ['staffan-de-mistura'] } })).toBe(true);
    expect(passesTimelineFilters(f, { lane: 'geneva', entry: { kind: 'meeting', actors: ['sergey-lavrov'] } })).toBe(false);
    expect(passesTimelineFilters(f, statement('geneva', ['staffan-de-mistura']))).toBe(false);
  });

  it('keep everything without filters', () => {
    expect(filters('entry=000-x')).toEqual({ tracks: null, kinds: null, actor: '' });
    expect(passesTimelineFilters(filters(''), statement('summits'))).toBe(true);
  });
});
