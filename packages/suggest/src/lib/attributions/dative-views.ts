/**
 * Round 13: views named by a dative of opinion opening the sentence: "To the
 * critics, the novel was a failure", "To him, the war was a mistake".
 */
import type { QuotationRange } from '../text/quotations.js'
import type { SentenceRange } from '../text/sentences.js'
import { isCapital, lower, tokenize } from '../text/tokens.js'
import { claimAt, type FoundAttribution, trimSpan } from './claim-content.js'
import { mentionAfter, pronounMention } from './mentions.js'
import { lexiconTags } from './word-classes.js'

const objectPronouns = new Map([
  ['him', 'he'],
  ['her', 'she'],
  ['them', 'they'],
])

// The verbs of a judgement ("was a failure", "seemed absurd", "meant ruin").
const judgingVerbs =
  /^(is|was|are|were|seems|seemed|appears|appeared|remains|remained|looks|looked|sounds|sounded|means|meant|became|becomes|represents|represented)$/

// Ways to a place, whose length or ease a sentence opening "To X," describes.
const journeyNouns =
  /^(trip|journey|drive|flight|road|route|way|distance|ride|walk|voyage|crossing|passage|train|bus|fare|mileage)$/

/**
 * The views of the text named by "To X," at the start of a sentence, with a
 * clause of judgement after the comma: X's claim, the clause. X is a pronoun
 * ("him", "them") or a speaker mention that is no place ("To Paris, the trip
 * was long" is a direction).
 *
 * @example
 * const text = 'To the critics, the novel was a failure.'
 * dativeViews(text, [{ start: 0, end: text.length }], [])[0]?.mention.text // => 'the critics'
 */
export function dativeViews(
  text: string,
  sentences: readonly SentenceRange[],
  quotations: readonly QuotationRange[],
): FoundAttribution[] {
  const found: FoundAttribution[] = []
  for (const sentence of sentences) {
    // A cheap test before tokenizing: "To " (after "But", "And") opens the sentence.
    if (!/^(?:(?:But|And|Yet)\s+)?To\s/.test(text.slice(sentence.start, sentence.start + 12)))
      continue
    const tokens = tokenize(text, sentence.start, sentence.end)
    const to = tokens.findIndex((token) => token.text === 'To')
    const cue = tokens[to]
    if (cue === undefined) continue
    const pronoun = objectPronouns.get(lower(tokens[to + 1]))
    const holder = tokens[to + 1]
    const mention =
      pronoun !== undefined && holder !== undefined
        ? { ...pronounMention(holder), pronoun }
        : mentionAfter(tokens, to + 1)
    if (mention === undefined || /^(me|us|you)$/i.test(mention.text)) continue
    const comma = tokens.findIndex((token) => token.start >= mention.end)
    if (tokens[comma]?.text !== ',') continue
    // Not a place or a time: "To Paris, …", "To this day, …".
    const words = mention.text.split(/\s+/)
    if (
      words.some((word) =>
        lexiconTags(word.toLowerCase()).some((tag) =>
          /^(City|Country|Place|Region|Date)$/.test(tag),
        ),
      ) ||
      /^(this|that|the)\s+(day|end|date|extent|point|degree)\b/i.test(mention.text) ||
      (pronoun === undefined &&
        mention.type !== 'person' &&
        mention.type !== 'group' &&
        mention.type !== 'anonymous' &&
        mention.type !== 'organisation')
    )
      continue
    const start = tokens[comma + 1]
    if (start === undefined) continue
    const verb = tokens.findIndex(
      (token, index) =>
        index > comma + 1 &&
        index <= comma + 8 &&
        token.kind === 'word' &&
        !isCapital(token) &&
        judgingVerbs.test(lower(token)),
    )
    if (verb < 0 || tokens.slice(comma + 1, verb).some((token) => token.kind === 'punct')) continue
    // A way there, not a view: "To Albany, the trip was long".
    if (tokens.slice(comma + 1, verb).some((token) => journeyNouns.test(lower(token)))) continue
    const content = trimSpan(text, start.start, sentence.end)
    const result = claimAt(
      'to',
      cue,
      content === undefined ? undefined : [content],
      mention,
      quotations,
    )
    if (result !== undefined) found.push(result)
  }
  return found
}
