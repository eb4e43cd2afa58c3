/**
 * Spans: where an annotation is in the reading text.
 *
 * Every span carries two selectors, so it can be found again after the text
 * changes: a position (`start`, `end`: UTF-16 code units into the reading text,
 * half-open `[start, end)`) and a quote (`exact`, with `prefix` and `suffix` as
 * context). Re-anchoring writes its verdict into `anchor`.
 */
import * as z from 'zod'
import type { AnchorStatus } from '../anchoring/status.js'
import type { DeepReadonly } from './immutable.js'

// Listed again because zod needs a tuple; the check below keeps both lists equal.
const statuses = ['exact', 'mapped', 'fuzzy', 'ambiguous', 'orphan'] as const
type SameMembers<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const statusesMatch: SameMembers<(typeof statuses)[number], AnchorStatus> = true
void statusesMatch

/**
 * Schema of a span's `anchor`: how re-anchoring last found the span.
 *
 * @example
 * anchorSchema.parse({ status: 'fuzzy', score: 0.93 })
 */
export const anchorSchema = z
  .looseObject({
    status: z.enum(statuses).meta({
      description:
        'How the span was found in the current text: exact, mapped (through a diff), fuzzy, ambiguous (not attached) or orphan (not attached).',
    }),
    score: z
      .number()
      .min(0)
      .max(1)
      .meta({ description: 'Confidence of the match, from 0 (none) to 1 (certain).' }),
  })
  .meta({
    id: 'Anchor',
    description: 'Written by re-anchoring: the status and score of the last match of this span.',
  })

/**
 * Schema of a span (position and quote selectors).
 *
 * @example
 * spanSchema.parse({ start: 0, end: 5, exact: 'MOSCO' })
 */
export const spanSchema = z
  .looseObject({
    start: z
      .int()
      .min(0)
      .meta({ description: 'Start offset in the reading text, UTF-16 code units, inclusive.' }),
    end: z
      .int()
      .min(0)
      .meta({ description: 'End offset in the reading text, UTF-16 code units, exclusive.' }),
    exact: z.string().meta({ description: 'The text of the span as it was annotated.' }),
    prefix: z
      .string()
      .optional()
      .meta({ description: 'Text just before the span (context for re-anchoring).' }),
    suffix: z
      .string()
      .optional()
      .meta({ description: 'Text just after the span (context for re-anchoring).' }),
    anchor: anchorSchema.optional(),
  })
  .meta({
    id: 'Span',
    description:
      'A half-open range [start, end) of UTF-16 code units in the reading text, with its quote and context.',
  })

/**
 * A span: `[start, end)` in UTF-16 code units of the reading text, with its quote.
 *
 * @example
 * const span: Span = { start: 1150, end: 1155, exact: '2,000', prefix: 'More than ', suffix: ' foreigners' }
 */
export type Span = DeepReadonly<z.output<typeof spanSchema>>

/**
 * The `anchor` of a span.
 *
 * @example
 * const anchor: SpanAnchor = { status: 'exact', score: 1 }
 */
export type SpanAnchor = DeepReadonly<z.output<typeof anchorSchema>>
