/**
 * Round 11: texts that read, begin or run with quoted words. A poem, a sign, a
 * programme note is the source of the words it is quoted as reading: `The sign
 * reads: "Keep off"`, `The program note reads as follows: "…"`, `"…", begins
 * the poem from which the book takes its title`.
 */
import { quotationStartingAt } from '../text/quotations.js'
import { lower, type Token } from '../text/tokens.js'
import {
  type CueContext,
  claimAtCue,
  closingQuotes,
  type FoundAttribution,
  quotationAfter,
} from './claim-content.js'
import { tokensText } from './mentions.js'

/**
 * Verbs by which a text has its words.
 *
 * @example
 * readingCues.has('reads') // => true
 */
export const readingCues: ReadonlySet<string> = new Set([
  'reads',
  'read',
  'begins',
  'began',
  'ends',
  'ended',
  'runs',
  'ran',
  'goes',
  'went',
  'concludes',
  'opens',
  'opened',
])

// Texts that can be quoted as reading something.
const textHeads =
  /^(poem|poems|letter|letters|note|notes|sign|signs|inscription|verse|verses|line|lines|passage|text|caption|headline|title|motto|epitaph|slogan|telegram|message|notice|label|placard|banner|entry|legend|card|chapter|song|hymn|proverb|saying|preface|foreword|dedication|announcement|advertisement|ad|leaflet|pamphlet|poster|cable|will|clause|citation|program|programme|statement|tweet|post|email|e-mail|obituary)$/

// Words inside a text's phrase: determiners, modifiers, names.
const phraseWord =
  /^(the|a|an|its|his|her|their|this|that|one|another|old|new|first|last|opening|closing|final|famous|program|programme|official)$/

function textPhrase(
  tokens: readonly Token[],
  first: number,
  last: number,
): { start: number; end: number; text: string } | undefined {
  const head = tokens[last]
  const start = tokens[first]
  if (head === undefined || start === undefined || !textHeads.test(lower(head))) return undefined
  for (let at = first; at < last; at++) {
    const token = tokens[at]
    if (token === undefined || token.kind !== 'word') return undefined
    if (!phraseWord.test(lower(token)) && !/^\p{Lu}/u.test(token.text)) return undefined
  }
  return { start: start.start, end: head.end, text: tokensText(tokens.slice(first, last + 1)) }
}

function textMention(phrase: { start: number; end: number; text: string }) {
  const name = phrase.text.replace(/^(the|a|an)\s+/i, '')
  return {
    start: phrase.start,
    end: phrase.end,
    text: phrase.text,
    type: 'organisation' as const,
    key: /^(a|an|one|another)\s/i.test(phrase.text) ? undefined : `org:${name.toLowerCase()}`,
    name,
  }
}

/**
 * The quoted words a text reads, begins or runs with, and the text as their
 * source; `undefined` when no text phrase and no quotation frame the cue ("She
 * reads the paper", "The road runs north").
 */
export function textReads(context: CueContext): FoundAttribution | undefined {
  const { text, tokens, cueIndex, sentence, quotations } = context
  // Inverted: `"…", begins the poem …` — the quotation closes just before.
  const comma = tokens[cueIndex - 1]
  const closing = tokens[cueIndex - 2]
  if (comma?.text === ',' && closing !== undefined && closingQuotes.has(closing.text)) {
    const quote = quotations.find(
      (quotation) => quotation.end >= closing.start && quotation.end <= (comma.end ?? 0),
    )
    let last = cueIndex + 1
    while (
      last < cueIndex + 6 &&
      tokens[last + 1]?.kind === 'word' &&
      !textHeads.test(lower(tokens[last]))
    )
      last++
    const phrase = textPhrase(tokens, cueIndex + 1, last)
    if (quote === undefined || phrase === undefined) return undefined
    return claimAtCue(context, { start: quote.start, end: quote.end }, textMention(phrase))
  }
  // Forward: `The sign reads (as follows): "…"`.
  let first = cueIndex - 1
  while (first > 0 && tokens[first - 1]?.kind === 'word' && cueIndex - first < 5) first--
  let phrase: ReturnType<typeof textPhrase>
  for (let from = first; from < cueIndex && phrase === undefined; from++)
    phrase = textPhrase(tokens, from, cueIndex - 1)
  // Rules 0.37.0: the text named before a modifier of its source, "A statement
  // issued by Hereford Independent Schools District reads: '…'", "A statement
  // from the club read: '…'" (round 79).
  // (Words only between the text and the cue: each step back checks the one word
  // it adds.)
  for (let head = cueIndex - 2; phrase === undefined && head > 0 && head >= cueIndex - 10; head--) {
    if (tokens[head + 1]?.kind !== 'word') break
    if (
      !textHeads.test(lower(tokens[head])) ||
      !/^(from|by|of|issued|released|posted|published|written|sent|signed|put)$/.test(
        lower(tokens[head + 1]),
      )
    )
      continue
    let from = head
    while (from > 0 && tokens[from - 1]?.kind === 'word' && head - from < 4) from--
    for (; from <= head && phrase === undefined; from++) phrase = textPhrase(tokens, from, head)
  }
  if (phrase === undefined) return undefined
  let at = cueIndex + 1
  if (lower(tokens[at]) === 'as' && lower(tokens[at + 1]) === 'follows') at += 2
  if (!/^[:,]$/.test(tokens[at]?.text ?? '')) return undefined
  const next = tokens[at + 1]
  // A colon closing the paragraph: the quotation opening the next one.
  const quote =
    next === undefined && tokens[at]?.text === ':'
      ? quotationAfter(text, sentence.end, quotations)
      : quotationStartingAt(quotations, next?.start)
  if (quote === undefined) return undefined
  return claimAtCue(context, { start: quote.start, end: quote.end }, textMention(phrase))
}
