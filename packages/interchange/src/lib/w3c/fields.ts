/**
 * Which annotation fields the Scholion body carries under their own terms.
 */

/**
 * Annotation fields written as `scholion:<field>` in the Scholion body: the common
 * metadata other than creator and dates, and the fields of the built-in kinds.
 * Any other field (custom kinds, unknown properties) goes into `scholion:extra`.
 *
 * @example
 * fieldTerms.includes('approximator') // => true
 */
export const fieldTerms: readonly string[] = [
  'status',
  'confidence',
  'tags',
  'mode',
  'cue',
  'category',
  'factuality',
  'review',
  'written',
  'value',
  'atLeast',
  'atMost',
  'approximator',
  'vague',
  'counted',
  'unit',
  'numberType',
  'when',
  'name',
  'type',
  'role',
  'identifiers',
  'origin',
  'uncertaintyType',
  'degree',
  'explanation',
  'body',
]

/**
 * Span fields other than `spans`, by kind, for the built-in kinds (uncertainty
 * `scope`). Exports take more through their `spanFields` option.
 *
 * @example
 * builtInSpanFields.uncertainty // => ['scope']
 */
export const builtInSpanFields: Readonly<Record<string, readonly string[]>> = {
  uncertainty: ['scope'],
}

/**
 * Keys of a span that W3C selectors carry; others are kept in `scholion:span`.
 *
 * @example
 * spanKeys.includes('exact') // => true
 */
export const spanKeys: readonly string[] = ['start', 'end', 'exact', 'prefix', 'suffix', 'anchor']

/**
 * True when `value` is an ISO 8601 date-time in UTC ending in `Z`, as the W3C model
 * wants for `created` and `modified`.
 *
 * @example
 * isUtcDateTime('2024-05-01T12:00:00Z') // => true
 * isUtcDateTime('2024-05-01T12:00:00+02:00') // => false
 */
export function isUtcDateTime(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/.test(value) &&
    !Number.isNaN(Date.parse(value))
  )
}
