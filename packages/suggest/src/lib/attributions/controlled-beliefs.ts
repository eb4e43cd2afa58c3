/**
 * Round 11: a belief in an infinitive, held by the one who controls it. "The
 * slump led the board to conclude (that) the plant was lost" — the board; "It
 * did not take the mayor long to realize that …" — the mayor; "Hale came to
 * believe that …", "The jurors seemed to think …" — the subject.
 */
import { lower, type Token } from '../text/tokens.js'
import { type CueContext, claimAt, type FoundAttribution, trimSpan } from './claim-content.js'
import { opensClause } from './clauses.js'
import {
  describeMention,
  type FoundMention,
  mentionAfter,
  mentionBefore,
  pronounMention,
} from './mentions.js'

/**
 * The infinitives of believing and concluding that this frame reports: the cue
 * is "to" and the verb ("to conclude").
 *
 * @example
 * controlledBelief.test('to conclude') // => true
 */
export const controlledBelief =
  /^to (conclude|believe|think|realize|realise|recognize|recognise|suspect|assume|doubt|fear|learn|accept|suppose|imagine|expect|infer|deduce)$/

// Verbs whose object controls the infinitive: "led the board to conclude".
const objectControl =
  /^(led|lead|leads|leading|prompted|prompts|caused|causes|forced|forces|persuaded|persuades|convinced|encouraged|encourages|induced|moved|taught|teaches|drove|drives|inclined)$/

// Verbs whose subject holds the belief: "came to believe", "seemed to think".
const subjectControl =
  /^(came|come|comes|coming|seemed|seems|seem|appeared|appears|appear|tended|tends|began|begins|continued|continues|refused|refuses)$/

// "take X long to realize": how long it took.
const durations = /^(long|time|years|months|weeks|days|a|an|little|much|some|several)$/

const negative = /^(no|nobody|none|neither)\b/i

const objectPronouns = new Map([
  ['him', 'he'],
  ['her', 'she'],
  ['them', 'they'],
])

/**
 * Round 13: a belief the writer urges, not one held: "It is (high) time the
 * nation began to realize that …", "it is about time they learned to accept …".
 */
export function exhortation(tokens: readonly Token[], before: number): boolean {
  const at = tokens.findIndex((token) => token.start >= before)
  return tokens
    .slice(Math.max(0, at - 4), at)
    .some(
      (token, index, window) =>
        lower(token) === 'time' &&
        window.slice(0, index).some((word) => /^(is|it['’]s|was)$/.test(lower(word))),
    )
}

/**
 * The belief of the controller of "to conclude" (and its like) at `cueIndex`,
 * with the clause after it; `undefined` when no controller names a third party
 * ("It is hard to believe that …", "I came to think …") or no clause follows.
 */
export function controlledBeliefAt(context: CueContext): FoundAttribution | undefined {
  const { text, tokens, cueIndex, cueToken: to, cue, sentence, quotations } = context
  const verb = tokens[cueIndex + 1]
  if (verb === undefined) return undefined
  let from = cueIndex + 2
  const hasThat = lower(tokens[from]) === 'that'
  if (hasThat) from++
  if (!hasThat && !opensClause(tokens, from)) return undefined
  const start = tokens[from]
  if (start === undefined) return undefined
  let mention: FoundMention | undefined
  const before = lower(tokens[cueIndex - 1])
  if (subjectControl.test(before)) mention = mentionBefore(tokens, cueIndex - 2, sentence.start)
  else {
    // Back over the controller to its verb: "led [the board] to", "take [the mayor] long to".
    for (let at = cueIndex - 1; at >= 0 && at >= cueIndex - 10; at--) {
      const word = lower(tokens[at])
      const take = /^(take|takes|took|taken|taking)$/.test(word)
      if (!objectControl.test(word) && !take) continue
      const object = tokens[at + 1]
      const pronoun = objectPronouns.get(lower(object))
      let found =
        pronoun !== undefined && object !== undefined
          ? { ...pronounMention(object), pronoun }
          : mentionAfter(tokens, at + 1)
      if (found === undefined) return undefined
      // "take the mayor long to …": the duration is no part of the mention.
      const last = tokens.findIndex((token) => token.end === found?.end)
      if (take && last > at + 1 && durations.test(lower(tokens[last])))
        found = describeMention(tokens, at + 1, last - 1)
      if (found === undefined) return undefined
      let next = tokens.findIndex((token) => token.start >= found.end)
      // "Judy Garland, singer, long to …": an apposition in commas.
      if (tokens[next]?.text === ',') {
        const close = tokens.findIndex(
          (token, index) => index > next && index <= next + 5 && token.text === ',',
        )
        if (close > 0) next = close + 1
      }
      if (take) while (next < cueIndex && durations.test(lower(tokens[next]))) next++
      if (next === cueIndex) mention = found
      break
    }
  }
  if (
    mention === undefined ||
    /^(i|we|you|one|me|us)$/.test(mention.pronoun ?? mention.text.toLowerCase()) ||
    negative.test(mention.text) ||
    exhortation(tokens, mention.start)
  )
    return undefined
  return claimAt(
    cue,
    { start: to.start, end: verb.end },
    trimSpan(text, start.start, sentence.end),
    mention,
    quotations,
  )
}
