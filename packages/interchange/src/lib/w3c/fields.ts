/**
 * Which annotation fields the Scholion body carries under their own terms.
 */
import { builtInKinds } from '@scholion/core'

/**
 * Annotation fields the Scholion body carries under their own `scholion:` terms: every
 * field of the built-in kinds and the common metadata, except what the Web Annotation
 * model carries itself (`id`, `spans` as targets, `creator`, `created`, `modified`)
 * and span fields (uncertainty `scope`, carried as targets). Derived from the core's
 * kind definitions, so a field added there is carried without a change here. Any
 * other field (custom kinds, unknown properties) goes into `scholion:extra`.
 *
 * @example
 * fieldTerms.includes('approximator') // => true
 */
export const fieldTerms: readonly string[] = (() => {
  const carriedElsewhere = new Set(['id', 'kind', 'spans', 'creator', 'created', 'modified'])
  const terms = new Set<string>()
  for (const definition of builtInKinds) {
    for (const key of definition.keyOrder) {
      if (!carriedElsewhere.has(key) && !definition.spanFields.includes(key)) terms.add(key)
    }
  }
  return [...terms]
})()

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
