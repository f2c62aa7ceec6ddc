// The real catalog with hand-made entries and an ids lock that maps an old id to its successor, so the
// redirect pages and every entry shape are checked even when the seeds do not produce them.
import { siteSuite } from './site-suite.ts';

siteSuite('fixture');
