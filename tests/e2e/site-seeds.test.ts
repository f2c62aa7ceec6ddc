// The site as `npm run build` makes it: the ingest on seeds/, then Astro and Pagefind.
import { siteSuite } from './site-suite.ts';

siteSuite('seeds');
