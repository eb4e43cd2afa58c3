/**
 * Reporting frames where the speaker or the content is not where a reporting
 * verb usually has them: the speaker after an opening cue (`Said X: "…"`), the
 * speaker as the object ("The talk convinced X that …"), the content as a
 * prepositional object ("Critics grumble about …"), the cue in a parenthetical
 * "as" clause (`as X explained, "…"`) and in a progressive ("was agreeing that").
 */

import type { QuotationRange } from '../text/quotations.js'
import { quotationEndingAt, quotationStartingAt } from '../text/quotations.js'
import type { SentenceRange } from '../text/sentences.js'
import { isCapital, lower, type Token } from '../text/tokens.js'
import {
  type CueContext,
  claimAtCue,
  type FoundAttribution,
  type TextRange,
  trimSpan,
} from './claim-content.js'
import { opensClause } from './clauses.js'
import { judgingCues } from './cues.js'
import { type FoundMention, mentionAfter, mentionBefore, pronounMention } from './mentions.js'
import { lexiconTags } from './word-classes.js'

// Subjects that deny the saying ("No one complained …").
const negativeSubject = /^(no|nobody|none|neither)\b/i

/** The quotation starting at a token (or at the token after a comma or colon there). */
function quotationFrom(
  tokens: readonly Token[],
  index: number,
  quotations: readonly QuotationRange[],
): QuotationRange | undefined {
  const token = tokens[index]
  if (token === undefined) return undefined
  const start = /^[,:]$/.test(token.text) ? tokens[index + 1]?.start : token.start
  return quotationStartingAt(quotations, start)
}

/**
 * A saying verb opening its sentence before its speaker and a quotation:
 * `Said the captain: "We sail at dawn."`, `Says Mrs. Doe, "…"`.
 *
 * @example
 * // `Said Captain Ross: "We sail at dawn."` → speaker "Captain Ross", the quotation.
 */
export function openingCue(context: CueContext): FoundAttribution | undefined {
  const { tokens, cueIndex, cueToken, quotations } = context
  if (cueIndex !== 0 || !isCapital(cueToken)) return undefined
  const mention = mentionAfter(tokens, 1)
  if (mention === undefined || mention.pronoun !== undefined) return undefined
  const after = tokens.findIndex((token) => token.start >= mention.end)
  if (!/^[,:]$/.test(tokens[after]?.text ?? '')) return undefined
  const quote = quotationFrom(tokens, after, quotations)
  if (quote === undefined) return undefined
  return claimAtCue(context, { start: quote.start, end: quote.end }, mention)
}

// Object pronouns of a persuaded hearer, as the subject they stand for.
const objectPronouns = new Map([
  ['him', 'he'],
  ['her', 'she'],
  ['them', 'they'],
])

/**
 * Verbs of persuading: the one persuaded holds the belief. "The talk convinced
 * the senator that the plan was sound" attributes the clause to the senator.
 *
 * @example
 * persuadingCues.has('convinced') // => true
 */
export const persuadingCues: ReadonlySet<string> = new Set([
  'convinced',
  'persuaded',
  'convinces',
  'persuades',
])

/**
 * "X convinced Y that …": the object Y is the speaker (the holder of the belief).
 * A passive without "that" ("was convinced the plan would work") has its subject
 * as the holder.
 */
export function persuadedObject(context: CueContext): FoundAttribution | undefined {
  const { text, tokens, cueIndex, sentence } = context
  const before = lower(tokens[cueIndex - 1])
  let holder: FoundMention | undefined
  let from: number
  if (/^(was|were|is|are|been|became|become)$/.test(before)) {
    // "The mayor was convinced the tax would pass" (with "that" it is a phrase cue).
    holder = mentionBefore(tokens, cueIndex - 2, sentence.start)
    from = cueIndex + 1
    if (!opensClause(tokens, from)) return undefined
    // Round 15: a condition holds no belief: "if people are convinced a deal …".
    const first = tokens.findIndex((token) => token.start === holder?.start)
    if (
      /^(if|unless|once|when|whether)$/.test(lower(tokens[first - 1])) ||
      /^(if|unless|once|when|whether)\s/i.test(holder?.text ?? '')
    )
      return undefined
  } else {
    const object = tokens[cueIndex + 1]
    const pronoun = objectPronouns.get(lower(object))
    holder =
      object !== undefined && pronoun !== undefined
        ? { ...pronounMention(object), pronoun }
        : mentionAfter(tokens, cueIndex + 1)
    if (holder === undefined) return undefined
    const after = tokens.findIndex((token) => token.start >= (holder?.end ?? 0))
    if (lower(tokens[after]) !== 'that') return undefined
    from = after + 1
  }
  if (holder === undefined || negativeSubject.test(holder.text)) return undefined
  if (/^(i|we|you)$/.test(holder.pronoun ?? '')) return undefined
  const start = tokens[from]
  if (start === undefined) return undefined
  return claimAtCue(context, trimSpan(text, start.start, sentence.end), holder)
}

/**
 * Speech verbs whose content is a prepositional object, with the prepositions
 * they take: "Critics grumble about the noise", "Doctors point to the diet".
 *
 * @example
 * prepositionalCues.get('grumble') // => ['about', 'over', 'at']
 */
export const prepositionalCues: ReadonlyMap<string, readonly string[]> = new Map([
  ['grumble', ['about', 'over', 'at']],
  ['grumbles', ['about', 'over', 'at']],
  ['grumbled', ['about', 'over', 'at']],
  ['complain', ['about', 'of']],
  // Present tense only: "He pointed to the door" is a gesture more often than a claim.
  ['point', ['to']],
  ['points', ['to']],
  ['boasts', ['of', 'about']],
  ['boasted', ['of', 'about']],
  // Round 8: speaking, writing and insisting, only with a characterisation — a
  // quotation or a "that" clause in the object ("The critic speaks of his 'quiet
  // wit'", "They insisted on the principle that …"), not a topic ("spoke of the
  // weather").
  ['speaks', ['of', 'about']],
  ['spoke', ['of', 'about']],
  ['speak', ['of', 'about']],
  ['talks', ['of', 'about']],
  ['talked', ['of', 'about']],
  ['writes', ['of', 'about']],
  ['wrote', ['of', 'about']],
  ['insisted', ['on', 'upon']],
  ['insists', ['on', 'upon']],
  ['insist', ['on', 'upon']],
])

// The cues of round 8 above: their object must characterise (see statementObject).
const characterisingOnly = new Set([
  'speaks',
  'spoke',
  'speak',
  'talks',
  'talked',
  'writes',
  'wrote',
  'insisted',
  'insists',
  'insist',
])

/**
 * The end of a prepositional object that states something: a quotation opening
 * within eight words (the content ends with it), or "that" opening a clause
 * (the content runs to the end of the sentence). `undefined` for a topic.
 */
function statementObject(
  tokens: readonly Token[],
  index: number,
  sentence: SentenceRange,
  quotations: readonly QuotationRange[],
): number | undefined {
  for (let at = index; at < tokens.length && at < index + 8; at++) {
    const token = tokens[at]
    if (token === undefined) return undefined
    const quote = quotationStartingAt(quotations, token.start)
    if (quote !== undefined) return quote.end
    if (lower(token) === 'that' && at > index && opensClause(tokens, at + 1)) return sentence.end
    if (token.kind === 'punct' && !(token.text === '.' && tokens[at - 1]?.end === token.start))
      return undefined
  }
  return undefined
}

// Evidence pointing to something is no speaker: "The figures point to a rise".
const evidenceSubjects =
  /\b(figures|data|records|results|signs|evidence|facts|returns|numbers|statistics|trends?|clues?|all)$/i

/**
 * "Pitchers grumble about lively balls", "Experts point to the thin pitching":
 * the prepositional object is what is said, the subject before the verb the speaker.
 */
export function prepositionalCue(context: CueContext): FoundAttribution | undefined {
  const { text, tokens, cueIndex, cue, sentence, quotations } = context
  const prepositions = prepositionalCues.get(cue)
  if (prepositions === undefined) return undefined
  if (!prepositions.includes(lower(tokens[cueIndex + 1]))) return undefined
  const object = tokens[cueIndex + 2]
  if (object === undefined || object.kind !== 'word') return undefined
  // "the Byronic point to keep it afloat": "point" is a noun when a verb follows "to".
  if (
    lower(tokens[cueIndex + 1]) === 'to' &&
    lexiconTags(lower(object)).some((tag) => /^(Infinitive|Verb)$/.test(tag))
  )
    return undefined
  const end = characterisingOnly.has(cue)
    ? statementObject(tokens, cueIndex + 2, sentence, quotations)
    : sentence.end
  if (end === undefined) return undefined
  const speaker = mentionBefore(tokens, cueIndex - 1, sentence.start)
  if (
    speaker === undefined ||
    negativeSubject.test(speaker.text) ||
    evidenceSubjects.test(speaker.text) ||
    /^(i|we|you|it)$/.test(speaker.pronoun ?? '')
  )
    return undefined
  return claimAtCue(context, trimSpan(text, object.start, end), speaker)
}

// Verbs of knowing: "as everyone knows" asserts, it does not report.
const knowing = /^(know|knows|knew|realize[sd]?|realise[sd]?|recognize[sd]?|imagine[sd]?)$/

/**
 * A cue in a parenthetical "as" or "so" clause. Followed by a quotation, the
 * quotation is the content: `as a teammate explained, "…"`, `as he had hinted on
 * arrival: "…"`. Set off by commas, the sentence around it is: "There are, so my
 * friends tell me, three kinds", "The plan, as the mayor said, will fail".
 */
export function asClauseCue(context: CueContext): FoundAttribution | undefined {
  const { text, tokens, cueIndex, cue, sentence, quotations } = context
  if (knowing.test(cue)) return undefined
  const speaker = mentionBefore(tokens, cueIndex - 1, sentence.start)
  if (speaker === undefined || negativeSubject.test(speaker.text)) return undefined
  // "as I write", "as we said": the writer's own aside.
  if (/^(i|we)$/.test(speaker.pronoun ?? '') || /^(i|we)\s/i.test(speaker.text)) return undefined
  const first = tokens.findIndex((token) => token.start === speaker.start)
  const opener = lower(tokens[first - 1])
  if (first < 1 || (opener !== 'as' && opener !== 'so')) return undefined
  // The last token of the cue: "puts it" is two.
  const cueLast = cueIndex + cue.split(' ').length - 1
  // A quotation just before the clause: `"Old friend", as he calls him`.
  const before = opener === 'as' ? quotationBefore(tokens, first - 1, quotations) : undefined
  if (before !== undefined)
    return claimAtCue(context, { start: before.start, end: before.end }, speaker)
  const interrupted = interruptedClause(text, tokens, first - 1, cueLast, sentence)
  if (interrupted !== undefined) return claimAtCue(context, interrupted, speaker)
  if (first < 2 || opener !== 'as') return undefined
  // A circumstance may come between: "as he had hinted upon his arrival: …"; a
  // dash may set the clause off: "it may be -- as the mayor fears -- "a disaster"".
  for (let at = cueLast + 1; at < tokens.length && at <= cueLast + 6; at++) {
    const token = tokens[at]
    if (token === undefined) return undefined
    if (/^[,:]$/.test(token.text) || dashes.test(token.text)) {
      let mark = at
      while (dashes.test(tokens[mark + 1]?.text ?? '')) mark++
      const quote = quotationFrom(tokens, dashes.test(token.text) ? mark + 1 : at, quotations)
      return quote === undefined
        ? undefined
        : claimAtCue(context, { start: quote.start, end: quote.end }, speaker)
    }
    if (token.kind === 'punct' && !(token.text === '.' && tokens[at - 1]?.end === token.start))
      return undefined
  }
  return undefined
}

const dashes = /^[-—–]$/

/**
 * The quotation that closes right before the "as" at `opener`, past its comma or
 * a dash (`"Old friend", as he calls him`, `"Old friend" -- as he calls him`).
 */
function quotationBefore(
  tokens: readonly Token[],
  opener: number,
  quotations: readonly QuotationRange[],
): QuotationRange | undefined {
  let at = opener - 1
  while (at >= 0 && (tokens[at]?.text === ',' || dashes.test(tokens[at]?.text ?? ''))) at--
  const mark = tokens[at]
  // Set off by a comma or dash, outside the marks or inside (`"Old friend," as …`):
  // `to "show the world that" as Doe said, "…"` runs on into the clause.
  if (mark === undefined || (at === opener - 1 && tokens[at - 1]?.text !== ',')) return undefined
  return quotationEndingAt(quotations, mark.end)
}

/**
 * The sentence around a parenthetical `as`/`so` clause between commas ("There are,
 * so my friends tell me, three kinds"): the part before its comma and the part
 * after its closing comma, or only the part after when it opens the sentence.
 */
function interruptedClause(
  text: string,
  tokens: readonly Token[],
  opener: number,
  cueIndex: number,
  sentence: SentenceRange,
): TextRange[] | undefined {
  let close = cueIndex + 1
  // The hearer: "so my friends tell me, …"; round 26, the object of a verb of
  // describing or seeing: "as the author describes it, …".
  if (/^(me|us|him|her|them|it)$/.test(lower(tokens[close]))) close++
  const after = tokens[close + 1]
  if (tokens[close]?.text !== ',' || after === undefined || after.kind !== 'word') return undefined
  const rest = trimSpan(text, after.start, sentence.end)
  if (rest === undefined) return undefined
  if (opener === 0) return [rest]
  const comma = tokens[opener - 1]
  if (comma?.text !== ',' || opener < 2) return undefined
  const before = trimSpan(text, sentence.start, comma.start)
  return before === undefined ? undefined : [before, rest]
}

/**
 * A reporting verb in a progressive: "The board was agreeing with its lawyers
 * that …", "Officials are insisting that …". The subject before the auxiliary
 * speaks; the content is the "that" clause (after a circumstance, if any).
 */
export function progressiveCue(
  context: CueContext,
  thatAfterCircumstance: (tokens: readonly Token[], index: number) => number | undefined,
): FoundAttribution | undefined {
  const { text, tokens, cueIndex, sentence } = context
  if (!/^(is|was|are|were|been)$/.test(lower(tokens[cueIndex - 1]))) return undefined
  const speaker = mentionBefore(tokens, cueIndex - 2, sentence.start)
  if (
    speaker === undefined ||
    negativeSubject.test(speaker.text) ||
    /^(i|we|you)$/.test(speaker.pronoun ?? '')
  )
    return undefined
  const that =
    lower(tokens[cueIndex + 1]) === 'that'
      ? cueIndex + 1
      : /^(with|to|in|at|on|before|during)$/.test(lower(tokens[cueIndex + 1]))
        ? thatAfterCircumstance(tokens, cueIndex + 1)
        : undefined
  if (that === undefined) return undefined
  const start = tokens[that + 1]
  if (start === undefined) return undefined
  return claimAtCue(context, trimSpan(text, start.start, sentence.end), speaker)
}

/**
 * Verbs that judge a person or thing in quoted words: the object with its
 * quotation is what is said ("The general deplored the officer 'whose boots are
 * never shined'", "Critics praised the singer's 'golden voice'"). Only with a
 * quotation within eight words of the verb.
 *
 * @example
 * evaluativeCues.has('deplored') // => true
 */
export const evaluativeCues: ReadonlySet<string> = new Set([
  ...judgingCues,
  'denounced',
  'denounces',
  'praised',
  'praises',
])

/** "X deplored the officer '…'": the object up to the end of its quotation; the subject speaks. */
export function evaluativeCue(context: CueContext): FoundAttribution | undefined {
  const { text, tokens, cueIndex, sentence, quotations } = context
  const object = tokens[cueIndex + 1]
  if (object === undefined || object.kind !== 'word') return undefined
  if (/^(by|as)$/.test(lower(object))) return undefined
  let end: number | undefined
  for (let at = cueIndex + 1; at < tokens.length && at <= cueIndex + 8; at++) {
    const token = tokens[at]
    if (token === undefined) break
    const quote = quotationStartingAt(quotations, token.start)
    if (quote !== undefined) {
      end = quote.end
      break
    }
    if (token.kind === 'punct' && !(token.text === '.' && tokens[at - 1]?.end === token.start))
      break
  }
  if (end === undefined) return undefined
  const speaker = mentionBefore(tokens, cueIndex - 1, sentence.start)
  if (
    speaker === undefined ||
    negativeSubject.test(speaker.text) ||
    /^(i|we|you)$/.test(speaker.pronoun ?? '')
  )
    return undefined
  return claimAtCue(context, trimSpan(text, object.start, end), speaker)
}

/**
 * Participles of crying out before a quotation: the crowd or person before them
 * speaks — the antecedent of a relative clause holding the participle ("the
 * crowds which lined the quay shouting, '…'"), else the noun right before it
 * ("pickets chanting '…'").
 *
 * @example
 * outcryCues.has('shouting') // => true
 */
export const outcryCues: ReadonlySet<string> = new Set([
  'shouting',
  'crying',
  'chanting',
  'yelling',
  'screaming',
  'exclaiming',
])

/** `X shouting, "…"`: the quotation, and who shouts it. */
export function outcryCue(context: CueContext): FoundAttribution | undefined {
  const { tokens, cueIndex, sentence, quotations } = context
  const quote = quotationFrom(tokens, cueIndex + 1, quotations)
  if (quote === undefined) return undefined
  let relative = cueIndex - 1
  while (
    relative > 0 &&
    relative > cueIndex - 12 &&
    tokens[relative]?.kind === 'word' &&
    !/^(who|which|that)$/.test(lower(tokens[relative]))
  )
    relative--
  let speaker = /^(who|which|that)$/.test(lower(tokens[relative]))
    ? mentionBefore(tokens, relative - 1, sentence.start)
    : mentionBefore(tokens, cueIndex - 1, sentence.start)
  // The object of a preposition in the phrase: "no protest from the crowds which …".
  const first = tokens.findIndex((token) => token.start === speaker?.start)
  for (let at = relative - 1; speaker !== undefined && at > first; at--)
    if (/^(from|by|among|with|to)$/.test(lower(tokens[at]))) {
      speaker = mentionAfter(tokens, at + 1)
      break
    }
  // People cry out, places do not: "the locker room of the club shouting" is no speaker.
  if (
    speaker === undefined ||
    negativeSubject.test(speaker.text) ||
    /^(i|we|you|it)$/.test(speaker.pronoun ?? '') ||
    (speaker.pronoun === undefined && speaker.type !== 'person' && speaker.type !== 'group')
  )
    return undefined
  return claimAtCue(context, { start: quote.start, end: quote.end }, speaker)
}
