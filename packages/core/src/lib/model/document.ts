/**
 * The `document` block: what text the annotations are about, and where it came from.
 */
import * as z from 'zod'
import { utcTimestampSchema } from './annotation-base.js'
import type { DeepReadonly } from './immutable.js'

/**
 * Schema of a text hash: `sha256:` and 64 lowercase hex digits, over the reading text
 * encoded as UTF-8.
 *
 * @example
 * textHashSchema.safeParse('sha256:' + '0'.repeat(64)).success // => true
 */
export const textHashSchema = z
  .string()
  .regex(/^sha256:[0-9a-f]{64}$/, { error: '`sha256:` followed by 64 lowercase hex digits' })

/**
 * Schema of the `document` block. Every field is optional; unknown fields are kept.
 *
 * @example
 * documentSchema.parse({ title: '2,000 foreigners in Gulag', source: 'article.txt' })
 */
export const documentSchema = z
  .looseObject({
    title: z.string().optional().meta({ description: 'Title of the text.' }),
    source: z.string().optional().meta({
      description: 'File name of the text, relative to the annotation file: "article.md".',
    }),
    textHash: textHashSchema.optional().meta({
      description:
        'SHA-256 of the reading text as UTF-8: "sha256:" and 64 lowercase hex digits. Tells whether the text changed since annotating.',
    }),
    publication: z.string().optional().meta({
      description: 'Where it was published: "The Independent".',
    }),
    published: z
      .union([z.iso.date(), z.iso.datetime({ offset: true, local: true })], {
        error: 'an ISO 8601 date or date-time such as `1992-08-18` or `1992-08-18T18:02:00-04:00`',
      })
      .optional()
      .meta({ description: 'Publication date or date-time, ISO 8601, with its offset.' }),
    dateline: z.string().optional().meta({
      description: 'The dateline as printed: "MOSCOW".',
    }),
    agency: z.string().optional().meta({
      description: 'News agency the text comes from: "Reuters".',
    }),
    author: z.string().optional().meta({ description: 'Author or byline, as printed.' }),
    url: z.string().optional().meta({ description: 'Where the text was retrieved from.' }),
    retrieved: utcTimestampSchema.optional().meta({
      description: 'When the text was retrieved (UTC).',
    }),
    language: z.string().optional().meta({
      description: 'Language of the text, a BCP 47 tag: "en-GB".',
    }),
    notes: z.string().optional().meta({
      description: 'Notes on the text and its provenance (Markdown).',
    }),
  })
  .meta({
    id: 'Document',
    description: 'The text the annotations are about, and its provenance.',
  })

/**
 * The `document` block.
 *
 * @example
 * const document: DocumentInfo = { title: '2,000 foreigners in Gulag', dateline: 'MOSCOW', agency: 'Reuters' }
 */
export type DocumentInfo = DeepReadonly<z.output<typeof documentSchema>>
