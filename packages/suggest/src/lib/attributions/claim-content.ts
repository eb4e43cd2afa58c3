/**
 * Reported content: its span in the text, its mode, and the claim found at a cue.
 */
import type { QuotationRange } from '../text/quotations.js'
import type { SentenceRange } from '../text/sentences.js'
import { lower, type Token } from '../text/tokens.js'
import type { FoundMention } from './mentions.js'

/**
 * A cue found in a sentence and what every rule at it reads: the text, the
 * sentence's tokens, the cue's index among them and its token, the cue
 * (lower-cased, its words joined by single spaces), the sentence and the
 * quotations of the text.
 */
export interface CueContext {
  readonly text: string
  readonly tokens: readonly Token[]
  readonly cueIndex: number
  readonly cueToken: Token
  readonly cue: string
  readonly sentence: SentenceRange
  readonly quotations: readonly QuotationRange[]
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

// Time and place words right after a cue are not part of what was said ("said
// Friday that …", "said here the other day", "said last night in an interview").
const timeWords =
  /^(today|yesterday|tonight|now|later|earlier|afterward|afterwards|again|here|monday|tuesday|wednesday|thursday|friday|saturday|sunday|previously|recently|repeatedly|publicly|privately|separately|frequently)$/i
const partsOfDay = /^(morning|afternoon|evening|night)$/i
const weekdays = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday'
const months =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|aug|sept?|oct|nov|dec'
const periods = 'week|weekend|month|year|night|season|spring|summer|fall|autumn|winter'
const adverbialPhrases = [
  new RegExp(`^(last|this|next) (${periods})$`),
  new RegExp(`^(earlier|later) (this|last|in the) (${periods}|day)$`),
  /^the other (day|night|week)$/,
  /^in an? (interview|statement|speech|letter|telephone interview|television interview|radio interview|blog post|written statement|briefing)$/,
  // "in a joint statement", "in his annual report", "in a prepared speech".
  /^in (an?|his|her|their|its|the)( \S+){0,2} (statement|interview|speech|letter|report|address|broadcast|telegram|message|sermon|lecture|announcement|release|editorial|article|column|memo|memorandum|note|testimony|opinion|ruling|decision)$/,
  // Round 9: the papers of wire copy, and their addressee or subject ("in its
  // weekly review", "in a monthly bulletin", "in a letter to shareholders", "in
  // a report on the economy", "in a filing with the commission").
  /^in (an?|his|her|their|its|the)( \S+){0,2} (review|bulletin|survey|study|newsletter|commentary|filing|prospectus|circular|notice|communique|forecast|remarks|comments|reply|response|submission|paper|document|budget)$/,
  /^in (an?|his|her|their|its|the)( \S+){0,1} (statement|letter|report|speech|message|filing|submission|address|bulletin|circular|notice|reply|remarks|testimony) (to|on|for|from|with|before) (the |its |his |her |their )?\S+$/,
  /^on (the )?condition (of )?anonymity$/,
  // Round 15: what the words answered, and to whom they were said: "said in
  // reply to a query", "in response to questions", "in answer to a reporter",
  // "in remarks to reporters", "in comments to Reuters", "at a presentation".
  // "said without giving details", "without specifying the amount paid out";
  // "said as arranger", "said as lead manager" (the capacity the speaker spoke in).
  /^without (specifying|giving|elaborating|naming|disclosing|providing|identifying|explaining|offering|detailing|citing|saying)( \S+){0,5}$/,
  /^as (an? |the |its |their )?(arranger|adviser|advisor|agent|lead manager|co-manager|manager|trustee|underwriter|sponsor|host|chairman|president|spokesman|spokeswoman|mediator|witness|guarantor|lender|creditor)$/,
  // "said at the end of a brief visit here", "during a visit to Paris", "after
  // talks with the minister".
  /^(during|on|after|at the end of|at the close of|at the start of|at the conclusion of) (an?|the|his|her|its|their)( \S+)? (visit|trip|tour|stay|meeting|session|talks|conference|hearing|debate)( (to|in|of|with) \S+)?$/,
  /^(after|during|following) talks with( (the|his|her|their))? \S+$/,
  /^in (reply|response|answer) to( (an?|the|his|her|their|its|\S+['’]))? \S+$/,
  /^in (remarks|comments|statements|testimony|evidence|a statement|a speech) (to|before|at) (the |a |an )?\S+$/,
  /^at an? (presentation|reception|gathering|luncheon|dinner|breakfast|lunch|seminar|workshop|ceremony|rally|hearing|meeting|briefing|press briefing|news briefing|forum|symposium|conference)$/,
  // "in a statement issued in London", "in a report released on Monday".
  /^in (an?|his|her|their|its|the)( \S+){0,1} (statement|report|letter|communique|bulletin|message|speech|address|release|text|interview|article|editorial|column|commentary) (issued|released|published|made|read|distributed|carried|sent|filed|prepared|delivered|broadcast|aired|televised|given|granted)( (here|late|later|earlier|today|yesterday)| (in|on|at|by|to) (?!(the|a|an|it|he|she|they|we)$)\S+)?$/,
  // Round 15: "said late on Tuesday", "early today", "late last night".
  new RegExp(`^(late|early) (on )?(${weekdays}|yesterday|today|tonight)$`),
  new RegExp(
    `^(late|early) (last|this|on) (night|week|month|year|morning|afternoon|evening|${weekdays})$`,
  ),
  /^at an? (news|press) (conference|briefing)$/,
  /^at an? (briefing|rally|hearing|meeting|summit)$/,
  /^in (parliament|court|congress)$/,
  /^on (twitter|facebook|television|radio|social media)$/,
  // Round 13: "said on French radio …", "on state television", "over the radio".
  /^on( \S+){1,2} (radio|television|tv)$/,
  /^over (the )?(radio|television|air)$/,
  // Round 10: "said on the NBC television network …", "at a symposium in …".
  /^on (an?|the|its|his|her|their)( \S+){0,3} (network|program|programme|show|station|channel|broadcast|radio|television)$/,
  /^at (an?|the)( \S+){0,2} (meeting|conference|symposium|seminar|luncheon|dinner|forum|convention|session|ceremony|congress)$/,
  // "on Tuesday", "on Tuesday night", "on March 3", "on 3 March", "on March 3, 2024".
  new RegExp(`^on (${weekdays})( (morning|afternoon|evening|night))?$`),
  new RegExp(`^on (${months})( ?\\.)? \\d{1,2}(st|nd|rd|th)?$`),
  new RegExp(`^on \\d{1,2}(st|nd|rd|th)? (${months})$`),
]

/** The end of "in|at" and one to three capitalized words before "that" or a comma, if there. */
function placeEnd(tokens: readonly Token[], at: number): number | undefined {
  if (!/^(in|at)$/.test(lower(tokens[at]))) return undefined
  let end = at + 1
  while (end < at + 4 && /^[A-Z]/.test(tokens[end]?.text ?? '')) end++
  // Round 10: or before "the" opening the statement ("said in Rome the talks …").
  return end > at + 1 && /^(that|,|the)$/.test(lower(tokens[end])) ? end : undefined
}

/**
 * The index of the first token at or after `index` that is not a time or place
 * adverbial ("Friday", "yesterday afternoon", "here the other day", "last week",
 * "in an interview").
 *
 * @example
 * skipAdverbials(tokenize('said here the other day.'), 1) // => 5
 */
export function skipAdverbials(tokens: readonly Token[], index: number): number {
  let at = index
  for (;;) {
    if (timeWords.test(lower(tokens[at]))) {
      at++
      if (partsOfDay.test(lower(tokens[at]))) at++
      continue
    }
    // Round 22: a hyphenated compound is one word of the phrase ("in a 98-page
    // study", "in a two-page statement"): its hyphen touches both halves.
    const phrase = (length: number) =>
      tokens
        .slice(at, at + length)
        .map((token, index, part) => {
          const previous = part[index - 1]
          const joined =
            previous !== undefined &&
            previous.end === token.start &&
            (token.text === '-' || previous.text === '-')
          return (index === 0 || joined ? '' : ' ') + token.text.toLowerCase()
        })
        .join('')
    // Every phrase opens with one of these words; others are not tried.
    const matched =
      /^(last|this|next|earlier|later|the|in|at|on|without|as|during|after|following|late|early)$/.test(
        lower(tokens[at]),
      )
        ? [7, 6, 5, 4, 3, 2].find((length) =>
            adverbialPhrases.some((pattern) => pattern.test(phrase(length))),
          )
        : undefined
    if (matched !== undefined) {
      at += matched
      continue
    }
    // A place before "that" or a comma: "said in Austin that …".
    const place = placeEnd(tokens, at)
    if (place === undefined) return at
    at = place
  }
}
export const closingQuotes = new Set(['"', "'", '”', '’'])

export function mode(
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

/**
 * True when the clause ends at token `index`: the sentence ends, a comma or
 * quotation follows, or a second verb of the speaker ("he said but adding that …",
 * "he said and added").
 */
export function clauseEndsAfter(tokens: readonly Token[], index: number): boolean {
  const at = skipAdverbials(tokens, index)
  const next = tokens[at]
  if (/^(and|but)$/.test(lower(next)) && /^(\p{L}+ing|added|adds)$/u.test(lower(tokens[at + 1])))
    return true
  return at < 0 || next === undefined || /^[.,;:!?"'”’)]$/.test(next.text)
}

/** Trims white space and punctuation from both ends of `[start, end)`, keeping quotation marks. */
export function trimSpan(
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
export function quotationAt(
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

/** A stretch of text, `[start, end)`. */
export interface TextRange {
  readonly start: number
  readonly end: number
}

/**
 * The attribution of `content` (one span, several, or none found) to `mention`
 * at a cue; `undefined` when the content or the mention is missing.
 *
 * @example
 * claimAt('said', { start: 3, end: 7 }, { start: 8, end: 20 }, mention, [])?.mode // => 'indirect'
 */
export function claimAt(
  cue: string,
  cueRange: TextRange,
  content: TextRange | readonly TextRange[] | undefined,
  mention: FoundMention | undefined,
  quotations: readonly QuotationRange[],
): FoundAttribution | undefined {
  if (content === undefined || mention === undefined) return undefined
  const spans: readonly TextRange[] = 'start' in content ? [content] : content
  if (spans.length === 0) return undefined
  return {
    content: spans,
    cue,
    cueStart: cueRange.start,
    cueEnd: cueRange.end,
    mode: mode(spans, quotations),
    mention,
  }
}

/**
 * {@link claimAt} at the cue of `context`: its words, its token and the
 * quotations of the text.
 */
export function claimAtCue(
  context: CueContext,
  content: TextRange | readonly TextRange[] | undefined,
  mention: FoundMention | undefined,
): FoundAttribution | undefined {
  // Round 13: "said nothing", "said so" report no content, in every frame.
  const only = content !== undefined && 'start' in content ? content : undefined
  if (
    only !== undefined &&
    /^(nothing|little|much|so|this|that|it|more)$/i.test(context.text.slice(only.start, only.end))
  )
    return undefined
  return claimAt(context.cue, context.cueToken, content, mention, context.quotations)
}

/** The quotation opening right after `offset`, past white space only (the next paragraph). */
export function quotationAfter(
  text: string,
  offset: number,
  quotations: readonly QuotationRange[],
): QuotationRange | undefined {
  let at = offset
  while (at < text.length && at < offset + 8 && /\s/.test(text[at] ?? '')) at++
  const quote = quotationAt(quotations, at)
  return quote?.start === at ? quote : undefined
}
