/**
 * The hedge lexicon: cues that soften or withhold a statement, as data.
 */

import { speakerNouns } from '../attributions/word-classes.js'

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
   * (`"said|says he|she|it|they"`). A word `*` matches any word that does not end
   * the sentence (no final period but in titles, "Mr.", and "U.S."), `*'s` any
   * possessive, `*,` any word with its comma, `*est` (`*ing`, …) any word ending
   * in those letters, `#` a number in digits or words, `*Aa` a capitalised word
   * and `*AA` a word in capitals (in case-sensitive entries); `...` up to
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

// A wish or a prayer (version 13): "I pray that we may have the wisdom", "it is too
// much to hope that it may be brought within bounds", "we hope it might last": the
// modal carries the wish (optative), not a possibility weighed.
const wishClause = [
  'pray|prays|prayed|praying|hope|hopes|hoped|hoping|wish|wishes|wished|trust|trusts|trusted that ...',
  'pray|prays|prayed|praying|hope|hopes|hoped|hoping|trust|trusts|trusted we|it|he|she|they|this|you|I|all|everyone',
]

// A relative clause without a pronoun after a superlative or "only" (version 13):
// "the least provocative act the United States could have taken", "the best he
// might hope for": it names a thing by what is possible, no claim is hedged.
const superlativeRelative =
  'the least|most|best|worst|only|greatest|biggest|smallest|largest|highest|lowest *{1,2} the|he|she|they|we|I|you|it|one *{0,2}'

// What one might have expected, thought or supposed (version 13): "one might
// reasonably have expected him to show", "you might have thought the war was
// over": an expectation the text goes on to contradict, no possibility weighed.
const counterfactualExpectation = [
  'have expected|thought|supposed|imagined|hoped|predicted|assumed|anticipated|guessed|foreseen',
  '*ly have expected|thought|supposed|imagined|hoped|predicted|assumed|anticipated|guessed|foreseen',
]

// A choice open to an agent, in the past (version 13): "the country could have
// abandoned testing", "it could have chosen to negotiate", "could have continued
// testing": options weighed by the writer, not a possibility of what happened.
const pastChoice = [
  'chosen|opted|elected|decided|abandoned|refused|acted|done',
  '*ly chosen|opted|elected|decided|abandoned|refused|acted|done',
  'continued|kept|gone|carried *ing|on',
  'foreseen|predicted|expected|guessed|imagined|anticipated',
]

// A causative "make it appear" (version 13): "wishful thinking to make it appear
// reasonable" is a look given, not an inference (as "made to appear").
const causativeAppearance = [
  'make|makes|made|making|let|lets it|them|him|her|us|me|you|this|that|things|everything|everyone|himself|herself|itself|themselves',
  'make|makes|made|making|let|lets the|a|an|his|her|its|their|our|my|this|that *',
]

// A modal in an embedded question of manner, reason or truth, "no one can tell how
// the pump could have failed so", "Whether the dam could be saved is a matter of
// conjecture": it asks how or whether a thing is possible; the hedge, if any, is the
// word that governs the question ("a matter of conjecture", "unclear"). So does a
// question with "if" after a verb of asking or knowing (version 11): "Asked if the
// rebels could have been warned, he said …", "to see if the pact might hold".
const mannerQuestion = [
  'how|why|whether *{0,3}',
  'asked|ask|asks|asking|wondered|wonder|wonders|wondering|know|knew|see|tell if ...',
  // Version 17: a question of content after a verb of saying or knowing, "declined
  // to say what the options might be", "did not disclose which units could be sold":
  // the modal is part of the question, not the speaker's hedge.
  'say|disclose|specify|reveal|explain|describe|identify|detail|indicate|know|knew|tell|elaborate|discuss|decide|determine what|which|where|when|who *{0,3}',
]

// A modal in a relative clause, "the terms on which they might agree", "whatever
// price it may fetch", "no matter what trouble this might cause": it describes a
// possible thing or concedes any value; it does not hedge a claim. The words in
// between are without a comma ("Whatever he says, the bill may fail" is a hedge).
const relativeClause = [
  'in|to|by|for|with|from|on|under|through|against|of|at|into|upon which|whom *{1,3}',
  'whatever|whichever|whoever *{0,5}',
  'no matter what|how|who|which *{1,5}',
]

// "could" of a thing, not of a person's deed (version 17's change and role
// entries): not in a purpose clause, a manner question or a relative clause, and
// not after a personal pronoun or "who" ("he could push the cart up the hill").
const couldOfAThing = [
  ...purposeClause,
  ...mannerQuestion,
  ...relativeClause,
  'he|she|they|i|we|you|who',
]

// "may well", "might have been": a possibility weighed about what is or was, a hedge
// even inside a relative clause ("a book to which critics may well have returned").
const pastPossibility = [
  'well',
  'have been|done|gone|seen|made|become|come|had|got|found|lost|won|left|known|thought|brought|taken|given|*ed',
]

// A modal in a discourse formula, "It may be added that", "it might be noted": the
// writer announces a remark, not a possibility.
const discourseFormula = [
  'be added|noted|mentioned|remarked|recalled|observed|pointed',
  'also|further|here be added|noted|mentioned|remarked|recalled|observed|pointed',
]

// After "we", "you", "one": verbs of construal ("we may call the plan a gamble") and
// of the writer's moves in the discourse ("we may now turn to costs", "one may
// conclude that", "you may recall that"): they grant an interpretation or announce
// a step (= "can"), not a possibility.
const construalOrDiscourse =
  'see|regard|view|call|describe|consider|treat|term|define|count|compare|speak|think|note|add|mention|show|develop|cite|recall|observe|illustrate|summarize|summarise|list|distinguish|conclude|infer|begin|ask|say|state|answer|turn|proceed|' +
  // Version 13: suppositions and concessions of the discourse, "we may conceive
  // the whole as one", "one may grant that".
  'conceive|imagine|suppose|assume|grant|concede|admit'

// A belief under a condition or in a question is not asserted (version 13): "Don't
// ask me if I think it helps", "whether we believe it or not".
const beliefNotAsserted = ['if|whether|unless I|we', 'if|whether|unless I|we still|really|do']

// Advice, "you might as well wait", "the board may do well to ask": what is best to
// do, not how likely a claim is.
// Version 15: "investors might want to buy at these levels", "you may wish to
// wait" (advice put as a wish).
// A possibility denied before the modal's clause (version 15): "ruled out the
// possibility that Swissair might choose", "excluded any chance that it could".
const possibilityDenied = [
  'ruled|rules|rule|ruling|excluded|excludes|exclude|dismissed|dismisses|dismiss|denied|denies|deny out|any|the possibility|chance|prospect that *',
  'ruled|rules|rule|ruling out the|any possibility|chance|prospect that *',
  'ruled|rules|rule|ruling out the|any possibility|chance|prospect that * *',
]

const advice = [
  'as well',
  'just as well',
  'do well to',
  'well do well to',
  'want|wish|care|like to',
  'also|still want|wish to',
]

// A choice left to someone, "members might join or not, as they saw fit": permission.
const choiceLeft = [
  '* or not',
  '... as he|she|they|we|you|one|it see|sees|saw|think|thinks|thought fit|best',
]

// A modal of imagining, "a city such as might be envisaged by a child": what is
// conceivable, not how likely a claim is.
const imagining = 'be envisaged|envisioned|imagined|conceived|pictured'

// What a plan, a law or the terms of a deal allow (version 14): "Under the plan,
// holders may receive cash", "under the terms of the offer, shareholders could
// receive 40 dlrs": permission, not possibility.
const termsNouns =
  'plan|agreement|law|rules|terms|proposal|bill|program|programme|accord|regulations|contract|pact|arrangement|scheme|deal|legislation|treaty|provisions|offer|merger|settlement|guidelines|system'
const underTerms = `under|Under the|its|their|this|that|such|a|an|new|proposed|current|existing ... ${termsNouns}|${termsNouns
  .split('|')
  .map((noun) => `${noun},`)
  .join('|')} ...`

// "may" of permission ("donations may be deposited", "members may apply") or of
// imagining ("may be pictured as").
const mayNotAfter = [
  'be obtained|purchased|bought|ordered|deposited|mailed|sent|reserved|had|picked|seen|viewed|submitted|filed|paid|registered',
  'apply|call|write|contact|enroll|register|obtain|purchase|order|attend|join|bring|sign|send|subscribe|choose',
  // Version 14: the terms of a security or a contract, "holders may convert the notes
  // into stock", "the warrants may be exercised at any time" (permission).
  'be exercised|converted|redeemed|tendered|exchanged|called|prepaid|assigned|transferred',
  'convert|redeem|tender|exercise|elect|prepay|withdraw|opt',
  // Version 14: advice and a vote allowed, "investors may wish to sell", "holders
  // may vote by proxy".
  'wish|want to',
  'vote|care',
  imagining,
  ...discourseFormula,
  ...choiceLeft,
  ...advice,
]

// Adjective endings and words after a verb of appearance: "appeared favorable".
const appearanceAdjectives =
  '*ble|*ful|*ous|*ive|*ent|*ant|*ary|*ic|*ical|very|more|less|quite|rather|truly|perfectly|fairly|increasingly|likely|unlikely|certain|sure|ready|strange|somewhat|slightly|oddly|strangely|curiously|unusually|decidedly|doomed|tired|pleased|relaxed|determined|confused|unmoved|unaware|uneasy|unsure|set|poised|headed|bound|remote|slim|distant|doubtful|possible|probable|imminent|inevitable|' +
  // Version 18: a disposition or readiness read off behaviour, "Tokyo appears willing
  // to act", "the union appeared reluctant".
  'willing|unwilling|eager|keen|reluctant|loath|loth|intent|prepared|resigned|inclined|disinclined|able|unable|destined|assured'

// Verbs and nouns of an effect, for an expected outcome: "should have a favorable
// impact", "ought to provide some stimulus".
const effectVerbs = 'have|provide|give|bring|produce|exert|create|yield|offer'
const effectNouns =
  'effect|effects|impact|influence|stimulus|boost|lift|benefit|benefits|relief|improvement|improvements|incentive|impetus'

// An expected effect, as "should reach": "the new dam should have a marked effect on
// rates", "the tax cut ought to provide some lift to sales"; "the city should provide
// a shelter" (no word of effect) stays a duty. Shared by "should" and "ought to".
const expectedEffect = {
  type: 'hedge',
  degree: 'medium',
  notBefore: [
    'if|though|although|lest|that|one|you|we',
    'if|though|although|lest *',
    'if|though|although|lest * *',
  ],
  after: [`${effectVerbs} ... ${effectNouns}`, `*ly ${effectVerbs} ... ${effectNouns}`],
  note: 'An expected effect: "the new dam should have a marked effect on rates", "the tax cut ought to provide some lift to sales"; not a duty without a word of effect ("the city should provide a shelter"), nor a condition ("if it should have any effect").',
} as const satisfies Omit<HedgeEntry, 'cue'>

// Verbs that create, remove or change a likelihood: "the treaty cancels out the
// possibility of war", "makes passage of the bill a possibility", "increase the
// likelihood". The sentence is a claim about the likelihood (as "increase the
// probability of"), not a hedge on a claim.
const likelihoodChanged = [
  'cancel|cancels|cancelled|canceled|cancelling|canceling|rule|rules|ruled|ruling out the|any|all|every',
  'eliminate|eliminates|eliminated|eliminating|exclude|excludes|excluded|excluding|preclude|precludes|precluded|precluding|remove|removes|removed|removing the|any|all|every',
  // Version 18: only a likelihood lowered; one raised ("the data increase the
  // likelihood that rates stay low") hedges the event, as the newswire gold marks it.
  'reduce|reduces|reduced|reducing|lessen|lessens|lessened|lessening|diminish|diminishes|diminished|diminishing the|a|its|their',
  'make|makes|made|making ... a',
  // Version 12: "it minimizes the possibility of a strike", "to limit the risk".
  'minimize|minimizes|minimized|minimise|minimises|minimised|lower|lowers|lowered|limit|limits|limited|curb|curbs|curbed|avert|averts|averted the|any|a|its|their',
  // Version 13: a likelihood that varies with something else, "the lower the price,
  // the more likelihood there was of cuts".
  'the more|less|greater|higher|lower|bigger|smaller',
]

// Evidence named as the subject of an inference (version 12): "the figures suggest
// the economy is slowing", "the data point to slower growth".
const evidenceNouns =
  'figures|data|evidence|signs|results|indicators|statistics|surveys|survey|polls|poll|studies|study|trends|numbers|estimates|forecasts|projections|findings|readings|signals|' +
  // Version 21: research and a report as evidence, "the report suggests 69% of firms".
  'research|report|analysis'

// The same nouns with their comma, for an insertion between the noun and its verb
// (version 14): "The figures, in the annual report, indicate".
const evidenceCommas = evidenceNouns
  .split('|')
  .map((noun) => `${noun},`)
  .join('|')

// Verbs of a possible change or outcome after "could" (the cues of version 11 and
// 12; version 14 shares them with "could" and an adverb: "could eventually bring").
const possibleOutcomes =
  'face|receive|cost|mean|result|happen|total|exceed|top|become|last|spell|trigger|delay|threaten|jeopardize|endanger|collapse|fail|rise|fall|drop|climb|increase|decline|cause|affect|worsen|escalate|spread|undermine|derail|disrupt|boost|spark|fuel|prompt|slow|harm|damage|weaken|shrink|grow|double|bring|amount|prove|force|hurt|provoke|surge|soar|plunge|tumble|jump|slip|ease|widen|narrow|stall|resume|arise|occur|emerge|ensue|lose|incur|lead'

// Version 23: persons and speaking bodies as one alternative of a pattern ("the
// mayor", "the watchdog"), before a modal of a deed rather than a possibility.
const speakingBodies = [...speakerNouns].join('|')

// Version 23: verbs of what a thing may bring about or make possible, after
// "could" with a subject that is no person ("online communities could encourage
// debate", "the interface could support the operation of a robotic arm").
const possibleEnablements =
  'help|allow|enable|encourage|replace|support|influence|impact|involve|kill|embarrass|pave|herald|signal|transform|revolutionise|revolutionize|prevent|change'

// Where a "could" is a person's deed or a purpose, not a possible effect: a purpose
// clause, a relative clause, or a person as the subject (shared by three entries of
// possible effects and outcomes).
const notAPersonsDeed = [
  ...purposeClause,
  ...relativeClause,
  'he|she|they|i|we|you|who|one|anyone|anybody|someone|somebody|everyone|everybody|nobody|people',
]

// Verbs of an effect on a market or a party, after "could" (version 14): "the
// shift to livestock could benefit U.S. exports"; verbs without a doer's will, so
// that "could" is no ability ("he could lower the price" is a deed, left out).
const possibleEffects =
  'benefit|hamper|hinder|impede|complicate|jeopardise|offset|outweigh|depress|dampen|erode|strain|upset|destabilise|destabilize|aggravate|exacerbate|intensify|accelerate|fetch|yield|outstrip|overshadow|overwhelm|cloud|dent|' +
  // Version 17: more verbs of an effect that no doer wills ("a mild recession could
  // knock earnings down", "the slump could wipe out profits", "cheaper oil could
  // spur growth"); verbs a doer mostly wills ("cut", "trim", "lower", "raise",
  // "lift", "push") stay out, or need a direction (below).
  'knock|wipe|shave|sap|stifle|choke|spur|stimulate|buoy|bolster|squeeze|dash|scuttle|torpedo|sour|dim|unsettle|rattle|spook|cripple|paralyse|paralyze|swell|inflate|halve|treble|triple|quadruple|imperil|blunt|temper|cushion|mitigate|dwarf|eclipse|revive|rekindle|reignite|jolt'

// Version 17: participles of a change of a market quantity, after the thing that
// changes, in a forecast ("we do not see prices going much higher", "the firm said
// it sees the dollar firming").
const changeParticiples =
  'going|rising|falling|climbing|dropping|declining|easing|firming|weakening|strengthening|improving|recovering|increasing|growing|moving|coming|getting|staying|remaining|picking|slowing|edging|returning|reaching|topping|exceeding|hitting|softening|stabilising|stabilizing|rebounding|slipping|sliding|plunging|soaring|surging|tumbling|narrowing|widening|shrinking|expanding|changing|dipping|bottoming|peaking|levelling|leveling|deteriorating|worsening|continuing|holding|ending|settling|turning|accelerating|decelerating|contracting|appreciating|depreciating|recovering'

// Version 17: nouns of a change of a market quantity or of the economy, as the
// object of a forecast ("we do not see any cut in rates", "we are looking for a
// five pct rise").
const changeNouns =
  'rise|rises|increase|increases|gain|gains|growth|decline|declines|drop|drops|fall|falls|cut|cuts|reduction|reductions|recovery|improvement|rebound|pickup|pick-up|upturn|downturn|slowdown|slump|recession|easing|tightening|firming|weakening|strengthening|change|changes|rally|correction|turnaround|devaluation|revaluation|shortage|shortages|deterioration|acceleration|deceleration|contraction|expansion|upswing|downswing|surge|jump|collapse|hike|hikes'

// Version 17: the speaker as "I" or "we", negated ("we do not see", "I can't see").
const firstPersonNegated = [
  'I|we do|did|could|can|would not',
  "I|we don't|didn't|couldn't|can't|cannot|wouldn't|don’t|didn’t|couldn’t|can’t|wouldn’t",
]

// Version 17: a speaker's view reported: "said he", "said that it", negated or not.
const saidPronoun = [
  'said|says|added|stated|explained|indicated he|she|it|they|we|I',
  'said|says|added|stated|explained|indicated that he|she|it|they|we|I',
]
const saidPronounNegated = [
  'said|says|added|stated|explained|indicated he|she|it|they|we|I do|does|did|could|would not',
  "said|says|added|stated|explained|indicated he|she|it|they|we|I don't|doesn't|didn't|couldn't|can't|cannot|wouldn't|don’t|doesn’t|didn’t|couldn’t|can’t|wouldn’t",
]

// Version 17: what a forecast with "see" or "look for" has after it: the thing
// and its change ("prices going higher", "the dollar at 150 yen") or a change
// ("any cut in rates", "a five pct rise").
const forecastObject = [
  `*{1,3} ${changeParticiples}`,
  `${changeNouns}`,
  `any|a|an|much|further|no|little|major|significant|big|sharp|substantial|another|more|some|real|serious|marked|quick|early|rapid|strong|modest|slight|slow|gradual ${changeNouns}`,
  `any|a|an|much|further|no|little|major|significant|big|sharp|substantial|another|more|some|real|serious|marked|quick|early|rapid|strong|modest|slight|slow|gradual * ${changeNouns}`,
  `a|an|another # *{0,2} ${changeNouns}`,
  '*{1,3} at|around|near|between|above|below|under|over #',
]

// Quantities of a market or the economy, as subjects of an expected change
// (version 12): "prices should stabilise".
const marketNouns =
  'prices|price|rates|rate|demand|supply|supplies|sales|growth|output|production|exports|imports|earnings|profits|profit|margins|inflation|economy|market|markets|dollar|yen|sterling|currency|volume|volumes|trade|consumption|spending|investment|activity|results|unemployment|deficit|surplus|revenues|revenue|income|yields|shares|stocks|orders|turnover|costs|' +
  // Version 20: the national accounts and the bond market ("GDP should again show
  // growth", "the bottom for bonds should be around 6.3 pct").
  'gdp|gnp|bonds|bond'

// An expected change of a market quantity or effect of a measure (version 12, shared
// by "should" and, version 14, "ought to"): "prices should stabilise", "demand
// should be higher".
const expectedChange = [
  'help|boost|lift|spur|support|ease|reduce|cut|lower|raise|increase|improve|stimulate|strengthen|encourage|curb|slow|stabilise|stabilize|revive|aid|benefit|result|lead|bring|mean|make|give|add|offset|restore|prevent|avert|allow|enable|recover|rebound|firm|weaken|rise|fall|grow|climb|peak|bottom|pick|level|narrow|widen|shrink|expand|decrease|decline|drop|remain|stay|hold|continue|return|show|reach|exceed|top|average|edge|suffer|manage|end',
  'be higher|lower|stronger|weaker|firmer|steady|stable|better|worse|up|down|flat|unchanged|around|about|in|at|near|close|little|slightly|sharply|well|to',
]

// A mandative clause, "it is vital that the program should encourage them",
// "urged that rates should fall": "should" is a demand there (version 12).
const mandative =
  'important|essential|necessary|vital|imperative|urgent|desirable|crucial|insist|insists|insisted|demand|demands|demanded|urge|urges|urged|propose|proposes|proposed|recommend|recommends|recommended|suggest|suggests|suggested|ask|asks|asked|require|requires|required|agreed|decided|ruled|ordered that ...'

// Evidence nouns before "of" that are denied ("no signs of", "without any hint
// of") or owned ("his suggestion of", "the company's indications of"): no
// evidence short of proof (versions 15 and 20).
const notDeniedOrOwned = [
  "no|any|little|without|slightest|faintest|barest|the|his|her|their|its|my|our|your|*'s",
  'no|any|little|without *',
]

// Where an expected change's "should" is no forecast: in a condition ("if trade
// should be resumed", up to three words between) or a mandative clause (version 12;
// shared by version 20's entry with an adverb between).
const notDemandedOrSupposed = [
  'if|though|although|lest|unless|whether *',
  'if|though|although|lest|unless|whether * *',
  'if|though|although|lest|unless|whether * * *',
  mandative,
]

// Measures and decisions, as subjects of an expected effect (version 12): "the
// agreement should help".
const measureNouns =
  'agreement|accord|pact|deal|measures|measure|move|moves|cut|cuts|plan|plans|policy|policies|step|steps|changes|reform|reforms|package|decision|program|programme|scheme|action|actions|legislation|bill|law|tax|taxes|devaluation|rescheduling|restructuring|merger|acquisition|sale|investment|investments|spending|loan|loans|aid|intervention|increase|increases|reduction|reductions|' +
  // Version 20: an effect or a rating as the subject of an expectation ("the upgrade
  // should lead to inflows", "the effect should be to rule out a rise").
  'effect|effects|impact|upgrade|downgrade'

// Version 20: the economy's objects of an expected or possible effect, as after
// "should help" (version 11): "cheaper credit could help prop up the dollar".
const economyObjects =
  'demand|prices|price|sales|earnings|profits|profit|growth|exports|imports|economy|economies|dollar|currency|currencies|rates|market|markets|results|output|production|consumption|investment|investments|spending|activity|recovery|income|incomes|margins|volume|volumes|business|trade|shares|stocks|housing|levels|level|employment|jobs|revenues|revenue|orders|expansion|stability|confidence'

// Version 20: adverbs that may stand between a modal and its verb without changing
// what the modal says ("could also distort", "should again show").
const modalAdverbs =
  'also|still|even|again|then|soon|eventually|ultimately|further|quickly|easily|gradually|probably|certainly|now|yet'

// Version 20: a speech verb or a pronoun with its comma, before a participle that
// is then a gesture ("he said, indicating the brazier"), not an inference.
const speechComma =
  'said,|says,|asked,|added,|replied,|cried,|shouted,|whispered,|explained,|answered,|muttered,|he,|she,|they,|and,'

// Version 20: acts of filing or issuing a document, whose participle clause after a
// comma gives the document's content ("filed a form with the agency, indicating a
// change in control"), not an inference.
const documentActs =
  'filed|submitted|issued|released|published|sent|announced|disclosed|wrote|signed|lodged|circulated'

// Version 20: a number's possible words before it inside a noun phrase after a bound
// ("well below the industry target of an 85 pct rate").
const boundedNumber = ['... of|at #', '... of|at a|an|the #']

// Verbs of an unattributed reporting clause ("it was announced", "it is understood").
const reportingParticiples =
  'believed|thought|understood|said|reported|rumored|rumoured|assumed|presumed|expected|alleged|claimed|charged|testified|feared|estimated|suspected|learned|supposed|announced|disclosed|revealed|stated|indicated|contended|maintained|argued|asserted|noted|hinted|predicted|felt|' +
  // Version 13: verbs of rumour and conjecture, "it was bruited that", "it is
  // whispered that", "it has been surmised".
  'bruited|mooted|whispered|speculated|conjectured|surmised|hypothesized|hypothesised|theorized|theorised|postulated|posited|intimated|gossiped' +
  // Version 18: verbs of a forecast or a plan foreseen, "it was envisaged that releases
  // would be at least 100,000 tonnes".
  '|envisaged|envisioned|foreseen|anticipated|projected|forecast' +
  // Version 30: "It is suggested we had a deal tied up last summer" (round 82).
  '|suggested'
// Adverbs that may stand inside such a clause: "it is now disclosed", "it was also
// reported", "it has long been argued".
const reportingAdverbs =
  'now|also|further|since|long|generally|widely|commonly|officially|reliably|privately|unofficially|authoritatively|freely|openly|often|sometimes|still'
// A report with its source named after the participle ("it was said by the mayor",
// "it was announced Monday by X") is an attribution, and "reported to the police" an event.
const reportingNotAfter = ['by|to|for|in|on|at|with|from|of|as|and|upon', '* by']

/**
 * The default lexicon, version `scholion-hedges/19`. Cues were chosen from the
 * hedging literature (Hyland's epistemic devices; FactBank's uncertainty markers)
 * and checked against Brown press reportage, where ambiguous forms are limited:
 * "could" only in "could be"/"could have" or before a verb of outcome or change
 * (otherwise it is mostly ability), "may" only lower-case (the month), "appear"
 * only before "to", "that" or an adjective ("appeared in court" hedges nothing).
 * Approximators and vague quantities of numerals are not listed here: they come
 * with the figures ("more than 2,000"); approximators of quantities that are no
 * numeral are ("nearly all", "or very close to that").
 *
 * Version 14 (rules 0.14.0), from a coverage audit by class and then the misses
 * of rounds 13 and 14 (development since their blind scoring), added the forms a
 * family lacked: beliefs of unnamed many as nouns ("market expectations are
 * for", "on fears that", "on a belief the bank would cut"), forecasts in the
 * passive with more verbs and adverbs ("is envisaged within", "is currently
 * forecast to"), estimates put by trade sources ("trade sources put the sale at"),
 * headline reports without "to" ("OUTPUT SAID ABOVE QUOTA"), "could" with an
 * adverb or before a verb of effect, what is left or remains unexplained,
 * approximators of spans without a numeral ("just over a year"); it took out the
 * permission and plan readings of wire copy ("holders may convert", "may vote",
 * "said it expected to report", "could charge … if"), speculation as trading,
 * "become apparent" and "ceased to suggest that".
 *
 * Version 13 (rules 0.13.0), written on Brown editorials and reviews (round 12)
 * and then Reuters stories (round 11), both development since their blind scoring,
 * added families rather than instances: the writer's belief in the past tense
 * ("we felt the levy was wrong"), memory and viewpoint ("as I recall", "from my
 * point of view"), what cannot be assumed or known ("we cannot assume that",
 * "nobody knows whether"), the consensus of unnamed others ("it is generally
 * conceded that", "rumour has it"), open questions and doubts raised, conditions on
 * truth ("if this was in fact"), litotes ("not impossible"), epistemic "must have
 * known", "say" before a number, an outcome that befalls the subject ("could find
 * itself at war"); it took out modals of wish and prayer, past choices ("could have
 * chosen"), contradicted expectations ("one might have expected"), relative clauses
 * after a superlative, the attributive "unlikely", causative "make it appear", and
 * beliefs under a condition or in a question. Each change was checked for what it
 * fires on, or stops firing on, in the Brown corpus outside the gold and the blind
 * samples.
 *
 * Version 10 (content only), written on wire copy (Reuters-21578 development
 * stories, not blind material), added what is not yet known ("not immediately
 * clear", "not yet clear"), forecasts and estimates of markets ("output is seen
 * rising", "the crop was put at", "pegged at"; not "put at risk") and more
 * possible outcomes after "could" ("could surge", "could widen"; not "could
 * reach", "could hit", often ability), modals and forecasts in all-capitals
 * headlines ("ACME MAY HAVE LOWER NET", "GROWTH EXPECTED TO SLOW"), "doubt as to how much" beside "as to whether" and "too early
 * to project". Each change was checked for what it fires on in the Brown corpus.
 *
 * Version 9 (content only), written on reviews and political columns, added an
 * adverb inside "not known" ("not fully known", "not entirely known"), the writer's
 * or a generic view in "has the feeling that" and "I had the impression that" (not a
 * character's, "he had the feeling that"), and an appearance from a distance ("Seen
 * from afar, the league looks like a fortress"; "looks like" alone stays out).
 * (The figures, not this lexicon, took "-odd" after a number for an approximator and
 * "over" before a duration after a word of change for "during".) Each change was
 * checked for what it fires on in the Brown corpus outside the gold.
 *
 * Version 8 (content only), written on editorials and reviews, added claims limited
 * to appearances ("Outwardly, …", "outwardly calm", "to all appearances", "on the
 * face of it", "On the surface, …"), claims taken back ("or so it seemed", "or so he
 * thought", "that's what it looked like"), expected effects ("should have a marked
 * effect", "ought to provide some lift"), evidence short of proof ("there were
 * evidences of", "there is some evidence that"), limits of the speaker's knowledge
 * ("as far as we know", "so far as I can see", "to our knowledge", "if memory
 * serves", "if I am not mistaken") and what cannot yet be said ("it is hard to say
 * what", "too early to tell"). It took out modals in embedded
 * questions ("Whether it could be saved is unclear") and relative clauses ("the
 * terms on which they might agree", "whatever price it may fetch", "no matter what
 * this might cost"; but "to which critics may well have returned" stays), discourse
 * formulas ("It might be added that", "it may be noted"), a choice left to
 * someone ("towns might join or not") and advice ("we might as well wait", "the
 * board may do well to ask"), and "may" after "we", "you", "one" before a verb of
 * the discourse ("we may now turn to costs", "one may conclude that"). Each change was checked for what it fires
 * on, or stops firing on, in the Brown corpus outside the gold and the samples kept
 * for a blind set.
 *
 * Version 7 (content only) added approximators of quantifiers and sizes ("nearly
 * all", "almost no", "nearly as large as"), approximators after a value ("or close
 * to that", "or thereabouts", "close to, or beyond"), construal passives ("was read
 * as", "is seen as"), reporting clauses with an adverb ("it is now disclosed", "it
 * has long been argued"), "Indication:" as a label, "it is conceivable that", "my
 * guess is", the speaker's own view in "I gather", "one suspects", "I should
 * think", "I am inclined to believe". It took out views the text says are past
 * ("once were regarded as", "was once thought"), possibilities and likelihoods
 * that a verb creates, removes or changes ("cancel out the possibility", "makes
 * repeal a possibility", "increase the likelihood"), modals in questions of manner ("how the pump could have
 * failed"), modals of imagining ("might be envisaged"), and "we may", "one may"
 * before a verb of construal ("we may call the plan a gamble"). Each change was
 * checked for what it fires on, or stops firing on, in the Brown corpus outside
 * the gold and the blind held-out samples.
 *
 * Version 6 (content only) added unattributed reporting clauses ("it was
 * announced", "the commission was told", "we have been led to believe"), grounds
 * and predictions ("there is reason to believe", "promises to be", "can be
 * expected", "is not expected", "the odds favor", "is officially forecast"),
 * judgements of unnamed many ("widely regarded", "is now believed", "attributed
 * to", "the supposed …"), evidential nouns ("reports of", "reports say", "rumors
 * of", "according to reports", "allegations that", "signs that"), the speaker's
 * own view ("as I see it", "in my opinion", "I doubt", "I'd say"), "appear" with an
 * adjective, "it looks as if", "could well", "could bring", "should reach",
 * predicative "doubtful", "questionable", "yet to be determined", "few if any", and
 * headline participles run into the next sentence ("Opposition reported Some …").
 * It took out boosters and feelings ("I feel confident", "I feel good", "I believe
 * in"), "possible" of what can or cannot be done ("possible to", "no peace is
 * possible"), "there would" and "there should" of a demand, and "If any" of a
 * condition. Each change was checked for what it fires on, or stops firing on, in
 * Brown categories D–H (religion to government documents).
 *
 * @example
 * defaultHedgeLexicon.entries.some((entry) => entry.cue === 'apparently') // => true
 */
export const defaultHedgeLexicon: HedgeLexicon = {
  version: 'scholion-hedges/30',
  entries: [
    // Adverbs of evidence and likelihood.
    { cue: 'apparently', type: 'hedge', degree: 'medium' },
    {
      cue: 'apparent',
      type: 'hedge',
      degree: 'medium',
      confidence: 0.7,
      // Version 14: what becomes or is made apparent is seen, not inferred.
      notBefore: [
        'become|became|becomes|becoming|grow|grew|grown|make|made|makes|making|readily|immediately|increasingly|quickly|soon',
        'all too',
      ],
      note: 'Not "to become apparent", "it became apparent that" (= evident: seen, not inferred; version 14).',
    },
    { cue: 'reportedly', type: 'hedge', degree: 'medium' },
    { cue: 'allegedly', type: 'credibility', degree: 'medium' },
    { cue: 'alleged', type: 'credibility', degree: 'medium' },
    { cue: 'purportedly|ostensibly', type: 'credibility', degree: 'medium' },
    { cue: 'supposedly', type: 'credibility', degree: 'medium' },
    { cue: 'presumably|presumed|presumable', type: 'hedge', degree: 'medium' },
    { cue: 'seemingly', type: 'hedge', degree: 'medium' },
    // Limits to appearances: the claim holds for what is seen, maybe not for what is.
    {
      cue: 'Outwardly,|Superficially,',
      type: 'hedge',
      degree: 'medium',
      caseSensitive: true,
      note: 'A claim limited to appearances: "Outwardly, the port is quiet"; as a sentence adverb opening the sentence (with its comma), not "the pins are driven outwardly, and".',
    },
    {
      cue: 'On the surface,',
      type: 'hedge',
      degree: 'medium',
      caseSensitive: true,
      note: '"On the surface, the talks went well"; not "oil lay on the surface, and".',
    },
    {
      cue: 'outwardly,|superficially,',
      type: 'hedge',
      degree: 'medium',
      before: 'but|yet|and|while|though|although|still',
      note: 'The same after a conjunction: "but outwardly, the port is quiet".',
    },
    {
      cue: 'on the surface,',
      type: 'hedge',
      degree: 'medium',
      before: 'but|yet|and|while|though|although|still',
    },
    { cue: 'to|by all appearances', type: 'hedge', degree: 'medium' },
    { cue: 'on the face of it', type: 'hedge', degree: 'medium' },
    {
      cue: 'outwardly',
      type: 'hedge',
      degree: 'medium',
      after: `${appearanceAdjectives}|calm|quiet|serene|friendly|cordial|normal|placid|unruffled|composed|content|happy|loyal|sound|healthy|unchanged|unmoved|indifferent|relaxed`,
      note: 'Before an adjective: "outwardly calm", "outwardly cordial"; not the direction ("the pins are driven outwardly") nor "outwardly condemned" (= openly).',
    },
    {
      cue: 'or so it|they|he|she|we|I|things|everything|people seemed|seems|appeared|appears|looked|looks|thought|think|thinks|believed|believe|believes|said|say|says|claimed|claims|claim|supposed|suppose|imagined|hoped|hope',
      type: 'hedge',
      degree: 'medium',
      note: 'A claim taken back to an appearance or a belief: "The crisis had passed, or so it seemed", "or so they say".',
    },
    {
      cue: "that's|that’s what|how it|they|things|everything looked|looks",
      type: 'hedge',
      degree: 'medium',
      note: 'A claim taken back to an appearance after it is made, as "or so it seemed" ("seemed" is a cue anyway): "The merger was a triumph. Or that\'s what it looked like then."; not "showing what it looked like" (a description, without the demonstrative).',
    },
    {
      cue: 'that|this is|was what|how it|they|things|everything looked|looks',
      type: 'hedge',
      degree: 'medium',
    },
    {
      cue: 'possibly|conceivably|arguably',
      type: 'hedge',
      degree: 'high',
      // Version 18: not an impossibility, "they could not possibly have caused it",
      // "it cannot possibly work".
      notBefore: [
        'could|can|would|might|may|should|did|does|do not|never',
        "cannot|can't|can’t|couldn't|couldn’t|wouldn't|wouldn’t|didn't|didn’t|doesn't|doesn’t|don't|don’t",
      ],
    },
    {
      cue: 'almost|nearly|virtually certain|certainly|sure',
      type: 'hedge',
      degree: 'low',
      note: 'A certainty short of certain (version 11): "the seamen are almost certain to strike", "almost certainly".',
    },
    { cue: 'all but certain|certainly', type: 'hedge', degree: 'low' },
    {
      cue: 'probably|probable',
      type: 'hedge',
      degree: 'low',
      notAfter: 'outcome|outcomes',
      note: 'Not "the probable outcome" (version 11): the outcome named as a topic ("its probable outcome cannot be foreseen"), no claim hedged.',
    },
    { cue: 'in all likelihood', type: 'hedge', degree: 'low' },
    { cue: 'perhaps', type: 'hedge', degree: 'high' },
    { cue: 'maybe', type: 'hedge', degree: 'high' },
    {
      cue: 'likely',
      type: 'hedge',
      degree: 'low',
      notAfter: 'outcome|outcomes',
      // Version 23: a group's higher or lower rate, a comparison of frequencies ("older
      // people were more likely to use a fixed line", "Asians were 1.9 times more
      // likely to be stopped"; rounds 37–53).
      notBefore: ['are|were more|less', 'are|were increasingly', 'times more|less'],
    },
    {
      cue: 'unlikely',
      type: 'hedge',
      degree: 'medium',
      notBefore: [
        'a|an|the|this|that|such|his|her|their|its|our|my|your',
        'a|an|the|this|that|such|his|her|their|its|our|my|your most|rather|quite|very|somewhat|highly|thoroughly|seemingly',
      ],
      note: 'Version 13: not the attributive adjective, "the unlikely heroine of the film", "an unlikely alliance" (a surprising choice, no claim hedged); the entry below keeps "the unlikely event".',
    },
    {
      cue: 'unlikely',
      type: 'hedge',
      degree: 'medium',
      before: 'a|an|the|this|such',
      after: 'event|events|case|scenario|prospect|possibility|outcome|contingency',
      note: '"in the unlikely event of a strike" (version 13): the event is called improbable.',
    },
    {
      cue: 'possible',
      type: 'hedge',
      degree: 'high',
      confidence: 0.75,
      notBefore: [
        '*est|as|if|whenever|wherever|where|everything|all',
        'made|make|makes|making|render|renders|rendered',
        'made|make|makes|making|render|renders|rendered *',
        'made|make|makes|making|render|renders|rendered * *',
        'made|make|makes|making|render|renders|rendered * * *',
        'made|make|makes|making|render|renders|rendered * * * *',
        'made|make|makes|making|render|renders|rendered * * * * *',
        'not|no|not be|be not|never be',
        'no * is|was|are|were',
        "isn't|wasn't|wouldn't|won't|isn’t|wasn’t|wouldn’t|won’t be",
      ],
      notAfter: 'to|for',
      note: 'Not "the earliest possible time", "as soon as possible", "where possible", "made such a step possible" (up to five words between: "make the study and come up with recommendations for possible changes" is a hedge); not what can be done ("it is possible to overfeed them", "possible for everyone to rush") nor what cannot ("no peace is possible").',
    },
    {
      cue: 'conceivable|plausible',
      type: 'hedge',
      degree: 'high',
      before: 'is|was|are|were|be|been|seems|seemed|perfectly|quite|entirely|very',
      after: 'that',
      note: 'As "it is possible that": "it is conceivable that the tests resume"; not the attributive "any conceivable use", "a plausible excuse".',
    },
    {
      cue: 'possibility',
      type: 'hedge',
      degree: 'high',
      confidence: 0.75,
      notBefore: likelihoodChanged,
      // Version 18: not an opportunity, "increased the possibility for men to meet".
      notAfter: 'for|to',
      note: 'Not a possibility created, removed or changed ("the treaty cancels out the possibility of war", "makes repeal a possibility"): a claim about likelihood.',
    },
    {
      cue: 'likelihood',
      type: 'hedge',
      degree: 'medium',
      confidence: 0.75,
      notBefore: likelihoodChanged,
      note: 'Not "reduce the likelihood of floods" (a claim about likelihood).',
    },
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
      notBefore: [
        ...purposeClause,
        ...mannerQuestion,
        ...relativeClause,
        ...wishClause,
        superlativeRelative,
        'we|We|you|You|one|One',
        // Version 13: idioms, "be that as it may", "come what may".
        'that as it',
        'come what',
        underTerms,
      ],
      notAfter: mayNotAfter,
      note: 'Lower case only: "May" is mostly the month. Not in purpose clauses ("so that it may be effected"), nor of permission ("donations may be deposited", "members may apply"), nor of imagining ("may be pictured as").',
    },
    {
      cue: 'may',
      type: 'hedge',
      degree: 'high',
      caseSensitive: true,
      before: 'we|We|you|You|one|One',
      notBefore: [...purposeClause, ...mannerQuestion, ...relativeClause, ...wishClause],
      notAfter: [
        ...mayNotAfter,
        construalOrDiscourse,
        `indeed|also|well|then|now|thus|therefore|fairly|rightly|justly|safely|properly|here|first|finally|further|briefly ${construalOrDiscourse}`,
        // Version 13: a booster, "One may be sure the congress will act".
        'be sure|certain|confident|assured',
        'rest assured',
      ],
      note: 'After "we", "you", "one", not before a verb of construal or of the discourse: "we may call the plan a gamble", "one may call it a revival" grant an interpretation, "we may now turn to costs", "one may conclude that" announce a step (= "can"); "we may lose" is a possibility.',
    },
    {
      cue: 'might',
      type: 'hedge',
      degree: 'high',
      notBefore: [
        ...purposeClause,
        ...mannerQuestion,
        ...relativeClause,
        ...wishClause,
        superlativeRelative,
        // Version 15: a possibility denied, "he ruled out the possibility that the
        // airline might choose A-340s" (the modal repeats the denied noun).
        ...possibilityDenied,
        // Version 22: the noun "might", power ("the financial might of larger
        // firms", "military might alone"), after a determiner or an adjective of
        // its kind.
        'the|its|his|her|their|our|your|military|financial|economic|legal|naval|industrial|political|sheer|full|corporate|commercial|technological|nuclear|air|sea',
      ],
      notAfter: [
        'alone',
        imagining,
        ...discourseFormula,
        ...choiceLeft,
        ...advice,
        ...counterfactualExpectation,
      ],
      note: 'Not the noun ("the financial might of larger firms", version 22), nor of imagining ("a city such as might be envisaged by a child"), nor in an embedded question ("asked how the rebels might be fed") or a relative clause ("the means by which it might be done", "whatever harm this might cause"), nor a discourse formula ("It might be added that"), nor a choice left to someone ("they might join or not"), nor advice ("we might as well wait", "the board might do well to ask").',
    },
    {
      cue: 'may',
      type: 'hedge',
      degree: 'high',
      caseSensitive: true,
      notBefore: [...purposeClause, ...mannerQuestion, ...wishClause],
      after: pastPossibility,
      note: 'In a relative clause too when it weighs what was: "a book to which critics may well have returned", "the man who may have seen the thief".',
    },
    {
      cue: 'might',
      type: 'hedge',
      degree: 'high',
      notBefore: [...purposeClause, ...mannerQuestion, ...wishClause],
      after: pastPossibility,
      notAfter: counterfactualExpectation,
      note: 'As "may have" in a relative clause: "the guard, by whom the door might have been left open".',
    },
    {
      cue: 'could be',
      type: 'hedge',
      degree: 'high',
      // Version 27: not in a relative clause of "which" or "who" ("other options
      // which could be used", "older voters who could be relied on": 7 of 8 in
      // development were no hedge; "that could be abused" stays).
      notBefore: [...purposeClause, ...mannerQuestion, ...relativeClause, 'which|who'],
      notAfter: [
        'envisaged|envisioned|imagined|conceived|pictured',
        'added|noted|mentioned|remarked|recalled|observed|pointed',
        // Version 18: the terms of a security or an offer, "each share could be
        // exchanged for two" (a right, as "may be exchanged").
        'exchanged|converted|redeemed|tendered|exercised|swapped|prepaid',
        // Version 17: a means proposed, "the system could be strengthened by
        // permitting holding companies" (a recommendation, not a possibility weighed;
        // "could be hurt by rising rates" stays).
        '*ed|*en by permitting|allowing|letting|giving|making|adding|using|raising|lowering|cutting|creating|introducing|requiring|changing|removing|eliminating|establishing|adopting|providing|setting|expanding|extending|abolishing|granting|encouraging|forming|imposing|offering|simplifying|streamlining|revising|amending|restructuring|merging|combining',
      ],
      note: '"could" alone is mostly ability. Not in a question of manner or truth ("how it could be done", "Whether it could be saved is unclear"), nor of imagining ("could be pictured"), nor a discourse formula ("it could be noted").',
    },
    {
      cue: 'could have',
      type: 'hedge',
      degree: 'high',
      notBefore: [...purposeClause, ...mannerQuestion, ...relativeClause, superlativeRelative],
      notAfter: pastChoice,
      note: 'Not in a purpose clause ("so the public could have access") nor in a question of manner or reason ("no one can tell how the pump could have failed so"). Version 13: not a choice open to an agent ("it could have chosen to negotiate", "could have abandoned testing", "could have continued testing") nor what no one could have foreseen, nor a relative clause after a superlative ("the least provocative act the United States could have taken").',
    },
    { cue: 'must have been', type: 'hedge', degree: 'low' },
    {
      cue: 'could face|receive|cost|mean|result|happen|total|exceed|top|become|last|spell|trigger|delay|threaten|jeopardize|endanger',
      type: 'hedge',
      degree: 'high',
      notBefore: [...purposeClause, underTerms],
      note: 'A possible outcome: "Pohl could receive from 1 to 15 years", "the strike could cost millions"; "could hire" (ability) is not listed.',
    },
    {
      cue: 'could collapse|fail|rise|fall|drop|climb|increase|decline|cause|affect|worsen|escalate|spread|undermine|derail|disrupt|boost|spark|fuel|prompt|slow|harm|damage|weaken|shrink|grow|double|bring|amount|prove|force|hurt|provoke|surge|soar|plunge|tumble|jump|slip|ease|widen|narrow|stall|resume',
      type: 'hedge',
      degree: 'high',
      notBefore: [...purposeClause, 'he|she|they|i|we|you'],
      note: 'A possible change: "the deal could collapse", "prices could rise", "stimulation which could bring inflation"; not a person\'s deed ("he could drop a slip", "they could increase the capacity").',
    },
    {
      cue: 'could arise|occur|emerge|ensue|materialise|materialize|erupt|flare|retaliate|intervene',
      type: 'hedge',
      degree: 'high',
      notBefore: purposeClause,
      note: 'An event that may come about (version 11): "a shortage could arise if the mills close"; these verbs have no doer whose ability "could" would state. Version 12 added "erupt", "flare", "retaliate", "intervene" ("Iran could retaliate against shipping": a reaction foreseen, not an ability).',
    },
    {
      cue: 'could lose|incur',
      type: 'hedge',
      degree: 'high',
      notBefore: purposeClause,
      note: 'A possible loss (version 11): "the bank could lose 200 mln dlrs", "could incur a charge"; a loss is no ability, so a person as subject is a possibility too ("the judge could lose").',
    },
    {
      cue: 'could take',
      type: 'hedge',
      degree: 'high',
      notBefore: purposeClause,
      after: [
        'about|around|roughly|approximately|nearly|up|several|many|years|months|weeks|days|hours|decades|longer|until|place|effect',
        'a|an|another year|month|week|day|decade|few|couple|long|while',
        'at least|most',
        'as long|much|many|little',
        'more than|time|years|months|weeks|days',
      ],
      note: 'A possible duration or event (version 11): "the repairs could take about two months", "could take years", "the vote could take place next week"; not "could take a bath", "could take care of herself" (ability).',
    },
    {
      cue: 'could reach|hit|top',
      type: 'hedge',
      degree: 'high',
      notBefore: purposeClause,
      after: [
        'a|new record|high|highs|low|lows|peak|level|total',
        'record|about|around|roughly|nearly|almost|some|over|more|as|between|up|levels',
      ],
      note: 'A possible level (version 12): "exports could reach a record this year", "losses could top about 2 billion"; "could reach the hut" (ability) has no word of a level after it.',
    },
    {
      cue: 'could reach|strike|conclude|clinch',
      type: 'hedge',
      degree: 'high',
      notBefore: purposeClause,
      after: [
        'agreement|accord|consensus|settlement',
        'a|an|the deal|agreement|accord|settlement|compromise|pact|understanding|accommodation',
        'a|an * deal|agreement|accord|settlement|compromise|pact|understanding',
      ],
      note: 'A possible outcome of negotiation (version 11): "the two unions could reach agreement by May", "could strike a deal"; "could reach key points" (ability) has no word of agreement after it.',
    },
    {
      cue: 'could agree',
      type: 'hedge',
      degree: 'high',
      notBefore: [...purposeClause, 'he|she|i|we|you'],
      after: 'on|to|soon|quickly|shortly|within|by|before',
      note: 'The same without the noun: "the ministers could agree on a formula next month"; not "we could agree" (a deed of the speaker\'s).',
    },
    {
      cue: 'could lead',
      type: 'hedge',
      degree: 'high',
      after: 'to',
      notBefore: [...purposeClause, 'he|she|they|i|we|you'],
      note: 'A possible consequence, "the study could lead to projections"; not "the slugger could lead" (a deed).',
    },
    {
      cue: 'should reach|increase|total|exceed|top|prove|improve|result|double|decline',
      type: 'hedge',
      degree: 'medium',
      notBefore: [
        'if|though|although|lest|that|one|you|we',
        'if|though|although|lest *',
        'if|though|although|lest * *',
      ],
      note: 'An expected outcome: "sales should reach $1.1 billion in 1961", "this should prove an exciting evening"; not a condition ("if it should increase").',
    },
    { cue: 'should', ...expectedEffect },
    {
      cue: 'should',
      type: 'hedge',
      degree: 'medium',
      notBefore: [
        'if|though|although|lest|that|one|you|we|he|she|they|i',
        'if|though|although|lest *',
        'if|though|although|lest * *',
      ],
      after: [
        'be completed|finished|finalised|finalized|concluded|signed|announced|known|available|ready|released|published|decided|settled|resolved|approved|restored|operational next|later|soon|shortly|sometime|early|late|this|around|about',
        'be completed|finished|finalised|finalized|concluded|signed|announced|known|available|ready|released|published|decided|settled|resolved|approved|restored|operational by|in the end|middle|start|first|second|third|fourth|coming|next',
        'be completed|finished|finalised|finalized|concluded|signed|announced|known|available|ready|released|published|decided|settled|resolved|approved|restored|operational by mid|early|late|then|the',
        // Version 14: "should be completed in late March".
        'be completed|finished|finalised|finalized|concluded|signed|announced|known|available|ready|released|published|decided|settled|resolved|approved|restored|operational in mid|early|late|january|february|march|april|may|june|july|august|september|october|november|december|#',
        'close|end|begin|start|resume|reopen|conclude|come|arrive|follow next|later|soon|shortly|sometime|early|late|this|around|about',
        'close|end|begin|start|resume|reopen|conclude|come|arrive|follow by|in the end|middle|start|first|second|third|fourth|coming|next',
        'close|end|begin|start|resume|reopen|conclude|come|arrive|follow by|in mid|early|late|then',
      ],
      note: 'An expected event with its time (version 11): "the sale should be completed by the end of March", "talks should resume next week", "the report should be available later this year"; not an instruction ("the form should be completed in ink", "bills should be paid within 30 days") nor after a person ("you should finish by noon").',
    },
    {
      cue: 'should help|support|boost|spur|lift|underpin|bolster|stimulate|strengthen|sustain|aid|hit|affect|hurt|harm|damage|disrupt|dampen|depress|weigh|curb|restrain|benefit|favour|favor',
      type: 'hedge',
      degree: 'medium',
      notBefore: [
        'if|though|although|lest|that|one|you|we|he|she|they|i|government|governments|congress|parliament|administration|state|states|city|nation|nations|country|countries|people|everyone|everybody',
        'if|though|although|lest *',
        'if|though|although|lest * *',
      ],
      after: [
        'demand|prices|price|sales|earnings|profits|profit|growth|exports|imports|economy|economies|dollar|currency|currencies|rates|market|markets|results|output|production|consumption|investment|investments|spending|activity|recovery|income|incomes|margins|volume|volumes|business|trade|shares|stocks|housing|levels|level|employment|jobs|revenues|revenue|orders|expansion|stability|confidence',
        '... demand|prices|price|sales|earnings|profits|profit|growth|exports|imports|economy|economies|dollar|currency|currencies|rates|market|markets|results|output|production|consumption|investment|investments|spending|activity|recovery|income|incomes|margins|volume|volumes|business|trade|shares|stocks|housing|levels|level|employment|jobs|revenues|revenue|orders|expansion|stability|confidence',
      ],
      note: 'An expected effect on a market or the economy (version 11), as "should have an effect": "cheaper credit should support demand for cars", "the accord should help stabilise the dollar"; not a duty of a person or a government ("the state should support its farmers": no word of the economy after it, or a doer before it). Version 13 added verbs of harm and restraint ("the rise should hit exports", "should weigh on prices").',
    },
    {
      cue: "should not|never|n't|n’t help|support|boost|spur|lift|underpin|bolster|stimulate|strengthen|sustain|aid|hit|affect|hurt|harm|damage|disrupt|dampen|depress|weigh|curb|restrain|benefit|favour|favor|have|cause|mean|change|alter",
      type: 'hedge',
      degree: 'medium',
      notBefore: [
        'if|though|although|lest|that|one|you|we|he|she|they|i|government|governments|congress|parliament|administration|state|states|city|nation|nations|country|countries|people|everyone|everybody',
        'if|though|although|lest *',
        'if|though|although|lest * *',
        mandative,
      ],
      after: [
        'demand|prices|price|sales|earnings|profits|profit|growth|exports|imports|economy|economies|dollar|currency|currencies|rates|market|markets|results|output|production|consumption|investment|investments|spending|activity|recovery|income|incomes|margins|volume|volumes|business|trade|shares|stocks|housing|levels|level|employment|jobs|revenues|revenue|orders|expansion|stability|confidence|effect|impact|influence',
        '... demand|prices|price|sales|earnings|profits|profit|growth|exports|imports|economy|economies|dollar|currency|currencies|rates|market|markets|results|output|production|consumption|investment|investments|spending|activity|recovery|income|incomes|margins|volume|volumes|business|trade|shares|stocks|housing|levels|level|employment|jobs|revenues|revenue|orders|expansion|stability|confidence|effect|impact|influence',
      ],
      note: 'The same expectation negated (version 13): "the increase could lift lending rates but should not hit the money market too hard", "the cut should not have much effect on prices".',
    },
    { cue: 'ought to', ...expectedEffect },
    {
      cue: 'could well',
      type: 'hedge',
      degree: 'high',
      note: 'A possibility stressed, not an ability: "could well be uremia", "some members could well object". (Until version 11 the cue read "could well|very well", which matched only "could very well".)',
    },
    {
      cue: 'could very well',
      type: 'hedge',
      degree: 'high',
      note: '"it could very well seek another way".',
    },
    {
      cue: 'should',
      type: 'hedge',
      degree: 'medium',
      after: 'be getting|coming|ready|back|fine|better|healthy|over',
      notBefore: 'there',
      note: 'Expectation: "Bill White should be ready", "he should be getting back"; not obligation ("should be combined", "should organize"), nor, since version 25, a duty in the progressive ("New Labour should be taking", "the UN should be leading efforts": 7 of 8 in development were a duty).',
    },
    {
      cue: 'could|might',
      type: 'hedge',
      degree: 'medium',
      before: 'there',
      note: 'A possibility: "there could be shortages".',
    },
    {
      cue: 'should',
      type: 'hedge',
      degree: 'medium',
      before: 'there',
      after: ['even|still|soon|easily', 'be more|less|fewer than', 'be enough|plenty'],
      note: 'Expectation: "there should even be no more surprises", "there should be more than enough signatures"; "there should be better service" is mostly a demand, and "there would be" a conditional or a future in the past.',
    },
    // The speaker's own belief and hedging formulas.
    {
      cue: 'think|guess|suppose|suspect|assume|doubt|gather',
      type: 'hedge',
      degree: 'medium',
      // Version 12: an adverb between, "We rather suspect the mayor knows more".
      before: [
        'I|we',
        'I|we rather|still|also|do|really|honestly|personally|strongly|just|now|somehow|half',
        // Version 17: more adverbs and hedged forms, "I seriously doubt", "we very
        // much doubt", "I tend to think", "I kind of think".
        'I|we seriously|frankly|sincerely|genuinely|somewhat|truly|privately|secretly|increasingly|tend|tended',
        'I|we very much',
        'I|we kind|sort of',
        'I|we tend|tended to',
      ],
      notBefore: beliefNotAsserted,
      notAfter: 'of|about|differently|up|together|round|around',
      note: 'Not "we think of them", "we think differently" (no statement is softened), nor "we gather up the nets".',
    },
    {
      cue: 'suspects|gathers',
      type: 'hedge',
      degree: 'medium',
      before: 'one',
      notAfter: 'up|together|round|around',
      note: 'The writer\'s view through the generic "one": "one suspects the tune was cut for length"; not "one imagines", "one assumes", "one supposes", which mostly set up a hypothesis ("if one assumes the rate holds").',
    },
    {
      cue: 'I should|dare say|think|imagine|suppose',
      type: 'hedge',
      degree: 'medium',
      note: 'Hedging formulas like "I would say": "I should think the fee is low", "I dare say"; not "we should say", mostly a conditional or a duty ("if asked, we should say no").',
    },
    {
      cue: 'inclined to think|believe|suspect|agree|doubt|accept|feel',
      type: 'hedge',
      degree: 'medium',
      before: [
        'I am|was',
        "I'm|I’m",
        'we are|were',
        "we're|we’re",
        'I am|was more|rather|somewhat',
        "I'm|I’m more|rather|somewhat",
      ],
      note: 'The speaker\'s own leaning: "I\'m inclined to think the count is low"; a third person\'s ("he is inclined to believe") is an attribution.',
    },
    {
      cue: 'believe',
      type: 'hedge',
      degree: 'medium',
      before: [
        'I|we',
        'I|we still|also|do|really|honestly|personally|strongly|now|firmly',
        // Version 17, as "think": "I sincerely believe", "I tend to believe".
        'I|we seriously|frankly|sincerely|genuinely|truly|privately|increasingly',
        'I|we tend|tended to',
      ],
      notBefore: beliefNotAsserted,
      notAfter: 'in|of|about',
      note: 'Not a faith ("I believe in dividing everything").',
    },
    {
      cue: 'feel|feels',
      type: 'hedge',
      degree: 'medium',
      before: 'I|we',
      notBefore: beliefNotAsserted,
      notAfter:
        'confident|sure|certain|convinced|positive|strongly|deeply|bound|obliged|compelled|a|an|like|good|bad|fine|great|better|sorry|proud|happy|uncomfortable|about|for|your|his|her|their|our|my|so|very|quite|really|most|more|less|much|too|pretty|rather|terribly|awfully|particularly|especially|greatly',
      note: 'An opinion ("we feel that the plan is wrong"); not a booster ("I feel confident", "I feel sure") nor a feeling ("I feel good", "I feel like a fool").',
    },
    {
      cue: 'as I|we see|understand|read it',
      type: 'hedge',
      degree: 'medium',
      note: 'The speaker\'s own view: "As I see it, the country has never faced such dangers".',
    },
    {
      cue: 'in my|our opinion|view|judgment|judgement',
      type: 'hedge',
      degree: 'medium',
      note: 'Hyland\'s markers of personal view: "the best of them all, in our opinion".',
    },
    { cue: 'to my mind', type: 'hedge', degree: 'medium' },
    // Limits of the speaker's knowledge.
    {
      cue: 'as|so far as I|we|anyone|one know|knows|knew',
      type: 'hedge',
      degree: 'medium',
      note: 'The claim holds as far as the speaker knows: "the bridge was, as far as we know, never finished".',
    },
    {
      cue: 'as|so far as I|we|anyone|one can|could tell|gather|judge|see|determine|ascertain|recall|remember',
      type: 'hedge',
      degree: 'medium',
      note: '"as far as I can tell, the fee was paid"; not "as far as one can go" (a limit of distance or degree).',
    },
    {
      cue: 'to my|our knowledge',
      type: 'hedge',
      degree: 'medium',
      notBefore: 'came|come|comes|coming|brought|bring|brings|bringing',
      note: '"The method was, to our knowledge, first used here"; not "it came to my knowledge" (a report of learning).',
    },
    { cue: 'to the best of my|our knowledge|recollection|belief', type: 'hedge', degree: 'medium' },
    { cue: 'if memory serves', type: 'hedge', degree: 'medium' },
    { cue: 'if I remember|recall rightly|correctly', type: 'hedge', degree: 'medium' },
    { cue: 'if I am not mistaken', type: 'hedge', degree: 'medium' },
    { cue: "if I'm|I’m not mistaken", type: 'hedge', degree: 'medium' },
    {
      cue: 'my|our guess is|was|would',
      type: 'hedge',
      degree: 'medium',
      note: 'The speaker\'s own estimate: "my guess is that rates will fall".',
    },
    { cue: 'I|we would say|think|guess|imagine|estimate', type: 'hedge', degree: 'medium' },
    {
      cue: 'I|we would|should expect|anticipate',
      type: 'hedge',
      degree: 'medium',
      notAfter: 'to|of|from|you|him|her|them|us|me|better|more|nothing|no',
      note: 'The speaker\'s own tentative forecast (version 12): "We would expect prices to ease", "I\'d expect a cut within weeks"; not "I would expect you to …" (a demand).',
    },
    {
      cue: "I'd|we'd|I’d|we’d expect|anticipate",
      type: 'hedge',
      degree: 'medium',
      notAfter: 'to|of|from|you|him|her|them|us|me|better|more|nothing|no',
    },
    {
      cue: "I'd|we'd|I’d|we’d say|think|guess|imagine",
      type: 'hedge',
      degree: 'medium',
      note: 'The contracted "I would say".',
    },
    {
      // Version 14: "doubted", "reckoned" too ("he said he doubted the bank would act").
      cue: 'believed|believes|believe|thought|thinks|think|felt|feels|feel|guessed|supposed|doubted|doubts|reckoned|reckons|reckon',
      type: 'hedge',
      degree: 'medium',
      before: [
        'said|says|added|declared|explained|insisted|indicated he|she|it|they|we|I',
        // Version 24: after "told" and its hearer, "told BBC Radio 4's Today
        // programme he believed the changes …" (rounds 34–53).
        'told ... he|she|they|we|I',
        // Version 14: with "that" or a participle, "he added that he felt", "adding he
        // believed".
        'said|says|added|declared|explained|insisted|indicated|adding|saying that he|she|it|they|we|I',
        'adding|saying he|she|it|they|we|I',
        'said|says|added|declared|explained|insisted|indicated he|she|it|they|we|I did|does|do|could not',
        "said|says|added|declared|explained|insisted|indicated he|she|it|they|we|I didn't|doesn't|don't|didn’t|doesn’t|don’t",
      ],
      // Version 24: not a condition or a cause after "told" ("was told to buy it
      // if he felt like it", "told him, because she thought …").
      notBefore:
        'if|because|when|as|though|although|unless|while|since|whether|what|how|why|where|who *',
      // Version 18: not a faith, "he said he did not believe in quotas".
      notAfter: 'in|of|like|herself|himself|themselves',
      note: 'A speaker hedging what he says: "he said he believed there are …", also negated (version 11: "the party said it did not think more cuts would be needed"). A third person\'s belief without a speech verb is an attribution.',
    },
    {
      cue: 'expect|expects|expected|anticipate|anticipates|anticipated',
      type: 'hedge',
      degree: 'medium',
      before: [
        'said|says|added|stated|explained|indicated|told * he|she|it|they|we|I',
        // Version 24: a longer hearer, "told the Independent he expected …".
        'told ... he|she|they|we|I',
        // Version 24: "and that he expected a warm response" after a report.
        'and that he|she|they|we|I',
        'said|says|added|stated|explained|indicated he|she|it|they|we|I',
        'said|says|added|stated|explained|indicated that he|she|it|they|we|I',
        'said,|says,|added, however,|though,|also,|moreover,|nevertheless,|meanwhile, he|she|it|they|we|I',
      ],
      notAfter: 'to|of|from|nothing|no|more|less|much|better|it',
      note: 'A speaker\'s own forecast in reported speech (version 11), as "he said he believed": "the chairman said he expects sales to rise", "she said, however, it expects a loss"; not an intention ("said he expects to retire") nor "expects much of him".',
    },
    {
      cue: 'expect|anticipate',
      type: 'hedge',
      degree: 'medium',
      before: ['I|we', 'I|we do|also|still|now|fully'],
      notAfter: [
        'to|of|from|nothing|no|more|less|much|better|it|you|him|her|them|us|me',
        // Version 14: what is demanded of others, "We expect understanding and support".
        'understanding|support|cooperation|co-operation|compliance|loyalty|obedience|respect|payment|discipline|fairness|action|answers|results|everyone|everybody|all',
      ],
      note: 'The speaker\'s own forecast (version 11): "we expect rates to ease"; not an intention ("we expect to offer classes") nor a demand ("I expect you to be there", "we expect better").',
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
      notAfter: '*',
      note: 'Doubt whether something exists: "the damage, if any, was slight" (before punctuation); not a condition ("If any are left, …").',
    },
    {
      cue: 'few|little if any',
      type: 'vague-quantity',
      degree: 'medium',
      note: '"very few if any among them held slaves".',
    },
    {
      cue: 'if so',
      type: 'credibility',
      degree: 'medium',
      note: 'A condition on the truth of what was just said (annotation guidelines).',
    },
    // Verbs of appearance and belief.
    {
      cue: 'seem|seems|seemed|seeming',
      type: 'hedge',
      degree: 'medium',
      notBefore: causativeAppearance,
      note: 'Not a look given (version 13): "to make it seem easy".',
    },
    { cue: 'appear|appears|appeared to|that', type: 'hedge', degree: 'medium' },
    {
      cue: 'appear|appears|appeared',
      type: 'hedge',
      degree: 'medium',
      before: 'it|there|would',
      notBefore: ['as|what it', ...causativeAppearance],
      notAfter: 'in|on|at|before',
      note: '"It appears the plan failed", "there appeared little hope"; not "as it appeared in the opening scene".',
    },
    {
      cue: 'appear|appears|appeared',
      type: 'hedge',
      degree: 'medium',
      // Version 12: also a participle, "the strike appeared designed to avoid
      // casualties", "Moscow appeared determined".
      after: [appearanceAdjectives, '*ed'],
      notBefore: ['to', ...causativeAppearance],
      note: 'Appear with an adjective, as "seem": "the odds thus appear favorable", "this appears strange"; the other senses take a preposition or an adverb ("appeared in court", "appeared first in …"). Not after "to" (version 12): "the pair were not made to appear very interesting" is a look given, not an inference.',
    },
    {
      cue: 'it looks|looked|seems|seemed as if|though',
      type: 'hedge',
      degree: 'medium',
      note: '"It looks as if the men will meet the Bills".',
    },
    {
      cue: 'looks|look|looked|seems|seem|seemed like',
      type: 'hedge',
      degree: 'medium',
      before: ['viewed|seen from afar|afar, ...', 'viewed|seen from a|the distance|distance, ...'],
      note: 'An appearance from a distance: "Seen from afar, the league looks like a fortress"; "looks like" alone is left out ("it looks like rain", "she looks like her aunt").',
    },
    {
      cue: 'has|had|have the feeling|impression that',
      type: 'hedge',
      degree: 'medium',
      before: [
        'one|I|we|you|reader|listener|viewer',
        'one|I|we|you|reader|listener|viewer *ly|still|often|always|sometimes|soon',
      ],
      note: 'The writer\'s or a generic view: "One often has the feeling that the play is too long", "I had the impression that"; not a character\'s ("he had the feeling that"), which belongs to the narrative.',
    },
    {
      cue: 'get|gets|got|gotten|getting the feeling|impression|sense that',
      type: 'hedge',
      degree: 'medium',
      before: [
        'one|I|we|you|reader|listener|viewer',
        'one|I|we|you|reader|listener|viewer *ly|still|often|always|sometimes|soon',
        'one|I|we|you|reader|listener|viewer can|cannot|may|might|could',
      ],
      note: 'The same with "get" (version 13): "One gets the impression that the cast was tired".',
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
      notBefore: 'once|formerly|originally',
      notAfter:
        'by|in|at|on|for|during|today|yesterday|tonight|and|with|under|when|before|after|until|to|again|separately|first',
      note: 'A judgement held by unnamed others: "Skorich was considered the logical choice"; not deliberation ("the bill was considered in committee"), nor a view the text says is past ("a tonic once regarded as a cure").',
    },
    {
      cue: 'is|are|was|were seen|viewed|read|interpreted|perceived|construed as',
      type: 'hedge',
      degree: 'medium',
      confidence: 0.7,
      notBefore: 'once|formerly|originally',
      notAfter: 'soon|well|far|long|much|though|if|he|she|it|they|we|I|you',
      note: 'A construal by unnamed others, as "is regarded as": "the silence was read as consent", "the move is seen as a warning"; not a time ("was seen as he left") nor a view the text says is past ("was once seen as").',
    },
    { cue: 'is|are|was|were thought to', type: 'hedge', degree: 'medium' },
    {
      cue: 'is|are|was|were understood to',
      type: 'unclear-attribution',
      degree: 'medium',
      notAfter: 'mean|refer|include|cover|apply',
      note: 'Wire copy\'s unnamed source (version 11), as "is said to": "the bank is understood to be weighing a bid"; not what a word is taken to mean ("the term is understood to include …").',
    },
    {
      cue: 'is|are|was|were|widely tipped to|as|for',
      type: 'hedge',
      degree: 'medium',
      note: 'A forecast of the press (version 11): "she is tipped to succeed him".',
    },
    {
      cue: 'looks|look|looked|seems|seem|seemed set to|for',
      type: 'hedge',
      degree: 'medium',
      note: 'A forecast (version 11): "the pact looks set to collapse".',
    },
    {
      cue: 'is|are|was|were seen rising|falling|growing|declining|increasing|easing|reaching|at|around|near|above|below',
      type: 'hedge',
      degree: 'medium',
      notBefore: 'once|formerly|originally',
      note: 'A forecast of wire copy (version 10): "output is seen rising 3 pct", "the deficit was seen at 2 billion"; "seen as" is a construal, above.',
    },
    {
      cue: 'is|are|was|were put|pegged|projected at',
      type: 'hedge',
      degree: 'medium',
      notAfter: 'risk|ease|rest|stake|a|an|the|his|her|its|their|this|that|once|least|last|first',
      note: 'An estimate of wire copy (version 10): "losses were put at 2 mln dlrs", "the crop is pegged at 6 mln tonnes"; not "put at risk", "put at ease".',
    },
    {
      cue: `it is|was ${reportingParticiples}`,
      type: 'unclear-attribution',
      degree: 'medium',
      notAfter: reportingNotAfter,
      note: 'A source left unnamed, with or without "that": "it was testified", "It is understood the talks failed", "…, it was announced."; not "it was reported to the police" or "it was announced Monday by X" (an attribution).',
    },
    {
      cue: `it is|was ${reportingAdverbs} ${reportingParticiples}`,
      type: 'unclear-attribution',
      degree: 'medium',
      notAfter: reportingNotAfter,
      note: 'The same with an adverb: "It is now disclosed that the club owed rent", "it was also reported".',
    },
    {
      cue: `it has|had ${reportingAdverbs} been ${reportingParticiples}`,
      type: 'unclear-attribution',
      degree: 'medium',
      notAfter: reportingNotAfter,
      note: '"it has long been argued", "it had since been learned".',
    },
    {
      cue: 'it has|had been said|reported|suggested|alleged|claimed|charged|rumored|rumoured|learned|estimated|testified|announced|disclosed|revealed|stated|indicated|argued|noted|predicted',
      type: 'unclear-attribution',
      degree: 'medium',
      notAfter: reportingNotAfter,
    },
    {
      cue: 'am|are|was|were|been told',
      type: 'unclear-attribution',
      degree: 'medium',
      confidence: 0.7,
      before: ['I|we', 'I|we have|had', "I've|I’ve|we've|we’ve|I'd|I’d|we'd|we’d"],
      notAfter:
        'to|by|of|about|in|on|at|for|from|with|through|how|what|where|when|why|who|whom|whether|just|only|nothing|everything|again|not|never|so',
      note: 'Hearsay of the writer or the speaker whose source is not named: "we are told that …", "I was told that most Englishmen …", "I have been told"; not an order ("we are told to leave"), a by-agent, nor "we are told nothing".',
    },
    {
      cue: 'is|was|were|been told',
      type: 'unclear-attribution',
      degree: 'medium',
      confidence: 0.7,
      notBefore: ['which|that', 'as *'],
      after:
        'yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|earlier|recently|here',
      note: 'A report before it whose source is not named: "the commission was told Friday" (version 23: only with a time after it; "Ms Simonetti was told her suspension was a result of …", "staff were told the job losses were necessary" name the hearer, whom the news gold leaves unmarked); not an order ("were told to leave"), a story ("is told in restrained measures", "the tale which is told"), nor compliance ("did as he was told").',
    },
    {
      cue: 'led to believe|think|expect|suppose|assume|understand',
      type: 'unclear-attribution',
      degree: 'medium',
      note: 'A belief from an unnamed source: "we have been led to believe it was peculiar".',
    },
    {
      cue: 'reason|reasons to believe|think|suspect|expect|suppose|assume|fear|doubt',
      type: 'hedge',
      degree: 'medium',
      notBefore: 'no|every|little',
      note: '"There is reason to believe the change will be slow"; not the boosters "no reason to believe", "every reason to expect".',
    },
    {
      cue: 'promise|promises to be|become',
      type: 'hedge',
      degree: 'medium',
      notBefore: 'he|she|they|I|we|you|who',
      note: 'A prediction of a thing: "the expansion, which promises to be substantial"; not a person\'s promise ("they promise to be there").',
    },
    {
      cue: 'attributed|ascribed to',
      type: 'credibility',
      degree: 'medium',
      confidence: 0.7,
      notBefore: 'he|she|they|we|I|you|who|be',
      note: 'Authorship or cause by unnamed judgement: "a mantlepiece attributed to Samuel McIntyre", "has often been attributed to"; not a person\'s own attribution ("which he attributed to …") nor a prescription ("must be attributed to the fence").',
    },
    {
      cue: 'believed|thought|said|reported|rumored|rumoured|alleged|presumed|reputed|regarded|considered|feared|expected|anticipated|estimated',
      type: 'unclear-attribution',
      degree: 'medium',
      before: [
        'widely|generally|commonly|popularly|universally|reliably',
        'is|are|was|were|been|be|being long|often|usually|sometimes|also|still|now|privately|variously',
      ],
      notAfter: 'by|of',
      note: 'A judgement or report of unnamed many: "an instrument generally regarded as symphonic", "is now believed to have been caused", "as is commonly thought"; not "was once thought" (a view the text says is past).',
    },
    {
      cue: 'seen|viewed|perceived',
      type: 'unclear-attribution',
      degree: 'medium',
      before: 'widely|generally|commonly|popularly|universally',
      after: 'as',
      note: 'A construal of unnamed many (version 12): "the move is widely seen as a signal of easier policy"; not "commonly seen in lifters" (a sighting).',
    },
    {
      cue: 'supposed',
      type: 'credibility',
      degree: 'medium',
      before: 'the|a|an|his|her|its|their|our',
      note: 'The adjective: "the supposed stigma", "his supposed falsehoods"; not "is supposed to" (often an obligation).',
    },
    { cue: 'is|are|was|were said to', type: 'unclear-attribution', degree: 'medium' },
    {
      cue: 'is|are|was|were reported to',
      type: 'unclear-attribution',
      degree: 'medium',
      after: '*',
      notAfter:
        "police|the|a|an|his|her|their|its|our|my|your|this|that|these|those|officials|authorities|headquarters|work|duty|him|them|us|me|it|one|each|every|all|some|any|no|*'s",
      note: '"was reported to be in Moscow", "is reported to favor the bill" (version 12: any verb, not only "be", "have"); not "was reported to police", "reported to the board" (a report made to someone).',
    },
    {
      cue: 'is|are|was|were reported',
      type: 'unclear-attribution',
      degree: 'medium',
      // Version 14: a bill reported out of committee, "whatever is reported (by the
      // committee) will pass", is an event of procedure.
      notBefore: 'whatever|whichever|what|bill|bills|measure|legislation',
      notAfter: [
        'by|in|on|at|to|missing|killed|injured|stolen|today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|shortly|out|(by',
      ],
      note: '"are reported trying to …"; not "was reported by …", "was reported missing", "the fire was reported Monday" (the report as an event).',
    },
    {
      cue: 'reported|rumored|rumoured|feared|expected',
      type: 'unclear-attribution',
      degree: 'medium',
      confidence: 0.7,
      caseSensitive: true,
      notBefore: 'was|were|is|are|had|has|have|been|be|being',
      after:
        'The|A|An|Some|Two|Three|Four|Five|Many|Most|Several|In|At|On|His|Her|Their|Its|It|He|She|They|Mr.|Mrs.|Dr.',
      note: 'A headline without its copula, run into the next sentence: "Opposition reported Some leaders are …" (= is reported), "Increase expected The poll …"; not "Choice was expected" (a fulfilled expectation).',
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
        'the|at|amid|of|on|deny|denied|confirm|confirmed|despite|following|after|by|were|are|there|press|newspaper|media|unconfirmed|published|recent|earlier|persistent|widespread|weekend|market',
      note: 'The noun, not the verb: "denied the reports that …", "resentment at reports that …", "commenting on press reports that …" (version 11: press, newspaper, media, unconfirmed, published, recent, earlier, persistent, widespread, weekend, market).',
    },
    {
      cue: 'allegation|allegations that|of',
      type: 'credibility',
      degree: 'medium',
      note: 'As "alleged": "revive allegations that his followers used their offices".',
    },
    {
      cue: 'evidence|evidences of|that',
      type: 'hedge',
      degree: 'medium',
      confidence: 0.7,
      before: [
        'there is|was|are|were|be',
        'there has|have|had been',
        'there is|was|are|were|be some|occasional|growing|increasing|mounting|new|fresh|further|partial|indirect|circumstantial',
        'there has|have|had been some|occasional|growing|increasing|mounting|new|fresh|further|partial|indirect|circumstantial',
      ],
      note: 'Evidence short of proof, as "signs that": "there were evidences of strain", "there is some evidence that the cure works"; not "no", "little" (not known) nor "clear", "ample" evidence (boosters), nor evidence as a thing ("the evidence of the crime").',
    },
    {
      // Version 13: nouns of suspicion and supposition, "amid suspicions that",
      // "there is a widespread impression that".
      cue: 'fear|fears|expectations|expectation|sentiment|belief|hopes|worries|concern|concerns|talk|claims|suggestions|suspicion|suspicions|impression|feeling|assumption|speculations|theory|theories that',
      type: 'unclear-attribution',
      degree: 'medium',
      confidence: 0.7,
      before: [
        'there is|are|was|were',
        'there have|has|had been',
        'there is|are|was|were growing|mounting|widespread|increasing|rising|renewed|general|some|strong|persistent',
        'there have|has|had been growing|mounting|widespread|increasing|rising|renewed|general|some|strong|persistent',
        'amid|growing|mounting|widespread|increasing|rising|renewed|general|persistent|market|fuelled|fueled|fuelling|fueling|boosted|revived|reviving|raised|raising|heightened|dampened',
        // Version 14: a market moved by a belief, "shares fell on fears that rates would rise".
        'on|over|by',
        'amid|boosted|revived|raised|heightened|fuelled|fueled the|growing|mounting|widespread|increasing|rising|renewed|general|market',
        'amid|boosted|revived|raised|heightened|fuelled|fueled the growing|mounting|widespread|increasing|rising|renewed|general|market',
      ],
      note: 'A belief or fear held by unnamed many (version 11), as "speculation that": "there were fears that the strike could spread", "amid growing expectations that rates will fall", "the figures revived sentiment that"; not a named holder\'s ("the minister\'s fears that": an attribution) nor after other words.',
    },
    {
      cue: 'talk of',
      type: 'unclear-attribution',
      degree: 'medium',
      confidence: 0.7,
      before: [
        'there is|are|was|were|has|had',
        'there has|had been',
        'amid|market|renewed|growing|persistent|widespread|fresh|revived|dismissed|denied|fuelled|fueled',
        'amid|denied|dismissed|fuelled|fueled market|renewed|growing|persistent|widespread|fresh',
      ],
      note: 'Unconfirmed talk (version 11): "amid market talk of a merger", "There was talk of a strike"; not "small talk of", "to talk of" (the verb).',
    },
    {
      cue: 'signs that',
      type: 'hedge',
      degree: 'medium',
      confidence: 0.7,
      notBefore: [
        'sure|clear|unmistakable|certain|no|any|little|without|slightest',
        'no|any|little|without *',
      ],
      note: 'Evidence short of proof: "there are signs that the roles are being reversed"; not "a sure sign that", nor evidence denied ("no signs that", version 12).',
    },
    {
      cue: 'rumors|rumours|rumor|rumour of',
      type: 'unclear-attribution',
      degree: 'medium',
      note: '"rumors of permanent separation".',
    },
    {
      cue: 'reports|rumors|rumours',
      type: 'unclear-attribution',
      degree: 'medium',
      before: ['according to', 'according to unconfirmed|press|newspaper|published|some'],
      note: 'Unnamed reports as the source: "according to reports, the pact was signed".',
    },
    {
      cue: 'reports of',
      type: 'unclear-attribution',
      degree: 'medium',
      before:
        'amid|despite|following|after|heard|hear|were|are|there|said|says|on|denied|denies|dismissed|dismisses|citing|cited|unconfirmed|persistent|widespread|conflicting|newspaper|press|radio|television|agency|media|diplomatic|intelligence|eyewitness|witness|news|earlier|initial|first|early|latest|recent|several|numerous|sketchy|fragmentary|unofficial',
      note: 'Reports as unconfirmed news: "there were reports of a collection", "had heard reports of jury-tampering"; not documents ("the annual reports of the company").',
    },
    {
      cue: 'reports|rumors|rumours say|said|says|indicate|indicated|suggest|suggested|put|puts|placed',
      type: 'unclear-attribution',
      degree: 'medium',
      notBefore: "*'s|his|her|their|its|our|my|your|annual|official|quarterly|these|those",
      note: 'Reports as the unnamed source of a clause: "Some reports say he was rescued".',
    },
    {
      cue: 'reports|rumors|rumours are|were',
      type: 'unclear-attribution',
      degree: 'medium',
      after: 'that',
      note: '"Reports are that …"; not "reading reports were handled".',
    },
    {
      cue: 'speculated|speculation',
      type: 'hedge',
      degree: 'medium',
      confidence: 0.7,
      // Version 14: speculation as trading ("heavy speculation in the yen",
      // "currency speculation") is an activity, not a rumour.
      notBefore:
        'heavy|currency|land|property|stock|commodity|futures|exchange|excessive|rampant|wild|speculative',
      notAfter: 'in|against|by',
      note: 'A rumour or conjecture ("bid speculation lifted the shares"); not trading (version 14: "heavy speculation in the yen", "currency speculation", "speculation against the franc").',
    },
    {
      cue: 'speculate|speculates|speculating that',
      type: 'hedge',
      degree: 'medium',
      confidence: 0.7,
      note: 'Version 11: "traders continued to speculate that the ban would be lifted"; not "speculate on / about" (no claim).',
    },
    {
      cue: 'EXPECTED|LIKELY|UNLIKELY|SEEN TO',
      type: 'hedge',
      degree: 'medium',
      caseSensitive: true,
      note: 'A forecast in an all-capitals headline (version 10): "FARM GROWTH EXPECTED TO SLOW".',
    },
    {
      cue: 'SEEN',
      type: 'hedge',
      degree: 'medium',
      caseSensitive: true,
      after:
        'RISING|FALLING|GROWING|DECLINING|INCREASING|EASING|SLOWING|SLIPPING|REACHING|TOPPING|EXCEEDING|RECOVERING|IMPROVING|AT|AROUND|NEAR|ABOVE|BELOW|UP|DOWN|HIGHER|LOWER|STEADY|FIRM|FIRMER|WEAK|WEAKER|STRONG|STRONGER|STABLE|UNCHANGED|FLAT',
      note: 'A forecast in an all-capitals headline (version 11), as "is seen rising": "OUTPUT SEEN RISING 3 PCT", "GROWTH SEEN AT TWO PCT"; not "SEEN AS" (a construal).',
    },
    {
      cue: 'MAY|MIGHT|COULD',
      type: 'hedge',
      degree: 'medium',
      caseSensitive: true,
      after:
        'HAVE|BE|BUY|SELL|CUT|RAISE|SEEK|CLOSE|MERGE|ELIMINATE|REDUCE|FACE|LOSE|POST|REPORT|DELAY|RESUME|TOP|EXCEED|END|OFFER|RISE|FALL|DROP|JOIN|GET|TAKE|MAKE|NEED|NOT|LIFT|EASE|HIT|ACQUIRE|BID|SPLIT|STRIKE|QUIT|RESIGN|FAIL|WIN|SHUT|BAN|BOOST|SLOW|HALT|STOP|APPROVE|REJECT',
      note: 'A modal in an all-capitals headline of wire copy (version 10): "ACME MAY HAVE LOWER 1ST QTR NET", "COST REVIEW MAY ELIMINATE PRODUCTS"; the month ("EXPORTS ROSE IN MAY") has no verb in capitals after it.',
    },
    {
      cue: 'surmise|surmised|conjecture|conjectured|conjectural|putative|putatively',
      type: 'hedge',
      degree: 'medium',
    },
    {
      cue: 'odds favor|favors|favored|favour|favours|are|were',
      type: 'hedge',
      degree: 'low',
      before: 'the',
      note: 'A likelihood: "The odds favor a special session".',
    },
    { cue: 'in all probability', type: 'hedge', degree: 'low' },
    {
      cue: "is|are|isn’t|isn't expected",
      type: 'hedge',
      degree: 'low',
      notAfter: 'by|of|from|that',
      note: 'A prediction: "is expected to …", "is expected back by March 31"; not "as was expected of him".',
    },
    {
      cue: "can|cannot|can't|can’t be expected",
      type: 'hedge',
      degree: 'low',
      notAfter: 'of|from',
      note: 'A prediction: "increasing opposition can be expected in coming weeks", "a conditioner can be expected to last 20 years".',
    },
    {
      cue: 'is|are not expected',
      type: 'hedge',
      degree: 'low',
      notAfter: 'by|of|from|that',
      note: 'A prediction too: "Barnett is not expected to withstand the pressure".',
    },
    {
      cue: 'is|are anticipated',
      type: 'hedge',
      degree: 'low',
      notAfter: 'by',
      note: 'As "is expected": "large crowds are anticipated for both games".',
    },
    {
      cue: 'forecast|predicted',
      type: 'hedge',
      degree: 'low',
      before: ['is|are|was|were', 'is|are|was|were officially|now|generally|widely'],
      notAfter: 'by',
      note: 'A prediction with its source unnamed: "farm output is officially forecast at 129%", "the economy that is predicted for 1970".',
    },
    {
      cue: 'expected to',
      type: 'hedge',
      degree: 'low',
      before: '*s',
      notBefore: 'is|was|has|always|he|she|it|they|we|I|you|who|this|his|its|us',
      note: 'A reduced relative after a plural noun: "with receipts expected to be above 1960".',
    },
    {
      cue: 'expected|anticipated',
      type: 'hedge',
      degree: 'low',
      before: ['*,', 'with *', 'with * *', 'with * * *'],
      after:
        'in|by|later|next|soon|early|late|within|around|before|shortly|this|on|at|sometime|some|to',
      note: 'A reduced relative after a comma or "with" (version 11): "the vote, expected in late May, …", "a ruling, expected by June", "with a decision expected next week"; the event is predicted.',
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
      notBefore: ['no|any|little|without|slightest', 'no|any|little|without *'],
      note: 'Not evidence denied (version 12): "they have given no indication that they would join", "without any indication that".',
    },
    {
      cue: 'indications:|indication:',
      type: 'hedge',
      degree: 'medium',
      confidence: 0.75,
      note: 'The evidential noun as a label before its clause: "Indication: coal sales are rising" (= "this indicates that").',
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
    {
      cue: 'suggest|suggests|suggested that',
      type: 'hedge',
      degree: 'medium',
      // Version 14: after a verb of trying or going on, "suggest" is a speech act of
      // its subject ("the journals never ceased to suggest that"), not an inference.
      notBefore:
        'ceased|cease|ceases|continued|continue|continues|tried|try|tries|went|go|goes|wanted|want|wants|dared|dare|hastened|refused|declined|began|begin|begun|sought|seek|attempted|attempt|hesitate|hesitated|bold|quick|first|like|wish|wished to',
      note: 'An inference ("the figures suggest that"); not a proposal or claim after a verb of trying or going on ("never ceased to suggest that", "hastened to suggest that"; version 14), an attribution of its subject.',
    },
    { cue: 'indicated|indicates that', type: 'hedge', degree: 'low' },
    // What is not known.
    { cue: 'unclear', type: 'incompleteness', degree: 'high' },
    { cue: 'not clear', type: 'incompleteness', degree: 'high' },
    { cue: 'uncertain|uncertainty', type: 'incompleteness', degree: 'high' },
    { cue: 'not known', type: 'incompleteness', degree: 'high' },
    {
      cue: 'not fully|entirely|completely|wholly|precisely|exactly known',
      type: 'incompleteness',
      degree: 'high',
      note: 'An adverb inside "not known": "the cause of the fire is not fully known".',
    },
    {
      cue: 'not immediately clear|known|confirmed',
      type: 'incompleteness',
      degree: 'high',
      note: 'Wire copy\'s what is not yet known (version 10): "it was not immediately clear whether the talks would resume"; not "not yet available" (a fact).',
    },
    { cue: 'not yet clear|known', type: 'incompleteness', degree: 'high' },
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
    {
      cue: 'in question',
      type: 'incompleteness',
      degree: 'high',
      before: 'is|are|was|were|remain|remains|remained|still|now|be|been',
      notBefore: 'what|which|that is|are|was|were',
      note: 'Predicative, as "in doubt" (version 11): "the viability of the mine is in question"; not "the plant in question" (the one meant) nor "what is in question is whether" (at issue).',
    },
    {
      // Version 17: "tough" and "call" ("It's hard to call", "tough to say").
      cue: 'difficult|hard|impossible|tough to say|tell|know|determine|predict|foresee|forecast|gauge|quantify|estimate|assess|judge|call',
      type: 'incompleteness',
      degree: 'high',
      before: [
        "is|was|be|been|it’s|it's",
        "is|was|be|been|it’s|it's very|quite|extremely|rather|often|always",
      ],
      notAfter: 'him|her|them|it|apart|on|off|up|back|for|me|us|you',
      note: 'What cannot be known: "It is hard to say what the vote means", "it was difficult to tell who won"; not "hard to tell them apart" (a difficulty of telling things apart).',
    },
    {
      cue: 'too early|soon to say|tell|know|judge|project|predict|assess|forecast|determine|speculate|comment|conclude|gauge|quantify|foresee',
      type: 'incompleteness',
      degree: 'high',
      note: '"It is too early to say whether the cure works".',
    },
    { cue: 'unknown', type: 'incompleteness', degree: 'high' },
    {
      cue: 'no way of knowing|telling|verifying|confirming|determining|checking',
      type: 'incompleteness',
      degree: 'high',
      note: 'What cannot be known (version 11): "there was no way of verifying the toll".',
    },
    {
      cue: 'no way to know|tell|verify|confirm|determine|check',
      type: 'incompleteness',
      degree: 'high',
      note: '"there is no way to verify the claim".',
    },
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
      cue: 'yet to be determined|confirmed|established|verified|identified|known|disclosed',
      type: 'incompleteness',
      degree: 'high',
      note: '"The cause has yet to be determined".',
    },
    {
      cue: 'not yet determined|confirmed|established|verified|identified|known|disclosed',
      type: 'incompleteness',
      degree: 'high',
      note: '"The date is not yet known".',
    },
    {
      cue: 'not yet been determined|confirmed|established|verified|identified|disclosed',
      type: 'incompleteness',
      degree: 'high',
    },
    {
      cue: 'question|questions|doubt|doubts as to whether|how|what|which|when|who|why|if',
      type: 'incompleteness',
      degree: 'high',
      notBefore: ['no', 'no *', 'without', 'beyond'],
      note: 'Version 10 added the other questions: "there is still some doubt as to how much is left"; not "no question as to what it means".',
    },
    { cue: 'doubtful|doubt|doubts whether|if', type: 'incompleteness', degree: 'high' },
    {
      cue: 'doubtful|questionable|debatable|problematical',
      type: 'incompleteness',
      degree: 'high',
      before:
        'is|was|are|were|be|been|remains|remained|seems|seemed|very|highly|extremely|more|most|equally|so|still',
      notAfter: 'about|of',
      note: 'Predicative: "it is doubtful that …", "Kelsey is very doubtful for the game", "that is questionable"; not the attributive evaluation ("questionable evidence") nor a person\'s doubt ("were doubtful about the merits").',
    },
    {
      cue: 'undetermined',
      type: 'incompleteness',
      degree: 'medium',
      note: 'Version 12 took out "unspecified", and with it the same kind, "undisclosed" and "unidentified": "damages in an unspecified amount", "for undisclosed terms", "unidentified gunmen" leave a thing unnamed, no claim uncertain (two newswire rounds marked no "unspecified").',
    },
    // Estimates.
    {
      cue: 'estimated|estimate|estimates|estimating',
      type: 'hedge',
      degree: 'low',
      confidence: 0.8,
      notBefore: [
        'of|school',
        // Version 13: the budget as a document, "the government's spending estimates
        // released this week", "the Supplementary Estimates".
        'spending|budget|budgetary|expenditure|supplementary|main|revised|departmental',
      ],
      note: 'Not the name "Board of Estimate", nor the budget as a document ("the spending estimates released this week").',
    },
    { cue: 'approximately|roughly', type: 'vague-quantity', degree: 'low' },
    // Approximators of quantities that are no numeral (numerals get theirs with the
    // figure: "nearly 10%"), and approximators after a stated value.
    {
      cue: 'nearly|almost|virtually|practically',
      type: 'vague-quantity',
      degree: 'low',
      notBefore: 'not|as',
      after: [
        'all|every|everyone|everybody|everything|each|none|nobody|nothing|twice|double|triple',
        'no *',
        'as large|big|great|many|much|long|high|far|old|wide|tall|heavy|numerous|small|few|little|low|deep|large',
        // Version 13: an approximated rate or count, "an almost daily occurrence",
        // "a virtually unanimous vote" ("almost always", "almost entirely" are
        // degree words, which the gold leaves unmarked).
        'daily|weekly|monthly|nightly|hourly|yearly|annual|unanimous|unanimously',
      ],
      note: 'An approximated quantifier or size: "nearly all the ferries", "almost no rain", "a lake nearly as large as a county"; not a degree ("almost impossible", "almost in tears"), nor "not nearly as" (a denial) or "as nearly as possible".',
    },
    {
      cue: 'about|roughly|approximately|around equal|equivalent to|with',
      type: 'vague-quantity',
      degree: 'low',
      note: 'An approximate equality (version 11): "reserves about equal to two months of imports".',
    },
    {
      cue: 'at least in part',
      type: 'hedge',
      degree: 'low',
      note: 'A claim limited to a part (version 11): "the fall stemmed at least in part from the strike".',
    },
    {
      cue: 'at least partly|partially',
      type: 'hedge',
      degree: 'low',
      note: '"the board came round at least partly to the plan".',
    },
    {
      cue: 'at least some|twice|double',
      type: 'vague-quantity',
      degree: 'low',
      note: 'A bound on a quantity that is no numeral (version 11): "at least some of the loans", "at least twice as large".',
    },
    {
      cue: 'or thereabouts',
      type: 'vague-quantity',
      degree: 'low',
      note: '"a fee of $40 or thereabouts".',
    },
    {
      cue: 'or close|near to that|it|this|them',
      type: 'vague-quantity',
      degree: 'low',
      note: 'An approximator after a stated value: "rents rose 3 per cent, or close to that".',
    },
    {
      cue: 'or very|quite|fairly close to that|it|this|them',
      type: 'vague-quantity',
      degree: 'low',
    },
    { cue: 'or nearly|almost so', type: 'vague-quantity', degree: 'low' },
    {
      cue: 'close to|to, or|and beyond|above|over|past|exceeding|below|under',
      type: 'vague-quantity',
      degree: 'low',
      note: 'An approximate bound coordinated with another: "receipts have climbed close to, or beyond, the cost of upkeep".',
    },
    // Version 12, written on newswire (round-9 Reuters stories and the development
    // misses); each class with its inflections and usual frames.
    //
    // What cannot yet be said: "it would be premature to speculate", "it is still
    // early to say" (as "too early to say").
    {
      cue: 'premature to say|tell|know|judge|project|predict|assess|forecast|determine|speculate|comment|conclude|gauge|quantify|foresee|draw',
      type: 'incompleteness',
      degree: 'high',
      note: 'What cannot yet be said (version 12): "it would be premature to speculate on the outcome"; as "too early to say".',
    },
    {
      cue: 'early to say|tell|know|judge|predict|assess|forecast|speculate|comment|conclude',
      type: 'incompleteness',
      degree: 'high',
      before: 'still|very|rather|quite|fairly|somewhat',
      note: '"it is still early to say whether the cuts will hold" (version 12).',
    },
    // Not knowing what will happen: the speaker cannot foresee an outcome.
    {
      cue: 'could|can not predict|foresee|forecast|quantify|gauge',
      type: 'incompleteness',
      degree: 'high',
      notBefore: 'who|which|that|no one|nobody|anyone',
      note: 'What a speaker cannot foresee (version 12): "the company said it could not predict the outcome", "we cannot forecast prices"; the cue spans the negation.',
    },
    {
      cue: "cannot|couldn't|can't|couldn’t|can’t predict|foresee|forecast|quantify|gauge",
      type: 'incompleteness',
      degree: 'high',
      notBefore: 'who|which|that',
    },
    {
      cue: 'unable to predict|foresee|forecast|quantify|gauge|estimate|determine|say|tell',
      type: 'incompleteness',
      degree: 'high',
      notAfter: 'him|her|them|us|me|anyone|anything|no|goodbye',
      note: '"officials were unable to say when the line would reopen", "unable to estimate the damage" (version 12).',
    },
    {
      cue: 'could|can not say|tell',
      type: 'incompleteness',
      degree: 'high',
      after: 'whether|when|how|if|what|which|who|why|where|exactly|precisely|yet',
      note: 'Not knowing (version 12): "he could not say when talks would resume"; not "would not say" (a refusal) nor "could not say no".',
    },
    {
      cue: "cannot|couldn't|can't|couldn’t|can’t say|tell",
      type: 'incompleteness',
      degree: 'high',
      after: 'whether|when|how|if|what|which|who|why|where|exactly|precisely|yet',
    },
    // The speaker's own belief, negated: "I do not think it will be a big issue"
    // softens as "I think" does (version 12).
    {
      cue: 'I|we do|did|would not think|believe|suppose|imagine',
      type: 'hedge',
      degree: 'medium',
      notAfter: 'of|about|in|much|highly|twice|straight|clearly|so',
      note: 'The speaker\'s own belief, negated (version 12): "I do not think it will be a big issue", "we don\'t believe the cut will last"; not "I do not believe in miracles" (a faith) nor "I don\'t think of it".',
    },
    {
      cue: "I|we don't|didn't|wouldn't|don’t|didn’t|wouldn’t think|believe|suppose|imagine",
      type: 'hedge',
      degree: 'medium',
      notAfter: 'of|about|in|much|highly|twice|straight|clearly|so',
    },
    {
      cue: "I|we do|did not|don't|didn't|don’t|didn’t expect|anticipate|foresee",
      type: 'hedge',
      degree: 'medium',
      notAfter: 'to|of|from|much|you|him|her|them|us|me|anything|better',
      note: 'The speaker\'s own forecast, negated (version 12): "we do not expect any change in policy"; not an intention ("we do not expect to sell") nor a demand.',
    },
    {
      cue: 'do|did|does not expect|anticipate|foresee',
      type: 'hedge',
      degree: 'medium',
      before: 'said|says|added|stated|explained|indicated he|she|it|they|we|I',
      notAfter: 'to|of|about|in|from|much',
      note: 'The same in reported speech (negated "think", "believe" are in the entry of "said he believed"): "the minister said he did not expect prices to fall".',
    },
    // A possible thing: the attributive "potential", as "possible" ("the potential
    // impact", "a potential buyer").
    {
      cue: 'potential',
      type: 'hedge',
      degree: 'high',
      confidence: 0.7,
      after: '*',
      notAfter:
        'twice|thrice|#|here|there|now|then|alone|itself|also|still|of|for|to|as|is|was|are|were|and|or|in|that|which|energy|energies|difference|differences|gradient|gradients|function|functions|has|had|will|would|could|should|may|might|can|the|a|an|by|with|on|at|from|remains|exists|lies|buyers|buyer|bidders|bidder|suitors|suitor|acquirers|acquirer|investors|investor|customers|customer|clients|client|partners|partner|purchasers|purchaser|candidates|candidate|users|user|members|recruits|competitors|competitor|rivals|entrants|lenders|sellers|employers|students|voters|readers|audience|audiences|market|markets',
      notBefore: [
        'full|future|earning|earnings|growth|great|enormous|huge|vast|real|untapped',
        'its|their|his|her|the full|future',
      ],
      note: 'The attributive adjective (version 12), as "possible": "their potential impact on the bank", "a potential conflict"; not the noun ("its full potential", "the potential of the market", "growth potential"), nor before people or a market ("potential buyers", "the potential market": prospective customers, which the gold leaves unmarked).',
    },
    // Approximators of a multiplication: "more than double", "almost tripled",
    // "about halved" (the multiplier is no figure; the approximator is the hedge).
    ...[
      'more|less than',
      'close to',
      'well|just over|under',
      'almost|nearly|roughly|about|approximately|around|virtually|practically',
    ].map((cue) => ({
      cue,
      type: 'vague-quantity' as const,
      degree: 'low' as const,
      notBefore: 'not|as|bring|brings|brought|bringing|come|comes|came|talk|talked|worry|worried',
      after:
        'double|doubled|doubles|doubling|triple|tripled|triples|tripling|treble|trebled|trebling|quadruple|quadrupled|quadrupling|halve|halved|halves|halving|twice|threefold|fourfold|fivefold|tenfold|twofold',
      note: 'An approximate multiplication (version 12): "will more than double the range", "volume almost tripled", "profits about halved".',
    })),
    // "at least" and "at most" as bounds on a span of time or a part that is no
    // numeral (numerals get theirs with the figure).
    {
      cue: 'at least|most',
      type: 'vague-quantity',
      degree: 'low',
      after: [
        'the next|coming|first|rest|end|remainder|balance|start|beginning|middle|bulk|majority|level|minimum|size',
        'until|till|through|throughout|into|half|another|several|once|partly|partially',
        'for the next|coming|rest|remainder|first|duration|life',
      ],
      note: 'A bound on a time or a part (version 12): "growth of 20 pct a month for at least the next year", "at least until June", "at least half the staff", "at least a year"; not the concessive "at least he tried".',
    },
    {
      cue: 'at least|most',
      type: 'vague-quantity',
      degree: 'low',
      after:
        'a|an year|month|week|day|decade|quarter|third|half|dozen|few|couple|while|fortnight|season|century',
    },
    {
      cue: 'at least|most',
      type: 'vague-quantity',
      degree: 'low',
      after: [
        'a|an portion|part|share|fraction|proportion|majority|minority|handful|percentage|bit|little|measure|degree|modicum|number|tenth|fifth|sixth|slice|chunk|segment',
        'a|an small|large|substantial|significant|sizeable|sizable|modest|good|major|minor|big portion|part|share|fraction|proportion|majority|minority|percentage|number|slice|chunk|segment',
      ],
      note: 'A bound on a part that is no numeral (version 17), as "at least half": "to sell at least a portion of its stake", "at least a small share of the market".',
    },
    ...['for now', 'for the moment', 'for the time being'].map((cue) => ({
      cue,
      type: 'hedge' as const,
      degree: 'low' as const,
      before: 'at least',
      note: 'A claim held only for now (version 12): "the plan is shelved, at least for now".',
    })),
    {
      cue: 'no|not less|more|fewer than',
      type: 'vague-quantity',
      degree: 'low',
      after: [
        'the minimum|maximum|level|amount|number|equivalent|limit|value|cost|price|rate|sum',
        'the * minimum|maximum|level|amount|number|equivalent|limit',
        'half|twice|double|one-third|one-half|two-thirds',
        'a third|quarter|half',
      ],
      note: 'A bound on a quantity that is no numeral (version 12): "to reduce the shares bought to no less than the minimum number needed".',
    },
    // Bounds on a date: "on or before September 15", "no later than March 31",
    // "by June at the latest".
    {
      cue: 'on or before|after|about|around',
      type: 'vague-quantity',
      degree: 'low',
      note: 'A bound on a date (version 12): "the plants close on or before September 15".',
    },
    {
      cue: 'no|not later|earlier than',
      type: 'vague-quantity',
      degree: 'low',
      note: '"the report is due no later than March 31" (version 12).',
    },
    {
      cue: 'at the latest|earliest',
      type: 'vague-quantity',
      degree: 'low',
      notAfter: 'possible|practicable|convenient|opportunity|moment|date|time|stage',
      note: '"a decision is due by June at the latest" (version 12).',
    },
    {
      cue: 'as early as',
      type: 'hedge',
      degree: 'medium',
      after: [
        'next|tomorrow|tonight|later',
        'this|the coming week|month|year|weekend|spring|summer|autumn|fall|winter|quarter',
      ],
      notBefore: 'as',
      note: 'A possible date (version 12): "the vote could come as early as next week"; not a date of the past ("as early as the fall of 1954"), so only words of the future follow.',
    },
    // A predicted event in a reduced relative without a comma: "a meeting expected
    // in May", "the ruling anticipated later this week".
    {
      cue: 'expected|anticipated',
      type: 'hedge',
      degree: 'low',
      before: '*',
      notBefore:
        'had|has|have|was|were|is|are|be|been|being|he|she|it|they|we|I|you|who|which|that|than|as|analysts|economists|traders|dealers|officials|experts|observers|also|not|had|widely|generally',
      after: [
        'in|by early|late|mid|the|this|next|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|coming',
        'later|next|soon|shortly|early|late|within|around|sometime|tomorrow',
      ],
      note: 'A predicted event in a reduced relative without a comma (version 12), as "the vote, expected in May": "shareholders vote at a meeting expected in May"; not "analysts had expected in May" nor "higher than expected in March".',
    },
    // Forecasts in the past tense of reported speech: "further growth was expected",
    // "a decision was expected next week"; the subject is a quantity or a change, or a
    // time follows, so the expectation is of the future, not one that was met.
    {
      cue: 'was|were expected',
      type: 'hedge',
      degree: 'low',
      before:
        'growth|increase|increases|rise|rises|decline|declines|improvement|recovery|fall|falls|drop|gain|gains|loss|losses|demand|profit|profits|earnings|sales|output|production|prices|rates|deficit|surplus|volume|turnover|slowdown|upturn|downturn|rebound|cut|cuts|change|changes',
      notAfter: 'to|by|of|from|and|as|than',
      note: 'A forecast of a quantity in reported speech (version 12): "he said further rapid growth was expected"; the reported expectation of a change, not "as was expected" nor "the decline was expected by analysts" (an attribution).',
    },
    {
      cue: 'was|were expected',
      type: 'hedge',
      degree: 'low',
      after: [
        'later|next|soon|shortly|tomorrow|within|sometime|early|late',
        'in the|this coming|next|second|third|fourth|first|final|near',
        'in early|late|mid|mid-*|january|february|march|april|may|june|july|august|september|october|november|december|the',
        'by the end|middle|close|weekend|summer|autumn|spring|winter',
        'on monday|tuesday|wednesday|thursday|friday|saturday|sunday',
        'this|around|about|before|until week|month|year|weekend|quarter|spring|summer|autumn|fall|winter|morning|afternoon|evening|time|then|mid-*|midday|noon',
      ],
      note: 'An expected event with its time (version 12): "a decision was expected later this week", "the ship was expected in port on Monday".',
    },
    // A possibility under a condition: "West Germany could cut rates again if the
    // United States acts", "the deal could collapse unless …".
    {
      cue: 'could',
      type: 'hedge',
      degree: 'high',
      confidence: 0.75,
      notBefore: [...purposeClause, ...mannerQuestion, ...relativeClause, 'I|you|we|what|who'],
      after: '* ... if|unless',
      notAfter: [
        'not|only|never|hardly|scarcely|barely|even|do|afford|see|tell|hear|feel|imagine|help|go|come|get|find|make|think|say|write|read|speak|play|work|live|stay|run|walk|sleep|eat|bear|stand|possibly|' +
          // Version 14: a right under a condition, "an industry could charge foreign
          // producers with dumping if they sell below cost" (permission).
          'charge|sue|file|seek|petition|appeal|request|claim|borrow|choose|opt|elect|vote|qualify|invoke|exercise|deduct|recover|tender|convert|redeem',
      ],
      note: 'A possibility under a condition (version 12): "West Germany could cut rates again if the United States makes a similar move"; not an ability ("could do better if", "could see if") nor the speaker\'s or addressee\'s own deed ("we could meet if").',
    },
    // Version 12, from the misses of round 10 (reut2-021), after the round-9 rules
    // were measured on it.
    //
    // A forecast in an all-capitals headline with any participle: "ATTACK SEEN
    // POINTING UP DILEMMAS", "PRICES SEEN HOLDING".
    {
      cue: 'SEEN',
      type: 'hedge',
      degree: 'medium',
      caseSensitive: true,
      after: '*ING',
      note: 'A forecast in an all-capitals headline with any participle (version 12): "ATTACK SEEN POINTING UP DILEMMAS"; the participle in capitals after "SEEN" marks the headline.',
    },
    // An unnamed report in an all-capitals headline, the copula left out: "MANILA
    // SAID TO OFFER DEBT BONDS", "BANK REPORTED TO WEIGH BID".
    {
      cue: 'SAID|REPORTED|BELIEVED|THOUGHT|RUMOURED|RUMORED|FEARED|TIPPED|UNDERSTOOD TO',
      type: 'unclear-attribution',
      degree: 'medium',
      caseSensitive: true,
      note: 'As "is said to" in a headline (version 12): "MANILA SAID TO OFFER DEBT BONDS TO BANKS".',
    },
    // Evidential verbs in an all-capitals headline: "TARGET INDICATES 1987 OUTPUT".
    {
      cue: 'INDICATES|INDICATE|SUGGESTS|SUGGEST|SIGNALS|SIGNAL',
      type: 'hedge',
      degree: 'medium',
      caseSensitive: true,
      note: 'An inference in an all-capitals headline (version 12), as "indicates that": "SOVIET TARGET INDICATES LOWER CROP".',
    },
    {
      cue: 'indicate|indicating that',
      type: 'hedge',
      degree: 'low',
      note: 'The other forms of "indicates that" (version 12): "the targets indicate that the crop is smaller".',
    },
    // The question left open: "the question was whether Iran would retaliate".
    {
      cue: 'the|a|one question|issue|uncertainty is|was|remains|remained whether|if',
      type: 'incompleteness',
      degree: 'high',
      note: 'An open question stated as such (version 12): "the question was whether Iran would consider the matter closed", as "doubt as to whether".',
    },
    {
      cue: 'the|a|one question|issue|uncertainty now|still is|was|remains whether|if',
      type: 'incompleteness',
      degree: 'high',
    },
    // An earlier report with its source unnamed: "As previously disclosed, the
    // company made the filings".
    {
      cue: 'as previously|earlier|already|first|recently reported|disclosed|announced',
      type: 'unclear-attribution',
      degree: 'medium',
      notAfter: 'by|in|to',
      note: 'A report referred to without its source (version 12): "As previously disclosed, Acme made the necessary filings", "as earlier reported"; not "as reported by the agency" (an attribution), nor the writer\'s own "as already noted", "as previously stated" (a reference back in the text).',
    },
    // Approximate equality: "retained at about the same level", "roughly in line".
    {
      cue: 'about|roughly|approximately|around|nearly|almost|virtually|practically|broadly',
      type: 'vague-quantity',
      degree: 'low',
      after: ['the same', 'in line', 'unchanged|level|equal|flat|steady|stable'],
      notBefore: 'not|talk|talked|talking|bring|brought|worry|worried|just',
      note: 'An approximate equality (version 12): "debt should be kept at about the same level", "prices were roughly in line", "output was virtually unchanged"; as "about equal to". Not the degree words "largely", "essentially" ("largely the same qualities"), which the guidelines leave out.',
    },
    // An expected ability: "the country should then be able to keep reserves".
    {
      cue: 'should',
      type: 'hedge',
      degree: 'medium',
      notBefore: [
        'if|though|although|lest|that|one|you',
        'if|though|although|lest *',
        'if|though|although|lest * *',
      ],
      after: 'then|still|also|soon|eventually|now|thus|therefore be able to',
      note: 'An expectation of ability (version 12): "the country should then be able to keep reserves equal to three months of imports"; not a condition ("if it should be able to"). Without the adverb only after a subject that is no person (next entry): "the reader should be able to follow" is a norm.',
    },
    {
      cue: 'should be able to',
      type: 'hedge',
      degree: 'medium',
      before:
        'it|this|we|country|company|economy|industry|market|markets|bank|banks|group|firm|government|sector|plant|mine|output|production|exports|we|*ion|*ment|*ity',
    },
    // A forecast or estimate in progress by its maker: "USDA is projecting the crop
    // at 210 mln tonnes".
    {
      cue: 'projecting|forecasting|estimating',
      type: 'hedge',
      degree: 'low',
      before: [
        'is|are|was|were|been|now|also|currently',
        'is|are|was|were|been now|also|currently|still',
      ],
      note: 'An estimate in the progressive (version 12), as "estimates": "the department is projecting the crop at 210 mln tonnes"; not "projecting beams".',
    },
    // A belief in a reduced clause: "the tanker, also believed struck by a missile".
    {
      cue: 'believed|feared|presumed',
      type: 'hedge',
      degree: 'medium',
      notBefore: 'I|we|he|she|they|who|you|it|had|have|has',
      after:
        '*ed|dead|lost|missing|struck|hit|sunk|shot|held|stolen|taken|drowned|killed|destroyed|hidden|trapped|buried|drawn|thrown|broken|beaten|caught',
      note: 'An unattributed belief in a reduced clause (version 12): "the Sungari, also believed struck by a missile", "two crew feared drowned"; as "is believed dead".',
    },
    // An adverbial inside "is thought to": "was thought at one stage to have been".
    {
      cue: 'is|are|was|were thought|believed|said|understood|rumoured|rumored',
      type: 'unclear-attribution',
      degree: 'medium',
      notBefore: 'once|formerly|originally',
      after: '*{1,4} to',
      notAfter: [
        'by ...',
        'about|of|that|with|so|then|before|after|when|something|anything|nothing|it|this',
      ],
      note: 'The unnamed-source report with an adverbial inside (version 12): "an attack which was thought at one stage to have been against the launchers", "is said in some quarters to favour"; not "was said by the minister to" (an attribution).',
    },
    // A possibility left open, with no agent's decision in it: "a strike cannot be
    // ruled out". (The active "the bank has not ruled out action" is a policy
    // statement: the round-8 gold leaves it out.)
    {
      cue: 'not be|been ruled out',
      type: 'hedge',
      degree: 'medium',
      note: 'A possibility left open (version 12): "a strike could not be ruled out", "a merger has not been ruled out"; the active "has not ruled out action" (a policy) is not listed.',
    },
    {
      cue: 'cannot be ruled out',
      type: 'hedge',
      degree: 'medium',
    },
    // The writer's generic view: "One senses that the cast was tired".
    {
      cue: 'feels|senses',
      type: 'hedge',
      degree: 'medium',
      before: ['one', 'one often|sometimes|still|somehow|nevertheless|also'],
      after: 'that|he|she|it|they|there|this|the|a',
      notAfter: [
        'the|a need|urge|pull|weight|loss|absence|presence|lack|want',
        'it|this in|on|at|with|deeply|keenly|strongly',
      ],
      note: 'The writer\'s view through the generic "one" (version 12), as "one suspects": "one feels that the second act drags", "one senses the author was hurried"; not "one feels the need" (a feeling).',
    },
    // Inference from evidence named as the subject: "the figures suggest the
    // economy is slowing", "the data point to slower growth".
    {
      cue: 'suggest|suggests|suggested',
      type: 'hedge',
      degree: 'medium',
      before: [evidenceNouns, `${evidenceNouns} also|now|still|clearly|strongly`],
      notAfter: [
        'that|a|an|no|nothing|some|any|ways|measures|steps',
        'the need|use|adoption|creation|introduction',
      ],
      note: 'An inference from evidence as subject, without "that" (version 12; "suggest that" is an entry of its own): "the figures suggest the economy is slowing"; not a proposal ("the study suggested a reform", "the results suggest the need for …").',
    },
    {
      cue: 'point|points|pointed to',
      type: 'hedge',
      degree: 'medium',
      before: [evidenceNouns, `${evidenceNouns} also|now|still|clearly|strongly`],
      note: 'The same (version 12): "the data point to slower growth", "most evidence points to a fire"; not "pointed out".',
    },
    // A forecast in the passive with an infinitive: "sales are projected to grow".
    {
      cue: 'is|are|was|were projected|predicted to',
      type: 'hedge',
      degree: 'low',
      note: 'As "is forecast to" (version 12): "sales are projected to grow 4 pct".',
    },
    {
      cue: 'is|are|was|were seen',
      type: 'hedge',
      degree: 'medium',
      after:
        'steady|firm|firmer|weak|weaker|strong|stronger|stable|unchanged|flat|higher|lower|easier|tight|tighter|ample|scarce|bullish|bearish',
      notBefore: 'once|formerly|originally',
      note: 'A forecast with an adjective (version 12), as "SEEN FIRM" in a headline: "demand is seen weak", "prices are seen firm next week".',
    },
    {
      cue: 'is|are seen',
      type: 'hedge',
      degree: 'medium',
      after: '*ing',
      notAfter: 'nothing|something|anything|everything|being|during',
      note: 'A forecast of wire copy with any participle (version 12), as "is seen rising": "the accord is seen boosting exports"; the past "was seen leaving" is mostly a sighting and is not listed.',
    },
    // A risk as a possibility: "there is a risk that inflation will accelerate".
    {
      cue: 'risk|risks|danger that',
      type: 'hedge',
      degree: 'medium',
      confidence: 0.75,
      notBefore:
        'increase|increases|increased|reduce|reduces|reduced|raise|raises|raised|lower|lowers|lowered|minimize|minimizes|minimized|cut|cuts|eliminate|eliminates|eliminated the',
      before: [
        'a|the|some|real|serious|growing|grave|considerable|clear|big|great|high',
        'there is|was|are|were',
      ],
      notAfter: 'has|have|had|is|was|are|were|threatens|threaten|confronts|lies|lay|faces|faced',
      note: 'A possibility named as a risk (version 12), as "chance that": "there is a risk that inflation will accelerate", "the danger that the talks collapse"; not a relative clause ("a danger that has existed", "the dangers that threaten"), nor "no risk that".',
    },
    {
      cue: 'chances of',
      type: 'hedge',
      degree: 'medium',
      confidence: 0.75,
      notBefore:
        'increase|increases|increased|improve|improves|improved|reduce|reduces|reduced|raise|raises|raised|lower|lowers|lowered|minimize|minimizes|minimized|boost|boosts|boosted|hurt|hurts|spoil|spoiled the|their|its|his|her|our|any',
      note: 'A likelihood (version 12): "the chances of a settlement appear slim"; the singular "chance of" is mostly an opportunity ("the only chance of escape") and is not listed.',
    },
    // Beliefs and reports of unnamed others with an infinitive, as "believed to":
    // "the ship is feared to have sunk", "the firm is rumoured to be bidding".
    {
      cue: 'is|are|was|were feared|presumed|rumored|rumoured|alleged|reputed|suspected|reckoned|estimated to',
      type: 'unclear-attribution',
      degree: 'medium',
      note: 'Version 12: "the ship is feared to have sunk", "he is alleged to have taken bribes", "the stake is reckoned to be worth 2 mln dlrs".',
    },
    // Estimates in the British "reckon": "officials reckon the damage at 5 mln".
    {
      cue: 'reckon|reckons|reckoned',
      type: 'hedge',
      degree: 'low',
      notAfter: 'with|without|on|up|among|as|by',
      note: 'An estimate or belief (version 12): "the price is reckoned at 2 mln dlrs", "dealers reckon the bank will act"; not "a force to be reckoned with".',
    },
    // Appearances to the ear and in general: "the score sounds as though it was
    // written in haste", "the book gives the impression of haste".
    {
      cue: 'sounds|sounded|sound as if|though',
      type: 'hedge',
      degree: 'medium',
      note: 'As "looks as if" (version 12): "the score sounds as though it was written in haste".',
    },
    {
      cue: 'give|gives|gave|giving the impression that|of',
      type: 'hedge',
      degree: 'medium',
      note: 'An appearance (version 12): "the novel gives the impression of having been written quickly".',
    },
    {
      cue: 'strikes|struck me|us as',
      type: 'hedge',
      degree: 'medium',
      note: 'The writer\'s own impression (version 12): "the tempo struck me as hurried".',
    },
    // Sources left vague, inference from a sign, a reservation.
    {
      cue: 'by all|most|some|many accounts',
      type: 'unclear-attribution',
      degree: 'medium',
      note: 'Version 12: "the vote will be close, by all accounts".',
    },
    {
      cue: 'to judge|judging by|from',
      type: 'hedge',
      degree: 'medium',
      note: 'An inference from a sign (version 12): "To judge by the applause, the audience liked it", "judging from the figures".',
    },
    {
      cue: 'as it were',
      type: 'hedge',
      degree: 'medium',
      note: 'A reservation on the wording (Hyland; version 12): "played the slow movement, as it were, in a whisper".',
    },
    {
      cue: 'if anything,',
      type: 'hedge',
      degree: 'medium',
      before: '*,',
      note: 'A reservation set off by commas (version 12): "the new version is, if anything, weaker"; not the condition "if anything goes wrong".',
    },
    {
      cue: 'wonders|wondered whether|if',
      type: 'hedge',
      degree: 'medium',
      before: 'one',
      note: 'The writer\'s doubt through the generic "one" (version 12): "one wonders whether the council read the report".',
    },
    {
      cue: 'wonder whether',
      type: 'hedge',
      degree: 'medium',
      before: ['I|we', 'I|we do|still|sometimes|rather'],
      note: '"I wonder whether the cuts will hold" (version 12); not "I wonder if you could help" (a request: "if" is left out).',
    },
    // What is not known, named as such: "remains an open question", "anybody's
    // guess", "the motive remains a mystery".
    {
      cue: 'an open question',
      type: 'incompleteness',
      degree: 'high',
      note: 'Version 12: "whether the plan will work remains an open question".',
    },
    {
      cue: 'open to question|doubt|debate',
      type: 'incompleteness',
      degree: 'high',
      note: '"it is open to question whether the law is needed" (version 12).',
    },
    {
      cue: "anybody's|anyone's|anybody’s|anyone’s guess",
      type: 'incompleteness',
      degree: 'high',
      note: '"It is anybody\'s guess what will happen next" (version 12).',
    },
    {
      cue: 'remains|remained|remain a mystery|obscure|unexplained|unsolved|unresolved',
      type: 'incompleteness',
      degree: 'high',
      note: '"the cause of the blast remains a mystery" (version 12).',
    },
    {
      cue: 'at best',
      type: 'hedge',
      degree: 'medium',
      // Version 13: not right after a verb of appearance, which is the cue ("seems,
      // at best, superfluous").
      notBefore: 'seem,|seems,|seemed,|appear,|appears,|appeared,',
      note: 'A claim limited to its upper bound (version 12): "the figures are at best approximate", "at best a truce".',
    },
    // Reservations of the writer, from Hyland's hedges: "we fear that", "if we read
    // the signs correctly", "nobody can be sure". ("not necessarily" was tried and
    // left out: the Brown gold leaves it unmarked in editorials and reviews.)
    {
      cue: 'fear',
      type: 'hedge',
      degree: 'medium',
      before: ['I|we', 'I|we do|still|rather|greatly|very|much'],
      after: 'that|it|he|she|they|this|there|we|the|a|an|our|his|their|its',
      notAfter: ['the worst', 'for|nothing|no|not|him|her|them|god|of'],
      note: 'The writer\'s own apprehension of what is likely (version 12): "We fear that the council has acted too late"; not "we fear for the miners" nor "I fear nothing".',
    },
    {
      cue: 'if I|we read|understand',
      type: 'hedge',
      degree: 'medium',
      after: '*{0,3} correctly|rightly|aright',
      note: 'A hedging formula (version 12): "If we read the signs correctly, the tide is turning".',
    },
    {
      cue: 'can|could be sure|certain',
      type: 'incompleteness',
      degree: 'high',
      before: ['nobody', 'no one', 'none of us'],
      note: '"Nobody can be sure what the Russians intend" (version 12).',
    },
    // An unnamed report or belief in a reduced clause after a comma: "the tanker,
    // thought to be carrying crude, was hit" (as "believed to").
    {
      cue: 'thought|said|reported|rumoured|rumored|feared|presumed|understood|reputed|alleged|estimated to',
      type: 'unclear-attribution',
      degree: 'medium',
      before: ['*,', '*, also|widely|now'],
      note: 'Version 12: "the tanker, thought to be carrying crude, was hit", "the plant, said to be the largest in Europe, …".',
    },
    // Idioms of likelihood and of what is undecided: "a cut is on the cards", "the
    // fate of the plant hangs in the balance", "too close to call".
    {
      cue: 'on|in the cards',
      type: 'hedge',
      degree: 'medium',
      before:
        'is|are|was|were|be|been|seems|seemed|looks|looked|appears|appeared|remains|still|now|firmly|not',
      note: 'A likelihood (version 12): "a cut in rates is on the cards".',
    },
    {
      cue: 'in the balance',
      type: 'incompleteness',
      degree: 'high',
      before: 'hang|hangs|hung|hanging|is|are|was|were|remains|remained|left|lies|lay|still|now',
      note: 'What is undecided (version 12): "the fate of the plant hangs in the balance".',
    },
    {
      cue: 'too close to call',
      type: 'incompleteness',
      degree: 'high',
      note: '"The vote is too close to call" (version 12).',
    },
    // Reputed and purported claims: "the movement is supposed to be a lament",
    // "the book purports to be a history", "would have us believe".
    {
      cue: 'is|are|was|were supposed to',
      type: 'credibility',
      degree: 'medium',
      after:
        'have *ed|been|said|made|written|taken|given|left|seen|done|come|gone|known|had|found|lost|won|told|sent|built|begun|run|spent|paid|thrown|drawn|struck|fought|sung|spoken|brought|bought|caught|held|met',
      note: 'A reputed event of the past (version 12): "the patriarch is supposed to have burned the scriptures", "he is supposed to have said"; not the obligation or norm "is supposed to be at work", "was supposed to be a priest", "what a fighter is supposed to have" (no participle), which are the more frequent.',
    },
    {
      cue: 'purport|purports|purporting to',
      type: 'credibility',
      degree: 'medium',
      note: '"the book purports to be a history of the town" (version 12), as "purported".',
    },
    {
      cue: 'would have us|you|me believe',
      type: 'credibility',
      degree: 'medium',
      note: 'A claim put in doubt (version 12): "the critic would have us believe that the war was an accident".',
    },
    // The writer's generic conjecture and guesses: "One would think the council had
    // learned", "It is to be feared that", "A good guess is that", "The
    // probability is that".
    {
      cue: 'would think|suppose|imagine|expect|guess',
      type: 'hedge',
      degree: 'medium',
      before: 'one|One',
      notAfter: 'to|of|about',
      note: 'The generic "one" as the writer (version 12): "One would think the council had learned its lesson".',
    },
    {
      cue: 'it is|was to be feared',
      type: 'hedge',
      degree: 'medium',
      note: '"It is to be feared that the strike will spread" (version 12).',
    },
    {
      cue: 'a|my|our good|fair|safe|reasonable|educated guess is|was',
      type: 'hedge',
      degree: 'medium',
      note: '"A good guess is that the bill will die in committee" (version 12), as "my guess is".',
    },
    {
      cue: 'the probability is|was that',
      type: 'hedge',
      degree: 'low',
      note: '"The probability is that rates will rise" (version 12); "the probability of" in a calculation is left out.',
    },
    // The speaker's own view and doubt in quoted speech.
    {
      cue: 'my|our feeling|sense|impression|hunch|belief|view is|was',
      type: 'hedge',
      degree: 'medium',
      notAfter: 'of|about|on',
      note: 'The speaker\'s own view (version 12), as "my guess is": "My feeling is that the dollar will fall".',
    },
    {
      cue: "I|we wouldn't|wouldn’t be surprised if|to",
      type: 'hedge',
      degree: 'medium',
      note: 'A hedging formula (version 12): "I wouldn\'t be surprised if rates went up".',
    },
    {
      cue: 'I|we would not be surprised if|to',
      type: 'hedge',
      degree: 'medium',
    },
    {
      cue: 'not convinced|persuaded',
      type: 'incompleteness',
      degree: 'high',
      before: ["I'm|I’m|we're|we’re", 'I|we am|are|was|were'],
      note: 'The speaker\'s own doubt (version 12): "I\'m not convinced the cut will help" ("not sure" is an entry of its own); a third person\'s doubt is an attribution.',
    },
    {
      cue: 'say|tell|know for sure|certain',
      type: 'incompleteness',
      degree: 'high',
      before: [
        "can't|cannot|couldn't|can’t|couldn’t|don't|don’t|didn't|didn’t|nobody|one",
        'could|can|do|did not',
        'no one',
      ],
      note: 'Not knowing for sure (version 12): "We can\'t say for sure", "nobody can tell for certain".',
    },
    {
      cue: 'nobody really knows|knew',
      type: 'incompleteness',
      degree: 'high',
      note: '"Nobody really knows what will happen" (version 12).',
    },
    {
      cue: 'no one really knows|knew',
      type: 'incompleteness',
      degree: 'high',
    },
    {
      cue: 'Who knows',
      type: 'incompleteness',
      degree: 'high',
      caseSensitive: true,
      after: 'what|whether|how|when|if|where|why|which',
      note: 'A rhetorical question of not knowing (version 12): "Who knows what the Fed will do"; lower-case "who knows" is mostly a relative clause ("the man who knows what to do").',
    },
    // A good chance: "There's a good chance the strike will end soon", "Chances
    // are the talks will fail".
    {
      cue: 'chance|chances',
      type: 'hedge',
      degree: 'medium',
      confidence: 0.75,
      before: 'good|fair|real|strong|slim|small|outside|reasonable|excellent|even|remote|little',
      after: '*',
      notAfter: 'to|of|for|at|in|and|or|with|that',
      note: 'A likelihood with its size (version 12): "there\'s a good chance the strike will end soon"; not an opportunity ("a good chance to win", "a fair chance at the title") ("chance that" is an entry of its own).',
    },
    {
      cue: 'chance|chances of',
      type: 'hedge',
      degree: 'medium',
      confidence: 0.75,
      before:
        'little|slim|small|good|fair|real|some|every|remote|outside|even|high|low|better|best',
      note: 'A likelihood with its size (version 12): "analysts see little chance of a cut", "a good chance of rain"; not "no chance of passage" (an impossibility asserted, left unmarked in the Brown gold), nor the opportunity "the only chance of escape".',
    },
    {
      cue: 'Chances|chances are',
      type: 'hedge',
      degree: 'medium',
      caseSensitive: true,
      after: 'that|the|he|she|it|they|we|you|this|there|good|slim|high|low',
      notBefore: 'his|her|their|its|our|my|your|the',
      note: '"Chances are the talks will fail" (version 12); not "his chances are slim" as a topic (a possessive before it).',
    },
    // An expected effect of a measure, or an expected change of a market quantity,
    // named as the subject: "the Paris agreement should help in this respect",
    // "prices should stabilise".
    {
      cue: 'should',
      type: 'hedge',
      degree: 'medium',
      before: `${marketNouns}|${measureNouns}`,
      notBefore: notDemandedOrSupposed,
      after: expectedChange,
      note: 'An expected effect of a measure, or an expected change of a market quantity (version 12), as "should have an effect": "the Paris agreement should help in this respect", "the tax cuts should encourage hiring", "prices should stabilise around current levels", "demand should be higher"; after such a noun only, since "the government should ease curbs" is a demand, and not in a mandative clause ("it is vital that the program should help") nor a condition ("if trade should be resumed").',
    },
    // Rough magnitudes: "rates hit triple figures", "double-digit inflation".
    {
      cue: 'single|double|triple|treble figures|digits|figure|digit',
      type: 'vague-quantity',
      degree: 'medium',
      note: 'A vague magnitude (version 12): "overnight rates hit triple figures", "inflation in double digits".',
    },
    {
      cue: 'single-digit|double-digit|triple-digit|single-figure|double-figure|triple-figure',
      type: 'vague-quantity',
      degree: 'medium',
      note: '"double-digit inflation" (version 12).',
    },
    // "could" of possibility after the subject it mostly has in reportage: a
    // thing, an abstract noun or a market quantity ("escalation could work against
    // Tehran", "the crop could match the record"), not a person (ability).
    {
      cue: 'could',
      type: 'hedge',
      degree: 'high',
      confidence: 0.75,
      caseSensitive: true,
      before: [
        '*ion|*ions|*ment|*ments|*ity|*ities|*ness|*ance|*ances|*ence|*ences|*ure|*ures|*ing|*ings|*ism',
        'This|this|crop|harvest|output|demand|supply|sales|earnings|profits|losses|deficit|surplus|price|prices|rate|rates|market|markets|economy|growth|war|strike|talks|pact|accord|deal|plan|move|rule|bill|law|tax|dispute|shortage|total|dollar|yen|currency|cut|cuts|rise|increase|fall|drop|decline|change|changes|measures|policy|shares|stocks|volume|trade|exports|imports|debt|reserves|costs|spending|inflation|unemployment|weather|drought|fighting|attack|conflict|crisis|situation|problem|issue|sector|industry',
        // Version 14: every market quantity and measure of the "should" entries, and
        // more things that happen or are decided: "the sale could fetch 100 mln dlrs".
        `${marketNouns}|${measureNouns}|offer|bid|takeover|project|plant|ruling|vote|election|ban|tariff|tariffs|quota|quotas|embargo|sanctions|proposal|proposals|venture|figure|figures|amount|sum|gains|damage|problems|negotiations|shortfall|glut|slump|recession|boom|rally|losses|loss`,
      ],
      notBefore: [
        ...purposeClause,
        ...mannerQuestion,
        ...relativeClause,
        'nothing|city|community|university|authority|authorities|majority|minority|commission|administration|association|corporation|organization|organisation|nation|nations|union|federation|delegation|opposition|population|institution|foundation|government|management|agency|presidency|legislature|leadership|company|companies|committee|parliament|congress|ministry|bank|banks',
      ],
      after: '*',
      notAfter:
        'not|never|hardly|scarcely|barely|only|ever|also|still|even|easily|readily|sometimes|best|be|have|see|hear|feel|afford|read|write|tell|say|do|get|detect|we|I|you|he|she|they|it|' +
        // Version 14: a right given by a rule ("for the first time an industry
        // could charge foreign producers with dumping"): permission, not possibility.
        'charge|sue|file|seek|petition|apply|appeal|request|claim|borrow|choose|opt|elect|vote|qualify|invoke|exercise|negotiate|compete|deduct|recover',
      note: 'Possibility after a thing as subject (version 12): "further escalation could work against Tehran", "the 1987 crop could match the record", "this could spell trouble"; a person as subject ("he could hire", "the buff could hardly ask for more") is left out, mostly ability. "could be", "could have" have their own entries.',
    },
    // Version 13, from the misses of round 12 (Brown editorials and reviews), by
    // class: each family with its inflections and usual frames.
    //
    // The speaker's own belief in the past tense and with more verbs: "we felt this
    // was no function of ours", "I always thought the plan unwise", "I presume".
    {
      cue: 'thought|believed|suspected|supposed|guessed|doubted|reckoned',
      type: 'hedge',
      degree: 'medium',
      after: '*',
      notBefore: beliefNotAsserted,
      before: [
        'I|we',
        'I|we always|still|also|really|honestly|personally|strongly|rather|then|certainly|had|have|frankly',
        'I|we had|have always|long|all|rather',
      ],
      notAfter:
        'of|about|up|out|over|through|back|so|nothing|better|worse|for|like|sorry|good|bad|fine|great|ill|well|guilty|sure|certain|confident|compelled|obliged|bound|differently|otherwise|aloud|hard|twice|to|at|in|on|*ly|him|her|them|me|us|you',
      note: 'The writer\'s or speaker\'s own belief, past (version 13), as "I think": "I always thought the plan unwise", "we suspected the count was low"; not a thought of something ("I thought of home"), an intention ("we thought to leave"), nor a thought quoted after a comma or a colon ("I thought: why not?").',
    },
    {
      cue: 'felt|assumed|presumed',
      type: 'hedge',
      degree: 'medium',
      before: [
        'I|we',
        'I|we always|still|also|really|honestly|personally|strongly|rather|then|certainly|had|have|frankly',
        'I|we had|have always|long|all|rather',
      ],
      after: [
        'that',
        "it|this|there|he|she|they|we|I|these|those|such|nothing|something|everything|everyone|nobody|somebody|someone was|is|were|are|would|will|had|has|could|might|should|must|did|does|ought|can|may|wasn’t|wasn't|isn’t|isn't|wouldn’t|wouldn't",
        "the|a|an|his|her|their|its|our|my|this|that|these|those|such|some|no|every|any|most * was|is|were|are|would|will|had|has|could|might|should|must|did|does|ought|can|may|wasn’t|wasn't|isn’t|isn't|wouldn’t|wouldn't",
      ],
      note: 'A belief, past (version 13): "we felt this was not a function of our office", "We had assumed that the board would act"; not a feeling ("I felt lonely", "we felt the ground shake") nor a task taken on ("we assumed leadership"): a clause must follow.',
    },
    {
      cue: 'reckon|presume',
      type: 'hedge',
      degree: 'medium',
      before: ['I|we', 'I|we still|also|do|really|honestly|personally|rather'],
      notAfter: 'on|with|upon|without|to',
      note: '"I reckon the price will hold", "I presume the owners knew" (version 13); not "we reckon with", "I presume to say".',
    },
    // The speaker's understanding or memory as a limit: "As we understand, the
    // order went to every county", "as I recall".
    {
      cue: 'as I|we understand|recall|remember|recollect|gather',
      type: 'hedge',
      degree: 'medium',
      notBefore: 'just|exactly|such|so|same|even|much|well|quite',
      notAfter: 'the|them|him|her|this|that|these|those|a|an|its|their|his|our|my|your|such|it',
      note: 'The speaker\'s own understanding or memory (version 13), as "as I understand it": "As we understand, this directive was given to all counties", "as I recall"; not a comparison ("the house is just as I remember it") nor a manner ("virtue as we understand the word").',
    },
    {
      cue: "as far as I'm|I’m concerned",
      type: 'hedge',
      degree: 'medium',
      note: 'A view limited to the speaker (version 13).',
    },
    { cue: 'as far as I am concerned', type: 'hedge', degree: 'medium' },
    // Markers of a personal view (Hyland): "from my point of view", "to my way of
    // thinking", "in my estimation".
    {
      cue: 'from my|our point of view',
      type: 'hedge',
      degree: 'medium',
      note: 'A view limited to the speaker (version 13), as "in my opinion": "It is simple enough from my point of view"; "from the point of view of the farmer" names a perspective, not the speaker\'s.',
    },
    { cue: 'from my|our standpoint|perspective|viewpoint', type: 'hedge', degree: 'medium' },
    { cue: 'from my|our vantage point', type: 'hedge', degree: 'medium' },
    { cue: 'to my|our way of thinking', type: 'hedge', degree: 'medium' },
    { cue: 'in my|our estimation', type: 'hedge', degree: 'medium' },
    {
      cue: 'in my|our humble|own|considered opinion|view|judgment|judgement',
      type: 'hedge',
      degree: 'medium',
    },
    {
      cue: 'my|our own view|opinion|feeling|belief|impression|guess|sense is|was',
      type: 'hedge',
      degree: 'medium',
    },
    { cue: 'the way I|we see it', type: 'hedge', degree: 'medium' },
    { cue: 'if you ask me', type: 'hedge', degree: 'medium' },
    // What the writer cannot take for known: "we cannot assume that he has used
    // his whole stock", "I can't be sure", "no one can tell what".
    {
      cue: "cannot|can't|can’t assume|presume",
      type: 'incompleteness',
      degree: 'high',
      note: 'A limit of what the writer knows (version 13): "we cannot assume that he has exploded his entire stock".',
    },
    {
      cue: 'can not assume|presume',
      type: 'incompleteness',
      degree: 'high',
    },
    {
      cue: "cannot|can't|can’t|couldn't|couldn’t be sure|certain",
      type: 'incompleteness',
      degree: 'high',
      notAfter: 'to|of|enough',
      note: '"I can\'t be sure the count is right" (version 13); not "you can\'t be sure to win".',
    },
    {
      cue: 'can|could not be sure|certain',
      type: 'incompleteness',
      degree: 'high',
      notAfter: 'to|of|enough',
    },
    {
      cue: "cannot|can't|can’t|couldn't|couldn’t know|tell|say|predict|foresee",
      type: 'incompleteness',
      degree: 'high',
      after: 'whether|if|what|how|when|where|who|why|which',
      notAfter: 'how to',
      note: 'What cannot be known (version 13), as "could not say when": "we cannot know whether the tests will resume", "I can\'t tell what he meant"; not "cannot tell how to" (ability).',
    },
    {
      cue: 'nobody can|could say|tell|know|predict|foresee',
      type: 'incompleteness',
      degree: 'high',
      note: '"Nobody can say when the line will reopen" (version 13).',
    },
    {
      cue: 'no one can|could say|tell|know|predict|foresee',
      type: 'incompleteness',
      degree: 'high',
    },
    // A judgement of unnamed many, as "it is widely believed": "It is generally
    // conceded that the air force is the best in Asia".
    {
      cue: 'it is|was generally|widely|commonly|often|usually|sometimes|frequently|increasingly|popularly conceded|accepted|acknowledged|recognized|recognised|agreed|held|assumed|supposed|suggested',
      type: 'unclear-attribution',
      degree: 'medium',
      notAfter: reportingNotAfter,
      note: 'Consensus of unnamed others (version 13): "It is generally conceded that the Formosan air force is the best"; without the adverb, "it was agreed that the talks resume" reports a decision.',
    },
    {
      cue: 'it has|had generally|widely|commonly|often|long|now been conceded|accepted|acknowledged|recognized|recognised|agreed|held|assumed|supposed|suggested',
      type: 'unclear-attribution',
      degree: 'medium',
      notAfter: reportingNotAfter,
    },
    {
      cue: 'is|are|was|were generally|widely|commonly|popularly conceded|accepted|acknowledged|recognized|recognised|agreed|held|assumed|supposed',
      type: 'unclear-attribution',
      degree: 'medium',
      after: 'to|as|that',
      notAfter: 'to the|a|an|his|her|their|its|our|my',
      note: '"the plan is widely acknowledged to be sound", "is generally accepted as the best" (version 13); not "was generally accepted by the board".',
    },
    // An open question raised: "the question arises, On whose side would they
    // fight?", "raises the question whether", "there is some doubt about".
    {
      cue: 'question|questions arises|arise|arose|remains|remain|remained',
      type: 'incompleteness',
      degree: 'high',
      before:
        'the|a|one|another|this|that|further|serious|real|obvious|basic|larger|bigger|fundamental|crucial|key|big|open|next|same|inevitable|unanswered',
      notAfter: 'of who|which|what',
      note: 'An open question stated as such (version 13), as "the question is whether": "the question arises, on whose side would the army fight?".',
    },
    {
      cue: 'raise|raises|raised|raising the|a|serious|some|real|new|further question|questions|doubt|doubts whether|if|how|why',
      type: 'incompleteness',
      degree: 'high',
    },
    {
      cue: 'raise|raises|raised|raising the|a|serious|some|real|new|further question|questions|doubt|doubts of|about|over whether|if|how|why',
      type: 'incompleteness',
      degree: 'high',
    },
    {
      cue: 'raise|raises|raised|raising questions|doubts whether|if|how|why',
      type: 'incompleteness',
      degree: 'high',
      note: '"The delay raised doubts whether the dam is safe" (version 13).',
    },
    {
      cue: 'raise|raises|raised|raising questions|doubts about|over whether|if|how|why',
      type: 'incompleteness',
      degree: 'high',
    },
    {
      cue: 'some|considerable|serious|grave|real|growing|lingering|widespread|much doubt|doubts|question|questions about|over whether|if|how|why',
      type: 'incompleteness',
      degree: 'high',
      note: '"There is some doubt about whether the pact will hold" (version 13).',
    },
    {
      cue: 'some|considerable|serious|grave|real|growing|lingering|widespread|much doubt|doubts|question|questions whether|if',
      type: 'incompleteness',
      degree: 'high',
    },
    {
      cue: 'cast|casts|casting doubt|doubts on|upon|over',
      type: 'incompleteness',
      degree: 'high',
      note: '"The figures cast doubt on the forecast" (version 13).',
    },
    // An unnamed report with the copula left out, as a headline in lower case:
    // "Soviets said to fear resurgence of militarism".
    {
      cue: 'said|reported|rumored|rumoured|understood|thought to',
      type: 'unclear-attribution',
      degree: 'medium',
      notBefore:
        'be|been|being|is|are|was|were|am|he|she|I|we|they|you|who|which|that|and|had|has|have|then|also|just|it|what|as|never|not|once|long|widely|generally|commonly|often|still|now|always|*ly',
      after:
        'be|have|fear|favor|favour|plan|want|oppose|support|back|prefer|own|hold|control|consider|seek|include|involve|number|total|cost|exceed|face|contain|carry|possess|lead|head|run|know|like|admire|resent|distrust|owe|earn|weigh|mull|eye|expect|represent|account|employ|lie|live|hide|harbor|harbour|command|enjoy|lack|need|hold',
      note: 'As "is said to" with the copula left out (version 13), as in a headline: "Soviets said to fear resurgence of militarism", "Bank reported to weigh bid"; not "he said to wait" (an instruction) nor "said to the press" (no verb after "to").',
    },
    // Appearance by sound (Hyland's "sounds like"): "He sounds like a man who waits
    // until the last minute".
    {
      cue: 'sounds|sounded like',
      type: 'hedge',
      degree: 'medium',
      notBefore:
        'that|which|what|the|a|an|these|those|such|other|strange|odd|low|high|loud|soft|faint|little|*ing|*y',
      note: 'An impression (version 13), as "seems like": "Mr. Hough sounds like a business man who waits"; not the noun ("strange sounds like cats"); "looks like" stays out (mostly a likeness).',
    },
    {
      cue: 'sound like',
      type: 'hedge',
      degree: 'medium',
      before: 'would|may|might|could|does|do|did|you|they|to|not|must',
      note: '"It may sound like a small matter" (version 13); not the noun ("a sound like a muffler").',
    },
    // An expected sufficiency or ease: "the fall-out should be sufficient to still
    // those voices", "it should be possible to finish by May".
    {
      cue: 'should',
      type: 'hedge',
      degree: 'medium',
      notBefore: [
        'if|though|although|lest|that|one|you|we|he|she|they|i',
        'if|though|although|lest *',
        'if|though|although|lest * *',
        mandative,
      ],
      after: [
        'be sufficient|enough|adequate|ample|plenty|possible|feasible|easy|simple',
        'be no|little problem|problems|trouble|difficulty',
        'be more|quite|fully|easily|amply than|sufficient|enough|adequate',
        'suffice',
      ],
      note: 'An expected sufficiency (version 13), as "should be ready": "the fall-outs should be sufficient to still the voices", "that should suffice"; not a duty ("you should be …") nor a mandative clause.',
    },
    // Approximation by "say" before a number: "Say four million.", "a fee of, say,
    // 20 dollars", "let's say 50".
    {
      cue: 'Say',
      type: 'vague-quantity',
      degree: 'medium',
      caseSensitive: true,
      after: '#',
      note: 'A number given as an example or guess (version 13): "The estimates vary. Say four million."',
    },
    {
      cue: 'say,',
      type: 'vague-quantity',
      degree: 'medium',
      after: ['#', 'about|around|roughly|some #'],
      note: '"a fee of, say, 20 dollars" (version 13).',
    },
    {
      cue: 'say',
      type: 'vague-quantity',
      degree: 'medium',
      before: "let's|let’s|let us",
      after: '#',
    },
    // A condition on the truth of a report: "If this was in fact his intention",
    // "if the reports are true", "assuming the figures are right".
    {
      cue: 'if',
      type: 'credibility',
      degree: 'medium',
      after: [
        'this|that|it|such|these|those is|was|be|were|are in fact',
        'this|that|it|such|these|those is|was|be|were|are indeed|true|correct|accurate|so',
        'this|that|it|such is|was|be|were the case',
        'this|that|it|such is|was|be|were indeed|really|actually the case|so|true',
        'the|these|those|such report|reports|rumor|rumors|rumour|rumours|story|stories|account|accounts|figures|claims|allegations *{0,2} is|are|was|were|be|prove|proves|proved true|correct|accurate|right|confirmed|well-founded',
      ],
      notBefore: [
        'asked|ask|asks|asking|wondered|wonder|wonders|know|knew|see|tell|check|checked|doubt|doubted',
        'asked|ask|asks|asking|wondered|wonder|wonders|know|knew|see|tell|check|checked|doubt|doubted *',
      ],
      note: 'A condition on truth (version 13), as "if true", "if so": "If this was in fact the author\'s intention", "if the reports are true"; a condition on an event ("if it rains") is none, nor a question ("I asked him if it was true").',
    },
    {
      cue: 'assuming|supposing',
      type: 'credibility',
      degree: 'medium',
      after: 'that|the|these|this *{0,3} is|are|was|were true|correct|accurate|right',
      note: '"assuming the figures are correct" (version 13).',
    },
    // Litotes of likelihood: "it is not impossible that", "a strike is not out of
    // the question".
    {
      cue: 'not|never impossible|inconceivable|improbable|unthinkable|unlikely',
      type: 'hedge',
      degree: 'medium',
      before: ['is|was|are|were|be|seems|seemed|certainly|altogether', 'by no means'],
      notAfter: 'to|for',
      note: 'A possibility admitted by negating its contrary (version 13): "it is not impossible that rates rise"; not "it is not impossible to climb" (what can be done).',
    },
    {
      cue: 'not out of the question',
      type: 'hedge',
      degree: 'medium',
    },
    { cue: 'improbable|improbably', type: 'hedge', degree: 'medium', notAfter: 'to|for' },
    {
      cue: 'improbability|unlikelihood',
      type: 'hedge',
      degree: 'medium',
      notBefore: likelihoodChanged,
      note: 'The nouns of "improbable" and "unlikely", as "likelihood" (version 13): "due to the improbability that the group would repeat its results".',
    },
    { cue: 'at a guess', type: 'hedge', degree: 'medium' },
    { cue: 'plausibly', type: 'hedge', degree: 'medium' },
    {
      cue: 'indicative|suggestive of',
      type: 'hedge',
      degree: 'low',
      note: 'Evidence short of proof (version 13), as "indicates": "the fall is indicative of weaker demand".',
    },
    // Version 13, from the misses of round 11 (newswire), after the round-12 rules
    // were measured on it. A modal in an all-capitals headline before any verb in
    // capitals: "CONGRESS MAY CURB AID".
    {
      cue: 'MAY|MIGHT|COULD',
      type: 'hedge',
      degree: 'medium',
      caseSensitive: true,
      before: '*AA',
      notBefore:
        "IN|OF|FOR|SINCE|UNTIL|BY|TO|FROM|END|MID|EARLY|LATE|THROUGH|AND|OR|THE|LAST|NEXT|THIS|DURING|BEFORE|AFTER|APRIL|MARCH|JUNE|*'S",
      after: '*AA',
      notAfter:
        'TRADE|SURPLUS|DEFICIT|SALES|OUTPUT|PRODUCTION|EXPORTS|IMPORTS|FIGURES|DATA|INFLATION|RESULTS|NET|PROFIT|PROFITS|EARNINGS|PRICES|PRICE|RATE|RATES|DELIVERY|DELIVERIES|CONTRACT|CONTRACTS|FUTURES|OPTIONS|SHIPMENTS|ORDERS|INDEX|MONEY|RETAIL|INDUSTRIAL|HOUSING|PERSONAL|CONSUMER|JOBLESS|UNEMPLOYMENT|CRUDE|OIL|GOLD|SILVER|SOYBEANS|SOYBEAN|WHEAT|CORN|SUGAR|COFFEE|COCOA|COTTON|AND|OR|TO|THROUGH|FROM|MEETING|REPORT|LEVEL|LEVELS|TALKS|SESSION',
      note: 'A modal in an all-capitals headline before any verb in capitals (version 13): "CONGRESS MAY CURB AID TO BANKS"; the month stands after a preposition ("ROSE IN MAY") or before the noun it dates ("MAY TRADE SURPLUS", "MAY DELIVERY").',
    },
    // Reports with a place or a nation as their source: "Tehran reports of a new
    // offensive", "Iranian reports of shelling".
    {
      cue: 'reports of',
      type: 'unclear-attribution',
      degree: 'medium',
      caseSensitive: true,
      before: '*Aa',
      notBefore:
        'The|A|An|These|Those|Its|Their|His|Her|Our|My|Annual|Quarterly|Official|Financial|In|Of|For|To|From|On|By|With|And|But|Company|Bank|Committee|Commission|Board|Council|Court|Department|Ministry|Office|Agency',
      note: 'News from a place or nation, unconfirmed (version 13): "In its first reaction to Tehran reports of a new offensive"; not documents ("The annual reports of the firm", "Commission reports of 1986").',
    },
    // More of the same families, from the literature rather than from a miss
    // (version 13): what nobody knows, reports without a source, approximation,
    // inference from evidence and epistemic "must" / "cannot have".
    ...['nobody knows|knew', 'no one knows|knew'].map((cue) => ({
      cue,
      type: 'incompleteness' as const,
      degree: 'high' as const,
      after: [
        'whether|if|what|how|when|where|who|why|which|for sure|for certain',
        'exactly|precisely|yet|quite|really|just *',
      ],
      notAfter: 'how to',
      note: '"Nobody knows whether the mine will reopen", "no one knows exactly how many died" (version 13); not "no one knows how to" (ability).',
    })),
    { cue: "anyone's|anyone’s guess", type: 'incompleteness', degree: 'high' },
    {
      cue: 'rumor|rumour|legend|gossip|word has|had it',
      type: 'unclear-attribution',
      degree: 'medium',
      note: 'A report without a source (version 13): "Rumour has it that the chairman will go".',
    },
    {
      cue: 'the word is|was',
      type: 'unclear-attribution',
      degree: 'medium',
      caseSensitive: true,
      after: 'that',
      note: '"The word is that the talks have failed" (version 13).',
    },
    { cue: 'as|so the story goes', type: 'unclear-attribution', degree: 'medium' },
    { cue: 'give or take', type: 'vague-quantity', degree: 'low' },
    {
      cue: 'uncorroborated|unsubstantiated|ostensible',
      type: 'credibility',
      degree: 'medium',
      note: 'As "unconfirmed", "purported" (version 13).',
    },
    {
      cue: 'imply|implies|implied|hint|hints|hinted|signal|signals|signalled|signaled',
      type: 'hedge',
      degree: 'medium',
      before: [evidenceNouns, `${evidenceNouns} also|now|still|clearly|strongly`],
      notAfter: 'a|an|no|nothing|the end|its|their|his|her',
      note: 'An inference from evidence as subject (version 13), as "the figures suggest": "the data imply that demand is weak", "the figures hint at a slowdown".',
    },
    {
      cue: 'must have',
      type: 'hedge',
      degree: 'low',
      before: 'he|she|they|it|I|we|you|there|this|that|who',
      after:
        'known|seen|heard|had|felt|thought|realized|realised|noticed|missed|forgotten|wondered|taken|made|left|come|gone|got|gotten|lost|*ed',
      notAfter:
        'completed|passed|served|attained|reached|obtained|received|earned|resided|lived|worked|registered|filed',
      note: 'Epistemic "must" of an inference about the past (version 13), as "must have been": "he must have known the risk"; not a requirement ("applicants must have completed two years").',
    },
    {
      cue: "cannot|can't|can’t|couldn't|couldn’t have",
      type: 'hedge',
      degree: 'low',
      after: 'been|known|seen|heard|meant|intended|happened|occurred',
      notBefore: mannerQuestion,
      note: 'An impossibility inferred (version 13): "the writer cannot have meant this", "it can\'t have been easy"; not the idioms of a booster ("couldn\'t have cared less", "couldn\'t have landed in a tougher spot").',
    },
    {
      cue: 'there is|was no telling|knowing|saying',
      type: 'incompleteness',
      degree: 'high',
      note: '"There is no telling how far it will go" (version 13), as "no way of knowing".',
    },
    { cue: "there's|there’s no telling|knowing|saying", type: 'incompleteness', degree: 'high' },
    {
      cue: 'a|my|our hunch',
      type: 'hedge',
      degree: 'medium',
      before: 'I|we have|had',
      note: 'The speaker\'s own guess (version 13): "I have a hunch the rookie will move up" (as "my hunch is").',
    },
    {
      cue: 'imagine|fancy',
      type: 'hedge',
      degree: 'medium',
      caseSensitive: true,
      before: ['I', 'I rather|also|do|really|personally'],
      notBefore: [
        'did|do|does|what|What|can|could|cannot|Did|Do|Can I',
        "can't|can’t|couldn't|couldn’t I",
      ],
      notAfter:
        'a|an|myself|ourselves|being|living|having|how|what|why|where|life|such|anything|nothing|something|it|that|you|him|her|them|the',
      note: 'The speaker\'s own supposition (version 13), as "I suppose": "I imagine most readers will agree"; not a picture imagined ("I imagine a house by the sea", "I imagine myself there"), a question ("What did I imagine?") nor a step of an argument ("Next we imagine a storm").',
    },
    // An outcome that befalls the subject, whoever it is: "it could find itself in a
    // war", "the bank could end up with the loss".
    {
      cue: 'could find itself|themselves|himself|herself|ourselves|yourself|yourselves',
      type: 'hedge',
      degree: 'high',
      notBefore: [...purposeClause, ...mannerQuestion, ...relativeClause],
      note: 'An outcome that befalls the subject (version 13): "it could find itself in a major war"; a person as subject is no ability here either.',
    },
    {
      cue: 'could end|wind up',
      type: 'hedge',
      degree: 'high',
      notBefore: [...purposeClause, ...mannerQuestion, ...relativeClause],
      note: '"the bank could end up with the loss" (version 13).',
    },
    {
      cue: 'could turn out',
      type: 'hedge',
      degree: 'high',
      notBefore: [...purposeClause, ...mannerQuestion, ...relativeClause],
      after: 'to|that|as|badly|well|better|worse',
      note: '"the deal could turn out to be costly" (version 13); not "could turn out the lights".',
    },
    // A forecast as an attribute of a quantity: "revised down expected growth",
    // "the expected deficit".
    {
      cue: 'expected',
      type: 'hedge',
      degree: 'medium',
      // Version 14: the verb of a plan ("the bank said it expected to report higher
      // earnings") is no attribute: not after a pronoun, nor before "to".
      notBefore:
        'than|as|be|been|is|was|are|were|being|had|have|has|unexpected|not|long|it|he|she|they|we|i|who|which',
      notAfter: 'to',
      after: [
        'growth|rise|increase|increases|decline|fall|drop|deficit|deficits|surplus|surpluses|loss|losses|profit|profits|shortfall|demand|output|production|inflation|cut|cuts|gain|gains|recovery|slowdown|downturn|earnings|sales|yield|harvest|crop|returns|turnover|revenue|revenues|savings|spending|imports|exports',
        '*{1,4} growth|rise|increase|increases|decline|fall|drop|deficit|deficits|surplus|surpluses|loss|losses|profit|profits|shortfall|demand|output|production|inflation|cut|cuts|gain|gains|recovery|slowdown|downturn|earnings|sales|yield|harvest|crop|returns|turnover|revenue|revenues|savings|spending|imports|exports',
      ],
      note: 'A forecast as an attribute (version 13): "the Commission revised down expected growth", "the expected deficit"; not "higher than expected growth" (a comparison with a forecast, which the gold leaves out).',
    },
    // The writer named in the third person, as reviews and columns do: "this
    // reviewer suspects", "to this listener", "in this writer's opinion".
    {
      cue: 'reviewer|writer|critic|listener|observer|correspondent|viewer|reader thinks|feels|believes|suspects|suspected|felt|thought|believed|doubts|doubted|guesses|imagines',
      type: 'hedge',
      degree: 'medium',
      before: ['this', 'the present'],
      note: 'The writer\'s own view in the third person (version 13), as "I think": "this reviewer suspects the cuts were the conductor\'s"; not "the reader thinks" of a generic reader.',
    },
    {
      cue: 'to this reviewer|writer|critic|listener|observer|viewer|reader|ear|eye',
      type: 'hedge',
      degree: 'medium',
      notBefore:
        'said|says|wrote|write|writes|written|sent|send|sends|addressed|address|letter|letters|belongs|belong|known|unknown|talk|talked|spoke|speak|referred|refer|due|thanks|apologies|credit|attention',
      note: 'A view limited to the writer (version 13): "To this listener the slow movement dragged"; not a letter or a reply addressed to the writer.',
    },
    {
      cue: 'to my|these|our ear|ears|eye|eyes|taste',
      type: 'hedge',
      degree: 'medium',
      after: '*,|the|this|it|its|his|her|their|a|an|he|she|they',
    },
    {
      cue: "in this reviewer's|writer's|critic's|listener's|observer's|reviewer’s|writer’s|critic’s|listener’s|observer’s opinion|view|judgment|judgement|estimation",
      type: 'hedge',
      degree: 'medium',
    },
    {
      cue: 'it is|was our|my view|belief|opinion|feeling|impression|guess|suspicion|sense that',
      type: 'hedge',
      degree: 'medium',
      note: '"It is our view that the levy is unfair" (version 13), as "in our view".',
    },
    // Hearsay of the writer: "I understand that the mayor will resign", "we hear
    // that the board is split".
    {
      cue: 'understand|hear|heard|gather',
      type: 'unclear-attribution',
      degree: 'medium',
      before: ['I|we', 'I|we also|now'],
      notBefore: beliefNotAsserted,
      after: 'that *',
      note: 'Hearsay (version 13): "We understand that the board is split", "I hear that the fee will rise"; "I understand that times are hard" (sympathy) is rare in press text.',
    },
    // Idioms of what is undecided or unlikely, beside "in the balance" and "on the
    // cards" (version 13): "only time will tell", "the deal is up in the air".
    { cue: 'time will|would tell', type: 'incompleteness', degree: 'high' },
    {
      cue: 'question mark|marks over|about|against|hangs|hanging',
      type: 'incompleteness',
      degree: 'high',
      note: '"a question mark over the plant\'s future" (version 13).',
    },
    {
      cue: 'up in the air',
      type: 'incompleteness',
      degree: 'high',
      before:
        'is|are|was|were|be|been|remains|remain|remained|still|left|now|very|somewhat|largely|all|everything',
      note: '"The timetable is still up in the air" (version 13); not a ball thrown "up in the air".',
    },
    {
      cue: 'touch and go',
      type: 'hedge',
      degree: 'medium',
      before: 'is|are|was|were|be|been|remains|remained|still|it',
    },
    {
      cue: 'a long shot',
      type: 'hedge',
      degree: 'medium',
      before: 'is|was|be|been|remains|remained|still|as|seems|looks|considered|regarded',
    },
    {
      cue: 'far from|hardly certain|sure|clear|assured|settled|certainly',
      type: 'incompleteness',
      degree: 'medium',
      notAfter: 'to|of|about|that he|that she',
      note: '"The outcome is far from certain", "hardly assured" (version 13); not "I am far from sure of him" (a feeling about a person).',
    },
    {
      cue: 'by no means certain|sure|clear|assured|settled',
      type: 'incompleteness',
      degree: 'medium',
    },
    // Version 17: a word with alternatives is one slot, so the one entry of version 13
    // ("could not|couldn't|cannot … rule out|exclude") found only "could not rule
    // out"; the forms are now entries of their own, with "would not" (a possibility
    // the speaker leaves open: "the minister would not rule out a devaluation").
    {
      cue: 'could|can|would not rule out',
      type: 'hedge',
      degree: 'medium',
      note: 'A possibility left open by someone who cannot exclude it (version 13), as "cannot be ruled out": "Police could not rule out foul play"; the policy "has not ruled out action" stays out.',
    },
    {
      cue: "couldn't|couldn’t|cannot|can't|can’t|wouldn't|wouldn’t rule out",
      type: 'hedge',
      degree: 'medium',
    },
    {
      cue: 'could|can|would not exclude',
      type: 'hedge',
      degree: 'medium',
      notAfter: 'him|her|them|us|me|members|people|anyone|anybody',
      note: '"He said he could not exclude a further fall"; not a person kept out ("could not exclude members").',
    },
    {
      cue: "couldn't|couldn’t|cannot|can't|can’t|wouldn't|wouldn’t exclude",
      type: 'hedge',
      degree: 'medium',
      notAfter: 'him|her|them|us|me|members|people|anyone|anybody',
    },
    // "It could" opening a sentence of argument: the possible effect of what the
    // sentence before proposed ("A neutral Germany might be the answer. It could
    // provide security without armaments").
    {
      cue: 'could',
      type: 'hedge',
      degree: 'high',
      confidence: 0.7,
      caseSensitive: true,
      before: 'It|it',
      notBefore: [
        ...purposeClause,
        ...mannerQuestion,
        ...relativeClause,
        'said|says|say|added|stated|told|announced|reported|believed|thought|felt|if|that',
        'said|says|say|added|stated|told|announced|reported|believed|thought|felt|if|that *',
      ],
      after: [
        'provide|halt|stop|help|mean|bring|lead|create|cause|prevent|save|end|go|continue|happen|change|alter|set|touch|tip|spell|signal|mark|backfire|boomerang|prove|turn|encompass|include|affect|hurt|harm|damage|benefit|improve|strengthen|weaken|undermine|destroy|ruin|wreck|jeopardize|endanger|threaten',
        'all|well|easily|also|even|eventually|soon|yet|then|just|in|turn *',
      ],
      note: 'A possible effect with "it" as subject (version 13), before a verb of effect: "It could provide security without cost", "It could go either way"; not an ability ("it could reach key points faster", "it could operate under the clouds") nor after a verb of saying ("the company said it could sell").',
    },
    // Version 14, from a coverage audit by class (before any miss of rounds 13 and
    // 14 was read): the forms of each family the lexicon did not yet have.
    //
    // An expected change of a market quantity or an expected effect of a measure with
    // "ought to", as with "should": "rates ought to ease once the deficit narrows".
    {
      cue: 'ought to',
      type: 'hedge',
      degree: 'medium',
      before: `${marketNouns}|${measureNouns}`,
      notBefore: mandative,
      after: expectedChange,
      note: 'An expected change of a market quantity or effect of a measure (version 14), as "should": "rates ought to ease", "the accord ought to help exporters"; "the government ought to act" (no such noun before it) stays a duty.',
    },
    // Beliefs of unnamed many as nouns with their content: "Market expectations are
    // that rates will fall", "Expectations of a cut lifted bonds", "The assumption is
    // that oil stays cheap", "There are doubts about the plan", "Talk of a merger".
    {
      cue: 'expectations|expectation are|is|were|was for|that',
      type: 'unclear-attribution',
      degree: 'medium',
      confidence: 0.7,
      notBefore: ["*'s", 'his|her|their|its|my|our|your'],
      note: 'What the unnamed many expect (version 14): "market expectations are for a rise", "the expectation is that rates will fall"; not a named holder\'s ("the minister\'s expectation is", an attribution).',
    },
    {
      cue: 'expectations|expectation of',
      type: 'unclear-attribution',
      degree: 'medium',
      confidence: 0.7,
      before: [
        'amid|growing|mounting|widespread|increasing|rising|renewed|general|persistent|market|fuelled|fueled|boosted|revived|raised|heightened|dampened|on|over|by',
        'amid|boosted|revived|raised|heightened|fuelled|fueled|dampened|on|over|by the|growing|mounting|widespread|increasing|rising|renewed|general|market',
      ],
      note: 'As "expectations that" (version 14): "bonds rose on expectations of a cut", "amid growing expectations of a devaluation"; not "in line with expectations of analysts" (no such word before it).',
    },
    {
      cue: 'Expectations|Talk|Fears|Hopes of',
      type: 'unclear-attribution',
      degree: 'medium',
      confidence: 0.7,
      caseSensitive: true,
      after:
        'a|an|further|more|higher|lower|new|another|possible|renewed|early|fresh|lower|firmer|weaker|stronger|*ing',
      note: 'Opening a sentence of market report (version 14): "Expectations of a cut in rates lifted bonds", "Talk of a merger lifted the shares"; a noun of an event follows.',
    },
    {
      cue: 'assumption|assumptions is|was|are|were that',
      type: 'hedge',
      degree: 'medium',
      confidence: 0.7,
      notBefore: ["*'s", 'his|her|their|its|my|your'],
      note: 'A supposition (version 14): "the assumption is that oil prices will stay low"; not a named holder\'s ("the bank\'s assumption is").',
    },
    {
      cue: 'working assumption|hypothesis',
      type: 'hedge',
      degree: 'medium',
      note: '"the working assumption is a rise of 2 pct" (version 14).',
    },
    {
      cue: 'doubts about|over|surrounding',
      type: 'hedge',
      degree: 'medium',
      confidence: 0.7,
      notBefore: [
        "*'s",
        'his|her|their|its|my|your|these|those|no|little|any|without|beyond|dispel|dispels|dispelled|dispelling|remove|removes|removed|removing|allay|allays|allayed|allaying',
      ],
      note: 'Doubts of unnamed many (version 14): "there are growing doubts about the plan", "doubts over the deal weighed on the shares"; not a named holder\'s ("the minister\'s doubts about", an attribution), nor doubts removed ("dispelled doubts about").',
    },
    // Approximate duration: "a week or so", "an hour or so later" (the figures
    // give "200 or so").
    {
      cue: 'or so',
      type: 'vague-quantity',
      degree: 'low',
      before:
        'second|seconds|minute|minutes|hour|hours|day|days|week|weeks|month|months|year|years|decade|decades|mile|miles|dozen|dozens|hundred|hundreds|thousand|thousands|score|inch|inches|foot|feet|yard|yards|pound|pounds|dollar|dollars|point|points|percent|pct',
      note: 'An approximate quantity without digits (version 14): "a week or so", "an hour or so later", "a dozen or so".',
    },
    {
      cue: 'pencilled|penciled in',
      type: 'hedge',
      degree: 'medium',
      before: 'is|are|was|were|be|been|being|tentatively|provisionally',
      note: 'A provisional date or figure (version 14): "a rise of 5 pct is pencilled in".',
    },
    {
      cue: 'not been determined|established|confirmed|verified|ascertained',
      type: 'incompleteness',
      degree: 'medium',
      before: 'has|have|had',
      note: 'What is not yet known (version 14), as "not yet been determined": "the cause of the fire has not been determined", "the report has not been confirmed".',
    },
    {
      cue: 'as|so far as is|was known|understood',
      type: 'hedge',
      degree: 'low',
      note: 'Knowledge limited (version 14), as "as far as we know": "as far as is known, no one was hurt".',
    },
    {
      cue: 'implausible',
      type: 'hedge',
      degree: 'medium',
      notAfter: 'to|for',
      note: 'As "improbable" (version 14): "the figure is implausible"; not the adverb of degree ("an implausibly bright light").',
    },
    // Version 14, from the misses of round 14 (cb24–cb27, cc17) and of six round-13
    // stories (reuters-4001 … 4016), each widened to its family.
    //
    // What is left or remains unexplained: "the verdict left many points obscure",
    // "the cause remains unexplained", "questions remain unanswered".
    {
      cue: 'obscure|unanswered|unexplained|unresolved|undecided|unsettled|vague',
      type: 'incompleteness',
      degree: 'high',
      before: 'left|leave|leaves|leaving *{1,4}',
      notAfter: 'to|for|by|with|in|on|at|from',
      note: 'What a text or an event leaves unknown (version 14): "the speech left many points obscure", "leaves the legal question unresolved"; "open" is left out ("left the door open").',
    },
    {
      cue: 'obscure|unanswered|unexplained',
      type: 'incompleteness',
      degree: 'high',
      before: [
        'remain|remains|remained|remaining|still|largely|partly|went|go|goes|gone',
        'as yet',
      ],
      note: 'As "remains a mystery" (version 14): "the cause of the leak remains unexplained", "questions remain unanswered", "the motive is still obscure". (The older cue "remains a mystery|obscure|…" read "a" as a word of its own, so it found only "remains a mystery".)',
    },
    // A possible change or outcome with an adverb between: "the treaty could
    // eventually bring peace", "the cuts could quickly double sales".
    {
      cue: 'could',
      type: 'hedge',
      degree: 'high',
      notBefore: [...purposeClause, ...mannerQuestion, ...relativeClause, 'he|she|they|i|we|you'],
      after: `eventually|ultimately|practically|quickly|soon|easily|potentially|conceivably|readily|further|sharply|substantially|significantly|seriously|severely|even|also|still|yet|then|actually|suddenly|rapidly|gradually|finally ${possibleOutcomes}`,
      note: 'A possible change or outcome with an adverb between cue and verb (version 14), as "could collapse": "powers which could practically bring us into the Community", "the treaty could eventually bring peace"; not a person\'s deed ("he could easily drop a catch").',
    },
    // The effect a work or a thing is expected to have on its readers: "This book
    // should delight anyone who loves trains", "the ruling should reassure
    // investors".
    {
      cue: 'should',
      type: 'hedge',
      degree: 'medium',
      notBefore: [
        'if|though|although|lest|unless|that|one|you|we|he|she|they|i',
        'if|though|although|lest|unless *',
        mandative,
      ],
      after:
        'appeal|please|delight|interest|satisfy|fortify|reassure|comfort|inspire|enlighten|entertain|amuse|intrigue|attract|gratify|cheer|hearten|surprise|startle|sober|alarm|worry|disturb|trouble|dismay|embarrass|console|impress|fascinate|charm|move|thrill',
      note: 'An effect expected on people (version 14), as "should help": "Confrontation should fortify us all", "the book should delight any reader"; not after a person ("you should reassure them", a duty), nor a condition.',
    },
    // "or more" after a unit abbreviated with a period, which the figures do not
    // read: "8 lbs. or more a day".
    {
      cue: 'or more|less|fewer|so',
      type: 'vague-quantity',
      degree: 'medium',
      before:
        '# lb.|lbs.|oz.|ft.|yd.|yds.|mi.|sq.|cu.|gal.|gals.|qt.|pt.|hr.|hrs.|min.|mins.|sec.|secs.|mo.|mos.|yr.|yrs.|wk.|wks.|kg.|km.|cm.|mm.|bbl.|bbls.|cts.|pct.',
      note: 'A bound after a unit abbreviated with a period (version 14): "8 lbs. or more a day", "12 yds. or so".',
    },
    // An idiom of a judgement not yet made: "The jury is still out on the plan".
    {
      cue: 'jury is|was|remains|remained|are|were still out',
      type: 'incompleteness',
      degree: 'high',
      note: 'A judgement not yet made (version 14): "the jury is still out on the merger"; "still" keeps out a trial jury that is out deliberating.',
    },
    {
      cue: 'jury is|was|remains|remained|are|were out on',
      type: 'incompleteness',
      degree: 'high',
      note: '"The jury is out on whether the cuts work" (version 14).',
    },
    // What a speaker cannot judge or foresee, with the contracted negation too:
    // "I can't judge or predict how much".
    {
      cue: "can't|can’t|cannot|couldn't|couldn’t judge|predict|foresee|forecast|gauge|quantify|estimate|assess",
      type: 'incompleteness',
      degree: 'high',
      notBefore: 'who|which|that|no one|nobody|anyone',
      note: 'As "could not predict" (version 14), with the contracted and solid negation: "how much movement I can\'t judge or predict", "we cannot gauge the damage".',
    },
    {
      cue: 'could|can not judge|assess|estimate',
      type: 'incompleteness',
      degree: 'high',
      notBefore: 'who|which|that|no one|nobody|anyone',
      note: '"the company said it could not estimate the cost" (version 14).',
    },
    // An inference from evidence without "that": "The data indicate much of the rise
    // came from exports" (as "the figures suggest", version 12); and with the noun's
    // own insertion between commas: "The figures, in the annual report, indicate".
    {
      cue: 'indicate|indicates|indicated',
      type: 'hedge',
      degree: 'medium',
      before: [evidenceNouns, `${evidenceNouns} also|now|still|clearly|strongly`],
      notAfter: [
        'no|nothing|otherwise',
        'the number|numbers|amount|position|location|direction|presence|type|kind|size|name|names|value|values',
      ],
      note: 'An inference from evidence as subject (version 14), as "the figures suggest": "the data indicate much of the rise came from exports"; not a denotation ("the numbers indicate the position of"), and a person\'s "indicated a willingness" has no noun of evidence before it.',
    },
    {
      cue: 'indicate|indicates|indicated|suggest|suggests|suggested',
      type: 'hedge',
      degree: 'medium',
      before: `${evidenceCommas} ... *,`,
      notAfter: [
        'no|nothing|otherwise|a|an|some|any|ways|measures|steps',
        'the need|use|adoption|creation|introduction|number|position|location',
      ],
      note: 'The same across the noun\'s insertion between commas (version 14): "The figures, in the company\'s annual report, indicate much of the drop came from"; not a proposal ("suggest a reform").',
    },
    // Version 14, from the misses of the probe (six round-13 stories), read after
    // it was measured, each widened to its family.
    //
    // A bound on a frequency: "interest falls due at least monthly", "at most
    // twice a year".
    {
      cue: 'at least|most',
      type: 'vague-quantity',
      degree: 'low',
      after:
        'once|twice|thrice|monthly|weekly|daily|yearly|annually|quarterly|hourly|nightly|every|each|biweekly|fortnightly',
      note: 'A bound on a frequency (version 14): "payments fall due at least monthly", "at least once a year", "at least every two weeks".',
    },
    // Evidence offered under a condition: "if the order book is anything to go by",
    // "if last year is any guide".
    {
      cue: 'is|are|was|were anything|any to go by',
      type: 'hedge',
      degree: 'medium',
      note: 'An inference from evidence under a condition (version 14): "if the order book is anything to go by, the yard will grow".',
    },
    {
      cue: 'is|are|was|were any guide|indication|yardstick|measure',
      type: 'hedge',
      degree: 'medium',
      before: 'if * *{0,4}',
      note: '"if past experience is any guide" (version 14).',
    },
    // A construal by unnamed others with a word between: "our customers are all
    // seen as being in trouble", "the move is widely seen as a warning".
    {
      cue: 'seen|viewed|regarded|perceived|considered as',
      type: 'hedge',
      degree: 'medium',
      confidence: 0.7,
      before:
        'is|are|was|were|be|been|being all|also|now|still|widely|generally|increasingly|largely|often|usually|mostly|broadly|commonly|universally|privately|locally|internationally|abroad|here|there',
      notBefore: 'once|formerly|originally',
      notAfter: 'soon|well|far|long|much|though|if|he|she|it|they|we|I|you',
      note: 'As "is seen as" (version 14) with an adverb or "all" between: "our customers are all seen as being in trouble", "the cut is widely seen as a signal"; not "was once seen as".',
    },
    // Version 14, from a second audit of newswire forms: estimates named as such,
    // and an estimate put by unnamed or collective sources.
    {
      cue: 'guesstimate|guesstimates|guesstimated|ballpark|ball-park|circa',
      type: 'vague-quantity',
      degree: 'medium',
      note: 'A rough figure named as such (version 14): "a ballpark figure", "the guesstimate is 40 mln", "built circa 1900".',
    },
    {
      cue: 'put|puts|putting|pegged|pegs|pegging',
      type: 'hedge',
      degree: 'medium',
      before:
        'sources|traders|dealers|analysts|officials|experts|economists|brokers|observers|diplomats|bankers|industry|trade|market|exporters|importers|millers|merchants|shippers',
      after:
        'the|its|their|this|that|total|his|her|it|them|output|production|sales|losses|damage|costs|imports|exports|purchases|stocks *{0,3} at',
      note: 'An estimate by collective or unnamed sources (version 14), as "was put at": "trade sources put the purchase at 200,000 tonnes", "analysts put losses at about 5 mln dlrs"; only after such a source ("they put the box at the door" is a deed), and not after "estimates" or "reports", themselves cues.',
    },
    // An unnamed report in an all-capitals headline before a participle or a
    // level, the copula and "to be" left out: "OPEC OUTPUT SAID ABOVE QUOTA",
    // "CHINA BELIEVED BUYING U.S. WHEAT".
    {
      cue: 'SAID|REPORTED|BELIEVED|THOUGHT|RUMOURED|RUMORED|FEARED|UNDERSTOOD|ESTIMATED',
      type: 'unclear-attribution',
      degree: 'medium',
      caseSensitive: true,
      before: '*AA',
      after:
        '*ING|ABOVE|BELOW|NEAR|AROUND|OVER|UNDER|UP|DOWN|HIGHER|LOWER|CLOSE|READY|SET|KEEN|INTERESTED|IN|STILL|NOT|LIKELY|UNLIKELY|UNCHANGED|STEADY|FIRM|WEAK|STRONG',
      note: 'An unnamed report in an all-capitals headline (version 14), as "SAID TO": "OPEC OUTPUT SAID ABOVE QUOTA", "CHINA BELIEVED BUYING U.S. WHEAT", "ACME REPORTED IN TALKS"; capitals on both sides mark the headline.',
    },
    // What nobody can promise: "There is no guarantee that the plan will work".
    {
      cue: 'no guarantee|guarantees|assurance|assurances that',
      type: 'hedge',
      degree: 'medium',
      note: 'An outcome no one can promise (version 14): "there is no guarantee that the cuts will hold"; not "no guarantees of the right to assemble" (a right not given).',
    },
    {
      cue: 'pending|awaiting|without confirmation|verification',
      type: 'credibility',
      degree: 'medium',
      note: 'A report not yet confirmed (version 14), as "unconfirmed": "the report, pending confirmation, said ten died".',
    },
    { cue: 'subject to confirmation|verification', type: 'credibility', degree: 'medium' },
    // An inference from what the sentence before stated: "This suggests demand is
    // weak", "a fall which indicates the market has peaked".
    {
      cue: 'suggests|indicates|implies',
      type: 'hedge',
      degree: 'medium',
      caseSensitive: true,
      before: 'This|this|which|That',
      notAfter: [
        'a|an|no|nothing|some|any|ways|measures|steps|to|that|otherwise|his|her|their|its|what|how',
        'the need|use|adoption|creation|introduction|way|direction|number|position|location|place|name|names|origin|meaning|source|date|time|extent|nature|route|size|type|kind',
      ],
      note: 'An inference from what was just stated (version 14), as "the figures suggest": "This suggests demand is weak", "a drop which indicates buyers have left"; not a proposal or a pointer ("this suggests a remedy", "which indicates the way"); "suggests that" has its own entry.',
    },
    {
      cue: 'suggested|indicated|implied',
      type: 'hedge',
      degree: 'medium',
      caseSensitive: true,
      before: 'This|which|That',
      notAfter: [
        'a|an|no|nothing|some|any|ways|measures|steps|to|that|otherwise|his|her|their|its|what|how',
        'the need|use|adoption|creation|introduction|way|direction|number|position|location|place|name|names|origin|meaning|source|date|time|extent|nature|route|size|type|kind',
      ],
      note: 'The past forms only after "which" or a capitalised "This" opening a sentence (version 14): "in this suggested network" is an attribute.',
    },
    // A forecast in the passive with more verbs: "a net profit is envisaged within
    // two years", "a rise is foreseen for next year", "a deficit is projected for
    // 1987"; a possibility left open: "further cuts are not ruled out".
    {
      cue: 'envisaged|envisioned|foreseen|projected',
      type: 'hedge',
      degree: 'medium',
      before: ['is|are|was|were|be|been|being', 'is|are|was|were now|also|still|currently'],
      notBefore: [
        'not|never be|been',
        'not|never have|had been',
        "n't|n’t be|been",
        "n't|n’t have been",
      ],
      after: 'for|within|in|by|at|next|this|over|during|from|later|soon|shortly|around|about',
      notAfter: ['by the|a|an|his|her|its|their *', 'in the|a|an|his|her|its|their * of'],
      note: 'A forecast in the passive (version 14), as "is expected": "a net profit of 2 mln dlrs is envisaged within two years", "a deficit is projected for 1987"; not with its agent ("is envisaged by the treaty", an attribution or a plan).',
    },
    ...['not ruled out', 'not excluded'].map((cue) => ({
      cue,
      type: 'hedge' as const,
      degree: 'medium' as const,
      before: ['is|are|was|were|being', 'is|are|was|were also|still|now'],
      note: 'A possibility left open (version 14), as "cannot be ruled out": "further cuts are not ruled out", "a merger is not excluded".',
    })),
    // More families from unlabelled wire copy of reut2-001 … 003 (read for kinds,
    // no gold): an effect on a market or a party with a thing as subject; a market
    // moved "on a belief"; the attribute "projected"; a forecast passive with an
    // adverb between.
    {
      cue: 'could',
      type: 'hedge',
      degree: 'high',
      notBefore: [...notAPersonsDeed, ...mannerQuestion],
      after: possibleEffects,
      note: 'A possible effect (version 14), as "could hurt": "the shift to livestock could benefit U.S. exports", "the strike could hamper shipments"; not after a person ("he could lower the price", a deed).',
    },
    {
      cue: 'belief|perception|expectation|expectations|fears|worries|suspicion|suspicions|assumption',
      type: 'unclear-attribution',
      degree: 'medium',
      confidence: 0.7,
      before: [
        'on|amid a|the|growing|renewed|widespread|market',
        'on|amid a|the growing|renewed|widespread|market',
      ],
      notAfter: 'of|in|among|by|about|from|for|over|on|at|to|is|was|are|were|that',
      note: 'A market moved by a belief stated without "that" (version 14), as "on fears that": "prices rebounded on a belief Saudi Arabia is curbing output"; with "that" the entry of "fears that" serves, and "on the assumption of" (no clause) is left out.',
    },
    {
      cue: 'projected',
      type: 'hedge',
      degree: 'medium',
      before: 'the|a|an|its|their|this|that|these|those',
      after: `${marketNouns}|${measureNouns}|increase|increases|deficit|deficits|surplus|shortfall|loss|losses|gain|gains|decline|rise|level|levels|total|figure|figures|cost|costs|savings`,
      note: 'A forecast as an attribute (version 14), as "the expected deficit", "the estimated cost": "the projected increases in demand", "the projected deficit".',
    },
    {
      cue: 'forecast|projected|predicted|estimated|tipped|reckoned',
      type: 'hedge',
      degree: 'medium',
      before:
        'is|are|was|were|be|been currently|now|also|still|widely|generally|initially|originally|provisionally|tentatively|officially|unofficially|conservatively|variously',
      after: 'to|at|around|near|between',
      note: 'A forecast in the passive with an adverb between (version 14): "China is currently forecast to export 5.5 mln tonnes", "the crop is provisionally estimated at".',
    },
    // Approximators before a fraction or a unit of time written without a numeral,
    // which the figures leave out: "output fell by around a fifth", "the talks
    // lasted just over a year".
    {
      cue: 'around|about|roughly|approximately|nearly|almost|some',
      type: 'vague-quantity',
      degree: 'low',
      after: 'a|an|one half|third|quarter|fifth|sixth|tenth|fortnight|year|month|week|decade|dozen',
      note: 'An approximate fraction or span without a numeral (version 14): "fell by around a fifth", "about a year ago", "some half a dozen"; the figures give "about half".',
    },
    {
      cue: 'just|little|well|slightly over|under',
      type: 'vague-quantity',
      degree: 'low',
      after: 'a|an|one|half year|month|week|decade|dozen|fortnight|third|quarter|fifth|tenth|half',
      note: 'A bound on a span without a numeral (version 14): "the talks lasted just over a year", "just under half the votes"; "over a year" alone is left out (a preposition: "repaid over a year").',
    },
    // A third audit, of wire reports of events (invented sentences): what is known
    // only in part or only unofficially, and reports in conflict or unconfirmed.
    {
      cue: 'Signs|signs are|were that',
      type: 'hedge',
      degree: 'medium',
      note: 'Evidence short of proof (version 14), as "signs that": "Signs are that the economy is slowing".',
    },
    {
      cue: 'conflicting|contradictory|differing|varying reports|accounts|estimates|figures|versions',
      type: 'credibility',
      degree: 'medium',
      note: 'Reports that disagree (version 14): "there were conflicting reports about the death toll", "varying estimates".',
    },
    {
      cue: 'sketchy',
      type: 'incompleteness',
      degree: 'medium',
      note: 'What is known only in part (version 14): "details were sketchy". A refusal to confirm ("declined to confirm or deny the reports") is left out: the development gold leaves it unmarked.',
    },
    {
      cue: 'unofficial',
      type: 'credibility',
      degree: 'medium',
      after:
        'results|result|figures|figure|count|counts|tally|tallies|estimates|estimate|returns|reports|report|data|sources|source|sources,|projections',
      note: 'Figures or reports not yet official (version 14): "unofficial results showed the party ahead", "unofficial estimates put the crop at"; not "an unofficial strike" (an event).',
    },
    {
      cue: 'no immediate|official|independent|further confirmation',
      type: 'credibility',
      degree: 'medium',
      note: 'A report not confirmed (version 14), as "could not be confirmed": "there was no immediate confirmation of the report".',
    },
    // A speaker's own forecast in reported speech with more verbs: "the company said
    // it sees 1987 earnings rising", "he said he would expect a cut", "she said she
    // would not be surprised if rates fell".
    {
      cue: 'sees|see|saw',
      type: 'hedge',
      degree: 'medium',
      before: [
        'said|says|added|stated|explained|indicated he|she|it|they|we|I',
        'said|says|added|stated|explained|indicated that he|she|it|they|we|I',
      ],
      after: [
        'its|their|his|her|the|this|next|full-year|first-half|second-half|# *{0,2} *ing',
        'its|their|his|her|the|this|next|full-year|# *{0,2} at|around|near|between|above|below #',
      ],
      notAfter: 'no|nothing',
      note: 'A speaker\'s own forecast (version 14), as "said he expects": "the company said it sees 1987 earnings rising", "said it sees the dollar at 150 yen"; not a sight ("said he saw them leaving" needs a forecast word: only a participle or a level after up to three words).',
    },
    {
      cue: 'would|should expect|anticipate',
      type: 'hedge',
      degree: 'medium',
      before: [
        'said|says|added|stated|explained|indicated he|she|it|they',
        'said|says|added|stated|explained|indicated that he|she|it|they',
      ],
      notAfter: 'to|of|from|you|him|her|them|us|me|better|more|nothing|no',
      note: 'As "I would expect" in reported speech (version 14): "the analyst said he would expect a cut within weeks".',
    },
    {
      cue: 'would|should not be surprised if|to',
      type: 'hedge',
      degree: 'medium',
      note: 'A possibility granted (version 14), as "I would not be surprised if": "she said she would not be surprised if rates fell".',
    },
    {
      cue: "wouldn't|wouldn’t|shouldn't|shouldn’t be surprised if|to",
      type: 'hedge',
      degree: 'medium',
      note: 'A possibility granted (version 14), as "I would not be surprised if": "she said she would not be surprised if rates fell".',
    },
    // The writer's inference offered for assent: "The answer, I take it, is no", "I
    // take it that the vote is lost".
    ...['I|we take it,', 'I|we take it that'].map((cue) => ({
      cue,
      type: 'hedge' as const,
      degree: 'medium' as const,
      caseSensitive: true,
      note: 'An inference offered for assent (version 14): "The answer, I take it, is no", "I take it that the vote is lost"; not "I take it home" (no comma or "that" after "it").',
    })),
    {
      cue: 'would|might be expected',
      type: 'hedge',
      degree: 'medium',
      notAfter: 'of|from',
      note: 'A forecast under a modal (version 14), as "could be expected" in the gold: "a rise would be expected in the spring"; not what is demanded ("would be expected of him").',
    },
    // Version 15, from the misses of rounds 15 and 16 (reuters-5004 … 6112), by
    // class: each family with its inflections, synonyms and usual frames.

    // A forecast "should" of a company's or a market's results: "the group should
    // post higher earnings", "1988 should be another strong year", "the sector
    // should benefit from the cut". Not a duty: no person or government before it,
    // and an outcome word after it.
    {
      cue: 'should have|post|report|show|see|record|produce|generate|earn|enjoy|achieve|deliver|book',
      type: 'hedge',
      degree: 'medium',
      notBefore: [
        'if|though|although|lest|that|one|you|we|i|government|governments|congress|parliament|administration|people|everyone|everybody',
        'if|though|although|lest *',
        'if|though|although|lest * *',
      ],
      after: [
        'higher|lower|strong|stronger|good|better|superior|improved|record|significant|substantial|sharp|modest|solid|increased|reduced|further|continued|big|bigger|large|larger|small|smaller|healthy|excellent|weak|weaker|flat|positive|negative|another',
        'a|an significant|substantial|sharp|modest|solid|strong|good|better|big|large|small|healthy|further|record|excellent|weak',
        'increases|increase|gains|gain|growth|profits|profit|earnings|income|losses|loss|results|revenues|sales|returns|margins',
      ],
      note: 'A forecast of results (version 15), as "should reach": "the company said it should post higher earnings in 1988", "Acme should show superior margins"; not a duty ("you should have a licence", no outcome word after it).',
    },
    {
      cue: 'should',
      type: 'hedge',
      degree: 'medium',
      notBefore: [
        'if|though|although|lest|that|one|you|we|i|there|government|governments|congress|parliament|administration|people|everyone|everybody|they|he|she',
        'if|though|although|lest *',
        'if|though|although|lest * *',
      ],
      after: [
        'be another|a|an good|better|strong|stronger|record|solid|excellent|difficult|tough|weak|weaker|poor|profitable|busy|quiet|bumper|improved|very|fairly|reasonably|relatively',
        'be good|better|strong|stronger|solid|excellent|profitable|positive|negative|flat|steady|stable|firm|firmer|higher|lower|weaker|healthy|bullish|bearish|neutral|supportive|limited|modest|minimal|small|substantial|significant|sizeable|sizable',
      ],
      note: 'A forecast judged (version 15): "next year should be another good year", "profits there should be good", "the impact should be limited"; not after a person ("he should be firm") nor "there should be" (a demand).',
    },
    {
      cue: 'should benefit|gain|suffer|profit',
      type: 'hedge',
      degree: 'medium',
      notBefore: [
        'if|though|although|lest|that|one|you|we|he|she|they|i',
        'if|though|although|lest *',
      ],
      after:
        'by|from|substantially|significantly|considerably|greatly|handsomely|most|more|less|further|over',
      note: 'An expected gain or loss with its measure or cause (version 15): "the industry should benefit by some 100 mln a year", "exporters should gain from the lower dollar".',
    },

    // The speaker's own view as a formula (version 15): "I view it as a bluff",
    // "It is our expectation that costs will fall", "it is my understanding that".
    {
      cue: 'I|we|We view|see|regard it|this|that|them|the|these|those|such',
      type: 'hedge',
      degree: 'medium',
      caseSensitive: true,
      after: ['as', '* as', '* * as'],
      note: 'The speaker\'s own construal (version 15): "I view it as posturing", "we see the move as a warning"; the pronoun "I" or "we" keeps it the speaker\'s.',
    },
    {
      cue: 'it is|was|remains my|our expectation|view|belief|understanding|impression|feeling|sense|guess|assumption|opinion|hope|judgment|judgement|suspicion that',
      type: 'hedge',
      degree: 'medium',
      note: 'The speaker\'s view as a noun phrase (version 15): "It is our expectation that demand will recover", "it is my understanding that the deal is off".',
    },
    {
      cue: 'my|our|his|her|their|its earlier|initial|original|working|previous|central|basic|main|current assumption|assumptions|expectation|expectations|estimate|forecast|guess|projection that',
      type: 'hedge',
      degree: 'medium',
      note: 'A forecast or supposition kept as a noun (version 15): "he kept to his earlier assumption that prices will average 15 dlrs", "our working assumption that growth slows".',
    },
    {
      cue: 'the|an|this|that assumption|expectation|expectations|belief|presumption|premise that',
      type: 'hedge',
      degree: 'medium',
      confidence: 0.7,
      before: [
        'on|upon|of|in|under|from|with',
        '* on|upon|of|in|under|from|with',
        '*ly on|upon|of|in|under|from|with',
      ],
      note: 'A plan or a price resting on a supposition (version 15): "the plan rests critically on the expectation that rates stay high", "bought on the assumption that"; not "the assumption that … was wrong" at a sentence start (no preposition before it); "hope" is left out ("in the hope that it will boost prices" is a purpose).',
    },

    // An open question as a noun, with an adjective or a verb of disagreement
    // (version 15): "Another question is whether the fund will help", "Dealers
    // differed as to whether the bank intervened", "confusion over whether".
    {
      cue: 'question|questions|issue is|was|remains|remained whether|if',
      type: 'incompleteness',
      degree: 'medium',
      before:
        'another|key|big|bigger|main|real|central|crucial|critical|open|other|larger|first|second|third|remaining|unanswered|unresolved|outstanding|important|major|basic|fundamental|unsettled|next',
      note: 'An open question with an adjective before it (version 15): "Another question is whether the fund can help", "the key question will be whether growth lasts"; the bare "the question is whether" was listed in version 13.',
    },
    {
      cue: 'question|questions|issue will|would be whether|if',
      type: 'incompleteness',
      degree: 'medium',
      before:
        'another|key|big|bigger|main|real|central|crucial|critical|open|other|larger|first|second|third|remaining|unanswered|unresolved|outstanding|important|major|basic|fundamental|unsettled|next',
      note: 'The same in the future: "the key question will be whether growth lasts".',
    },
    {
      cue: 'question|questions|issue will|would be not whether',
      type: 'incompleteness',
      degree: 'medium',
      note: '"The big question will be not whether rates rise but when" (version 15).',
    },
    {
      cue: 'confusion|uncertainty|uncertainties|debate|disagreement|dispute|controversy|speculation|argument|doubt|doubts|questions over|about|on whether|if',
      type: 'incompleteness',
      degree: 'medium',
      notBefore: ['no|without|little|any', 'no|without|little|any *'],
      note: 'What is disputed or unclear as a noun (version 15): "there was some confusion over whether the figure was the total", "uncertainty about whether the talks resume"; not denied ("no doubt about whether").',
    },
    {
      cue: 'confusion|uncertainty|uncertainties|debate|disagreement|dispute|controversy|speculation|argument|doubt|doubts|questions as to whether|if|how|what',
      type: 'incompleteness',
      degree: 'medium',
      notBefore: ['no|without|little|any', 'no|without|little|any *'],
      note: 'The same with "as to": "uncertainty as to whether the plant reopens".',
    },
    {
      cue: 'differed|differ|differs|disagreed|disagree|disagrees|divided|split|unsure|uncertain|undecided|unclear|doubtful on|over|about whether|if|how|when',
      type: 'incompleteness',
      degree: 'medium',
      // Version 18: not a question of method, "divided on how to reform the quotas".
      notAfter: 'to',
      note: 'Disagreement or doubt about an open question (version 15): "analysts were divided over whether rates would fall", "traders were unsure about how far it would go".',
    },
    {
      cue: 'differed|differ|differs|disagreed|disagree|disagrees|divided|split|unsure|uncertain|undecided|unclear|doubtful as to whether|if|how|when',
      type: 'incompleteness',
      degree: 'medium',
      note: 'The same with "as to": "Dealers differed as to whether the bank intervened".',
    },

    // Evidential and expectation nouns before "of" (version 15): "suggestions of an
    // improving economy", "indications of a heavy sign-up", "anticipation of a
    // popular budget", "on ideas of a large crop", "talk of a cut".
    {
      cue: 'suggestions|indications|indication|anticipation|expectations|expectation|ideas|hints|hint|rumours|rumors|talk|speculation of',
      type: 'hedge',
      degree: 'medium',
      confidence: 0.7,
      notBefore: notDeniedOrOwned,
      after: [
        'a|an|further|more|higher|lower|stronger|weaker|improving|improved|slowing|easing|rising|falling|heavy|large|big|strong|weak|firmer|tighter|lower|new|possible|renewed|imminent|early|another',
        'a|an * *ing|sign-up|cut|cuts|rise|fall|increase|decline|deal|recovery|budget|merger|bid',
      ],
      note: 'Unconfirmed evidence or expectation as a noun (version 15), with an event or a change after "of": "the pound rose on suggestions of an improving economy", "Indications of a heavy sign-up lowered estimates"; not "indications of interest" (a market term), "the talk of the town", nor a proposal ("his suggestion of a rise"; the singular "suggestion" is left out).',
    },
    {
      cue: 'trade|market|dealer|analyst|industry guesses|ideas|estimates|speculation',
      type: 'unclear-attribution',
      degree: 'medium',
      confidence: 0.7,
      notBefore: 'with|than|below|above|beat|beats|met|meet|meets|exceed|exceeded|exceeds|missed',
      note: 'Estimates and talk of an unnamed trade (version 15): "some trade guesses were as low as 61 mln acres", "trade ideas of a figure between 15 and 18 mln"; not a comparison ("in line with trade estimates"), and "expectations" is left to the nouns of belief ("market expectations are for").',
    },
    {
      cue: 'Anticipated|Expected|Projected|Forecast|Estimated|Predicted|Hoped-for|Anticipated improved|better|higher|lower|increased|reduced|strong|stronger|weak|weaker',
      type: 'hedge',
      degree: 'medium',
      caseSensitive: true,
      notBefore: ['*', '*,'],
      note: 'An expected quantity at the head of a sentence (version 15): "Anticipated improved cash flows will allow the group to invest", "Projected higher costs weigh on the plan".',
    },

    // What is not known or cannot yet be judged (version 15): "he was unaware of
    // such an arrest", "there was not enough information to assess the figures",
    // "too early to exclude the possibility that".
    {
      cue: 'was|were|is|are|am|remained|remains unaware of|that|whether|how|if|what|when',
      type: 'incompleteness',
      degree: 'medium',
      note: 'Not knowing (version 15), as "did not know": "the police said he was unaware of such an arrest"; "unaware" alone ("an unaware public") is not listed.',
    },
    // Evidence short of a judgement (version 15): "there was not enough information
    // to completely assess the figures", "too little data to judge", "insufficient
    // evidence to conclude".
    ...[
      'not enough information|data|evidence|details|detail',
      'too little information|data|evidence|detail',
      'insufficient information|data|evidence|details|detail',
    ].map((head) => ({
      cue: `${head} to`,
      type: 'incompleteness' as const,
      degree: 'medium' as const,
      after: [
        'assess|judge|say|tell|determine|confirm|conclude|evaluate|gauge|know|predict',
        '*ly assess|judge|say|tell|determine|confirm|conclude|evaluate|gauge|know|predict',
      ],
      note: 'Evidence short of a judgement (version 15): "there was not enough information to completely assess the figures", "too little data to judge"; not "not enough money to pay".',
    })),
    {
      cue: 'too early|soon to exclude|rule|dismiss|discount|predict|forecast|judge|assess|gauge|determine|know|conclude|estimate|quantify|speculate',
      type: 'incompleteness',
      degree: 'medium',
      note: 'What cannot yet be judged (version 15), beside "too early to say" and "too early to tell": "too early to exclude the possibility that", "too soon to predict the effect".',
    },

    // A construal under a modal (version 15): "rates can be viewed as equilibrium
    // levels", "the move could be seen as a signal".
    {
      cue: 'can|could|may|might|must|would be viewed|seen|regarded|considered|interpreted|read|construed|taken|perceived as',
      type: 'hedge',
      degree: 'medium',
      note: 'A construal offered as possible (version 15): "current rates can be viewed as equilibrium levels", "the cut could be read as a signal".',
    },
    {
      cue: 'in a|one|some sense|way',
      type: 'hedge',
      degree: 'low',
      notBefore: ['make|makes|made|making|no', 'such', 'in'],
      notAfter: 'that|of|to|which|as',
      note: 'A claim limited in its scope (version 15): "the yen rate is in a sense the most controversial one", "in some ways it is a relief"; not "in a way that" (manner) nor "in one way or another" … (notAfter "of", "to", "that").',
    },
    {
      cue: 'in some|many|certain ways|respects',
      type: 'hedge',
      degree: 'low',
      note: 'The same in the plural (version 15): "in some respects the plan is sound".',
    },

    // A speaker's hearsay in reported speech (version 15): "the journal said it
    // understood that the group was looking at closures".
    {
      cue: 'understood|understands|understand|gathered|gathers|learned|learnt|heard|hears that',
      type: 'credibility',
      degree: 'medium',
      before: 'said|says|added|adds it|they|he|she|we',
      note: 'What a source says it has heard (version 15): "the newsletter said it understood that the firm would close plants", "he said he had heard that"; not a plain fact known.',
    },
    {
      cue: 'understood|understands|understand|gathered|heard that',
      type: 'credibility',
      degree: 'medium',
      before: 'said|says|added|adds it|they|he|she|we had|has|have',
      note: 'The same in the perfect: "she said she had heard that the mill would close".',
    },
    // A bare chance or possibility that something happens (version 15): "he said
    // there's a chance the banks could get more involved"; not an opportunity
    // ("there is a chance to win", "a chance for peace").
    ...["there's|there’s", 'there is|was'].map((head) => ({
      cue: `${head} a|some chance|possibility`,
      type: 'hedge' as const,
      degree: 'medium' as const,
      notAfter: 'to|for|at|of|that|in',
      note: 'A likelihood left unsized (version 15): "there\'s a chance the plant reopens"; "chance that" and "possibility of" are entries of their own, and "a chance to win" is an opportunity.',
    })),
    // A possible outcome after "could" with more verbs of ending and of part
    // played (version 15): "the dispute could end in a default", "forecasts could
    // play a role in prices", "the banks could get more involved".
    {
      cue: 'could end|finish|wind',
      type: 'hedge',
      degree: 'high',
      notBefore: [...purposeClause, 'he|she|they|i|we|you'],
      after: 'in|up|with|by|soon|next|early|later',
      note: 'A possible end: "the standoff could end in a replay of 1984"; not a deed ("we could end the talks").',
    },
    {
      cue: 'could play',
      type: 'hedge',
      degree: 'high',
      notBefore: [...purposeClause, 'he|she|they|i|we|you'],
      after: ['a|an role|part', 'a|an * role|part', 'a|an * * role|part'],
      note: 'A possible part: "forecasts of growth could play a big role in prices".',
    },
    {
      cue: 'could get|become|grow',
      type: 'hedge',
      degree: 'high',
      notBefore: [...purposeClause, 'he|she|i|we|you'],
      after:
        'more|less|worse|better|tougher|harder|easier|bigger|smaller|stronger|weaker|higher|lower|involved|messy|ugly',
      note: 'A possible change of state: "the banks could get more involved", "the dispute could become messy".',
    },
    // Hearsay after "that" (version 15): "the journal said, in its latest issue,
    // that they understood that the group would close plants".
    {
      cue: 'understood|understands|understand|gathered|heard that',
      type: 'credibility',
      degree: 'medium',
      before: [
        'said|says|added|reported|reports ... that they|he|she|it|we',
        'said,|says,|added,|reported,|reports, ... that they|he|she|it|we',
      ],
      note: 'What a source says it has heard, with words between the verb of saying and "that" (version 15).',
    },
    // A view that is not clear-cut (version 15): "the data gave no clear-cut view",
    // "the picture is not clear-cut".
    {
      cue: 'not|no clear-cut|clearcut',
      type: 'incompleteness',
      degree: 'medium',
      note: 'As "unclear" (version 15): "the data provided not clear-cut view of the economy".',
    },

    // Version 15, from the misses of the probe (round 17, reuters-7001 … 7056), read
    // after it was measured again, each widened to its family.

    // What is not yet decided or settled: "the ministry has not yet decided on the
    // extent of the cut", "it had not yet been decided whether".
    ...['not yet', 'not yet been', 'yet to be'].map((head) => ({
      cue: `${head} decided|determined|settled|finalised|finalized|fixed|resolved|agreed|set|known|confirmed`,
      type: 'incompleteness' as const,
      degree: 'medium' as const,
      notAfter: 'by|that',
      note: 'A decision not yet made (version 15): "the ministry has not yet decided on the size of the cut", "it had not yet been decided whether the planes would have GE engines"; not a decision by a named agent in the passive ("not yet been approved by the board").',
    })),
    // A forecast as a participle after its noun: "the 30 billion francs of revenues
    // expected for 1987", "the savings projected for next year".
    {
      cue: 'expected|anticipated|projected|forecast|forecasted|predicted|envisaged|budgeted',
      type: 'hedge',
      degree: 'medium',
      before:
        'revenues|revenue|earnings|profits|profit|sales|output|production|growth|deficit|deficits|surplus|income|proceeds|returns|savings|costs|spending|demand|supply|crop|harvest|rise|fall|increase|decline|loss|losses|inflation|investment|exports|imports|receipts|yield|yields',
      after: [
        // Version 19: "through", "until", "beyond" ("growth expected through 1990").
        'for|in|from|by|this|next|over|during|at|to|through|until|till|beyond',
        'for|in|from|by|this|next|over|during *',
      ],
      notAfter: 'to be',
      note: 'A forecast figure named by its noun (version 15): "revenues expected for 1987 from the sale", "the savings projected over five years"; "is expected to" is an entry of its own.',
    },
    // An inference from a market's or a figure's behaviour with "there" after the
    // verb: "the market's sluggishness suggests there will be no reaction".
    {
      cue: 'suggests|suggest|suggested|indicates|indicate|indicated|implies|imply|implied',
      type: 'hedge',
      degree: 'medium',
      notBefore: 'he|she|i|we|you|they|it|who',
      after:
        "there will|would|is|are|was|were|may|might|could|has|have|had|won't|won’t|isn't|isn’t|wasn't|wasn’t",
      note: 'An inference that something exists or will (version 15): "the bond market\'s calm suggests there will be no sell-off"; not a proposal ("he suggested there should be a review": no person before it, and "should" after "there" is not listed).',
    },
    // A market held to reflect a belief: "yields probably reflect expectations that
    // inflation stays low", "prices mirror fears of a glut".
    {
      cue: 'expectations|expectation|fears|fear|hopes|belief|beliefs|speculation|worries|concern|concerns that|of',
      type: 'unclear-attribution',
      degree: 'medium',
      confidence: 0.7,
      before: [
        'reflects|reflect|reflected|reflecting|mirrors|mirror|mirrored|mirroring|underpinned|underpinning|fuelled|fueled|spurred|prompted',
        'reflects|reflect|reflected|reflecting|mirrors|mirror|mirrored|mirroring the|growing|renewed|market|widespread|rising|continued',
      ],
      note: 'A belief of unnamed many that a market reflects (version 15), as "on fears that": "the steadiness of yields reflects expectations that inflation will stay low".',
    },
    // A price given by brokers before trading: "Fed funds were indicated to open at
    // six pct", "the index was indicated by dealers at 210".
    {
      cue: 'was|were|is|are indicated',
      type: 'hedge',
      degree: 'medium',
      after: [
        'to open|trade|start|begin|rise|fall|ease|firm',
        'by brokers|dealers|traders|analysts',
        'at|around|near|about|higher|lower|up|down|steady|unchanged',
      ],
      note: 'An expected price quoted in advance (version 15): "Fed funds were indicated by brokers to open at 5-15/16 pct", "the index was indicated lower".',
    },
    // A forecast headline with a participle of direction: "RAND SEEN HEADED HIGHER",
    // "RATES SEEN SET TO FALL".
    {
      cue: 'SEEN',
      type: 'hedge',
      degree: 'medium',
      caseSensitive: true,
      after: 'HEADED|SET|POISED|BOUND|LIKELY|UNLIKELY|ABOUT|READY|DUE',
      note: 'A forecast in an all-capitals headline (version 15), as "SEEN RISING": "FINANCIAL RAND SEEN HEADED HIGHER".',
    },
    // A likelihood of an event named by a noun: "There is a chance of appreciation
    // to 32 cents".
    ...["there's|there’s", 'there is|was'].map((head) => ({
      cue: `${head} a|some|every chance|possibility of`,
      type: 'hedge' as const,
      degree: 'medium' as const,
      notAfter: 'escape|winning|success|a lifetime|redemption',
      note: 'A likelihood with "of" after "there is" (version 15): "there is a chance of a rise to 32 cents"; the bare singular "chance of" stays out (an opportunity, "the only chance of escape").',
    })),
    // A speaker's belief with a time between the verb of saying and the pronoun:
    // "the minister said this week he believed the tax could still be removed".
    {
      cue: 'believed|believes|believe|thought|thinks|think|felt|feels|doubted|doubts|reckoned|reckons',
      type: 'hedge',
      degree: 'medium',
      before: [
        'said|says|added|told|indicated this|last|earlier|yesterday|today|later|on|late *{0,1} he|she|it|they|we|I',
        'said|says|added|indicated on * * he|she|it|they|we|I',
        // "he said he also believes that the value will rise".
        'said|says|added|indicated he|she|it|they|we|I also|still|now|firmly|strongly|further',
      ],
      note: 'As "he said he believed" (version 15), with a time between: "she said on Tuesday she thought rates would fall".',
    },
    // Version 16 (rules 0.16.0), from the misses of round 18 (newswire), by class.
    {
      cue: 'it looks|look|looked|seems|seem|seemed like',
      type: 'hedge',
      degree: 'medium',
      notBefore: 'what|how|whatever|knows|know|knew|see|saw|sure',
      notAfter: 'rain|snow|a|an|one|him|her|them|me|us|you|his|her|their',
      note: 'An impression of how things will go or went (version 16): "It looks like prices will keep rising", "it looked like the plan worked"; not a likeness ("it looks like a bridge", "it looks like rain"), nor a description ("the photos show what it looked like").',
    },
    {
      cue: 'is|are|was|were all|both|also|still|now|generally|widely|broadly|largely|mostly expected|projected|forecast|predicted to',
      type: 'hedge',
      degree: 'low',
      note: 'A forecast in the passive with a quantifier or adverb between (version 16): "rising costs are all expected to weigh on traffic", "both are now forecast to fall".',
    },
    {
      cue: 'projected|forecast|predicted|estimated|expected',
      type: 'hedge',
      degree: 'low',
      before: 'is|are|was|were|be|been',
      after: [
        'by the|a|an|its|their|some|most|many|several|private|local|industry|government|state * to',
        'by the|a|an|its|their|some|most|many|several *{0,2} * to',
        'by *AA to',
        'by *Aa to',
      ],
      note: 'A forecast in the passive with its forecaster named before the infinitive (version 16): "the deficit is projected by the ministry to narrow", "output was forecast by most analysts to rise"; the forecast is still a hedge though its source is named.',
    },
    {
      cue: 'I am|was expecting',
      type: 'hedge',
      degree: 'medium',
      notAfter: [
        'you|him|her|them|my|his|guests|visitors|company|twins',
        'a|the baby|call|letter|visitor|guest|delivery',
      ],
      note: 'The speaker\'s own forecast in the progressive (version 16): "I am expecting a cut at least"; not someone expected to come ("I am expecting guests").',
    },
    {
      cue: 'we are|were expecting',
      type: 'hedge',
      degree: 'medium',
      notAfter: ['you|him|her|them|guests|visitors|company|twins', 'a baby|guest|visitor'],
      note: 'As "I am expecting" (version 16): "we are expecting a modest rise in sales".',
    },
    {
      cue: 'I|we would|do|did not look for',
      type: 'hedge',
      degree: 'medium',
      note: 'The speaker\'s own forecast, negated (version 16): "I would not look for prices to recover soon".',
    },
    {
      cue: "I|we wouldn't|don't|didn't|wouldn’t|don’t|didn’t look for",
      type: 'hedge',
      degree: 'medium',
      note: 'The same contracted: "we don\'t look for a cut before June".',
    },
    {
      cue: 'stand|stands|stood|standing a|an good|fair|strong|better|reasonable|real|excellent|slim|small|outside|decent chance|chances',
      type: 'hedge',
      degree: 'medium',
      confidence: 0.75,
      note: 'A likelihood with "stand a chance" (version 16): "the bill stands a good chance of passing", "gas stands a fair chance to regain its share".',
    },
    {
      cue: 'remote|slim|doubtful|unlikely',
      type: 'hedge',
      degree: 'medium',
      before: 'appeared|appears|appear|seemed|seems|seem|looked|looks|look|remained|remains|remain',
      note: 'The adjective of a likelihood after a verb of appearance (version 16): "a shortfall appeared remote", "a deal seems doubtful"; the verb is marked by its own entries.',
    },
    {
      cue: 'unsure|undecided',
      type: 'incompleteness',
      degree: 'medium',
      notBefore: 'not|never',
      note: 'Not knowing or not yet decided (version 16): "the government is unsure how far to go", "voters remain undecided"; version 15 had them only before "about whether".',
    },
    {
      cue: 'signs|indications',
      type: 'hedge',
      degree: 'medium',
      confidence: 0.7,
      before: [
        'there are|were|is|was',
        'there have|had been',
        'there are|were some|early|growing|tentative|initial|first',
      ],
      notAfter: 'that|of|on|in|at|for|and|to|which|saying|posted',
      note: 'Evidence short of proof with the clause bare (version 16): "there were signs investors are tiring of the rally"; "signs that" and "signs of" are entries of their own or left out, and a road sign is not meant.',
    },
    {
      cue: 'fears|fear|worries|concerns that',
      type: 'unclear-attribution',
      degree: 'medium',
      confidence: 0.7,
      before: [
        'to|allay|allayed|allays|allaying|dispel|dispelled|dispels|dispelling|ease|eased|eases|easing|calm|calmed|calms|counter|countered|belie|belied|contradict|contradicted|feed|fed|feeds|stoke|stoked|stokes the',
        'allay|allayed|allays|allaying|dispel|dispelled|dispels|dispelling|ease|eased|eases|easing|calm|calmed|calms|stoke|stoked|stokes|stoking|feed|fed|feeds|feeding|raise|raised|raises|raising',
      ],
      note: 'A fear of unnamed many that a fact answers or feeds (version 16): "a counterpoint to the fears that supplies would be tight", "the figures eased fears that rates would rise".',
    },
    {
      cue: 'forecast|predicted|anticipated',
      type: 'hedge',
      degree: 'medium',
      before: 'the|a|an|its|their|this|that|these|those',
      after: `${marketNouns}|${measureNouns}|increase|increases|deficit|deficits|surplus|shortfall|loss|losses|gain|gains|decline|rise|level|levels|total|cost|costs|savings`,
      note: 'A forecast as an attribute (version 16), as "the projected deficit": "compared to a forecast deficit of 3 billion", "the predicted surplus".',
    },
    {
      cue: 'more|less than a|an year|month|week|decade|day|quarter|century|fortnight',
      type: 'vague-quantity',
      degree: 'low',
      notBefore: 'no|not|little|much|far|even',
      note: 'A bound on a span without a numeral (version 16), as "just over a year": "they have met for more than a year", "less than a month later".',
    },
    {
      cue: 'nearly|almost|virtually',
      type: 'vague-quantity',
      degree: 'low',
      notBefore: 'not|as',
      after: 'its|the|their|his|her|our|a whole|entire',
      note: 'An approximated whole (version 16): "for nearly its whole life", "almost the entire crop"; as "nearly all".',
    },
    // Version 16, from the misses of round 19 (the probe), by class.
    {
      cue: 'SEEN',
      type: 'hedge',
      degree: 'medium',
      caseSensitive: true,
      before: '*AA',
      after: 'FROM|AMONG|IN|FOR|ON|OVER|UNDER|WITHIN|AFTER|BEFORE|BY|DURING|BETWEEN',
      note: 'A forecast in an all-capitals headline with a preposition after (version 16), as "SEEN RISING": "LITTLE EFFECT SEEN FROM REPORT", "MERGERS SEEN AMONG DEALERS"; not "SEEN AS" (a construal).',
    },
    {
      cue: 'NEAR|NEARLY|ALMOST|ABOUT|AROUND',
      type: 'vague-quantity',
      degree: 'low',
      caseSensitive: true,
      before: '*AA',
      after: 'RECORD|RECORDS|HIGH|HIGHS|LOW|LOWS|PEAK|PEAKS|PAR|#',
      note: 'An approximator in an all-capitals headline (version 16): "ACREAGE SEEN NEAR RECORD LOW", "OUTPUT AROUND 1986 LEVEL".',
    },
    {
      cue: 'possible',
      type: 'hedge',
      degree: 'high',
      confidence: 0.75,
      before: 'might|may|could|would be',
      note: 'A possibility under a modal (version 16): "it might be possible to structure a rescue"; the modal is marked by its own entry.',
    },
    {
      cue: 'Reports|Rumors|Rumours|Talk|Speculation of',
      type: 'unclear-attribution',
      degree: 'medium',
      caseSensitive: true,
      notBefore: '*',
      note: 'Unnamed reports opening a sentence (version 16): "Reports of the bank\'s buying helped the currency recover"; a word before (not ending a sentence) leaves it to the lower-case entries.',
    },
    {
      cue: 'rumors|rumours|rumor|rumour|talk',
      type: 'unclear-attribution',
      degree: 'medium',
      before: [
        'there is|are|was|were',
        'there is|are|was|were strong|persistent|widespread|unconfirmed|some|growing|market|renewed|fresh',
        'there have|has|had been',
      ],
      notAfter: 'about|with|to|between|among',
      note: 'Unconfirmed talk with a place or a clause after (version 16): "there were strong rumors in New York that the bank bought dollars", "there was talk the firm would sell"; not "talk between", "talk with" (a conversation).',
    },
    {
      cue: 'talk|rumors|rumours|rumor|rumour|speculation|word also|again|later|then|quickly|soon|had|has circulated|spread|swept|persisted|surfaced',
      type: 'unclear-attribution',
      degree: 'medium',
      note: 'Unconfirmed talk as the subject of a verb of spreading, with an adverb (version 16): "Talk also circulated that the bank bought sterling", "rumours again swept the floor".',
    },
    {
      cue: 'talk|rumors|rumours|rumor|rumour|speculation circulated|circulates|circulating|spread|swept|persisted|surfaced',
      type: 'unclear-attribution',
      degree: 'medium',
      note: 'The same without an adverb (version 16): "rumours circulated that the minister would resign".',
    },
    {
      cue: 'suggesting|implying',
      type: 'hedge',
      degree: 'medium',
      confidence: 0.7,
      before: '*,',
      notAfter: 'that|to|the need|a way|ways|changes|names|how',
      note: 'An inference drawn from a fact in a participle clause (version 16): "the bank bought only for its own account, suggesting a weak commitment"; with "that" the entries of "suggesting that" serve.',
    },
    {
      cue: "it doesn't|didn't|doesn’t|didn’t look|seem like",
      type: 'hedge',
      degree: 'medium',
      notAfter: 'rain|snow|a|an|one|him|her|them|me|us|you|his|their',
      note: 'As "it looks like" (version 16), negated: "It doesn\'t look like it\'s happening".',
    },
    {
      cue: 'it does|did not look|seem like',
      type: 'hedge',
      degree: 'medium',
      notAfter: 'rain|snow|a|an|one|him|her|them|me|us|you|his|their',
      note: 'The same written out: "it does not look like the talks will resume".',
    },
    {
      cue: 'prospective|potential|possible|likely|probable',
      type: 'hedge',
      degree: 'low',
      before: 'the|a|an|its|their|this|that|given|his|her',
      after:
        'takeover|takeovers|merger|mergers|acquisition|acquisitions|sale|sales|purchase|bid|bids|buyer|buyers|bidder|bidders|deal|deals|acquirer|suitor|suitors',
      note: 'A deal named before it is done (version 16): "given the prospective takeover by Chrysler", "a potential buyer for the unit".',
    },
    {
      cue: 'about|roughly|nearly|almost|approximately',
      type: 'vague-quantity',
      degree: 'low',
      after: 'every|once|twice',
      notBefore: 'how|what|talk|talked|talking|think|thinking|know|care|worry|worried',
      note: 'An approximated rate (version 16): "selling a car about every other day", "roughly once a week"; not "talk about every detail".',
    },
    {
      cue: 'or below|above|lower|higher|under|over',
      type: 'vague-quantity',
      degree: 'low',
      before: ['# *', '# * *', '#'],
      note: 'An open bound after a stated value (version 16), as "or more": "plantings could drop to 59 mln acres or below".',
    },
    {
      cue: 'Expected|Projected|Anticipated|Forecast|Estimated',
      type: 'hedge',
      degree: 'medium',
      caseSensitive: true,
      notBefore: '*',
      notAfter: 'to|by|in|at|on|for|from|with|as|and',
      note: 'A forecast as an attribute opening a sentence (version 16): "Expected signup of up to 90 pct, along with …"; not a passive ("Expected to fall, …", "Estimated at …").',
    },
    {
      cue: 'chance|chances of',
      type: 'hedge',
      degree: 'medium',
      confidence: 0.75,
      before: 'see|sees|saw|seeing|put|puts|rate|rates|rated|give|gives|gave|giving the|a',
      note: 'A likelihood someone sees (version 16): "he sees the chance of a drop to 140 yen".',
    },
    // Version 17 (rules 0.17.0), from the misses of round 20 (`reuters-10003` …
    // `10078`) grouped by class, and from a coverage audit by class (invented
    // sentences): the forms each family still lacked.
    //
    // The speaker's own forecast with "see": "we do not see prices going much
    // higher", "I can't see any cut in rates", "we see the yen firming"; and in
    // reported speech, negated ("he said he did not see rates falling") or with a
    // change ("the firm said it sees no improvement"). A sight has no thing
    // changing after it ("we saw them leaving": the past "saw" is left out).
    {
      cue: 'see',
      type: 'hedge',
      degree: 'medium',
      before: [
        'I|we',
        'I|we still|also|now|really|certainly|just|clearly|honestly|personally|even',
        ...firstPersonNegated,
        'I|we do|did|could|can|would not really|yet|immediately',
        "I|we don't|didn't|can't|cannot|don’t|didn’t|can’t really|yet|immediately",
      ],
      after: forecastObject,
      notAfter:
        'him|her|them|you|me|us|it|any|a|an|no|much|little|the|this|that|these|those|what|how|why|whether|if|where|when|who|reason|point|problem|need|sign|signs|way|evidence|justification',
      note: 'The speaker\'s own forecast (version 17): "we do not see prices going much higher"; not a sight of people ("I see him coming") nor a view without a change ("I don\'t see any reason to worry").',
    },
    {
      cue: 'see',
      type: 'hedge',
      degree: 'medium',
      before: [
        'I|we',
        'I|we still|also|now|really|certainly|just|clearly|honestly|personally|even',
        ...firstPersonNegated,
      ],
      after: [
        `any|a|an|much|further|no|little|major|significant|big|sharp|substantial|another|more|some|real|serious|marked|quick|early|rapid|strong|modest|slight|slow|gradual ${changeNouns}`,
        `any|a|an|much|further|no|little|major|significant|big|sharp|substantial|another|more|some|real|serious|marked|quick|early|rapid|strong|modest|slight|slow|gradual * ${changeNouns}`,
        `this|that|the|these|those ${changeNouns} ${changeParticiples}`,
        `the|this|that|these|those|much|any * ${changeParticiples}`,
        `the|this|that|these|those * * ${changeParticiples}`,
      ],
      note: 'The same forecast before a determiner: "we see a sharp rise in rates", "I don\'t see much change", "we see the dollar weakening"; not "I see the problem", "we don\'t see any reason".',
    },
    {
      cue: 'see|sees',
      type: 'hedge',
      degree: 'medium',
      before: saidPronounNegated,
      after: forecastObject,
      note: 'A speaker\'s own forecast, negated, in reported speech (version 17): "he said he did not see rates falling", "the bank said it does not see any cut".',
    },
    {
      cue: 'see|sees',
      type: 'hedge',
      degree: 'medium',
      before: saidPronoun,
      after: `no|little|any|some|further|a|an|another ${changeNouns}`,
      note: 'A speaker\'s forecast of a change (version 17), beside "said it sees 1987 earnings rising": "the company said it sees no improvement this year".',
    },
    // The speaker's forecast with "look for" in the progressive, "we are looking for
    // a five pct rise" (as "we do not look for", version 16); not a search ("we are
    // looking for a buyer": no word of a change follows).
    {
      cue: 'looking for',
      type: 'hedge',
      degree: 'medium',
      before: [
        'I am|was',
        'we are|were',
        "I'm|we're|I’m|we’re",
        'I am|was still|also|now|only',
        'we are|were still|also|now|only',
        "I'm|we're|I’m|we’re still|also|now|only",
        'said|says|added he|she|it|they|we|I is|are|was|were',
        'said|says|added he|she|it|they|we|I is|are|was|were still|also|now|only',
      ],
      after: [`*{0,3} ${changeNouns}`, 'about|around|roughly|some|at|between #'],
      note: 'A forecast (version 17): "we\'re looking for a five pct rise in sales", "the firm said it was looking for growth of about three pct"; not "looking for a buyer".',
    },
    // The speaker's own forecast with a verb of forecasting, as "we estimate":
    // "we project earnings of two dlrs a share", "I predict the bill will fail";
    // "our forecast is for a rise", as "my guess is".
    {
      cue: 'project|forecast|predict|foresee|envisage|envision',
      type: 'hedge',
      degree: 'medium',
      before: ['I|we', 'I|we now|still|also|currently|conservatively|confidently'],
      notBefore: beliefNotAsserted,
      notAfter: 'ourselves|itself|myself|onto|on|to|an|images|image|power|strength|force',
      note: 'The speaker\'s own forecast (version 17), as "we estimate": "we project a loss"; not "we project an image", "we project power".',
    },
    {
      cue: 'forecast|forecasts|projection|projections|prediction|predictions|outlook is|are|was|were|remains|calls',
      type: 'hedge',
      degree: 'medium',
      before: 'my|our',
      note: 'The speaker\'s own forecast as a noun (version 17), as "my guess is": "our forecast is for a rise of five pct".',
    },
    // What cannot be said or seen: "it is not easy to predict", "it is hard to see
    // how the deal can go through" (as "hard to say"); "tough" and "call" joined
    // "hard to say" above.
    {
      cue: 'easy to determine|predict|foresee|forecast|gauge|quantify|estimate|assess|judge|call',
      type: 'incompleteness',
      degree: 'high',
      before: ['not|never|no', "isn't|wasn't|isn’t|wasn’t", 'not|never very|so|that|particularly'],
      notAfter: 'him|her|them|it|apart|on|off|up|back|for|me|us|you',
      note: 'What cannot easily be known (version 17), as "hard to say": "it is not easy to predict where rates go".',
    },
    {
      cue: 'easy to say|tell|know',
      type: 'incompleteness',
      degree: 'high',
      before: ['not|never|no', "isn't|wasn't|isn’t|wasn’t", 'not|never very|so|that|particularly'],
      after: 'how|whether|what|when|where|which|who|why|if',
      note: '"It is not easy to say when the mill will reopen"; not an utterance ("it is not always easy to say, "Just forget it"") nor "not easy to tell them apart".',
    },
    {
      cue: 'difficult|hard|impossible|tough to see',
      type: 'incompleteness',
      degree: 'high',
      before: [
        "is|was|be|been|it’s|it's",
        "is|was|be|been|it’s|it's very|quite|extremely|rather|often|always",
      ],
      after: 'how|whether|why|what|when|where|if|any|a|an',
      note: 'A doubt as a difficulty of seeing (version 17): "it is hard to see how the deal can go through"; not "hard to see in the dark" (no question or object after). "hard to imagine / envision" was tried and left out: in running prose it is mostly rhetorical ("it is difficult to envision a time when current was not available").',
    },
    // A possible change with a direction after "could", not a person's deed: "a
    // strike could send prices higher", "lower rates could push the dollar down".
    {
      cue: 'could',
      type: 'hedge',
      degree: 'high',
      notBefore: couldOfAThing,
      after: [
        'push|drive|send|pull|knock|take|put|lift|force|bring|keep *{1,3} up|down|higher|lower|upward|upwards|downward|downwards|above|below|under|beyond',
        'push|drive|send|pull|knock|take|put|lift|force|bring *{1,3} to|toward|towards #',
      ],
      note: 'A possible change of a quantity (version 17): "a strike could send prices higher", "the slump could drive the yen to 140"; not after a person ("he could push the cart up the hill", "we could keep prices down": deeds).',
    },
    // A possible role or rank after "could", not a person's deed: "the unit could
    // serve as a model", "the crop could rank as the smallest in years" (version 17,
    // left out in version 16's calls).
    {
      cue: 'could',
      type: 'hedge',
      degree: 'high',
      notBefore: couldOfAThing,
      after: [
        'serve|rank|act|function|count|qualify|double|emerge|end|figure as',
        'well|eventually|also|easily|even|still|ultimately|yet serve|rank|act|function|count|qualify|double|emerge|end|figure as',
      ],
      note: 'A possible role or rank (version 17): "these sales could serve as a basis for a deal", "this year\'s crop could rank as one of the smallest"; not after a person ("he could serve as chairman", who may choose to).',
    },
    // Version 17, from the probe's (round 21) misses after it had been measured, by
    // family.
    //
    // "near" as an approximator before a number with its unit or a level: "mills
    // should operate near 75 pct of capacity", "the dollar held near the 150 yen
    // level" (as "close to"; "near 5th Street" has no unit after the number).
    {
      cue: 'near',
      type: 'vague-quantity',
      degree: 'low',
      after: [
        '# pct|percent|per|mln|bln|billion|million|thousand|dlrs|dollars|dlr|yen|marks|francs|stg|pounds|tonnes|tons|barrels|bushels|cents|cts|points|pence|lire|guilders|ounces|acres|units|bpd|barrels',
        'the # *{0,2} level|levels|mark|area|range|region|line|barrier',
        'the|its|their|a # *{0,2} level|levels|mark|area|range|region|line|barrier',
      ],
      note: 'An approximation of a value (version 17): "the mills should operate near 75 pct of capacity", "dealers bought dollars near the 150 yen level".',
    },
    // The speaker's forecast of an event to be witnessed: "I expect to see more
    // closures", "he said he expects to see rates fall" (an intention, "expects to
    // retire", stays out; a meeting, "I expect to see you there", too).
    {
      cue: 'expect|expects|expected|anticipate|anticipates|anticipated',
      type: 'hedge',
      degree: 'medium',
      before: [
        'I|we',
        'I|we do|still|also|now|fully|really|would|certainly',
        "I'd|we'd|I’d|we’d",
        'said|says|added|stated|explained|indicated he|she|it|they|we|I',
        'said|says|added|stated|explained|indicated that he|she|it|they|we|I',
        'said|says|added he|she|it|they|we|I also|still|now|fully',
      ],
      after: 'to see|witness',
      notAfter: 'to see you|him|her|them|me|us|everyone|everybody',
      note: 'A forecast of events (version 17): "I expect to see more refineries shut"; not a meeting ("I expect to see you there").',
    },
    // A forecast in a reduced relative, negated: "units no longer expected to meet its
    // goals", "a rise not forecast to last".
    {
      cue: 'expected|projected|forecast|predicted to',
      type: 'hedge',
      degree: 'medium',
      before: ['no longer', 'not'],
      notBefore:
        'had|has|have|do|does|did|could|can|would|should|will|might|may|is|are|was|were|be|been|being not',
      note: 'A forecast negated (version 17): "operations no longer expected to meet its requirements"; not a plan of the subject ("the firm had not expected to sell", an agent\'s own past expectation), nor a norm ("women were not expected to know"; the passive with "be" has entries of its own).',
    },
    // A possible event after "could", also in a relative clause (an event, not an
    // ability): "a bill which could come up soon on the floor", "the plan could come
    // under fire", "the accord could go into effect in May".
    {
      cue: 'could',
      type: 'hedge',
      degree: 'high',
      notBefore: [...purposeClause, 'he|she|they|i|we|you|who'],
      after: [
        'come up soon|for|before|again|later|next|this|early|shortly|quickly',
        'come under|into|before',
        'soon|well|also|still|even|eventually|already|quickly come up|under|into|before',
        'go ahead|into|forward|through',
        'soon|well|also|still|even|eventually|already|quickly go ahead|into|forward|through',
      ],
      notAfter:
        'come up with|to terms|to the|to a|to an|to his|to her|to their|to its|to our|back to|go to|go into the|go into a|go through the|go through a|go through with',
      note: 'A possible event (version 17): "the bill, which could come up soon", "the plan could come under fire", "the ban could go into effect"; not a deed ("he could come up with a plan", "we could go through the papers") nor a movement ("until the columns could come up and take over": "come up" needs a time or "for", "before").',
    },
    // A possible change with its size after "could", also in a relative clause: "the
    // plans, which could cut prices by over 10 pct", "the tax could raise revenue to
    // 40 bln dlrs" (a quantity changed by a measure, not a person's deed).
    {
      cue: 'could',
      type: 'hedge',
      degree: 'high',
      notBefore: [...purposeClause, 'he|she|they|i|we|you|who'],
      after: [
        'cut|trim|reduce|lower|raise|lift|increase|boost|add|shave|slash|save|pare|push|bring|take|put|drive|send *{1,6} by|to #',
        'cut|trim|reduce|lower|raise|lift|increase|boost|add|shave|slash|save|pare|push|bring|take|put|drive|send *{1,6} by|to about|around|over|some|nearly|almost|roughly|more|up|as|between|less|under|at #',
        'cut|trim|reduce|lower|raise|lift|increase|boost|add|shave|slash|save|pare *{1,6} by|to about|around|over|some|nearly|almost|roughly|more|up|as|between|less|under|at than|to|least|much|many #',
      ],
      note: 'A possible change with its size (version 17): "the plans, which could cut the price by over 10 pct"; not after a person ("he could cut the rope by 10 cm").',
    },
    // "could" with an adverb before "be" or "have": "the scheme could already be
    // doomed", "the strike could still be settled", as "could be".
    {
      cue: 'could',
      type: 'hedge',
      degree: 'high',
      notBefore: [...purposeClause, ...mannerQuestion, ...relativeClause],
      after: [
        'already|still|even|soon|also|yet|eventually|now|actually|ultimately|quickly|instead|then|further|just|probably|likely|potentially|indeed be|have',
      ],
      notAfter: [
        '* be envisaged|envisioned|imagined|conceived|pictured|added|noted|mentioned|remarked|recalled|observed|pointed',
        '* have chosen|abandoned|refused|continued|done|taken|gone|asked|said|told|made',
      ],
      note: 'A possibility with an adverb between (version 17), as "could be": "one scheme could already be doomed"; not a remark ("it could also be noted") nor a choice open in the past ("could also have chosen"); "could easily be seen" (ability) and "could possibly / conceivably" (the adverb is the cue) are left out.',
    },
    // A value named by the part of a range it falls in, as "in the region of": "corn
    // plantings in the high 60's", "prices in the low 40s", "the low to mid 80-mln
    // acre range", "yields in the mid-70s", "near-record levels" (as "NEAR RECORD" in
    // headlines; the figures leave these words out). Not "the high 1990s" (a span of
    // years, no decade word in this list) nor "the low road".
    {
      cue: 'low|high|mid|upper|lower|middle',
      type: 'vague-quantity',
      degree: 'low',
      before: 'the',
      notBefore: 'since|until|till|during|throughout|before|after|from the',
      after: [
        "10s|20s|30s|40s|50s|60s|70s|80s|90s|10's|20's|30's|40's|50's|60's|70's|80's|90's",
        'teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties',
        'to mid|high|upper|lower|low',
      ],
      note: 'An approximation by the part of a range (version 17): "plantings in the high 60\'s", "the low to mid 80-mln acre range".',
    },
    {
      cue: 'mid-10s|mid-20s|mid-30s|mid-40s|mid-50s|mid-60s|mid-70s|mid-80s|mid-90s',
      type: 'vague-quantity',
      degree: 'low',
      notBefore: 'since|until|till|during|throughout|before|after|from the',
      note: 'An approximation (version 17): "yields in the mid-70s"; not a span of years ("since the mid-70s"), nor ages and decades in words ("in his mid-fifties", "in the mid-thirties"), which are left out.',
    },
    { cue: 'near-record', type: 'vague-quantity', degree: 'low' },
    // Unconfirmed news: "reports of" after more words (conjunctions, verbs of
    // reflecting, receiving and investigating, adjectives of number and age), as
    // "amid reports of": "complaints and reports of alleged abuses", "the rise
    // reflected reports of heavy buying"; not documents ("the minutes and reports of
    // the committee": a determiner or possessive after "of").
    {
      cue: 'reports of',
      type: 'unclear-attribution',
      degree: 'medium',
      before:
        'and|or|with|by|over|about|from|reflecting|reflected|reflects|reflect|confirm|confirmed|confirms|confirming|investigating|investigate|investigated|investigates|probing|received|receiving|receive|receives|new|fresh|further|repeated|continuing|continued|growing|scattered|isolated|contradictory|media|trade|market|wire',
      notAfter: "the|its|their|his|her|our|this|these|that|those|each|all|which|whom|*'s|such|any",
      note: 'Reports as unconfirmed news (version 17), as "amid reports of": "complaints and reports of alleged abuses", "investigating reports of dumping"; not documents ("and reports of the committee").',
    },
    // Fears, concerns and hopes of unnamed many with a bare clause, as "there were
    // fears that": "there are concerns the deficit will widen".
    {
      cue: 'fears|concerns|worries|fear|concern|worry|hopes|expectations|speculation|suspicions|talk',
      type: 'unclear-attribution',
      degree: 'medium',
      confidence: 0.7,
      before: [
        'there is|are|was|were',
        'there have|has|had been',
        'there is|are|was|were growing|mounting|widespread|increasing|rising|renewed|general|some|strong|persistent|also|still|now|serious|real',
      ],
      after: `the|a|an|its|their|his|her|this|these|those|some|it|they|he|she|we|other|further|more|${marketNouns}`,
      note: 'A belief held by unnamed many with a bare clause (version 17): "there were fears the strike would spread"; not "there were fears of a strike" nor "concerns among investors" (an object or a holder, no clause: those words are not in the list).',
    },
    // A negative forecast put as surprise: "I'd be surprised if rates rose" (beside
    // "would not be surprised if", version 14).
    {
      cue: 'surprised if',
      type: 'hedge',
      degree: 'medium',
      before: [
        "would|I'd|we'd|he'd|she'd|they'd|I’d|we’d|he’d|she’d|they’d be",
        "would|I'd|we'd|he'd|she'd|they'd|I’d|we’d|he’d|she’d|they’d be very|quite|somewhat|really|rather|most|pretty|greatly|extremely|a|little",
        "would|I'd|we'd|I’d|we’d be a little|bit",
      ],
      note: 'A tentative negative forecast (version 17): "I\'d be surprised if rates rose this year"; not a past surprise ("he was surprised if …" is no formula).',
    },
    // Conditions on truth with more adjectives, as "if true": "the figures, if
    // correct, point to a slowdown", "if borne out".
    {
      cue: 'if correct|substantiated|verified|authentic|genuine',
      type: 'credibility',
      degree: 'medium',
      notAfter: 'me|him|her|them|it',
      note: 'A condition on truth (version 17), as "if true": "the report, if correct, means the deal is off".',
    },
    { cue: 'if borne out', type: 'credibility', degree: 'medium' },
    // "apt to" and "liable to" were tried and left out (version 17): in running prose
    // they state a tendency ("quacks are apt to direct their appeal to the old"), as
    // "tended to", which the guidelines leave unmarked.
    // The speaker's own belief with "figure": "we figure prices will rise", as "I
    // reckon"; not "figure out", "figure in", "figure prominently".
    {
      cue: 'figure|figured',
      type: 'hedge',
      degree: 'medium',
      before: ['I|we', 'I|we still|also|now|just'],
      notBefore: beliefNotAsserted,
      notAfter: [
        'out|on|in|into|as|among|if|prominently|heavily|largely|highly|significantly|strongly|large|skating|skaters|skater|eight|head|heads',
        '* out',
      ],
      note: 'The speaker\'s own estimate (version 17), as "I reckon": "we figure the cut will come in May"; not "we figured it out", "figure in the talks".',
    },
    // Approximators: "the best part of", "the better part of" a quantity or a span.
    {
      cue: 'the best|better part of',
      type: 'vague-quantity',
      degree: 'low',
      after: [
        '#',
        'a|an|the year|month|week|day|decade|century|hour|mile|ton|tonne|million|billion|dozen|hundred|thousand',
        'two|three|four|five|six|seven|eight|nine|ten|#',
        '$|£|dlrs|stg|pct|per|mln|bln',
      ],
      note: 'An approximation (version 17): "the fund lost the best part of 10 mln dlrs", "for the better part of a year".',
    },
    // Version 18 (rules 0.18.0), from the misses of rounds 22, 23 and 25 grouped by
    // class and a coverage audit by class (invented sentences; examples invented).
    // An outcome read off the signs with "look": "the plan looks doomed", "a cut
    // looks certain" ("looks likely", "looks set" are entries of their own).
    {
      cue: 'look|looks|looked',
      type: 'hedge',
      degree: 'medium',
      after: 'doomed|destined|certain|bound|poised|headed|assured|inevitable|probable',
      notBefore: ['to', ...causativeAppearance],
      note: 'A likely outcome read off the signs (version 18): "intervention looks doomed to fail", "a cut looks certain"; not a look given ("made it look certain").',
    },
    // A risk the subject runs: "the firm risks losing its licence", "runs the risk of
    // becoming"; not the noun ("the risks facing the bank").
    {
      cue: 'risk|risks|risked|risking',
      type: 'hedge',
      degree: 'medium',
      after:
        'becoming|losing|being|falling|missing|damaging|alienating|provoking|triggering|undermining|sparking|jeopardising|jeopardizing|collapsing|failing|slipping|sliding|ending|incurring|defaulting|forfeiting|overshooting|worsening|breaking|running|getting|having|seeing|facing',
      notBefore:
        "the|these|those|such|of|and|or|many|other|major|big|main|any|no|its|their|his|her|our|your|my|*'s|credit|political|economic|market|financial|real|serious|health|fire",
      note: 'A possible outcome the subject runs into (version 18): "the firm risks losing its licence", "the country risks becoming isolated"; not the noun before a participle ("the risks facing the bank").',
    },
    {
      cue: 'run|runs|ran|running the risk of',
      type: 'hedge',
      degree: 'medium',
      note: 'As "risks losing" (version 18): "the bank runs the risk of losing deposits".',
    },
    // The speaker's own forecast in the progressive with an adverb between: "we are
    // also expecting a loss"; a hope stated with a belief: "we hope and believe".
    {
      cue: 'I am|was also|still|now|even|really expecting',
      type: 'hedge',
      degree: 'medium',
      notAfter: [
        'you|him|her|them|my|his|guests|visitors|company|twins',
        'a|the baby|call|letter|visitor|guest|delivery',
      ],
      note: 'As "I am expecting" (version 18), with an adverb: "I am still expecting a cut".',
    },
    {
      cue: 'we are|were also|still|now|even|really expecting',
      type: 'hedge',
      degree: 'medium',
      notAfter: ['you|him|her|them|guests|visitors|company|twins', 'a baby|guest|visitor'],
      note: 'As "we are expecting" (version 18), with an adverb: "we are also expecting to be in the black".',
    },
    {
      cue: 'hope and believe|expect|think|trust',
      type: 'hedge',
      degree: 'medium',
      before: 'I|we',
      note: 'A belief or forecast joined to a hope (version 18): "we hope and believe the talks will succeed"; "we hope" alone is a wish.',
    },
    // A belief reported with "told" and a hearer, and words between: "dealers told
    // Reuters they believed the bank had intervened", "sources told reporters in
    // Tokyo on Monday that they believed".
    {
      cue: 'believed|believes|thought|thinks|felt|feels|doubted|doubts|reckoned|reckons',
      type: 'hedge',
      degree: 'medium',
      before: [
        'told * he|she|it|they|we|I',
        'told * * he|she|it|they|we|I',
        'told ... that he|she|it|they|we|I',
      ],
      notAfter: 'in|of|so|about|him|her|them|me|us|you',
      note: 'As "he said he believed" (version 18), after "told" and its hearer: "bank sources told Reuters they believed the limits were reached"; not "told me he thought of leaving".',
    },
    // A possibility left open with its object before the particle: "would not rule it
    // out", "cannot rule one out" (the forms with "rule out" are entries of their own).
    {
      cue: 'could|can|would not rule it|one|that|this|them|anything out',
      type: 'hedge',
      degree: 'medium',
      note: 'As "would not rule out" (version 18), the object before "out": "officials would not rule one out".',
    },
    {
      cue: "couldn't|couldn’t|cannot|can't|can’t|wouldn't|wouldn’t rule it|one|that|this|them|anything out",
      type: 'hedge',
      degree: 'medium',
    },
    // Talk, rumours and fears set off or fed: "the trip fuels talk of an offer",
    // "the data stirred fears of inflation", "revived rumours that"; in headlines too.
    {
      cue: 'talk|rumours|rumors|rumour|rumor|fears|worries|suspicions|speculation',
      type: 'unclear-attribution',
      degree: 'medium',
      before: [
        'fuel|fuels|fuelled|fueled|fuelling|fueling|spark|sparks|sparked|sparking|stir|stirs|stirred|stirring|revive|revives|revived|reviving|trigger|triggers|triggered|triggering|prompt|prompts|prompted|prompting|renew|renews|renewed|renewing|rekindle|rekindles|rekindled|reignite|reignites|reignited',
        'set|sets|touch|touches|touched off',
        'add|adds|added|adding to',
      ],
      after: 'of|that|about|the|a|an',
      note: 'Talk and fears set off or fed (version 18): "SHULTZ TRIP FUELS TALK OF WHEAT OFFER", "the figures stirred fears of inflation"; not talk held ("talk with the union").',
    },
    // Unconfirmed reports named by the place they come from: "reports from Tokyo that
    // the ministry would act" (case-sensitive: a capitalised place or source).
    {
      cue: 'reports|rumours|rumors|Reports|Rumours|Rumors from',
      type: 'unclear-attribution',
      degree: 'medium',
      caseSensitive: true,
      after: [
        '*Aa that',
        '*Aa *Aa that',
        '*Aa said|saying|say|suggested|suggesting|indicated|indicating',
      ],
      note: 'An unconfirmed report with its place (version 18): "reports from Tokyo that the deal was off"; not a document "from the committee".',
    },
    // What is little or badly understood.
    {
      cue: 'poorly|imperfectly|incompletely|partly|partially|barely|little understood',
      type: 'incompleteness',
      degree: 'medium',
      notBefore: 'a',
      note: 'What is not well known (version 18): "the causes are poorly understood", "a disease little understood".',
    },
    {
      cue: 'not well|fully understood',
      type: 'incompleteness',
      degree: 'medium',
    },
    {
      cue: 'only partly|partially understood',
      type: 'incompleteness',
      degree: 'medium',
    },
    // An impression with a degree word before "like": "that sounds a lot like a tax".
    {
      cue: 'sounds|sounded a lot|bit|little like',
      type: 'hedge',
      degree: 'medium',
      notBefore: 'a|the|its|their|his|her',
      note: 'An impression (version 18), as "sounds like": "that sounded a lot like censorship"; not the noun.',
    },
    {
      cue: 'sounds|sounded much|more|suspiciously|rather|remarkably|awfully|somewhat|increasingly|just|very like',
      type: 'hedge',
      degree: 'medium',
      notBefore: 'a|the|its|their|his|her',
    },
    {
      cue: 'sounds|sounded very much like',
      type: 'hedge',
      degree: 'medium',
      notBefore: 'a|the|its|their|his|her',
    },
    // A claim taken back to a perception or a report: "superb wines (or so perceived)",
    // "the best, or so they say" ("or so it seems" is an entry of its own).
    {
      cue: 'or so perceived|believed|thought|claimed|reported|alleged|presumed|assumed|supposed|rumoured|rumored|advertised|billed|touted|said',
      type: 'credibility',
      degree: 'medium',
      note: 'A claim held only as perceived or reported (version 18): "of exceptional quality (or so perceived)".',
    },
    {
      cue: 'or so they|some|many|critics|officials|supporters|backers|analysts|experts say|said|claim|claimed|believe|argue|insist|think|tell',
      type: 'credibility',
      degree: 'medium',
    },
    {
      cue: 'or so it is|was said|claimed|believed|reported|thought',
      type: 'credibility',
      degree: 'medium',
    },
    // A value approached: "prices are inching toward $100", "debt approaching 10 bln".
    {
      cue: 'inching|edging|creeping|inched|edged|crept|inches|edges|creeps toward|towards',
      type: 'vague-quantity',
      degree: 'low',
      after: ['#', '$|£'],
      note: 'A value approached, not reached (version 18): "prices are inching toward $100 a bottle".',
    },
    {
      cue: 'approaching|nearing',
      type: 'vague-quantity',
      degree: 'low',
      after: ['#', '$|£'],
      notAfter: '# hours|minutes|seconds|years|months|days|am|pm|a.m.|p.m.',
      note: 'A value approached (version 18): "debt approaching 10 bln dlrs"; not a time of day.',
    },
    // A possible amount gained or saved after "could": "growers could regain about half
    // the lost sales", "the plan could save as much as 2 bln dlrs".
    {
      cue: 'could',
      type: 'hedge',
      degree: 'high',
      notBefore: [...purposeClause, ...mannerQuestion],
      after: [
        'regain|recoup|recover|save|earn|gain|generate|fetch|yield|net|lose|shed #',
        'regain|recoup|recover|save|earn|gain|generate|fetch|yield|net|lose|shed $|£|about|around|roughly|some|nearly|almost|over|one-half|half|one-third|two-thirds|upwards',
        'regain|recoup|recover|save|earn|gain|generate|fetch|yield|net|lose|shed up|as|more|less to|much|than',
      ],
      note: 'A possible amount (version 18): "soybean growers could regain about one-half of the sales"; not in a question of manner.',
    },
    // Inference from data without "that", before a change named as a noun: "the jobs
    // data suggested a downward revision" ("the study suggested a reform" stays out).
    {
      cue: 'suggest|suggests|suggested|indicate|indicates|indicated|imply|implies|implied',
      type: 'hedge',
      degree: 'medium',
      before: 'data|figures|numbers|statistics|indicators|readings|results|signs|report|reports',
      after: `a|an *{0,2} revision|revisions|${changeNouns}`,
      note: 'An inference from data before a change (version 18): "the March data suggested a downward revision", "the figures indicate a slowdown"; not a proposal by a study.',
    },
    // "does / did suggest" before a clause: "it does suggest they cannot tighten".
    {
      cue: 'suggest|indicate|imply',
      type: 'hedge',
      degree: 'medium',
      before: 'it|this|that|which does|did',
      after: [
        'that',
        'they|he|she|there|we|it|I|you|these|those',
        '* will|would|may|might|could|is|are|was|were|has|have|had|can|cannot|should',
        '* * will|would|may|might|could|is|are|was|were|has|have|had|can|cannot|should',
      ],
      note: 'An inference stressed (version 18): "it does suggest they can\'t afford to wait"; not "it did suggest a compromise" (a proposal).',
    },
    // Approximation before a level after "the": "quoted around the 1-7/8 pct level",
    // "the dollar traded around the 150 yen level".
    {
      cue: 'around|roughly|approximately',
      type: 'vague-quantity',
      degree: 'low',
      after: [
        'the # pct|percent|per|mln|bln|billion|million|dlrs|dollars|dlr|yen|marks|francs|stg|pounds|cents|cts|points|pence',
        'the # *{0,2} level|levels|mark|area|range|region|line|barrier|fees|fee',
      ],
      note: 'An approximation of a level (version 18), as "near the 150 yen level": "quoted around the 1-7/8 pct fees".',
    },
    // A value as a lower bound after a number and its unit: "values of 20 dlrs a share
    // and more" ("or more" after a unit is an entry of its own); only at a clause's end.
    {
      cue: 'and more|upward|upwards|above|over',
      type: 'vague-quantity',
      degree: 'low',
      before: [
        '# dlrs|dollars|pct|percent|mln|bln|stg|yen|cents|cts|tonnes|tons|points',
        '# * per|a share|tonne|ton|barrel|ounce',
      ],
      notAfter: '*',
      note: 'An open upper end (version 18): "values of 20 dlrs per share and more."; not "20 dlrs and more time".',
    },
    // A possible start after "could", not a person's deed: "output could start to
    // recover", "Yugoslavia could begin to look elsewhere".
    {
      cue: 'could',
      type: 'hedge',
      degree: 'high',
      notBefore: [...purposeClause, ...mannerQuestion, 'he|she|they|i|we|you|who|one'],
      after: 'start|begin to|by',
      note: 'A possible start (version 18): "output could start to recover next year"; not after a person ("he could start to work").',
    },
    // A conclusion withheld: "this did not necessarily constitute a deadline".
    {
      cue: 'not necessarily',
      type: 'hedge',
      degree: 'medium',
      before: 'do|does|did|would|will|may|might|could|should|need',
      after:
        'mean|means|reflect|constitute|indicate|imply|signal|represent|lead|translate|apply|hold|follow|spell|prove|result|point|suggest',
      note: 'A conclusion withheld (version 18): "the date did not necessarily constitute a deadline", "a fall would not necessarily mean a recession"; "not necessarily good" after a copula stays out (the Brown gold leaves it unmarked).',
    },
    {
      cue: 'necessarily',
      type: 'hedge',
      degree: 'medium',
      before: "don't|doesn't|didn't|won't|wouldn't|don’t|doesn’t|didn’t|won’t|wouldn’t",
      after:
        'mean|means|reflect|constitute|indicate|imply|signal|represent|lead|translate|apply|hold|follow|spell|prove|result|point|suggest',
    },
    // An expected problem: "problems were seen ahead", "a squeeze is seen looming".
    {
      cue: 'seen ahead|looming',
      type: 'hedge',
      degree: 'medium',
      before: 'is|are|was|were|be|being|been',
      notAfter: 'of',
      note: 'An expectation in the passive (version 18): "some problems were seen ahead in refinancing"; not a sighting ("the car was seen ahead of us").',
    },
    // An expected outcome: "the pact should turn out well", "the plant ought to prove
    // profitable" ("should prove" is an entry of its own).
    {
      cue: 'should turn out',
      type: 'hedge',
      degree: 'medium',
      notBefore: [...purposeClause, 'I|you|we|he|she|they|if|who'],
      notAfter: 'to vote|work|help|support|watch|see',
      note: 'An expected outcome (version 18): "the harvest should turn out well"; not a duty ("you should turn out to vote").',
    },
    {
      cue: 'ought to prove',
      type: 'hedge',
      degree: 'medium',
      notBefore: 'I|you|we|he|she|they|if|who',
      notAfter:
        'that|it|his|her|their|its|them|him|me|us|himself|itself|themselves|ourselves|yourself|what|how|whether|who|he|she|they|we|I|you|one|your|our|my',
      note: 'As "should prove" (version 18): "the new plant ought to prove profitable"; not a duty ("the state ought to prove that").',
    },
    // What the speaker understands something to be: "we understand it to be firm",
    // "I don't understand it to be closed".
    {
      cue: 'understand|understood',
      type: 'hedge',
      degree: 'medium',
      before: ['I|we', "I|we do|did|don't|didn't|don’t|didn’t", 'I|we do|did not'],
      after: ['it|this|that|them|him|her to be|have', 'the * to be|have'],
      note: 'The speaker\'s understanding of a state (version 18): "we understand it to be a firm offer", "I don\'t understand it to be closed".',
    },
    // Version 18, from the probe's (round 24) misses, read after it was measured, by
    // family (examples invented).
    // A possible loss or gain handed to someone after "could": "a split could rob the
    // party of its majority", "the delay could cost the firm its lead".
    {
      cue: 'could',
      type: 'hedge',
      degree: 'high',
      notBefore: [...purposeClause, ...mannerQuestion, 'he|she|they|i|we|you|who|one'],
      after: 'rob|deprive|strip|deny|saddle|burden|spare|cost',
      note: 'A possible outcome handed to someone (version 18): "a steady advance could rob the party of its majority"; not after a person ("he could hand the letter over").',
    },
    // An approximation below or above a level: "failed to hold beneath 1.80 marks",
    // "could push the dollar below its recent 1.79 low".
    {
      cue: 'beneath',
      type: 'vague-quantity',
      degree: 'low',
      after: ['#', '$|£'],
      note: 'A bound (version 18), as "below": "the dollar failed to hold beneath 1.80 marks".',
    },
    {
      cue: 'below|beneath|above|under|over',
      type: 'vague-quantity',
      degree: 'low',
      after: [
        'its|the|their|a recent|previous|earlier|current|key|record|year|psychological|important|critical|technical #',
        'its|the|their|a recent|previous|earlier|current|key|record|psychological|important|critical|technical * #',
        'the|its|their # *{0,2} level|levels|mark|low|lows|high|highs|barrier|area|line|region|range|figure',
      ],
      notAfter: '* # years|months|weeks|days|hours|minutes|decades',
      note: 'A bound on a level named after a determiner (version 18), as "near the 150 yen level": "could push the dollar below its recent 1.79 low", "above the 1.80 level".',
    },
    // Expectations and fears with a bare clause after a preposition: "buoyed by
    // expectations the Conservatives will win".
    {
      cue: 'expectations|expectation|hopes|fears|worries|concerns|speculation|beliefs|belief|perceptions|perception|suspicions',
      type: 'hedge',
      degree: 'medium',
      before: [
        'by|on|amid|over|with|from',
        'by|on|amid|over|with|from growing|renewed|rising|mounting|widespread|strong|new|fresh|market|the|some',
      ],
      after: [
        'the|a|an|its|their|his|her|it|they|he|she|there|prices|rates|sales|output|demand|*s will|would|could|may|might|should|is|are|was|were|has|have|had|can',
        '*{1,3} will|would|could|may|might|should',
      ],
      note: 'Expectations and fears with a bare clause (version 18): "the pound was buoyed by expectations the Conservatives will win"; "expectations of" and "that" are entries of their own.',
    },
    // An appearance with "look" and an adjective of a level or a judgement: "sterling
    // now looks high against the mark", "the shares look cheap".
    {
      cue: 'look|looks|looked',
      type: 'hedge',
      degree: 'medium',
      notBefore: ['to', ...causativeAppearance],
      after: [
        'high|low|cheap|expensive|dear|overvalued|undervalued|overbought|oversold|weak|strong|firm|soft|stretched|toppy|shaky|fragile|solid|healthy|vulnerable|exposed|overdone|attractive|unattractive|limited|possible|probable',
        'a bit|little high|low|cheap|expensive|dear|overvalued|undervalued|overbought|oversold|weak|strong|firm|soft|stretched|toppy|shaky|fragile|solid|healthy|vulnerable|exposed|overdone|attractive|unattractive|limited',
        'too|rather|fairly|very|quite|increasingly|somewhat high|low|cheap|expensive|dear|overvalued|undervalued|overbought|oversold|weak|strong|firm|soft|stretched|toppy|shaky|fragile|solid|healthy|vulnerable|exposed|overdone|attractive|unattractive|limited',
      ],
      notAfter: 'high|low and|or',
      note: 'An appearance with an adjective of a level or a judgement (version 18): "sterling now looks high against the mark", "the shares look cheap"; not a look given ("made the offer look cheap") nor "look forward".',
    },
    // An expected level with a comparative: "turnover should be much higher by 1988".
    {
      cue: 'should',
      type: 'hedge',
      degree: 'medium',
      notBefore: [...purposeClause, 'I|you|we|he|she|they|who|if|unless|whether|there'],
      after: [
        'be higher|lower|better|worse|stronger|weaker|bigger|smaller|greater|larger|firmer|softer|faster|slower',
        'be much|far|slightly|somewhat|even|still|considerably|substantially|significantly|markedly|sharply|rather|marginally|modestly higher|lower|better|worse|stronger|weaker|bigger|smaller|greater|larger|firmer|softer|faster|slower',
      ],
      notAfter: [
        'be better|worse known|understood|done|spent|used|served|prepared|organized|organised|off|advised',
        'be * better|worse known|understood|done|spent|used|served|prepared|organized|organised|off|advised',
      ],
      note: 'An expected level (version 18): "turnover should be much higher by end 1987"; not after a person ("you should be better prepared") nor in a condition, nor a norm ("it should be far better known").',
    },
    // An expected effect arriving: "a further boost should come with the new futures",
    // "part of its charm should come in recognizing".
    {
      cue: 'should',
      type: 'hedge',
      degree: 'medium',
      caseSensitive: true,
      notBefore: [...purposeClause, 'I|you|we|he|she|they|who|if|unless|whether|*Aa'],
      after: 'come with|from|in|through|as|next|soon|later|early|late',
      notAfter: 'come in handy|person|writing',
      note: 'An expected effect or event arriving (version 18): "a further boost to volume should come with the new contract"; not after a person or a name ("he should come in", "Smith should come from").',
    },
    // A forecast in an all-capitals headline with a past participle: "FIRMS SEEN HIT BY
    // DEREGULATION", "PRICES SEEN CUT".
    {
      cue: 'SEEN',
      type: 'hedge',
      degree: 'medium',
      caseSensitive: true,
      before: '*AA',
      after:
        '*ED|HIT|HURT|CUT|SET|PUT|HELD|KEPT|LOST|WON|LED|MET|DONE|SOLD|BOUGHT|PAID|BEATEN|TAKEN|GIVEN|DRIVEN|SHAKEN|BROKEN|STRUCK|SPLIT|SHUT|SPENT|GROWN|FROZEN|TORN|DRAWN|FORCED|SQUEEZED|BOOSTED',
      notAfter: 'AS',
      note: 'A forecast in a headline with a past participle (version 18): "FINANCE FIRMS SEEN HIT BY DEREGULATION"; "SEEN AS" stays out.',
    },
    // A modal in an all-capitals headline after a comma: "JAPAN CUTS OUTPUT, MAY
    // PRODUCE SHORTAGE".
    {
      cue: 'MAY|MIGHT|COULD',
      type: 'hedge',
      degree: 'medium',
      caseSensitive: true,
      before: '*,',
      after: '*AA',
      notAfter:
        'TRADE|SURPLUS|DEFICIT|SALES|OUTPUT|PRODUCTION|EXPORTS|IMPORTS|FIGURES|DATA|INFLATION|RESULTS|NET|PROFIT|PROFITS|EARNINGS|PRICES|PRICE|RATE|RATES|DELIVERY|DELIVERIES|CONTRACT|CONTRACTS|FUTURES|OPTIONS|SHIPMENTS|ORDERS|INDEX|MONEY|RETAIL|INDUSTRIAL|HOUSING|PERSONAL|CONSUMER|JOBLESS|UNEMPLOYMENT|AND|OR|TO|THROUGH|FROM|MEETING|REPORT|LEVEL|LEVELS|TALKS|SESSION|JUNE|JULY',
      note: 'A modal in a headline after a comma (version 18): "JAPAN CUTS CHIP OUTPUT, MAY PRODUCE SHORTAGE"; not the month in a list ("MARCH, MAY DELIVERY").',
    },
    // Anticipation as a ground of action: "shares rose in anticipation of good news".
    {
      cue: 'in anticipation|expectation of',
      type: 'hedge',
      degree: 'medium',
      note: 'An expected event as the ground of an action (version 18): "investors bought the stocks in anticipation of positive announcements".',
    },
    {
      cue: 'in the expectation|anticipation that|of',
      type: 'hedge',
      degree: 'medium',
    },
    // Version 19 (rules 0.19.0), from the misses of the blind rounds 26 and 27 grouped
    // by class, and the forms their families lacked (examples invented).
    // A rumour named as such, in any frame: "the report is only a rumor", "we do not
    // comment on rumours", "all sorts of rumors" (the guidelines' evidential noun);
    // not a rumour denied outright ("no rumors") nor the trade ("the rumor mill").
    {
      cue: 'rumor|rumors|rumour|rumours',
      type: 'credibility',
      degree: 'high',
      notBefore: 'no',
      notAfter: 'mill|mills|monger|mongers|mongering',
      note: 'A rumour named as such (version 19): "the story was only a rumor", "we do not comment on rumours"; not "the rumor mill".',
    },
    // A forecast figure after a possessive: "this year's expected 130,000 tonne crop".
    {
      cue: 'expected|anticipated|projected|forecast|predicted|budgeted',
      type: 'hedge',
      degree: 'medium',
      before: "*'s",
      note: 'A forecast figure after a possessive (version 19): "half of this year\'s expected crop", "the company\'s projected deficit".',
    },
    // An approximate date: "sowing should be around April 11", "about mid-May".
    {
      cue: 'around|about|approximately|roughly|Around|About|Approximately|Roughly',
      type: 'vague-quantity',
      degree: 'low',
      caseSensitive: true,
      after:
        'January|February|March|April|May|June|July|August|September|October|November|December|Jan.|Feb.|Aug.|Sept.|Sep.|Oct.|Nov.|Dec.',
      note: 'An approximate date (version 19): "the vote is due around April 11", "about June 20"; the month must follow, capitalised.',
    },
    // What cannot yet be said, with "yet": "it is far too early yet to say".
    {
      cue: 'too early|soon yet to say|tell|know|judge|project|predict|assess|forecast|determine|speculate|comment|conclude|gauge|quantify',
      type: 'incompleteness',
      degree: 'high',
      note: 'As "too early to say", with "yet" (version 19).',
    },
    // Suggestions as unconfirmed claims: "denied suggestions that the bank would sell";
    // not a proposal made or welcomed ("made suggestions that", "his suggestion that").
    {
      cue: 'suggestions|suggestion that',
      type: 'credibility',
      degree: 'medium',
      before: [
        'denied|denies|deny|denying|dismissed|dismisses|dismissing|rejected|rejects|rejecting|rebuffed|refuted|discounted|downplayed|amid|on|over|despite|fuelled|fueled|fuel|fuels',
        'there were|are|have|had been|be',
        'played down',
      ],
      note: 'A claim in the air (version 19), as "reports that": "the minister denied suggestions that taxes would rise", "shares fell on suggestions that", "there were suggestions that"; not a proposal ("he made suggestions that", "the suggestion that Smith hire a clerk") nor a relative clause ("gave suggestions that can be used").',
    },
    // The speaker's own forecast with its object: "we expect it to be ready by June".
    {
      cue: 'expect|anticipate|expected|anticipated',
      type: 'hedge',
      degree: 'medium',
      before: ['I|we|We', 'I|we|We also|still|now|certainly|fully'],
      after:
        'it|them|this|that to be|reach|rise|fall|remain|come|take|show|return|improve|increase|decline|grow|continue|stay|last|end|finish|open|close|start|begin|resume',
      note: 'The speaker\'s own forecast of a thing (version 19): "we expect it to be in service by June", "I expect them to rise"; a demand on people ("we expect them to comply") has no verb of an event here.',
    },
    // More possible changes after "could": "supply could hike prices by 30 pct".
    {
      cue: 'could hike|trim|slash|depress|inflate|halve|triple|squeeze|dent|crimp',
      type: 'hedge',
      degree: 'high',
      notBefore: [...purposeClause, 'he|she|they|i|we|you|who'],
      notAfter: 'a|an|his|her|their|its|me|us|you|him|them|the way|through|into|out',
      note: 'A possible change (version 19), as "could rise" ("send", "push", "drive" are version 17\'s): "tight supply could hike prices", "the loss could dent earnings"; not a person\'s deed ("they could trim the hedge", "who could squeeze through").',
    },
    // A long span given as a bound: "the upturn could last as long as five years".
    {
      cue: 'as long as',
      type: 'vague-quantity',
      degree: 'low',
      after: ['#', 'a|an year|decade|month|week|day|hour|century', 'a|an # year|decade|month|week'],
      note: 'An upper bound of a span (version 19): "could last as long as four or five years"; the conditional "as long as prices hold" has no number after it.',
    },
    // Anticipations and outlooks with their content: "gold rose on anticipation that
    // inflation will return", "the outlook that a weaker dollar will help exports".
    {
      cue: 'anticipation|anticipations|outlook|prospect|prospects|perception|perceptions that',
      type: 'hedge',
      degree: 'medium',
      notBefore: "his|her|their|its|our|my|your|*'s",
      note: 'An expectation of unnamed many with its content (version 19), as "expectations that"; a named holder\'s ("his perception that") is an attribution.',
    },
    // A value approached from far: "bookings were well above the 800 mln forecast".
    {
      cue: 'well short of',
      type: 'vague-quantity',
      degree: 'low',
      after: ['#', 'the|its|a|an|their #'],
    },
    {
      cue: 'well over|under',
      type: 'vague-quantity',
      degree: 'low',
      after: '#',
      note: 'As "well above" (version 19), before the number itself: "well over 20 pct" ("stood up well under the two players\' treatment" is no bound).',
    },
    {
      cue: 'well above|below|beyond',
      type: 'vague-quantity',
      degree: 'low',
      after: ['#', 'the|its|a|an|their #'],
      note: 'An approximator of a value (version 19): "well above 10 pct", "well short of the 500 mln target".',
    },
    // The speaker's doubt about his own certainty: "I'm not so sure that", "not
    // entirely certain".
    {
      cue: 'not so|too|altogether|entirely|that|quite|completely|totally sure|certain',
      type: 'incompleteness',
      degree: 'high',
      notAfter: 'to|of|how|where|what',
      note: 'As "not sure" (version 19), with a degree word: "I\'m not so sure the bank is tightening"; not "not too sure how to" (a way) nor "not quite sure of the way".',
    },
    // Hedging formulas of argument: "one could make a case that", "you might argue".
    {
      cue: 'could|might make a|the case',
      type: 'hedge',
      degree: 'medium',
      after: 'that|for',
      note: 'An argument offered, not made (version 19): "one could make a case that the Fed is firming".',
    },
    {
      cue: 'one|you could|might argue|say|contend|conclude',
      type: 'hedge',
      degree: 'medium',
      notBefore: 'so|that|if|unless|whether',
      notAfter: 'no|nothing|anything|goodbye|hello|so|yes',
      note: 'A generic view offered (version 19): "one might argue that the cut came late", "you could say the worst is over".',
    },
    // The speaker's possible outlook: "we may see a steady climb" (not "we may call").
    {
      cue: 'may|might see',
      type: 'hedge',
      degree: 'medium',
      before: 'we|We|I|you|You',
      note: 'A possible development the speaker foresees (version 19): "we may see a recovery next year"; "may" granting an interpretation ("we may call it") stays out.',
    },
    // The speaker's doubt in reported speech: "economists said that they doubt the
    // Fed is tightening" (as "said he doubted", version 14).
    {
      cue: 'doubt',
      type: 'hedge',
      degree: 'medium',
      before: [
        'said|says|added|declared|explained|insisted|indicated he|she|it|they|we|I',
        'said|says|added|declared|explained|insisted|indicated|adding|saying that he|she|it|they|we|I',
        'adding|saying he|she|it|they|we|I',
      ],
      note: 'As "said he doubted" (version 14), in the present: "analysts said they doubt the bank will act".',
    },
    // Version 19, from the probe's (round 28) misses, read after it had been measured,
    // each widened to its family (examples invented).
    // More possible outcomes after "could": "a rule that could kill the plan".
    {
      cue: 'could impair|kill|scuttle|sink|wreck|doom|torpedo|sour|complicate|delay|block|hinder',
      type: 'hedge',
      degree: 'high',
      notBefore: [...purposeClause, 'he|she|they|i|we|you|who'],
      notAfter: 'time|me|us|you|him|them|a|an|his|her',
      note: 'A possible outcome (version 19): "a proposal that could kill the tax", "the stake could impair the clearances", "a strike could complicate the talks"; not a person\'s deed ("he could kill time", "they could block the road").',
    },
    // What is not known, with a noun of exactness: "bankers do not know the basket's
    // exact make-up", "we don't know the precise figure".
    {
      cue: 'do|does|did not know',
      type: 'incompleteness',
      degree: 'high',
      after: [
        'the|its|their exact|precise|full|true|real|actual|final|total|overall',
        "the *'s exact|precise|full|true|real|actual|final|total",
      ],
      note: 'A limit of knowledge named by a noun of exactness (version 19): "dealers do not know the exact amount", "we don\'t know the bank\'s precise holdings".',
    },
    {
      cue: "don't|doesn't|didn't|don’t|doesn’t|didn’t know",
      type: 'incompleteness',
      degree: 'high',
      after: [
        'the|its|their exact|precise|full|true|real|actual|final|total|overall',
        "the *'s exact|precise|full|true|real|actual|final|total",
      ],
    },
    // A likelihood read off the signs with a degree word: "the target looked
    // increasingly unlikely", "a deal looks more likely".
    {
      cue: 'look|looks|looked|looking|seem|seems|seemed|seeming',
      type: 'hedge',
      degree: 'medium',
      after:
        'increasingly|more|less|ever|very|highly|quite|rather|fairly|most unlikely|likely|certain|doubtful|uncertain|probable|improbable|possible|remote',
      note: 'A likelihood read off the signs (version 19): "the government looked increasingly unlikely to meet its target", "a cut looks more likely"; "unlikely" is found by itself too.',
    },
    // An expected market level after a market noun: "the funds rate should trade
    // between 6 and 6-1/4 pct", "the yen should settle around 140".
    {
      cue: 'should',
      type: 'hedge',
      degree: 'medium',
      caseSensitive: true,
      before: marketNouns,
      after:
        'trade|settle|hover|average|peak|bottom|stabilise|stabilize|level|range|fluctuate|move|open|close|finish',
      note: 'An expected level of a market (version 19), as "should be higher": "the Fed funds rate should trade between 6-1/4 and 6-3/8 pct"; after a market noun only ("the trader should close the book" is a duty).',
    },
    // Litotes of possibility with a degree word: "it is not at all inconceivable that".
    {
      cue: 'not at all inconceivable|impossible|unthinkable|unlikely|improbable',
      type: 'hedge',
      degree: 'medium',
      note: 'As "not impossible" (version 13), with "at all", "by any means": "it is not at all inconceivable that the bank sold".',
    },
    {
      cue: 'not by any means inconceivable|impossible|unthinkable|unlikely|improbable',
      type: 'hedge',
      degree: 'medium',
    },
    {
      cue: 'not entirely|altogether|wholly|totally|completely|quite inconceivable|impossible|unthinkable|unlikely|improbable',
      type: 'hedge',
      degree: 'medium',
      note: 'As "not impossible" (version 19), with a degree word: "a cut is not entirely unlikely".',
    },
    // An inference named by its evidence in a participle: "to the degree suggested by
    // the data", "the slowdown indicated by the survey".
    {
      cue: 'suggested|indicated|implied',
      type: 'hedge',
      degree: 'medium',
      after: [
        `by the|these|those|latest|recent|such ${evidenceNouns}`,
        `by ${evidenceNouns}`,
        `by the|these|those latest|recent|new|weekly|monthly|early ${evidenceNouns}`,
      ],
      note: 'An inference from evidence in a participle (version 19): "the tightening suggested by the data", "the slowdown indicated by the latest figures"; not a proposal by a person ("the plan suggested by the minister").',
    },
    // Hedging formulas of assessment: "it's fair to say that", "it is safe to assume".
    {
      cue: 'fair|safe to say|assume|conclude|suggest|predict',
      type: 'hedge',
      degree: 'medium',
      before: [
        "is|was|it's|It's|it’s|It’s|be|seems|seemed",
        'is|was|be probably|perhaps|certainly',
      ],
      note: 'An assessment offered with reserve (version 19): "it\'s fair to say the Fed may be moving", "it is safe to assume rates will rise".',
    },
    // A negated belief after "told" and its hearer: "he told reporters he did not
    // think the tax was dead".
    {
      cue: 'think|believe|expect|feel',
      type: 'hedge',
      degree: 'medium',
      before: [
        'told * he|she|it|they|we|I did|does|do|could not',
        "told * he|she|it|they|we|I didn't|doesn't|don't|didn’t|doesn’t|don’t",
        'told * * he|she|it|they|we|I did|does|do not',
        'told ... that he|she|it|they|we|I did|does|do not',
      ],
      notAfter: 'in|of|so|about|to',
      note: 'As "told reporters they believed" (version 18), negated (version 19): "the minister told reporters he did not think the tax was dead".',
    },
    // A forecast attribute with a word between: "the projected M-1 surge".
    {
      cue: 'projected|expected|forecast|anticipated|predicted',
      type: 'hedge',
      degree: 'medium',
      before: 'the|a|an|its|their|this|that',
      after:
        '* surge|jump|rise|fall|drop|increase|decline|growth|gain|loss|deficit|surplus|shortfall|rebound|recovery|slowdown|upturn|downturn',
      note: 'A forecast as an attribute (version 19) with a word between, as "the projected deficit": "the projected M-1 surge", "the expected trade deficit".',
    },
    // Talk that arose: "speculation has arisen that Japan might act".
    {
      cue: 'speculation|talk|rumors|rumours|fears|worries has|have|had arisen|grown|mounted|emerged|increased|intensified|resurfaced',
      type: 'hedge',
      degree: 'medium',
      note: 'Talk or fears that arose (version 19), as "rumours spread": "speculation had arisen in the markets that Japan might act".',
    },
    // A possibility named as "potential for": loosened from version 12's refusal of
    // the noun after the exclusion audit of version 19 ("a clear potential for
    // conflict"); a capacity ("its earnings potential for 1988", "his potential for
    // growth") stays out.
    {
      cue: 'potential for',
      type: 'hedge',
      degree: 'medium',
      notBefore:
        "earnings|earning|growth|full|sales|profit|market|his|her|their|its|our|my|your|*'s",
      after:
        'conflict|confusion|abuse|trouble|violence|disruption|delays|delay|losses|loss|damage|error|errors|fraud|misuse|dispute|disputes|friction|unrest|instability|default|defaults|inflation|retaliation|shortages|a|an|further|more|serious|major|some',
      note: 'A possible event named by its noun (version 19): "a clearly perceived potential for conflict", "the potential for further losses"; not a capacity.',
    },
    // An inference from a measure or a change as subject, without "that" (the
    // tabulation of version 19: "indicates" missed in two annotators' rounds): "the
    // ratio indicates orders at about one billion dlrs", "the rise indicates demand
    // is recovering"; not a denotation ("the ratio indicates the position").
    {
      cue: 'indicate|indicates|indicated',
      type: 'hedge',
      degree: 'medium',
      before:
        'ratio|ratios|index|indexes|indices|rise|rises|drop|drops|decline|declines|fall|falls|increase|increases|gain|gains|jump|surge|pattern|performance|move|moves',
      notAfter: [
        'no|nothing|otherwise|a|an',
        'the need|number|position|location|direction|size|value',
      ],
      note: 'As "the figures indicate" (version 19), after a measure or a change: "the book-to-bill ratio indicates March orders near one billion dlrs".',
    },
    // The speaker's own outlook with "see": "I see us poised for a record year", "we
    // see prices rising" (not a sighting of people, "I see them leaving").
    {
      cue: 'see',
      type: 'hedge',
      degree: 'medium',
      before: 'I|We|we',
      after: [
        'us|it poised|headed|set|at|around|near|rising|falling|growing|improving|recovering|reaching|getting|staying|remaining',
      ],
      note: 'The speaker\'s forecast (version 19), as "said it sees sales rising": "I see us poised at the threshold of a record year", "we see it recovering" (market nouns after "see" are an entry of version 14).',
    },
    // Version 20 (rules 0.20.0), from the misses of rounds 29–33 (Reuters 1987 and
    // BBC business news 2004–2005) grouped by class; each class in general form
    // with its counter-contexts. Examples are invented.
    //
    // A possible effect with an adverb between the modal and its verb, as "could
    // eventually bring" (version 14) did for the outcomes: "the holidays could also
    // distort the market", "a strike could still hamper shipments".
    {
      cue: 'could',
      type: 'hedge',
      degree: 'high',
      notBefore: [...notAPersonsDeed, ...mannerQuestion],
      after: `${modalAdverbs} ${possibleEffects}|distort|skew`,
      note: 'A possible effect with an adverb between (version 20), as "could hurt": "the holidays could also distort the market"; not after a person ("he could also hamper", a deed).',
    },
    // A quantity that could drift, with its direction: "unemployment could edge
    // higher", "rates could still creep up"; a verb no doer wills.
    {
      cue: 'could',
      type: 'hedge',
      degree: 'high',
      notBefore: [
        ...purposeClause,
        ...mannerQuestion,
        ...relativeClause,
        'he|she|they|i|we|you|who',
      ],
      after: [
        'edge|drift|creep|inch|tick|nudge up|down|higher|lower|upward|upwards|downward|downwards|back|above|below|toward|towards',
        `${modalAdverbs} edge|drift|creep|inch|tick|nudge up|down|higher|lower|upward|upwards|downward|downwards|back|above|below|toward|towards`,
      ],
      note: 'A possible drift of a quantity (version 20): "unemployment could still edge upwards", "yields could creep higher"; the direction word keeps out "could inch his way" and the like.',
    },
    // An outcome a thing "could see": "the cuts could see prices rise", "the plan
    // could see its staff trimmed by a third" (an idiom of British and wire news); not
    // a sighting by a person ("we could see the coast", "John could see them coming").
    {
      cue: 'could|may|might see',
      type: 'hedge',
      degree: 'high',
      notBefore: [
        ...purposeClause,
        ...relativeClause,
        'he|she|they|i|we|you|who|one|anyone|anybody|someone|somebody|everyone|everybody|nobody|people|eye|eyes',
      ],
      after: [
        `*{1,3} ${changeParticiples}`,
        '*{1,3} trimmed|cut|slashed|reduced|halved|doubled|raised|lowered|lifted|pushed|forced|hit|wiped|shed|axed|closed|sold|boosted|squeezed|delayed',
        '*{1,2} rise|fall|drop|climb|double|halve|soar|plunge|slump|rebound|recover|shrink|grow',
        `a|an|another|further|more|some|higher|lower|bigger|sharp|big|significant ${changeNouns}`,
      ],
      notAfter: 'what|how|that|why|where|who|whether|if|it|him|her|them|me|us|you',
      note: 'A possible outcome with "see" (version 20): "this could see its workforce trimmed to 110,000", "the rise could see rates climbing"; a thing as the seer, since a person "could see" with his eyes.',
    },
    // A possible effect on the economy with "could help" and its kin, as "should help"
    // (version 11): "the lull could help prop up the dollar".
    {
      cue: 'could help|support|underpin|bolster|aid',
      type: 'hedge',
      degree: 'high',
      notBefore: [
        ...purposeClause,
        ...relativeClause,
        'if|though|although|lest|that|one|you|we|he|she|they|i|who|government|governments|congress|parliament|administration|state|states|city|nation|nations|country|countries|people|everyone|everybody',
      ],
      after: [economyObjects, `... ${economyObjects}`],
      note: 'A possible effect on a market (version 20): "a pause could help prop up the dollar", "the rebate could support demand"; not a deed of a person or a government ("the state could support its farmers").',
    },
    // A possible outcome that makes a thing more or less so: "the merger could make
    // it an attractive target", "the rule could make borrowing harder".
    {
      cue: 'could|may|might make',
      type: 'hedge',
      degree: 'high',
      notBefore: notAPersonsDeed,
      after: [
        'it|them|this|that|life|things a|an|more|less|harder|easier|difficult|impossible|cheaper|dearer|costlier|tougher|likelier|unattractive|attractive|vulnerable',
        '* more|less|harder|easier|difficult|impossible|cheaper|dearer|costlier|tougher|vulnerable',
      ],
      note: 'A possible effect on a thing\'s standing (version 20): "its success could make it an attractive target", "the rule could make loans dearer"; not a person\'s deed ("we could make it a habit").',
    },
    // An expected change with an adverb between, after a market or a measure, as
    // "prices should stabilise" (version 12): "GDP should again show growth", "the
    // deficit should also narrow".
    {
      cue: 'should',
      type: 'hedge',
      degree: 'medium',
      before: `${marketNouns}|${measureNouns}`,
      notBefore: notDemandedOrSupposed,
      after: expectedChange.map((verbs) => `${modalAdverbs} ${verbs}`),
      note: 'An expected change with an adverb between (version 20): "GDP should again show growth next year"; after a market or measure noun only, as without the adverb.',
    },
    // An expected effect of what was just said: "That should end the talk", "This
    // should help exports" (the demonstrative stands for an event or a measure).
    {
      cue: 'should',
      type: 'hedge',
      degree: 'medium',
      caseSensitive: true,
      before: 'That|This',
      after: [
        `${expectedChange[0]}|dispel|remove|calm|reassure|settle|limit`,
        `${modalAdverbs} ${expectedChange[0]}|dispel|remove|calm|reassure|settle|limit`,
      ],
      note: 'An expected effect of the event or measure just named (version 20): "That should end speculation", "This should help exports"; a verb of an effect or change must follow ("This should be done today" is a demand).',
    },
    // No effect expected: "there should be no direct impact on prices", "there should
    // be little disruption".
    {
      cue: 'should',
      type: 'hedge',
      degree: 'medium',
      before: 'there',
      after: [
        'be no|little|some|only|minimal|limited effect|impact|problem|problems|difficulty|difficulties|shortage|shortages|disruption|delay|delays',
        'be no|little|some|only|minimal|limited * effect|impact|problem|problems|difficulty|difficulties|shortage|shortages|disruption|delay|delays',
      ],
      note: 'An expected absence or size of an effect (version 20): "there should be no direct impact"; "there should be no discrimination" (a demand) names no effect.',
    },
    // Signs and indications of a change or a state, with "of": "clear signs of a
    // revival", "the deficit shows signs of easing", "indications of weakening
    // demand"; evidence short of proof, as "signs that" (version 4).
    {
      cue: 'signs|sign|indications|indication|hints|hint of',
      type: 'hedge',
      degree: 'medium',
      confidence: 0.7,
      notBefore: notDeniedOrOwned,
      after: [
        '*ing',
        `a|an|renewed|further|slower|faster|stronger|weaker|higher|lower|improving|rising|falling ${changeNouns}|revival|pickup|pick-up|life|stress|strain|weakness|strength|inflation|improvement`,
        `${changeNouns}|revival|weakness|strength|inflation|improvement|stress|strain|fatigue|recovery`,
      ],
      notAfter:
        'spring|nothing|anything|something|everything|king|thing|things|ring|string|wing|evening|morning|building|buildings|clothing|ceiling|wedding|painting|writing|meeting|housing|being|offspring|ageing|aging',
      note: 'Evidence of a change (version 20): "there are clear signs of a revival", "inflation is showing some signs of picking up", "indications of weakening demand"; not evidence denied ("no signs of"), a thing named ("the signs of the zodiac", "signs of spring"), nor a sign owned ("his signs of fatigue").',
    },
    // An evidential noun before a bare clause: "the volume was an indication the drop
    // was no collapse", "a sign the economy is slowing" (as "signs that").
    {
      cue: 'sign|indication',
      type: 'hedge',
      degree: 'medium',
      confidence: 0.7,
      before: 'a|an|another|further|clear|strong|early|first|good|positive|encouraging|sure',
      after: [
        "the|its|their|this|these|those|*'s *{0,2} is|was|are|were|has|had|have|will|would|may|might|could|can|remains|remained",
        'investors|prices|demand|rates|markets|inflation|growth|sales|consumers|companies|firms|banks *{0,1} is|was|are|were|has|had|have|will|would|may|might|could|can',
      ],
      note: 'Evidence with its clause bare (version 20): "low volume was an indication the drop was no collapse", "a sign the economy is cooling"; a finite verb must follow within three words ("a sign in the window" has none).',
    },
    // An inference in a participle clause after a comma, as "suggesting" (version 16):
    // "reserves rose, pointing to heavy intervention", "Labour led by 12 points,
    // indicating a large majority".
    {
      cue: 'indicating|signalling|signaling',
      type: 'hedge',
      degree: 'medium',
      confidence: 0.7,
      before: '*,',
      // A document filed or issued "indicating" its content reports it (as the
      // tests of version 16 hold: "filed with the agency, indicating a change").
      notBefore: [speechComma, `${documentActs} ... *,`],
      notAfter:
        'that|to|the need|a way|ways|how|where|which|who|his|her|their|him|them|me|us|you|yes|no|approval|agreement|assent|willingness|readiness|interest',
      note: 'An inference drawn in a participle clause (version 20): "output rose, indicating a pickup in demand"; not a gesture or a message ("he nodded, indicating the door", "signalling his approval"), and with "that" the entries of "indicating that" serve.',
    },
    {
      cue: 'pointing to',
      type: 'hedge',
      degree: 'medium',
      confidence: 0.7,
      before: '*,',
      notBefore: speechComma,
      notAfter:
        'the|a|an|his|her|their|its|my|your|our|him|me|them|it|where|this|that|these|those|one|each|himself|herself|some|a',
      note: 'An inference in a participle clause (version 20): "reserves rose sharply, pointing to massive intervention", "pointing to slower growth"; not a gesture ("he said, pointing to the map": a determiner or a pronoun after it, or a speech verb before it).',
    },
    // Bounds before a number: "beyond 49 pct", "rise beyond 1,000 points", "rates
    // exceeding 20 pct", as "above" and "over" (figures) are.
    {
      cue: 'beyond|exceeding|surpassing',
      type: 'vague-quantity',
      degree: 'low',
      after: '#',
      notAfter: '# years|year|days|months|weeks|hours|minutes|miles|feet|yards',
      note: 'A bound before a number (version 20): "increase their stake beyond 49 pct", "with rates exceeding 20 pct"; the number must follow, so "beyond doubt" and "exceeding his authority" stay out (a year after "beyond", "goes beyond 1870", is a known false hedge).',
    },
    // A value far from a reference named by its noun before the number: "well above
    // nominal growth of four pct", "well below the target of an 85 pct rate".
    {
      cue: 'well above|below|beyond|over|under',
      type: 'vague-quantity',
      degree: 'low',
      after: boundedNumber,
      note: 'As "well above 10 pct" (version 19) with the reference named first (version 20): "still well below the industry target of an 85 pct rate".',
    },
    {
      cue: 'well short of',
      type: 'vague-quantity',
      degree: 'low',
      after: boundedNumber,
    },
    // Compounds of report and expectation, written with a hyphen: "the widely-rumoured
    // rate rise", "the much-anticipated merger" (as "widely expected", two words).
    {
      cue: 'widely-rumoured|widely-rumored|widely-expected|widely-anticipated|widely-predicted|widely-forecast|widely-reported|widely-tipped|widely-touted|widely-believed|widely-held|much-rumoured|much-rumored|much-anticipated|much-predicted|long-rumoured|long-rumored|long-expected|oft-predicted|oft-rumoured',
      type: 'hedge',
      degree: 'medium',
      note: 'A report or an expectation in a hyphenated compound (version 20): "the widely-rumoured discount rate rise"; the word boundary before a hyphen kept "rumoured" alone from matching.',
    },
    // A construal without its copula: "with Indian assets now seen as less of a
    // gamble", "a bank widely regarded as sound" (as "is widely seen as").
    {
      cue: 'seen|viewed|regarded|perceived|considered as',
      type: 'hedge',
      degree: 'medium',
      confidence: 0.7,
      before: 'now|widely|generally|increasingly|largely|broadly|commonly|universally',
      notBefore: 'is|are|was|were|be|been|being|once|formerly *',
      notAfter: 'soon|well|far|long|much|though|if|he|she|it|they|we|I|you',
      note: 'A judgement of unnamed others in a reduced clause (version 20): "with assets now seen as less of a gamble"; with a copula the entry of version 14 serves.',
    },
    // A forecast figure after an article: "a predicted extra 250 mln stg", "the
    // expected 5 pct rise" (as after a possessive, version 19).
    {
      cue: 'predicted|projected|forecast|expected|anticipated',
      type: 'hedge',
      degree: 'medium',
      before: 'a|an|the',
      after: ['#', 'extra|additional|further|total|maximum|minimum #'],
      note: 'A forecast figure as an attribute (version 20): "fuel costs of a predicted extra 250 mln stg"; a number must follow.',
    },
    // A claim in the air opening the sentence: "Suggestions that the plant would close
    // were denied" (as "denied suggestions that", version 19).
    {
      cue: 'Suggestions|Suggestion that',
      type: 'credibility',
      degree: 'medium',
      caseSensitive: true,
      notAfter: 'I|we|you|he|she|they',
      note: 'A claim opening its sentence (version 20), as "amid suggestions that"; not a relative clause of a proposal made by a person ("Suggestions that he made").',
    },
    // Version 21, from the misses of rounds 34–37 (BBC News, read after they were
    // scored): classes, not phrases.
    //
    // Evidence as the subject of "suggest" with a perfect, a participle or a phrase
    // between them: "studies have suggested Labour support has been falling", "despite
    // research suggesting the cost was under estimated", "a poll of 1,313 people
    // suggests two thirds support".
    {
      cue: 'suggest|suggests|suggested|suggesting',
      type: 'hedge',
      degree: 'medium',
      before: [`${evidenceNouns} have|has|had`, `${evidenceNouns} of|from|by|in|for|on *{1,3}`],
      notAfter: [
        'that|a|an|no|nothing|some|any|ways|measures|steps',
        'the need|use|adoption|creation|introduction',
      ],
      note: 'An inference from evidence (version 21), as "the figures suggest": "recent studies have suggested support is falling", "a poll of 1,313 people suggests two thirds agree"; "suggest that" has an entry of its own, and a proposal ("the report suggested a levy") stays out as before.',
    },
    {
      cue: 'suggesting',
      type: 'hedge',
      degree: 'medium',
      before: evidenceNouns,
      notAfter: [
        'a|an|no|nothing|some|any|ways|measures|steps',
        'the need|use|adoption|creation|introduction',
      ],
      note: 'The participle after its evidence (version 21): "despite research suggesting the cost was under estimated".',
    },
    // "could" in a non-restrictive relative clause: "the trial scheme, which could
    // start in weeks", "another Superior Court, which could rule to the contrary":
    // what the thing named may do or undergo. Only after a comma: without one the
    // clause mostly says what a thing is able to do ("shelters which could withstand
    // 200 psi", "every plane that could fly"; 20 new matches on the Brown text, about
    // a third of them possibilities, when tried without the comma).
    {
      cue: 'could',
      type: 'hedge',
      degree: 'high',
      confidence: 0.75,
      before: '*, which',
      notAfter: [
        'not|never|hardly|scarcely|barely|only|ever|even|easily|readily|best|be|have|do|afford|see|hear|feel|read|write|tell|say|get|prove|imagine|think|find|go|come|use|claim|charge|sue|choose|opt|vote|qualify|buy|sell|hire|pay',
        "n't|n’t",
      ],
      note: 'A possibility of a thing in a non-restrictive relative clause (version 21): "the plans, which could cut farm prices by 10%", "the trial scheme, which could start in weeks"; not an ability or a right ("a fund, which could be used", "the board, which could not pay"), nor a restrictive clause, which mostly states a capacity.',
    },
    // Version 22, from the misses of rounds 38–43 and 46 (BBC News, read in
    // session 11): limits of what the speaker knows, said in the first or the
    // third person.
    {
      cue: 'as|so far as I|we|he|she|they|anyone|one|you am|is|are|was|were aware',
      type: 'hedge',
      degree: 'medium',
      note: 'A claim limited by the speaker\'s awareness (version 22): "foxes had been killed legally as far as he was aware", like "as far as we know".',
    },
    {
      cue: 'my|our understanding is|was',
      type: 'hedge',
      degree: 'medium',
      after: 'that *',
      note: 'The speaker\'s understanding as the ground of a claim (version 22): "my understanding is that the decision lies with officials".',
    },
    {
      cue: 'in my|our experience',
      type: 'hedge',
      degree: 'medium',
      note: 'A claim held from the speaker\'s own experience (version 22), as "in my view": "in my experience of these things, parties which shout about dirty tricks lose".',
    },
    {
      cue: 'as I|we thought|suspected,',
      type: 'hedge',
      degree: 'medium',
      before: '*,',
      note: 'The speaker\'s belief set off by commas (version 22): "to get a decent pension, as we thought, and pay"; not "as we thought about it".',
    },
    {
      cue: 'understand',
      type: 'unclear-attribution',
      degree: 'medium',
      before: ['I|we', 'I|we also|now'],
      notBefore: beliefNotAsserted,
      after: 'from ... that',
      note: 'Hearsay with its channel (version 22), as "we understand that": "We understand from the executive that no minister signed it".',
    },
    // Version 23, from the misses of rounds 50–53 (BBC News, read in session 12):
    // "could" before a verb of what a thing may bring about or make possible, with
    // a thing, a plan or a group as its subject.
    {
      cue: 'could',
      type: 'hedge',
      degree: 'high',
      notBefore: [
        ...notAPersonsDeed,
        ...mannerQuestion,
        'never|nothing|nobody|anything|all',
        speakingBodies,
      ],
      after: [
        possibleEnablements,
        `${modalAdverbs} ${possibleEnablements}`,
        'make it|this|that|them|things|life easier|harder|possible|impossible|simpler|cheaper|more|less|much',
        'provide a|an|the|new|more|better',
      ],
      note: 'A possible effect or opening (version 23): "the new Licensing Act could help reduce disorder", "a strike which could involve 1.4 million workers", "online communities could encourage debate", "it could pave the way"; "could make it easier", "could provide a blueprint"; not after a person or a speaking body ("we could make better for ourselves", "the mayor could help the victims": deeds), and not "make" or "give" otherwise ("the maximum loan the state could make", "anything a woman could give": deeds, in relative clauses without a pronoun).',
    },
    // Version 23: "should" of an expected effect or availability, with a thing as
    // its subject ("which should give us some hope", "the software should be
    // available before February", "the chair should go on sale in April").
    {
      cue: 'should',
      type: 'hedge',
      degree: 'medium',
      notBefore: [
        ...notAPersonsDeed,
        ...mannerQuestion,
        mandative,
        'if|though|although|lest|unless|that|one|you|we|he|she|they|i|never|nothing|nobody|all',
        speakingBodies,
        'government|ministers|minister|parliament|councils|council|schools|police|parents|companies|firms|banks|people|everyone|voters|patients|users|consumers',
        '*,',
      ],
      after: [
        `${possibleEnablements}|give|weather`,
        `${modalAdverbs} ${possibleEnablements}|give|weather`,
        'lead to',
        'be available|ready|operational|launched|released',
        'go on sale',
      ],
      note: 'An expected effect or a date of availability (version 23), as "is expected to": "which should give us some hope", "these two features should help point you", "the software should be available before February", "the chair should go on sale in April"; not an obligation of a person, a body or the government ("the government should make clear", "peers should lead the way").',
    },
    // Version 23: a view of unnamed many in a participle clause after a comma ("A
    // tie up, seen as Rover's last chance to save its plant, …").
    {
      cue: 'seen|regarded|viewed as',
      type: 'unclear-attribution',
      degree: 'medium',
      before: '*,',
      note: 'A judgement of unnamed many set off by commas (version 23), as "widely regarded": "A tie up, seen as Rover\'s last chance, …", "new ways of boosting campaigning, seen as a way of improving turnout".',
    },
    // Version 23: "expected to" after a noun, a participle clause without its
    // auxiliary ("the vote expected to fall on 5 May", "the latter expected to be
    // marketed as …"), and after an inverted "is it" ("In the US is it expected to
    // cost $250").
    {
      cue: 'expected to',
      type: 'hedge',
      degree: 'medium',
      before: [
        'vote|election|latter|former|deal|decision|ruling|report|figures|launch|release|price|cost|bill|plan|plans|move|change|changes|result|results',
        'is|was it|this|they',
      ],
      note: 'An expectation in a participle clause (version 23): "the vote expected to fall on 5 May will give …"; the cases with "is", "was" or "are" before are their own entries.',
    },
    // Version 24 (rules 0.30.0), from the hedge misses of the BBC development
    // rounds 34–53: claims and perceptions as attributes, wagers, conditions of
    // belief, and more suggestions in the air.
    {
      cue: 'claimed|perceived|supposed|reputed',
      type: 'unclear-attribution',
      degree: 'medium',
      before: "the|a|an|its|their|his|her|*'s|highlighting|any|these|those|such",
      notAfter:
        'to|that|by|in|as|the|a|an|it|him|her|them|responsibility|victory|credit|his|their|its',
      note: 'A thing claimed or perceived, as "alleged" (version 24): "Labour\'s claimed financial black hole", "the perceived terrorist threat", "highlighting claimed improvements"; not the verb ("the group claimed responsibility", "was perceived as").',
    },
    {
      cue: 'widely|generally|commonly predicted|forecast|anticipated|rumoured|rumored',
      type: 'unclear-attribution',
      degree: 'medium',
      notAfter: 'by',
      note: 'A forecast of unnamed many (version 24), as "widely expected": "with the election widely predicted for May", "it has been widely predicted that …"; not one with its agent ("widely forecast by analysts" names them).',
    },
    {
      cue: 'predicted to',
      type: 'hedge',
      degree: 'medium',
      before:
        '*s|*ing|broadband|growth|demand|trade|traffic|use|usage|spending|inflation|unemployment|output',
      note: 'A forecast in a participle clause (version 24): "with broadband predicted to grow from 19% to 37%"; "is predicted to" is its own entry.',
    },
    {
      cue: "I'll|I’ll|I'd|I’d bet",
      type: 'hedge',
      degree: 'medium',
      note: 'A wager as a claim (version 24): "I\'ll bet he hadn\'t checked that one".',
    },
    {
      cue: 'if reports|rumours|rumors are to be believed',
      type: 'unclear-attribution',
      degree: 'medium',
      note: 'A condition on hearsay (version 24): "If reports are to be believed, …".',
    },
    {
      cue: 'if press|newspaper|media|the|these|such|some reports|report are|is to be believed',
      type: 'unclear-attribution',
      degree: 'medium',
      note: 'A condition on hearsay (version 24): "If press reports are to be believed, …".',
    },
    {
      cue: 'if you believe|accept',
      type: 'hedge',
      degree: 'medium',
      notAfter: 'in',
      note: 'A claim put on the reader\'s belief (version 24): "if you believe the rift is as bad as …"; not "if you believe in" (a faith).',
    },
    {
      cue: 'suggestion|suggestions|allegation|allegations|accusations|accusation',
      type: 'unclear-attribution',
      degree: 'medium',
      confidence: 0.7,
      before: [
        'any|already|denounce|denounced|before',
        'succour to',
        'rest any|the|these',
        'denounce|denounced|dismissed|rejected|denied the|any',
      ],
      after: [
        'that',
        "he|she|they|it|we|I|a|an|the|Mr|Mrs|Ms|Dr|Lord|Lady|Sir|Britain|Britain's *",
      ],
      note: 'Suggestions and allegations in the air with their content (version 24): "laid to rest any suggestion the EU was anti Islamic", "there are already suggestions he is set to …", "made before allegations he fast tracked a visa"; not a named holder\'s ("his suggestion that").',
    },
    // Version 23: a poll, a study or a book as the subject of "suggests" across the
    // words that describe it ("A Daily Telegraph poll of 1,313 people suggests two
    // thirds …", "The study by US researchers, Pew Internet, suggests …").
    {
      cue: 'suggests|suggest|suggested',
      type: 'hedge',
      degree: 'medium',
      before: `${evidenceNouns}|book|books ...`,
      notBefore: 'he|she|i|we|you|they|who|has|have|had|to|and|or|it',
      notAfter: ['to|a|an|that|ways|changes|measures|improvements|steps', 'the need'],
      note: 'Evidence across its description as the subject of an inference (version 23): "A Daily Telegraph poll of 1,313 people suggests two thirds of Britons support …", "Mr Sands\' book suggests it was written by …"; not a proposal ("suggests ways to", "suggested a meeting"), nor "suggests that" (its own entry).',
    },
    // Version 23: claims, allegations, reports and suspicions in the air, as the
    // object of a reaction or a preposition, with what they say after them ("has
    // dismissed claims that his policy was …", "played down reports Mr Blair was
    // …", "amid suspicion the chancellor was …"; rounds 34–53, BBC News).
    {
      cue: 'claims|allegations|suggestions|reports|suspicion|suspicions',
      type: 'unclear-attribution',
      degree: 'medium',
      confidence: 0.7,
      before: [
        'about|over|into|amid|despite|after|following|with|on|down|dismissed|dismisses|dismissing|rejected|rejects|rejecting|denied|denies|deny|denying|addressing|addressed|derided|ridiculed|proved|printed|repeated|investigate|investigating|Tory|Labour|new|fresh|renewed|unfounded|unsubstantiated|wild',
        'dismissed|dismissing|rejected|rejecting|denied|denying|deny|addressing|derided|ridiculed|investigate|investigating|over|into|about|despite|amid|after|following the|these|its|their',
      ],
      after: [
        'that|made',
        'he|she|they|it|we|I|a|an|the|Mr|Mrs|Ms|Dr|Lord|Lady|Sir *',
        'to the contrary',
      ],
      note: 'Claims and suspicions held by someone unnamed or disputed (version 23): "Howard has dismissed claims that his policy was racist", "he played down reports Mr Blair was considering a treaty", "amid suspicion the chancellor was manoeuvring", "despite claims to the contrary"; not a claim of money or of asylum ("asylum claims", "tax claims": no content after them), nor "his claims were denied", a holder\'s own ("Mr Mallon\'s claim that": an attribution), "the suggestion of", nor the verb ("the book claims", "he claims").',
    },
    // Version 30 (rules 0.37.0): rumour and association in the passive, "has been
    // linked with a move to Barcelona", "have also been linked to money laundering"
    // (football's word for a rumoured transfer, and the press's for a suspected
    // cause), and the rhetorical "who knows" after a conjunction; rounds 79 and 82.
    {
      cue: 'linked',
      type: 'unclear-attribution',
      degree: 'medium',
      before: [
        'been',
        'been constantly|strongly|repeatedly|heavily|widely|also|previously|closely|recently|often|persistently|frequently',
      ],
      after: 'to|with',
      note: 'A rumour or a suspected cause in the perfect passive (version 30): "Gerrard, who has been constantly linked with Chelsea", "machines that have been linked to money laundering"; not "is linked to the network" (a connection), "the need of being linked with the eternal", nor an active "X linked Y to Z" (an attribution).',
    },
    {
      cue: 'who knows',
      type: 'incompleteness',
      degree: 'high',
      caseSensitive: true,
      before: 'and|but|so|or',
      after: 'what|whether|how|when|if|where|why|which',
      note: 'The rhetorical question inside a sentence (version 30): "his enthusiasm is there for all to see and who knows what the next few months will hold?"; after a conjunction only ("the man who knows what to do" is a relative clause).',
    },
    // Version 29 (rules 0.36.0): lower bounds by a verb ("Sales of her books have
    // exceeded 75 million", "exports exceeded 550 mln stg"), "at least" before an
    // article or an estimate ("at least an estimated five million") and "up to"
    // before a unit or an equivalent ("for up to a week", "borrow up to the
    // equivalent of 1.5 billion pesetas"); development rounds 15–75.
    {
      cue: 'exceeded|exceeds|exceeding|surpassed|surpasses',
      type: 'vague-quantity',
      degree: 'low',
      confidence: 0.7,
      after: '#',
      note: 'A lower bound stated by a verb (version 29): "Sales of her books have exceeded 75 million"; the amount itself is the figure.',
    },
    {
      cue: 'at least',
      type: 'vague-quantity',
      degree: 'low',
      after: [
        'a|an|about|some|an estimated|another #',
        'a|an week|month|year|decade|day|couple|dozen|few|third|quarter|half|part|fifth|tenth',
      ],
      note: 'A lower bound before an article or an estimate (version 29): "at least an estimated five million blogs", "at least a week".',
    },
    {
      cue: 'up to',
      type: 'vague-quantity',
      degree: 'low',
      after: [
        'a week|month|year|day|decade|fortnight|third|quarter|half|fifth|tenth|dozen',
        'the equivalent of',
      ],
      note: 'An upper bound before a unit or an equivalent (version 29): "close pubs for up to a week", "borrow up to the equivalent of 1.5 billion pesetas".',
    },
    // Version 29: "suggesting" of an inference from a thing, after a noun or a
    // comma ("the data suggests growth of just 0.2%, suggesting a hesitant
    // recovery", "information suggesting militant groups were operating", "a tone
    // suggesting he believes …"); not a person's act of saying ("allegedly
    // suggesting the insane should be killed", "avoided suggesting anyone was …").
    {
      cue: 'suggesting',
      type: 'hedge',
      degree: 'medium',
      confidence: 0.7,
      notBefore: [
        'am|are|is|was|were|be|been|not|by|of|for|in|at|without|after|before|i|we|you|he|she|they|allegedly|avoided|avoid|avoids|avoiding|denied|denies|deny|denying|accused|accuses|stop|stopped|keep|kept|began|begin|started|start',
      ],
      notAfter: ['to|ways|changes|measures|improvements|steps', 'a meeting', 'the need'],
      note: 'An inference from evidence (version 29): "the data suggests annual growth of just 0.2%, suggesting a much more hesitant recovery"; not a proposal or a person\'s saying ("suggesting ways to", "allegedly suggesting that …").',
    },
    // Version 28: allegations and accusations are unproven by what the words say,
    // with or without their content after them ("the newspaper printed allegations
    // about …", "some fraud allegations.", "damaged by accusations of spin"), and
    // claims disputed even where their content went before ("Downing Street has
    // denied the claims, made in a new book …"); development rounds 34–65.
    {
      cue: 'allegations|accusations',
      type: 'credibility',
      degree: 'medium',
      confidence: 0.7,
      notBefore: ["*'s", 'his|her|their|its|my|our|your'],
      note: 'Allegations and accusations as unproven (version 28): "the newspaper printed allegations about …", "damaged by accusations of spin"; not a named holder\'s ("Mr Hockney\'s accusations are …": an attribution).',
    },
    {
      cue: 'suspicion|suspicions',
      type: 'credibility',
      degree: 'medium',
      confidence: 0.7,
      after: 'that',
      notBefore: ["*'s", 'his|her|their|its|my|our|your'],
      note: 'A suspicion with its content (version 28): "support from Cabinet allies and suspicion that Mr Brown was manoeuvring"; not "arrested on suspicion of" (a charge, no content).',
    },
    {
      cue: 'claims|claim',
      type: 'credibility',
      degree: 'medium',
      confidence: 0.7,
      before:
        'denied|rejected|dismissed|disputed|denies|rejects|dismisses|disputes|deny|reject|dismiss|dispute the|these|such',
      note: 'Claims disputed, their content before or elsewhere (version 28): "Downing Street has denied the claims, made in a new book …", "also rejected the claims, saying …".',
    },
    // Version 25: a possibility left open, "did not rule out the possibility of
    // regulation" (4 times of 4 in development; "ruled out the possibility that …"
    // without a negation is no hedge).
    {
      cue: 'possibility',
      type: 'hedge',
      degree: 'medium',
      before: [
        'not rule|ruled|ruling out the',
        "don't|didn't|can't|cannot|won't|wouldn't|couldn't|don’t|didn’t|can’t|won’t|wouldn’t|couldn’t rule out the",
      ],
      note: 'A possibility not ruled out (version 25): "Lord Currie did not rule out the possibility of regulation", "we can\'t rule out the possibility".',
    },
    // Version 25: reports in the air as the object of a reaction or a preposition,
    // with "of" (the claims and reports entry of version 23 takes a clause after them).
    {
      cue: 'reports of',
      type: 'unclear-attribution',
      degree: 'medium',
      before:
        'about|over|that|amid|after|following|despite|denied|dismissed|deny|denies|denying|dismissing',
      note: 'Reports whose truth is open (version 25): "facing questions about reports of his splits", "criticised over reports of their rift", "told BBC News that reports of job cuts were speculation".',
    },
    // Version 26: vague magnitudes and open bounds of rounds 57 and 63–66.
    {
      cue: 'five|six|seven|eight|nine figure|figures|digit|digits',
      type: 'vague-quantity',
      degree: 'medium',
      note: 'A vague magnitude (version 26), as "double figures": "Hague\'s six figure earnings" (cues start with a letter: "a 6 figure salary" is left out).',
    },
    {
      cue: 'or more|longer|so',
      type: 'vague-quantity',
      degree: 'medium',
      before: 'a|an|one year|month|week|day|decade|hour|minute|fortnight|night',
      note: 'An open bound after a unit of time without digits (version 26): "those who stay a year or more".',
    },
    {
      cue: 'and|or above|over|under|older|younger',
      type: 'vague-quantity',
      degree: 'low',
      before: ['#', 'aged|age|ages|over|under #'],
      notAfter: '#|$|£',
      note: 'An open bound after a number (version 26): "those aged 22 and above", "children of 12 or under"; not a range ("22 and over 30").',
    },
    // Version 26: an event expected, before or after its noun (rounds 63 and 65:
    // "ahead of an expected May election", "the general election expected this year").
    {
      cue: 'expected',
      type: 'hedge',
      degree: 'medium',
      before: 'an|the|a',
      after: [
        'election|elections|poll|vote|referendum|announcement|decision|ruling|verdict|launch|reshuffle|budget|result|results',
        '* election|poll|vote|referendum|announcement|decision|ruling|verdict|launch|reshuffle|budget',
      ],
      note: 'An event expected (version 26): "ahead of an expected May election", "the expected announcement"; not the expected value of a quantity ("the expected rise", a forecast read elsewhere).',
    },
    {
      cue: 'expected',
      type: 'hedge',
      degree: 'medium',
      before:
        'election|elections|poll|vote|referendum|announcement|decision|ruling|verdict|launch|reshuffle|budget',
      after: 'this|next|in|on|later|within|soon|shortly|by|early|before|after',
      note: 'The same after its noun (version 26): "the general election expected this year", "a decision expected within weeks".',
    },
    // Version 25: a forecast of the press, "is set to" before a verb (BBC rounds
    // 45–59 mark it 11 times of 11; business and wire copy less often).
    {
      cue: 'is|are|was|were|now set to',
      type: 'hedge',
      degree: 'medium',
      notAfter: 'music|zero|work|default|the|a|an|its|his|her|their|this|that|one',
      note: 'A forecast (version 25), as "looks set to": "the trend is set to grow", "El Guerrouj is set to make a rare appearance", "they were set to learn their fate"; not a setting ("is set to zero", "was set to music").',
    },
  ],
}
