/**
 * Describing a range of a text as a {@link Span}.
 */
import { splitsSurrogatePair } from '../text/code-points.js'
import type { Span } from './span.js'

/** Options of {@link createSpan}. */
export interface CreateSpanOptions {
  /**
   * Maximum length of `prefix` and `suffix`, in UTF-16 code units (shortened so they
   * never split a surrogate pair). Default: `32`, enough to tell most repeated
   * quotes apart without making files bulky.
   */
  readonly context?: number
}

/**
 * Describes `[start, end)` of `text` as a span with its quote and context.
 *
 * Throws a `RangeError` when the range is not inside `text`, is inverted, or splits a
 * surrogate pair: that is a caller's mistake, not a finding.
 *
 * @example
 * createSpan('More than 2,000 foreigners', 10, 15, { context: 5 })
 * // => { start: 10, end: 15, exact: '2,000', prefix: 'than ', suffix: ' fore' }
 */
export function createSpan(
  text: string,
  start: number,
  end: number,
  options: CreateSpanOptions = {},
): Span {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length) {
    throw new RangeError(
      `Unexpected range \`[${start}, ${end})\`, expected integers within [0, ${text.length}]`,
    )
  }
  if (end < start) {
    throw new RangeError(`Unexpected inverted range \`[${start}, ${end})\`, expected start <= end`)
  }
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
    throw new RangeError(
      `Unexpected range \`[${start}, ${end})\` splitting a surrogate pair, expected whole characters`,
    )
  }
  const context = options.context ?? 32
  let prefixStart = Math.max(0, start - context)
  if (splitsSurrogatePair(text, prefixStart)) prefixStart++
  let suffixEnd = Math.min(text.length, end + context)
  if (splitsSurrogatePair(text, suffixEnd)) suffixEnd--
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
  }
}
