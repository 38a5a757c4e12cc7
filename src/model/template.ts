// A template file (templates/*.json, samples/*.json, a user's exported template or draft):
// a Document with an id and a title.
import { z } from './zod';
import { documentSchema } from './document';

export const templateFileSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,80}$/, { message: 'id_format' }),
  title: z.string().min(1).max(200),
  description: z.string().max(2000).optional(),
  document: documentSchema,
});

export type TemplateFile = z.output<typeof templateFileSchema>;
