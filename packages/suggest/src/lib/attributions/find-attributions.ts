/**
 * Finding reported speech: reporting cues, their speakers and what they report.
 */
import type { QuotationRange } from '../text/quotations.js'
import type { SentenceRange } from '../text/sentences.js'
import { isCapital, lower, type Token, tokenize } from '../text/tokens.js'
import {
  type CueContext,
  claimAt,
  claimAtCue,
  clauseEndsAfter,
  closingQuotes,
  type FoundAttribution,
  quotationAfter,
  quotationAt,
  skipAdverbials,
  trimSpan,
} from './claim-content.js'
import { hearerOnly, isRefusal, opensClause, subordinateClauseOnly } from './clauses.js'
import { controlledBelief, controlledBeliefAt } from './controlled-beliefs.js'
import { courtHeadBefore, courtHeard } from './court-heard.js'
import {
  cueSearch,
  hearerCues,
  inGerunds,
  judgingCues,
  participles,
  participlesWithThat,
  pluralPresent,
  strong,
  thatClauseCues,
  weak,
} from './cues.js'
import { dativeViews } from './dative-views.js'
import { findingCues, recordFinds, recordShows, showCues } from './documents-show.js'
import { figureWords, foreseeingCues, foreseeingOnly, foreseenObject } from './foreseeing.js'
import { headlineAttributions } from './headlines.js'
import { reasonCues, reasonedJudgement, reasonOnly } from './judgements.js'
import {
  determiners,
  documentHeadBefore,
  type FoundMention,
  mentionAfter,
  mentionBefore,
  modifiedSubject,
  possessiveSpeaker,
  pronounMention,
  roleModifiers,
} from './mentions.js'
import { nominalAttributions } from './nominal-attributions.js'
import {
  asClauseCue,
  evaluativeCue,
  evaluativeCues,
  openingCue,
  outcryCue,
  outcryCues,
  persuadedObject,
  persuadingCues,
  prepositionalCue,
  prepositionalCues,
  progressiveCue,
} from './object-frames.js'
import { readingCues, textReads } from './texts-read.js'
import {
  infinitiveGovernors,
  isActorNoun,
  isPhraseBreak,
  lexiconTags,
  organisationWords,
  pronounTypes,
  readyAdjectives,
  speakerNouns,
  titles,
} from './word-classes.js'

/**
 * The quotation that opens at `offset`, if any: a binary search of the sorted,
 * disjoint quotations (every cue asks; scanning them all cost about a second on
 * 6 MB).
 */
function quotationOpeningAt(
  quotations: readonly QuotationRange[],
  offset: number | undefined,
): QuotationRange | undefined {
  if (offset === undefined) return undefined
  const quotation = quotationAt(quotations, offset)
  return quotation?.start === offset ? quotation : undefined
}

export type { FoundAttribution } from './claim-content.js'
export type { FoundMention, SpeakerType } from './mentions.js'

const passiveMarkers = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', 'the'])
// Words that open a clause: a statement cannot end in them, so `since, he said, …`
// reports what follows the cue.
const clauseOpeners = new Set([
  'since',
  'because',
  'but',
  'and',
  'that',
  'if',
  'when',
  'while',
  'although',
  'though',
  'however',
  'so',
  'or',
  'as',
  'until',
  'unless',
  'who',
  'which',
])
// Subjects that deny the saying: "No one complained about the wine".
const negativeSubject = /^(no|nobody|none|neither)\b/i
// Objects that make a cue no report ("believes him who sent me").
const objectPronouns = /^(him|her|them|me|us|himself|herself|themselves|myself)$/

/**
 * True when token `index` is an object pronoun ("believes him"); "her" before a
 * noun is a possessive ("said her son was missing").
 */
function objectPronounAt(tokens: readonly Token[], index: number): boolean {
  const word = lower(tokens[index])
  if (!objectPronouns.test(word)) return false
  if (word !== 'her') return true
  const next = tokens[index + 1]
  return (
    next === undefined ||
    next.kind !== 'word' ||
    /ly$/.test(lower(next)) ||
    /^(to|in|on|at|for|with|that|who|as|and|but|or|from|by)$/.test(lower(next))
  )
}
const prepositionsAfterCue = new Set([
  'on',
  'about',
  'of',
  'for',
  'with',
  'at',
  'by',
  'to',
  'as',
  'upon',
  'against',
  'up',
  'out',
  'along',
  'into',
])
// Before a weak cue, these words make it a noun or an adjective ("at reports that").
const nounBefore = new Set([
  'at',
  'the',
  'of',
  'on',
  'amid',
  'a',
  'an',
  'these',
  'those',
  'his',
  'her',
  'their',
  'its',
  'in',
  'for',
  'with',
  'from',
  'by',
  'such',
  'any',
  'no',
  'two',
  'new',
  'recent',
  'earlier',
])

/** True when `token` is a lower-case word the lexicon knows only as an adjective ("sovereign states"). */
function previousWordIsAdjective(token: Token | undefined): boolean {
  if (token === undefined || token.kind !== 'word' || isCapital(token)) return false
  const tags = lexiconTags(lower(token))
  return (
    tags.includes('Adjective') &&
    !tags.some((tag) => /Noun|Singular|Plural/.test(tag)) &&
    // Round 11: "The novel maintains that …": a speaker noun.
    !speakerNouns.has(lower(token))
  )
}

/**
 * The end of the judgement in "called the plan an outright blackmail action":
 * an object (a determiner phrase or a pronoun) and a predicate opening with "a"
 * or "an", up to a comma or a clause. `undefined` when the words after "called"
 * are not this ("called the police", "called it a day", "called a meeting").
 */
function calledJudgement(tokens: readonly Token[], cueIndex: number): number | undefined {
  const object = lower(tokens[cueIndex + 1])
  if (!/^(the|this|that|these|those|his|her|their|its|him|them|it)$/.test(object)) return undefined
  const article = tokens.findIndex(
    (token, index) =>
      index > cueIndex + 1 && index <= cueIndex + 6 && /^(a|an)$/.test(lower(token)),
  )
  if (article < 0) return calledAdjective(tokens, cueIndex)
  if (/^(him|her|them|it)$/.test(object) && article !== cueIndex + 2) return undefined
  for (let at = cueIndex + 2; at < article; at++) {
    const token = tokens[at]
    if (
      token === undefined ||
      token.kind !== 'word' ||
      /^(to|for|in|at|on|of|by|with|from|and|or|but|that|which|who|is|was|were|are|be|been|off|up|out|back|together|upon|down)$/.test(
        lower(token),
      )
    )
      return undefined
  }
  let last = article
  while (
    tokens[last + 1]?.kind === 'word' &&
    last - article < 8 &&
    !/^(and|but|or|that|which|who|because|when|after|to|for|in|at|on)$/.test(
      lower(tokens[last + 1]),
    )
  )
    last++
  const predicate = tokens.slice(article + 1, last + 1).map(lower)
  if (
    last === article ||
    predicate.some((word) =>
      /^(day|days|week|weeks|time|times|year|years|month|hour|minute|second|night|few|lot|couple|number|meeting|cab|taxi|halt|truce|strike|press|news|conference)$/.test(
        word,
      ),
    )
  )
    return undefined
  return tokens[last]?.end
}

/**
 * Round 15: the judgement of "found" like that of "called" ("Reviewers found the
 * play dull"), not a state found ("found the door open", "found him dead").
 */
function foundJudgement(tokens: readonly Token[], cueIndex: number): number | undefined {
  const end = calledJudgement(tokens, cueIndex)
  if (end === undefined) return undefined
  const last = tokens.findLast((token) => token.end <= end)
  return /^(open|closed|shut|empty|full|dead|alive|locked|unlocked|missing|gone|asleep|awake|ready|wet|dry|cold|hot|warm|alone|intact|unconscious|lying|standing|sitting|burning|broken|safe|unharmed|injured|wounded)$/.test(
    lower(last),
  )
    ? undefined
    : end
}

/**
 * The end of an adjective judgement after "called": "called the plan
 * unworkable", "called it unfair" — an object of at most four words, then one
 * adjective ending the clause.
 */
function calledAdjective(tokens: readonly Token[], cueIndex: number): number | undefined {
  for (let at = cueIndex + 2; at <= cueIndex + 5 && at < tokens.length; at++) {
    const token = tokens[at]
    const next = tokens[at + 1]
    if (token === undefined || token.kind !== 'word' || isCapital(token)) return undefined
    const word = lower(token)
    const tags = lexiconTags(word)
    const adjective =
      !/^(inside|outside|home|away|over|aside|forward|ahead|upstairs|downstairs|early|late|again|back|off|out|in|up|down|together|alone|aboard|abroad|overseas|ashore|nearby)$/.test(
        word,
      ) &&
      ((tags.includes('Adjective') && !tags.some((tag) => /^(Noun|Singular|Plural)$/.test(tag))) ||
        /^un\p{Ll}+(able|ible|ful|ous|ive|al|ic|ent|ant|ed)$/u.test(word) ||
        /\p{Ll}(able|ible|ous|ive)$/u.test(word))
    if (adjective)
      return next === undefined || /^[.,;:!?]$/.test(next.text) || /^(and|but)$/.test(lower(next))
        ? token.end
        : undefined
    if (
      /^(to|for|in|at|on|of|by|with|from|and|or|but|that|which|who|is|was|were|are|be|been|off|up|out|back|together|upon|down)$/.test(
        word,
      )
    )
      return undefined
  }
  return undefined
}

/**
 * The index of "that" after a circumstance opening at `index` ("as recently as
 * October 26 that", "in a speech to the Rotary Club that"): up to ten words,
 * numbers and abbreviation periods, no verb; `undefined` when there is none.
 */
function circumstanceThat(tokens: readonly Token[], index: number): number | undefined {
  // "hopes to redress that situation": an infinitive, not a circumstance.
  const object = tokens[index + 1]
  if (
    lower(tokens[index]) === 'to' &&
    !(
      isCapital(object) ||
      /^(the|a|an|his|her|their|its|this|our|my)$/.test(lower(object)) ||
      // Round 13: a plural hearer ("said to reporters that …").
      (/[^s]s$/.test(lower(object)) && lower(tokens[index + 2]) === 'that')
    )
  )
    return undefined
  for (let at = index + 1; at < tokens.length && at <= index + 10; at++) {
    const token = tokens[at]
    if (token === undefined) return undefined
    const word = lower(token)
    // "insist on that before …": a pronoun after the preposition; "wrote to
    // Oersted a letter that contained …": a relative clause.
    if (word === 'that')
      return at > index + 1 &&
        !relativeVerb(tokens[at + 1], tokens[at + 2]) &&
        verbFollows(tokens, at + 1)
        ? at
        : undefined
    if (token.kind === 'punct' && !(token.text === '.' && tokens[at - 1]?.end === token.start))
      return undefined
    if (
      token.kind === 'word' &&
      !isCapital(token) &&
      (strong.has(word) ||
        weak.has(word) ||
        lexiconTags(word).some((tag) => /^(Copula|Modal|Auxiliary|PastTense)$/.test(tag)))
    )
      return undefined
  }
  return undefined
}

/**
 * True when the words before an interrupting cue can be a subject ("This, he
 * claims, would …", "The air, he said, was …"), not an adverbial ("Yet", "First",
 * "Last May", "Not surprisingly").
 */
function nounPhraseOpens(words: readonly Token[]): boolean {
  const first = lower(words[0])
  if (/^(the|a|an|this|that|these|those|it|his|her|their|its|our|my|such)$/.test(first)) return true
  return (
    words.length > 0 &&
    !/^(last|next|first|then|now|today|yesterday|suppose|however|yet|still|also|thus|so|each|every|in|at|on|for|from|with|by|to|of|after|before|during|under|over|if|when|while|as|since|because)$/.test(
      first,
    ) &&
    words.every((word) => !/ly$/.test(lower(word)) && !isPhraseBreak(lower(word)))
  )
}

/**
 * True when an object and an infinitive follow at `index` ("prices to rise", "the
 * bill to pass"): one to five words without punctuation or pronoun, then "to" and
 * a verb.
 */
function expectedInfinitive(tokens: readonly Token[], index: number): boolean {
  const first = tokens[index]
  if (
    first === undefined ||
    first.kind === 'punct' ||
    /^(to|it|him|her|them|me|us)$/.test(lower(first))
  )
    return false
  for (let at = index + 1; at < tokens.length && at <= index + 5; at++) {
    const token = tokens[at]
    if (token === undefined || token.kind === 'punct') return false
    if (lower(token) === 'to') {
      const verb = tokens[at + 1]
      return (
        verb?.kind === 'word' &&
        !isCapital(verb) &&
        !/^(the|a|an|his|her|their|its|be)$/.test(lower(verb))
      )
    }
  }
  return false
}

/**
 * The quotation after a colon one to eight words after the cue, with no other
 * punctuation between ("said of Moritz: '…'"); `undefined` when there is none or
 * the colon follows the cue directly (the ordinary frame).
 */
function quotationAfterColon(
  tokens: readonly Token[],
  cueIndex: number,
  quotations: readonly QuotationRange[],
): { start: number; end: number } | undefined {
  for (let at = cueIndex + 1; at < tokens.length && at <= cueIndex + 9; at++) {
    const token = tokens[at]
    if (token === undefined) return undefined
    if (token.text === ':') {
      const next = tokens[at + 1]
      const quote = quotationOpeningAt(quotations, next?.start)
      return quote === undefined ? undefined : { start: quote.start, end: quote.end }
    }
    if (token.kind === 'punct' && !(token.text === '.' && tokens[at - 1]?.end === token.start))
      return undefined
  }
  return undefined
}

/**
 * The first sentence of the paragraph after a cue that ends its own with a colon
 * and no quotation ("The ministry announced:" ¶ "The talks will open on May 3."):
 * a statement set off as a block. `undefined` unless a paragraph break follows
 * and the next sentence starts with a capital and ends within 400 characters.
 */
function statementAfter(text: string, offset: number): { start: number; end: number } | undefined {
  const head = /^[ \t]*\r?\n\s*/.exec(text.slice(offset, offset + 40))
  if (head === null) return undefined
  const start = offset + head[0].length
  if (!/\p{Lu}/u.test(text[start] ?? '')) return undefined
  const end = /[.!?](?=\s|$)/.exec(text.slice(start, start + 400))
  return end === null ? undefined : { start, end: start + end.index + 1 }
}

/** The index of the first token from `index` that is not an adverb in "-ly". */
function skipLyAdverbs(tokens: readonly Token[], index: number): number {
  let at = index
  while (/\p{Ll}ly$/u.test(tokens[at]?.text ?? '')) at++
  return at
}

/**
 * A report nested in a quotation, with its own third-party speaker and clause:
 * `"This year the coach told me he could use me", said Doe`, `"the other team
 * thought no one was out there"`. Not the quoted speaker's own "I said", "we
 * think", nor a cue that ends the quotation ("'They said no,' he added").
 */
function nestedReport(tokens: readonly Token[], cueIndex: number, quote: QuotationRange): boolean {
  const cue = tokens[cueIndex]
  const subject = tokens[cueIndex - 1]
  const next = tokens[cueIndex + 1]
  if (cue === undefined || subject === undefined || next === undefined) return false
  // Round 13: a name opening the quotation reports too ("Iraq knows well that …").
  if (
    (subject.start <= quote.start + 1 &&
      (!isCapital(subject) || pronounTypes.has(lower(subject)))) ||
    next.end >= quote.end - 1
  )
    return false
  // A third party named or described: not "I", "we", "you", nor a pronoun.
  // Round 13: "he", "she", "they" with a "that" clause ("He says that if he
  // were to …", in a translator's words).
  if (
    subject.kind !== 'word' ||
    (pronounTypes.has(lower(subject)) &&
      !(/^(he|she|they)$/.test(lower(subject)) && lower(next) === 'that')) ||
    /^(you|me|us)$/.test(lower(subject))
  )
    return false
  return next.kind === 'word'
}

/** True when the cue stands inside a quotation as a third party's report ({@link nestedReport}). */
function inQuoteNested(
  quotations: readonly QuotationRange[],
  tokens: readonly Token[],
  cueIndex: number,
): boolean {
  const cue = tokens[cueIndex]
  const quote = cue === undefined ? undefined : quotationAt(quotations, cue.start)
  return (
    quote !== undefined && quote.start < (cue?.start ?? 0) && nestedReport(tokens, cueIndex, quote)
  )
}

/** True when a modal of possibility or obligation governs the cue ("can say", "should have said"). */
function hypothetical(tokens: readonly Token[], cueIndex: number): boolean {
  return /^(could|might|may|can|should|must|shall|will|cannot)$/.test(
    lower(tokens[modalIndex(tokens, cueIndex)]),
  )
}

/** Index of the word before the cue past "have", "also" and adverbs: where a modal would stand. */
function modalIndex(tokens: readonly Token[], cueIndex: number): number {
  let at = cueIndex - 1
  while (
    at >= 0 &&
    (/^(have|also|then|only|well|still|even)$/.test(lower(tokens[at])) ||
      /ly$/.test(lower(tokens[at])))
  )
    at--
  return at
}

/**
 * True when `token` is a verb opening a relative clause after "that" ("that
 * contained a …", "that begins with"), not the subject of a clause ("that taxes
 * would fall": a verb follows it).
 */
function relativeVerb(token: Token | undefined, next: Token | undefined): boolean {
  if (token === undefined || token.kind !== 'word' || isCapital(token)) return false
  const verbLike = (word: Token | undefined) => {
    const tags = lexiconTags(lower(word))
    return (
      tags.some((tag) => /^(PastTense|PresentTense|Copula|Modal|Auxiliary)$/.test(tag)) &&
      !tags.some((tag) => /^(Noun|Singular|Plural|Adjective|Determiner)$/.test(tag))
    )
  }
  return verbLike(token) && !verbLike(next)
}

/**
 * True when a finite verb follows token `index` before the next comma or the
 * end: "said that taxes rose" (a clause), not "recalled that historic flight"
 * (a determiner).
 */
function verbFollows(tokens: readonly Token[], index: number): boolean {
  // Only two lower-case words can open a determiner phrase here ("that historic
  // flight"); "that the salary, in terms of …, was", "that Multnomah, as of …,
  // had spent" are clauses.
  const first = tokens[index]
  const second = tokens[index + 1]
  if (
    first?.kind !== 'word' ||
    second?.kind !== 'word' ||
    isCapital(first) ||
    isCapital(second) ||
    !(
      lexiconTags(lower(first)).includes('Adjective') ||
      /(ic|al|ous|ful|ive|less|able|ible)$/.test(lower(first))
    )
  )
    return true
  for (let at = index; at < tokens.length; at++) {
    const token = tokens[at]
    if (token === undefined || /^[,;:]$/.test(token.text)) return false
    if (token.kind !== 'word') {
      if (closingQuotes.has(token.text) || token.text === '"') return true
      continue
    }
    const word = lower(token)
    if (/(ed|n't|s)$/.test(word) && !isCapital(token)) return true
    const tags = lexiconTags(word)
    if (
      tags.some((tag) =>
        /^(PastTense|PresentTense|Copula|Modal|Auxiliary|Infinitive|Pronoun)$/.test(tag),
      )
    )
      return true
  }
  return false
}

/**
 * Round 15: true when "much of", "little of" or "most of" at token `index` opens
 * the subject of a clause: a finite verb follows before any punctuation ("much of
 * the growth had come from trading"), not "said much of the same".
 */
function partOfClause(tokens: readonly Token[], index: number): boolean {
  if (!/^(much|little|most|some|part|all)$/.test(lower(tokens[index]))) return false
  if (lower(tokens[index + 1]) !== 'of') return false
  for (let at = index + 2; at < tokens.length && at < index + 14; at++) {
    const token = tokens[at]
    if (token === undefined || token.kind === 'punct') return false
    if (
      token.kind === 'word' &&
      (/^(had|has|have|was|were|is|are)$/.test(lower(token)) ||
        lexiconTags(lower(token)).some((tag) => /^(Copula|Modal|Auxiliary)$/.test(tag)))
    )
      return true
  }
  return false
}

/** True when token `index` is a number in digits or words ("26,400", "two", "a third"). */
function numberFollows(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]
  return (
    token !== undefined &&
    (token.kind === 'number' ||
      /^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|half)$/.test(
        lower(token),
      ) ||
      (/^(a|an)$/.test(lower(token)) &&
        /^(dozen|hundred|thousand|million|billion|third|quarter|fifth|half)$/.test(
          lower(tokens[index + 1]),
        )))
  )
}

/** True when no finite verb stands from token `index` to the end of the sentence: a phrase, no clause. */
function verblessToEnd(tokens: readonly Token[], index: number): boolean {
  return tokens.slice(index).every((token, at, rest) => {
    if (token.kind !== 'word' || isCapital(token)) return true
    const tags = lexiconTags(lower(token))
    // Round 22: a noun after a name or determiner, though the lexicon knows it as a
    // verb too ("officials attending the Refiners Association meeting here").
    const previous = rest[at - 1]
    if (
      previous !== undefined &&
      (isCapital(previous) || determiners.has(lower(previous))) &&
      tags.some((tag) => /^(Singular|Noun|Plural)$/.test(tag))
    )
      return true
    return !tags.some((tag) => /^(PresentTense|PastTense|Copula|Modal|Auxiliary)$/.test(tag))
  })
}

/**
 * Round 22: true when a prepositional phrase of two to five words at `index` is
 * followed, with no punctuation, by a clause with its own subject — a pronoun or a
 * determiner and a finite verb ("for some products they did not go far enough",
 * "for most buyers the price is too high"); not "of the plan" alone.
 */
function clauseAfterPhrase(tokens: readonly Token[], index: number): boolean {
  for (let at = index + 2; at <= index + 5; at++) {
    const token = tokens[at]
    if (token === undefined || token.kind === 'punct') return false
    if (tokens[at - 1]?.kind === 'punct') return false
    const word = lower(token)
    if (/^(that|who|which|whom|whose|and|or|but)$/.test(word)) return false
    if (
      (/^(he|she|they|we|i|it|there)$/.test(word) ||
        /^(the|a|an|this|these|its|their)$/.test(word)) &&
      opensClause(tokens, at)
    )
      return true
  }
  return false
}

/**
 * Round 22: true when a relative clause of anonymity runs from `index` to the end
 * of the sentence (`"…," said a trader who declined to be identified`, "who asked
 * not to be named", "who requested anonymity"): it describes the speaker.
 */
function anonymityToEnd(tokens: readonly Token[], index: number): boolean {
  const rest = tokens.slice(index)
  if (rest.length > 14) return false
  const words = rest
    .filter((token) => token.kind === 'word')
    .map((token) => lower(token))
    .join(' ')
  return (
    rest.every((token) => token.kind === 'word' || /^[.!?]$/.test(token.text)) &&
    /^(who|that) (\S+ ){1,5}(identified|named|quoted|anonymity|anonymous)$/.test(words)
  )
}

// Things one declares by declaring them: acts of a board or a state, not statements.
const declaredActs =
  /^(dividends?|distributions?|payouts?|splits?|split-ups?|bonus|holidays?|moratoriums?|moratoria|emergency|war|bankruptcy|insolvency|default|ceasefire|cease-fire|truce|curfew|amnesty|independence|candidacy|quarantine|embargo|force|victory|winners?|state|martial|void|invalid|illegal|null)$/

/** True when the object of "declared" at `cueIndex` names an act ("declared a dividend", "declared war"). */
function declaresAnAct(tokens: readonly Token[], cueIndex: number): boolean {
  for (let at = cueIndex + 1; at < tokens.length && at <= cueIndex + 10; at++) {
    const token = tokens[at]
    if (token === undefined || (token.kind === 'punct' && !/^[-/.]$/.test(token.text))) return false
    const word = lower(token)
    if (/^(that|to|as|he|she|it|they|we|i)$/.test(word)) return false
    if (declaredActs.test(word)) return true
  }
  return false
}

/**
 * True when the cue at `cueIndex` is a past participle without an agent
 * modifying the noun before it: in commas and followed by a time or place up to
 * the next comma ("The plan, announced in May, was dropped"), or right after a
 * lower-case noun when a finite verb of the sentence comes before it ("The sales
 * complete the program announced in April").
 */
function participleWithoutAgent(tokens: readonly Token[], cueIndex: number, cue: string): boolean {
  if (!/^(announced|disclosed|reported|revealed|proposed|outlined|unveiled)$/.test(cue))
    return false
  const before = tokens[cueIndex - 1]
  const after = lower(tokens[cueIndex + 1])
  if (
    !/^(in|on|at|last|earlier|this|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(
      after,
    )
  )
    return false
  let close = cueIndex + 1
  while (
    close < tokens.length &&
    close <= cueIndex + 8 &&
    tokens[close]?.text !== ',' &&
    tokens[close]?.text !== '.'
  ) {
    const word = lower(tokens[close])
    if (word === 'by' || word === 'that' || closingQuotes.has(tokens[close]?.text ?? ''))
      return false
    close++
  }
  const closer = tokens[close]
  if (closer === undefined || !/^[,.]$/.test(closer.text)) return false
  if (before?.text === ',') {
    // ", announced in May, was dropped": the sentence goes on with its own verb.
    const next = tokens[close + 1]
    return (
      closer.text === ',' &&
      next?.kind === 'word' &&
      !isCapital(next) &&
      !pronounTypes.has(lower(next))
    )
  }
  if (before === undefined || before.kind !== 'word' || isCapital(before)) return false
  if (pronounTypes.has(lower(before)) || speakerNouns.has(lower(before))) return false
  // A verb of the sentence before the noun: the participle modifies that noun.
  const verbBefore = tokens
    .slice(1, cueIndex - 1)
    .some(
      (token) =>
        !isCapital(token) &&
        lexiconTags(lower(token)).some((tag) => /^(PresentTense|PastTense|Copula)$/.test(tag)),
    )
  // Or the time phrase is followed by the frame of another cue: "the program
  // announced in April, 1986, it said" — the participle has no object of its own.
  let next = close + 1
  while (tokens[next]?.kind === 'number' || tokens[next]?.text === ',') next++
  const frameAfter =
    closer.text === ',' &&
    tokens
      .slice(next, next + 4)
      .some((token) => /^(said|says|added|reported|told|noted|stated)$/.test(lower(token)))
  return verbBefore || frameAfter
}

/**
 * A passive participle in commas with its agent ("X, announced formally
 * yesterday by the AID in New York, include …"): the agent, and the sentence
 * around the participle phrase as content.
 */
function reducedPassive(
  text: string,
  tokens: readonly Token[],
  cueIndex: number,
  sentence: SentenceRange,
): { agent: FoundMention; content: Array<{ start: number; end: number }> } | undefined {
  let by = cueIndex + 1
  while (/ly$/.test(lower(tokens[by]))) by++
  by = skipAdverbials(tokens, by)
  if (lower(tokens[by]) !== 'by') return undefined
  const agent = mentionAfter(tokens, by + 1)
  if (agent === undefined || agent.pronoun !== undefined) return undefined
  const close = tokens.findIndex(
    (token, index) => index > by && index <= by + 12 && token.text === ',',
  )
  const comma = tokens[cueIndex - 1]
  const after = tokens[close + 1]
  if (close < 0 || comma === undefined || after === undefined || after.kind !== 'word')
    return undefined
  const content = [
    trimSpan(text, sentence.start, comma.start),
    trimSpan(text, after.start, sentence.end),
  ].filter((span): span is { start: number; end: number } => span !== undefined)
  return content.length === 2 ? { agent, content } : undefined
}

// Verbs of holding a view: under a modal they still report a third party's view.
const beliefCues =
  /^(feel|feels|felt|believe|believes|believed|think|thinks|thought|fear|fears|feared|hope|hopes|hoped|doubt|doubts|doubted|suspect|suspects|suspected|imagine|imagines|imagined|agree|agrees|agreed|argue|argues|argued|contend|contends|insist|insists|maintain|maintains)$/

// Verbs that characterise their object "as" something (round 8), active ("The
// mayor hailed the bridge as a triumph") or passive with a by-agent ("was hailed
// by the mayor as …"); with "described", "regarded" and "viewed" they judge.
const characterising =
  /^(described|hailed|hails|praised|praises|denounced|denounces|branded|brands|labeled|labelled|characterized|characterizes|depicted|depicts|portrayed|portrays|dismissed|dismisses|defended|defends)$/

// Cues that put their speaker after them: `…, said the mayor`, `…, says Dr. Keys, …`.
const invertingCues =
  /^(said|says|say|added|adds|asked|replied|declared|explained|continued|wrote|writes|noted|notes|recalled|recalls|insisted|observed|commented|remarked|answered|stated|argued|predicted|warned|concluded|reported|reports|explains|declares|insists|told|echoed|echoes|shouted|cried|whispered|murmured|muttered|snapped|retorted|quipped|countered|joked|confided|repeated|exclaimed|conceded|admitted|agreed|responded|acknowledged|suggested|mused|boasted|complained|protested|cautioned|sighed|laughed|interjected|went on)$/

/**
 * The comma closing a role in apposition that opens at `index` ("a Belgian
 * official of UNESCO, …", "psychologist at the institute, …"), if there is one.
 */
function appositionEnd(tokens: readonly Token[], index: number): number | undefined {
  const first = tokens[index]
  if (
    first === undefined ||
    first.kind !== 'word' ||
    isCapital(first) ||
    /(ing|ly)$/.test(first.text) ||
    /^(and|but|or|who|which|that|as|when|while|if)$/.test(first.text)
  )
    return undefined
  for (let at = index; at < tokens.length && at < index + 16; at++) {
    const token = tokens[at]
    if (token === undefined) return undefined
    if (token.text === ',') return at > index ? at : undefined
    if (
      token.kind === 'punct' &&
      !(token.text === '.' && tokens[at - 1]?.end === token.start) &&
      token.text !== "'"
    )
      return undefined
    if (token.kind === 'word' && !isCapital(token) && relativeVerb(token, tokens[at + 1]))
      return undefined
    if (/^(is|was|are|were|has|have|had|will|would|can|could|that|who|which)$/.test(lower(token)))
      return undefined
  }
  return undefined
}

/** True when the speaker before the cue follows a quotation and its comma (`"…", Smith predicted at …`). */
function speakerAfterQuotation(
  tokens: readonly Token[],
  cueIndex: number,
  sentence: SentenceRange,
): boolean {
  const speaker = mentionBefore(tokens, cueIndex - 1, sentence.start)
  const first = tokens.findIndex((token) => token.start === speaker?.start)
  return first > 0 && quotationClosesBefore(tokens, first)
}

/** True when a quotation closes right before token `index`, with or without a comma (`"…", X`). */
function quotationClosesBefore(tokens: readonly Token[], index: number): boolean {
  let at = index - 1
  // Over the speaker phrase and its appositions, up to the quotation's comma.
  while (at > 0 && index - at < 30 && !closingQuotes.has(tokens[at]?.text ?? '')) {
    if (/^[.;:!?]$/.test(tokens[at]?.text ?? '')) {
      if (tokens[at]?.text !== '.' || tokens[at - 1]?.end !== tokens[at]?.start) return false
    }
    at--
  }
  const quote = tokens[at]
  if (quote === undefined || !closingQuotes.has(quote.text)) return false
  const comma = tokens[at + 1]?.text === ',' ? at + 1 : tokens[at - 1]?.text === ',' ? at : -1
  return comma >= 0 && index === comma + 1
}

/**
 * True when the tokens from `index` to the end of the sentence only say where,
 * when or how the words were said: a phrase opening with a preposition ("at the
 * closing session here Tuesday"), or one manner word ("translated", "quietly").
 */
function circumstanceOnly(tokens: readonly Token[], index: number): boolean {
  const first = tokens[index]
  if (first === undefined || first.kind !== 'word') return false
  const rest = tokens.slice(index)
  const last = rest.at(-1)
  const body = last !== undefined && /^[.!?]$/.test(last.text) ? rest.slice(0, -1) : rest
  if (body.length === 1) return /(ly|ed|ing)$/.test(lower(first))
  // A time phrase without a preposition: `"…", Doe had said one afternoon during the
  // trial`, `"…", he said last week`.
  const timePhrase =
    /^(one|last|this|that|next|every|each|early|late|later|the)$/.test(lower(first)) &&
    /^(morning|afternoon|evening|night|day|week|weekend|month|year|season|time|spring|summer|fall|autumn|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?$/.test(
      lower(tokens[index + 1]),
    )
  // The hearer is a circumstance too (`"…", he said to the crowd`), not an
  // infinitive ("to go").
  const hearer =
    lower(first) === 'to' &&
    !lexiconTags(lower(tokens[index + 1])).some((tag) => /^(Infinitive|Verb)$/.test(tag))
  if (
    (!timePhrase &&
      !hearer &&
      // Round 10: a time clause too (`"…", he said when he returned from Lima`).
      !/^(at|in|on|during|before|after|of|about|with|from|when|while|as|once|upon)$/.test(
        lower(first),
      )) ||
    body.length > 20
  )
    return false
  // Round 26: a short time clause of the exchange itself, whose verb may be one
  // of asking or saying (`"…," a clerk explained when I asked`; not `when I asked
  // whether …`).
  const exchange = /^(when|while|as|after|before|once)$/.test(lower(first)) && body.length <= 5
  return body.every(
    (token, at) =>
      // A quotation mark, not the apostrophe of a plural possessive ("two years' output").
      !(closingQuotes.has(token.text) && body[at - 1]?.end !== token.start) &&
      token.text !== '"' &&
      !/^(that|who|which|and|but|whether|if)$/.test(lower(token)) &&
      ((!strong.has(lower(token)) && !weak.has(lower(token))) || (exchange && at > 1)),
  )
}

/**
 * The content of a cue coordinated with a cue before it ("and added …"): what
 * follows it ("that", time adverbials skipped) when it is a statement — for
 * a weak cue, a clause with its own subject or a quotation.
 */
function coordinatedCue(context: CueContext): { start: number; end: number } | undefined {
  const { text, tokens, cueIndex, cue, sentence, quotations } = context
  let from = skipAdverbials(tokens, cueIndex + 1)
  if (tokens[from]?.text === ',' && tokens[from + 1] !== undefined) from++
  const hasThat = lower(tokens[from]) === 'that'
  if (hasThat) from++
  const startToken = tokens[from]
  // "and believes him who sent me": an object, not a statement.
  if (
    startToken === undefined ||
    prepositionsAfterCue.has(lower(startToken)) ||
    objectPronounAt(tokens, from)
  )
    return undefined
  const quoted = quotationOpeningAt(quotations, startToken.start) !== undefined
  if (!hasThat && !quoted && (weak.has(cue) || hearerCues.has(cue)) && !opensClause(tokens, from))
    return undefined
  if (!hasThat && !quoted && !opensClause(tokens, from) && startToken.kind !== 'word')
    return undefined
  return trimSpan(text, startToken.start, sentence.end)
}

// Gerunds that report only after a preposition (gerundCue): "in denying that …".
const gerundOnlyCues: ReadonlySet<string> = new Set(['denying', 'admitting', 'conceding'])

/**
 * A gerund of saying after a preposition with a "that" clause: "He erred in
 * denying that he knew", "Doe, jailed in denying that he took the money, …". The
 * speaker is the subject of the sentence, or the name before a participle phrase
 * in commas that holds the gerund; there the content ends at the closing comma.
 */
function gerundCue(context: CueContext): FoundAttribution | undefined {
  const { text, tokens, cueIndex, sentence } = context
  const that = lower(tokens[cueIndex + 1]) === 'that' ? cueIndex + 1 : undefined
  const start = tokens[(that ?? cueIndex) + 1]
  // "before predicting that big year": a determiner, not a clause.
  if (that === undefined || start === undefined || !opensClause(tokens, that + 1)) return undefined
  // A participle phrase in commas: "Doe, later jailed for perjury in denying …".
  let comma = cueIndex - 2
  while (comma > 0 && comma > cueIndex - 12 && tokens[comma]?.kind === 'word') comma--
  const participle = tokens[comma + 1]
  const inPhrase =
    tokens[comma]?.text === ',' &&
    participle !== undefined &&
    (/\p{Ll}+ed$/u.test(tokens[comma + 2]?.text ?? '') || /\p{Ll}+ed$/u.test(participle.text))
  const mention = inPhrase
    ? mentionBefore(tokens, comma - 1, sentence.start)
    : sentenceSubject(tokens, cueIndex - 1)
  if (mention === undefined || /^(i|we|you)$/.test(mention.pronoun ?? '')) return undefined
  const close = inPhrase
    ? tokens.find((token, index) => index > that && token.text === ',')
    : undefined
  return claimAtCue(context, trimSpan(text, start.start, close?.start ?? sentence.end), mention)
}

/**
 * "In announcing Jorda's return, the orchestra also announced …": what the
 * gerund reports is its object up to the comma, and the subject after the comma
 * speaks.
 */
function inGerundCue(context: CueContext): FoundAttribution | undefined {
  const { text, tokens, cueIndex } = context
  let first = 0
  while (/^(but|and|yet|so)$/.test(lower(tokens[first]))) first++
  if (lower(tokens[cueIndex - 1]) !== 'in' || cueIndex - 1 !== first) return undefined
  const comma = tokens.findIndex(
    (token, index) => index > cueIndex + 1 && index <= cueIndex + 16 && token.text === ',',
  )
  const object = tokens[lower(tokens[cueIndex + 1]) === 'that' ? cueIndex + 2 : cueIndex + 1]
  const last = tokens[comma - 1]
  if (comma < 0 || object === undefined || last === undefined) return undefined
  const mention = mentionAfter(tokens, comma + 1)
  const verb = tokens.findIndex((token) => token.start >= (mention?.end ?? Infinity))
  if (mention === undefined || verb < 0 || isCapital(tokens[verb]) || tokens[verb]?.kind !== 'word')
    return undefined
  return claimAtCue(context, trimSpan(text, object.start, last.end), mention)
}

/**
 * Round 22: a participle of saying opening the sentence, with "that" or a
 * quotation ("Noting that sales fell, the company cut its dividend", `Pointing out
 * "…" in a survey, the firm said …`): the subject of the main clause speaks, and
 * the content ends at the first comma outside a quotation.
 */
function openingParticiple(context: CueContext): FoundAttribution | undefined {
  const { text, tokens, cueIndex, cue, quotations } = context
  let from = cueIndex + cue.split(' ').length
  const hasThat = lower(tokens[from]) === 'that'
  if (hasThat) from++
  const start = tokens[from]
  if (
    start === undefined ||
    (!hasThat && quotationOpeningAt(quotations, start.start) === undefined) ||
    (hasThat && !opensClause(tokens, from))
  )
    return undefined
  const comma = tokens.findIndex(
    (token, index) =>
      index > from &&
      index <= from + 40 &&
      token.text === ',' &&
      quotationAt(quotations, token.start) === undefined,
  )
  const last = tokens[comma - 1]
  if (comma < 0 || last === undefined) return undefined
  // The subject: the words between the comma and the first finite verb.
  const verb = tokens.findIndex(
    (token, index) =>
      index > comma + 1 &&
      index <= comma + 10 &&
      token.kind === 'word' &&
      !isCapital(token) &&
      !determiners.has(lower(tokens[index - 1])) &&
      (lexiconTags(lower(token)).some((tag) =>
        /^(Modal|Copula|Auxiliary|PastTense|PresentTense)$/.test(tag),
      ) ||
        /\p{Ll}ed$/u.test(token.text) ||
        // (a verb the lexicon takes for a noun, before its object: "cut its dividend")
        /^(the|a|an|its|their|his|her)$/.test(lower(tokens[index + 1]))),
  )
  const mention = verb < 0 ? undefined : mentionBefore(tokens, verb - 1, context.sentence.start)
  if (
    mention === undefined ||
    mention.start < (tokens[comma + 1]?.start ?? Infinity) ||
    tokens.slice(comma + 1, verb).some((token) => token.kind === 'punct') ||
    negativeSubject.test(mention.text)
  )
    return undefined
  return claimAtCue(context, trimSpan(text, start.start, last.end), mention)
}

/**
 * A participle cue after a comma or "but"/"and" ("he said but adding that …"):
 * the speaker is the one of the cue before it in the sentence, the content what
 * follows ("that" skipped).
 */
function participleCue(
  context: CueContext,
  before: FoundAttribution | undefined,
): FoundAttribution | undefined {
  const { text, tokens, cueIndex, cueToken, cue, sentence, quotations } = context
  if (cueIndex === 0 && cue !== 'citing') return openingParticiple(context)
  if (!/^(,|but|and)$/.test(lower(tokens[cueIndex - 1]))) return undefined
  if (quotationAt(quotations, cueToken.start) !== undefined) return undefined
  let from = cueIndex + cue.split(' ').length
  // Round 10: `…, saying, "…"` — a quotation after the participle's comma; "pointing
  // out, among other things, that …".
  // Rules 0.26.0: or after a colon (`…, saying: "…"`), or right after the
  // participle (`…, saying "…"`).
  const commaQuote =
    /^[,:]$/.test(tokens[from]?.text ?? '') &&
    quotationOpeningAt(quotations, tokens[from + 1]?.start) !== undefined
  const bareQuote =
    !commaQuote &&
    /^(saying|adding|declaring|insisting|warning|explaining)$/.test(cue) &&
    quotationOpeningAt(quotations, tokens[from]?.start) !== undefined
  if (commaQuote) from++
  else if (tokens[from]?.text === ',') from = parentheticalThat(tokens, from + 1)
  const hasThat = lower(tokens[from]) === 'that'
  if (hasThat) from++
  else if (
    !commaQuote &&
    !bareQuote &&
    (participlesWithThat.has(cue) ||
      (!opensClause(tokens, from) &&
        // Round 15: a long subject before its verb: "…, adding the bank's 1987
        // borrowing so far totaled 400 mln dlrs".
        !(/^(adding|saying|noting)$/.test(cue) && longSubjectClause(tokens, from)))) &&
    // Round 11: "citing" takes a noun phrase ("…, citing low pulp stocks").
    !(cue === 'citing' && tokens[from]?.kind === 'word' && !objectPronounAt(tokens, from))
  )
    return undefined
  const startToken = tokens[from]
  if (startToken === undefined) return undefined
  // Without a cue before, the subject of the sentence speaks: "Sprinkel strongly
  // refuted the thesis, declaring that …"; round 10: so does it with "saying" and
  // a clause or a quotation ("The union called a strike, saying pay was too low").
  const mention =
    before?.mention ??
    // (Rules 0.37.0: "insisting", "warning", "explaining" and "noting" too: "Vallverdu
    // has played down talk of a rift, insisting the end was mutual"; round 79.)
    ((hasThat || /^(saying|adding|insisting|warning|explaining|noting)$/.test(cue)) &&
    tokens[cueIndex - 1]?.text === ','
      ? sentenceSubject(tokens, cueIndex)
      : undefined)
  // Round 22: a participle phrase in commas right after the subject that opens the
  // sentence ("Doe, declaring that he was sorry, resigned"): the subject speaks, and
  // the content ends at the phrase's closing comma (inside quotation marks or not).
  if (mention === undefined && hasThat && tokens[cueIndex - 1]?.text === ',') {
    const subject = mentionBefore(tokens, cueIndex - 2, sentence.start)
    const subjectFirst = tokens.findIndex((token) => token.start === subject?.start)
    const opener = tokens[subjectFirst - 1]
    const comma = tokens.findIndex(
      (token, index) => index > from && index <= from + 25 && token.text === ',',
    )
    const quote = closingQuotes.has(tokens[comma + 1]?.text ?? '') ? tokens[comma + 1] : undefined
    const verb = tokens[comma + (quote === undefined ? 1 : 2)]
    if (
      subject !== undefined &&
      subject.pronoun === undefined &&
      subject.end === tokens[cueIndex - 2]?.end &&
      (opener === undefined || opener.start < sentence.start) &&
      comma > 0 &&
      verb !== undefined &&
      verb.kind === 'word' &&
      !isCapital(verb)
    )
      return claimAtCue(
        context,
        trimSpan(text, startToken.start, quote?.end ?? (tokens[comma] as Token).start),
        subject,
      )
  }
  // Round 15: a source cited is no claim ("said, citing sources, that …"); what is
  // cited ends at its comma.
  if (
    cue === 'citing' &&
    /^((unnamed|unidentified|informed|diplomatic|official|government|industry|trade|market|banking|press|local|western|intelligence|military)\s+)*(sources?|officials?|diplomats?|analysts?|reports?|a\s+report|a\s+spokes(man|woman)|witnesses|newspapers?|the\s+(newspaper|paper|agency|radio|ministry))\b/i.test(
      text.slice(startToken.start, startToken.start + 60),
    )
  )
    return undefined
  const citedEnd =
    cue === 'citing'
      ? tokens.find((token, index) => index > from && token.text === ',')?.start
      : undefined
  return claimAtCue(context, trimSpan(text, startToken.start, citedEnd ?? sentence.end), mention)
}

// Rules 0.26.0: verbs that take a clause without "that" after a long subject.
const zeroThatVerbs =
  /^(claimed|claims|argued|argues|hinted|hints|confirmed|confirms|denied|denies|insisted|insists|admitted|admits|acknowledged|conceded|suggested|suggests|warned|warns|predicted|predicts|revealed|reveals|signalled|signaled|maintained|maintains|stressed|accepted|accepts|feared)$/

/**
 * Rules 0.26.0: true when the words from `index` are a noun phrase of up to
 * nine words, prepositional phrases and a relative clause without "that"
 * included, followed by a finite auxiliary, copula or modal before any
 * punctuation: "claimed strong painkillers he was taking had reacted", "argued
 * closer co operation with Europe was crucial", "denied global warming is taking
 * place". Not "denied the charge in court", "admitted the offence which was …".
 */
function zeroThatClause(tokens: readonly Token[], index: number, cue: string): boolean {
  if (!zeroThatVerbs.test(cue)) return false
  const first = tokens[index]
  if (
    first === undefined ||
    first.kind !== 'word' ||
    objectPronounAt(tokens, index) ||
    /^(to|of|in|on|at|for|with|by|from|about|into|over|after|before|up|out|off|back|that|what|how|why|whether|if|it|this|there|having|being|not|no|but|and|or|so|yet|although|though|because|while|when|unless|once)$/.test(
      lower(first),
    )
  )
    return false
  const verb = verbAhead(
    tokens,
    index,
    9,
    /^(that|which|who|whom|whose|when|where|and|or|but|if|because|as|than|while|until|since|so|although|though|whereas|unless|after|before|once)$/,
    false,
  )
  return verb !== undefined && !/^(to|who|which|that|not)$/.test(lower(tokens[verb - 1]))
}

/**
 * Rules 0.28.0: where the content of a participle of saying starts, at `from`
 * right after it: a quotation after a colon or a comma or right there, or a
 * clause ("that" skipped) with its own subject; `undefined` otherwise.
 */
function sayingContentStart(context: CueContext, from: number): number | undefined {
  const { tokens, quotations } = context
  if (
    /^[,:]$/.test(tokens[from]?.text ?? '') &&
    quotationOpeningAt(quotations, tokens[from + 1]?.start) !== undefined
  )
    return from + 1
  if (quotationOpeningAt(quotations, tokens[from]?.start) !== undefined) return from
  if (lower(tokens[from]) === 'that' && tokens[from + 1]?.kind === 'word') return from + 1
  if (opensClause(tokens, from) || zeroThatClause(tokens, from, 'claimed')) return from
  return undefined
}

const sayingParticiples = /^(saying|claiming|arguing|insisting|warning|predicting|complaining)$/

/**
 * Rules 0.28.0: "Doctors are saying they want more clarity", `Mr Blair is
 * saying: "…"`: the subject before the auxiliary speaks.
 */
function progressiveSaying(context: CueContext): FoundAttribution | undefined {
  const { text, tokens, cueIndex, cue, sentence } = context
  if (!sayingParticiples.test(cue)) return undefined
  let auxiliary = cueIndex - 1
  if (
    /^(now|also|still|already|repeatedly|increasingly|effectively)$/.test(lower(tokens[auxiliary]))
  )
    auxiliary--
  if (!/^(is|are|was|were|been)$/.test(lower(tokens[auxiliary]))) return undefined
  const speaker = mentionBefore(tokens, auxiliary - 1, sentence.start)
  if (
    speaker === undefined ||
    negativeSubject.test(speaker.text) ||
    /^(i|we|you|it)$/.test(speaker.pronoun ?? '')
  )
    return undefined
  const start = sayingContentStart(context, cueIndex + 1)
  const startToken = start === undefined ? undefined : tokens[start]
  if (startToken === undefined) return undefined
  return claimAtCue(context, trimSpan(text, startToken.start, sentence.end), speaker)
}

/**
 * Rules 0.28.0: "saying" right after its verb's object, the comma lost or never
 * written (`has written to the watchdog saying: "…"`, "attacked the legislation
 * saying they could be forced …"): the subject of the sentence speaks, when a
 * quotation or a clause with a pronoun subject or "that" follows.
 */
function bareSaying(
  context: CueContext,
  previous: FoundAttribution | undefined,
): FoundAttribution | undefined {
  const { text, tokens, cueIndex, cue, sentence, quotations } = context
  if (cue !== 'saying') return undefined
  const before = tokens[cueIndex - 1]
  if (
    before === undefined ||
    before.kind !== 'word' ||
    /^(and|but|or|by|in|without|after|before|while|when|on|of|for|is|are|was|were|been|be|not)$/.test(
      lower(before),
    )
  )
    return undefined
  const from = cueIndex + 1
  const quoted =
    quotationOpeningAt(quotations, tokens[from]?.start) !== undefined ||
    (tokens[from]?.text === ':' &&
      quotationOpeningAt(quotations, tokens[from + 1]?.start) !== undefined)
  const clause =
    lower(tokens[from]) === 'that' ||
    (/^(he|she|they|we|it)$/.test(lower(tokens[from])) && opensClause(tokens, from))
  if (!quoted && !clause) return undefined
  const start = sayingContentStart(context, from)
  const startToken = start === undefined ? undefined : tokens[start]
  if (startToken === undefined) return undefined
  // The speaker of a cue before in the sentence, or else the sentence's subject.
  const mention =
    previous !== undefined && previous.cueStart >= sentence.start
      ? previous.mention
      : sentenceSubject(tokens, cueIndex)
  if (mention === undefined || /^(i|we|you)$/.test(mention.pronoun ?? '')) return undefined
  return claimAtCue(context, trimSpan(text, startToken.start, sentence.end), mention)
}

/**
 * Round 15: true when a determiner or a capitalized word at `index` opens a noun
 * phrase of up to ten words followed by a finite verb before any punctuation
 * ("the bank's 1987 borrowing so far totaled …"); "adding 20 points to 1,500"
 * and "saying the vote of the members" have none.
 */
function longSubjectClause(tokens: readonly Token[], index: number): boolean {
  const first = tokens[index]
  if (
    first === undefined ||
    first.kind !== 'word' ||
    !(determiners.has(lower(first)) || isCapital(first)) ||
    pronounTypes.has(lower(first))
  )
    return false
  return verbAhead(tokens, index, 11, /^(that|which|who|to|and|or|but)$/, true) !== undefined
}

/**
 * The index of the finite verb that ends a noun phrase starting at `index`,
 * within `span` tokens and before any punctuation (a possessive's apostrophe
 * belongs to the phrase, "the bank's"): an auxiliary, a copula or a modal, and
 * with `pastTense` a past tense ("totaled"); `undefined` when a word of `stops`
 * comes first, or none comes.
 */
function verbAhead(
  tokens: readonly Token[],
  index: number,
  span: number,
  stops: RegExp,
  pastTense: boolean,
): number | undefined {
  for (let at = index + 1; at < tokens.length && at <= index + span; at++) {
    const token = tokens[at]
    if (token === undefined) return undefined
    if (token.kind === 'punct') {
      if (/^['’]$/.test(token.text) && tokens[at - 1]?.end === token.start) continue
      return undefined
    }
    if (token.kind !== 'word' || isCapital(token)) continue
    const word = lower(token)
    if (/^(had|has|have|was|were|is|are|will|would|could|should|might|may|can|must)$/.test(word))
      return at
    if (
      pastTense &&
      (lexiconTags(word).includes('PastTense') || /\p{Ll}ed$/u.test(word)) &&
      !determiners.has(lower(tokens[at - 1])) &&
      !/^(by|to|in|at|on|for)$/.test(lower(tokens[at + 1]))
    )
      return at
    if (stops.test(word)) return undefined
  }
  return undefined
}

/**
 * The subject opening the sentence when a finite verb follows it (adverbs
 * skipped) before `limit`: "Sprinkel strongly refuted …", "The board rejected …".
 */
function sentenceSubject(tokens: readonly Token[], limit: number): FoundMention | undefined {
  let first = 0
  // A dateline before the sentence proper: "Waco, Tex. -- Dealer Tom Hale leans …".
  // Round 13: or a wire dateline after a headline run into the sentence ("BANKERS
  // WELCOME RESERVE HIKE MADRID, March 5 - Bankers welcomed …").
  const dash = tokens.findIndex(
    (token, index) =>
      /^(--|—|-)$/.test(token.text) &&
      (index < 8 ||
        (index < 30 &&
          tokens[index - 1]?.kind === 'number' &&
          /^(jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*\.?$/i.test(
            tokens[index - 2]?.text ?? '',
          ))),
  )
  if (dash >= 0 && dash + 2 < limit) {
    first = dash + 1
    while (/^(--|—|-)$/.test(tokens[first]?.text ?? '')) first++
  }
  while (/^(but|and|yet|so)$/.test(lower(tokens[first]))) first++
  for (let verb = first + 1; verb < limit && verb < first + 12; verb++) {
    const token = tokens[verb]
    // Round 13: an abbreviation's period ("Mr. Pryor sold …").
    if (token?.text === '.' && isCapital(tokens[verb - 1]) && tokens[verb - 1]?.end === token.start)
      continue
    if (token === undefined || token.kind !== 'word') return undefined
    if (isCapital(token)) continue
    const tags = lexiconTags(lower(token))
    const finite =
      /ed$/.test(token.text) ||
      tags.some((tag) => /^(PastTense|PresentTense|Copula|Modal|Auxiliary)$/.test(tag)) ||
      // Rules 0.29.0: a word in -s after an adverb of the verb is its present tense
      // ("The British Medical Association also backs the bill, saying …", round 34).
      (/^\p{Ll}{2,}s$/u.test(token.text) &&
        /^(also|still|now|often|always|never|already|usually|generally|strongly|firmly)$/.test(
          lower(tokens[verb - 1]),
        ))
    // Round 10: a plural right after a determiner is a noun ("The banks lobbied").
    if (!finite || (/s$/.test(token.text) && determiners.has(lower(tokens[verb - 1])))) continue
    const subject = mentionBefore(tokens, verb - 1, tokens[first]?.start ?? 0)
    // A one-word subject the lexicon knows as a common noun is a headline run
    // into the sentence ("Thesis refuted Sprinkel strongly refuted …").
    const common =
      subject !== undefined &&
      !subject.text.includes(' ') &&
      lexiconTags(subject.text).some((tag) => /^(Noun|Singular|Plural|Uncountable)$/.test(tag)) &&
      // Rules 0.29.0: not a speaker noun ("Charities have reacted with alarm,
      // saying …", round 34).
      !speakerNouns.has(subject.text.toLowerCase())
    // (After a dateline the headline is behind: "MADRID, March 5 - Bankers welcomed".)
    if (!common || first > 0) return subject?.start === tokens[first]?.start ? subject : undefined
    // The sentence proper starts after the headline: its subject is the name
    // after the headline's verb, followed by its own verb.
    const named = mentionAfter(tokens, verb + 1)
    let next = tokens.findIndex((candidate) => candidate.start >= (named?.end ?? Infinity))
    while (/ly$/.test(lower(tokens[next]))) next++
    const nextVerb = tokens[next]
    return named !== undefined &&
      named.pronoun === undefined &&
      nextVerb !== undefined &&
      !isCapital(nextVerb) &&
      next < limit &&
      (/ed$/.test(nextVerb.text) ||
        lexiconTags(lower(nextVerb)).some((tag) => /^(PastTense|PresentTense)$/.test(tag)))
      ? named
      : undefined
  }
  return undefined
}

/**
 * Where the content after a cue starts: past a comma (not one before a
 * quotation), "however,", time and place adverbials, the hearer of "told" and
 * its like, and "that" (`hasThat`).
 */
function contentStart(
  tokens: readonly Token[],
  cueIndex: number,
  cueWords: number,
  cue: string,
  quotations: readonly QuotationRange[],
): { from: number; hasThat: boolean } {
  let from = cueIndex + cueWords
  if (
    tokens[from]?.text === ',' &&
    quotationOpeningAt(quotations, tokens[from + 1]?.start) === undefined
  )
    from++
  // "indicated, however, that …"
  if (/^(however|too|also|though)$/.test(lower(tokens[from])) && tokens[from + 1]?.text === ',')
    from += 2
  // Round 10: "said, among other things, that …".
  if (tokens[from - 1]?.text === ',') from = parentheticalThat(tokens, from)
  from = skipAdverbials(tokens, from)
  // Round 9: the comma closing a circumstance before "that" ("said, in a statement,
  // that …"), and "before" as an adverb ("has said before that …").
  if (tokens[from]?.text === ',' && lower(tokens[from + 1]) === 'that' && from > cueIndex + 1)
    from++
  if (lower(tokens[from]) === 'before' && lower(tokens[from + 1]) === 'that') from++
  // Round 15: a manner adverb before "that" ("argues persuasively that …").
  if (/\p{Ll}ly$/u.test(tokens[from]?.text ?? '') && lower(tokens[from + 1]) === 'that') from++
  // Round 13: "knows well that …", "knew perfectly well that …".
  if (/ly$|^well$/.test(lower(tokens[from])) && lower(tokens[from + 1]) === 'well') from++
  if (lower(tokens[from]) === 'well' && lower(tokens[from + 1]) === 'that') from++
  // A manner adverb before a quotation: `say apologetically, "…"`.
  if (
    /\p{Ll}ly$/u.test(tokens[from]?.text ?? '') &&
    tokens[from + 1]?.text === ',' &&
    quotationOpeningAt(quotations, tokens[from + 2]?.start) !== undefined
  )
    from += 2
  if (hearerCues.has(cue)) {
    // The hearer has no punctuation: in `told him, "A man that …"` the "that" is the quotation's.
    const that = tokens.findIndex(
      (token, index) => index > cueIndex && index <= cueIndex + 7 && lower(token) === 'that',
    )
    // (Commas only around "however" and its like: "told him, however, that …".)
    const between = tokens.slice(cueIndex + 1, that)
    if (
      that > 0 &&
      between.every(
        (token, at) =>
          token.kind !== 'punct' ||
          (token.text === ',' &&
            (/^(however|though|too|also|moreover)$/.test(lower(between[at + 1])) ||
              /^(however|though|too|also|moreover)$/.test(lower(between[at - 1])))),
      )
    )
      from = that
    else {
      // Skip the hearer: a pronoun, or a short noun phrase.
      from = cueIndex + 1
      // Round 22: none when a clause with its own subject follows the cue ("warned
      // they could lose", "warned the company could lose"): a subject pronoun or a
      // noun phrase and its finite verb.
      if (cue !== 'told' && cue !== 'tells' && cue !== 'tell' && opensClause(tokens, from)) {
        // (the clause itself is the content)
      } else if (
        pronounTypes.has(lower(tokens[from])) ||
        /^(him|her|them|us|me|reporters|newsmen|journalists)$/.test(lower(tokens[from]))
      )
        // And a time after it (round 9): "told reporters yesterday the plan …".
        from = skipAdverbials(tokens, from + 1)
      else {
        // Up to a clause with its own subject: "told police the car sped away".
        // Round 15: a name of several capitalized words, "and" between them,
        // may be longer ("told the Securities and Exchange Commission he …").
        const inName = (at: number) =>
          lower(tokens[cueIndex + 1]) === 'the' &&
          isCapital(tokens[at - 1]) &&
          isCapital(tokens[at + 1]) &&
          at > cueIndex + 1
        while (
          from < tokens.length &&
          (from < cueIndex + 7 ||
            (from < cueIndex + 10 && (isCapital(tokens[from]) || inName(from)))) &&
          tokens[from]?.kind === 'word' &&
          (!isPhraseBreak(lower(tokens[from])) ||
            inName(from) ||
            (lower(tokens[from - 1]) === 'and' && inName(from - 1)) ||
            gatheringHeard.test(lower(tokens[from]))) &&
          !(
            from > cueIndex + 1 &&
            // (not inside a name: "the House Ways and Means Committee")
            !(lower(tokens[from - 1]) === 'and' && inName(from - 1)) &&
            opensClause(tokens, from)
          )
        ) {
          // "tells a personal anecdote and hardly ever …": a thing told, no hearer.
          if (/^(and|or|but)$/.test(lower(tokens[from])) && !inName(from))
            return { from: tokens.length, hasThat: false }
          // Round 15: a gathering heard ends the hearer ("told a press conference
          // the group has …"); so does a determiner after its noun.
          if (
            from > cueIndex + 1 &&
            (/^(in|on|at|during|after|before|by|via|over)$/.test(lower(tokens[from])) ||
              (/^(the|a|an)$/.test(lower(tokens[from])) &&
                !/^(of|for|to|with|in|at|on|from)$/.test(lower(tokens[from - 1]))))
          ) {
            // Round 22: but "on" and what follows it in capitals belong to a
            // body's name ("told the House Subcommittee on Conservation, Credit
            // and Rural Development"), not a day ("told the Senate on Monday").
            from = nameComplementEnd(tokens, from)
            break
          }
          from++
          if (gatheringHeard.test(lower(tokens[from - 1]))) break
          // Round 15: so does the head of an organisation's name ("told the House
          // Ways and Means Committee rates will …").
          if (
            from - 1 > cueIndex + 1 &&
            isCapital(tokens[from - 1]) &&
            organisationWords.has(lower(tokens[from - 1])) &&
            !isCapital(tokens[from])
          ) {
            // (Round 22: with the complement of its name, "Committee on Banking".)
            from = nameComplementEnd(tokens, from)
            break
          }
        }
        // Round 15: a circumstance after the hearer ("told Reuters in an interview
        // the mine would close").
        from = skipAdverbials(tokens, from)
      }
    }
  }
  const hasThat = lower(tokens[from]) === 'that'
  if (hasThat) from++
  return { from, hasThat }
}

// Round 22: the days and months that follow "on" as a time, not as part of a name.
const calendarWords =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)$/

/**
 * Round 22: the end of the complement of a body's name that starts at `at` with
 * "on" after a capitalized word ("Subcommittee on Conservation, Credit and Rural
 * Development", "Committee on Foreign Relations"): capitalized words, with commas,
 * "and" and "&" between them. `at` itself when no such complement is there.
 */
function nameComplementEnd(tokens: readonly Token[], at: number): number {
  const next = tokens[at + 1]
  if (
    lower(tokens[at]) !== 'on' ||
    !isCapital(tokens[at - 1]) ||
    next === undefined ||
    !isCapital(next) ||
    calendarWords.test(lower(next))
  )
    return at
  let end = at + 1
  for (;;) {
    const token = tokens[end]
    if (token === undefined) break
    if (isCapital(token)) end++
    else if (/^(,|and|&)$/.test(lower(token)) && isCapital(tokens[end + 1])) end++
    else break
  }
  return end
}

// Round 15: a gathering that hears a speaker ends the hearer ("told the annual
// meeting the company would grow").
const gatheringHeard =
  /^(conference|meeting|briefing|gathering|reporters|journalists|newsmen|audience|rally|session|seminar|symposium|luncheon|dinner)$/

// Round 11: frequent words that report only in a narrow frame, with a cheap test
// of the text around them (a necessary condition of that frame, not sufficient).
const textCues = /^(reads|read|begins|began|ends|ended|runs|ran|goes|went|opens|opened)$/i
const thatCues = /^(find|finds|found|holds|held|provides)$/i
const valuingCues =
  /^(put|puts|placed|places|pegged|pegs|valued|values|calculated|calculates|assessed|assesses)$/i

// Round 13: cues of knowing and supposing that take a clause without "that".
// Round 26: implying and worrying too ("Your editorial implied we had ignored
// the cost", "Some traders worry the bank has lost control").
const bareClauseCues =
  /^(realize|realise|recognize|recognise|understand|understands|understood|assume|suppose|supposes|supposed|reckon|reckons|reckoned|trust|trusts|trusted|implied|implies|worry|worries)$/

function mayFrame(text: string, start: number, end: number, cue: string): boolean {
  if (textCues.test(cue)) {
    const around = text.slice(Math.max(0, start - 4), end + 16)
    return /["“”:]/.test(around)
  }
  if (thatCues.test(cue))
    return (
      /^(\s+that\b|[\s:,]*["“])/i.test(text.slice(end, end + 8)) ||
      // Round 15: "Reviewers found the play dull" (a judgement like "considered").
      (/^(found|finds|find)$/i.test(cue) &&
        /^\s+(the|this|these|those|his|her|their|its|him|them|it)\s/i.test(
          text.slice(end, end + 8),
        )) ||
      // Rules 0.30.0: a record's finding opening with a number or a quantity ("the
      // poll found 25% did not know", "found most staff were unhappy").
      (/^(found|finds)$/i.test(cue) &&
        /^\s+(\d+|most|many|some|more|few|half|nearly|almost|over|under|just|only|one|two|three|four|five|six|seven|eight|nine|ten|a|an)\b/i.test(
          text.slice(end, end + 12),
        )) ||
      // Round 38: a finding after its content, closing the sentence ("Demand has
      // weakened, the survey found.", "…, a study has found."): reportingVerb
      // takes the clause before the comma, as for "…, the report said."
      (/^(found|finds)$/i.test(cue) && /^\s*\.(?!\S)/.test(text.slice(end, end + 3)))
    )
  if (valuingCues.test(cue))
    return (
      /\sat\s/.test(text.slice(end, end + 80)) ||
      // Round 15: "calculated that …", "assessed that …".
      (/^(calculated|assessed)$/i.test(cue) && /^\s+that\b/.test(text.slice(end, end + 8)))
    )
  if (/^calls?$/i.test(cue))
    return (
      /\b(what|as|so)\b/i.test(text.slice(Math.max(0, start - 40), start)) ||
      // Round 13: "calls it a comedy", "calls the book 'a …'".
      /^\s+(?:\S+\s+){0,4}?(?:an?\s|["“])/.test(text.slice(end, end + 50))
    )
  if (/^seen$/i.test(cue)) return /\bby\b/.test(text.slice(end, end + 40))
  // Rules 0.36.0: "heard" reports only after a court, a jury or an inquest.
  if (/^heard$/i.test(cue)) return courtHeadBefore(text, start)
  // Round 15: "…, which traders linked to a firm funds rate" (a relative clause).
  if (/^(linked|traced)$/i.test(cue))
    return (
      /^\s+to\b/.test(text.slice(end, end + 4)) &&
      /\b(which|that)\s+(?:\S+\s+){1,5}$/i.test(text.slice(Math.max(0, start - 60), start))
    )
  // Round 13: "that" next, or after a phrase in commas; a quotation next or before.
  if (thatClauseCues.has(cue.toLowerCase()))
    return (
      bareClauseCues.test(cue.toLowerCase()) ||
      /^(\s+that\b|[\s:,]*["“]|,[^,.;:]{1,60},\s+that\b|[,.;])/i.test(text.slice(end, end + 70)) ||
      /["”’']/.test(text.slice(Math.max(0, start - 60), start))
    )
  return true
}

// Round 13: cues of other frames that also report a "that" clause right after them.
const thatAlso =
  /^(deplored|deplores|lamented|laments|grumble|grumbles|grumbled|complain|boasts|promise|promises|promised|swear|swears|swore|vows|pledges|professed|professes|estimates|forecasts|projects|projected|estimated|forecast|calculated|calculates|assessed)$/

const objectSubjects = new Map([
  ['him', 'he'],
  ['her', 'she'],
  ['them', 'they'],
])

/**
 * Round 13: "misleads a great artist into thinking that …", "lulled the voters
 * into believing …": the belief of the object, the clause after.
 */
function intoBelief(context: CueContext): FoundAttribution | undefined {
  const { text, tokens, cueIndex, sentence } = context
  let from = cueIndex + 2
  const hasThat = lower(tokens[from]) === 'that'
  if (hasThat) from++
  if (!hasThat && !opensClause(tokens, from)) return undefined
  const start = tokens[from]
  const object = tokens[cueIndex - 1]
  if (start === undefined || object === undefined) return undefined
  const pronoun = objectSubjects.get(lower(object))
  const mention =
    pronoun !== undefined
      ? { ...pronounMention(object), pronoun }
      : mentionBefore(tokens, cueIndex - 1, sentence.start)
  if (
    mention === undefined ||
    /^(i|we|you|me|us|one|it)$/i.test(mention.pronoun ?? mention.text) ||
    (mention.pronoun === undefined && !speakerLike(mention.text))
  )
    return undefined
  return claimAtCue(context, trimSpan(text, start.start, sentence.end), mention)
}

/**
 * Round 13: "The senators cited a loan made to Argentina …": a speaker's evidence,
 * the noun phrase cited (not "was cited", "cited as", "cited him").
 */
function citedObject(context: CueContext): FoundAttribution | undefined {
  const { text, tokens, cueIndex, sentence } = context
  const before = lower(tokens[cueIndex - 1])
  const next = tokens[cueIndex + 1]
  if (
    next === undefined ||
    next.kind === 'punct' ||
    passiveMarkers.has(before) ||
    /^(as|for|in|by|to|and|or|but|him|her|them|it|me|us|you|this|these|that|he|she|they|we|i)$/.test(
      lower(next),
    ) ||
    isCapital(tokens[cueIndex])
  )
    return undefined
  const mention = mentionBefore(tokens, cueIndex - 1, sentence.start)
  if (
    mention === undefined ||
    /^(i|we|you)$/.test(mention.pronoun ?? '') ||
    negativeSubject.test(mention.text) ||
    (mention.pronoun === undefined && !speakerLike(mention.text))
  )
    return undefined
  const semicolon = tokens.find((token, index) => index > cueIndex && token.text === ';')
  return claimAtCue(context, trimSpan(text, next.start, semicolon?.start ?? sentence.end), mention)
}

/**
 * Round 13: "…, labeling her action adulterous": a participle of naming after a
 * comma judges its object; the speaker is the antecedent of a "who" clause
 * before it, or the speaker of the cue before, or the sentence's subject.
 */
function labelingParticiple(
  context: CueContext,
  previous: FoundAttribution | undefined,
): FoundAttribution | undefined {
  const { text, tokens, cueIndex, sentence } = context
  if (tokens[cueIndex - 1]?.text !== ',') return undefined
  let last = cueIndex + 1
  while (
    last < tokens.length &&
    last <= cueIndex + 12 &&
    !/^[,.;:!?()]$/.test(tokens[last]?.text ?? '')
  )
    last++
  const end = tokens[last - 1]
  const next = tokens[cueIndex + 1]
  if (next === undefined || end === undefined || last - cueIndex < 3) return undefined
  // Rules 0.26.0: "calling" names only with a quoted label ("…, calling it an
  // "early Christmas present""), not "calling for a ban", "calling on ministers".
  if (
    context.cue === 'calling' &&
    (/^(for|on|in|at|up|off|out|back|round|around|to|from|into|a|an)$/.test(lower(next)) ||
      !context.quotations.some(
        (quotation) => quotation.start > next.start && quotation.start < end.end,
      ))
  )
    return undefined
  const who = tokens.findLastIndex((token, index) => index < cueIndex && lower(token) === 'who')
  const mention =
    who > 0
      ? mentionBefore(tokens, who - 1, sentence.start)
      : previous !== undefined && previous.cueStart >= sentence.start
        ? previous.mention
        : sentenceSubject(tokens, cueIndex)
  if (mention === undefined || /^(i|we|you)$/.test(mention.pronoun ?? '')) return undefined
  return claimAtCue(context, trimSpan(text, next.start, end.end), mention)
}

/**
 * Round 13: "the deficit of 170 billion dlrs as estimated by the Budget Office":
 * the agent's claim, the noun phrase before "as" (back to a verb, a preposition
 * that opens it, or a comma).
 */
function asByAgent(context: CueContext): FoundAttribution | undefined {
  const { text, tokens, cueIndex } = context
  const agent = mentionAfter(tokens, cueIndex + 2)
  if (agent === undefined || agent.pronoun !== undefined) return undefined
  let first = cueIndex - 2
  while (first > 0) {
    const token = tokens[first - 1]
    if (token === undefined || (token.kind === 'punct' && token.text !== '-' && token.text !== '.'))
      break
    const word = lower(token)
    if (
      token.kind === 'word' &&
      !isCapital(token) &&
      (verbLike(token) || /^(at|to|from|for|with|by|on|reducing|cutting|raising)$/.test(word))
    )
      break
    first--
  }
  const startToken = tokens[first]
  const endToken = tokens[cueIndex - 2]
  if (startToken === undefined || endToken === undefined || first >= cueIndex - 1) return undefined
  return claimAtCue(context, trimSpan(text, startToken.start, endToken.end), agent)
}

// Round 13: a possessive before a noun of view, set off by punctuation ("Mr.
// Hale's mind,", "the critics' view."): a pattern of its own, opening with the
// apostrophe, since a look-behind in the cue pattern cost seconds on 6 MB.
const possessiveViewPattern =
  /['’]s?\s+(mind|view|opinion|judgment|judgement|estimation|reckoning|words|point\s+of\s+view)(?=\s*[,.;])/giu

/** Round 13: every possessive view of the text ({@link possessiveView}). */
function possessiveViews(
  text: string,
  sentences: readonly SentenceRange[],
  quotations: readonly QuotationRange[],
): FoundAttribution[] {
  const found: FoundAttribution[] = []
  possessiveViewPattern.lastIndex = 0
  let sentenceIndex = 0
  for (
    let match = possessiveViewPattern.exec(text);
    match !== null;
    match = possessiveViewPattern.exec(text)
  ) {
    const noun = match[1] ?? ''
    const at = match.index + match[0].length - noun.length
    while (sentenceIndex < sentences.length && (sentences[sentenceIndex]?.end ?? 0) <= at)
      sentenceIndex++
    const sentence = sentences[sentenceIndex]
    if (sentence === undefined || sentence.start > at) continue
    const tokens = tokenize(text, sentence.start, sentence.end)
    const cueIndex = tokens.findIndex((token) => token.start === at)
    const cueToken = tokens[cueIndex]
    if (cueToken === undefined) continue
    const cue = noun.toLowerCase().replace(/\s+/g, ' ')
    const view = possessiveView({ text, tokens, cueIndex, cueToken, cue, sentence, quotations })
    if (view !== undefined) found.push(view)
  }
  return found
}

/**
 * Round 13: a view named by its holder's possessive at the start of the sentence:
 * "To Mr. Hale's mind, the treaty is dead", "In the critics' view, …", "From
 * Moscow's point of view, …" — the holder's claim, the rest of the sentence.
 */
function possessiveView(context: CueContext): FoundAttribution | undefined {
  const { text, tokens, cueIndex, cue, sentence } = context
  const last = cueIndex + cue.split(' ').length - 1
  const comma = tokens[last + 1]
  const next = tokens[last + 2]
  const owner = tokens[cueIndex - 1]
  // "The dam is unsafe, in Mr. Hale's opinion.": the view closes the sentence.
  const closing = /^[.!?;]$/.test(comma?.text ?? '') || comma === undefined
  if ((!closing && (comma?.text !== ',' || next === undefined)) || owner === undefined)
    return undefined
  // A possessive written as one token ("Hale's") is read without its "'s".
  const plain = tokens.map((token, index) =>
    index === cueIndex - 1 ? { ...token, text: token.text.replace(/['’]s?$/, '') } : token,
  )
  const ownerEnd = /^['’]s?$/.test(owner.text) ? cueIndex - 2 : cueIndex - 1
  const mention =
    mentionBefore(plain, ownerEnd, sentence.start) ??
    mentionBefore(tokens, ownerEnd, sentence.start)
  if (mention === undefined || mention.pronoun !== undefined) return undefined
  const first = tokens.findIndex((token) => token.start === mention.start)
  let opener = first - 1
  if (lower(tokens[opener]) === 'the') opener--
  if (!/^(to|in|from|by)$/.test(lower(tokens[opener]))) return undefined
  if (closing) {
    const before = tokens[opener - 1]
    if (before?.text !== ',' || opener < 4) return undefined
    const statement = trimSpan(text, sentence.start, before.start)
    return statement === undefined ? undefined : claimAtCue(context, statement, mention)
  }
  if (next === undefined) return undefined
  if (!tokens.slice(0, opener).every((token) => /^(but|and|or|so|yet|,)$/i.test(token.text)))
    return undefined
  const content = trimSpan(text, next.start, sentence.end)
  return content === undefined ? undefined : claimAtCue(context, content, mention)
}

// Round 13: verbs of arguing and conceding that report in the passive with an
// agent and a "that" clause.
const passiveArguing =
  /^(argued|suggested|claimed|asserted|contended|maintained|alleged|denied|confirmed|noted|stressed|emphasized|emphasised|predicted|proposed|urged|recommended|charged|explained|acknowledged|conceded|admitted|insisted|held|observed|remarked|concluded|hinted|implied|intimated)$/

/**
 * Round 13: "calls X Y" of a speaker (not "I", "we", "you"), through the frame of
 * "called": a judgement or a quotation within a few words.
 */
function presentCall(context: CueContext): FoundAttribution | undefined {
  const { tokens, cueIndex } = context
  const before = lower(tokens[cueIndex - 1])
  if (/^(i|we|you|to|will|would|should|must|can|could|may|might|please|and|or|,)$/.test(before))
    return undefined
  const found = reportingVerb(context)
  const mention = found?.mention
  return mention !== undefined &&
    (/^(he|she|they|it)$/.test(mention.pronoun ?? '') ||
      (mention.pronoun === undefined && speakerLike(mention.text)))
    ? found
    : undefined
}

/**
 * Round 13: an adjective of readiness after a copula at `index` ("was quick to
 * point out", "is careful to note", "were eager to add"): the subject says it.
 */
function readyAdjective(tokens: readonly Token[], index: number): boolean {
  return (
    readyAdjectives.test(lower(tokens[index])) &&
    /^(is|was|are|were|be|been)$/.test(lower(tokens[index - 1]))
  )
}

/**
 * Round 13: the quotation that ends in `[from, to]`, by binary search of the sorted,
 * disjoint quotations (a scan per cue cost seconds on 6 MB).
 */
function quotationEndingIn(
  quotations: readonly QuotationRange[],
  from: number,
  to: number,
): QuotationRange | undefined {
  let low = 0
  let high = quotations.length - 1
  while (low < high) {
    const middle = (low + high) >> 1
    if ((quotations[middle]?.end ?? Infinity) < from) low = middle + 1
    else high = middle
  }
  const quotation = quotations[low]
  return quotation !== undefined && quotation.end >= from && quotation.end <= to
    ? quotation
    : undefined
}

/**
 * Round 13: `"…", the interpreter put in, "…"` — a verb of breaking in reports the
 * quotation closing before its speaker and the one opening after its comma or
 * colon; without a quotation next to it, nothing ("put in a word", "came in
 * late").
 */
function interjection(context: CueContext): FoundAttribution | undefined {
  const { tokens, cueIndex, cueToken, cue, sentence, quotations } = context
  if (quotationAt(quotations, cueToken.start) !== undefined) return undefined
  const last = cueIndex + cue.split(' ').length - 1
  const mark = tokens[last + 1]
  const after =
    mark !== undefined && /^[,:]$/.test(mark.text)
      ? quotationOpeningAt(quotations, tokens[last + 2]?.start)
      : undefined
  const mention = mentionBefore(tokens, cueIndex - 1, sentence.start)
  if (mention === undefined || /^(i|we)$/.test(mention.pronoun ?? '')) return undefined
  const first = tokens.findIndex((token) => token.start === mention.start)
  const from = tokens[Math.max(0, first - 3)]?.start ?? mention.start
  const before = quotationEndingIn(quotations, from, mention.start)
  const spans = [before, after].filter((span) => span !== undefined)
  if (spans.length === 0) return undefined
  return claimAtCue(
    context,
    spans.map((span) => ({ start: span.start, end: span.end })),
    mention,
  )
}

/**
 * Round 13: `…, X writes in PAPER (DATE)[,] is …` — the words before the speaker's
 * comma and the predicate after the citation are one statement.
 */
function citedInterruption(context: CueContext): FoundAttribution | undefined {
  const { text, tokens, cueIndex, sentence } = context
  const mention = mentionBefore(tokens, cueIndex - 1, sentence.start)
  if (mention === undefined || mention.pronoun === 'i' || mention.pronoun === 'we') return undefined
  const first = tokens.findIndex((token) => token.start === mention.start)
  const comma = tokens[first - 1]
  if (comma?.text !== ',' || first < 3) return undefined
  let at = cueIndex + 2
  let depth = 0
  for (; at < tokens.length && at <= cueIndex + 16; at++) {
    const token = tokens[at]
    if (token === undefined) return undefined
    if (token.text === '(') depth++
    else if (token.text === ')') depth--
    else if (depth > 0) continue
    else if (token.text === ',' || (token.kind === 'word' && !isCapital(token) && verbLike(token)))
      break
    else if (token.kind === 'punct' && token.text !== '.') return undefined
    // Only a paper, a letter and a date: "in The Daily Sun (October 26)", "in his
    // letter of Oct. 30" (not "in reminiscing about …", "in the present chapter").
    else if (token.kind === 'word' && !isCapital(token) && !paperWords.test(lower(token)))
      return undefined
  }
  if (tokens[at]?.text === ',') at++
  const verb = tokens[at]
  if (verb === undefined || verb.kind !== 'word' || isCapital(verb) || !verbLike(verb))
    return undefined
  // `"…," X said in …`: the quotation is the statement (the usual frame).
  if (closingQuotes.has(tokens[first - 2]?.text ?? '')) return undefined
  const opening = trimSpan(text, sentence.start, comma.start)
  const rest = trimSpan(text, verb.start, sentence.end)
  if (opening === undefined || rest === undefined) return undefined
  return claimAtCue(context, [opening, rest], mention)
}

// Round 13: verbs of writing and saying that cite a paper; the words of a citation.
const citingCues =
  /^(writes|wrote|write|says|said|argues|argued|notes|noted|observes|observed|remarks|remarked|declares|declared|insists|insisted|contends|contended|maintains|maintained|suggests|suggested|states|stated|explains|explained|adds|added|concludes|concluded|points out|pointed out|asserts|asserted|complains|complained)$/
const paperWords =
  /^(the|a|an|his|her|their|its|this|that|last|latest|recent|current|new|letter|letters|column|columns|article|book|review|editorial|essay|paper|piece|issue|edition|of|and|to|the editor|week|month|year|day|number|volume|page|pages|p|pp)$/

/** True when the lexicon reads `token` as a finite verb, copula or modal ("is", "would"). */
function verbLike(token: Token): boolean {
  return lexiconTags(lower(token)).some((tag) =>
    /^(Copula|Modal|Auxiliary|PastTense|PresentTense)$/.test(tag),
  )
}

/**
 * Round 13: the frame of a cue of `thatClauseCues`: "that" next (or after an
 * adverb or circumstance in commas: "concedes, grudgingly, that …"), a quotation
 * after a comma or colon, or a quotation just before its speaker (`"…," she
 * retorts`); and before it a subject that can speak — a pronoun, a name, a
 * speaker, people or organisation noun, a work — past adverbs and auxiliaries,
 * so that "the house rule that …", "state grants that …" are nouns.
 */
function thatClauseFrame(context: CueContext): boolean {
  const { tokens, cueIndex, cueToken, cue, quotations } = context
  const next = tokens[cueIndex + 1]
  const thatIndex =
    lower(next) === 'that'
      ? cueIndex + 1
      : next?.text === ','
        ? parentheticalThat(tokens, cueIndex + 2)
        : cueIndex + 1
  // "grants that cover the cost": a relative clause after a noun.
  // "which Mr. Doe implies that it is": a clause of three words at least.
  const that =
    lower(tokens[thatIndex]) === 'that' &&
    !relativeVerb(tokens[thatIndex + 1], tokens[thatIndex + 2]) &&
    // (Round 15: a number counts as a word: "clucks that 48 million Americans are …".)
    tokens
      .slice(thatIndex + 1, thatIndex + 4)
      .filter((token) => token.kind === 'word' || token.kind === 'number').length === 3
  const quotationNext =
    /^[,:]$/.test(next?.text ?? '') &&
    quotationOpeningAt(quotations, tokens[cueIndex + 2]?.start) !== undefined
  const from = tokens[Math.max(0, cueIndex - 6)]?.start ?? cueToken.start
  // `"…," she retorts.`: the cue closes the clause.
  const quotationBefore =
    (tokens[cueIndex + 1] === undefined || /^[,.;!?]$/.test(tokens[cueIndex + 1]?.text ?? '')) &&
    quotationEndingIn(quotations, from, cueToken.start) !== undefined
  // Knowing and supposing take a clause without "that" too: "They realize they
  // would be helpless", "The author assumes the reader knows Latin".
  const bareClause =
    bareClauseCues.test(cue) &&
    opensClause(tokens, cueIndex + 1) &&
    // Round 26: the new ones without "that" only ("the view which he implies that it is").
    !(/^(implied|implies|worry|worries)$/.test(cue) && lower(next) === 'that')
  // "He will still be a top player, they concede, because …": a cue set off by
  // commas inside the statement (its subject right after the opening comma).
  const opening = tokens.findLastIndex(
    (token, index) => index < cueIndex && index >= cueIndex - 5 && token.kind === 'punct',
  )
  const interrupted =
    /^[,.;]$/.test(next?.text ?? '') &&
    opening > 1 &&
    tokens[opening]?.text === ',' &&
    // Not "observes, quite validly it seems: …" (an aside before its own content).
    !/ly$|^(quite|rather|very)$/.test(lower(tokens[cueIndex + 2])) &&
    // Not a manner or a clause: "…, the way dentists recommend.", "…, which critics deny."
    !tokens
      .slice(opening + 1, cueIndex)
      .some((token) =>
        /^(way|as|like|how|what|which|who|when|where|if|because|since|than)$/.test(lower(token)),
      )
  // Round 15: inverted after a quotation: `"…," sighed the mayor`, `"…", echoed others`.
  const invertedAfterQuotation =
    (tokens[cueIndex - 1]?.text === ',' || closingQuotes.has(tokens[cueIndex - 1]?.text ?? '')) &&
    next?.kind === 'word' &&
    quotationEndingIn(quotations, from, cueToken.start) !== undefined
  // Round 26: a parenthetical "as" clause opening the sentence or set off by a
  // comma: "As its backers understand, a tax so broad would …", "as Mr. Doe
  // describes it, …" (object-frames.ts, asClauseCue).
  const asOpening = tokens.findLastIndex(
    (token, index) => index < cueIndex && index >= cueIndex - 7 && lower(token) === 'as',
  )
  const asAside =
    asOpening >= 0 &&
    (asOpening === 0 ||
      tokens[asOpening - 1]?.text === ',' ||
      (tokens[asOpening - 1]?.start ?? 0) < context.sentence.start) &&
    !tokens
      .slice(asOpening + 1, cueIndex)
      .some((token) => token.kind === 'punct' && token.text !== '.') &&
    (next?.text === ',' || (lower(next) === 'it' && tokens[cueIndex + 2]?.text === ','))
  if (
    !that &&
    !quotationNext &&
    !quotationBefore &&
    !bareClause &&
    !interrupted &&
    !invertedAfterQuotation &&
    !asAside
  )
    return false
  let at = cueIndex - 1
  let auxiliary = false
  while (
    at > 0 &&
    /ly$|^(also|still|often|never|not|now|then|always|merely|simply|further|once|well|do|does|did|will|would|can|could|may|might|must|should|shall|has|have|had|n['’]t)$/.test(
      lower(tokens[at]),
    )
  ) {
    if (
      !/ly$|^(also|still|often|never|not|now|then|always|merely|simply|further|once|well)$/.test(
        lower(tokens[at]),
      )
    )
      auxiliary = true
    at--
  }
  // "was careful to note that …": the subject of the copula.
  if (lower(tokens[at]) === 'to' && readyAdjective(tokens, at - 1)) {
    at -= 3
    auxiliary = true
  }
  // Round 15: "continue to argue that …", "never ceased to suggest that …": the
  // subject of the governing verb.
  if (lower(tokens[at]) === 'to' && infinitiveGovernors.test(lower(tokens[at - 1]))) {
    at -= 2
    auxiliary = true
    while (
      at > 0 &&
      /ly$|^(also|still|often|never|not|now|always|merely|simply|have|has|had|would|will)$/.test(
        lower(tokens[at]),
      )
    )
      at--
  }
  // Rules 0.37.0: a raising verb before the infinitive, "Murray appeared to
  // suggest that …" (round 79): the subject of "appeared".
  if (
    lower(tokens[at]) === 'to' &&
    /^(appear|appears|appeared|seem|seems|seemed)$/.test(lower(tokens[at - 1]))
  ) {
    at -= 2
    auxiliary = true
  }
  const subject = tokens[at]
  if (subject === undefined) return false
  const word = lower(subject)
  if (closingQuotes.has(subject.text) || subject.text === ',' || subject.text === ')') return true
  if (subject.kind !== 'word' || /^(i|we|you|me|us)$/.test(word) || determiners.has(word))
    return false
  // A base form has a plural subject ("Critics charge that …"; not "The house rule
  // that …"), an -s form a singular one, and an -s form that is also a plural noun
  // a clear speaker ("Smith rules that …"; not "State grants that …").
  const base = !/(s|ed)$/.test(cue) && !/^(understood|held|taught|foresaw)$/.test(cue)
  const plural =
    /^(they|who|which|that|others|some|many|most|few|all|both|people|police|men|women|clergy|staff|public|press)$/.test(
      word,
    ) || /[^s'’]s$/.test(word)
  if (base && !auxiliary && !plural) return false
  if (!base && nounLikeCues.test(cue) && (plural || (isCapital(subject) && at === 0))) {
    const tags = lexiconTags(word)
    if (!tags.some((tag) => /Name|Person/.test(tag)) && !speakerNouns.has(word)) return false
  }
  // "It also implies that …": what an idea implies is no one's claim.
  if (/^impl/.test(cue) && /^(it|this|that|which)$/.test(word)) return false
  if (/^(he|she|it|they|who|which|that|one|others|some|many|most|few|all|both)$/.test(word))
    return true
  if (isCapital(subject)) return true
  // Round 32: plurals in -ies and -es too ("The companies deny that …", "the
  // businesses admit that …"), not only in -s.
  const singular = /[^aeiou]ies$/.test(word)
    ? `${word.slice(0, -3)}y`
    : /(ss|sh|ch|x)es$/.test(word)
      ? word.slice(0, -2)
      : /[^s]s$/.test(word)
        ? word.slice(0, -1)
        : word
  return (
    speakerNouns.has(word) ||
    speakerNouns.has(singular) ||
    organisationWords.has(singular) ||
    titles.has(singular) ||
    isActorNoun(word)
  )
}

// Round 13: -s forms of `thatClauseCues` that are plural nouns too ("state grants
// that …", "house rules that …").
const nounLikeCues =
  /^(grants|rules|remarks|hints|jokes|protests|demands|mentions|repeats|shouts|whispers|counters|worries|guesses|decrees|cautions|cries|judges|trusts|quips|retorts|conjectures|intimates)$/

/** Options of {@link findAttributions}. */
export interface FindAttributionsOptions {
  /** Quotations of the text, from `findQuotations`. Required. */
  readonly quotations: readonly QuotationRange[]
  /** Sentences of the text, from `splitSentences`. Required. */
  readonly sentences: readonly SentenceRange[]
}

/**
 * Finds reported speech in `text`: each reporting cue ("said", "told", "according
 * to", …) with the speaker mention before or after it and the reported content
 * (the rest of the sentence, the part before it, or the quotation around it).
 * Cues without a speaker (passives such as "it was said") are skipped: those are
 * hedges, found by the lexicon.
 *
 * @example
 * const text = 'Gen Krayushkin said the list was long.'
 * findAttributions(text, { quotations: [], sentences: [{ start: 0, end: text.length }] })[0]?.mention.text // => 'Gen Krayushkin'
 */
export function findAttributions(
  text: string,
  options: FindAttributionsOptions,
): FoundAttribution[] {
  const { sentences, quotations } = options
  const found: FoundAttribution[] = []
  const records: FoundAttribution[] = []
  let sentenceIndex = 0
  let lastSentence = -1
  let tokens: Token[] = []
  for (
    let match = cueSearch.exec(text, 0);
    match !== null;
    match = cueSearch.exec(text, match.index + match[0].length)
  ) {
    while (sentenceIndex < sentences.length && (sentences[sentenceIndex]?.end ?? 0) <= match.index)
      sentenceIndex++
    const sentence = sentences[sentenceIndex]
    if (sentence === undefined || sentence.start > match.index) continue
    // Round 11: common words that are cues only in a narrow frame are checked on
    // the raw text first, so that their sentences are not tokenized for nothing.
    if (!mayFrame(text, match.index, match.index + match[0].length, match[0])) continue
    if (sentenceIndex !== lastSentence) {
      tokens = tokenize(text, sentence.start, sentence.end)
      lastSentence = sentenceIndex
    }
    const cueIndex = tokens.findIndex((token) => token.start === match.index)
    const cueToken = tokens[cueIndex]
    if (cueToken === undefined) continue
    const cue = match[0].toLowerCase().replace(/\s+/g, ' ')
    // A capitalized verb inside a sentence is part of a name ("the United States").
    if (cueIndex > 0 && !viewpoint.test(cue) && /^[A-Z]/.test(match[0])) continue
    // Rules 0.37.0: a participle after a possessive modifies a noun, it reports
    // nothing: "Germany's predicted population crisis" (round 79).
    if (
      /ed$/.test(cue) &&
      /\p{L}['’]s$/u.test(tokens[cueIndex - 1]?.text ?? '') &&
      tokens[cueIndex + 1]?.kind === 'word' &&
      !isCapital(tokens[cueIndex + 1]) &&
      !/^(that|to|in|on|by|it|he|she|they)$/.test(lower(tokens[cueIndex + 1]))
    )
      continue
    const context: CueContext = { text, tokens, cueIndex, cueToken, cue, sentence, quotations }
    if (thatClauseCues.has(cue) && !thatClauseFrame(context)) {
      // Rules 0.30.0: a record's finding without "that" ("The YouGov poll, which
      // questioned 1,943 adults, found 25% did not know …").
      const foundByRecord = findingCues.has(cue) ? recordFinds(context) : undefined
      if (foundByRecord !== undefined) records.push(foundByRecord)
      continue
    }
    // Round 13: "Vanity misleads an artist into thinking that …": the object's belief.
    if (cue.startsWith('into ')) {
      const belief = intoBelief(context)
      if (belief !== undefined) found.push(belief)
      continue
    }
    // Round 13: "The senators cited a loan made to Argentina" — what is cited as
    // evidence; "…, labeling her action adulterous" — a judgement.
    if (/^(cited|cites)$/.test(cue)) {
      const cited = citedObject(context)
      if (cited !== undefined) found.push(cited)
      continue
    }
    if (/^(labeling|labelling|branding|terming|dubbing|calling)$/.test(cue)) {
      const labeled = labelingParticiple(context, found.at(-1))
      if (labeled !== undefined) found.push(labeled)
      continue
    }
    // Round 13: "the deficit of 170 billion dlrs as estimated by the Budget Office".
    if (
      lower(tokens[cueIndex - 1]) === 'as' &&
      lower(tokens[cueIndex + 1]) === 'by' &&
      /^(estimated|reported|projected|forecast|predicted|calculated|measured|announced|described|defined)$/.test(
        cue,
      )
    ) {
      const agent = asByAgent(context)
      if (agent !== undefined) found.push(agent)
      continue
    }
    // Round 13: cues of a frame of their own (judging, complaining, commitments,
    // foreseeing) report a "that" clause like any verb of saying: "The senator
    // laments that …", "They complain that …", "She swore that …".
    if (thatAlso.test(cue) && lower(tokens[cueIndex + 1]) === 'that') {
      const previous = found.at(-1)
      const reported = otherFrame(context, sentences, sentenceIndex, previous)
      if (reported !== undefined) found.push(reported)
      continue
    }
    // Round 13: a speaker breaking in on a dialogue: `"…", the interpreter put in,
    // "that …"`, `"No," she broke in, "…"`.
    if (
      /^((put|puts|broke|breaks|cut|cuts|chimed|chimes|came|comes) in|interject(ed|s)|interpos(ed|es))$/.test(
        cue,
      )
    ) {
      const interjected = interjection(context)
      if (interjected !== undefined) found.push(interjected)
      continue
    }
    // Round 10: "The board rejected the bid on the grounds that …" — the reason is
    // the subject's (or the agent's: "was refused by the mayor on grounds that").
    // Round 13: so are the belief, hope or assumption a subject acts in: "The union
    // struck in the hope that …", "acted on the assumption that …", "under the
    // impression that …".
    if (/^(on (the )?grounds|(in|on|under) the .+) that$/.test(cue)) {
      const grounds = onGrounds(context)
      if (grounds !== undefined) found.push(grounds)
      continue
    }
    // Round 15: a cause alleged in a relative clause, the thing caused before it:
    // "a drop in sales which the company blamed on currency moves", "Bonds fell,
    // which traders linked to a firm funds rate"; and in a passive with its agent:
    // "the attack, blamed by both governments on Iran".
    if (/^(blamed|attributed|ascribed|linked|traced)$/.test(cue)) {
      const cause = relativeCause(context) ?? blamedByOn(context)
      if (cause !== undefined) {
        found.push(cause)
        continue
      }
      if (/^(linked|traced)$/.test(cue)) continue
    }
    // Round 10: "The company blamed the loss on lower prices" — a cause alleged.
    if (/^(blamed|blames|attributes|attributed|ascribes|ascribed)$/.test(cue)) {
      const blame = blamedOn(context, /^bl/.test(cue) ? 'on' : 'to')
      if (blame !== undefined) found.push(blame)
      continue
    }
    // Round 11: the present "what they call '…'" names like "what he called"; no
    // cue elsewhere ("call the police").
    // (with the name quoted right after: "what Hume calls 'sensation'").
    const whatCall =
      (cue === 'call' || cue === 'calls') &&
      tokens
        .slice(Math.max(0, cueIndex - 5), cueIndex - 1)
        .some((token) => lower(token) === 'what') &&
      quotations.some(
        (quotation) =>
          quotation.start >= (tokens[cueIndex + 1]?.start ?? Infinity) &&
          quotation.start <= (tokens[cueIndex + 3]?.start ?? -1),
      ) &&
      !/^(i|we)$/.test(lower(tokens[cueIndex - 1]))
    // Round 13: the present judges like "called": "The publishers call it a comedy",
    // "Its author calls the book 'a comedy of errors'" (an "as" clause first).
    if ((cue === 'call' || cue === 'calls') && !whatCall) {
      const named = (cue === 'calls' ? asClauseCue(context) : undefined) ?? presentCall(context)
      if (named !== undefined) found.push(named)
      continue
    }
    if (whatCall) {
      const named = reportingVerb(context)
      if (named !== undefined) found.push(named)
      continue
    }
    // Round 11: `The sign reads: "…"`, `"…", begins the poem`.
    if (readingCues.has(cue)) {
      const read = textReads(context)
      if (read !== undefined) found.push(read)
      if (read !== undefined || !/^(concludes)$/.test(cue)) continue
    }
    // Round 11: "Bankers criticized the Bank for its lending", "warned Iran of …".
    if (reasonCues.has(cue)) {
      const judgement = reasonedJudgement(context)
      if (judgement !== undefined) {
        found.push(judgement)
        continue
      }
      if (reasonOnly.has(cue)) continue
    }
    // Round 11: a commitment with its infinitive: "The union vowed to fight the closures".
    if (commitments.test(cue) && lower(tokens[cueIndex + 1]) === 'to') {
      const committed = commitment(context)
      if (committed !== undefined) {
        found.push(committed)
        continue
      }
    }
    if (
      /^(vows|pledges|promises|threatened|threatens|swore|swears|professed|professes|purported|purports)$/.test(
        cue,
      ) &&
      // Round 11: "threatened that he would …" reports like "warned that".
      !(/^threaten/.test(cue) && lower(tokens[cueIndex + 1]) === 'that')
    )
      continue
    // Round 11: "The slump led the board to conclude that …".
    if (controlledBelief.test(cue)) {
      const belief = controlledBeliefAt(context)
      if (belief !== undefined) found.push(belief)
      continue
    }
    // Round 11: "seen" reports only in the passive with its agent and "as".
    if (cue === 'seen' && !/^(is|are|was|were|been|being|be)$/.test(lower(tokens[cueIndex - 1])))
      continue
    // Round 11: "Acme forecast earnings of 1 billion", "The board saw no need for …".
    if (foreseeingCues.has(cue)) {
      const foreseen = foreseeing(context, found.at(-1)) ?? estimateAfter(context)
      if (foreseen !== undefined) {
        found.push(foreseen)
        continue
      }
      if (foreseeingOnly.has(cue)) continue
    }
    // Rules 0.36.0: "The court heard he had lost his job" — a hearing body's evidence.
    if (cue === 'heard') {
      const heard = courtHeard(context)
      if (heard !== undefined) found.push(heard)
      continue
    }
    // "Hull Crown Court was told that …" (the same, in the passive of telling).
    if (cue === 'told' && /^(was|were)$/.test(lower(tokens[cueIndex - 1]))) {
      const told = courtHeard(context)
      if (told !== undefined) {
        found.push(told)
        continue
      }
    }
    // Round 11: "The weekly return showed reserves rose" — a record shows.
    if (showCues.has(cue)) {
      // Kept apart: a record is no subject for a later "and said" in the sentence.
      const shown = recordShows(context)
      if (shown !== undefined) records.push(shown)
      continue
    }
    // Rules 0.28.0: "The research revealed that …", "A survey by the firm found that …".
    if (findingCues.has(cue)) {
      const foundByRecord = recordFinds(context)
      if (foundByRecord !== undefined) {
        records.push(foundByRecord)
        continue
      }
    }
    // Round 10: "The paper quoted the minister as saying (that) …" — two reports.
    if (/^quoted .+ as saying$/.test(cue) && !cue.startsWith('quoted as ')) {
      found.push(...quotedAsSaying(context))
      continue
    }
    const previous = found.at(-1)
    // Rules 0.26.0: "dubbed" names with a quoted label too, like "called" ("the
    // Law Commission dubbed them "mere conduits""), outside an "as" clause.
    const attribution =
      ownFrameCues.has(cue) && cue !== 'dubbed'
        ? ownFrame(context)
        : (ownFrame(context) ?? otherFrame(context, sentences, sentenceIndex, previous))
    if (attribution !== undefined) found.push(attribution)
  }
  found.push(...records)
  found.push(...possessiveViews(text, sentences, quotations))
  found.push(...nominalAttributions(text, sentences, quotations))
  found.push(...dativeViews(text, sentences, quotations))
  for (const headline of headlineAttributions(text, quotations))
    if (!found.some((other) => other.cueStart === headline.cueStart)) found.push(headline)
  return endBeforeCoordinatedReports(
    text,
    endBeforeOwnActs(text, quotations, endBeforeParticiples(text, found)),
  ).sort((a, b) => a.cueStart - b.cueStart)
}

// Round 11: verbs of commitment (Searle's commissives), reported with their
// infinitive: "vowed to avenge the attack", "pledged to fight the closures".
const commitments =
  /^(vowed|vows|pledged|pledges|promised|promises|threatened|threatens|swore|swears|claimed|claims|claim|professed|professes|purported|purports)$/

/**
 * Round 11: a commitment and its infinitive ("A spokesman vowed to avenge the
 * attack"): the subject's claim, from "to" to the end of the sentence. Not a
 * noun ("his vows to the church", "the pledges to donors").
 */
function commitment(context: CueContext): FoundAttribution | undefined {
  const { text, tokens, cueIndex, cueToken, cue, sentence, quotations } = context
  const to = tokens[cueIndex + 1]
  const verb = tokens[cueIndex + 2]
  const before = lower(tokens[cueIndex - 1])
  if (
    to === undefined ||
    verb === undefined ||
    verb.kind !== 'word' ||
    isCapital(verb) ||
    // "promises to be of interest", "threatens to be long": a likelihood (but
    // "claims to be", "purports to have" assert).
    (/^(be|become|have)$/.test(lower(verb)) && !/^(claim|profess|purport)/.test(cue)) ||
    nounBefore.has(before) ||
    /^(this|that|these|those|every|each|our|my|your)$/.test(before) ||
    /['’]s?$/.test(before) ||
    passiveMarkers.has(before) ||
    quotationAt(quotations, cueToken.start) !== undefined
  )
    return undefined
  const mention = mentionBefore(tokens, cueIndex - 1, sentence.start)
  // A speaker commits: a name, a pronoun or a speaker noun first ("The army
  // leaders"), not a situation ("the situation in Laos threatened to …").
  const firstWord =
    mention?.text.replace(/^(the|a|an|its|his|her|their)\s+/i, '').split(/\s+/)[0] ?? ''
  const first = firstWord.toLowerCase()
  if (
    mention === undefined ||
    /^(i|we|you)$/.test(mention.pronoun ?? '') ||
    // "It threatens to linger", "it promises to be": a likelihood.
    (mention.pronoun === 'it' && /^(threaten|promise)/.test(cue)) ||
    negativeSubject.test(mention.text) ||
    (mention.pronoun === undefined &&
      /^(threaten|promise|pledge|vow|swear|swore)/.test(cue) &&
      !/^\p{Lu}/u.test(firstWord) &&
      !speakerNouns.has(first) &&
      !organisationWords.has(first) &&
      !isActorNoun(first) &&
      !titles.has(first))
  )
    return undefined
  return claimAtCue(context, trimSpan(text, to.start, sentence.end), mention)
}

/**
 * Round 26: true when the part of the sentence before the speaker at
 * `mentionFirst` ends in a quotation that opened inside it after a participle
 * ("Asked whether "anyone cared," she replied"), not one that is the whole part.
 */
function quotedPhraseOnly(
  tokens: readonly Token[],
  quotations: readonly QuotationRange[],
  sentenceStart: number,
  mentionFirst: number,
): boolean {
  const first = tokens.find((token) => token.start >= sentenceStart)
  const before = tokens[mentionFirst - 1]
  if (first === undefined || before === undefined) return false
  const quote = quotationEndingIn(quotations, before.start, before.end + 1)
  return (
    quote !== undefined && quote.start > first.start && /^\p{Lu}\p{Ll}+(ed|ing)$/u.test(first.text)
  )
}

/**
 * Round 26: a verb of estimating or foreseeing closing the sentence after its
 * speaker, the statement before the comma: "Imports displace 40 mln tonnes of
 * output, the association estimates." Not without the comma ("as the board
 * estimates"), nor a speaker that is no source.
 */
function estimateAfter(context: CueContext): FoundAttribution | undefined {
  const { text, tokens, cueIndex, cue, sentence } = context
  if (
    !/^(estimates|estimated|forecasts|forecast|predicts|predicted|projects|projected|calculates|calculated)$/.test(
      cue,
    )
  )
    return undefined
  const next = tokens[cueIndex + 1]
  if (next !== undefined && !/^[.;!?]$/.test(next.text)) return undefined
  const mention = mentionBefore(tokens, cueIndex - 1, sentence.start)
  if (mention === undefined || mention.pronoun !== undefined) return undefined
  const first = tokens.findIndex((token) => token.start === mention.start)
  const comma = tokens[first - 1]
  if (comma?.text !== ',' || first < 4) return undefined
  const content = trimSpan(text, sentence.start, comma.start)
  return content === undefined ? undefined : claimAtCue(context, content, mention)
}

/**
 * Round 26: a pronoun holding a forecast inside a report ("Smith said he expects
 * prices to rise") holds it when the report before it in the sentence has a
 * speaker of the pronoun's type (a person for "he", "she").
 */
function nestedHolder(
  mention: FoundMention,
  previous: FoundAttribution | undefined,
  sentenceStart: number,
): boolean {
  if (previous === undefined || previous.cueStart < sentenceStart) return false
  const fits = pronounTypes.get(mention.pronoun ?? '') ?? []
  return (
    !/^(i|we|you)$/.test(mention.pronoun ?? '') &&
    (fits.includes(previous.mention.type) ||
      (previous.mention.pronoun !== undefined && previous.mention.pronoun === mention.pronoun))
  )
}

/**
 * Round 11: a verb of foreseeing with its object (see foreseeing.ts): the
 * subject's claim ("Acme forecast earnings of one billion crowns"), or after a
 * comma the participle's ("…, one analyst said, predicting growth of 20 pct"),
 * whose speaker is that of the cue before it or the subject of the sentence.
 */
function foreseeing(
  context: CueContext,
  previous: FoundAttribution | undefined,
): FoundAttribution | undefined {
  const { text, tokens, cueIndex, cueToken, cue, sentence, quotations } = context
  const before = lower(tokens[cueIndex - 1])
  // A progressive reports like the simple verb: "USDA is projecting the crop at …".
  const progressive = /ing$/.test(cue) && /^(is|are|was|were|been)$/.test(before)
  if ((passiveMarkers.has(before) && !progressive) || /^(a|an|be|to)$/.test(before))
    return undefined
  // Round 26: what one cannot or should expect is no forecast ("teachers cannot
  // expect large raises").
  if (/^(cannot|can|could|should|must|shall|may|might)$/.test(before) && /^expect/.test(cue))
    return undefined
  // "Private estimates put production at …": a noun before a verb.
  if (
    /^(projects|estimates|forecasts|values|places)$/.test(cue) &&
    /^(put|puts|show|showed|indicate|indicated|suggest|suggested|are|were|was|is|have|had|vary|range|ranged)$/.test(
      lower(tokens[cueIndex + 1]),
    )
  )
    return undefined
  if (quotationAt(quotations, cueToken.start) !== undefined) return undefined
  let from = cueIndex + 1
  while (/^(also|only|still|now)$/.test(lower(tokens[from]))) from++
  const end = foreseenObject(tokens, from, cue)
  const start = tokens[from]
  if (end === undefined || start === undefined) return undefined
  let mention: FoundMention | undefined
  if (progressive) mention = mentionBefore(tokens, cueIndex - 2, sentence.start)
  else if (/ing$/.test(cue)) {
    if (before !== ',') return undefined
    mention =
      previous !== undefined && previous.cueStart >= sentence.start
        ? previous.mention
        : sentenceSubject(tokens, cueIndex)
  } else {
    // "development projects consistent with …": a plural noun after a noun.
    if (
      /^(projects|estimates|forecasts)$/.test(cue) &&
      !isCapital(tokens[cueIndex - 1]) &&
      !pronounTypes.has(before) &&
      !speakerNouns.has(before) &&
      tokens[cueIndex - 1]?.end !== undefined &&
      !/^(also|now|still)$/.test(before)
    )
      return undefined
    mention = mentionBefore(tokens, cueIndex - 1, sentence.start)
    const first = tokens.findIndex((token) => token.start === mention?.start)
    // "a source who sees …" is the source; "what he sees" names no claim.
    if (lower(tokens[first - 1]) === 'what') return undefined
  }
  if (
    mention === undefined ||
    /^(i|we|you|one)$/.test(mention.pronoun ?? mention.text.toLowerCase()) ||
    negativeSubject.test(mention.text) ||
    // "The analyst said he expects …": the saying reports the forecast, and
    // since rules 0.18.0 the pronoun holds it too (the gold of rounds 22–24
    // marks the inner holder), when it fits the speaker of that saying: "Smith
    // said he expects …", not "The bank said he expects …".
    (mention.pronoun !== undefined &&
      tokens[cueIndex - 1]?.start === mention.start &&
      strong.has(lower(tokens[cueIndex - 2])) &&
      !nestedHolder(mention, previous, sentence.start))
  )
    return undefined
  const semicolon = tokens.find((token, index) => index >= end && token.text === ';')
  // Round 13: a predicted noun phrase ends where foreseenObject ends it.
  const objectEnd =
    /^predict(s|ed)?$/.test(cue) &&
    !tokens
      .slice(from, end)
      .some((token) => token.kind === 'number' || figureWords.test(lower(token)))
      ? tokens[end - 1]?.end
      : undefined
  return claimAtCue(
    context,
    trimSpan(text, start.start, objectEnd ?? semicolon?.start ?? sentence.end),
    mention,
  )
}

/**
 * Round 10: the reason "on (the) grounds that …" of a decision, the subject's or
 * the by-agent's: "The board rejected the bid on the grounds that it was too low".
 */
function onGrounds(context: CueContext): FoundAttribution | undefined {
  const { text, tokens, cueIndex, cueToken, cue, sentence, quotations } = context
  const lastWord = tokens[cueIndex + cue.split(' ').length - 1]
  const startToken = tokens[cueIndex + cue.split(' ').length]
  if (lastWord === undefined || startToken === undefined) return undefined
  if (quotationAt(quotations, cueToken.start) !== undefined) return undefined
  const by = tokens.findLastIndex(
    (token, index) => index < cueIndex && index >= cueIndex - 8 && lower(token) === 'by',
  )
  const agent = by >= 0 ? mentionAfter(tokens, by + 1) : undefined
  const mention =
    agent !== undefined && agent.pronoun === undefined && agent.end <= cueToken.start
      ? agent
      : sentenceSubject(tokens, cueIndex)
  if (
    mention === undefined ||
    negativeSubject.test(mention.text) ||
    /^(i|we|you|one)$/i.test(mention.pronoun ?? mention.text)
  )
    return undefined
  // Round 13: a belief or hope acted in is a speaker's ("The union struck in the
  // hope that …"), not what a thing "is based on" nor a quality's ("our generosity
  // prompts us, in the hope that …").
  if (!/grounds/.test(cue)) {
    if (
      /^(based|founded|rests|rested|rest|built|premised|grounded|depends|depended|relies|relied)$/.test(
        lower(tokens[cueIndex - 1]),
      )
    )
      return undefined
    if (mention.pronoun === undefined && !speakerLike(mention.text)) return undefined
  }
  return claimAt(
    cue,
    { start: cueToken.start, end: lastWord.end },
    trimSpan(text, startToken.start, sentence.end),
    mention,
    quotations,
  )
}

/**
 * Round 13: true when a mention's words name someone who can hold a view: a name
 * (a capital past the first word), or a speaker, people, organisation noun or title.
 */
function speakerLike(mention: string): boolean {
  const words = mention.split(/\s+/)
  if (/^(our|my|your)$/i.test(words[0] ?? '')) return false
  return words.some((word, index) => {
    const plain = word.toLowerCase().replace(/['’]s?$/, '')
    const singular = /[^s]s$/.test(plain) ? plain.slice(0, -1) : plain
    return (
      (index > 0 && /^\p{Lu}/u.test(word)) ||
      (index === 0 &&
        /^\p{Lu}/u.test(word) &&
        !/^(the|a|an|this|that|these|those|its|his|her|their)$/i.test(word)) ||
      speakerNouns.has(plain) ||
      speakerNouns.has(singular) ||
      organisationWords.has(singular) ||
      titles.has(singular) ||
      isActorNoun(plain)
    )
  })
}

/**
 * Round 10: "X blamed A on B" alleges that B caused A: the claim is "A on B".
 * Not a passive ("was blamed on") nor a noun ("the blame").
 */
function blamedOn(context: CueContext, preposition: 'on' | 'to'): FoundAttribution | undefined {
  const { text, tokens, cueIndex, cueToken, sentence, quotations } = context
  const object = tokens[cueIndex + 1]
  if (object === undefined || object.kind !== 'word') return undefined
  if (passiveMarkers.has(lower(tokens[cueIndex - 1])) || lower(object) === preposition)
    return undefined
  if (quotationAt(quotations, cueToken.start) !== undefined) return undefined
  // Round 13: "attributes the decline to the dam", "ascribes the loss to …" (a
  // cause alleged, like "blamed … on"), within twelve words.
  const on = tokens.findIndex(
    (token, index) =>
      index > cueIndex + 1 &&
      index <= cueIndex + (preposition === 'on' ? 25 : 12) &&
      lower(token) === preposition,
  )
  if (on < 0 || tokens.slice(cueIndex + 1, on).some((token) => /^[.;:!?]$/.test(token.text)))
    return undefined
  const mention = mentionBefore(tokens, cueIndex - 1, sentence.start)
  if (mention === undefined || negativeSubject.test(mention.text)) return undefined
  if (
    preposition === 'to' &&
    (/^(i|we|you)$/.test(mention.pronoun ?? '') ||
      (mention.pronoun === undefined && !speakerLike(mention.text)))
  )
    return undefined
  // A second verb of the subject ends it: "…, and appealed to …".
  const and = tokens.findIndex(
    (token, index) =>
      index > on && lower(token) === 'and' && /\p{Ll}ed$/u.test(tokens[index + 1]?.text ?? ''),
  )
  const end =
    and < 0
      ? sentence.end
      : (tokens[tokens[and - 1]?.text === ',' ? and - 2 : and - 1]?.end ?? sentence.end)
  return claimAtCue(context, trimSpan(text, object.start, end), mention)
}

/**
 * Round 15: a cause alleged in a relative clause ("a drop in sales which the
 * company blamed on currency moves"): the speaker between the relative pronoun
 * and the cue; the content is the thing caused (the sentence up to the relative
 * pronoun) and the cause after the preposition.
 */
function relativeCause(context: CueContext): FoundAttribution | undefined {
  const { text, tokens, cueIndex, cue, sentence } = context
  const preposition = tokens[cueIndex + 1]
  const cause = tokens[cueIndex + 2]
  if (
    preposition === undefined ||
    cause === undefined ||
    lower(preposition) !== (cue === 'blamed' ? 'on' : 'to')
  )
    return undefined
  let relative = cueIndex - 2
  while (relative > 0 && relative > cueIndex - 8 && !/^(which|that)$/.test(lower(tokens[relative])))
    relative--
  const relativeToken = tokens[relative]
  if (relative <= 0 || relativeToken === undefined || !/^(which|that)$/.test(lower(relativeToken)))
    return undefined
  const mention = mentionBefore(tokens, cueIndex - 1, sentence.start)
  if (
    mention === undefined ||
    mention.start <= relativeToken.start ||
    tokens[relative + 1]?.start !== mention.start ||
    /^(i|we|you|it)$/.test(mention.pronoun ?? '') ||
    negativeSubject.test(mention.text)
  )
    return undefined
  // "linked" and "traced" join things too ("the road that engineers linked to the
  // port"): a cause only after a clause ("Bonds fell, which traders linked to …").
  if (
    /^(linked|traced)$/.test(cue) &&
    !tokens
      .slice(0, relative)
      .some(
        (token) =>
          token.kind === 'word' &&
          !isCapital(token) &&
          (/\p{Ll}ed$/u.test(token.text) ||
            lexiconTags(lower(token)).some((tag) => /^(PastTense|Copula|Modal)$/.test(tag))),
      )
  )
    return undefined
  const caused = trimSpan(text, sentence.start, relativeToken.start)
  // A clause in commas inside the sentence ends at its comma ("The loss, which the
  // board blamed on the strike, was large").
  const comma =
    tokens[relative - 1]?.text === ','
      ? tokens.find((token, index) => index > cueIndex + 2 && token.text === ',')
      : undefined
  const alleged = trimSpan(text, cause.start, comma?.start ?? sentence.end)
  if (caused === undefined || alleged === undefined) return undefined
  return claimAtCue(context, [caused, alleged], mention)
}

/**
 * Round 15: a cause alleged in a passive participle with its agent ("the tanker
 * attack, blamed by both governments on Iran"): the noun phrase before and the
 * cause after "on" or "to".
 */
function blamedByOn(context: CueContext): FoundAttribution | undefined {
  const { text, tokens, cueIndex, cue, sentence } = context
  if (lower(tokens[cueIndex + 1]) !== 'by' || !/^(blamed|attributed|ascribed)$/.test(cue))
    return undefined
  const agent = mentionAfter(tokens, cueIndex + 2)
  if (agent === undefined || agent.pronoun !== undefined) return undefined
  const on = tokens.findIndex(
    (token, index) =>
      index > cueIndex + 2 &&
      index <= cueIndex + 10 &&
      lower(token) === (cue === 'blamed' ? 'on' : 'to') &&
      token.start >= agent.end,
  )
  const cause = tokens[on + 1]
  if (on < 0 || cause === undefined) return undefined
  // The thing blamed: the noun phrase before the participle (past its comma).
  let last = cueIndex - 1
  if (tokens[last]?.text === ',') last--
  let first = last
  while (
    first > 0 &&
    first > last - 6 &&
    tokens[first - 1]?.kind === 'word' &&
    !/^(for|on|to|in|at|of|by|with|from|that|which|and|but|or)$/.test(lower(tokens[first - 1])) &&
    !isPhraseBreak(lower(tokens[first - 1]))
  )
    first--
  const firstToken = tokens[first]
  const lastToken = tokens[last]
  if (firstToken === undefined || lastToken === undefined || first > last) return undefined
  const blamed = trimSpan(text, firstToken.start, lastToken.end)
  let end = on + 2
  while (end < tokens.length && tokens[end]?.kind === 'word') end++
  const alleged = trimSpan(text, cause.start, tokens[end - 1]?.end ?? sentence.end)
  if (blamed === undefined || alleged === undefined) return undefined
  return claimAtCue(context, [blamed, alleged], agent)
}

/**
 * Round 10: an absolute "with" phrase of reportage: "Shares rose, with dealers
 * reporting that demand was strong", "with analysts saying the bid was too low".
 */
function withParticiple(context: CueContext): FoundAttribution | undefined {
  const { text, tokens, cueIndex, cueToken, cue, sentence, quotations } = context
  if (
    !/^(saying|reporting|noting|predicting|warning|arguing|claiming|insisting)$/.test(cue) ||
    quotationAt(quotations, cueToken.start) !== undefined
  )
    return undefined
  const mention = mentionBefore(tokens, cueIndex - 1, sentence.start)
  if (mention === undefined || mention.pronoun !== undefined) return undefined
  const first = tokens.findIndex((token) => token.start === mention.start)
  if (first < 1 || lower(tokens[first - 1]) !== 'with') return undefined
  let from = cueIndex + 1
  const hasThat = lower(tokens[from]) === 'that'
  if (hasThat) from++
  else if (participlesWithThat.has(cue) || cue === 'reporting' || !opensClause(tokens, from))
    return undefined
  const startToken = tokens[from]
  if (startToken === undefined) return undefined
  return claimAtCue(context, trimSpan(text, startToken.start, sentence.end), mention)
}

/**
 * Round 10: the "that" after a phrase in commas opening at `index` ("said, among
 * other things, that …", "noting, in particular, that …"); `index` when there is none.
 */
function parentheticalThat(tokens: readonly Token[], index: number): number {
  // Round 11: an adverb in commas ("argues, persuasively, that …", "said, however,
  // that …").
  if (
    /ly$|^(however|moreover|though|too|also|again|nevertheless|therefore)$/.test(
      lower(tokens[index]),
    ) &&
    tokens[index + 1]?.text === ',' &&
    lower(tokens[index + 2]) === 'that'
  )
    return index + 2
  // Round 13: an adverb phrase ("concedes, somewhat grudgingly, that …", "argues,
  // rather too neatly, that …").
  for (let at = index; at < index + 3; at++) {
    if (
      !/ly$|^(somewhat|rather|quite|very|too|more|most|less|not|so|however)$/.test(
        lower(tokens[at]),
      )
    )
      break
    if (
      /ly$/.test(lower(tokens[at])) &&
      tokens[at + 1]?.text === ',' &&
      lower(tokens[at + 2]) === 'that'
    )
      return at + 2
  }
  // Round 13: also "through", "during", "under" … ("insisted, through the
  // Declaration, that …").
  // Round 15: and a participle of sourcing ("said, citing sources, that …",
  // "reported, quoting officials, that …").
  if (
    !/^(among|in|at|on|for|of|with|as|above|after|before|by|through|during|under|from|via|despite|without|like|unlike|over|to|citing|quoting|referring|speaking)$/.test(
      lower(tokens[index]),
    )
  )
    return index
  for (let at = index + 1; at < tokens.length && at <= index + 8; at++) {
    const token = tokens[at]
    if (token?.kind !== 'punct') continue
    return token.text === ',' && lower(tokens[at + 1]) === 'that' ? at + 1 : index
  }
  return index
}

/**
 * Round 10: the token after an inverted speaker ending at `end`, past a relative
 * clause on it that runs to the end of the sentence (`"…," said one trader who
 * attended the meeting.`); -1 when none.
 */
function afterSpeaker(tokens: readonly Token[], end: number): number {
  const at = tokens.findIndex((token) => token.start >= end)
  // Rules 0.29.0: the name's abbreviation in brackets belongs to the speaker ("says
  // the Institute of Public Policy Research (IPPR).", round 53).
  if (
    tokens[at]?.text === '(' &&
    /^\p{Lu}{2,}$/u.test(tokens[at + 1]?.text ?? '') &&
    tokens[at + 2]?.text === ')'
  )
    return at + 3 < tokens.length ? at + 3 : -1
  if (lower(tokens[at]) !== 'who') return at
  let last = at + 1
  while (last < tokens.length && tokens[last]?.kind !== 'punct') {
    const word = lower(tokens[last])
    if (strong.has(word) || weak.has(word) || participles.has(word)) return at
    last++
  }
  const close = tokens[last]
  return last > at + 1 && (close === undefined || /^[.!?]$/.test(close.text)) ? last : at
}

/**
 * Rules 0.29.0: the name before a role in apposition, when the role phrase stands
 * right before the cue: `"…," Will Davies, senior research fellow at the IPPR told
 * …` (its closing comma lost), `"…," Richard Doherty, from Panasonic's
 * laboratories, one of the pioneers of Blu ray, told …` (rounds 52–53). The role
 * starts in lower case after a comma, with no determiner ("the company", "a Labour
 * spokesperson" speak themselves), no name of its own and a preposition ("police"
 * after "Waddell Street, NE," is no role); the name is a person's, two capitalised
 * words at least, at the sentence's start or after a comma or a closing quotation
 * mark, at most two appositions back. `undefined` when there is none.
 */
function nameBeforeRole(
  tokens: readonly Token[],
  role: FoundMention,
  sentenceStart: number,
): FoundMention | undefined {
  const first = tokens.findIndex((token) => token.start === role.start)
  if (
    role.pronoun !== undefined ||
    role.type === 'group' ||
    // (the head of the role in lower case, a name only after its preposition:
    // "senior research fellow at the IPPR", not "financier Carl Lindner"; one
    // person, not "producer delegates")
    /\p{Lu}|[^s]s,?$/u.test(role.text.split(/\s+(?:of|at|for|from|with|in)\s+/)[0] ?? '') ||
    !/^\p{Ll}/u.test(role.text) ||
    /^(the|a|an|this|that|these|those|its|their|his|her|our|some|many|most|several|other|others)\s/i.test(
      role.text,
    ) ||
    !/\s(of|at|for|from|with|in)\s/.test(role.text) ||
    tokens[first - 1]?.text !== ','
  )
    return undefined
  let end = first - 2
  for (let hop = 0; hop < 2 && end >= 0; hop++) {
    const earlier = mentionBefore(tokens, end, sentenceStart)
    if (earlier === undefined) return undefined
    const at = tokens.findIndex((token) => token.start === earlier.start)
    const before = tokens[at - 1]
    if (
      earlier.type === 'person' &&
      earlier.pronoun === undefined &&
      /^\p{Lu}\S*\s+\p{Lu}/u.test(earlier.text) &&
      !earlier.text.endsWith(',') &&
      (before === undefined ||
        before.start < sentenceStart ||
        before.text === ',' ||
        closingQuotes.has(before.text))
    )
      return earlier
    let comma = at - 1
    while (comma > 0 && at - comma <= 8 && tokens[comma]?.text !== ',') comma--
    if (tokens[comma]?.text !== ',') return undefined
    end = comma - 1
  }
  return undefined
}

/**
 * Round 10: "The paper quoted the minister as saying (that) …" reports the words
 * twice: the source (the subject of "quoted") and the one quoted each say them.
 */
function quotedAsSaying(context: CueContext): FoundAttribution[] {
  const { text, tokens, cueIndex, cueToken: quotedToken, cue, sentence, quotations } = context
  if (quotationAt(quotations, quotedToken.start) !== undefined) return []
  let saying = cueIndex + 1
  while (saying < tokens.length && lower(tokens[saying]) !== 'saying') saying++
  const sayingToken = tokens[saying]
  const asToken = tokens[saying - 1]
  if (sayingToken === undefined || asToken === undefined) return []
  const first = tokens[cueIndex + 1]
  // An object pronoun stands for its subject form: "quoted him as saying".
  const subjectForm = { him: 'he', her: 'she', them: 'they' }[lower(first)]
  const quoted =
    first === undefined
      ? undefined
      : subjectForm !== undefined && cueIndex + 1 === saying - 2
        ? pronounMention({ ...first, text: subjectForm })
        : mentionAfter(tokens, cueIndex + 1)
  // A passive with a circumstance names no one quoted: "Hale was quoted in a
  // profile as saying …" (Hale is the source below).
  const passive =
    passiveMarkers.has(lower(tokens[cueIndex - 1])) ||
    /^(in|on|at|by|from|during|after|before|last|yesterday|today)$/.test(lower(first))
  if (!passive && (quoted === undefined || quoted.end > asToken.start)) return []
  let at = cueIndex - 1
  while (
    at >= 0 &&
    /^(has|have|had|also|was|were|later|earlier|today|yesterday)$/.test(lower(tokens[at]))
  )
    at--
  const source = mentionBefore(tokens, at, sentence.start)
  let from = saying + 1
  if (tokens[from]?.text === ',' || tokens[from]?.text === ':') from++
  from = skipAdverbials(tokens, from)
  if (lower(tokens[from]) === 'that') from++
  const startToken = tokens[from]
  // Round 11: `"…," Tehran Radio quoted him as saying.` — the words before.
  const sourceFirst = tokens.findIndex((token) => token.start === source?.start)
  const opener = tokens[sourceFirst - 1]
  const wordsBefore =
    (tokens[saying + 1] === undefined || /^[.!?]$/.test(tokens[saying + 1]?.text ?? '')) &&
    opener !== undefined &&
    (opener.text === ',' || closingQuotes.has(opener.text))
  let content: { start: number; end: number } | undefined
  if (wordsBefore) {
    const began = quotationAt(quotations, sentence.start)
    const close = closingQuotes.has(opener.text)
      ? opener.end
      : closingQuotes.has(tokens[sourceFirst - 2]?.text ?? '')
        ? (tokens[sourceFirst - 2]?.end ?? opener.start)
        : opener.start
    content = trimSpan(
      text,
      began !== undefined && began.start < sentence.start ? began.start : sentence.start,
      close,
    )
  } else {
    if (startToken === undefined) return []
    const quote = quotationOpeningAt(quotations, startToken.start)
    const end = quote !== undefined && quote.end > sentence.end ? quote.end : sentence.end
    content = trimSpan(text, startToken.start, end)
  }
  const reports: FoundAttribution[] = []
  const bySource =
    source === undefined || negativeSubject.test(source.text)
      ? undefined
      : claimAt(
          cue,
          { start: quotedToken.start, end: sayingToken.end },
          content,
          source,
          quotations,
        )
  if (bySource !== undefined) reports.push(bySource)
  // "Hale was quoted by the Daily News as saying …": the by-agent is a source too.
  const agent = lower(first) === 'by' ? mentionAfter(tokens, cueIndex + 2) : undefined
  const byQuoted = passive
    ? agent !== undefined && agent.pronoun === undefined && agent.end <= asToken.start
      ? claimAt('saying', sayingToken, content, agent, quotations)
      : undefined
    : claimAt('saying', sayingToken, content, quoted, quotations)
  if (byQuoted !== undefined) reports.push(byQuoted)
  return reports
}

/**
 * Round 9: a statement ends where the speaker's participle cue after a comma
 * begins its own claim — "The bank said prices would fall, adding that rates
 * would rise" reports "prices would fall", and "rates would rise" apart.
 */
function endBeforeParticiples(text: string, found: FoundAttribution[]): FoundAttribution[] {
  const starts = found
    .filter((attribution) => participles.has(attribution.cue))
    .map((attribution) => attribution.cueStart)
  if (starts.length === 0) return found
  return found.map((attribution) => {
    const last = attribution.content.at(-1)
    if (last === undefined) return attribution
    const cut = starts.find((start) => {
      if (start <= last.start || start >= last.end) return false
      const between = text.slice(Math.max(last.start, start - 3), start)
      return /,\s*$/.test(between)
    })
    if (cut === undefined) return attribution
    const span = trimSpan(text, last.start, cut)
    if (span === undefined) return attribution
    return { ...attribution, content: [...attribution.content.slice(0, -1), span] }
  })
}

// Round 15: what the speaker did not say, coordinated after the content: "It said
// the vessel had capsized but gave no more details", "…, and declined to comment".
// Round 22: and another report of the speaker's, "… and he quoted an analyst as
// saying …" (the quoted words are reported apart).
const ownActs =
  /,?\s+(?:but|and)\s+(?:(?:(?:he|she|they|it)\s+)?(?:also\s+)?quoted\s+(?=[a-z])|(?:declined|refused|was unable|were unable|did not want|did not wish)\s+to|gave\s+no|offered\s+no|provided\s+no|would\s+give\s+no|(?:did|would|could)\s*(?:not|n['’]t)\s+(?:say|elaborate|comment|give|disclose|specify|identify|name|confirm|provide|discuss|indicate|reveal))\b/i

/**
 * Round 15: content ends before an act of its speaker coordinated after it
 * ("… but declined to give details"); a report whose cue is inside a quotation
 * ends with that quotation (`"… if people are convinced a deal will go through,"
 * said X` does not run on past the closing mark).
 */
function endBeforeOwnActs(
  text: string,
  quotations: readonly QuotationRange[],
  found: FoundAttribution[],
): FoundAttribution[] {
  return found.map((attribution) => {
    const last = attribution.content.at(-1)
    if (last === undefined) return attribution
    let end = last.end
    const act = ownActs.exec(text.slice(last.start, last.end))
    if (act !== null) end = last.start + act.index
    const quote = quotationAt(quotations, attribution.cueStart)
    if (quote !== undefined && quote.start < attribution.cueStart && quote.end < end)
      end = Math.max(last.start, quote.end - 1)
    if (end === last.end) return attribution
    const span = trimSpan(text, last.start, end)
    if (span === undefined) return attribution
    return { ...attribution, content: [...attribution.content.slice(0, -1), span] }
  })
}

// Round 15: a second report coordinated after a comma, with its own subject: "…, and
// she put the range at …", "…, but he added that …".
const coordinatedSubject =
  /(,\s*(and|but)|\sbut)\s+(he|she|they|it|\p{Lu}[\p{L}'’-]+)(\s+(also|then|later|further))?\s+$/u

/**
 * Round 15: content that runs into a second report of the sentence coordinated
 * after a comma ("X said A, and she put B at …") ends at that comma; the second
 * report is found at its own cue.
 */
/** Reports sorted by one position: their indexes in the list, and the positions. */
interface PositionIndex {
  readonly order: readonly number[]
  readonly keys: readonly number[]
}

function positionIndex(
  found: readonly FoundAttribution[],
  position: (attribution: FoundAttribution) => number,
): PositionIndex {
  const order = found.map((_, index) => index)
  const keyOf = found.map(position)
  order.sort((a, b) => (keyOf[a] as number) - (keyOf[b] as number) || a - b)
  return { order, keys: order.map((index) => keyOf[index] as number) }
}

/** The first index of sorted `keys` whose key is at least `value`. */
function lowerBound(keys: readonly number[], value: number): number {
  let low = 0
  let high = keys.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((keys[middle] as number) < value) low = middle + 1
    else high = middle
  }
  return low
}

function endBeforeCoordinatedReports(text: string, found: FoundAttribution[]): FoundAttribution[] {
  if (found.length < 2) return found
  // The reports whose mention or cue starts inside a content, found by binary
  // search instead of a scan of every report for every content (which took ~1 s
  // on the 6 MB bench text): the first in `found`'s order that `test` accepts, as
  // `found.find` would give.
  const byMention = positionIndex(found, (other) => other.mention.start)
  const byCue = positionIndex(found, (other) => other.cueStart)
  const firstWithin = (
    index: PositionIndex,
    after: number,
    before: number,
    test: (other: FoundAttribution) => boolean,
  ): FoundAttribution | undefined => {
    let best = -1
    for (let at = lowerBound(index.keys, after + 1); at < index.keys.length; at++) {
      if ((index.keys[at] as number) >= before) break
      const order = index.order[at] as number
      if ((best < 0 || order < best) && test(found[order] as FoundAttribution)) best = order
    }
    return best < 0 ? undefined : found[best]
  }
  return found.map((attribution) => {
    const last = attribution.content.at(-1)
    if (last === undefined) return attribution
    // Or into the speaker of a report framing it from after: "Acme expects costs
    // to rise, President Tom Hale told the annual meeting".
    const framing = firstWithin(
      byMention,
      last.start,
      last.end,
      (other) =>
        other !== attribution &&
        other.mention.start > last.start &&
        other.mention.start < last.end &&
        other.cueStart < last.end &&
        (other.content[0]?.end ?? Infinity) <= other.mention.start &&
        /,\s*$/.test(text.slice(last.start, other.mention.start)),
    )
    if (framing !== undefined) {
      const span = trimSpan(text, last.start, framing.mention.start)
      if (span !== undefined)
        return { ...attribution, content: [...attribution.content.slice(0, -1), span] }
    }
    const inner = firstWithin(
      byCue,
      last.start,
      last.end,
      (other) =>
        other !== attribution &&
        other.cueStart > last.start &&
        other.cueStart < last.end &&
        coordinatedSubject.test(
          text.slice(Math.max(last.start, other.cueStart - 40), other.cueStart),
        ),
    )
    if (inner === undefined) return attribution
    const before = text.slice(last.start, inner.cueStart)
    const comma = Math.max(before.lastIndexOf(','), before.lastIndexOf(' but '))
    const span = comma < 0 ? undefined : trimSpan(text, last.start, last.start + comma)
    if (span === undefined) return attribution
    return { ...attribution, content: [...attribution.content.slice(0, -1), span] }
  })
}

// Cues that name the source of the rest of the sentence: "according to X", "in the
// words of X", and (round 8) views — "in the view of X", "in his opinion,".
const viewpoint =
  /^(according to|in the words of|in the (view|opinion|judgment|judgement|eyes|estimation|reckoning) of|from the (standpoint|viewpoint|point of view|perspective) of|in (his|her|their|its) (view|opinion|judgment|judgement|words)|to (his|her|their|its) (mind|way of thinking)|(in|by) (his|her|their|its) (estimation|reckoning)|from (his|her|their|its) point of view)$/
const possessivePronouns = new Map([
  ['his', 'he'],
  ['her', 'she'],
  ['their', 'they'],
  ['its', 'it'],
])

// Cues that report only in a parenthetical "as" clause: "as the charter puts it,
// '…'", `"Old friend", as he calls him`.
const asOnlyCues: ReadonlySet<string> = new Set([
  'puts it',
  'put it',
  // Round 13: "As the critics see it, …".
  'see it',
  'sees it',
  'saw it',
  'calls',
  'addresses',
  'addressed',
  'dubs',
  'dubbed',
])

// Cues reported only by the frames of object-frames.ts.
const ownFrameCues = new Set([
  ...persuadingCues,
  'grumble',
  'grumbles',
  'grumbled',
  'complain',
  'point',
  'points',
  'boasts',
  'agreeing',
  // Round 8: speaking of something (prepositionalCue) and naming in an "as" clause.
  'speaks',
  'spoke',
  'speak',
  'talks',
  'talked',
  ...asOnlyCues,
  ...outcryCues,
  ...judgingCues,
])

/** The frames of object-frames.ts: opening cue, persuaded object, prepositional content, progressive. */
function ownFrame(context: CueContext): FoundAttribution | undefined {
  const { tokens, cueIndex, cue } = context
  if (persuadingCues.has(cue)) return persuadedObject(context)
  if (asOnlyCues.has(cue)) return asClauseCue(context)
  if (outcryCues.has(cue)) return outcryCue(context)
  if (evaluativeCues.has(cue)) {
    const found = evaluativeCue(context)
    if (found !== undefined || ownFrameCues.has(cue)) return found
  }
  if (prepositionalCues.has(cue)) {
    const found = prepositionalCue(context)
    if (found !== undefined || ownFrameCues.has(cue)) return found
  }
  if (/ing$/.test(cue) && /^(is|was|are|were|been)$/.test(lower(tokens[cueIndex - 1])))
    return progressiveCue(context, circumstanceThat)
  if (cueIndex === 0 && strong.has(cue)) return openingCue(context)
  return undefined
}

function otherFrame(
  context: CueContext,
  sentences: readonly SentenceRange[],
  sentenceIndex: number,
  previous: FoundAttribution | undefined,
): FoundAttribution | undefined {
  const { tokens, cueIndex, cue, sentence } = context
  if (viewpoint.test(cue)) return accordingTo(context)
  // "He erred in denying that …", "Doe, jailed for perjury in denying that …".
  if (
    /ing$/.test(cue) &&
    // Round 11: "beyond noting that …", "besides arguing that …", "despite …".
    /^(in|by|while|when|after|before|beyond|besides|despite|upon)$/.test(
      lower(tokens[cueIndex - 1]),
    ) &&
    !(inGerunds.has(cue) && cueIndex - 1 === 0)
  )
    return gerundCue(context)
  if (gerundOnlyCues.has(cue)) return undefined
  const absolute = withParticiple(context)
  if (absolute !== undefined) return absolute
  // Rules 0.28.0: a participle of saying in a progressive ("Doctors are saying
  // they want …", `Mr Blair is saying: "…"`) or right after its verb's object
  // without a comma (`has written to the watchdog saying: "…"`).
  if (participles.has(cue)) {
    const progressive = progressiveSaying(context)
    if (progressive !== undefined) return progressive
    const bare = bareSaying(context, previous)
    if (bare !== undefined) return bare
  }
  return inGerunds.has(cue)
    ? inGerundCue(context)
    : participles.has(cue)
      ? participleCue(
          context,
          previous !== undefined && previous.cueStart >= sentence.start ? previous : undefined,
        )
      : reportingVerb(
          context,
          sentences[sentenceIndex - 1],
          previous !== undefined && previous.cueStart >= sentence.start ? previous : undefined,
        )
}

// Objects of "add" that make it no reporting verb ("added two more", "added a run").
const addObjects =
  /^(a|an|another|more|his|her|their|its|two|three|four|five|six|seven|eight|nine|ten|insult|fuel|weight)$/

/**
 * "according to X" and "in the words of X": the source after the cue; the
 * content is the rest of the sentence when the cue opens it, else what comes before.
 */
function accordingTo(context: CueContext): FoundAttribution | undefined {
  const { text, tokens, cueIndex, cueToken, cue, sentence, quotations } = context
  const cueWords = cue.split(' ').length
  const toToken = tokens[cueIndex + cueWords - 1]
  if (toToken === undefined) return undefined
  // "in his view," names its holder inside the cue.
  const owner = tokens[cueIndex + 1]
  const holder = possessivePronouns.get(lower(owner))
  const found =
    !cue.endsWith(' of') && holder !== undefined && owner !== undefined
      ? { ...pronounMention(owner), pronoun: holder }
      : mentionAfter(tokens, cueIndex + cueWords)
  if (found === undefined) return undefined
  // Round 13: a standpoint or the eyes of someone, not of a topic ("from the point
  // of view of meaning"); a perspective of telling opens the sentence ("Told
  // from the viewpoint of the victors, the film …" names no view).
  if (/^(in the (eyes|estimation|reckoning) of|from the .+ of)$/.test(cue)) {
    if (found.pronoun === undefined && !speakerLike(found.text)) return undefined
    if (
      cue.startsWith('from') &&
      !tokens.slice(0, cueIndex).every((token) => /^(but|and|or|so|yet|,)$/i.test(token.text))
    )
      return undefined
    // The holder is set off by a comma ("From the point of view of popularity the
    // best-known member was …" runs a topic into the subject).
    if (tokens.find((token) => token.start >= found.end)?.text !== ',') return undefined
  }
  const mention: FoundMention = found
  const speakerEnd = found.pronoun === undefined ? mention.end : toToken.end
  // At the start of the sentence (after conjunctions and their commas: "Or, in the
  // words of X, …") the content follows the speaker's comma; else it is what comes
  // before the cue.
  // Round 15: or right after a report's cue ("Cazale said according to the report,
  // …", "He told reporters that according to …, …"): the source's words follow.
  let reportEnd = cueIndex - 1
  if (lower(tokens[reportEnd]) === 'that') reportEnd--
  if (/^(reporters|journalists|newsmen)$/.test(lower(tokens[reportEnd]))) reportEnd--
  const afterReport =
    reportEnd > 0 &&
    reportEnd >= cueIndex - 3 &&
    (strong.has(lower(tokens[reportEnd])) || weak.has(lower(tokens[reportEnd])))
  const atStart =
    afterReport ||
    tokens.slice(0, cueIndex).every((token) => /^(but|and|or|so|yet|,)$/i.test(token.text))
  const before = atStart ? undefined : trimSpan(text, sentence.start, cueToken.start)
  // "Doe, according to the police, fled": the statement goes on after the source.
  const afterMention = tokens.findIndex((token) => token.start >= speakerEnd)
  const next = tokens[afterMention + 1]
  // `He was, in the words of X, "beguiled …"`: the words are the quotation after.
  const quoted =
    cue === 'in the words of' && tokens[afterMention]?.text === ','
      ? quotationOpeningAt(quotations, next?.start)
      : undefined
  if (quoted !== undefined)
    return claimAt(
      cue,
      { start: cueToken.start, end: toToken.end },
      { start: quoted.start, end: quoted.end },
      mention,
      quotations,
    )
  const rest =
    !atStart &&
    tokens[cueIndex - 1]?.text === ',' &&
    tokens[afterMention]?.text === ',' &&
    next?.kind === 'word' &&
    !isCapital(next)
      ? trimSpan(text, next.start, sentence.end)
      : undefined
  // (A relative clause after the source runs to its comma: "according to a report
  // he had seen, the US …".)
  const sourceComma =
    atStart && tokens[afterMention]?.text !== ','
      ? tokens.findIndex(
          (token, index) => index > afterMention && index <= afterMention + 8 && token.text === ',',
        )
      : -1
  const span = atStart
    ? trimSpan(
        text,
        sourceComma > 0 ? (tokens[sourceComma]?.end ?? speakerEnd) : speakerEnd,
        sentence.end,
      )
    : before !== undefined && rest !== undefined
      ? [before, rest]
      : before
  return claimAt(cue, { start: cueToken.start, end: toToken.end }, span, mention, quotations)
}

/**
 * Cues of several words: "X was quoted as saying …", "X is on record as believing
 * …", "X sent word that …". The speaker stands before (over "is", "was",
 * adverbs), the content after.
 */
function phraseCue(context: CueContext, cueWords: number): FoundAttribution | undefined {
  const { text, tokens, cueIndex, cueToken, cue, sentence, quotations } = context
  const cueLast = tokens[cueIndex + cueWords - 1]
  if (cueLast === undefined) return undefined
  if (quotationAt(quotations, cueToken.start) !== undefined) return undefined
  const bare = bareStance.test(cue)
  let at = cueIndex - 1
  let modal = false
  let linked = false
  while (
    at >= 0 &&
    (/^(is|was|were|are|am|been|be|being|has|have|had|also|publicly|widely|not|so|quite|become|becomes|became|grew|grown|remained|remains|remain|may|might|would|will|still|never|yet|all)$/.test(
      lower(tokens[at]),
    ) ||
      // 0.32.0: "sounded confident they would be acquitted".
      (bare && linkingVerb.test(lower(tokens[at]))) ||
      // Round 13: "nations as yet not quite convinced that …".
      (lower(tokens[at]) === 'as' && lower(tokens[at + 1]) === 'yet') ||
      // "had become firmly convinced that …"
      (/ly$/.test(lower(tokens[at])) && !isCapital(tokens[at])))
  ) {
    if (/^(may|might|would|will)$/.test(lower(tokens[at]))) modal = true
    if (linkingVerb.test(lower(tokens[at]))) linked = true
    at--
  }
  // A stance adjective without "that" (0.32.0: "Claxton is confident she can win",
  // "The 31 year old is concerned the event could upset her preparations") after a
  // linking verb; a bare "concerned" is also a verb ("The dispute concerned the pay").
  if (bare && !linked) return undefined
  // A passive names no speaker: "it had been pointed out to them".
  if (
    /^(pointed|points|point) out$/.test(cue) &&
    tokens
      .slice(at + 1, cueIndex)
      .some((token) => /^(is|was|were|are|been|be|being)$/.test(lower(token)))
  )
    return undefined
  // Round 11: a stance adjective ("They are confident that …", "Investors were
  // sure that …") is the holder's view, not when negated ("not sure that"), not
  // of an expletive subject ("It is certain that …"), and not as a purpose ("made
  // sure that", "Be sure that"); "has it that" names a source ("Legend has it that").
  const stance = (/ that$/.test(cue) || bare) && !/^(convinced|confident)/.test(cue)
  if (stance) {
    const skipped = tokens.slice(at + 1, cueIndex).map((token) => lower(token))
    const verb = lower(tokens[at])
    if (
      skipped.includes('not') ||
      /^(make|makes|made|making|be|feel|felt|seem|seems|seemed|look|looks|looked|sound|sounds|sounded|so|too|less|more)$/.test(
        verb,
      )
    )
      return undefined
  }
  const mention = mentionBefore(tokens, at, sentence.start)
  if (mention === undefined) return undefined
  if (
    stance &&
    (/^(i|we|you|one|it|there|this|that|what)\b/i.test(mention.pronoun ?? mention.text) ||
      negativeSubject.test(mention.text))
  )
    return undefined
  // "I am convinced that …": the writer's own conviction, not a report; nor is what
  // we or one may point out ("A critic may point out that …" is a view the writer
  // attributes to critics).
  if (
    (/^(convinced|confident)/.test(cue) || modal) &&
    /^(i|we|you|one)$/.test(mention.pronoun ?? mention.text.toLowerCase())
  )
    return undefined
  let from = cueIndex + cueWords
  if (tokens[from]?.text === ',' || tokens[from]?.text === ':') from++
  from = skipAdverbials(tokens, from)
  if (lower(tokens[from]) === 'that') from++
  const startToken = tokens[from]
  // Round 22: `"…," he pointed out.` — nothing after the cue: the quotation that
  // closes right before the speaker (its comma inside or outside the marks).
  if (startToken === undefined || /^[.!?;]$/.test(startToken.text)) {
    const first = tokens.findIndex((token) => token.start === mention.start)
    const before = tokens[first - 1]
    const quoted =
      before !== undefined && (before.text === ',' || closingQuotes.has(before.text))
        ? quotationEndingIn(quotations, tokens[Math.max(0, first - 2)]?.start ?? 0, mention.start)
        : undefined
    if (quoted === undefined || first - 1 > at) return undefined
    return claimAt(
      cue,
      { start: cueToken.start, end: cueLast.end },
      trimSpan(text, quoted.start, quoted.end),
      mention,
      quotations,
    )
  }
  const quote = quotationOpeningAt(quotations, startToken.start)
  // Round 13: an adjective phrase in commas ("Voters, convinced that the tax was
  // unfair, rejected it") ends at its closing comma.
  const closing =
    tokens[at + 1]?.text === ',' || tokens[at]?.text === ','
      ? tokens.find((token, index) => index > from && token.text === ',')
      : undefined
  const end =
    quote !== undefined && quote.end > sentence.end ? quote.end : (closing?.start ?? sentence.end)
  return claimAt(
    cue,
    { start: cueToken.start, end: cueLast.end },
    trimSpan(text, startToken.start, end),
    mention,
    quotations,
  )
}

// A stance adjective before its clause without "that" (0.32.0; the cue's lookahead
// asks for a subject next: "confident she can win", "concerned the event could …").
const bareStance = /^(convinced|confident|adamant|hopeful|concerned|worried)$/
const linkingVerb =
  /^(is|was|were|are|am|been|be|being|remained|remains|remain|become|becomes|became|grew|grown|sounded|sounds|seemed|seems|felt|feels|looked|looks)$/

function reportingVerb(
  context: CueContext,
  previousSentence?: SentenceRange,
  previousCue?: FoundAttribution,
): FoundAttribution | undefined {
  const { text, tokens, cueIndex, cueToken, cue, sentence, quotations } = context
  // Cues of several words ("quoted as saying", "sent word"): the content follows the last.
  const cueWords = cue.split(' ').length
  if ((cueWords > 1 && !cue.startsWith('expressed')) || bareStance.test(cue))
    return phraseCue(context, cueWords)
  const before = lower(tokens[cueIndex - 1])
  const after = lower(tokens[cueIndex + 1])
  // Round 13: "X is said to fear …", "Soviets said to fear …": a hedge, no report.
  if (
    cue === 'said' &&
    after === 'to' &&
    tokens[cueIndex + 2]?.kind === 'word' &&
    !isCapital(tokens[cueIndex + 2]) &&
    lexiconTags(lower(tokens[cueIndex + 2])).includes('Infinitive') &&
    !lexiconTags(lower(tokens[cueIndex + 2])).some((tag) =>
      /^(Plural|Pronoun|Determiner)$/.test(tag),
    )
  )
    return undefined
  // Rules 0.36.0: "'The guy just dropped,' McCabe said of Vacca, who …": said of
  // someone, the quotation before the speaker is the statement, not the words
  // after "of" (round 77).
  if (/^(say|says|said)$/.test(cue) && after === 'of') {
    const speaker = mentionBefore(tokens, cueIndex - 1, sentence.start)
    const quotation =
      speaker === undefined
        ? undefined
        : quotations.find(
            (range) =>
              range.closed &&
              range.start >= sentence.start &&
              range.end <= speaker.start &&
              /^[\s,]*$/.test(text.slice(range.end, speaker.start)),
          )
    if (speaker !== undefined && quotation !== undefined)
      return claimAtCue(context, { start: quotation.start, end: quotation.end }, speaker)
  }
  // Round 13: words said as a thing, no statement: "said a word or two to the
  // interpreter", "said something to his wife", "said little"; and what is
  // answered as an object: "answered the question", "answered the letter".
  if (
    (/^(say|says|said)$/.test(cue) &&
      /^(a (word or two|word|few words|thing or two|prayer)|something|anything|little|much|grace|goodbye|good-bye|good-by|farewell|hello)(\s+(to|about|of|for|in|at|and|but)\b|\s*[,.;!?]|$)/i.test(
        text.slice(tokens[cueIndex + 1]?.start ?? 0, (tokens[cueIndex + 1]?.start ?? 0) + 28),
      ) &&
      quotationOpeningAt(quotations, tokens[cueIndex + 2]?.start) === undefined &&
      // Round 15: "said much of the growth had come from …" is a clause.
      !partOfClause(tokens, cueIndex + 1)) ||
    (/^(answer|answers|answered)$/.test(cue) &&
      /^(the|a|an|his|her|my|our|their|its|this|these|those|every|each|all|questions?|letters?|calls?|charges?)$/.test(
        after,
      ))
  )
    return undefined
  // Round 13: "So says the mayor." / "Thus Mr. Hale." — the sentence before.
  if (
    cueIndex === 1 &&
    /^(so|thus)$/.test(lower(tokens[0])) &&
    /^(says|said|argues|argued|writes|wrote|thinks|believes|insists|claims)$/.test(cue) &&
    previousSentence !== undefined
  ) {
    const speaker = mentionAfter(tokens, cueIndex + 1)
    const end = tokens.findIndex((token) => token.start >= (speaker?.end ?? Infinity))
    if (speaker !== undefined && (end < 0 || /^[.!?]$/.test(tokens[end]?.text ?? '')))
      return claimAtCue(
        context,
        trimSpan(text, previousSentence.start, previousSentence.end),
        speaker,
      )
  }
  // "and then added that …": an adverb between the conjunction and the cue.
  const conjunction =
    // Round 15: or an emphatic "did" ("He gave no details but did say …").
    /^(then|later|also|finally|quickly|again|did|does|do)$/.test(before) || /ly$/.test(before)
      ? lower(tokens[cueIndex - 2])
      : before
  // A passive with its agent: "Appointment of X was announced Saturday by John F.
  // Tims", "X has been appointed, it was announced Monday by Charles E. Raymond".
  if (
    passiveMarkers.has(before) &&
    before !== 'the' &&
    before !== 'be' &&
    (/^(announced|disclosed|reported|stated|revealed|said|declared)$/.test(cue) ||
      // Round 13: every verb of arguing and conceding ("It was argued by the
      // critics that …", "It has been suggested by engineers that …").
      passiveArguing.test(cue) ||
      characterising.test(cue) ||
      // Round 11: "were seen / viewed / regarded by bankers as a pointer to …".
      /^(seen|viewed|regarded)$/.test(cue) ||
      // Round 11: the hearer as subject: "The company was told by the union that …".
      (hearerCues.has(cue) && /ed$|^told$/.test(cue)))
  ) {
    let by = cueIndex + 1
    by = skipAdverbials(tokens, by)
    const agent = lower(tokens[by]) === 'by' ? mentionAfter(tokens, by + 1) : undefined
    if (agent === undefined || agent.pronoun !== undefined) return undefined
    // "It was announced by the mayor that taxes would rise": the clause after.
    let that = tokens.findIndex((token) => token.start >= agent.end)
    // Round 11: a date between the agent and "that" ("by the union on March 1 that").
    if (hearerCues.has(cue) && lower(tokens[that]) !== 'that') {
      const later = tokens.findIndex(
        (token, index) => index > that && index <= that + 4 && lower(token) === 'that',
      )
      if (
        later > 0 &&
        tokens
          .slice(that, later)
          .every(
            (token) =>
              token.kind === 'number' ||
              /^(on|in|last|this|early|late|\p{Lu}\p{Ll}+|one|two|three)$/u.test(token.text),
          )
      )
        that = later
    }
    // A hearer subject reports only the clause after the agent.
    if (hearerCues.has(cue) && lower(tokens[that]) !== 'that') return undefined
    // Round 13: so do the verbs of arguing ("It was argued by X that …"); "A second
    // explanation was suggested by Y" names a proposal, not its claim.
    if (passiveArguing.test(cue) && lower(tokens[that]) !== 'that') return undefined
    if (lower(tokens[that]) === 'that' && tokens[that + 1] !== undefined)
      return claimAtCue(
        context,
        trimSpan(text, tokens[that + 1]?.start ?? sentence.end, sentence.end),
        agent,
      )
    const marker = tokens[cueIndex - 1]
    const it = lower(tokens[cueIndex - 2]) === 'it' ? tokens[cueIndex - 3] : undefined
    const end =
      it?.text === ',' ? it.start : lower(tokens[cueIndex - 2]) === 'it' ? 0 : (marker?.start ?? 0)
    const subject = trimSpan(text, sentence.start, end)
    // "The bridge was hailed by the mayor, John Doe, as a triumph": the judgement
    // after "as" (past the agent's apposition) is said of the subject.
    if (characterising.test(cue) || /^(seen|viewed|regarded)$/.test(cue)) {
      const as = tokens.findIndex(
        (token, index) => index > that - 1 && index <= that + 8 && lower(token) === 'as',
      )
      const judgement = as < 0 ? undefined : tokens[as + 1]
      if (subject === undefined || judgement === undefined) return undefined
      const rest = trimSpan(text, judgement.start, sentence.end)
      return claimAtCue(context, rest === undefined ? subject : [subject, rest], agent)
    }
    return claimAtCue(context, subject, agent)
  }
  // A passive participle in commas with its agent: "Mrs. Lenygon's associates,
  // announced yesterday by the AID, include …" — the sentence around it.
  if (before === ',' && /^(announced|disclosed|reported|revealed|named)$/.test(cue)) {
    const reduced = reducedPassive(text, tokens, cueIndex, sentence)
    if (reduced !== undefined) return claimAtCue(context, reduced.content, reduced.agent)
  }
  // Round 11: a judging participle in commas with "as" and its agent: "The plan,
  // described as a special case by Hale, forces …" — the subject and the judgement.
  if (before === ',' && (characterising.test(cue) || cue === 'termed') && cue.endsWith('ed')) {
    const by = tokens.findIndex(
      (token, index) =>
        index > cueIndex + 1 &&
        index <= cueIndex + 12 &&
        (lower(token) === 'by' || token.text === ','),
    )
    const agent = lower(tokens[by]) === 'by' ? mentionAfter(tokens, by + 1) : undefined
    const hasAs = cue === 'termed' || lower(tokens[cueIndex + 1]) === 'as'
    const byToken = tokens[by]
    if (agent !== undefined && agent.pronoun === undefined && hasAs && byToken !== undefined) {
      const content = trimSpan(text, sentence.start, byToken.start)
      if (content !== undefined) return claimAtCue(context, content, agent)
    }
  }
  // Round 11: a text "provides that …", a court "held that …", a study "found
  // that …": only with "that" right after (a thing provided, held or found is no
  // report).
  if (
    /^(provides|holds|held|found|finds|find)$/.test(cue) &&
    after !== 'that' &&
    !(/^(found|finds|find)$/.test(cue) && foundJudgement(tokens, cueIndex) !== undefined) &&
    // Round 38: "…, the survey found." closes the sentence; the clause before is
    // the finding (taken below, as for "…, the report said.").
    !(/^(found|finds)$/.test(cue) && after === '.') &&
    quotationOpeningAt(quotations, tokens[cueIndex + 2]?.start) === undefined
  )
    return undefined
  // Round 9: a participle without an agent after a noun or in commas is no cue:
  // "The plan, announced in May, was dropped"; "the program announced in April".
  if (participleWithoutAgent(tokens, cueIndex, cue)) return undefined
  // Round 9: what is declared is an act, not words: "the board declared a
  // dividend of ten cents", "declared a state of emergency", "declared war".
  if (/^declar(e|es|ed)$/.test(cue) && declaresAnAct(tokens, cueIndex)) return undefined
  // Passives and the adjective: "it was said", "the said property", "said to be".
  if (passiveMarkers.has(before) || (after === 'to' && lower(tokens[cueIndex + 2]) === 'be'))
    return undefined
  // A noun, not a verb: "resentment at reports that …", "the reported plan",
  // "an association of sovereign states that …", "Freeman's claim that …".
  if (
    weak.has(cue) &&
    (nounBefore.has(before) || /['’]s?$/.test(before) || before === 'own') &&
    // Round 11: "The bank earlier reported …": a time adverb between a subject
    // and a past tense, not an adjective ("the earlier reports").
    !(
      /^(earlier|recent)$/.test(before) &&
      /ed$/.test(cue) &&
      tokens[cueIndex - 2]?.kind === 'word' &&
      !nounBefore.has(lower(tokens[cueIndex - 2]))
    )
  )
    return undefined
  // Round 11: the base forms of belief verbs are nouns too ("left little doubt
  // that", "a real fear that", "beyond doubt"): not after a determiner, a
  // quantifier, a preposition or an adjective.
  if (
    /^(think|fear|doubt|suspect|hope)$/.test(cue) &&
    (/^(a|an|the|little|much|no|some|any|real|great|serious|grave|reasonable|every|each|this|that|my|your|our|his|her|their|its|without|for|of|in|with|beyond|past|genuine|widespread|growing|deep|strong|faint|new|old|own)$/.test(
      before,
    ) ||
      /['’]s?$/.test(before) ||
      previousWordIsAdjective(tokens[cueIndex - 1]))
  )
    return undefined
  // Round 10: feelings as the object of a verb: "boosted hopes that …", "raised
  // fears that …", "eased doubts".
  if (/^(hopes|fears|doubts)$/.test(cue) && /\p{Ll}ed$/u.test(before)) return undefined
  // Round 10: a plural noun after a name's possessive ("Hale's comments were seen
  // as …"), not a contraction ("he's said").
  if (
    /s$/.test(cue) &&
    /\p{L}['’]s$/u.test(before) &&
    !/^(he|she|it|that|who|there|what|where|here)['’]s$/.test(before)
  )
    return undefined
  // "These comments have been reported", "his notes": nouns; "All told" is "in all".
  if (
    (/s$/.test(cue) &&
      /^(the|these|those|his|her|their|its|my|our|your|a|an|some|many)$/.test(before)) ||
    (cue === 'told' && before === 'all')
  )
    return undefined
  if (/s$/.test(cue) && previousWordIsAdjective(tokens[cueIndex - 1])) return undefined
  // Round 22: nor after a preposition and a modifier ("borrowed under promissory
  // notes, later refinanced", "in quarterly reports"): a plural noun.
  if (
    /s$/.test(cue) &&
    // (not "of", "for", "at": "the head of research says", "a spokesman for Acme says")
    /^(under|in|with|through|into|against)$/.test(lower(tokens[cueIndex - 2])) &&
    tokens[cueIndex - 1]?.kind === 'word' &&
    !isCapital(tokens[cueIndex - 1]) &&
    !pronounTypes.has(lower(tokens[cueIndex - 1])) &&
    !speakerNouns.has(lower(tokens[cueIndex - 1])) &&
    !isActorNoun(lower(tokens[cueIndex - 1]))
  )
    return undefined
  // Round 22: an admission of a deed, a gerund after "to" ("admitted to taking the
  // money", "admits to having lied"); not refused ("never admitted to taking").
  if (/^(admitted|admits|admit)$/.test(cue) && after === 'to') {
    const gerund = tokens[cueIndex + 2]
    const speaker = mentionBefore(tokens, cueIndex - 1, sentence.start)
    if (
      gerund === undefined ||
      !/^\p{Ll}+ing$/u.test(gerund.text) ||
      speaker === undefined ||
      negativeSubject.test(speaker.text) ||
      isRefusal(tokens, cueIndex)
    )
      return undefined
    return claimAtCue(context, trimSpan(text, gerund.start, sentence.end), speaker)
  }
  // "declared as recently as October 26 that …", "said in a speech to the Rotary
  // Club that …": a circumstance between the cue and its "that" clause.
  const thatAfterCircumstance =
    /^(as|in|at|on|before|during|after|to|from|over|through)$/.test(after) && !hearerCues.has(cue)
      ? circumstanceThat(tokens, cueIndex + 1)
      : undefined
  if (thatAfterCircumstance !== undefined) {
    const speaker = mentionBefore(tokens, cueIndex - 1, sentence.start)
    const startToken = tokens[thatAfterCircumstance + 1]
    if (speaker === undefined || startToken === undefined || negativeSubject.test(speaker.text))
      return undefined
    return claimAtCue(context, trimSpan(text, startToken.start, sentence.end), speaker)
  }
  // "responded generously to the appeals", "replied to the letter": a response to
  // something, no statement (a quotation before is still reported: `"…", he replied
  // to the crowd`).
  if (
    /^(responded|responds|replied|replies|answered|answers)$/.test(cue) &&
    /^(to|with)$/.test(lower(tokens[skipLyAdverbs(tokens, cueIndex + 1)])) &&
    !quotations.some(
      (quotation) => quotation.start >= sentence.start && quotation.end <= cueToken.start,
    )
  )
    return undefined
  // "complained of shoulder pains", "complained about the noise": what is complained of.
  if (/^complain(ed|s)$/.test(cue) && /^(of|about)$/.test(after)) {
    const complainer = mentionBefore(tokens, cueIndex - 1, sentence.start)
    let last = cueIndex + 2
    while (
      tokens[last + 1]?.kind === 'word' &&
      !/^(after|when|because|while|since|as|that|which|who|but|and|to|from|in|at|on)$/.test(
        lower(tokens[last + 1]),
      )
    )
      last++
    const object = tokens[cueIndex + 2]
    const end = tokens[last]
    if (
      complainer === undefined ||
      negativeSubject.test(complainer.text) ||
      object === undefined ||
      end === undefined
    )
      return undefined
    return claimAtCue(context, trimSpan(text, object.start, end.end), complainer)
  }
  // "commented on the plan" speaks of no content; "said on Tuesday that …" does,
  // and so does a circumstance after a quotation and its speaker (`"…", Smith
  // predicted at the closing session`).
  // A colon and a quotation a few words after the cue: "Coach Royal said of
  // Moritz: '…'", "Royal had this to say: '…'", "Here is what Royal said: '…'".
  const colonQuote =
    strong.has(cue) && !hypothetical(tokens, cueIndex) && !isRefusal(tokens, cueIndex)
      ? quotationAfterColon(tokens, cueIndex, quotations)
      : undefined
  if (colonQuote !== undefined) {
    // "X leans back and tells of a rise in sales: '…'": the subject of the first verb.
    const speaker =
      before === 'to' || before === 'and'
        ? sentenceSubject(tokens, cueIndex)
        : mentionBefore(tokens, cueIndex - 1, sentence.start)
    const speakerFirst = tokens.findIndex((token) => token.start === speaker?.start)
    // "had this to say", not "as much as to say" or "as if to say".
    const hadToSay =
      before === 'to' &&
      /^(this|that|something|much|more|little)$/.test(lower(tokens[cueIndex - 2])) &&
      /^(had|has|have)$/.test(lower(tokens[cueIndex - 3]))
    const unusual =
      (tokens[cueIndex + 1]?.text !== ':' && before !== 'to') ||
      hadToSay ||
      lower(tokens[speakerFirst - 1]) === 'what'
    if (unusual && speaker !== undefined && !negativeSubject.test(speaker.text))
      return claimAtCue(context, colonQuote, speaker)
  }
  // `as a teammate explained, "…"`: a parenthetical "as" clause before a quotation.
  const asClause = asClauseCue(context)
  if (asClause !== undefined) return asClause
  // "believed in making speeches", "adds to the virtues": no statement.
  if ((/^believ/.test(cue) && after === 'in') || (/^add/.test(cue) && after === 'to'))
    return undefined
  // Round 11: a framing phrase opening the statement: "He said on the present
  // schedule, the debt would be halved" — the phrase and the clause after its comma.
  if (
    strong.has(cue) &&
    /^(on|in|at|with|for|under|after|before|by|during|given|without|unless)$/.test(after) &&
    !tokens.slice(0, cueIndex).some((token) => closingQuotes.has(token.text))
  ) {
    const comma = tokens.findIndex(
      (token, index) => index > cueIndex + 2 && index <= cueIndex + 9 && token.kind === 'punct',
    )
    const speaker = mentionBefore(tokens, cueIndex - 1, sentence.start)
    const opening = tokens[cueIndex + 1]
    if (
      comma > 0 &&
      tokens[comma]?.text === ',' &&
      opensClause(tokens, comma + 1) &&
      speaker !== undefined &&
      opening !== undefined &&
      !negativeSubject.test(speaker.text) &&
      // Not the frame "…, he said in Paris, …" (the statement before the speaker).
      !/^[,"'”’]$/.test(
        tokens[tokens.findIndex((token) => token.start === speaker.start) - 1]?.text ?? '',
      ) &&
      skipAdverbials(tokens, cueIndex + 1) === cueIndex + 1
    )
      return claimAtCue(context, trimSpan(text, opening.start, sentence.end), speaker)
  }
  // Round 13: a statement interrupted by its source and where it was written:
  // "What is needed, Hale writes in the Daily Sun (October 26) is a policy", "The
  // danger, Mr. Doe writes in his letter of Oct. 30, is inflation".
  if (/^(in|on)$/.test(after) && citingCues.test(cue)) {
    const cited = citedInterruption(context)
    if (cited !== undefined) return cited
  }
  if (
    prepositionsAfterCue.has(after) &&
    after !== 'to' &&
    // Round 9: "about" before a number approximates it: "It said about 26,000
    // farmers were late" reports, "he said about the plan" does not.
    !(after === 'about' && numberFollows(tokens, cueIndex + 2)) &&
    skipAdverbials(tokens, cueIndex + 1) === cueIndex + 1 &&
    // ("…", he said of the proposal / about the plan / with a smile).
    !(
      /^(at|in|on|during|before|of|about|with|after|from|as)$/.test(after) &&
      speakerAfterQuotation(tokens, cueIndex, sentence)
    ) &&
    // Round 22: a short phrase opening the statement, a clause with its own
    // subject after it ("said for some products the cuts did not go far enough").
    !(/^(said|says|say|added|adds)$/.test(cue) && clauseAfterPhrase(tokens, cueIndex + 1))
  )
    return undefined
  // "These figures indicate that", "could indicate that": evidence, not a speaker
  // (the lexicon makes "indicates that" a hedge).
  if (
    /^indicat/.test(cue) &&
    /^(these|this|those|that|which|could|would|might|may|should|must|can|will|figures|results|data|evidence|signs|records|returns|reports)$/.test(
      before,
    )
  )
    return undefined
  if (
    /^add(s|ed)?$/.test(cue) &&
    (tokens[cueIndex + 1]?.kind === 'number' || addObjects.test(after))
  )
    return undefined
  const inQuote = quotationAt(quotations, cueToken.start)
  if (
    inQuote !== undefined &&
    inQuote.start < cueToken.start &&
    !nestedReport(tokens, cueIndex, inQuote)
  ) {
    // A cue inside a quotation reports the quoted speaker's words, not the writer's:
    // "'They said no,' he added" — the outer cue is handled on its own.
    return undefined
  }
  // No statement: "He declined to say how much", "would not say whether".
  if (isRefusal(tokens, cueIndex)) return undefined
  // A saying that is only possible or due: "we can say that …", "He should have
  // said 'jittery'", "One could also add …" ("would" reports: "many would argue").
  // A third party's possible view is still theirs: "A large town may feel that …"
  // (checked below: not "I", "we", "you", "one"); so is a letter a writer "could
  // write" with its words quoted: `Doe could write, "…"`.
  const possibleView =
    hypothetical(tokens, cueIndex) &&
    (beliefCues.test(cue) ||
      // Round 13: any verb of concluding or arguing with its clause ("an
      // objective viewer might well conclude that …").
      ((thatClauseCues.has(cue) || /^(conclude|concludes|concluded)$/.test(cue)) &&
        lower(tokens[cueIndex + 1]) === 'that') ||
      (/^(write|wrote|writes)$/.test(cue) &&
        lower(tokens[cueIndex - 1]) === 'could' &&
        /^[,:]$/.test(tokens[cueIndex + 1]?.text ?? '') &&
        quotationOpeningAt(quotations, tokens[cueIndex + 2]?.start) !== undefined))
  if (hypothetical(tokens, cueIndex) && !possibleView) return undefined
  // Round 26: knowing under a modal of obligation is advice, no view held: "they
  // should realize that quality matters", "the board must recognize that …"
  // (not "may feel that", a possible view).
  if (
    possibleView &&
    /^(realize|realise|recognize|recognise|know|understand|learn|accept|remember|admit|acknowledge|concede)$/.test(
      cue,
    ) &&
    /^(should|must|shall)$/.test(lower(tokens[modalIndex(tokens, cueIndex)]))
  )
    return undefined
  // Round 13: "No one who has studied X can suppose that …": no holder.
  if (possibleView && thatClauseCues.has(cue) && negativeSubject.test(lower(tokens[0])))
    return undefined
  // An infinitive not governed by a verb of speaking: "Needless to say", "that is
  // to say" (mentionBefore takes "hastened to add", "went on to say").
  if (
    before === 'to' &&
    !/(ed|^on)$/.test(lower(tokens[cueIndex - 2])) &&
    // Round 15: "continue to argue", "likes to point out".
    !infinitiveGovernors.test(lower(tokens[cueIndex - 2])) &&
    // Round 13: "was quick to point out that …", "is careful to note that …".
    !readyAdjective(tokens, cueIndex - 2) &&
    // Round 11: "goes so far as to say that …" reports.
    !(lower(tokens[cueIndex - 2]) === 'as' && lower(tokens[cueIndex - 3]) === 'far')
  )
    return undefined
  const previousToken = tokens[cueIndex - 1]
  // A second cue of the speaker before: "…, he said, and added the man was …",
  // "He called the plan a blackmail action, and noted that …".
  if (
    /^(and|but)$/.test(conjunction) &&
    previousCue !== undefined &&
    previousCue.cue !== 'according to'
  ) {
    const coordinated = coordinatedCue(context)
    if (coordinated !== undefined) return claimAtCue(context, coordinated, previousCue.mention)
  }
  // Agreement or belief inside what a speaker before it said is that speaker's
  // report: "She said the jurors agreed that …" is one claim. Since rules 0.18.0
  // an expectation inside it is also its holder's ("Smith said the company
  // expects to lose money", "… said he expected the plant to close"), as the
  // gold of rounds 22–24 marks it; the outer claim stays.
  const holder = tokens[cueIndex - 1]
  const nestedExpectation =
    /^expect(s|ed)?$/.test(cue) &&
    !passiveMarkers.has(before) &&
    (lower(tokens[cueIndex + 1]) === 'to' || expectedInfinitive(tokens, cueIndex + 1)) &&
    // A pronoun holds it when it fits the speaker of the report ("The bank said
    // he expects …" stays one claim).
    (holder === undefined ||
      !pronounTypes.has(lower(holder)) ||
      nestedHolder(pronounMention(holder), previousCue, context.sentence.start))
  if (
    previousCue !== undefined &&
    !nestedExpectation &&
    /^(agreed|thought|felt|feels|believed|believes|thinks|hoped|hopes|feared|fears|doubted|doubts|expected|expects|knew|knows|realized|realised|suspected|assumed)$/.test(
      cue,
    ) &&
    previousCue.content.some((span) => span.start <= cueToken.start && cueToken.end <= span.end) &&
    // Round 11: not a third party's belief inside quoted words (`as a friend put
    // it, "the team thought no one was there"`): a report nested in a quotation.
    !(
      inQuoteNested(quotations, tokens, cueIndex) &&
      (lower(tokens[cueIndex + 1]) === 'that' ||
        opensClause(tokens, cueIndex + 1) ||
        // Round 13: "Iraq knows well that …".
        (lower(tokens[cueIndex + 1]) === 'well' && lower(tokens[cueIndex + 2]) === 'that'))
    )
  )
    return undefined
  // A second verb of the subject: "Mitchell decried the rate and said …"; "He gave
  // no details but said …" (round 9).
  if ((conjunction === 'and' || conjunction === 'but') && !weak.has(cue)) {
    let first = 0
    while (/^(but|and|however|yet|so|,)$/i.test(tokens[first]?.text ?? '')) first++
    // Round 11: a time adverbial in a comma opening the sentence ("Yesterday, the
    // board met and said …", "On Monday, the bank …", "Last week, …").
    const timeComma = tokens.findIndex(
      (token, index) => index >= first && index <= first + 4 && token.text === ',',
    )
    if (
      timeComma > first &&
      tokens
        .slice(first, timeComma)
        .every(
          (token) =>
            token.kind === 'number' ||
            /^(yesterday|today|tonight|earlier|later|meanwhile|now|then|on|in|at|last|this|next|early|late|week|month|year|morning|afternoon|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i.test(
              token.text,
            ),
        )
    )
      first = timeComma + 1
    // A sentence opening with a subordinator has its subject later ("When …, the priest …").
    const opener = lower(tokens[first])
    const subject =
      /^(when|whenever|after|before|although|though|because|since|while|as|if|unless|until|once|whereas|where)$/.test(
        opener,
      )
        ? undefined
        : mentionAfter(tokens, first)
    const subjectEnd = tokens.findIndex((token) => token.start >= (subject?.end ?? 0))
    if (
      subject !== undefined &&
      subjectEnd > 0 &&
      subjectEnd < cueIndex - 2 &&
      tokens[subjectEnd]?.kind === 'word' &&
      !isCapital(tokens[subjectEnd])
    ) {
      // Past adverbials, the hearer ("had come aboard and told him that …") and "that".
      const { from } = contentStart(tokens, cueIndex, 1, cue, quotations)
      const startToken = tokens[from]
      if (startToken === undefined || objectPronounAt(tokens, from)) return undefined
      return claimAtCue(context, trimSpan(text, startToken.start, sentence.end), subject)
    }
  }
  // Frame 1: content before — `"…," he said.` / `…, officials said.` / `…, said Mr. X.`
  // A cue right after a comma with a speaker after it and a comma or the end after
  // that is inverted: "The typical menu, says Dr. Keys, contains 3,000 calories".
  // Rules 0.28.0: the comma before an inverted cue lost, as in the BBC dataset's
  // copies ("… turn to Windows said Dominic Hirsch, managing director of …"):
  // "said" or "says", then two to four capitalised words that end the sentence or
  // are followed by a comma and a role without a verb, after four words at least.
  let nameEnd = cueIndex + 1
  while (nameEnd < tokens.length && nameEnd <= cueIndex + 4 && isCapital(tokens[nameEnd])) nameEnd++
  const lostComma =
    /^(said|says)$/.test(cue) &&
    previousToken?.kind === 'word' &&
    cueIndex >= 4 &&
    // (two names at least: a given name and a surname, or a title and a name)
    nameEnd > cueIndex + 2 &&
    ((/^[.!?]$/.test(tokens[nameEnd]?.text ?? '') && nameEnd === tokens.length - 1) ||
      (tokens[nameEnd]?.text === ',' && verblessToEnd(tokens, nameEnd + 1))) &&
    tokens.slice(0, cueIndex).every((token) => quotationAt(quotations, token.start) === undefined)
  const invertedFirst =
    (previousToken?.text === ',' || lostComma) &&
    invertingCues.test(cue) &&
    // Round 10: "told" has its hearer after it; it inverts only with no speaker
    // before ("…, the official, who asked not to be named, told Reuters").
    (cue !== 'told' || mentionBefore(tokens, cueIndex - 1, sentence.start) === undefined) &&
    !pronounTypes.has(lower(tokens[cueIndex + 1])) &&
    // Round 11: a word of rank opens the speaker (`"…," said retired Adm. Lee`).
    (!isPhraseBreak(lower(tokens[cueIndex + 1])) ||
      roleModifiers.test(lower(tokens[cueIndex + 1])) ||
      // Rules 0.37.0: "said his wife, Sheila" (round 74).
      possessiveSpeaker(tokens, cueIndex + 1) ||
      // Rules 0.29.0: a noun before a speaker noun, "said market analysts X".
      (tokens[cueIndex + 1]?.kind === 'word' &&
        !isCapital(tokens[cueIndex + 1]) &&
        speakerNouns.has(lower(tokens[cueIndex + 2])) &&
        isCapital(tokens[cueIndex + 3]))) &&
    !/^(at|in|on|of|for|from|to|with|by|during|before|after|as|here|there|today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(
      lower(tokens[cueIndex + 1]),
    )
      ? mentionAfter(tokens, cueIndex + 1)
      : undefined
  const afterInverted = afterSpeaker(tokens, invertedFirst?.end ?? Infinity)
  const invertedClear =
    invertedFirst !== undefined &&
    invertedFirst.pronoun === undefined &&
    // A name, or a phrase with a speaker noun ("said the mayor", not "noted the
    // defection of the Marylanders").
    (isCapital(tokens[cueIndex + 1]) ||
      (roleModifiers.test(lower(tokens[cueIndex + 1])) &&
        (isCapital(tokens[cueIndex + 2]) ||
          // Rules 0.24.0: a portfolio before its title ("said housing minister
          // Yvette Cooper", "says shadow home secretary David Davis").
          titles.has(lower(tokens[cueIndex + 2])) ||
          (roleModifiers.test(lower(tokens[cueIndex + 2])) &&
            titles.has(lower(tokens[cueIndex + 3]))))) ||
      invertedFirst.type === 'anonymous' ||
      invertedFirst.type === 'group' ||
      /^(the|a|an)\s+\S+$/i.test(invertedFirst.text) ||
      // Rules 0.29.0: an organisation, or a speaker noun before a name ("says the
      // think tank", "say analysts Jupiter Research", "said market analysts Chart
      // Track"; rounds 50–53), where the phrase runs to the clause's end.
      invertedFirst.type === 'organisation' ||
      invertedFirst.text
        .split(/\s+/)
        .some((word, index) => index < 3 && speakerNouns.has(word.toLowerCase()))) &&
    (afterInverted < 0 ||
      /^[,.;!?]$/.test(tokens[afterInverted]?.text ?? '') ||
      // Round 11: a long affiliation running to the end (`said retired Adm. Tom
      // Lee of the Center for Defense Information (CDI) think tank.`).
      (previousToken?.text === ',' &&
        closingQuotes.has(tokens[cueIndex - 2]?.text ?? '') &&
        verblessToEnd(tokens, afterInverted)))
  let mention = invertedClear ? undefined : mentionBefore(tokens, cueIndex - 1, sentence.start)
  let inverted = false
  // A sentence that is only `He asked.` or `Mr. Hawksley said.` reports the sentence before.
  if (
    mention !== undefined &&
    previousSentence !== undefined &&
    tokens.findIndex((token) => token.start === mention?.start) === 0 &&
    (tokens[cueIndex + 1] === undefined || /^[.!?]$/.test(tokens[cueIndex + 1]?.text ?? ''))
  ) {
    const previousText = text.slice(previousSentence.start, previousSentence.end).trimEnd()
    if (!weak.has(cue) || /["'”’?]\W*$/.test(previousText)) {
      const quote = quotationAt(quotations, previousSentence.start)
      return claimAtCue(
        context,
        trimSpan(
          text,
          quote !== undefined && quote.start < previousSentence.start
            ? quote.start
            : previousSentence.start,
          previousSentence.end,
        ),
        mention,
      )
    }
  }
  if (
    mention === undefined &&
    (previousToken?.text === ',' || closingQuotes.has(previousToken?.text ?? '') || lostComma) &&
    // Rules 0.37.0: a naming participle after a comma names, it does not report:
    // "the system, called Share Driving Licence, would be ready" (round 79).
    !/^(called|dubbed|labelled|labeled|branded|termed)$/.test(cue)
  ) {
    mention = mentionAfter(tokens, cueIndex + 1)
    inverted = mention !== undefined
  }
  // "Sources close to the governor said": the modifier's noun is not the speaker.
  const modified = modifiedSubject(tokens, cueIndex)
  if (
    modified !== undefined &&
    mention !== undefined &&
    !inverted &&
    modified.start < mention.start &&
    // Round 26: also a noun inside the modifier: "Western economists who follow
    // Bulgarian farm policy said" (not "policy"), "Sources close to the
    // creditors, however, said" (not "the creditors").
    (modified.end >= mention.end ||
      (mention.pronoun === undefined &&
        // (not a report nested in a clause: "An analyst noted that an article said")
        !tokens.some(
          (token) =>
            token.start >= modified.end &&
            token.end <= (mention?.start ?? 0) &&
            (lower(token) === 'that' || strong.has(lower(token)) || weak.has(lower(token))),
        )))
  )
    mention = modified
  mention ??= modified
  if (mention === undefined) return undefined
  // "the announcements in Paris and Bonn stressed …": the document speaks, not the place.
  if (!inverted && mention.pronoun === undefined) {
    const first = tokens.findIndex((token) => token.start === mention?.start)
    mention = documentHeadBefore(tokens, first, sentence.start) ?? mention
    // Round 13: "…, a spokeswoman for the farm union, the FNSEA, said": the
    // organisation in apposition names the speaker's employer; the speaker is the
    // phrase before it.
    const comma = tokens[first - 1]
    if (comma?.text === ',' && /^(the\s+)?\p{Lu}/u.test(mention.text)) {
      const earlier = mentionBefore(tokens, first - 2, sentence.start)
      if (
        earlier !== undefined &&
        earlier.pronoun === undefined &&
        /\b(spokesman|spokeswoman|spokesperson|official|officials|representative|director|president|chairman|head|leader|member|economist|analyst)\b.*\b(for|of|at|with)\b/i.test(
          earlier.text,
        ) &&
        tokens[tokens.findIndex((token) => token.start === earlier.start) - 1]?.text === ','
      )
        mention = earlier
    }
    mention = nameBeforeRole(tokens, mention, sentence.start) ?? mention
  }
  // "I believe", "we believe": the speaker's own hedge (the lexicon's), not a report.
  if (
    (thatClauseCues.has(cue) ||
      /^(believe|thought|think|insist|expect|hope|hoped|hopes|fear|fears|feared|doubt|doubts|doubted|suspect|felt|feels|feel|know|knew|realized|realised|realize|suspected|assumed|imagine|imagined|recognized|agree|holds|held|find|finds|found|calculated|assessed)$/.test(
        cue,
      )) &&
    (/^(i|we|you)$/.test(mention.pronoun ?? '') ||
      /^(we|you) (all|both)$/i.test(mention.text) ||
      // Round 11: "I rather think", "lest anybody think".
      /^(i|we|you)\s/i.test(mention.text) ||
      lower(tokens[tokens.findIndex((token) => token.start === mention?.start) - 1]) === 'lest')
  )
    return undefined
  // Round 26: "I would say", "I'd say", "we should say": the speaker's own hedge
  // (the annotation guidelines' hedging formula), in a quotation or not; the
  // quotation around it is the report ("Smith said "It's tight, but I would say
  // it is fair"").
  if (
    /^(say|suggest|guess|imagine|think)$/.test(cue) &&
    ((/^(i|we)$/.test(mention.pronoun ?? '') &&
      /^(would|should|'d|’d)$/.test(lower(tokens[cueIndex - 1]))) ||
      /^(i|we)['’]d$/.test(lower(tokens[cueIndex - 1])))
  )
    return undefined
  // "as everyone knows, …", "as all its friends know": shared knowledge the writer
  // asserts, not a report.
  if (
    /^(know|knows|knew|realize|realizes|realized|recognize|recognizes|recognized|imagine|imagines)$/.test(
      cue,
    ) &&
    lower(tokens[tokens.findIndex((token) => token.start === mention.start) - 1]) === 'as' &&
    // Round 13: "as they realize they would be …" gives a reason the subject knows.
    !(lower(tokens[cueIndex + 1]) === 'that' || opensClause(tokens, cueIndex + 1))
  )
    return undefined
  // "she said she thought he was …": the belief is the content of the saying.
  if (
    /^(thought|believed|believes|felt|thinks)$/.test(cue) &&
    mention.pronoun !== undefined &&
    tokens[cueIndex - 1]?.start === mention.start &&
    strong.has(lower(tokens[cueIndex - 2]))
  )
    return undefined
  // A negative subject reports nothing: "No one complained about the wine".
  if (negativeSubject.test(mention.text)) return undefined
  if (
    possibleView &&
    (/^(i|we|you)$/.test(mention.pronoun ?? '') ||
      /^(one|anyone|everyone|someone|somebody|anybody|everybody)$/i.test(mention.text))
  )
    return undefined
  // A free relative names no speaker: "Whatever the military world thought, …".
  if (/^(what|whatever|whoever|whichever)\s/i.test(mention.text)) return undefined
  // A present plural has no singular indefinite subject: "a police report that …".
  if (pluralPresent.has(cue) && /^(a|an|one)\s/i.test(mention.text)) return undefined
  // Rules 0.29.0: nor a name's report ending the sentence, "co author of the Demos
  // report." (round 50): "the", a capitalised word, the cue, then the end.
  if (
    /^(report|claim)$/.test(cue) &&
    lower(tokens[cueIndex - 2]) === 'the' &&
    isCapital(tokens[cueIndex - 1]) &&
    /^[.;!?]$/.test(tokens[cueIndex + 1]?.text ?? '')
  )
    return undefined
  // Nor a singular organisation or person: "the FBI report during …" is a noun.
  if (
    /^(report|claim)$/.test(cue) &&
    mention.pronoun === undefined &&
    (mention.type === 'organisation' || mention.type === 'person' || mention.type === 'agency') &&
    !/(s|men)$/i.test(mention.text) &&
    !/\b(and|police|staff|people|faculty|clergy|personnel|men|women)\b/i.test(mention.text)
  )
    return undefined
  const mentionFirst = tokens.findIndex((token) => token.start === mention.start)
  // "If the President really feels he won …": the subject of a condition, no report.
  if (/^(if|unless)$/.test(lower(tokens[0])) && mentionFirst === 1) return undefined
  // "at what he termed a 'social cost'": the named thing is the claim. "called"
  // reports only in this frame ("a sonata called 'Bella Bella'" names a title).
  const whatFrame = lower(tokens[mentionFirst - 1]) === 'what'
  // "Reuther called the move 'a disgrace'": a judgement quoted within a few words.
  // "Many doctors consider the diet a danger", "He considered it unfair": a
  // judgement in the frame of "called X Y" (deliberation, "considered the offer",
  // has no predicate and makes no claim).
  if (
    !whatFrame &&
    !inverted &&
    (/^consider(s|ed)?$/.test(cue) ||
      (/^(found|finds|find)$/.test(cue) &&
        lower(tokens[cueIndex + 1]) !== 'that' &&
        // Round 38: not a finding closing the sentence ("…, the survey found.").
        tokens[cueIndex + 1]?.text !== '.'))
  ) {
    const next = tokens[cueIndex + 1]
    // Round 15: or with "as", like "regards": "Acme considers other countries as
    // major customers" (to the next punctuation).
    const as = tokens.findIndex(
      (token, index) => index > cueIndex + 1 && index <= cueIndex + 9 && lower(token) === 'as',
    )
    const asEnd =
      as > 0 &&
      tokens[as + 1]?.kind === 'word' &&
      !/^(soon|well|long|much|many|far|if|though|usual|expected|planned|such|it|he|she|they|we|i|you|part|of|to|for|in|at|on|yet|against|compared|opposed|regards|recently|early|late)$/.test(
        lower(tokens[as + 1]),
      ) &&
      !tokens.slice(cueIndex + 1, as).some((token) => token.kind === 'punct')
        ? tokens.findIndex((token, index) => index > as && token.kind === 'punct')
        : -1
    const judged =
      (/^consider/.test(cue)
        ? calledJudgement(tokens, cueIndex)
        : foundJudgement(tokens, cueIndex)) ?? (asEnd > 0 ? tokens[asEnd]?.start : undefined)
    if (judged === undefined || next === undefined || /^(i|we|you)$/.test(mention.pronoun ?? ''))
      return undefined
    return claimAtCue(context, trimSpan(text, next.start, judged), mention)
  }
  if (
    !whatFrame &&
    !inverted &&
    /^(called|termed|calls|call|labelled|labeled|dubbed|branded)$/.test(cue)
  ) {
    const next = tokens[cueIndex + 1]
    // Round 11: the subject right before the cue, or with only auxiliaries and
    // adverbs between ("Critics have called the book 'a triumph'").
    const mentionLast = tokens.findIndex((token) => token.end === mention.end)
    const adjacent =
      mention.end >= (tokens[cueIndex - 1]?.end ?? 0) ||
      (mentionLast >= 0 &&
        cueIndex - mentionLast <= 3 &&
        tokens
          .slice(mentionLast + 1, cueIndex)
          .every((token) =>
            /^(has|have|had|also|often|once|repeatedly|long|already|rightly|aptly)$|ly$/.test(
              lower(token),
            ),
          ))
    const quote = quotations.find(
      (quotation) =>
        next !== undefined &&
        quotation.start >= next.start &&
        quotation.start <= (tokens[cueIndex + 6]?.start ?? sentence.end),
    )
    // "a sonata called 'Bella Bella'", "an amusing pas de cinq called 'Gossips'": a name.
    if (
      quote !== undefined &&
      quote.start === next?.start &&
      (/^(a|an)\s/i.test(mention.text) || previousToken?.text === ',')
    )
      return undefined
    // Rules 0.26.0: a quoted label follows its object with no punctuation between
    // (not `called a strike, saying: "…"`).
    const labelQuote =
      quote !== undefined &&
      !tokens.some(
        (token) => token.start > cueToken.end && token.end <= quote.start && token.kind === 'punct',
      )
        ? quote
        : undefined
    // Only "called" and "termed" judge without a quotation ("called the plan unworkable").
    const judged =
      labelQuote === undefined && /^(called|termed|calls|call)$/.test(cue)
        ? calledJudgement(tokens, cueIndex)
        : undefined
    if (judged !== undefined && next !== undefined && adjacent)
      return claimAtCue(context, trimSpan(text, next.start, judged), mention)
    if (
      labelQuote === undefined ||
      next === undefined ||
      !adjacent ||
      // A new verb of naming after a comma is a passive participle ("This unit,
      // affectionately dubbed "The Monster"").
      (!/^(called|termed|calls|call)$/.test(cue) &&
        /[,;:(]/.test(text.slice(mention.end - 1, cueToken.start))) ||
      !(
        labelQuote.start === next.start ||
        /^(the|a|an|it|him|her|them|this|that|these|those|his|their|its)$/.test(lower(next)) ||
        // Rules 0.26.0: a named object ("Amnesty has called Camp Delta a "major
        // scandal"") or one of plain words ("labelled casino schemes "a pile of
        // pants""), with no punctuation before the quotation.
        tokens
          .slice(cueIndex + 1)
          .filter((token) => token.end <= labelQuote.start)
          .every((token) => token.kind === 'word')
      )
    )
      return undefined
    return claimAtCue(context, trimSpan(text, next.start, labelQuote.end), mention)
  }
  // "What he said was true": a free relative names the words, it reports none.
  // A pseudo-cleft names the words after its copula: "What the board said was that
  // …", "What they objected to was the delay" (not an adjective: "… was true").
  if (whatFrame && !/^(termed|called|described|call|calls)$/.test(cue)) {
    let copula = cueIndex + 1
    if (/^(to|of|about|on|for|against)$/.test(lower(tokens[copula]))) copula++
    if (
      !/^(is|was|are|were)$/.test(lower(tokens[copula])) ||
      /^(i|we|you)$/.test(mention.pronoun ?? '')
    )
      return undefined
    const first = tokens[copula + 1]
    const from = lower(first) === 'that' ? tokens[copula + 2] : first
    if (
      first === undefined ||
      from === undefined ||
      !/^(that|the|a|an|his|her|their|its|this|these)$/.test(lower(first))
    )
      return undefined
    return claimAtCue(context, trimSpan(text, from.start, sentence.end), mention)
  }
  if (whatFrame) {
    let from = cueIndex + 1
    if (lower(tokens[from]) === 'as') from++
    const startToken = tokens[from]
    if (startToken === undefined) return undefined
    const quote = quotations.find(
      (quotation) =>
        quotation.start >= startToken.start && quotation.start <= startToken.start + 12,
    )
    let last = from
    while (
      last + 1 < tokens.length &&
      last < from + 6 &&
      !/^[.,;:!?)]$/.test(tokens[last + 1]?.text ?? '')
    )
      last++
    const end = quote !== undefined ? quote.end : (tokens[last]?.end ?? startToken.end)
    return claimAtCue(context, trimSpan(text, startToken.start, end), mention)
  }
  const beforeIndex = inverted ? cueIndex - 1 : mentionFirst - 1
  const beforeMention = tokens[beforeIndex]
  // Numbers are words of the content too (rules 0.25.0): "Profits rose 5%, the
  // company said" has three.
  const wordsBefore = tokens.filter(
    (token) =>
      (token.kind === 'word' || token.kind === 'number') &&
      token.end <= ((inverted && lostComma ? beforeMention?.end : beforeMention?.start) ?? 0),
  )
  const contentBefore =
    (inverted ||
      (beforeMention !== undefined &&
        (beforeMention.text === ',' || closingQuotes.has(beforeMention.text)))) &&
    (beforeMention?.start ?? 0) > sentence.start &&
    // Three words at least ("However, the jury said" reports what follows), and
    // not a dangling conjunction ("since, he said, it would impair contracts").
    // A quotation before, the comma inside or outside its marks, may be shorter
    // in this sentence when it began in an earlier one (`"… Cable confirmation", it said`).
    (wordsBefore.length >= 3 ||
      // Rules 0.26.0: two in a headline, which is short ("Protect whistleblowers,
      // TUC says" over the story).
      (wordsBefore.length === 2 &&
        beforeMention?.text === ',' &&
        !/\S/.test(text.slice(0, sentence.start)) &&
        /^[ \t]*\n[ \t]*\n/.test(text.slice(sentence.end)) &&
        !clauseOpeners.has(lower(wordsBefore[0]))) ||
      // "The plan, said the mayor, will fail", "This, he claims, would account for
      // …": a speaker inside the clause, which goes on after the comma.
      (tokens[inverted ? afterSpeaker(tokens, mention.end) : cueIndex + 1]?.text === ',' &&
        beforeMention?.text === ',' &&
        nounPhraseOpens(wordsBefore) &&
        !clauseOpeners.has(lower(wordsBefore.at(-1))) &&
        !isCapital(tokens[(inverted ? afterSpeaker(tokens, mention.end) : cueIndex + 1) + 1])) ||
      closingQuotes.has(beforeMention?.text ?? '') ||
      (beforeMention?.text === ',' && closingQuotes.has(tokens[beforeIndex - 1]?.text ?? ''))) &&
    // (A quotation ending in one is whole: `"… for a while", Hemus said.`)
    !(
      clauseOpeners.has(lower(wordsBefore.at(-1))) &&
      tokens[beforeIndex - 1]?.kind === 'word' &&
      // Rules 0.26.0: "that" after a preposition or a verb of doing is a pronoun
      // that ends the statement ("… can help with that, said Ms Rellie").
      !(
        lower(wordsBefore.at(-1)) === 'that' &&
        /^(with|about|for|on|to|at|from|by|like|than|do|does|did|done|doing)$/.test(
          lower(wordsBefore.at(-2)),
        )
      )
    ) &&
    // The frame `…, X said.` closes the clause at the cue (or after an inverted
    // speaker); when words follow ("…, a spokesman said the text …"), they are the
    // content and the part before is a subordinate clause.
    (clauseEndsAfter(tokens, inverted ? afterSpeaker(tokens, mention.end) : cueIndex + 1) ||
      // Round 11: an inverted speaker after a quotation, with a long affiliation
      // to the end (`"…," said retired Adm. Tom Lee of the Center for Defense Studies.`).
      (inverted &&
        (closingQuotes.has(tokens[cueIndex - 1]?.text ?? '') ||
          closingQuotes.has(tokens[cueIndex - 2]?.text ?? '')) &&
        (verblessToEnd(tokens, afterSpeaker(tokens, mention.end)) ||
          anonymityToEnd(tokens, afterSpeaker(tokens, mention.end)))) ||
      (hearerCues.has(cue) && hearerOnly(tokens, cueIndex + 1)) ||
      (!inverted &&
        quotationClosesBefore(tokens, mentionFirst) &&
        circumstanceOnly(tokens, cueIndex + 1))) &&
    // `When the verdict came in, X said: …` — a subordinate clause alone before
    // the speaker sets the scene; what follows is reported.
    !subordinateClauseOnly(tokens, beforeIndex, quotations) &&
    // `Asked to elaborate, X replied, "…"`: a quotation right after the cue is
    // the content, unless the part before is a quotation too.
    !(
      !inverted &&
      ((!closingQuotes.has(beforeMention?.text ?? '') &&
        !closingQuotes.has(tokens[mentionFirst - 2]?.text ?? '')) ||
        // Round 26: a quotation closing a participle phrase that opens the
        // sentence is no statement before the cue (`Asked whether "anyone
        // cared," she replied: "…"`).
        quotedPhraseOnly(tokens, quotations, sentence.start, mentionFirst)) &&
      ((/^[,:]$/.test(tokens[cueIndex + 1]?.text ?? '') &&
        quotationOpeningAt(quotations, tokens[cueIndex + 2]?.start) !== undefined) ||
        // Round 22: or with no comma (`Countering the critics, X said "…"`).
        quotationOpeningAt(quotations, tokens[cueIndex + 1]?.start) !== undefined)
    )
  const content: Array<{ start: number; end: number }> = []
  if (contentBefore && beforeMention !== undefined) {
    let start = sentence.start
    // A quotation that began in an earlier sentence belongs to the content too.
    const quote = quotationAt(quotations, sentence.start)
    if (quote !== undefined && quote.start < start) start = quote.start
    // A closing quotation mark belongs to the quoted content.
    const span = trimSpan(
      text,
      start,
      closingQuotes.has(beforeMention.text) || (inverted && lostComma)
        ? beforeMention.end
        : beforeMention.start,
    )
    if (span === undefined) return undefined
    content.push(span)
    // `"…," he said, "…"`: the quotation after the cue continues the content.
    const afterCue = skipAdverbials(
      tokens,
      inverted ? afterSpeaker(tokens, mention.end) : cueIndex + 1,
    )
    let comma = tokens[afterCue]
    let next = tokens[afterCue + 1]
    // `"…", said Dr. Linden, psychologist at the institute, "…"`: past the speaker's role.
    const roleEnd =
      inverted && comma?.text === ',' ? appositionEnd(tokens, afterCue + 1) : undefined
    if (roleEnd !== undefined) {
      comma = tokens[roleEnd]
      next = tokens[roleEnd + 1]
    }
    if (comma?.text === ',' && next !== undefined) {
      const continuation = quotationOpeningAt(quotations, next.start)
      if (continuation !== undefined)
        content.push({ start: continuation.start, end: continuation.end })
      // "For this reason, he says, the universe …": an interrupted statement goes on
      // to the end of the sentence (not "…, he said, adding that …" or "and added").
      else if (
        next.kind === 'word' &&
        !isCapital(next) &&
        !closingQuotes.has(text[span.end] ?? '') &&
        !participles.has(lower(next)) &&
        !/(ing|ly)$/.test(lower(next)) &&
        !/^(and|but|or|who|whose|whom|which|where|as|when|while|after|before|in|at|on|according|because|since|if|though|although|without)$/.test(
          lower(next),
        ) &&
        quotationAt(quotations, next.start) === undefined &&
        // Round 9: the inverted speaker's role to the end of the sentence is no
        // content (`"…", said Tom Hale, an economist at Acme Bank.`).
        !(inverted && verblessToEnd(tokens, afterCue + 1))
      ) {
        const rest = trimSpan(text, next.start, sentence.end)
        if (rest !== undefined) content.push(rest)
      }
    }
  } else {
    if (inverted) {
      // "Eventually, says Keys, one of two things happens": the clause after the speaker.
      const comma = afterSpeaker(tokens, mention.end)
      const next = tokens[comma + 1]
      if (tokens[comma]?.text !== ',' || next?.kind !== 'word' || isCapital(next)) return undefined
      const rest = trimSpan(text, next.start, sentence.end)
      return rest === undefined ? undefined : claimAtCue(context, rest, mention)
    }
    // Frame 2: content after — `X said (that) …`, `X told reporters (that) …`.
    const { from, hasThat } = contentStart(tokens, cueIndex, cueWords, cue, quotations)
    const startToken = tokens[from]
    if (startToken === undefined) return undefined
    // A participle after a group noun: "Among shops asked, most were busy".
    if (
      weak.has(cue) &&
      /ed$/.test(cue) &&
      tokens[cueIndex + 1]?.text === ',' &&
      mention.pronoun === undefined &&
      (mention.type === 'group' || mention.type === 'anonymous') &&
      tokens[cueIndex + 2]?.kind === 'word' &&
      !isCapital(tokens[cueIndex + 2]) &&
      !/^(however|though|too|also|moreover|nevertheless|therefore|in|at|on|that)$/.test(
        lower(tokens[cueIndex + 2]),
      )
    )
      return undefined
    // A headline run into the sentence: "Two of three report gains Among dealers
    // questioned, two out of three report …" — a capitalized preposition or
    // conjunction after a lower-case word starts the sentence proper.
    for (let at = from + 1; at <= from + 4 && at < tokens.length; at++) {
      const token = tokens[at]
      if (
        token !== undefined &&
        isCapital(token) &&
        tokens[at - 1]?.kind === 'word' &&
        !isCapital(tokens[at - 1]) &&
        // Round 10: after a determiner a capital opens a name ("the Tax Act").
        !/^(the|a|an|this|that|these|those|its|his|her|their|our|any|every|each|no)$/.test(
          lower(tokens[at - 1]),
        ) &&
        isPhraseBreak(lower(token)) &&
        !pronounTypes.has(lower(token)) &&
        quotationAt(quotations, token.start) === undefined
      )
        return undefined
    }
    // "believes him": an object, not a statement (the hearer of "told him" is
    // skipped; "described him as …" reports a judgement).
    if (
      objectPronounAt(tokens, from) &&
      !/^(described|describes|viewed|identified)$/.test(cue) &&
      !characterising.test(cue)
    )
      return undefined
    // `X said:` closing its paragraph: the quotation that opens the next one.
    if (startToken.text === ':' && from === tokens.length - 1) {
      const quote = quotationAfter(text, sentence.end, quotations)
      const block = quote ?? statementAfter(text, sentence.end)
      return block === undefined ? undefined : claimAtCue(context, block, mention)
    }
    const opensQuote =
      (!/^(hoped|hopes|fears|feared|doubts|doubted|feels|expected|expects|expect)$/.test(cue) &&
        (quotationOpeningAt(quotations, startToken.start) !== undefined ||
          (/^[,:]$/.test(startToken.text) &&
            quotationOpeningAt(quotations, tokens[from + 1]?.start) !== undefined))) ||
      startToken.text === ':'
    // "described the speeches as 'inconclusive'" reports a judgement.
    const describedAs =
      (/^(described|describes|viewed|identified|regards|regarded)$/.test(cue) ||
        characterising.test(cue)) &&
      !/^(himself|herself|itself|themselves)$/.test(lower(startToken)) &&
      tokens.some(
        (token, index) =>
          index > from &&
          (cue === 'described' || index < from + (cue === 'describes' ? 12 : 8)) &&
          lower(token) === 'as' &&
          // "as well as" adds, it does not judge.
          lower(tokens[index + 1]) !== 'well' &&
          lower(tokens[index - 1]) !== 'well' &&
          // Round 13: "defended his sincerity, as did also …" compares.
          !/^(did|do|does|is|was|were|are|has|had|have|it|he|she|they|we|i|if|though)$/.test(
            lower(tokens[index + 1]),
          ),
      )
    // The characterising verbs of round 8 judge only with "as": "hailed a cab" is no report.
    if (characterising.test(cue) && cue !== 'described' && !describedAs) return undefined
    // A clause with its own subject: "its directors indicated they could not …",
    // "the railroad announced yesterday it would reduce …".
    // "He also admitted killing Mrs. Hengesbach": a gerund as what is admitted.
    const gerund =
      /^(admitted|denied|acknowledged|conceded)$/.test(cue) && /ing$/.test(lower(startToken))
    // "reported the theft", like "announced a switch": a noun is what is reported.
    const reportedObject =
      /^report(ed|s)?$/.test(cue) &&
      !hasThat &&
      !isCapital(startToken) &&
      (/^(the|a|an|his|her|its|their|no|several|some|more|two|three|four|five|six|seven|eight|nine|ten)$/.test(
        lower(startToken),
      ) ||
        startToken.kind === 'number' ||
        /\p{Ll}ing$/u.test(startToken.text) ||
        (/\p{Ll}s$/u.test(startToken.text) &&
          !lexiconTags(lower(startToken)).some((tag) => /^(Adjective|Adverb)$/.test(tag))) ||
        // Round 13: an adjective and its noun ("reported heavy fighting", "reported
        // net profit of …").
        ((lexiconTags(lower(startToken)).includes('Adjective') ||
          /^(net|gross|pretax|operating|record|higher|lower|heavy|sharp|strong|weak)$/.test(
            lower(startToken),
          )) &&
          tokens[from + 1]?.kind === 'word' &&
          !isCapital(tokens[from + 1]) &&
          !/^(to|that|and|or|but|in|on|at|of|for|by|with)$/.test(lower(tokens[from + 1]))))
    // Round 11: emphasis with a noun phrase: "Poehl emphasised in his comments the
    // close talks between central banks", "stressed the need for …".
    const emphasised =
      /^(stressed|emphasized|emphasised|emphasizes|emphasises|underlined|underlines|underscored|underscores)$/.test(
        cue,
      ) &&
      !hasThat &&
      /^(the|a|an|its|his|her|their|this|these|that)$/.test(lower(startToken)) &&
      (mention.pronoun === undefined || /^(he|she|they)$/.test(mention.pronoun))
    // "The economist expects prices to rise": an object and its infinitive.
    const expectation = /^expect(s|ed)?$/.test(cue) && !hasThat && expectedInfinitive(tokens, from)
    // "recalled that historic flight": "that" is a determiner when no verb follows.
    if (
      hasThat &&
      quotationOpeningAt(quotations, startToken.start) === undefined &&
      !verbFollows(tokens, from)
    )
      return undefined
    // "a tiny Hungarian who Fritz Kreisler had predicted would have a career",
    // "the man who police said was driving": the relative pronoun is the subject.
    const relativeGap =
      /^(who|whom|which|that)$/.test(lower(tokens[mentionFirst - 1])) &&
      /^(would|will|could|can|might|may|should|was|were|is|are|had|has|have)$/.test(
        lower(startToken),
      )
    // Round 11: a text "provides that …", a court "held that …" (a thing
    // provided or held is no report).
    if (
      /^(provides|holds|held|found|finds|find)$/.test(cue) &&
      lower(tokens[cueIndex + 1]) !== 'that' &&
      !opensQuote
    )
      return undefined
    if (
      weak.has(cue) &&
      !hasThat &&
      !opensQuote &&
      !describedAs &&
      !gerund &&
      !reportedObject &&
      !emphasised &&
      !expectation &&
      !relativeGap &&
      !opensClause(tokens, from) &&
      !zeroThatClause(tokens, from, cue)
    )
      return undefined
    // `X said: "…"` or `X said, "…"` — the quotation, even if it runs on.
    const quote =
      quotationOpeningAt(quotations, startToken.start) ??
      quotationOpeningAt(quotations, tokens[from + 1]?.start)
    // In a relative clause ("The mayor, who said the plan failed, left") the
    // content ends at the clause's closing comma.
    let relative = cueIndex - 1
    // Round 11: past auxiliaries and adverbs ("who has long maintained that …").
    while (
      relative > cueIndex - 4 &&
      /^(has|have|had|long|also|always|often|never|once|since|already|repeatedly)$|ly$/.test(
        lower(tokens[relative]),
      )
    )
      relative--
    const closing =
      // (Round 15: "which" too: "The company, which recently announced a loss, said …".)
      (lower(tokens[relative]) === 'who' ||
        (lower(tokens[relative]) === 'which' && tokens[relative - 1]?.text === ',')) &&
      quote === undefined
        ? tokens.find((token, index) => index > from && token.text === ',')
        : undefined
    const end =
      closing !== undefined
        ? closing.start
        : quote !== undefined && quote.end > sentence.end
          ? quote.end
          : sentence.end
    // A report nested in a quotation ends with the quotation (before its mark).
    const nestedEnd =
      inQuote !== undefined && inQuote.start < cueToken.start ? inQuote.end - 1 : end
    const span = trimSpan(text, startToken.start, Math.min(end, nestedEnd))
    // "said nothing", "said so" report no content.
    // Nor does "said little but …", a quantity before a conjunction.
    if (
      span === undefined ||
      /^(nothing|little|much|so|this|that|it|more)$/i.test(text.slice(span.start, span.end)) ||
      /^(nothing|little|much|more|less)\s+(but|and|or)\b/i.test(text.slice(span.start, span.end))
    )
      return undefined
    content.push(span)
  }
  return claimAtCue(context, content, mention)
}
