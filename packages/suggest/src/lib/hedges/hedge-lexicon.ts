/**
 * The hedge lexicon: cues that soften or withhold a statement, as data.
 */

/**
 * Types of uncertainty a cue signals (the model's `uncertaintyType` values).
 *
 * @example
 * const type: HedgeType = 'incompleteness'
 */
export type HedgeType =
  | 'hedge'
  | 'vague-quantity'
  | 'unclear-attribution'
  | 'incompleteness'
  | 'credibility'
  | 'other'

/**
 * One cue of the lexicon.
 *
 * `cue` is a pattern of words separated by spaces; a word may list alternatives
 * with `|` ("seem|seems|seemed to"). Words match whole words, case-insensitively
 * unless `caseSensitive` is set, with any white space between them.
 *
 * @example
 * const entry: HedgeEntry = { cue: 'seem|seems|seemed to', type: 'hedge', degree: 'medium' }
 */
export interface HedgeEntry {
  /** Pattern of words, alternatives separated by `|`. */
  readonly cue: string
  /** What the cue signals. */
  readonly type: HedgeType
  /** How much doubt it expresses. */
  readonly degree: 'low' | 'medium' | 'high'
  /** Match case exactly (so "may" is not the month "May"). Default: `false`. */
  readonly caseSensitive?: boolean
  /** Confidence of a suggestion made from this cue, in [0, 1]. Default: `0.85`. */
  readonly confidence?: number
  /** Why the cue is listed, or how it is limited. */
  readonly note?: string
}

/**
 * A versioned hedge lexicon.
 *
 * @example
 * const mine: HedgeLexicon = { version: 'my-1', entries: [{ cue: 'purportedly', type: 'hedge', degree: 'medium' }] }
 */
export interface HedgeLexicon {
  /** Version; written into every hedge suggestion's tags (`lexicon:<version>`). */
  readonly version: string
  /** The cues. */
  readonly entries: readonly HedgeEntry[]
}

/**
 * The default lexicon, version `scholion-hedges/1`. Cues were chosen from the
 * hedging literature (Hyland's epistemic devices; FactBank's uncertainty markers)
 * and checked against Brown press reportage, where ambiguous forms are limited:
 * "could" only in "could be"/"could have" (otherwise it is mostly ability),
 * "may" only lower-case (the month), "appear" only before "to" or "that"
 * ("appeared in court" hedges nothing). Approximators and vague quantities are
 * not listed here: they come with the figures ("more than 2,000").
 *
 * @example
 * defaultHedgeLexicon.entries.some((entry) => entry.cue === 'apparently') // => true
 */
export const defaultHedgeLexicon: HedgeLexicon = {
  version: 'scholion-hedges/1',
  entries: [
    // Adverbs of evidence and likelihood.
    { cue: 'apparently', type: 'hedge', degree: 'medium' },
    { cue: 'apparent', type: 'hedge', degree: 'medium', confidence: 0.7 },
    { cue: 'reportedly', type: 'hedge', degree: 'medium' },
    { cue: 'allegedly', type: 'credibility', degree: 'medium' },
    { cue: 'alleged', type: 'credibility', degree: 'medium' },
    { cue: 'purportedly', type: 'credibility', degree: 'medium' },
    { cue: 'supposedly', type: 'credibility', degree: 'medium' },
    { cue: 'presumably', type: 'hedge', degree: 'medium' },
    { cue: 'seemingly', type: 'hedge', degree: 'medium' },
    { cue: 'possibly', type: 'hedge', degree: 'high' },
    { cue: 'probably', type: 'hedge', degree: 'low' },
    { cue: 'perhaps', type: 'hedge', degree: 'high' },
    { cue: 'maybe', type: 'hedge', degree: 'high' },
    { cue: 'likely', type: 'hedge', degree: 'low' },
    { cue: 'unlikely', type: 'hedge', degree: 'medium' },
    { cue: 'possible', type: 'hedge', degree: 'high', confidence: 0.75 },
    { cue: 'possibility', type: 'hedge', degree: 'high', confidence: 0.75 },
    { cue: 'tentative|tentatively', type: 'hedge', degree: 'medium' },
    // Modal verbs, limited to their epistemic uses where the form is ambiguous.
    {
      cue: 'may',
      type: 'hedge',
      degree: 'high',
      caseSensitive: true,
      note: 'Lower case only: "May" is mostly the month.',
    },
    { cue: 'might', type: 'hedge', degree: 'high' },
    { cue: 'could be', type: 'hedge', degree: 'high', note: '"could" alone is mostly ability.' },
    { cue: 'could have been', type: 'hedge', degree: 'high' },
    { cue: 'must have been', type: 'hedge', degree: 'low' },
    // Verbs of appearance and belief.
    { cue: 'seem|seems|seemed|seeming', type: 'hedge', degree: 'medium' },
    { cue: 'appear|appears|appeared to|that', type: 'hedge', degree: 'medium' },
    { cue: 'believed to', type: 'hedge', degree: 'medium' },
    { cue: 'is|are|was|were thought to', type: 'hedge', degree: 'medium' },
    { cue: 'is|are|was|were said to', type: 'unclear-attribution', degree: 'medium' },
    { cue: 'is|are|was|were reported to', type: 'unclear-attribution', degree: 'medium' },
    { cue: 'is|are|was|were expected to', type: 'hedge', degree: 'low' },
    { cue: 'suspected', type: 'hedge', degree: 'medium', confidence: 0.7 },
    { cue: 'rumored|rumoured', type: 'credibility', degree: 'high' },
    { cue: 'unconfirmed', type: 'credibility', degree: 'high' },
    { cue: 'suggest|suggests|suggested that', type: 'hedge', degree: 'medium' },
    { cue: 'indicated|indicates that', type: 'hedge', degree: 'low' },
    // What is not known.
    { cue: 'unclear', type: 'incompleteness', degree: 'high' },
    { cue: 'not clear', type: 'incompleteness', degree: 'high' },
    { cue: 'uncertain', type: 'incompleteness', degree: 'high' },
    { cue: 'not known', type: 'incompleteness', degree: 'high' },
    { cue: 'unknown', type: 'incompleteness', degree: 'high' },
    { cue: 'cannot be estimated|determined|confirmed', type: 'incompleteness', degree: 'high' },
    { cue: 'not be estimated|determined|confirmed', type: 'incompleteness', degree: 'high' },
    {
      cue: 'undetermined|undisclosed|unspecified|unidentified',
      type: 'incompleteness',
      degree: 'medium',
    },
    // Estimates.
    { cue: 'estimated|estimate|estimates', type: 'hedge', degree: 'low', confidence: 0.8 },
    { cue: 'approximately|roughly', type: 'vague-quantity', degree: 'low' },
  ],
}
