// So that `npx vitest --project unit` finds the projects from the root; they live in tests/vitest.config.ts.
export { default } from './tests/vitest.config.ts';
