/**
 * Uncertainty: hedges in the source, and the editor's own doubts.
 */
import * as z from 'zod'
import { defineKind, type KindAnnotation } from './kind-definition.js'
import { spanSchema } from './span.js'

/**
 * Types of uncertainty, after TEI `certainty@type` and the needs of source criticism.
 *
 * - `hedge`: the source softens its statement ("apparently", "seem to");
 * - `vague-quantity`: an amount without a value ("tens of thousands");
 * - `unclear-attribution`: who says it is unclear ("a ministry spokesman");
 * - `incompleteness`: something is known to be missing ("do not account for");
 * - `credibility`: reasons to doubt the source;
 * - `dating`: when something happened is uncertain;
 * - `identity`: who or what is meant is uncertain;
 * - `transcription`: the text itself may be wrong (scan, OCR, scraping);
 * - `other`.
 *
 * @example
 * uncertaintyTypes.includes('hedge') // => true
 */
export const uncertaintyTypes = [
  'hedge',
  'vague-quantity',
  'unclear-attribution',
  'incompleteness',
  'credibility',
  'dating',
  'identity',
  'transcription',
  'other',
] as const

/**
 * The fields of an uncertainty, as zod schemas (all optional). Its `spans` are the
 * cue ("apparently"); `scope` spans, when given, are what the cue bears on.
 *
 * @example
 * Object.keys(uncertaintyFields).includes('scope') // => true
 */
export const uncertaintyFields = {
  origin: z.enum(['text', 'editor']).optional().meta({
    description:
      "text: a hedge or vagueness in the source itself; editor: the annotator's own doubt.",
  }),
  uncertaintyType: z.enum(uncertaintyTypes).optional().meta({
    description: 'What is uncertain (after TEI certainty@type).',
  }),
  degree: z.enum(['low', 'medium', 'high']).optional().meta({
    description: 'How much doubt: low, medium or high.',
  }),
  explanation: z.string().optional().meta({
    description: 'Why it is uncertain (Markdown).',
  }),
  scope: z.array(spanSchema).optional().meta({
    description: 'Spans the cue bears on, when they differ from the cue spans.',
  }),
}

/**
 * The kind `uncertainty`; `scope` holds spans too.
 *
 * @example
 * uncertaintyKind.spanFields // => ['scope']
 */
export const uncertaintyKind = defineKind({
  kind: 'uncertainty',
  fields: uncertaintyFields,
  spanFields: ['scope'],
  schemaId: 'UncertaintyAnnotation',
  description:
    'A hedge or vagueness in the text (origin text: spans are the cue) or an editor’s doubt (origin editor).',
})

/**
 * An uncertainty annotation.
 *
 * @example
 * const hedge: UncertaintyAnnotation = {
 *   id: 'unc-apparently', kind: 'uncertainty', spans: [], origin: 'text',
 *   uncertaintyType: 'hedge', degree: 'medium',
 * }
 */
export type UncertaintyAnnotation = KindAnnotation<'uncertainty', typeof uncertaintyFields>
