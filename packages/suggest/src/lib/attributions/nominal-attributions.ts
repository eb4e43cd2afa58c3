/**
 * Attributions carried by a noun of saying: "a remark by X that …", "Their view
 * is that …", "Jefferson's dictum that …".
 */
import type { QuotationRange } from '../text/quotations.js'
import type { SentenceRange } from '../text/sentences.js'
import { isCapital, lower, type Token, tokenize } from '../text/tokens.js'
import {
  claimAt,
  type FoundAttribution,
  skipAdverbials,
  type TextRange,
  trimSpan,
} from './claim-content.js'
import { opensClause } from './clauses.js'
import { type FoundMention, mentionAfter, mentionBefore, pronounMention } from './mentions.js'
import { lexiconTags } from './word-classes.js'

// Nouns of saying and holding that take a "that" clause and a source: "a remark
// by Hughes that …", "Their view is that …", "Jefferson's dictum that …".
const sayingNouns =
  'remark|remarks|statement|announcement|disclosure|assertion|charge|claim|contention|argument|prediction|warning|suggestion|dictum|view|belief|opinion|position|insistence|complaint|promise|pledge|thesis|cry|conviction|assurance|assurances|report|reports|news|word|rumor|rumors'
const nominalPattern = new RegExp(`(?<![\\p{L}'’-])(?:${sayingNouns})(?![\\p{L}'’-])`, 'gu')
// "that" opens a complement clause, not a relative one ("the report that was filed"):
// no verb right after it.
function complementThat(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index]
  return (
    next !== undefined &&
    next.kind === 'word' &&
    !lexiconTags(lower(next)).some((tag) =>
      /^(Copula|Modal|Auxiliary|PastTense|PresentTense|Verb|Infinitive)$/.test(tag),
    )
  )
}

// Verbs that pass a report on: "Doe leaked the news that …".
const passingVerbs = /^(leaked|spread|broke|passed|brought|released|confirmed|circulated|denied)$/
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
export function nominalAttributions(
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
  const result = (content: TextRange[] | undefined, mention: FoundMention | undefined) =>
    claimAt(cue, noun, content, mention, quotations)
  // "a remark by X[, role,] that …", "a cry from the government that …"
  if (/^(by|from)$/.test(lower(tokens[at + 1]))) {
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
  // "X leaked the news that …", "the mayor confirmed reports that …": a verb of
  // passing on a report, whose subject speaks.
  if (
    lower(tokens[at + 1]) === 'that' &&
    /^(news|word|report|reports|rumor|rumors)$/.test(cue) &&
    complementThat(tokens, at + 2)
  ) {
    const verbAt = /^(the|a)$/.test(lower(previous)) ? at - 2 : at - 1
    if (!passingVerbs.test(lower(tokens[verbAt]))) return undefined
    const mention = mentionBefore(tokens, verbAt - 1, sentence.start)
    if (mention === undefined || /^(i|we|you)$/.test(mention.pronoun ?? '')) return undefined
    // In a clause that opens with a subordinator ("Soon after X leaked the news
    // that …, Y …") the content ends at the clause's comma.
    const comma = tokens.findIndex((token, index) => index > at + 2 && token.text === ',')
    const subordinate = tokens
      .slice(0, verbAt)
      .some((token) =>
        /^(after|when|before|since|while|because|if|although|as|once)$/.test(lower(token)),
      )
    return result(
      contentFrom(at + 2, subordinate && comma > 0 ? tokens[comma]?.start : sentence.end),
      mention,
    )
  }
  // "the U.S. belief that …", "the Kremlin's claim": a name before the noun is its source.
  if (
    lower(tokens[at + 1]) === 'that' &&
    previous !== undefined &&
    // A capital or an abbreviation's period: "the U. S. belief that".
    (isCapital(previous) || (previous.text === '.' && isCapital(tokens[at - 2]))) &&
    complementThat(tokens, at + 2)
  ) {
    const source = mentionBefore(tokens, at - 1, sentence.start)
    const first = tokens.findIndex((token) => token.start === source?.start)
    if (
      source !== undefined &&
      source.pronoun === undefined &&
      source.end === previous.end &&
      (lower(tokens[first]) === 'the' || lower(tokens[first - 1]) === 'the')
    )
      return result(contentFrom(at + 2), source)
  }
  // "Their view is that …", "his contention was that …"
  const possessive = possessivePronouns.get(lower(previous))
  if (possessive !== undefined && previous !== undefined) {
    // "his argument that Dallas men can do …": a clause with its own subject.
    if (lower(tokens[at + 1]) === 'that' && opensClause(tokens, at + 2))
      return result(contentFrom(at + 2), { ...pronounMention(previous), pronoun: possessive })
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
    by = skipAdverbials(tokens, by)
    if (lower(tokens[by]) !== 'by') return undefined
    const mention = mentionAfter(tokens, by + 1)
    if (mention === undefined || mention.pronoun !== undefined) return undefined
    return result(contentFrom(at + 2, tokens[made]?.start), mention)
  }
  return undefined
}
