/**
 * Attributions carried by a noun of saying: "a remark by X that …", "Their view
 * is that …", "Jefferson's dictum that …".
 */
import type { QuotationRange } from '../text/quotations.js'
import type { SentenceRange } from '../text/sentences.js'
import { lower, type Token, tokenize } from '../text/tokens.js'
import {
  claimAt,
  type FoundAttribution,
  skipAdverbials,
  type TextRange,
  trimSpan,
} from './claim-content.js'
import { opensClause } from './clauses.js'
import { type FoundMention, mentionAfter, mentionBefore, pronounMention } from './mentions.js'

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
