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
  /**
   * Words that must come right before the cue, in the same pattern syntax
   * (`"said|says he|she|it|they"`). A word `*` matches any word, `*'s` any
   * possessive, `*est` (`*ing`, …) any word ending in those letters; `...` up to
   * eight words. A list means any of its patterns.
   */
  readonly before?: string | readonly string[]
  /** Words that must not come right before the cue (same syntax as `before`; a list: none of them). */
  readonly notBefore?: string | readonly string[]
  /** Words that must come right after the cue, not part of it (same syntax; a list: any of them). */
  readonly after?: string | readonly string[]
  /** Words that must not come right after the cue (same syntax; a list: none of them). */
  readonly notAfter?: string | readonly string[]
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

// A purpose clause: "so that it may be effected", "so the public could have access",
// "in order that it might be read" — the modal is no possibility.
const purposeClause = ['so that ...', 'order that ...', 'so the|a|an|his|her|its|their|our *']

/**
 * The default lexicon, version `scholion-hedges/5`. Cues were chosen from the
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
  version: 'scholion-hedges/5',
  entries: [
    // Adverbs of evidence and likelihood.
    { cue: 'apparently', type: 'hedge', degree: 'medium' },
    { cue: 'apparent', type: 'hedge', degree: 'medium', confidence: 0.7 },
    { cue: 'reportedly', type: 'hedge', degree: 'medium' },
    { cue: 'allegedly', type: 'credibility', degree: 'medium' },
    { cue: 'alleged', type: 'credibility', degree: 'medium' },
    { cue: 'purportedly|ostensibly', type: 'credibility', degree: 'medium' },
    { cue: 'supposedly', type: 'credibility', degree: 'medium' },
    { cue: 'presumably|presumed|presumable', type: 'hedge', degree: 'medium' },
    { cue: 'seemingly', type: 'hedge', degree: 'medium' },
    { cue: 'possibly|conceivably|arguably', type: 'hedge', degree: 'high' },
    { cue: 'probably|probable', type: 'hedge', degree: 'low' },
    { cue: 'in all likelihood', type: 'hedge', degree: 'low' },
    { cue: 'perhaps', type: 'hedge', degree: 'high' },
    { cue: 'maybe', type: 'hedge', degree: 'high' },
    { cue: 'likely', type: 'hedge', degree: 'low' },
    { cue: 'unlikely', type: 'hedge', degree: 'medium' },
    {
      cue: 'possible',
      type: 'hedge',
      degree: 'high',
      confidence: 0.75,
      notBefore: [
        '*est|as|if|whenever|wherever|where|everything|all',
        'made|make|makes|making|render|renders|rendered ...',
      ],
      note: 'Not "the earliest possible time", "as soon as possible", "where possible", "made such a step possible".',
    },
    { cue: 'possibility', type: 'hedge', degree: 'high', confidence: 0.75 },
    { cue: 'likelihood', type: 'hedge', degree: 'medium', confidence: 0.75 },
    { cue: 'chance|chances that', type: 'hedge', degree: 'medium', confidence: 0.75 },
    { cue: 'tentative|tentatively', type: 'hedge', degree: 'medium' },
    { cue: 'potentially', type: 'hedge', degree: 'high' },
    { cue: 'evidently', type: 'hedge', degree: 'medium' },
    { cue: 'purported|reputed|reputedly', type: 'credibility', degree: 'medium' },
    // Modal verbs, limited to their epistemic uses where the form is ambiguous.
    {
      cue: 'may',
      type: 'hedge',
      degree: 'high',
      caseSensitive: true,
      notBefore: purposeClause,
      notAfter: [
        'be obtained|purchased|bought|ordered|deposited|mailed|sent|reserved|had|picked|seen|viewed|submitted|filed|paid|registered',
        'apply|call|write|contact|enroll|register|obtain|purchase|order|attend|join|bring',
      ],
      note: 'Lower case only: "May" is mostly the month. Not in purpose clauses ("so that it may be effected"), nor of permission ("donations may be deposited", "members may apply").',
    },
    { cue: 'might', type: 'hedge', degree: 'high', notBefore: purposeClause },
    {
      cue: 'could be',
      type: 'hedge',
      degree: 'high',
      notBefore: purposeClause,
      note: '"could" alone is mostly ability.',
    },
    {
      cue: 'could have',
      type: 'hedge',
      degree: 'high',
      notBefore: purposeClause,
      note: 'Not in a purpose clause: "so the public could have access".',
    },
    { cue: 'must have been', type: 'hedge', degree: 'low' },
    {
      cue: 'could face|receive|cost|mean|result|happen|total|exceed|top|become|last|spell|trigger|delay|threaten|jeopardize|endanger',
      type: 'hedge',
      degree: 'high',
      notBefore: purposeClause,
      note: 'A possible outcome: "Pohl could receive from 1 to 15 years", "the strike could cost millions"; "could hire" (ability) is not listed.',
    },
    {
      cue: 'could collapse|fail|rise|fall|drop|climb|increase|decline|cause|affect|worsen|escalate|spread|undermine|derail|disrupt|boost|spark|fuel|prompt|slow|harm|damage|weaken|shrink|grow|double',
      type: 'hedge',
      degree: 'high',
      notBefore: [...purposeClause, 'he|she|they|i|we|you'],
      note: 'A possible change: "the deal could collapse", "prices could rise"; not a person\'s deed ("he could drop a slip", "they could increase the capacity").',
    },
    {
      cue: 'should',
      type: 'hedge',
      degree: 'medium',
      after: 'be *ing|ready|back|fine|better|healthy|over',
      note: 'Expectation: "Bill White should be ready", "he should be getting back"; not obligation ("should be combined", "should organize").',
    },
    {
      cue: 'should|would|could|might',
      type: 'hedge',
      degree: 'medium',
      before: 'there',
      note: 'Expectation: "there should even be no more surprises".',
    },
    // The speaker's own belief and hedging formulas.
    {
      cue: 'think|believe|guess|suppose|feel|suspect|assume',
      type: 'hedge',
      degree: 'medium',
      before: 'I|we',
      caseSensitive: false,
    },
    { cue: 'I|we would say|think|guess|imagine|estimate', type: 'hedge', degree: 'medium' },
    {
      cue: 'believed|believes|believe|thought|thinks|think|felt|feels|feel|guessed|supposed',
      type: 'hedge',
      degree: 'medium',
      before: 'said|says|added|declared|explained|insisted|indicated he|she|it|they|we|I',
      note: 'A speaker hedging what he says: "he said he believed there are …". A third person\'s belief without a speech verb is an attribution.',
    },
    {
      cue: 'thought|believed|felt',
      type: 'hedge',
      degree: 'medium',
      before: 'told me|him|her|us|them ... he|she|they',
      note: 'Belief reported to the speaker: "coach Royal told me if I\'d work on it he thought he could use me".',
    },
    { cue: 'would seem|appear', type: 'hedge', degree: 'medium' },
    { cue: 'if true|confirmed|accurate', type: 'credibility', degree: 'medium' },
    {
      cue: 'if any',
      type: 'credibility',
      degree: 'medium',
      note: 'Doubt whether something exists: "the damage, if any, was slight".',
    },
    {
      cue: 'if so',
      type: 'credibility',
      degree: 'medium',
      note: 'A condition on the truth of what was just said (annotation guidelines).',
    },
    // Verbs of appearance and belief.
    { cue: 'seem|seems|seemed|seeming', type: 'hedge', degree: 'medium' },
    { cue: 'appear|appears|appeared to|that', type: 'hedge', degree: 'medium' },
    {
      cue: 'appear|appears|appeared',
      type: 'hedge',
      degree: 'medium',
      before: 'it|there|would',
      notBefore: 'as|what it',
      notAfter: 'in|on|at|before',
      note: '"It appears the plan failed", "there appeared little hope"; not "as it appeared in the opening scene".',
    },
    { cue: 'believed to', type: 'hedge', degree: 'medium' },
    {
      cue: 'is|are|was|were believed|feared|presumed',
      type: 'hedge',
      degree: 'medium',
      notAfter: 'by|in|that|to',
      note: '"was believed dead", "are feared lost"; "believed to", "it is believed that" are other entries.',
    },
    {
      cue: 'is|are|was|were considered|regarded|deemed',
      type: 'hedge',
      degree: 'medium',
      confidence: 0.7,
      notAfter:
        'by|in|at|on|for|during|today|yesterday|tonight|and|with|under|when|before|after|until|to|again|separately|first',
      note: 'A judgement held by unnamed others: "Skorich was considered the logical choice"; not deliberation ("the bill was considered in committee").',
    },
    { cue: 'is|are|was|were thought to', type: 'hedge', degree: 'medium' },
    {
      cue: 'it is|was believed|thought|understood|said|reported|rumored|rumoured|assumed|presumed|expected|alleged|claimed|charged|testified|feared|estimated|suspected|learned|supposed',
      type: 'unclear-attribution',
      degree: 'medium',
      notAfter: 'by|to|for|in|on|at|with|from|of|as|and|upon',
      note: 'A source left unnamed, with or without "that": "it was testified", "It is understood the talks failed"; not "it was reported to the police" or "it was said by X" (an attribution).',
    },
    {
      cue: 'it has|had been said|reported|suggested|alleged|claimed|charged|rumored|rumoured|learned|estimated|testified',
      type: 'unclear-attribution',
      degree: 'medium',
      notAfter: 'by|to|for|in|on|at|with|from|of|as|and|upon',
    },
    { cue: 'is|are|was|were said to', type: 'unclear-attribution', degree: 'medium' },
    {
      cue: 'is|are|was|were reported to',
      type: 'unclear-attribution',
      degree: 'medium',
      after: 'be|have',
      note: '"was reported to be in Moscow"; not "was reported to police".',
    },
    {
      cue: 'is|are|was|were reported',
      type: 'unclear-attribution',
      degree: 'medium',
      notAfter:
        'by|in|on|at|to|missing|killed|injured|stolen|today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|shortly',
      note: '"are reported trying to …"; not "was reported by …", "was reported missing", "the fire was reported Monday" (the report as an event).',
    },
    {
      cue: 'reported',
      type: 'unclear-attribution',
      degree: 'medium',
      before: "the|a|an|his|her|its|their|*'s",
      note: 'The adjective: "the Mayor\'s reported plan".',
    },
    {
      cue: 'reports|report|rumors|rumours|rumor|rumour|speculation that',
      type: 'unclear-attribution',
      degree: 'medium',
      before:
        'the|at|amid|of|on|deny|denied|confirm|confirmed|despite|following|after|by|were|are|there',
      note: 'The noun, not the verb: "denied the reports that …", "resentment at reports that …".',
    },
    { cue: 'speculated|speculation', type: 'hedge', degree: 'medium', confidence: 0.7 },
    {
      cue: "is|are|isn’t|isn't expected",
      type: 'hedge',
      degree: 'low',
      notAfter: 'by|of|from|that',
      note: 'A prediction: "is expected to …", "is expected back by March 31"; not "as was expected of him".',
    },
    {
      cue: 'was|were expected to',
      type: 'hedge',
      degree: 'low',
      note: 'In the past only with "to": "Choice was expected", "had been expected" report an expectation met.',
    },
    {
      cue: 'figure|figures|figured to be|have|win|get|make|play|start',
      type: 'hedge',
      degree: 'low',
      note: 'Sports prediction: "who figures to be in the middle of Oriole plans".',
    },
    {
      cue: 'indications|indication that',
      type: 'hedge',
      degree: 'medium',
      confidence: 0.75,
    },
    {
      cue: 'indications',
      type: 'hedge',
      degree: 'medium',
      confidence: 0.7,
      notAfter: 'of',
      note: '"Indications … were that"; not "indications of interest".',
    },
    { cue: 'suspected', type: 'hedge', degree: 'medium', confidence: 0.7 },
    { cue: 'rumored|rumoured', type: 'credibility', degree: 'high' },
    { cue: 'unconfirmed|unverified', type: 'credibility', degree: 'high' },
    { cue: 'suggest|suggests|suggested that', type: 'hedge', degree: 'medium' },
    { cue: 'indicated|indicates that', type: 'hedge', degree: 'low' },
    // What is not known.
    { cue: 'unclear', type: 'incompleteness', degree: 'high' },
    { cue: 'not clear', type: 'incompleteness', degree: 'high' },
    { cue: 'uncertain|uncertainty', type: 'incompleteness', degree: 'high' },
    { cue: 'not known', type: 'incompleteness', degree: 'high' },
    {
      cue: 'did|does|do|could not know whether|if|what|how|when|where|who|why',
      type: 'incompleteness',
      degree: 'high',
      notAfter: 'to',
      note: 'A speaker\'s own not knowing: "said he did not know what would be done".',
    },
    {
      cue: "didn't|doesn't|don't|didn’t|doesn’t|don’t|not|nobody|one know|knows|knew whether|if|what|how|when|where|who|why",
      type: 'incompleteness',
      degree: 'high',
      notBefore: 'did|does|do|could',
      notAfter: 'to',
      note: 'Not "did not know how to express it" (ability).',
    },
    { cue: 'not sure|certain', type: 'incompleteness', degree: 'high', notAfter: 'to|of' },
    { cue: 'in doubt', type: 'incompleteness', degree: 'high' },
    { cue: 'unknown', type: 'incompleteness', degree: 'high' },
    { cue: 'cannot be estimated|determined|confirmed', type: 'incompleteness', degree: 'high' },
    {
      cue: 'not be estimated|determined|confirmed|verified|established',
      type: 'incompleteness',
      degree: 'high',
    },
    {
      cue: 'not be|been independently|immediately|yet|officially verified|confirmed|established',
      type: 'incompleteness',
      degree: 'high',
      note: 'Wire formula: "the claim could not be independently verified".',
    },
    { cue: 'remains|remained to be seen', type: 'incompleteness', degree: 'high' },
    {
      cue: 'question|questions|doubt|doubts as to whether',
      type: 'incompleteness',
      degree: 'high',
    },
    { cue: 'doubtful|doubt|doubts whether|if', type: 'incompleteness', degree: 'high' },
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
