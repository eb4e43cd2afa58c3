/**
 * Options of an anchorer, with their defaults and the reasons for them.
 */
import type { DescribeSpanOptions } from './selector.js'

/**
 * Options for {@link createAnchorer}. Every threshold is a similarity in `[0, 1]`
 * (1 − edit distance ÷ longer length, whitespace collapsed) unless said otherwise.
 *
 * @example
 * createAnchorer(newText, { previousText: oldText, minScore: 0.7 })
 */
export interface AnchorerOptions extends DescribeSpanOptions {
  /**
   * The text the spans were described on. When given, the anchorer diffs it
   * against the current text once and carries positions through the edits.
   * Default: none (re-anchoring by quote and context only).
   */
  readonly previousText?: string
  /**
   * Least fraction of a span's old characters that must survive the edits (not be
   * deleted or replaced) for its mapped range to count as `mapped` when the span
   * itself was edited. Default: 0.5 — more than half rewritten is another passage.
   */
  readonly minSurvived?: number
  /**
   * Least similarity of the mapped text to the old quote for an edited span to
   * count as `mapped` (the similarity is then its score). Default: 0.25 — low,
   * because text inserted inside a span belongs to it (a sentence added in the
   * middle of a quoted passage), but it stops a few words from swelling into pages.
   */
  readonly minMappedSimilarity?: number
  /**
   * Least similarity of a found passage to the quote. Default: 0.6 — a typo or a
   * changed word still matches, a different phrase does not.
   */
  readonly minQuoteSimilarity?: number
  /**
   * Least similarity for one side of the context (prefix or suffix) to count as
   * agreeing. A search result needs at least one agreeing side. Default: 0.75 —
   * unrelated 32-character stretches of English score about 0.2–0.45, and one
   * inserted word still leaves a side above 0.75.
   */
  readonly minContextSimilarity?: number
  /**
   * Least weighted score for a `fuzzy` result. Default: 0.72 — on the Brown
   * scenarios, correct search results scored 0.73 and up, the one look-alike that
   * shared a context side 0.70.
   */
  readonly minScore?: number
  /**
   * Least lead of the winner over the best non-overlapping runner-up; less is
   * `ambiguous`. Default: 0.1 — on the whole Brown corpus, a formulaic look-alike
   * (another act "Approved September 22, 1961" for "… 26, 1961", with an edit in
   * the real one's context) trailed the real passage by 0.07 the other way round.
   */
  readonly minMargin?: number
  /**
   * Errors allowed in approximate matching, as a fraction of the pattern's length.
   * Default: 0.25 — bounds the work and keeps matches recognisable.
   */
  readonly maxErrorRate?: number
  /**
   * Half-width in code units of the window searched around the expected position
   * before the whole text is. Default: 4096.
   */
  readonly window?: number
}

/** Defaults of {@link AnchorerOptions}, resolved. */
export interface AnchorerSettings {
  readonly contextLength: number
  readonly maxContextLength: number
  readonly minSurvived: number
  readonly minMappedSimilarity: number
  readonly minQuoteSimilarity: number
  readonly minContextSimilarity: number
  readonly minScore: number
  readonly minMargin: number
  readonly maxErrorRate: number
  readonly window: number
}

/**
 * Score weights: the quote says what was annotated (half the score); the context
 * says where it was (four tenths); the distance to the expected position only
 * breaks near-ties between otherwise identical candidates (one tenth).
 *
 * @example
 * scoreWeights.quote + scoreWeights.context + scoreWeights.position // => 1
 */
export const scoreWeights = { quote: 0.5, context: 0.4, position: 0.1 } as const

/**
 * Distance (code units) at which the position score halves: a candidate 1024
 * characters further from the expected position than another loses about 0.05.
 *
 * @example
 * positionScale // => 1024
 */
export const positionScale = 1024

/**
 * Resolves options to settings, applying defaults.
 *
 * @example
 * resolveSettings({}).minScore // => 0.72
 */
export function resolveSettings(options: AnchorerOptions): AnchorerSettings {
  return {
    contextLength: options.contextLength ?? 32,
    maxContextLength: options.maxContextLength ?? 256,
    minSurvived: options.minSurvived ?? 0.5,
    minMappedSimilarity: options.minMappedSimilarity ?? 0.25,
    minQuoteSimilarity: options.minQuoteSimilarity ?? 0.6,
    minContextSimilarity: options.minContextSimilarity ?? 0.75,
    minScore: options.minScore ?? 0.72,
    minMargin: options.minMargin ?? 0.1,
    maxErrorRate: options.maxErrorRate ?? 0.25,
    window: options.window ?? 4096,
  }
}
