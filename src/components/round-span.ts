// A round's dates as one EDTF value, and the pages made one per round (its page and its embed view).
import { catalog, type RoundItem } from './catalog.ts';

export function roundEdtf(r: RoundItem['data']): string {
  return r.start === r.end ? r.start : `${r.start}/${r.end}`;
}

/** getStaticPaths of a page per round: the round's id in the address, the round as its props. */
export async function roundPaths(): Promise<{ params: { id: string }; props: { round: RoundItem } }[]> {
  return (await catalog()).rounds.map((round) => ({ params: { id: round.id }, props: { round } }));
}
