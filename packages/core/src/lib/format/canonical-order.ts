/**
 * The canonical order of annotations and relations in a saved file.
 */
import type { Annotation } from '../model/annotation.js'
import type { Relation } from '../model/relation.js'
import type { AnnotationFile } from './annotation-file.js'

/**
 * Compares strings by UTF-16 code units, the same on every machine and locale
 * (`localeCompare` is not).
 *
 * @example
 * ['b', 'B', 'a'].sort(compareCodeUnits) // => ['B', 'a', 'b']
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** The earliest span of an annotation as `[start, end]`, or `undefined` when it has none. */
function firstSpan(annotation: Annotation): readonly [number, number] | undefined {
  let best: [number, number] | undefined
  for (const span of annotation.spans) {
    if (
      best === undefined ||
      span.start < best[0] ||
      (span.start === best[0] && span.end < best[1])
    ) {
      best = [span.start, span.end]
    }
  }
  return best
}

/** An annotation with its earliest span, found once rather than at every comparison. */
interface Keyed {
  readonly annotation: Annotation
  readonly span: readonly [number, number] | undefined
}

/**
 * Compares annotations in reading order: by their earliest span (start, then end),
 * then by id, then by kind; annotations without spans come last, by id and kind.
 */
function compareKeyed(a: Keyed, b: Keyed): number {
  const spanA = a.span
  const spanB = b.span
  if (spanA === undefined || spanB === undefined) {
    if (spanA !== spanB) return spanA === undefined ? 1 : -1
  } else if (spanA[0] !== spanB[0]) {
    return spanA[0] - spanB[0]
  } else if (spanA[1] !== spanB[1]) {
    return spanA[1] - spanB[1]
  }
  return (
    compareCodeUnits(a.annotation.id, b.annotation.id) ||
    compareCodeUnits(a.annotation.kind, b.annotation.kind)
  )
}

/**
 * Compares relations by `from`, then `type`, then `to`, then `id` (absent first), so
 * each annotation's relations sit together.
 *
 * @example
 * [r2, r1].sort(compareRelations)
 */
export function compareRelations(a: Relation, b: Relation): number {
  return (
    compareCodeUnits(a.from, b.from) ||
    compareCodeUnits(a.type, b.type) ||
    compareCodeUnits(a.to, b.to) ||
    compareCodeUnits(a.id ?? '', b.id ?? '')
  )
}

/**
 * Returns `file` with annotations and relations in canonical order (the order
 * `serializeAnnotationFile` writes). Sorting is stable: entries that compare equal
 * (such as duplicate ids) keep their order. Returns `file` itself when it is already
 * in order.
 *
 * @example
 * sortAnnotationFile(file).annotations.map((annotation) => annotation.id)
 */
export function sortAnnotationFile(file: AnnotationFile): AnnotationFile {
  // Each annotation's earliest span is found once: found at every comparison, it
  // took ~0.1 s of a 10,000-annotation save.
  const annotations = file.annotations
    .map((annotation): Keyed => ({ annotation, span: firstSpan(annotation) }))
    .sort(compareKeyed)
    .map((keyed) => keyed.annotation)
  const relations =
    file.relations === undefined ? undefined : [...file.relations].sort(compareRelations)
  const unchanged =
    annotations.every((annotation, index) => annotation === file.annotations[index]) &&
    (relations === undefined ||
      relations.every((relation, index) => relation === file.relations?.[index]))
  if (unchanged) return file
  return { ...file, annotations, ...(relations === undefined ? {} : { relations }) }
}
