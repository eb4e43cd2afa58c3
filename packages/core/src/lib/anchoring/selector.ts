/**
 * Span selectors: the two ways a span names its place in the reading text — a
 * position (`start`, `end`, UTF-16 code units, half-open) and a quote (`exact`
 * with `prefix` and `suffix` context) — and how to describe a range with both.
 */
import { splitsSurrogatePair } from '../text/code-points.js'

/**
 * A span of the reading text, named twice: by position and by quote.
 *
 * Offsets are UTF-16 code units into the reading text, half-open `[start, end)`.
 * `exact` is the text of the span; `prefix` and `suffix` are the text right before
 * and after it (at least {@link defaultContextLength} characters each, less only at
 * the text's edges). This is the shape stored in `scholion/1` files.
 *
 * @example
 * const span: SpanSelector = {
 *   start: 21, end: 26, exact: '2,000',
 *   prefix: '(Reuter) - More than ', suffix: ' foreigners were imprisoned',
 * }
 */
export interface SpanSelector {
  /** Start offset (UTF-16 code units, inclusive). */
  readonly start: number
  /** End offset (UTF-16 code units, exclusive). */
  readonly end: number
  /** The text of `[start, end)`. */
  readonly exact: string
  /** Text right before `start`. */
  readonly prefix: string
  /** Text right after `end`. */
  readonly suffix: string
}

/**
 * A half-open range of UTF-16 code-unit offsets into a reading text.
 *
 * @example
 * const range: TextRange = { start: 4, end: 9 }
 */
export interface TextRange {
  /** Start offset (inclusive). */
  readonly start: number
  /** End offset (exclusive). */
  readonly end: number
}

/**
 * Options for {@link describeSpan}.
 *
 * @example
 * describeSpan(text, { start: 10, end: 20 }, { contextLength: 48 })
 */
export interface DescribeSpanOptions {
  /**
   * Minimum length of `prefix` and `suffix` (less only at the text's edges).
   * Default: {@link defaultContextLength} (32).
   */
  readonly contextLength?: number
  /**
   * Longest `prefix` and `suffix` grown to make the quote with its context unique.
   * Default: {@link defaultMaxContextLength} (256). Past it, a passage repeated
   * verbatim keeps a non-unique selector: re-anchoring then relies on its position.
   */
  readonly maxContextLength?: number
}

/**
 * Default minimum context length on each side. 32 characters is about six English
 * words: enough that a random look-alike rarely shares them, short enough that an
 * edit next to a span seldom touches both sides.
 *
 * @example
 * defaultContextLength // => 32
 */
export const defaultContextLength = 32

/**
 * Default cap on context growth. Context doubles from the minimum until the quote
 * with its context occurs once; 256 characters (three doublings) is past every
 * repeated phrase of ordinary prose and still small in a file.
 *
 * @example
 * defaultMaxContextLength // => 256
 */
export const defaultMaxContextLength = 256

/**
 * Counts occurrences of `needle` in the text, stopping at `limit`; `from` is where
 * this occurrence of the needle starts in the text. Internal hook so an anchorer can
 * answer from its index instead of scanning.
 *
 * @example
 * const count: OccurrenceCounter = (needle, limit) => countByScanning(text, needle, limit)
 */
export type OccurrenceCounter = (needle: string, limit: number, from: number) => number

/**
 * Describes `[start, end)` of `text` as a {@link SpanSelector}: its quote with at
 * least `contextLength` characters of context on each side, grown (up to
 * `maxContextLength`) until the quote with its context occurs only once in `text`.
 *
 * Context edges never split a surrogate pair: a context that would cut one is one
 * code unit longer.
 *
 * @throws {RangeError} when the range is inverted, out of `[0, text.length]`, not
 *   made of integers, or when either end splits a surrogate pair.
 *
 * @example
 * const text = 'More than 2,000 foreigners were imprisoned.'
 * describeSpan(text, { start: 10, end: 15 })
 * // => { start: 10, end: 15, exact: '2,000', prefix: 'More than ', suffix: ' foreigners were imprisoned.' }
 */
export function describeSpan(
  text: string,
  range: TextRange,
  options: DescribeSpanOptions = {},
): SpanSelector {
  return describeSpanWith(text, range, options, (needle, limit) =>
    countByScanning(text, needle, limit),
  )
}

/**
 * {@link describeSpan} with a caller-supplied occurrence counter (an index).
 *
 * @example
 * describeSpanWith(text, { start: 0, end: 4 }, {}, (needle, limit) => countByScanning(text, needle, limit))
 */
export function describeSpanWith(
  text: string,
  range: TextRange,
  options: DescribeSpanOptions,
  count: OccurrenceCounter,
): SpanSelector {
  const { start, end } = range
  checkRange(text, start, end)
  const minimum = options.contextLength ?? defaultContextLength
  const maximum = Math.max(minimum, options.maxContextLength ?? defaultMaxContextLength)
  if (!Number.isInteger(minimum) || minimum < 0) {
    throw new RangeError(`Unexpected contextLength \`${minimum}\`, expected an integer >= 0`)
  }
  const exact = text.slice(start, end)
  let length = minimum
  for (;;) {
    const prefixStart = widenBackward(text, Math.max(0, start - length))
    const suffixEnd = widenForward(text, Math.min(text.length, end + length))
    const prefix = text.slice(prefixStart, start)
    const suffix = text.slice(end, suffixEnd)
    const atEdges = prefixStart === 0 && suffixEnd === text.length
    // Growing stops at the cap, at the text's edges, or once the quote is unique.
    if (length >= maximum || atEdges || count(prefix + exact + suffix, 2, prefixStart) <= 1) {
      return { start, end, exact, prefix, suffix }
    }
    length = Math.min(maximum, length * 2 || 1)
  }
}

/**
 * Throws a `RangeError` unless `[start, end)` is a valid span of `text`.
 *
 * @example
 * checkRange('abc', 0, 2) // ok
 */
export function checkRange(text: string, start: number, end: number): void {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new RangeError(`Unexpected range \`[${start}, ${end})\`, expected integer offsets`)
  }
  if (start < 0 || end > text.length || start > end) {
    throw new RangeError(
      `Unexpected range \`[${start}, ${end})\`, expected 0 <= start <= end <= ${text.length}`,
    )
  }
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
    throw new RangeError(
      `Unexpected range \`[${start}, ${end})\`, expected ends that do not split a surrogate pair`,
    )
  }
}

/**
 * Counts occurrences of `needle` in `text` (overlapping ones too) up to `limit`.
 *
 * @example
 * countByScanning('aaa', 'aa', 5) // => 2
 */
export function countByScanning(text: string, needle: string, limit: number): number {
  let count = 0
  let from = text.indexOf(needle)
  while (from !== -1 && count < limit) {
    count++
    from = text.indexOf(needle, from + 1)
  }
  return count
}

function widenBackward(text: string, offset: number): number {
  return splitsSurrogatePair(text, offset) ? offset - 1 : offset
}

function widenForward(text: string, offset: number): number {
  return splitsSurrogatePair(text, offset) ? offset + 1 : offset
}
