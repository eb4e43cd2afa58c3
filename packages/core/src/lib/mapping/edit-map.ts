/**
 * A flat description of the edits between two texts: which ranges of the old text
 * were replaced by how much new text (ProseMirror's `StepMap` is the model).
 */
import type { Mappable, MapResult } from './mappable.js'

/**
 * Replaced ranges, as flat triples `[oldStart, oldSize, newSize, …]` in old-text
 * coordinates (UTF-16 code units), sorted, not overlapping and not touching. The
 * text between ranges is unchanged. Immutable; {@link EditMap.invert} returns a new
 * map, and an empty map inverts to itself.
 *
 * @example
 * // 'hello world' → 'hello brave new world': 10 characters inserted at 6.
 * const edits = new EditMap([6, 0, 10])
 * edits.map(6) // => 16 (a start sticks after the insertion)
 * edits.map(6, -1) // => 6 (an end sticks before it)
 * edits.invert().map(16) // => 6
 */
export class EditMap implements Mappable {
  /** The map that changes nothing. */
  static readonly empty: EditMap = new EditMap([])

  /** Flat triples `[oldStart, oldSize, newSize, …]`. */
  readonly ranges: readonly number[]
  /** `newStart` of each range (its start in new-text coordinates). */
  readonly #newStarts: readonly number[]

  /**
   * @throws {RangeError} when `ranges` is not a list of non-negative integer
   *   triples, sorted, with ranges neither overlapping nor touching.
   */
  constructor(ranges: readonly number[]) {
    if (ranges.length % 3 !== 0) {
      throw new RangeError(`Unexpected ranges length \`${ranges.length}\`, expected triples`)
    }
    const newStarts: number[] = []
    let previousEnd = -1
    let diff = 0
    for (let index = 0; index < ranges.length; index += 3) {
      const start = ranges[index] as number
      const oldSize = ranges[index + 1] as number
      const newSize = ranges[index + 2] as number
      for (const value of [start, oldSize, newSize]) {
        if (!Number.isInteger(value) || value < 0) {
          throw new RangeError(`Unexpected range value \`${value}\`, expected an integer >= 0`)
        }
      }
      if (start <= previousEnd) {
        throw new RangeError(
          `Unexpected range start \`${start}\`, expected ranges sorted and apart (previous ends at ${previousEnd})`,
        )
      }
      newStarts.push(start + diff)
      previousEnd = start + oldSize
      diff += newSize - oldSize
    }
    this.ranges = Object.freeze([...ranges])
    this.#newStarts = Object.freeze(newStarts)
  }

  /**
   * Builds a map from replacements given in old-text coordinates, in any order;
   * touching or overlapping replacements are merged.
   *
   * @example
   * EditMap.fromReplacements([{ from: 4, to: 6, insert: 3 }]).ranges // => [4, 2, 3]
   */
  static fromReplacements(
    replacements: readonly {
      readonly from: number
      readonly to: number
      readonly insert: number
    }[],
  ): EditMap {
    const sorted = [...replacements].sort((a, b) => a.from - b.from || a.to - b.to)
    const flat: number[] = []
    for (const { from, to, insert } of sorted) {
      if (from > to)
        throw new RangeError(`Unexpected replacement \`[${from}, ${to})\`, expected from <= to`)
      if (to === from && insert === 0) continue
      const last = flat.length - 3
      if (last >= 0 && from <= (flat[last] as number) + (flat[last + 1] as number)) {
        const lastEnd = (flat[last] as number) + (flat[last + 1] as number)
        flat[last + 1] = Math.max(lastEnd, to) - (flat[last] as number)
        flat[last + 2] = (flat[last + 2] as number) + insert
      } else {
        flat.push(from, to - from, insert)
      }
    }
    return new EditMap(flat)
  }

  /** Number of replaced ranges. */
  get size(): number {
    return this.ranges.length / 3
  }

  /** Maps `pos`; see {@link Mappable}. */
  map(pos: number, assoc = 1): number {
    return this.mapResult(pos, assoc).pos
  }

  /** Maps `pos` and reports deletions around it; see {@link MapResult}. */
  mapResult(pos: number, assoc = 1): MapResult {
    const ranges = this.ranges
    // Last range starting at or before pos (binary search: maps can hold thousands).
    let low = 0
    let high = this.size
    while (low < high) {
      const middle = (low + high) >>> 1
      if ((ranges[middle * 3] as number) <= pos) low = middle + 1
      else high = middle
    }
    const index = low - 1
    if (index < 0) return { pos, deleted: false, deletedBefore: false, deletedAfter: false }
    const start = ranges[index * 3] as number
    const oldSize = ranges[index * 3 + 1] as number
    const newSize = ranges[index * 3 + 2] as number
    const newStart = this.#newStarts[index] as number
    const end = start + oldSize
    if (pos > end) {
      return {
        pos: pos - end + newStart + newSize,
        deleted: false,
        deletedBefore: false,
        deletedAfter: false,
      }
    }
    // Inside or at an edge of a replaced range: a position at the start stays before
    // the new text, one at the end goes after it, one inside goes where assoc says.
    const side = oldSize === 0 ? assoc : pos === start ? -1 : pos === end ? 1 : assoc
    const deletedBefore = pos > start
    const deletedAfter = pos < end
    return {
      pos: newStart + (side < 0 ? 0 : newSize),
      deleted: assoc < 0 ? deletedBefore : deletedAfter,
      deletedBefore,
      deletedAfter,
    }
  }

  /**
   * The map from the new text back to the old one.
   *
   * @example
   * new EditMap([2, 1, 4]).invert().ranges // => [2, 4, 1]
   */
  invert(): EditMap {
    if (this.size === 0) return this
    const flat: number[] = []
    for (let index = 0; index < this.size; index++) {
      flat.push(
        this.#newStarts[index] as number,
        this.ranges[index * 3 + 2] as number,
        this.ranges[index * 3 + 1] as number,
      )
    }
    return new EditMap(flat)
  }

  /**
   * Calls `visit` for each replaced range with its old and new extents.
   *
   * @example
   * new EditMap([2, 1, 4]).forEach((oldStart, oldEnd, newStart, newEnd) => {})
   */
  forEach(
    visit: (oldStart: number, oldEnd: number, newStart: number, newEnd: number) => void,
  ): void {
    for (let index = 0; index < this.size; index++) {
      const start = this.ranges[index * 3] as number
      const newStart = this.#newStarts[index] as number
      visit(
        start,
        start + (this.ranges[index * 3 + 1] as number),
        newStart,
        newStart + (this.ranges[index * 3 + 2] as number),
      )
    }
  }

  /**
   * Calls `visit`, in order, for each replaced range whose old extent overlaps or
   * touches `[from, to]` (old-text coordinates) — found by binary search, so a span
   * looks only at its own edits in a map of thousands.
   *
   * @example
   * new EditMap([2, 1, 4, 9, 2, 0]).forEachIn(0, 5, (oldStart) => {}) // visits 2 only
   */
  forEachIn(
    from: number,
    to: number,
    visit: (oldStart: number, oldEnd: number, newStart: number, newEnd: number) => void,
  ): void {
    const ranges = this.ranges
    // First range ending at or after `from`.
    let low = 0
    let high = this.size
    while (low < high) {
      const middle = (low + high) >>> 1
      if ((ranges[middle * 3] as number) + (ranges[middle * 3 + 1] as number) < from)
        low = middle + 1
      else high = middle
    }
    for (let index = low; index < this.size; index++) {
      const start = ranges[index * 3] as number
      if (start > to) break
      const newStart = this.#newStarts[index] as number
      visit(
        start,
        start + (ranges[index * 3 + 1] as number),
        newStart,
        newStart + (ranges[index * 3 + 2] as number),
      )
    }
  }

  /**
   * Number of code units of `[from, to)` (new-text coordinates) that are new text,
   * i.e. inserted or replacing old text.
   *
   * @example
   * new EditMap([2, 0, 4]).insertedIn(0, 10) // => 4
   */
  insertedIn(from: number, to: number): number {
    const starts = this.#newStarts
    let low = 0
    let high = starts.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if ((starts[middle] as number) + (this.ranges[middle * 3 + 2] as number) <= from)
        low = middle + 1
      else high = middle
    }
    let total = 0
    for (let index = low; index < starts.length; index++) {
      const newStart = starts[index] as number
      if (newStart >= to) break
      const newEnd = newStart + (this.ranges[index * 3 + 2] as number)
      total += Math.max(0, Math.min(to, newEnd) - Math.max(from, newStart))
    }
    return total
  }
}
