/**
 * Reporting cues: the verbs and phrases that frame reported speech.
 */

// Reporting verbs. `strong` cues frame reported speech on their own ("X said the
// plan failed"); `weak` ones only with "that", a quotation, or a speaker after
// them ("X announced plans" reports no statement).
/**
 * Verbs that judge someone or something, as cues: reported with their quoted words by
 * object-frames.ts (and, with "denounce" and "praise", its `evaluativeCues`).
 */
export const judgingCues = [
  'deplored',
  'deplores',
  'lamented',
  'laments',
  'condemned',
  'condemns',
  'criticized',
  'criticizes',
  'ridiculed',
  'mocked',
  'welcomed',
  'welcomes',
] as const

const strongCues = [
  'said',
  'says',
  'say',
  'told',
  'tells',
  'added',
  'adds',
  'declared',
  'explained',
  'insisted',
  'replied',
  'answered',
  'commented',
  'asserted',
  'stated',
  'complained',
  'noted',
  'notes',
  'believes',
  'believed',
  'believe',
  'thinks',
  'contend',
  'contends',
  'contended',
  'declares',
  'explains',
  'insists',
  'replies',
  'answers',
  'asserts',
  'comments',
  'complains',
  'remarked',
  'retorted',
  'quipped',
  'exclaimed',
  'responded',
  // "Solly Hemus announced a switch in his starting pitcher": a noun is what is
  // announced (annotation guidelines).
  'announced',
  'announces',
  // Present plurals of saying verbs: "Officials insist the plan is safe".
  'insist',
  // Manner-of-speaking verbs of features and profiles: `"…", she reminisces`.
  'reminisces',
  'reminisced',
  'mused',
  'muses',
]
const weakCues = [
  'charges',
  'wrote',
  'writes',
  'continued',
  'concluded',
  'confirmed',
  'cautioned',
  'assured',
  'reminded',
  'informed',
  'advised',
  'notified',
  'boasted',
  'protested',
  'demanded',
  'hinted',
  'speculated',
  'forecast',
  'vowed',
  'pledged',
  'recalls',
  'predicts',
  'maintains',
  'acknowledges',
  'concedes',
  'admits',
  'denies',
  'urges',
  'reported',
  'reports',
  'charged',
  'claimed',
  'claims',
  'revealed',
  'argued',
  'argues',
  'admitted',
  'warned',
  'warns',
  'predicted',
  'disclosed',
  'acknowledged',
  'conceded',
  'recalled',
  'testified',
  'states',
  'maintained',
  'emphasized',
  'stressed',
  // Round 11: the other verbs of emphasis, and signalling and providing ("The
  // agreement provides that …").
  'emphasised',
  'emphasises',
  'emphasizes',
  'underlined',
  'underlines',
  'underscored',
  'underscores',
  'signalled',
  'signaled',
  'provides',
  'observed',
  'suggested',
  'estimated',
  'felt',
  'asked',
  'add',
  'described',
  'urged',
  'recommended',
  'termed',
  'denied',
  'promised',
  'proposed',
  'indicated',
  'indicates',
  'indicate',
  'pleaded',
  'viewed',
  'identified',
  'called',
  // Present plurals ("Critics claim the law is unfair", `…, dealers report`) and
  // the past of "think", a belief of a third party ("he thought it proved …").
  'claim',
  'report',
  'predict',
  'argue',
  'warn',
  'maintain',
  'thought',
  'recounted',
  // Rulings, repetitions, allegations and agreement with a clause: "The judge
  // ruled that …", "He reiterated that …", "The suit alleged that …".
  'ruled',
  'reiterated',
  'alleged',
  'alleges',
  'agreed',
  'affirmed',
  // Expectations with an object and an infinitive: "The economist expects prices to rise".
  'expects',
  'expected',
  'expect',
  // Feelings, fears, hopes and doubts with a clause: "The mayor feels the plan is sound".
  'feels',
  'fears',
  'feared',
  'hopes',
  'hoped',
  'doubts',
  'doubted',
  // Judgements with "as", like "viewed": "He regards the plan as a failure".
  'regards',
  'regarded',
  // Knowledge and belief with a clause, of a third party: "The governor knew that
  // the bridge was unsafe", "the crew suspected the pump had failed".
  'knew',
  'knows',
  'know',
  'realized',
  'realised',
  'realizes',
  'realises',
  'suspected',
  'suspects',
  'assumed',
  'assumes',
  'imagined',
  'imagines',
  'imagine',
  'recognized',
  'recognizes',
  // Present singulars and plurals of the verbs above, so that the tense does not
  // decide: "The report describes the dam as …", "The rules inform a tenant that …".
  'describes',
  'stresses',
  'emphasizes',
  'suggests',
  'reveals',
  'discloses',
  'concludes',
  'confirms',
  'informs',
  'inform',
  'agrees',
  'agree',
  // "There are, so my friends tell me, …" (a parenthetical; see object-frames.ts).
  'tell',
  // Judgements in the frame of "called X Y": "Many doctors consider the diet a danger".
  'consider',
  'considers',
  'considered',
  // Frames of their own (object-frames.ts): the persuaded hold the belief ("The talk
  // convinced the senator that …"); a prepositional object is what is said
  // ("Critics grumble about …", "Doctors point to …"); a progressive ("was agreeing
  // with its allies that …").
  'convinced',
  'convinces',
  'persuaded',
  'persuades',
  'grumble',
  'grumbles',
  'grumbled',
  'complain',
  'point',
  'points',
  'boasts',
  'agreeing',
  // Round 8. Speaking and writing of something characterised, insisting on it
  // (object-frames.ts: "The critic speaks of his 'quiet wit'"); feeling and
  // prescribing with a clause ("Small towns may feel that …", "The statute
  // stipulates that …"); naming in an "as" clause (`"Old friend", as he calls him`).
  'write',
  // Judging in quoted words ("deplored the officer 'whose boots …'") and crying
  // out a quotation ("crowds shouting, '…'"): object-frames.ts.
  ...judgingCues,
  'shouting',
  'crying',
  'chanting',
  'yelling',
  'screaming',
  'exclaiming',
  // Objection with a clause ("He objected that the fee was unfair") and in a
  // pseudo-cleft ("What they objected to was the delay").
  'objected',
  'objects',
  // Gerunds after a preposition: "He erred in denying that he knew" (find-attributions.ts).
  'denying',
  'admitting',
  'conceding',
  'speaks',
  'spoke',
  'speak',
  'talks',
  'talked',
  'feel',
  // Round 11: present plurals of belief and of holding a view ("The editors
  // think the mayor should resign", "Opponents fear it will raise taxes", "The
  // court held that …"), hearers reminded ("Smith reminds us that …").
  'think',
  'fear',
  'doubt',
  'suspect',
  'hope',
  'holds',
  'held',
  'found',
  'finds',
  'find',
  'reminds',
  'assures',
  'advises',
  'stipulate',
  'stipulates',
  'stipulated',
  'specifies',
  'specified',
  'prescribes',
  'prescribed',
  'calls',
  'addresses',
  'addressed',
  'dubs',
  'dubbed',
  // Characterising verbs with "as" (find-attributions.ts), active or passive with
  // a by-agent: "The mayor hailed the bridge as a triumph", "was hailed by X as …".
  'hailed',
  'hails',
  'praised',
  'praises',
  'denounced',
  'denounces',
  'branded',
  'brands',
  'labeled',
  'labelled',
  'characterized',
  'characterizes',
  'depicted',
  'depicts',
  'portrayed',
  'portrays',
]
export const weak = new Set(weakCues)
// Cues whose object is the hearer: "told reporters (that) …", "reminded the council that …".
export const hearerCues = new Set([
  'told',
  'tells',
  'reminded',
  'assured',
  'warned',
  'informed',
  'advised',
  'notified',
  'cautioned',
  'promised',
  'informs',
  'inform',
  'tell',
  'reminds',
  'assures',
  'advises',
])
export const strong = new Set(strongCues)
export const cuePattern = new RegExp(
  `(?<![\\p{L}'’-])(?:according\\s+to|expressed\\s+(?:the\\s+|his\\s+|her\\s+|their\\s+)?(?:opinion|view|belief|hope|confidence|fear|conviction|concern)|sent\\s+word|(?:made|make|makes|making)\\s+(?:it\\s+)?(?:clear|plain)|(?:convinced|confident|sure|certain|aware|hopeful|optimistic|pessimistic|adamant|satisfied|persuaded|worried|afraid|fearful|concerned|skeptical|sceptical|doubtful)\\s+that|ha(?:s|d|ve)\\s+it\\s+that|of\\s+the\\s+(?:opinion|view|belief)\\s+that|in\\s+the\\s+words\\s+of|in\\s+the\\s+(?:view|opinion|judgment|judgement)\\s+of|in\\s+(?:his|her|their|its)\\s+(?:view|opinion|judgment|judgement|words)(?=\\s*,)|puts?\\s+it|(?:pointed|points|point|pointing)\\s+out|on\\s+(?:the\\s+)?grounds\\s+that|to\\s+(?:conclude|believe|think|realize|realise|recognize|recognise|suspect|assume|doubt|fear|learn|accept)|blamed|blames|see|sees|saw|forecasts|forecasting|projected|projects|projecting|estimated|estimates|estimating|expects|expect|expecting|faulted|faults|rebuked|chided|scolded|attacked|attacks|commended|lauded|applauded|assailed|castigated|accused|accuses|criticised|criticises|reads|read|begins|began|ends|ended|runs|ran|goes|went|concludes|opens|opened|call|calls|professed|professes|purported|purports|vows|pledges|promised|promises|threatened|threatens|swore|swears|put|puts|placed|places|pegged|pegs|valued|values|show|shows|showed|shown|showing|demonstrates|demonstrated|proves|proved|seen|adding|citing|saying|noting|insisting|explaining|warning|declaring|arguing|asserting|contending|claiming|predicting|charging|announcing|reporting|disclosing|revealing|confirming|quoted\\s+as\\s+saying|quoted\\s+(?:[\\p{L}.'’-]+\\s+){1,6}?as\\s+saying|on\\s+record\\s+as\\s+(?:saying|believing|favoring|opposing)|${[...strongCues, ...weakCues].join('|')})(?![\\p{L}'’-])`,
  'giu',
)

// Participles of reporting verbs that go on with the speaker of the clause before:
// "…", he said, adding that …; "he denied it, saying it was false".
export const participles = new Set([
  'adding',
  'saying',
  'noting',
  'insisting',
  'explaining',
  'warning',
  // Only with "that" ("claiming the title" reports nothing).
  'declaring',
  'arguing',
  'asserting',
  'contending',
  'claiming',
  'predicting',
  'charging',
  // Round 10: "…, pointing out that …".
  'pointing out',
  // Round 11: "…, he said, citing low stocks": what is cited as evidence, a noun phrase.
  'citing',
])

/**
 * Gerunds that report after "In" at the start of a sentence, with the subject
 * of the main clause as speaker: "In announcing Jorda's return, the orchestra …".
 *
 * @example
 * inGerunds.has('announcing') // => true
 */
export const inGerunds: ReadonlySet<string> = new Set([
  'announcing',
  'reporting',
  'disclosing',
  'revealing',
  'confirming',
])

/**
 * Participles that report only with "that": "…, declaring that this pessimism …".
 *
 * @example
 * participlesWithThat.has('claiming') // => true
 */
export const participlesWithThat: ReadonlySet<string> = new Set([
  'declaring',
  'arguing',
  'asserting',
  'contending',
  'claiming',
  'predicting',
  'charging',
  'pointing out',
])

/**
 * Present plurals: their subject is no singular indefinite phrase ("a police
 * report that …" is a noun compound).
 *
 * @example
 * pluralPresent.has('report') // => true
 */
export const pluralPresent: ReadonlySet<string> = new Set([
  'find',
  'think',
  'fear',
  'doubt',
  'suspect',
  'hope',
  'say',
  'believe',
  'insist',
  'claim',
  'report',
  'predict',
  'argue',
  'warn',
  'maintain',
  'contend',
  'add',
  'indicate',
])
