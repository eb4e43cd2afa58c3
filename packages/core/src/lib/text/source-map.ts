/**
 * The map between two coordinate spaces of one document: reading-text offsets
 * (into `document.text`) and source offsets (into `document.source`).
 *
 * The map is a list of segments in reading order. A *verbatim* segment's reading
 * slice equals its source slice, so every offset inside maps exactly. A
 * non-verbatim segment stands for text the parser rewrote (`&amp;` → `&`, a tab
 * expanded, a code-span line ending turned into a space): only its two ends map
 * exactly; offsets inside map to its source start, flagged `exact: false`.
 * Reading text with no source (line breaks the renderer inserts, footnote labels)
 * is in no segment and maps to nothing; source with no reading text (markup such
 * as `> `, `**`, `\`) is in no segment either.
 */
import { createLineIndex, type LineIndex } from './line-index.js'

/** One stretch of reading text and the source it came from. Half-open ranges. */
export interface SourceSegment {
  /** Reading-text offset where the segment starts. */
  readonly readingStart: number
  /** Reading-text offset where the segment ends (exclusive). */
  readonly readingEnd: number
  /** Source offset where the segment starts. */
  readonly sourceStart: number
  /** Source offset where the segment ends (exclusive). */
  readonly sourceEnd: number
  /** True when the reading slice equals the source slice character for character. */
  readonly verbatim: boolean
}

/** A source position found for a reading-text offset. */
export interface SourcePoint {
  /** Source offset (UTF-16 code units). */
  readonly offset: number
  /** 1-based source line. */
  readonly line: number
  /** 1-based source column, in UTF-16 code units. */
  readonly column: number
  /**
   * False when the reading offset lies strictly inside a non-verbatim segment: then
   * `offset` is that segment's source start, the nearest position known for sure.
   */
  readonly exact: boolean
}

/** Options for {@link SourceMap} lookups. */
export interface SourceMapLookupOptions {
  /**
   * Which side an offset at a boundary belongs to. `forward` (the default) prefers
   * the segment that starts at the offset, as fits the start of a span; `backward`
   * prefers the segment that ends there, as fits the end of a span.
   */
  readonly bias?: 'forward' | 'backward'
}

/**
 * Converts reading-text offsets to source offsets and back, each lookup a binary
 * search (O(log segments)).
 *
 * @example
 * const map = createSourceMap('a &amp; b', [
 *   { readingStart: 0, readingEnd: 2, sourceStart: 0, sourceEnd: 2, verbatim: true },
 *   { readingStart: 2, readingEnd: 3, sourceStart: 2, sourceEnd: 7, verbatim: false },
 *   { readingStart: 3, readingEnd: 5, sourceStart: 7, sourceEnd: 9, verbatim: true },
 * ])
 * map.toSource(4) // => { offset: 8, line: 1, column: 9, exact: true }
 * map.toReading(7) // => 3
 */
export interface SourceMap {
  /** The segments, ordered by reading offset, not overlapping on either side. */
  readonly segments: readonly SourceSegment[]
  /** Source position of a reading-text offset; `undefined` where the reading text has no source. */
  toSource(readingOffset: number, options?: SourceMapLookupOptions): SourcePoint | undefined
  /**
   * Reading-text offset of a source offset; `undefined` for source that is not in the
   * reading text (markup). Inside a non-verbatim segment: the segment's reading start.
   */
  toReading(sourceOffset: number, options?: SourceMapLookupOptions): number | undefined
}

/**
 * Builds a {@link SourceMap} over `source` from segments in reading order.
 *
 * @throws {RangeError} when segments are empty, out of order, overlap, or a verbatim
 *   segment's two sides differ in length (a bug in the caller, not bad input).
 * @example
 * const map = createSourceMap('abc', [
 *   { readingStart: 0, readingEnd: 3, sourceStart: 0, sourceEnd: 3, verbatim: true },
 * ])
 * map.toReading(2) // => 2
 */
export function createSourceMap(source: string, segments: readonly SourceSegment[]): SourceMap {
  const frozen = Object.freeze(segments.map((segment) => Object.freeze({ ...segment })))
  const count = frozen.length
  // Flat typed arrays keep 6 MB documents' lookups cache-friendly.
  const readingStarts = new Float64Array(count)
  let previousEnd = 0
  for (let index = 0; index < count; index++) {
    const segment = frozen[index] as SourceSegment
    checkSegment(segment, source.length, index)
    if (segment.readingStart < previousEnd) {
      throw new RangeError(
        `Unexpected segment ${index} at reading offset ${segment.readingStart}, expected segments in reading order without overlap`,
      )
    }
    previousEnd = segment.readingEnd
    readingStarts[index] = segment.readingStart
  }

  // Footnote definitions are rendered at the end but may sit anywhere in the source,
  // so source order is its own index.
  const bySource = Array.from(frozen.keys()).sort(
    (a, b) => (frozen[a] as SourceSegment).sourceStart - (frozen[b] as SourceSegment).sourceStart,
  )
  const sourceStarts = new Float64Array(count)
  for (let rank = 0; rank < count; rank++) {
    const segment = frozen[bySource[rank] as number] as SourceSegment
    sourceStarts[rank] = segment.sourceStart
    const previous = rank > 0 ? (frozen[bySource[rank - 1] as number] as SourceSegment) : undefined
    if (previous && previous.sourceEnd > segment.sourceStart) {
      throw new RangeError(
        `Unexpected overlap at source offset ${segment.sourceStart}, expected segments not to share source`,
      )
    }
  }

  let lines: LineIndex | undefined
  const point = (offset: number, exact: boolean): SourcePoint => {
    lines ??= createLineIndex(source)
    const at = lines.toLineColumn(offset) ?? { line: 1, column: 1 }
    return { offset, line: at.line, column: at.column, exact }
  }

  /** Index of the last entry in `starts` that is `<= value` (or `< value`), or -1. */
  const lastAtOrBefore = (starts: Float64Array, value: number, strict: boolean): number => {
    let low = 0
    let high = starts.length
    while (low < high) {
      const middle = (low + high) >>> 1
      const start = starts[middle] as number
      if (strict ? start < value : start <= value) low = middle + 1
      else high = middle
    }
    return low - 1
  }

  const sourceOf = (segment: SourceSegment, x: number): SourcePoint => {
    if (segment.verbatim) return point(segment.sourceStart + (x - segment.readingStart), true)
    if (x === segment.readingStart) return point(segment.sourceStart, true)
    if (x === segment.readingEnd) return point(segment.sourceEnd, true)
    return point(segment.sourceStart, false)
  }

  const readingOf = (segment: SourceSegment, s: number): number => {
    if (segment.verbatim) return segment.readingStart + (s - segment.sourceStart)
    return s === segment.sourceEnd ? segment.readingEnd : segment.readingStart
  }

  return {
    segments: frozen,
    toSource(readingOffset, options = {}) {
      if (!Number.isInteger(readingOffset) || readingOffset < 0) return undefined
      const forward = options.bias !== 'backward'
      // Forward: the segment containing the offset in [start, end); else one ending at it.
      // Backward: the segment containing it in (start, end]; else one starting at it.
      const at = lastAtOrBefore(readingStarts, readingOffset, !forward)
      const candidate = at >= 0 ? (frozen[at] as SourceSegment) : undefined
      if (forward) {
        if (candidate && readingOffset <= candidate.readingEnd)
          return sourceOf(candidate, readingOffset)
        return undefined
      }
      if (candidate && readingOffset <= candidate.readingEnd)
        return sourceOf(candidate, readingOffset)
      const next = frozen[at + 1]
      return next && next.readingStart === readingOffset ? sourceOf(next, readingOffset) : undefined
    },
    toReading(sourceOffset, options = {}) {
      if (!Number.isInteger(sourceOffset) || sourceOffset < 0) return undefined
      const forward = options.bias !== 'backward'
      const rank = lastAtOrBefore(sourceStarts, sourceOffset, !forward)
      const candidateIndex = bySource[rank]
      const candidate = candidateIndex === undefined ? undefined : frozen[candidateIndex]
      if (candidate && sourceOffset < candidate.sourceEnd) return readingOf(candidate, sourceOffset)
      if (forward) {
        if (candidate && sourceOffset === candidate.sourceEnd) return candidate.readingEnd
        return undefined
      }
      if (candidate && sourceOffset === candidate.sourceEnd) return candidate.readingEnd
      const nextIndex = bySource[rank + 1]
      const next = nextIndex === undefined ? undefined : frozen[nextIndex]
      return next && next.sourceStart === sourceOffset ? next.readingStart : undefined
    },
  }
}

function checkSegment(segment: SourceSegment, sourceLength: number, index: number): void {
  const { readingStart, readingEnd, sourceStart, sourceEnd } = segment
  const ok =
    Number.isInteger(readingStart) &&
    Number.isInteger(sourceStart) &&
    readingStart >= 0 &&
    readingEnd > readingStart &&
    sourceStart >= 0 &&
    sourceEnd > sourceStart &&
    sourceEnd <= sourceLength
  if (!ok) {
    throw new RangeError(
      `Unexpected segment ${index} ([${readingStart}, ${readingEnd}) ↔ [${sourceStart}, ${sourceEnd})), expected non-empty ranges inside the source`,
    )
  }
  if (segment.verbatim && readingEnd - readingStart !== sourceEnd - sourceStart) {
    throw new RangeError(
      `Unexpected verbatim segment ${index} with sides of different lengths, expected equal lengths`,
    )
  }
}
