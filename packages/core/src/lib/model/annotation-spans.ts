/**
 * Every span of an annotation, wherever its kind keeps them.
 */
import type { AnyAnnotation } from './annotation-base.js'
import { defaultKindRegistry, type KindRegistry } from './kind-registry.js'
import type { Span } from './span.js'

/**
 * A span of an annotation with where it is: `field` is `spans` or a kind's span field
 * (such as uncertainty `scope`), `index` its position there.
 *
 * @example
 * const located: LocatedSpan = { field: 'scope', index: 0, span: { start: 0, end: 1, exact: 'a' } }
 */
export interface LocatedSpan {
  /** Field holding the span. */
  readonly field: string
  /** Index in that field's array. */
  readonly index: number
  /** The span. */
  readonly span: Span
}

/** Options of {@link annotationSpans}. */
export interface AnnotationSpansOptions {
  /** Kinds to look up span fields in. Default: the built-in kinds. */
  readonly registry?: KindRegistry
}

/**
 * Lists every span of `annotation`: its `spans`, then those of its kind's span fields
 * (re-anchoring and range checks must visit them all). Entries of span fields that
 * are not arrays of objects are skipped.
 *
 * @example
 * annotationSpans({ id: 'u', kind: 'uncertainty', spans: [cue], scope: [scope] })
 * // => [{ field: 'spans', index: 0, span: cue }, { field: 'scope', index: 0, span: scope }]
 */
export function annotationSpans(
  annotation: AnyAnnotation,
  options: AnnotationSpansOptions = {},
): readonly LocatedSpan[] {
  const registry = options.registry ?? defaultKindRegistry
  const fields = ['spans', ...(registry.get(annotation.kind)?.spanFields ?? [])]
  const located: LocatedSpan[] = []
  for (const field of fields) {
    const value = field === 'spans' ? annotation.spans : annotation[field]
    if (!Array.isArray(value)) continue
    value.forEach((span: unknown, index) => {
      if (typeof span === 'object' && span !== null)
        located.push({ field, index, span: span as Span })
    })
  }
  return located
}
