import { defineCollection } from 'astro:content';
import { docsSchema } from '@astrojs/starlight/schema';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

// The pages live in docs-content/ rather than Starlight's default src/content/docs/, so that
// writers find them at the top of the repository beside the engine they describe.
export const collections = {
  docs: defineCollection({
    loader: glob({ base: './docs-content', pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema({
      extend: z.object({
        /**
         * Marks a page that hosts an application (the playground, the API reference, the rate-limit lab): its
         * content is not wrapped in Starlight's prose styles, see src/components/starlight/MarkdownContent.astro.
         */
        application: z.boolean().default(false),
      }),
    }),
  }),
};
