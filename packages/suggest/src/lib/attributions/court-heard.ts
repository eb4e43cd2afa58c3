/**
 * Rules 0.36.0: what a court, a jury or an inquest heard, as British court
 * reports give their evidence (round 77, Daily Mail): "The court heard he had
 * lost his job", "Hull Crown Court heard that …", "He built bombs as a hobby, a
 * court heard." The court is the source the report names for what it says.
 */
import { isCapital, lower, type Token } from '../text/tokens.js'
import { type CueContext, claimAtCue, type FoundAttribution, trimSpan } from './claim-content.js'
import { opensClause } from './clauses.js'
import { tokensText } from './mentions.js'

// Heads of the phrases naming a hearing body.
const courtHeadWords = 'court|jury|inquest|tribunal|hearing|magistrates|inquiry'
const courtHeads = new RegExp(`^(${courtHeadWords})$`)
const courtHeadEnd = new RegExp(`(${courtHeadWords})\\s+$`, 'i')

/**
 * Whether the text before `start` ends with a hearing body's head and white space:
 * the cheap test of the raw text that "heard" may report there (see `mayFrame`).
 */
export const courtHeadBefore = (text: string, start: number): boolean =>
  courtHeadEnd.test(text.slice(Math.max(0, start - 14), start))

/**
 * The phrase naming a hearing body that ends right before `cueIndex` ("a court",
 * "Hull Crown Court", "the inquest"): its first and last tokens, or `undefined`.
 */
function courtBefore(
  tokens: readonly Token[],
  cueIndex: number,
  sentenceStart: number,
): { first: number; last: number } | undefined {
  const last = cueIndex - 1
  const head = tokens[last]
  if (head === undefined || head.start < sentenceStart || !courtHeads.test(lower(head)))
    return undefined
  let first = last
  // Capitalised words of the court's name ("Hull Crown Court", "Westminster
  // Magistrates' Court"), then a determiner.
  while (first - 1 >= 0 && last - first < 5) {
    const token = tokens[first - 1]
    if (token === undefined || token.start < sentenceStart) break
    if (
      token.kind === 'word' &&
      isCapital(token) &&
      !/^(but|and|so|yet|however|then|as|when|the|a|an|meanwhile)$/.test(lower(token))
    ) {
      first--
      continue
    }
    if (token.text === "'" || token.text === '’') {
      first--
      continue
    }
    break
  }
  if (/^(the|a|an)$/.test(lower(tokens[first - 1]))) first--
  return { first, last }
}

/**
 * Whether a clause whose subject is a longer noun phrase starts at `index` ("heard
 * the Smales brothers' quiet existence was shattered"): a determiner or a name,
 * then an auxiliary within eight words and no punctuation but an apostrophe
 * before it ("heard the case in two days" has none).
 */
function longSubjectClause(tokens: readonly Token[], index: number): boolean {
  const first = tokens[index]
  if (first === undefined || first.kind !== 'word') return false
  if (!/^(the|a|an|his|her|their|its)$/.test(lower(first)) && !isCapital(first)) return false
  for (let at = index + 1; at <= index + 8; at++) {
    const token = tokens[at]
    if (token === undefined) return false
    if (token.kind === 'punct' && !/^['’]$/.test(token.text)) return false
    if (/^(was|were|is|are|had|has|have|would|could|will|did)$/.test(lower(token))) return true
  }
  return false
}

/**
 * The hearing body and what it heard, for "heard" at `cueIndex`; `undefined` when
 * no court, jury or inquest heard it ("he heard a noise", "the court heard from
 * the victim", "heard the case").
 *
 * @example
 * // "The court heard he had lost his job." → "he had lost his job" ← "The court"
 */
export function courtHeard(context: CueContext): FoundAttribution | undefined {
  const { text, tokens, cueIndex, sentence } = context
  // "Hull Crown Court was told (that) …", "…, the jury was told.": the passive of
  // telling a court is its hearing.
  const passive = context.cue === 'told' && /^(was|were)$/.test(lower(tokens[cueIndex - 1]))
  if (context.cue === 'told' && !passive) return undefined
  const court = courtBefore(tokens, passive ? cueIndex - 1 : cueIndex, sentence.start)
  if (court === undefined) return undefined
  const parts = tokens.slice(court.first, court.last + 1)
  const mention = {
    start: parts[0]?.start ?? 0,
    end: parts.at(-1)?.end ?? 0,
    text: tokensText(parts),
    type: 'organisation' as const,
    key: `org:${lower(tokens[court.last])}`,
    name: tokensText(parts).replace(/^(the|a|an)\s+/i, ''),
  }
  let next = cueIndex + 1
  // Inverted: "He built bombs as a hobby, a court heard." (a time word may close it).
  while (
    /^(yesterday|today|earlier|previously|last|this|week|month|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(
      lower(tokens[next]),
    )
  )
    next++
  const after = tokens[next]
  if (after === undefined || /^[.;!?]$/.test(after.text)) {
    const comma = tokens[court.first - 1]
    if (comma?.text !== ',') return undefined
    const content = trimSpan(text, sentence.start, comma.start)
    return content === undefined ? undefined : claimAtCue(context, content, mention)
  }
  // "heard that …", "heard how …", or a clause ("heard he had lost his job").
  if (/^(that|how)$/.test(lower(after))) next++
  else if (!opensClause(tokens, next) && !longSubjectClause(tokens, next)) return undefined
  const start = tokens[next]
  if (start === undefined || start.kind === 'punct') return undefined
  const content = trimSpan(text, start.start, sentence.end)
  return content === undefined ? undefined : claimAtCue(context, content, mention)
}
