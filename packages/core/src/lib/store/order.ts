/**
 * The document order of annotations, used for every query result: by start
 * ascending, then end descending (so an enclosing annotation comes before the
 * ones it encloses, as nested highlights need), then id.
 *
 * A multi-span annotation is placed by its extent: its smallest start and its
 * largest end. Ids compare by UTF-16 code units, not by locale, so the order is
 * the same on every machine. Annotations without spans come last, by id.
 */

import type { AnnotationLike, OffsetRange } from './shapes.js'

/**
 * The extent of an annotation: from its smallest span start to its largest span
 * end; `undefined` when it has no spans.
 *
 * @example
 * annotationExtent({ id: 'a', kind: 'speaker', spans: [{ start: 40, end: 45 }, { start: 3, end: 9 }] })
 * // => { start: 3, end: 45 }
 */
export function annotationExtent(annotation: AnnotationLike): OffsetRange | undefined {
  let start = Number.POSITIVE_INFINITY
  let end = Number.NEGATIVE_INFINITY
  for (const span of annotation.spans) {
    if (span.start < start) start = span.start
    if (span.end > end) end = span.end
  }
  return annotation.spans.length === 0 ? undefined : { start, end }
}

/**
 * Compares two annotations in document order (start ascending, end descending,
 * id); a comparator for `Array.prototype.sort`.
 *
 * @example
 * const sorted = [...annotations].sort(compareAnnotations)
 */
export function compareAnnotations(a: AnnotationLike, b: AnnotationLike): number {
  return compareExtents(annotationExtent(a), a.id, annotationExtent(b), b.id)
}

/**
 * {@link compareAnnotations} on precomputed extents, so sorting many
 * annotations computes each extent once.
 *
 * @example
 * compareExtents({ start: 0, end: 9 }, 'b', { start: 0, end: 4 }, 'a') // => -1
 */
export function compareExtents(
  a: OffsetRange | undefined,
  aId: string,
  b: OffsetRange | undefined,
  bId: string,
): number {
  if (a !== undefined && b !== undefined) {
    if (a.start !== b.start) return a.start - b.start
    if (a.end !== b.end) return b.end - a.end
  } else if (a !== b) {
    // Exactly one has no spans: it goes last.
    return a === undefined ? 1 : -1
  }
  return aId < bId ? -1 : aId > bId ? 1 : 0
}
