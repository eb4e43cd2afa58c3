/**
 * Naive reference implementations the store is tested against: linear scans
 * written from the documented rules, sharing no code with the store.
 */

export interface Range {
  readonly start: number
  readonly end: number
}

export interface TestAnnotation {
  readonly id: string
  readonly kind: string
  readonly spans: readonly Range[]
  readonly note?: string
}

export interface TestRelation {
  readonly type: string
  readonly from: string
  readonly to: string
  readonly note?: string
}

/**
 * The overlap rule case by case: non-empty ranges share a character; a caret
 * (empty range at p) is inside `[a, b)` when `a <= p < b`; two carets meet when
 * equal.
 */
export function naiveMeets(span: Range, query: Range): boolean {
  const spanEmpty = span.start === span.end
  const queryEmpty = query.start === query.end
  if (spanEmpty && queryEmpty) return span.start === query.start
  if (spanEmpty) return query.start <= span.start && span.start < query.end
  if (queryEmpty) return span.start <= query.start && query.start < span.end
  // Some character is in both: the later start comes before the earlier end.
  return Math.max(span.start, query.start) < Math.min(span.end, query.end)
}

/** Document order: smallest start, then largest end first, then id by code units. */
export function naiveOrder(a: TestAnnotation, b: TestAnnotation): number {
  const key = (x: TestAnnotation) =>
    x.spans.length === 0
      ? [Number.POSITIVE_INFINITY, 0]
      : [Math.min(...x.spans.map((s) => s.start)), -Math.max(...x.spans.map((s) => s.end))]
  const [as, ae] = key(a) as [number, number]
  const [bs, be] = key(b) as [number, number]
  if (as !== bs) return as < bs ? -1 : 1
  if (ae !== be) return ae < be ? -1 : 1
  return a.id === b.id ? 0 : a.id < b.id ? -1 : 1
}

/** Ids of the annotations meeting `query`, in document order, by scanning everything. */
export function naiveOverlapping(annotations: readonly TestAnnotation[], query: Range): string[] {
  return annotations
    .filter((annotation) => annotation.spans.some((span) => naiveMeets(span, query)))
    .sort(naiveOrder)
    .map((annotation) => annotation.id)
}

/** A small seeded PRNG (mulberry32), so scale tests are repeatable. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Freezes a value and everything reachable from it, so any mutation throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key])
  }
  return value
}
