import { defineCollection } from 'astro:content';
import { docsSchema } from '@astrojs/starlight/schema';
import { glob } from 'astro/loaders';

// The pages live in docs-content/ rather than Starlight's default src/content/docs/, so that
// writers find them at the top of the repository beside the engine they describe.
export const collections = {
  docs: defineCollection({
    loader: glob({ base: './docs-content', pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema(),
  }),
};
