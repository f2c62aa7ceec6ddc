// Astro content collections over the content contract. The schemas live in src/lib/schemas.ts so the
// ingest step (which has no Astro imports) validates what it writes with the very same rules.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { actorSchema, articleSchema, entrySchema, roundSchema } from './lib/schemas.ts';

// MASAR_CONTENT lets tests build the site from another content folder; the default is the repo's.
const CONTENT = process.env.MASAR_CONTENT ?? './content';

const rounds = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${CONTENT}/rounds` }),
  schema: roundSchema,
});
const actors = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${CONTENT}/actors` }),
  schema: actorSchema,
});
const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${CONTENT}/articles` }),
  schema: articleSchema,
});
const entries = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${CONTENT}/entries` }),
  schema: entrySchema,
});

export const collections = { rounds, actors, articles, entries };
