/**
 * What re-anchoring one span produced.
 */
import type { SpanSelector } from './selector.js'
import type { AnchorStatus } from './status.js'

/**
 * Which step of re-anchoring settled a span:
 *
 * - `position`: its recorded position still holds its quote;
 * - `mapping`: its position was carried through the diff from the previous text;
 * - `exact-search`: its quote was found verbatim, with its context, somewhere else;
 * - `fuzzy-search`: its quote and context were found approximately;
 * - `none`: not anchored (`ambiguous` or `orphan`).
 *
 * @example
 * const via: AnchorVia = 'mapping'
 */
export type AnchorVia = 'position' | 'mapping' | 'exact-search' | 'fuzzy-search' | 'none'

/**
 * The outcome of re-anchoring one span in the current text.
 *
 * Anchored results (`exact`, `mapped`, `fuzzy`) carry `start` and `end` and a
 * selector re-described on the current text. `ambiguous` and `orphan` results carry
 * the span's selector unchanged, so nothing is lost: the span stays in its file and
 * is reported, never attached to a look-alike.
 *
 * @example
 * const result: AnchorResult = {
 *   status: 'fuzzy', score: 0.93, via: 'fuzzy-search', start: 120, end: 131,
 *   selector: { start: 120, end: 131, exact: 'two thousand', prefix: '…', suffix: '…' },
 * }
 */
export interface AnchorResult {
  /** How the span was (or was not) found. */
  readonly status: AnchorStatus
  /**
   * Confidence in `[0, 1]`: 1 for `exact`; for `mapped`, the similarity of the
   * mapped text to the old quote; for `fuzzy`, the weighted quote, context and
   * position score of the winner; for `ambiguous` and `orphan`, the best
   * candidate's score (0 when there was none).
   */
  readonly score: number
  /** The selector: re-described on the current text when anchored, else unchanged. */
  readonly selector: SpanSelector
  /** Start in the current text, when anchored. */
  readonly start?: number
  /** End in the current text, when anchored. */
  readonly end?: number
  /** Which step settled the span. */
  readonly via: AnchorVia
}
