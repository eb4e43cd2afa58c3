/**
 * Round 10: the all-capitals headline of wire copy reports in a telegraphic
 * frame of its own: "MAYOR SAYS BRIDGE WILL REOPEN", "ANALYSTS SEE SLOWER
 * GROWTH", "BRIDGE TO REOPEN IN MAY, SAYS MAYOR", "SALES FELL, TRADE GROUP SAYS".
 */
import type { QuotationRange } from '../text/quotations.js'
import { type Token, tokenize } from '../text/tokens.js'
import { claimAt, type FoundAttribution } from './claim-content.js'
import { describeMention } from './mentions.js'

// Headline verbs of saying and of foreseeing (the forecast is the speaker's);
// round 11: the other reporting verbs of headlines, in the headline present
// ("PROXMIRE VOWS QUICK ACTION", "UNION URGES STRIKE", "ACME EXPECTS HIGHER
// PROFIT", "MINISTER DENIES CUT IN RATES").
const headlineCue =
  /^(SAYS|SAY|SEES|SEE|PREDICTS|PREDICT|FORECASTS|WARNS|WARN|VOWS|VOW|PLEDGES|PLEDGE|PROMISES|PROMISE|URGES|URGE|EXPECTS|EXPECT|DENIES|DENY|CLAIMS|CLAIM|INSISTS|INSIST|ARGUES|ARGUE|BELIEVES|BELIEVE|FEARS|FEAR|CONFIRMS|CONFIRM|PROJECTS|ESTIMATES|ASSERTS|DECLARES|ANNOUNCES|TELLS|REJECTS|DOUBTS|CALL|CALLS)$/
// Words that cannot open or end a speaker phrase of a headline.
const notSpeaker =
  /^(IF|WHEN|AS|TO|OF|IN|ON|AT|FOR|BY|WITH|AND|OR|BUT|THE|A|AN|WHAT|HOW|WHY|NO|NOT|IT|THAT|THIS)$/

/**
 * Claims of the headline: the first line of `text` when it has no lower-case
 * letter and a blank line follows it.
 *
 * @example
 * headlineAttributions('MAYOR SAYS BRIDGE WILL REOPEN\n\nThe mayor said …', [])[0]?.mention.text // => 'MAYOR'
 */
export function headlineAttributions(
  text: string,
  quotations: readonly QuotationRange[],
): FoundAttribution[] {
  const line = /^\s*([^\n]{8,160})\n[ \t]*\n/.exec(text)
  const headline = line?.[1]
  if (line === null || headline === undefined) return []
  const start = line[0].indexOf(headline) + (line.index ?? 0)
  if (/[a-z]/.test(headline)) {
    const sourced = sourceTagged(text, headline, start, quotations)
    return sourced === undefined ? [] : [sourced]
  }
  const tokens = tokenize(text, start, start + headline.length)
  // A phrase ends before a ticker ("ACME <ACM> SAYS", "BID FOR ACME <ACM>").
  const beforeTicker = (from: number, to: number): number => {
    let last = to
    while (last >= from && tokens[last]?.kind === 'punct') {
      if (tokens[last]?.text === '>') {
        while (last >= from && tokens[last]?.text !== '<') last--
      }
      last--
    }
    return last
  }
  const speaker = (from: number, to: number) => {
    const last = beforeTicker(from, to)
    if (last < from || last - from > 4) return undefined
    const words = tokens.slice(from, last + 1)
    if (words.some((token) => token.kind === 'number' || token.text === ',')) return undefined
    if (notSpeaker.test(words[0]?.text ?? '') || notSpeaker.test(words.at(-1)?.text ?? ''))
      return undefined
    return describeMention(tokens, from, last)
  }
  const span = (from: Token | undefined, to: Token | undefined) =>
    from === undefined || to === undefined || to.end <= from.start
      ? undefined
      : { start: from.start, end: to.end }
  const cueAt = tokens.findIndex((token, index) => index > 0 && headlineCue.test(token.text))
  const cueToken = tokens[cueAt]
  if (cueToken === undefined) return []
  // "CALL X Y" judges; "CALLS FOR", "CALLS OFF" ask or cancel.
  if (
    /^CALLS?$/.test(cueToken.text) &&
    /^(FOR|OFF|ON|IN|UP|OUT)$/.test(tokens[cueAt + 1]?.text ?? '')
  )
    return []
  const cue = cueToken.text.toLowerCase()
  const comma = tokens[cueAt - 1]?.text === ','
  let found: FoundAttribution | undefined
  if (comma && /^SAYS?$/.test(cueToken.text)) {
    // "CONTENT, SAYS SPEAKER".
    found = claimAt(
      cue,
      cueToken,
      span(tokens[0], tokens[cueAt - 2]),
      speaker(cueAt + 1, tokens.length - 1),
      quotations,
    )
  } else {
    const commaBefore = tokens.findLastIndex((token, index) => index < cueAt && token.text === ',')
    if (commaBefore > 0 && /^SAYS?$/.test(cueToken.text) && cueAt === tokens.length - 1) {
      // "CONTENT, SPEAKER SAYS".
      found = claimAt(
        cue,
        cueToken,
        span(tokens[0], tokens[commaBefore - 1]),
        speaker(commaBefore + 1, cueAt - 1),
        quotations,
      )
    } else if (commaBefore < 0 && cueAt + 2 < tokens.length) {
      // "SPEAKER SAYS CONTENT", up to a source tag ("… - SOURCES", "…, SOURCES SAY").
      const dash = tokens.findIndex(
        (token, index) => index > cueAt + 1 && (token.text === '-' || token.text === ','),
      )
      const last = beforeTicker(cueAt + 1, dash < 0 ? tokens.length - 1 : dash - 1)
      found =
        last > cueAt + 1
          ? claimAt(
              cue,
              cueToken,
              span(tokens[cueAt + 1], tokens[last]),
              speaker(0, cueAt - 1),
              quotations,
            )
          : undefined
    }
  }
  return found === undefined ? [] : [found]
}

/**
 * Rules 0.26.0: a headline in mixed case whose source is set after a dash the
 * text has lost, leaving only spaces ("Blunkett row should end   Blair", "Job
 * cuts 'false economy'    TUC"): the words before the gap are the source's, the
 * one to three capitalised words after it are the source.
 */
function sourceTagged(
  text: string,
  headline: string,
  start: number,
  quotations: readonly QuotationRange[],
): FoundAttribution | undefined {
  const tagged = /^(.*\S)( {2,}|\t+)(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2})\s*$/u.exec(
    headline,
  )
  const said = tagged?.[1]
  const gap = tagged?.[2]
  const source = tagged?.[3]
  if (said === undefined || gap === undefined || source === undefined) return undefined
  if (said.split(/\s+/).length < 2) return undefined
  const sourceStart = start + said.length + gap.length
  const tokens = tokenize(text, sourceStart, sourceStart + source.length)
  const first = tokens[0]
  if (first === undefined) return undefined
  return claimAt(
    'says',
    { start: sourceStart, end: sourceStart + source.length },
    { start, end: start + said.length },
    describeMention(tokens, 0, tokens.length - 1),
    quotations,
  )
}
