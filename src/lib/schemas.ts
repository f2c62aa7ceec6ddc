// The content contract (DESIGN.md), shared by the ingest step and Astro's content collections,
// so that what the ingest writes is validated by the same rules the site reads it with.
import { z } from 'zod';
import { isEdtf } from './edtf-check.ts';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day written YYYY-MM-DD that really exists (no 2017-02-30). */
export const isoDay = z.string().regex(ISO_DAY, 'expected a day written YYYY-MM-DD').refine(
  (s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  },
  { message: 'not a real calendar day' },
);

/** An EDTF date or interval (ISO 8601-2): 2017-12-20, 2017-12, 2017-12-21/2017-12-22. */
export const edtfString = z.string().refine(isEdtf, { message: 'expected an EDTF date or interval, e.g. 2017-12-20 or 2017-12-21/2017-12-22' });

export const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected lower-case letters, digits and hyphens');

/** `summits`: the meetings around the rounds (the guarantors' summits, ministers' meetings, the
 *  support group), dated in the catalog like rounds and shown in a lane of their own. */
export const TRACKS = ['astana', 'geneva', 'sochi', 'constitutional-committee', 'summits'] as const;

export const sourceLink = z.object({
  url: z.url(),
  title: z.string().min(1),
  publisher: z.string().optional(),
  lang: z.string().optional(),
});

export const roundSchema = z
  .object({
    id: slug,
    track: z.enum(TRACKS),
    number: z.number().int().positive().nullable(),
    /** A conference's session (Geneva II and III met in sessions news calls rounds: «الجولة الثانية من
     *  مفاوضات جنيف 3»): its number within the conference, `number` being the conference's. */
    session: z.number().int().positive().optional(),
    name_ar: z.string().min(1),
    aliases_ar: z.array(z.string().min(1)).default([]),
    start: isoDay,
    end: isoDay,
    city_en: z.string().min(1),
    city_ar: z.string().min(1),
    outcome_en: z.string().default(''),
    outcome_ar: z.string().optional(),
    confirmed: z.boolean(),
    notes: z.string().default(''),
    sources: z.array(sourceLink).default([]),
    /** The day the round was declared formally open, when that came after its first day (Geneva III met the
     *  government's delegation on 29 January 2016 and was declared started on 1 February). */
    opened: isoDay.optional(),
    /** Days the round was announced for before it was put off or brought forward, each with its sources:
     *  news written before the change names those days, not the days it was held. `approximate`: only a
     *  part of a month was announced («أواخر تشرين الأول»), recorded as its days (late: 21 to the end,
     *  mid: 11-20, early: 1-10); the opening was to fall somewhere in them. */
    scheduled: z.array(z.object({ start: isoDay, end: isoDay, approximate: z.boolean().default(false), sources: z.array(sourceLink).min(1) })
      .refine((s) => s.end >= s.start, { message: '`end` precedes `start`', path: ['end'] })).default([]),
  })
  .refine((r) => r.end >= r.start, { message: '`end` precedes `start`', path: ['end'] });
export type Round = z.infer<typeof roundSchema>;

export const ACTOR_KINDS = ['person', 'state', 'organisation', 'group', 'place'] as const;
export const actorSchema = z.object({
  id: slug,
  kind: z.enum(ACTOR_KINDS),
  name_ar: z.string().min(1),
  name_en: z.string().optional(),
  variants: z.array(z.string().min(1)).default([]),
  /** Phrases that hold one of the variants but name someone or something else («حافظ الأسد» for «الأسد»): never linked. */
  not_variants: z.array(z.string().min(1)).optional(),
  /** Named in the news only when the story is about Syria (its towns, its envoys, its delegations' heads):
   *  the relevance judge takes the name for a mention of Syria (a person's full names only, not a surname
   *  alone). Never on a name that is also a common word («الباب», «حمص»), a common full name («محمد علوش»),
   *  or one other stories share (a minister of a guarantor, an envoy with other files). */
  syria_only: z.boolean().optional(),
  description_ar: z.string().optional(),
});
export type Actor = z.infer<typeof actorSchema>;

export const evidenceSchema = z.object({
  quote: z.string(),
  says: z.string(),
  /** What the evidence says as data (src/lib/evidence/evidence-note.ts): the page renders its Arabic from it.
   *  Loose: a note written by another build of the engine still loads, and gets a plain sentence. */
  note: z.looseObject({ code: z.string() }).optional(),
  weight: z.number().optional(),
});

export const articleDatedBySchema = z.object({
  method: z.enum(['front-matter', 'inferred', 'none']),
  confidence: z.number().min(0).max(1),
  evidence: z.array(evidenceSchema).default([]),
  conflicts: z.array(evidenceSchema).default([]),
  note: z.string().optional(),
});

export const articleSchema = z.object({
  id: slug,
  source: z.string().min(1),
  title: z.string().min(1),
  outlet: z.string().optional(),
  url: z.url().optional(),
  /** The addresses the seed names as its sources: a Markdown seed's links, a saved page's own address. */
  links: z.array(z.url()).optional(),
  /** The licence allows the whole text on the site; else the article page shows only its quotes. */
  republish: z.boolean().optional(),
  language: z.string().default('ar'),
  published: edtfString.optional(),
  dateCertainty: z.enum(['exact', 'range']).optional(),
  relevant: z.boolean().default(true),
  datedBy: articleDatedBySchema.optional(),
});
export type Article = z.infer<typeof articleSchema>;

export const ENTRY_KINDS = ['round-opening', 'round-closing', 'statement', 'meeting', 'agreement', 'exchange', 'accusation', 'military', 'announcement', 'other'] as const;

const ENTRY_CERTAINTIES = ['exact', 'range', 'approximate'] as const;

/** The entry fields a maintainer may correct in content/edits.yaml. */
export const EDITABLE_FIELDS = ['title', 'date', 'dateCertainty', 'kind', 'round', 'actors'] as const;

/**
 * What an editor changed (content/edits.yaml), written beside the result so the page can say so and
 * still show what the build step made: `generated` holds the replaced values (`round: null` when the
 * build step linked none); `removed` keeps the entry's URL as a page saying the editor removed it;
 * `merged` lists the entries the editor joined to this one (`merge_into`), whose URLs now lead here.
 */
export const editedSchema = z.object({
  fields: z.array(z.enum(EDITABLE_FIELDS)),
  removed: z.boolean().optional(),
  merged: z.array(z.object({ id: slug, title: z.string().min(1), date: edtfString, reason: z.string().min(1).optional() })).optional(),
  reason: z.string().min(1).optional(),
  generated: z.object({
    title: z.string().optional(),
    date: edtfString.optional(),
    dateCertainty: z.enum(ENTRY_CERTAINTIES).optional(),
    kind: z.enum(ENTRY_KINDS).optional(),
    round: slug.nullable().optional(),
    actors: z.array(slug).optional(),
  }),
});
export type Edited = z.infer<typeof editedSchema>;

export const entrySchema = z.object({
  id: slug,
  date: edtfString,
  dateCertainty: z.enum(ENTRY_CERTAINTIES).default('exact'),
  title: z.string().min(1),
  kind: z.enum(ENTRY_KINDS),
  round: slug.optional(),
  actors: z.array(slug).default([]),
  places: z.array(slug).default([]),
  sources: z
    .array(
      z.object({
        article: slug,
        quote: z.string().min(1),
        date: edtfString.optional(),
        note: z.string().optional(),
      }),
    )
    .min(1),
  datedBy: z.object({
    expression: z.string(),
    resolution: z.string(),
    article: slug,
    anchor: edtfString.optional(),
  }),
  flags: z.array(z.string()).default([]),
  edited: editedSchema.optional(),
});
export type Entry = z.infer<typeof entrySchema>;
