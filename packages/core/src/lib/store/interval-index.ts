/**
 * An immutable index of annotation spans answering "which annotations overlap
 * this range?" in O(log n + m), where n is the number of spans and m the number
 * of matching spans.
 *
 * Layout: every span becomes an entry on doubled offsets (see `toIndexRange`,
 * which turns the empty-range rule into the plain half-open test), and the
 * entries are sorted by start ascending, end descending, then the owner's rank
 * in document order. An entry overlaps the query `[qs, qe)` when
 * `start < qe && end > qs`. The entries with `start < qe` are a prefix of the
 * array, found by binary search; among them we need those with `end > qs`.
 * A sparse table answers "where is the largest end in entries `[l, r)`?" in O(1),
 * so an in-order walk that splits each range at its largest end and drops
 * ranges whose largest end is `<= qs` visits at most 2m + 1 ranges. Walking in
 * order reports entries in array order, which is document order when every
 * matching annotation has one span; only results holding a multi-span
 * annotation need a sort (by precomputed rank).
 *
 * Memory: about `4 n log2 n` bytes for the sparse table plus 20 bytes per span.
 */

import { annotationExtent, compareExtents } from './order.js'
import { toIndexRange } from './overlap.js'
import type { AnnotationLike, OffsetRange } from './shapes.js'

/**
 * The span index of one annotation list. It stores positions into that list,
 * not the annotations, so a set whose annotations changed in everything but
 * their ids and spans can reuse it.
 *
 * @example
 * const index = createIntervalIndex(annotations)
 * index.search({ start: 10, end: 20 }) // => positions in `annotations`, in document order
 */
export interface IntervalIndex {
  /** Number of indexed spans. */
  readonly spanCount: number
  /**
   * Positions (in the indexed list) of the annotations with a span overlapping
   * `range`, each once, in document order.
   */
  search(range: OffsetRange): readonly number[]
}

/** What a search without a match returns (shared: most queries find nothing). */
const noPositions: readonly number[] = Object.freeze([])

/**
 * Builds an {@link IntervalIndex} over the spans of `annotations` in
 * O(n log n). Spans are assumed valid (integers, `0 <= start <= end`); the
 * annotation set checks that before indexing.
 *
 * @example
 * const index = createIntervalIndex([{ id: 'a', kind: 'note', spans: [{ start: 0, end: 4 }] }])
 * index.search({ start: 3, end: 3 }) // => [0]
 */
export function createIntervalIndex(annotations: readonly AnnotationLike[]): IntervalIndex {
  const count = annotations.length
  const rank = rankInDocumentOrder(annotations)
  const multiSpan = new Uint8Array(count)

  let spanCount = 0
  for (const annotation of annotations) spanCount += annotation.spans.length
  const rawStarts = new Float64Array(spanCount)
  const rawEnds = new Float64Array(spanCount)
  const rawOwners = new Int32Array(spanCount)
  let cursor = 0
  for (let owner = 0; owner < count; owner++) {
    const spans = (annotations[owner] as AnnotationLike).spans
    if (spans.length > 1) multiSpan[owner] = 1
    for (const span of spans) {
      const doubled = toIndexRange(span)
      rawStarts[cursor] = doubled.start
      rawEnds[cursor] = doubled.end
      rawOwners[cursor] = owner
      cursor++
    }
  }

  const order = new Int32Array(spanCount)
  for (let index = 0; index < spanCount; index++) order[index] = index
  order.sort(
    (a, b) =>
      (rawStarts[a] as number) - (rawStarts[b] as number) ||
      (rawEnds[b] as number) - (rawEnds[a] as number) ||
      (rank[rawOwners[a] as number] as number) - (rank[rawOwners[b] as number] as number),
  )
  const starts = new Float64Array(spanCount)
  const ends = new Float64Array(spanCount)
  const owners = new Int32Array(spanCount)
  for (let index = 0; index < spanCount; index++) {
    const from = order[index] as number
    starts[index] = rawStarts[from] as number
    ends[index] = rawEnds[from] as number
    owners[index] = rawOwners[from] as number
  }

  const table = buildArgMaxTable(ends)
  const argMax = (low: number, high: number): number => {
    const level = 31 - Math.clz32(high - low)
    if (level === 0) return low
    const row = table[level - 1] as Int32Array
    const left = row[low] as number
    const right = row[high - (1 << level)] as number
    return (ends[left] as number) >= (ends[right] as number) ? left : right
  }

  // Marks owners already reported by the current search, without clearing an
  // array per search: a slot holds the number of the search that last saw it.
  const seen = new Int32Array(count)
  let generation = 0

  // The walk's pending work, in pairs: a range `[low, high)` to split, or `[entry, -1)`
  // to report. Kept between searches (a search runs to its end before the next), so a
  // query allocates nothing but its result.
  let stack = new Int32Array(96)

  return {
    spanCount,
    search(range) {
      // `toIndexRange`, inline: no object per query.
      const queryStart = range.start * 2
      const queryEnd = range.end > range.start ? range.end * 2 : queryStart + 1
      generation++
      if (generation === 0x7fffffff) {
        seen.fill(0)
        generation = 1
      }
      let found: number[] | undefined
      let needsSort = false
      // Popping the left range first keeps the walk in order.
      stack[0] = 0
      stack[1] = lowerBound(starts, queryEnd)
      let top = 2
      while (top > 0) {
        const high = stack[--top] as number
        const low = stack[--top] as number
        if (high === -1) {
          const owner = owners[low] as number
          if (seen[owner] !== generation) {
            seen[owner] = generation
            if (found === undefined) found = [owner]
            else found.push(owner)
            if (multiSpan[owner] === 1) needsSort = true
          }
          continue
        }
        if (low >= high) continue
        const middle = argMax(low, high)
        if ((ends[middle] as number) <= queryStart) continue
        if (top + 6 > stack.length) {
          const larger = new Int32Array(stack.length * 2)
          larger.set(stack)
          stack = larger
        }
        stack[top++] = middle + 1
        stack[top++] = high
        stack[top++] = middle
        stack[top++] = -1
        stack[top++] = low
        stack[top++] = middle
      }
      if (found === undefined) return noPositions
      if (needsSort) found.sort((a, b) => (rank[a] as number) - (rank[b] as number))
      return found
    },
  }
}

/** Rank of each annotation in document order (0 = first). */
function rankInDocumentOrder(annotations: readonly AnnotationLike[]): Int32Array {
  const extents = annotations.map(annotationExtent)
  const positions = annotations.map((_, index) => index)
  positions.sort((a, b) =>
    compareExtents(
      extents[a],
      (annotations[a] as AnnotationLike).id,
      extents[b],
      (annotations[b] as AnnotationLike).id,
    ),
  )
  const rank = new Int32Array(annotations.length)
  positions.forEach((position, index) => {
    rank[position] = index
  })
  return rank
}

/**
 * Sparse table of argmax: row `k - 1` holds, for each `i`, the entry with the
 * largest value in `[i, i + 2^k)`. Row 0 (ranges of one entry) is implicit.
 */
function buildArgMaxTable(values: Float64Array): Int32Array[] {
  const rows: Int32Array[] = []
  let previous: Int32Array | undefined
  for (let width = 2; width <= values.length; width *= 2) {
    const half = width / 2
    const row = new Int32Array(values.length - width + 1)
    for (let index = 0; index < row.length; index++) {
      const left = previous ? (previous[index] as number) : index
      const right = previous ? (previous[index + half] as number) : index + half
      row[index] = (values[left] as number) >= (values[right] as number) ? left : right
    }
    rows.push(row)
    previous = row
  }
  return rows
}

/** First index whose value is `>= target` (the length when there is none). */
function lowerBound(values: Float64Array, target: number): number {
  let low = 0
  let high = values.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((values[middle] as number) < target) low = middle + 1
    else high = middle
  }
  return low
}
