/**
 * When two half-open ranges of reading-text offsets overlap, including empty ones.
 *
 * Non-empty ranges overlap when they share at least one character:
 * `a.start < b.end && b.start < a.end`. Touching ranges (`[0, 5)` and `[5, 9)`)
 * do not overlap.
 *
 * An empty range `[p, p)` is a caret just before the character at `p`. It
 * overlaps a non-empty range `[s, e)` when `s <= p < e`: a caret at the start of
 * a range is inside it, a caret at its end is not (it sits before the next
 * character). Two empty ranges overlap when they are at the same offset. So a
 * query for `[p, p)` finds exactly what a query for the character `[p, p + 1)`
 * finds, and both equal `at(p)`.
 *
 * One way to see the rule: widen every empty range `[p, p)` to `[p, p + ½)` and
 * apply the usual half-open test. The index does exactly that on doubled
 * integer offsets (see {@link toIndexRange}), so it needs no special cases.
 */

import type { OffsetRange } from './shapes.js'

/**
 * Whether two ranges overlap, under the rule above (empty ranges act as carets).
 *
 * @example
 * rangesOverlap({ start: 0, end: 5 }, { start: 4, end: 9 }) // => true
 * rangesOverlap({ start: 0, end: 5 }, { start: 5, end: 9 }) // => false (they only touch)
 * rangesOverlap({ start: 5, end: 5 }, { start: 5, end: 9 }) // => true (caret at its start)
 * rangesOverlap({ start: 9, end: 9 }, { start: 5, end: 9 }) // => false (caret at its end)
 */
export function rangesOverlap(a: OffsetRange, b: OffsetRange): boolean {
  const left = toIndexRange(a)
  const right = toIndexRange(b)
  return left.start < right.end && right.start < left.end
}

/**
 * Whether a range covers the character at `offset`, or is an empty range at `offset`.
 *
 * @example
 * rangeCovers({ start: 2, end: 4 }, 3) // => true
 * rangeCovers({ start: 2, end: 4 }, 4) // => false
 * rangeCovers({ start: 4, end: 4 }, 4) // => true
 */
export function rangeCovers(range: OffsetRange, offset: number): boolean {
  return rangesOverlap(range, { start: offset, end: offset })
}

/**
 * Maps a range to doubled offsets on which the plain half-open test implements
 * the rule above: `[s, e)` becomes `[2s, 2e)` and `[p, p)` becomes `[2p, 2p + 1)`.
 * The map keeps the order "start ascending, end descending": a non-empty range
 * starting at `p` ends at `2p + 2` or later, after the caret's `2p + 1`.
 *
 * Internal to the store; exact for offsets up to 2^52.
 *
 * @example
 * toIndexRange({ start: 3, end: 3 }) // => { start: 6, end: 7 }
 */
export function toIndexRange(range: OffsetRange): OffsetRange {
  const start = range.start * 2
  return { start, end: range.end > range.start ? range.end * 2 : start + 1 }
}
