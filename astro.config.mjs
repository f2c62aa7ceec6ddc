// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: process.env.MASAR_SITE ?? 'https://masar.example.org',
  trailingSlash: 'always',
  integrations: [mdx()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
