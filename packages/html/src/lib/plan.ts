import type { AnnotationIds } from './ids.js'
import { annotationIds } from './ids.js'
import type { KindStyle } from './kinds.js'
import { kindStyles } from './kinds.js'
import type { SetAsideDisplay } from './set-aside.js'
import { setAsideDisplay } from './set-aside.js'
import { spanStatus } from './span-status.js'
import type { EditionAnnotation, EditionRelation, EditionSpan } from './types.js'

/** An anchored span of a planned annotation (reading-text offsets, half-open). */
export interface PlannedSpan {
  readonly start: number
  readonly end: number
  /** Id of its first fragment (the permalink for the first span in document order). */
  readonly elementId: string
  /** Position among the annotation's anchored spans, in document order (0-based). */
  readonly order: number
}

/** A span that could not be placed, with the reason in words. */
export interface UnanchoredSpan {
  readonly span: EditionSpan
  readonly reason: string
}

/** An annotation with everything the renderer derives from it. */
export interface PlannedAnnotation {
  readonly annotation: EditionAnnotation
  readonly kind: KindStyle
  readonly ids: AnnotationIds
  /**
   * Note number, 1-based: anchored annotations in text order (by their first passage not in
   * collapsed site furniture; those with every passage collapsed after the others), then
   * unanchored ones. `0` for anchored set-aside passages, which get no numbered note.
   */
  readonly number: number
  /** How the passage is set aside (boilerplate), or `undefined` for ordinary annotations. */
  readonly setAside: SetAsideDisplay | undefined
  /** Anchored spans in text order; overlapping spans of one annotation are merged. */
  readonly spans: ReadonlyArray<PlannedSpan>
  readonly unanchored: ReadonlyArray<UnanchoredSpan>
  readonly draft: boolean
  /** Confidence in [0, 1], when given as such. */
  readonly confidence: number | undefined
}

/** Everything the renderer needs to know about the annotations. */
export interface Plan {
  /** Anchored annotations (at least one span placed), in text order, set-aside ones excluded. */
  readonly anchored: ReadonlyArray<PlannedAnnotation>
  /** Anchored set-aside passages (boilerplate), in text order: no highlight, no numbered note. */
  readonly setAside: ReadonlyArray<PlannedAnnotation>
  /** Annotations with no span placed, in file order. */
  readonly unanchored: ReadonlyArray<PlannedAnnotation>
  /** Every planned annotation by id. */
  readonly byId: ReadonlyMap<string, PlannedAnnotation>
  /** Kinds present, in legend order. */
  readonly kinds: ReadonlyArray<KindStyle>
  /** Relations whose both ends exist. */
  readonly relations: ReadonlyArray<EditionRelation>
  /** Number of spans that could not be placed. */
  readonly unanchoredSpanCount: number
}

/**
 * Resolves ids, numbers, kinds and spans of all annotations against the reading text.
 * Annotations without an `id` string or `spans` array are skipped (they are not
 * annotations); duplicate ids keep the first and throw on the second, since permalinks
 * and `data-annotations` would be ambiguous.
 *
 * @example
 * ```ts
 * const plan = planAnnotations('Hello', [{ id: 'a', kind: 'note', spans: [{ start: 0, end: 5 }] }], [], 'scholion-')
 * plan.anchored.length // 1
 * ```
 */
export function planAnnotations(
  text: string,
  annotations: ReadonlyArray<EditionAnnotation>,
  relations: ReadonlyArray<EditionRelation>,
  prefix: string,
): Plan {
  const valid = annotations.filter(
    (annotation) =>
      typeof annotation?.id === 'string' &&
      typeof annotation.kind === 'string' &&
      Array.isArray(annotation.spans),
  )
  const seen = new Set<string>()
  for (const annotation of valid) {
    if (seen.has(annotation.id)) {
      throw new RangeError(
        `Unexpected duplicate annotation id \`${annotation.id}\`, expected unique ids`,
      )
    }
    seen.add(annotation.id)
  }
  const kinds = kindStyles(valid.map((annotation) => annotation.kind))
  const kindOf = new Map(kinds.map((style) => [style.kind, style]))

  interface Draft {
    annotation: EditionAnnotation
    ranges: Array<[number, number]>
    unanchored: UnanchoredSpan[]
  }
  const drafts: Draft[] = valid.map((annotation) => {
    const ranges: Array<[number, number]> = []
    const unanchored: UnanchoredSpan[] = []
    for (const span of annotation.spans) {
      const reason = unanchoredReason(text, span)
      if (reason === undefined) {
        ranges.push([span.start as number, span.end as number])
      } else {
        unanchored.push({ span, reason })
      }
    }
    return { annotation, ranges: mergeRanges(ranges), unanchored }
  })

  // Notes follow what the reader sees: an annotation is placed by its first passage outside
  // collapsed site furniture, and one whose every passage is collapsed comes after the rest
  // (a publisher named only in a hidden donation appeal is not note 1).
  const collapsed = drafts
    .filter((draft) => setAsideDisplay(draft.annotation) === 'collapsed')
    .flatMap((draft) => draft.ranges)
  const hidden = ([start, end]: [number, number]) =>
    collapsed.some(([from, to]) => from <= start && end <= to)
  const sortKey = (draft: Draft): [number, number, number] => {
    if (setAsideDisplay(draft.annotation) !== undefined || collapsed.length === 0) {
      return [0, ...(draft.ranges[0] as [number, number])]
    }
    const visible = draft.ranges.find((range) => !hidden(range))
    return visible ? [0, ...visible] : [1, ...(draft.ranges[0] as [number, number])]
  }
  const placedDrafts = drafts.filter((draft) => draft.ranges.length > 0)
  const keys = new Map(placedDrafts.map((draft) => [draft, sortKey(draft)] as const))
  const anchoredDrafts = placedDrafts.sort((a, b) => {
    const [at, as, ae] = keys.get(a) as [number, number, number]
    const [bt, bs, be] = keys.get(b) as [number, number, number]
    return at - bt || as - bs || be - ae || compareStrings(a.annotation.id, b.annotation.id)
  })
  const unanchoredDrafts = drafts.filter((draft) => draft.ranges.length === 0)

  let number = 0
  const toPlanned = (draft: Draft, anchored: boolean): PlannedAnnotation => {
    const setAside = setAsideDisplay(draft.annotation)
    // Set-aside passages in the text get no numbered note; unanchored ones are listed as notes.
    if (!(anchored && setAside !== undefined)) number++
    const ids = annotationIds(prefix, draft.annotation.id)
    const confidence = draft.annotation.confidence
    return {
      annotation: draft.annotation,
      kind: kindOf.get(draft.annotation.kind) as KindStyle,
      ids,
      number: anchored && setAside !== undefined ? 0 : number,
      setAside,
      spans: draft.ranges.map(([start, end], order) => ({
        start,
        end,
        order,
        elementId: ids.span(order),
      })),
      unanchored: draft.unanchored,
      draft: draft.annotation.status === 'draft',
      confidence:
        typeof confidence === 'number' && confidence >= 0 && confidence <= 1
          ? confidence
          : undefined,
    }
  }
  const placed = anchoredDrafts.map((draft) => toPlanned(draft, true))
  const unanchored = unanchoredDrafts.map((draft) => toPlanned(draft, false))
  const anchored = placed.filter((planned) => planned.setAside === undefined)
  const setAside = placed.filter((planned) => planned.setAside !== undefined)
  const byId = new Map<string, PlannedAnnotation>()
  for (const planned of [...placed, ...unanchored]) byId.set(planned.annotation.id, planned)

  return {
    anchored,
    setAside,
    unanchored,
    byId,
    kinds,
    relations: relations.filter(
      (relation) =>
        typeof relation?.type === 'string' &&
        typeof relation.from === 'string' &&
        typeof relation.to === 'string' &&
        byId.has(relation.from) &&
        byId.has(relation.to),
    ),
    unanchoredSpanCount: drafts.reduce((sum, draft) => sum + draft.unanchored.length, 0),
  }
}

/** Why a span cannot be highlighted, or `undefined` when it can. */
function unanchoredReason(text: string, span: EditionSpan): string | undefined {
  const status = spanStatus(span)
  if (status === 'orphan') return 'orphan: its passage was not found in the text'
  if (status === 'ambiguous') return 'ambiguous: several passages match it equally well'
  const { start, end } = span
  if (
    typeof start !== 'number' ||
    typeof end !== 'number' ||
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    start < 0 ||
    end > text.length ||
    start > end
  ) {
    return 'invalid: its offsets are not a range in the text'
  }
  if (start === end) return 'empty: it marks no text'
  if (
    status !== 'fuzzy' &&
    typeof span.exact === 'string' &&
    text.slice(start, end) !== span.exact
  ) {
    return 'stale: the text at its offsets is not its quote'
  }
  return undefined
}

/** Sorts ranges and merges overlapping ones (adjacent ranges stay apart). */
function mergeRanges(ranges: ReadonlyArray<[number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const result: Array<[number, number]> = []
  for (const [start, end] of sorted) {
    const last = result[result.length - 1]
    if (last !== undefined && start < last[1]) {
      result[result.length - 1] = [last[0], Math.max(last[1], end)]
    } else {
      result.push([start, end])
    }
  }
  return result
}

/** Code-unit order, independent of locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
