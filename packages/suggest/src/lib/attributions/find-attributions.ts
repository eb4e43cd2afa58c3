/**
 * Finding reported speech: reporting cues, their speakers and what they report.
 */
import type { QuotationRange } from '../text/quotations.js'
import type { SentenceRange } from '../text/sentences.js'
import { type Token, tokenize } from '../text/tokens.js'
import {
  agencyWords,
  isGivenName,
  isPhraseBreak,
  lexiconTags,
  organisationWords,
  pronounTypes,
  speakerNouns,
  titles,
} from './word-classes.js'

/**
 * A speaker type (the model's `type` values).
 *
 * @example
 * const type: SpeakerType = 'anonymous'
 */
export type SpeakerType = 'person' | 'organisation' | 'agency' | 'anonymous' | 'group'

/**
 * A mention of a speaker at a reporting cue: `[start, end)` of the reading text.
 *
 * @example
 * const mention: FoundMention = { start: 0, end: 13, text: 'Mr. Schaefer', type: 'person', key: 'person:schaefer', name: 'Schaefer' }
 */
export interface FoundMention {
  /** Start, inclusive. */
  readonly start: number
  /** End, exclusive. */
  readonly end: number
  /** The mention as written. */
  readonly text: string
  /** What sort of speaker it names. */
  readonly type: SpeakerType
  /** Key for merging mentions of one speaker; `undefined` for pronouns and indefinite mentions. */
  readonly key: string | undefined
  /** Name without titles ("William D. Schaefer"), or the description ("ministry spokesman"). */
  readonly name: string
  /** Titles and role words as written ("Councilman"). */
  readonly role?: string
  /** The pronoun, lower-cased, when the mention is one. */
  readonly pronoun?: string
}

/**
 * A reported statement: its content spans, cue, mode and speaker mention.
 *
 * @example
 * const found: FoundAttribution = {
 *   content: [{ start: 20, end: 40 }], cue: 'said', cueStart: 15, cueEnd: 19, mode: 'indirect',
 *   mention: { start: 0, end: 14, text: 'Gen Krayushkin', type: 'person', key: 'person:krayushkin', name: 'Krayushkin' },
 * }
 */
export interface FoundAttribution {
  /** What is reported: one span, or two around an interrupting cue. */
  readonly content: ReadonlyArray<{ readonly start: number; readonly end: number }>
  /** The cue, lower-cased ("said", "according to"). */
  readonly cue: string
  /** Start of the cue. */
  readonly cueStart: number
  /** End of the cue. */
  readonly cueEnd: number
  /** direct (all quoted), indirect (nothing quoted), mixed (partly quoted). */
  readonly mode: 'direct' | 'indirect' | 'mixed'
  /** The speaker as mentioned at the cue. */
  readonly mention: FoundMention
}

// Reporting verbs. `strong` cues frame reported speech on their own ("X said the
// plan failed"); `weak` ones only with "that", a quotation, or a speaker after
// them ("X announced plans" reports no statement).
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
  'thinks',
  'contend',
  'contends',
  'contended',
]
const weakCues = [
  'announced',
  'announces',
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
]
const weak = new Set(weakCues)
const cuePattern = new RegExp(
  `(?<![\\p{L}'’-])(?:according\\s+to|expressed\\s+the\\s+(?:opinion|view|belief|hope)|sent\\s+word|quoted\\s+as\\s+saying|on\\s+record\\s+as\\s+(?:saying|believing|favoring|opposing)|${[...strongCues, ...weakCues].join('|')})(?![\\p{L}'’-])`,
  'giu',
)

const auxiliaries = new Set([
  'has',
  'have',
  'had',
  'also',
  'would',
  'will',
  'did',
  'does',
  'do',
  'later',
  'then',
  'again',
  'further',
  'once',
  'still',
  'only',
  'first',
  'today',
  'yesterday',
  'tonight',
  'recently',
  'previously',
  'earlier',
  'flatly',
  'not',
  'never',
  'always',
  'often',
  'repeatedly',
  'finally',
  'simply',
  'publicly',
  'privately',
  'however',
])
const weekdays = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i
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
])
// Time words right after a cue are not part of what was said ("said Friday that …").
const timeWords =
  /^(today|yesterday|tonight|now|later|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i
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
const determiners = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their'])
const closingQuotes = new Set(['"', "'", '”', '’'])

const lower = (token: Token | undefined) => token?.text.toLowerCase() ?? ''
const isCapital = (token: Token | undefined) => token !== undefined && /^[A-Z]/.test(token.text)

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
  cuePattern.lastIndex = 0
  let sentenceIndex = 0
  let lastSentence = -1
  let tokens: Token[] = []
  for (let match = cuePattern.exec(text); match !== null; match = cuePattern.exec(text)) {
    while (sentenceIndex < sentences.length && (sentences[sentenceIndex]?.end ?? 0) <= match.index)
      sentenceIndex++
    const sentence = sentences[sentenceIndex]
    if (sentence === undefined || sentence.start > match.index) continue
    if (sentenceIndex !== lastSentence) {
      tokens = tokenize(text, sentence.start, sentence.end)
      lastSentence = sentenceIndex
    }
    const cueIndex = tokens.findIndex((token) => token.start === match.index)
    if (cueIndex < 0) continue
    const cue = match[0].toLowerCase().replace(/\s+/g, ' ')
    const attribution =
      cue === 'according to'
        ? accordingTo(text, tokens, cueIndex, sentence, quotations)
        : reportingVerb(
            text,
            tokens,
            cueIndex,
            cue,
            sentence,
            quotations,
            sentences[sentenceIndex - 1],
          )
    if (attribution !== undefined) found.push(attribution)
  }
  found.push(...nominalAttributions(text, sentences, quotations))
  return found.sort((a, b) => a.cueStart - b.cueStart)
}

// Nouns of saying and holding that take a "that" clause and a source: "a remark
// by Hughes that …", "Their view is that …", "Jefferson's dictum that …".
const sayingNouns =
  'remark|remarks|statement|announcement|disclosure|assertion|charge|claim|contention|argument|prediction|warning|suggestion|dictum|view|belief|opinion|position|insistence|complaint|promise|pledge'
const nominalPattern = new RegExp(`(?<![\\p{L}'’-])(?:${sayingNouns})(?![\\p{L}'’-])`, 'gu')
const possessivePronouns = new Map([
  ['his', 'he'],
  ['her', 'she'],
  ['their', 'they'],
  ['its', 'it'],
])

/**
 * Attributions carried by a noun of saying: "a remark by Richard J. Hughes,
 * Democratic gubernatorial candidate, that the GOP is …" (agent after "by"),
 * "The announcement that the city would sue … was made by City Solicitor David
 * Berger" (agent of "was made by"), "Their view is that …", "Jefferson's dictum
 * that …" (possessor). The content is the "that" clause.
 */
function nominalAttributions(
  text: string,
  sentences: readonly SentenceRange[],
  quotations: readonly QuotationRange[],
): FoundAttribution[] {
  const found: FoundAttribution[] = []
  nominalPattern.lastIndex = 0
  let sentenceIndex = 0
  for (let match = nominalPattern.exec(text); match !== null; match = nominalPattern.exec(text)) {
    while (sentenceIndex < sentences.length && (sentences[sentenceIndex]?.end ?? 0) <= match.index)
      sentenceIndex++
    const sentence = sentences[sentenceIndex]
    if (sentence === undefined || sentence.start > match.index) continue
    const tokens = tokenize(text, sentence.start, sentence.end)
    const at = tokens.findIndex((token) => token.start === match.index)
    const noun = tokens[at]
    if (at < 0 || noun === undefined) continue
    const result = nominalAt(text, tokens, at, sentence, quotations)
    if (result !== undefined) found.push(result)
  }
  return found
}

function nominalAt(
  text: string,
  tokens: readonly Token[],
  at: number,
  sentence: SentenceRange,
  quotations: readonly QuotationRange[],
): FoundAttribution | undefined {
  const noun = tokens[at]
  if (noun === undefined) return undefined
  const cue = noun.text.toLowerCase()
  const contentFrom = (from: number, until = sentence.end) => {
    const startToken = tokens[from]
    if (startToken === undefined) return undefined
    const span = trimSpan(text, startToken.start, until)
    return span === undefined ? undefined : [span]
  }
  const result = (
    content: Array<{ start: number; end: number }> | undefined,
    mention: FoundMention | undefined,
  ) =>
    content === undefined || mention === undefined
      ? undefined
      : {
          content,
          cue,
          cueStart: noun.start,
          cueEnd: noun.end,
          mode: mode(content, quotations),
          mention,
        }
  // "a remark by X[, role,] that …"
  if (lower(tokens[at + 1]) === 'by') {
    const mention = mentionAfter(tokens, at + 2)
    if (mention === undefined || mention.pronoun !== undefined) return undefined
    let next = tokens.findIndex((token) => token.start >= mention.end)
    if (tokens[next]?.text === ',') {
      const close = tokens.findIndex(
        (token, index) => index > next && index <= next + 12 && token.text === ',',
      )
      if (close < 0) return undefined
      next = close + 1
    }
    if (lower(tokens[next]) !== 'that') return undefined
    return result(contentFrom(next + 1), mention)
  }
  if (
    lower(tokens[at + 1]) !== 'that' &&
    lower(tokens[at + 1]) !== 'is' &&
    lower(tokens[at + 1]) !== 'was'
  )
    return undefined
  const previous = tokens[at - 1]
  // "Their view is that …", "his contention was that …"
  const possessive = possessivePronouns.get(lower(previous))
  if (possessive !== undefined && previous !== undefined) {
    if (!/^(is|was)$/.test(lower(tokens[at + 1])) || lower(tokens[at + 2]) !== 'that')
      return undefined
    const mention = { ...pronounMention(previous), pronoun: possessive }
    return result(contentFrom(at + 3), mention)
  }
  // "Jefferson's dictum that …", "Hughes' charge that …"
  if (previous !== undefined && /['’]s?$/.test(previous.text) && lower(tokens[at + 1]) === 'that') {
    const possessor = mentionBefore(tokens, at - 1, sentence.start)
    if (possessor === undefined || possessor.type !== 'person') return undefined
    return result(contentFrom(at + 2), possessor)
  }
  // "The announcement that … was made by X"
  if (lower(tokens[at + 1]) === 'that' && /^(the|an?)$/.test(lower(previous))) {
    const made = tokens.findIndex(
      (token, index) =>
        index > at + 2 &&
        /^(was|were)$/.test(lower(token)) &&
        /^(made|issued|released)$/.test(lower(tokens[index + 1])),
    )
    if (made < 0) return undefined
    let by = made + 2
    while (timeWords.test(lower(tokens[by]))) by++
    if (lower(tokens[by]) !== 'by') return undefined
    const mention = mentionAfter(tokens, by + 1)
    if (mention === undefined || mention.pronoun !== undefined) return undefined
    return result(contentFrom(at + 2, tokens[made]?.start), mention)
  }
  return undefined
}

function mode(
  content: ReadonlyArray<{ start: number; end: number }>,
  quotations: readonly QuotationRange[],
): FoundAttribution['mode'] {
  let quoted = 0
  let length = 0
  for (const span of content) {
    length += span.end - span.start
    for (const quotation of quotations) {
      if (quotation.end <= span.start) continue
      if (quotation.start >= span.end) break
      quoted += Math.min(span.end, quotation.end) - Math.max(span.start, quotation.start)
    }
  }
  // Allow for punctuation outside the marks ("…media,'"): 90% quoted is direct.
  if (length > 0 && quoted >= length * 0.9) return 'direct'
  return quoted > 0 ? 'mixed' : 'indirect'
}

/** True when the clause ends at token `index`: the sentence ends, or a comma or quotation follows. */
function clauseEndsAfter(tokens: readonly Token[], index: number): boolean {
  let at = index
  while (timeWords.test(lower(tokens[at]))) at++
  const next = tokens[at]
  return at < 0 || next === undefined || /^[.,;:!?"'”’)]$/.test(next.text)
}

// Objects of "add" that make it no reporting verb ("added two more", "added a run").
const addObjects =
  /^(a|an|another|more|his|her|their|its|two|three|four|five|six|seven|eight|nine|ten|insult|fuel|weight)$/

/**
 * True when the tokens from `index` to the end of the sentence are only a hearer
 * ("…, told members of the World Affairs Council Monday night."): no "that", no
 * verb, no quotation mark.
 */
function hearerOnly(tokens: readonly Token[], index: number): boolean {
  let words = 0
  for (let at = index; at < tokens.length; at++) {
    const token = tokens[at]
    if (token === undefined) break
    if (token.kind === 'punct') {
      if (/^[.!?]$/.test(token.text) && at === tokens.length - 1) break
      if (token.text === '.' && at > index && tokens[at - 1]?.end === token.start) continue
      return false
    }
    words++
    const word = lower(token)
    if (word === 'that' || words > 12) return false
    const tags = lexiconTags(word)
    if (
      !isCapital(token) &&
      !determiners.has(lower(tokens[at - 1])) &&
      !tags.some((tag) => /^(Singular|Plural|Noun)$/.test(tag)) &&
      tags.some((tag) =>
        /^(Copula|PastTense|PresentTense|Infinitive|Modal|Auxiliary|Verb|Gerund)$/.test(tag),
      )
    )
      return false
  }
  return words > 0
}

/** Trims white space and punctuation from both ends of `[start, end)`, keeping quotation marks. */
function trimSpan(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } | undefined {
  let s = start
  let e = end
  while (s < e && /[\s,;:—–-]/.test(text[s] ?? '')) s++
  // A wire-story dateline opens the first sentence, not the statement: "MOSCOW (Reuter) - ".
  const dateline = /^[A-Z][A-Z .,'-]+(?:\([^)]{1,30}\))?\s*[-—–]+\s+/.exec(
    text.slice(s, Math.min(e, s + 60)),
  )
  if (dateline !== null) s += dateline[0].length
  while (e > s && /[\s,;:.—–-]/.test(text[e - 1] ?? '')) e--
  // Keep a closing quote's own punctuation inside it, but drop a comma before it:
  // "…media,'" is quoted as it stands.
  return e - s >= 3 ? { start: s, end: e } : undefined
}

/** The quotation containing `offset`, if any. */
function quotationAt(
  quotations: readonly QuotationRange[],
  offset: number,
): QuotationRange | undefined {
  let low = 0
  let high = quotations.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const quotation = quotations[middle]
    if (quotation === undefined) break
    if (quotation.end <= offset) low = middle + 1
    else if (quotation.start > offset) high = middle - 1
    else return quotation
  }
  return undefined
}

/** Reads a speaker phrase backwards from token `index` (inclusive). */
function mentionBefore(
  tokens: readonly Token[],
  index: number,
  sentenceStart: number,
): FoundMention | undefined {
  let at = index
  // Skip adverbs and auxiliaries between the speaker and the verb ("he has also said").
  while (at >= 0) {
    const word = lower(tokens[at])
    if (
      auxiliaries.has(word) ||
      weekdays.test(word) ||
      (/ly$/.test(word) && !isCapital(tokens[at]))
    )
      at--
    // "he hastened to add", "he went on to say", "he wanted to stress".
    else if (word === 'to' && /(ed|went on)$/.test(lower(tokens[at - 1])))
      at -= lower(tokens[at - 1]) === 'on' ? 3 : 2
    else if (word === 'on' && lower(tokens[at - 1]) === 'went' && lower(tokens[at + 1]) === 'to')
      at -= 2
    else break
  }
  const last = tokens[at]
  if (last === undefined) return undefined
  const pronoun = lower(last)
  if (pronounTypes.has(pronoun)) return pronounMention(last)
  let first = at
  // Collect at most ten tokens: a title, names, "of the ministry's directorate".
  while (first - 1 >= 0 && at - first < 9) {
    const token = tokens[first - 1]
    if (token === undefined) break
    const word = lower(token)
    if (token.kind === 'punct') {
      // A period after an initial or abbreviation ("Mr.", "D.") belongs to the name.
      const abbreviation = tokens[first - 2]
      if (
        token.text === '.' &&
        abbreviation !== undefined &&
        abbreviation.end === token.start &&
        (titles.has(lower(abbreviation)) || /^[A-Z]$/.test(abbreviation.text))
      ) {
        first--
        continue
      }
      if ((token.text === "'" || token.text === '’') && first - 1 >= 0) break
      break
    }
    if (token.kind === 'number') break
    if (!isCapital(token) && isPhraseBreak(word)) break
    if (
      !isCapital(token) &&
      (word === 'that' ||
        word === 'who' ||
        word === 'which' ||
        word === 'and' ||
        word === 'but' ||
        word === 'or')
    )
      break
    if (token.start < sentenceStart) break
    first--
  }
  // Drop leading function words: the phrase starts at a determiner, a capital or a noun.
  while (
    first < at &&
    ['of', 'at', 'for', 'from', 'in', "'s", 'and'].includes(lower(tokens[first]))
  )
    first++
  const mention = describeMention(tokens, first, at)
  // "Raymond H. Hawksley, the present city CD head, believes": a role phrase in
  // apposition after a full name; the name is the speaker.
  if (
    mention !== undefined &&
    determiners.has(tokens[first]?.text ?? '') &&
    tokens[first - 1]?.text === ',' &&
    (tokens[at]?.text === ',' || tokens[at + 1]?.text === ',')
  ) {
    const named = mentionBefore(tokens, first - 2, sentenceStart)
    if (
      named !== undefined &&
      named.type === 'person' &&
      named.pronoun === undefined &&
      /\s\S+\s/.test(named.text)
    )
      return named
  }
  // "Pierre Salinger, White House press secretary, replied", "E. M. Martin,
  // assistant secretary of state for economic affairs told": a role without a
  // name after a full name that opens the sentence or a clause. The mention runs
  // from the name to the end of the role.
  if (
    mention !== undefined &&
    mention.pronoun === undefined &&
    tokens[first - 1]?.text === ',' &&
    tokens
      .slice(first, at + 1)
      .some(
        (token) =>
          !isCapital(token) && (speakerNouns.has(lower(token)) || titles.has(lower(token))),
      ) &&
    !tokens.slice(first, at + 1).some((token) => isCapital(token) && isGivenName(token.text))
  ) {
    const named = mentionBefore(tokens, first - 2, sentenceStart)
    const namedFirst = tokens.findIndex((token) => token.start === named?.start)
    const opener = tokens[namedFirst - 1]
    if (
      named !== undefined &&
      named.type === 'person' &&
      named.pronoun === undefined &&
      /\s\S+\s|\.\s/.test(` ${named.text} `) &&
      named.text.includes(' ') &&
      !determiners.has(lower(tokens[first])) &&
      tokens
        .slice(namedFirst, first - 1)
        .every((token) => token.kind !== 'word' || isCapital(token)) &&
      (opener === undefined || /^[,:;"'”’]$/.test(opener.text))
    ) {
      const end = tokens[at]?.text === ',' ? (tokens[at - 1]?.end ?? mention.end) : mention.end
      return {
        ...named,
        end,
        text: tokensText(tokens.slice(namedFirst, tokens[at]?.text === ',' ? at : at + 1)),
        role: mention.name.replace(/,$/, ''),
      }
    }
  }
  // An apposition between name and verb: "Rep. Charles E. Hughes of Sherman,
  // sponsor of the bill, said" — the name is before the apposition's commas.
  if (mention === undefined && tokens[first - 1]?.text === ',' && first - 2 >= 0) {
    const named = mentionBefore(tokens, first - 2, sentenceStart)
    const openerBefore = tokens.findIndex((token) => token.start === named?.start) - 1
    // Only when the name opens the sentence or a clause: otherwise the comma
    // closes reported content ("…, sponsor said").
    if (
      named !== undefined &&
      named.pronoun === undefined &&
      (openerBefore < 0 || !/^[,"'”’]$/.test(tokens[openerBefore]?.text ?? ''))
    )
      return named
  }
  return mention
}

/** Reads a speaker phrase forwards from token `index` ("said Mr. Schaefer, who …"). */
function mentionAfter(tokens: readonly Token[], index: number): FoundMention | undefined {
  const firstToken = tokens[index]
  if (firstToken === undefined) return undefined
  if (pronounTypes.has(lower(firstToken))) return pronounMention(firstToken)
  let last = index - 1
  while (last + 1 < tokens.length && last - index < 9) {
    const token = tokens[last + 1]
    if (token === undefined) break
    const word = lower(token)
    if (token.kind === 'punct') {
      const previous = tokens[last]
      if (
        token.text === '.' &&
        previous !== undefined &&
        previous.end === token.start &&
        (titles.has(lower(previous)) || /^[A-Z]$/.test(previous.text)) &&
        last + 2 < tokens.length
      ) {
        last++
        continue
      }
      break
    }
    if (token.kind === 'number') break
    if (!isCapital(token) && isPhraseBreak(word)) break
    if (!isCapital(token) && ['that', 'who', 'which', 'and', 'but', 'or'].includes(word)) break
    last++
  }
  while (
    last > index &&
    ['of', 'at', 'for', 'from', 'in', 'the', "'s", 'and'].includes(lower(tokens[last]))
  )
    last--
  return last >= index ? describeMention(tokens, index, last) : undefined
}

function pronounMention(token: Token): FoundMention {
  const pronoun = token.text.toLowerCase()
  const type = (pronounTypes.get(pronoun)?.[0] ?? 'person') as SpeakerType
  return {
    start: token.start,
    end: token.end,
    text: token.text,
    type,
    key: undefined,
    name: token.text,
    pronoun,
  }
}

/** Classifies tokens `[first, last]` as a speaker mention, or `undefined` when they cannot be one. */
function describeMention(
  tokens: readonly Token[],
  first: number,
  last: number,
): FoundMention | undefined {
  const parts = tokens.slice(first, last + 1)
  const head = parts.at(-1)
  const start = parts[0]
  if (head === undefined || start === undefined) return undefined
  const words = parts.filter((token) => token.kind === 'word')
  const lowerWords = words.map((token) => token.text.toLowerCase().replace(/\.$/, ''))
  // Capitalized words that are not the sentence-initial determiner.
  const capitals = words.filter(
    (token, index) => isCapital(token) && !(index === 0 && determiners.has(lowerWords[0] ?? '')),
  )
  // Plurals of speaker nouns too: "its directors", "the attorneys".
  const nouns = lowerWords.filter(
    (word) =>
      speakerNouns.has(word) || (/[^s]s$/.test(word) && speakerNouns.has(word.slice(0, -1))),
  )
  if (capitals.length === 0 && nouns.length === 0) return undefined
  const roleWords = words.filter(
    (token) => titles.has(token.text.toLowerCase().replace(/\.$/, '')) && isCapital(token),
  )
  const names = capitals.filter(
    (token) =>
      !titles.has(token.text.toLowerCase()) && !organisationWords.has(token.text.toLowerCase()),
  )
  const text = tokensText(parts)
  let type: SpeakerType
  if (
    lowerWords.some((word) => agencyWords.has(word)) ||
    /news agency|associated press|united press/i.test(text)
  )
    type = 'agency'
  else if (lowerWords.some((word) => organisationWords.has(word)) && roleWords.length === 0)
    type = 'organisation'
  else if (roleWords.length > 0 || names.some((token) => isGivenName(token.text))) type = 'person'
  else if (capitals.length > 0 && names.length > 0)
    type = names.length >= 1 && capitals.length <= 4 ? 'person' : 'organisation'
  else if (['a', 'an', 'one'].includes(lowerWords[0] ?? '')) type = 'anonymous'
  else if (/s$/.test(lowerWords.at(-1) ?? '') || lowerWords.includes('police')) type = 'group'
  else type = 'anonymous'
  // Merge keys: persons by surname (the last name word before "of"), others by their
  // head word; indefinite mentions ("a spokesman") are new speakers each time.
  const ofIndex = lowerWords.indexOf('of')
  const nameWords = (ofIndex > 0 ? words.slice(0, ofIndex) : words).filter(
    (token) =>
      isCapital(token) &&
      !titles.has(token.text.toLowerCase()) &&
      !/^(Jr|Sr|III|II)\.?$/.test(token.text),
  )
  const surname = nameWords.at(-1)?.text.toLowerCase()
  const headWord = (ofIndex > 0 ? lowerWords[ofIndex - 1] : lowerWords.at(-1)) ?? ''
  const key =
    type === 'person' && surname !== undefined
      ? `person:${surname}`
      : type === 'anonymous' && ['a', 'an', 'one'].includes(lowerWords[0] ?? '')
        ? undefined
        : `${type === 'group' || type === 'anonymous' ? 'other' : 'org'}:${headWord}`
  const name =
    type === 'person' && nameWords.length > 0
      ? tokensText(nameWords)
      : text.replace(/^(the|a|an)\s+/i, '')
  return {
    start: start.start,
    end: head.end,
    text,
    type,
    key,
    name,
    ...(roleWords.length > 0 ? { role: roleWords.map((token) => token.text).join(' ') } : {}),
  }
}

function tokensText(parts: readonly Token[]): string {
  let out = ''
  let previous: Token | undefined
  for (const token of parts) {
    out += previous === undefined || previous.end === token.start ? token.text : ` ${token.text}`
    previous = token
  }
  return out
}

function accordingTo(
  text: string,
  tokens: readonly Token[],
  cueIndex: number,
  sentence: SentenceRange,
  quotations: readonly QuotationRange[],
): FoundAttribution | undefined {
  const cueToken = tokens[cueIndex]
  const toToken = tokens[cueIndex + 1]
  if (cueToken === undefined || toToken === undefined) return undefined
  const mention = mentionAfter(tokens, cueIndex + 2)
  if (mention === undefined) return undefined
  // At the start of the sentence the content follows the speaker's comma; else it
  // is what comes before "according to".
  const atStart = cueIndex === 0 || (cueIndex === 1 && /^(but|and)$/i.test(tokens[0]?.text ?? ''))
  const span = atStart
    ? trimSpan(text, mention.end, sentence.end)
    : trimSpan(text, sentence.start, cueToken.start)
  if (span === undefined) return undefined
  const content = [span]
  return {
    content,
    cue: 'according to',
    cueStart: cueToken.start,
    cueEnd: toToken.end,
    mode: mode(content, quotations),
    mention,
  }
}

/**
 * Cues of several words: "X was quoted as saying …", "X is on record as believing
 * …", "X sent word that …". The speaker stands before (over "is", "was",
 * adverbs), the content after.
 */
function phraseCue(
  text: string,
  tokens: readonly Token[],
  cueIndex: number,
  cueWords: number,
  cue: string,
  sentence: SentenceRange,
  quotations: readonly QuotationRange[],
): FoundAttribution | undefined {
  const cueToken = tokens[cueIndex]
  const cueLast = tokens[cueIndex + cueWords - 1]
  if (cueToken === undefined || cueLast === undefined) return undefined
  if (quotationAt(quotations, cueToken.start) !== undefined) return undefined
  let at = cueIndex - 1
  while (
    at >= 0 &&
    /^(is|was|were|are|been|be|being|has|have|had|also|publicly|widely)$/.test(lower(tokens[at]))
  )
    at--
  const mention = mentionBefore(tokens, at, sentence.start)
  if (mention === undefined) return undefined
  let from = cueIndex + cueWords
  if (tokens[from]?.text === ',' || tokens[from]?.text === ':') from++
  while (timeWords.test(lower(tokens[from]))) from++
  if (lower(tokens[from]) === 'that') from++
  const startToken = tokens[from]
  if (startToken === undefined) return undefined
  const quote = quotations.find((quotation) => quotation.start === startToken.start)
  const end = quote !== undefined && quote.end > sentence.end ? quote.end : sentence.end
  const span = trimSpan(text, startToken.start, end)
  if (span === undefined) return undefined
  const content = [span]
  return {
    content,
    cue,
    cueStart: cueToken.start,
    cueEnd: cueLast.end,
    mode: mode(content, quotations),
    mention,
  }
}

function reportingVerb(
  text: string,
  tokens: readonly Token[],
  cueIndex: number,
  cue: string,
  sentence: SentenceRange,
  quotations: readonly QuotationRange[],
  previousSentence?: SentenceRange,
): FoundAttribution | undefined {
  const cueToken = tokens[cueIndex]
  if (cueToken === undefined) return undefined
  // Cues of several words ("quoted as saying", "sent word"): the content follows the last.
  const cueWords = cue.split(' ').length
  if (cueWords > 1 && !cue.startsWith('expressed'))
    return phraseCue(text, tokens, cueIndex, cueWords, cue, sentence, quotations)
  const before = lower(tokens[cueIndex - 1])
  const after = lower(tokens[cueIndex + 1])
  // A passive with its agent: "Appointment of X was announced Saturday by John F.
  // Tims", "X has been appointed, it was announced Monday by Charles E. Raymond".
  if (
    passiveMarkers.has(before) &&
    before !== 'the' &&
    before !== 'be' &&
    /^(announced|disclosed|reported|stated|revealed|said|declared)$/.test(cue)
  ) {
    let by = cueIndex + 1
    while (timeWords.test(lower(tokens[by]))) by++
    const agent = lower(tokens[by]) === 'by' ? mentionAfter(tokens, by + 1) : undefined
    if (agent === undefined || agent.pronoun !== undefined) return undefined
    const marker = tokens[cueIndex - 1]
    const it = lower(tokens[cueIndex - 2]) === 'it' ? tokens[cueIndex - 3] : undefined
    const end =
      it?.text === ',' ? it.start : lower(tokens[cueIndex - 2]) === 'it' ? 0 : (marker?.start ?? 0)
    const span = trimSpan(text, sentence.start, end)
    if (span === undefined) return undefined
    const content = [span]
    return {
      content,
      cue,
      cueStart: cueToken.start,
      cueEnd: cueToken.end,
      mode: mode(content, quotations),
      mention: agent,
    }
  }
  // Passives and the adjective: "it was said", "the said property", "said to be".
  if (passiveMarkers.has(before) || (after === 'to' && lower(tokens[cueIndex + 2]) === 'be'))
    return undefined
  // A noun, not a verb: "resentment at reports that …", "the reported plan".
  if (weak.has(cue) && nounBefore.has(before)) return undefined
  if (prepositionsAfterCue.has(after) && after !== 'to') return undefined
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
  if (inQuote !== undefined && inQuote.start < cueToken.start) {
    // A cue inside a quotation reports the quoted speaker's words, not the writer's:
    // "'They said no,' he added" — the outer cue is handled on its own.
    return undefined
  }
  const previousToken = tokens[cueIndex - 1]
  // A second verb of the subject: "Mitchell decried the rate and said …".
  if (before === 'and' && !weak.has(cue)) {
    let first = 0
    while (/^(but|and|however|yet|so|,)$/i.test(tokens[first]?.text ?? '')) first++
    const subject = mentionAfter(tokens, first)
    const subjectEnd = tokens.findIndex((token) => token.start >= (subject?.end ?? 0))
    if (
      subject !== undefined &&
      subjectEnd > 0 &&
      subjectEnd < cueIndex - 2 &&
      tokens[subjectEnd]?.kind === 'word' &&
      !isCapital(tokens[subjectEnd])
    ) {
      let from = cueIndex + 1
      while (timeWords.test(lower(tokens[from]))) from++
      if (lower(tokens[from]) === 'that') from++
      const startToken = tokens[from]
      const span =
        startToken === undefined ? undefined : trimSpan(text, startToken.start, sentence.end)
      if (span === undefined) return undefined
      const content = [span]
      return {
        content,
        cue,
        cueStart: cueToken.start,
        cueEnd: cueToken.end,
        mode: mode(content, quotations),
        mention: subject,
      }
    }
  }
  // Frame 1: content before — `"…," he said.` / `…, officials said.` / `…, said Mr. X.`
  let mention = mentionBefore(tokens, cueIndex - 1, sentence.start)
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
      const span = trimSpan(
        text,
        quote !== undefined && quote.start < previousSentence.start
          ? quote.start
          : previousSentence.start,
        previousSentence.end,
      )
      if (span === undefined) return undefined
      const content = [span]
      return {
        content,
        cue,
        cueStart: cueToken.start,
        cueEnd: cueToken.end,
        mode: mode(content, quotations),
        mention,
      }
    }
  }
  if (
    mention === undefined &&
    (previousToken?.text === ',' || closingQuotes.has(previousToken?.text ?? ''))
  ) {
    mention = mentionAfter(tokens, cueIndex + 1)
    inverted = mention !== undefined
  }
  if (mention === undefined) return undefined
  const mentionFirst = tokens.findIndex((token) => token.start === mention.start)
  // "at what he termed a 'social cost'": the named thing is the claim. "called"
  // reports only in this frame ("a sonata called 'Bella Bella'" names a title).
  const whatFrame = lower(tokens[mentionFirst - 1]) === 'what'
  if (cue === 'called' && !whatFrame) return undefined
  if (whatFrame && /^(termed|called|described)$/.test(cue)) {
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
    const span = trimSpan(text, startToken.start, end)
    if (span === undefined) return undefined
    const content = [span]
    return {
      content,
      cue,
      cueStart: cueToken.start,
      cueEnd: cueToken.end,
      mode: mode(content, quotations),
      mention,
    }
  }
  const beforeMention = inverted ? previousToken : tokens[mentionFirst - 1]
  const wordsBefore = tokens.filter(
    (token) => token.kind === 'word' && token.end <= (beforeMention?.start ?? 0),
  )
  const contentBefore =
    (inverted ||
      (beforeMention !== undefined &&
        (beforeMention.text === ',' || closingQuotes.has(beforeMention.text)))) &&
    (beforeMention?.start ?? 0) > sentence.start &&
    // Three words at least ("However, the jury said" reports what follows), and
    // not a dangling conjunction ("since, he said, it would impair contracts").
    (wordsBefore.length >= 3 || closingQuotes.has(beforeMention?.text ?? '')) &&
    !clauseOpeners.has(lower(wordsBefore.at(-1))) &&
    // The frame `…, X said.` closes the clause at the cue (or after an inverted
    // speaker); when words follow ("…, a spokesman said the text …"), they are the
    // content and the part before is a subordinate clause.
    (clauseEndsAfter(
      tokens,
      inverted ? tokens.findIndex((token) => token.start >= mention.end) : cueIndex + 1,
    ) ||
      ((cue === 'told' || cue === 'tells') && hearerOnly(tokens, cueIndex + 1))) &&
    // `Asked to elaborate, X replied, "…"`: a quotation right after the cue is
    // the content, unless the part before is a quotation too.
    !(
      !inverted &&
      !closingQuotes.has(beforeMention?.text ?? '') &&
      !closingQuotes.has(tokens[mentionFirst - 2]?.text ?? '') &&
      /^[,:]$/.test(tokens[cueIndex + 1]?.text ?? '') &&
      quotations.some((quotation) => quotation.start === tokens[cueIndex + 2]?.start)
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
      closingQuotes.has(beforeMention.text) ? beforeMention.end : beforeMention.start,
    )
    if (span === undefined) return undefined
    content.push(span)
    // `"…," he said, "…"`: the quotation after the cue continues the content.
    const afterCue = inverted
      ? tokens.findIndex((token) => token.start >= mention.end)
      : cueIndex + 1
    const comma = tokens[afterCue]
    const next = tokens[afterCue + 1]
    if (comma?.text === ',' && next !== undefined) {
      const continuation = quotations.find((quotation) => quotation.start === next.start)
      if (continuation !== undefined)
        content.push({ start: continuation.start, end: continuation.end })
    }
  } else {
    if (inverted) return undefined
    // Frame 2: content after — `X said (that) …`, `X told reporters (that) …`.
    let from = cueIndex + cueWords
    if (
      tokens[from]?.text === ',' &&
      !quotations.some((quotation) => quotation.start === tokens[from + 1]?.start)
    )
      from++
    // "indicated, however, that …"
    if (/^(however|too|also|though)$/.test(lower(tokens[from])) && tokens[from + 1]?.text === ',')
      from += 2
    while (timeWords.test(lower(tokens[from]))) from++
    if (cue === 'told' || cue === 'tells') {
      const that = tokens.findIndex(
        (token, index) => index > cueIndex && index <= cueIndex + 7 && lower(token) === 'that',
      )
      if (that > 0) from = that
      else {
        // Skip the hearer: a pronoun, or a short noun phrase.
        from = cueIndex + 1
        if (
          pronounTypes.has(lower(tokens[from])) ||
          /^(him|her|them|us|me|reporters|newsmen|journalists)$/.test(lower(tokens[from]))
        )
          from++
        else {
          while (
            from < tokens.length &&
            from < cueIndex + 5 &&
            tokens[from]?.kind === 'word' &&
            !isPhraseBreak(lower(tokens[from]))
          )
            from++
        }
      }
    }
    const hasThat = lower(tokens[from]) === 'that'
    if (hasThat) from++
    const startToken = tokens[from]
    if (startToken === undefined) return undefined
    const opensQuote =
      quotations.some((quotation) => quotation.start === startToken.start) ||
      startToken.text === ':'
    // "described the speeches as 'inconclusive'" reports a judgement.
    const describedAs =
      /^(described|viewed|identified)$/.test(cue) &&
      !/^(himself|herself|itself|themselves)$/.test(lower(startToken)) &&
      tokens.some(
        (token, index) =>
          index > from && (cue === 'described' || index < from + 8) && lower(token) === 'as',
      )
    // A clause with its own subject: "its directors indicated they could not …",
    // "the railroad announced yesterday it would reduce …".
    const subjectClause =
      /^(he|she|they|we|i)$/.test(lower(startToken)) ||
      (/^(it|there)$/.test(lower(startToken)) &&
        lexiconTags(lower(tokens[from + 1])).some((tag) => /^(Modal|Copula|Auxiliary)$/.test(tag)))
    if (weak.has(cue) && !hasThat && !opensQuote && !describedAs && !subjectClause) return undefined
    // `X said: "…"` or `X said, "…"` — the quotation, even if it runs on.
    const quote = quotations.find(
      (quotation) =>
        quotation.start === startToken.start || quotation.start === tokens[from + 1]?.start,
    )
    const end = quote !== undefined && quote.end > sentence.end ? quote.end : sentence.end
    const span = trimSpan(text, startToken.start, end)
    if (span === undefined) return undefined
    content.push(span)
  }
  return {
    content,
    cue,
    cueStart: cueToken.start,
    cueEnd: cueToken.end,
    mode: mode(content, quotations),
    mention,
  }
}
