/**
 * Clause structure around a reporting cue: where a clause with its own subject
 * starts, a subordinate clause alone, a refusal to speak, a hearer alone.
 */
import type { QuotationRange } from '../text/quotations.js'
import { isCapital, lower, type Token } from '../text/tokens.js'
import { quotationAt } from './claim-content.js'
import { strong } from './cues.js'
import { determiners } from './mentions.js'
import { isPhraseBreak, lexiconTags } from './word-classes.js'

// Words that open a subordinate clause at the start of a sentence.
const subordinators =
  /^(when|whenever|after|before|although|though|because|since|while|as|if|unless|until|once|whereas)$/

/**
 * True when the tokens before `end` are one subordinate clause and nothing more:
 * the sentence opens with a subordinator, has no other comma and no quotation.
 */
export function subordinateClauseOnly(
  tokens: readonly Token[],
  end: number,
  quotations: readonly QuotationRange[],
): boolean {
  if (!subordinators.test(lower(tokens[0]))) return false
  for (let at = 1; at < end; at++) {
    const token = tokens[at]
    if (token === undefined || token.text === ',' || token.text === ';') return false
    if (quotationAt(quotations, token.start) !== undefined) return false
  }
  return true
}

const finiteVerbs =
  /^(is|are|was|were|has|have|had|will|would|could|should|may|might|must|can|cannot|did|does|do)$/

/**
 * True when a clause with its own subject starts at token `index`: a pronoun
 * ("indicated they could not …"), "it"/"there" and an auxiliary, or a short noun
 * phrase and a finite verb ("does indicate festivities will start early", "charges,
 * the Krogers received secrets").
 */
export function opensClause(tokens: readonly Token[], index: number): boolean {
  // A focus adverb before the subject: "claim only they can do it".
  if (/^(only|even)$/.test(lower(tokens[index])) && tokens[index + 1]?.kind === 'word')
    return opensClause(tokens, index + 1)
  const first = lower(tokens[index])
  if (/^(he|she|they|we|i)$/.test(first)) return true
  // Rules 0.36.0: a subject of "neither … nor …" before its verb ("claims neither
  // the e-cigarette nor charger came with a manual", round 77).
  if (first === 'neither') {
    const nor = tokens.findIndex(
      (token, at) => at > index && at <= index + 8 && lower(token) === 'nor',
    )
    if (nor > 0)
      for (let at = nor + 2; at <= nor + 6; at++) {
        const token = tokens[at]
        if (token === undefined || token.kind !== 'word') break
        if (
          finiteVerbs.test(lower(token)) ||
          lexiconTags(lower(token)).some((tag) => /^(PastTense|PresentTense)$/.test(tag))
        )
          return true
      }
  }
  // "it would", "there is", "it proved again …" (a past tense, not "thought it over").
  if (/^(it|there)$/.test(first)) {
    // Rules 0.29.0: an adverb after "it", and the present tense ("saying it just
    // gives people the same rights", round 34).
    let verb = index + 1
    if (
      first === 'it' &&
      /^(just|also|still|now|already|only|really|simply|merely)$|ly$/.test(lower(tokens[verb]))
    )
      verb++
    const tags = lexiconTags(lower(tokens[verb]))
    return (
      (first === 'it' && /^\p{Ll}+ed$/u.test(tokens[verb]?.text ?? '')) ||
      tags.some((tag) => /^(Modal|Copula|Auxiliary|PastTense)$/.test(tag)) ||
      (first === 'it' &&
        /^\p{Ll}{2,}s$/u.test(tokens[verb]?.text ?? '') &&
        tags.includes('PresentTense'))
    )
  }
  // Rules 0.30.0: a share as the subject ("found 25% did not know", "found 40 per
  // cent were unhappy").
  if (tokens[index]?.kind === 'number') {
    let at = index + 1
    if (tokens[at]?.text === '%') at++
    else if (/^(percent|pc)$/.test(lower(tokens[at]))) at++
    else if (lower(tokens[at]) === 'per' && lower(tokens[at + 1]) === 'cent') at += 2
    if (at > index + 1) {
      const verb = lower(tokens[at])
      if (
        finiteVerbs.test(verb) ||
        /^(did|do|does|had|have|has|were|was|are|is|would|could|will|said|say|thought|think|believe|believed|wanted|want)$/.test(
          verb,
        )
      )
        return true
    }
  }
  // Rules 0.29.0: an -ing word as the modifier of a plural subject before its verb
  // ("saying waiting times were only 10% of the agenda", round 38).
  if (
    /^\p{Ll}{3,}ing$/u.test(tokens[index]?.text ?? '') &&
    /^\p{Ll}{2,}s$/u.test(tokens[index + 1]?.text ?? '') &&
    finiteVerbs.test(lower(tokens[index + 2]))
  )
    return true
  for (let at = index; at < index + 6; at++) {
    const token = tokens[at]
    if (token === undefined) return false
    // Round 11: a number opens a subject too ("predicts 1962 will be a good year",
    // "said 20 pct of the staff would go").
    if (token.kind === 'number' && at < index + 3) continue
    if (token.kind !== 'word') return false
    const word = lower(token)
    // A second determiner starts another noun phrase ("the jury the man was").
    if (at > index && determiners.has(word)) return false
    if (at > index && !isCapital(token)) {
      // A clause framed by its own reporting verb ("proposed the jury said …") is
      // that verb's content, not this one's.
      if (strong.has(word)) return false
      if (finiteVerbs.test(word)) return true
      // Rules 0.29.0: a verb in -s after a determiner and a singular noun ("saying
      // the policy amounts to forcible removal", round 34).
      if (
        at === index + 2 &&
        determiners.has(lower(tokens[index])) &&
        /^\p{Ll}{2,}[^s]$/u.test(tokens[index + 1]?.text ?? '') &&
        !lexiconTags(lower(tokens[index + 1])).some((tag) =>
          /^(Adjective|Determiner|Adverb|Comparative|Superlative|Value)$/.test(tag),
        ) &&
        /^\p{Ll}{3,}s$/u.test(token.text) &&
        !/(ss|us|is)$/.test(word) &&
        /^(to|a|an|the|no|more|less|up|out|it)$/.test(lower(tokens[at + 1]))
      )
        return true
      const tags = lexiconTags(word)
      if (tags.includes('PastTense') || /ed$/.test(word))
        return !determiners.has(lower(tokens[at - 1]))
    }
    // A word after a determiner is a noun even when it can be a verb ("the vote").
    const afterDeterminer = at > index && determiners.has(lower(tokens[at - 1]))
    if (!isCapital(token) && !afterDeterminer && isPhraseBreak(word) && !determiners.has(word))
      return false
    if (/^(of|in|for|at|from|to|with|on|by|and|or)$/.test(word)) return false
  }
  return false
}

/** True when the cue is negated or refused: "declined to say", "would not say", "never said". */
export function isRefusal(tokens: readonly Token[], cueIndex: number): boolean {
  const before = lower(tokens[cueIndex - 1])
  // A negated judgement is still held: "officials have not regarded this as their
  // duty" (a negated saying, "did not say", reports nothing).
  const judgement = /^(regard|regards|regarded|view|views|viewed)$/.test(lower(tokens[cueIndex]))
  if (!judgement && (/^(not|never)$/.test(before) || /n['’]t$/.test(before))) return true
  return (
    before === 'to' &&
    /^(declined|refused|failed|unable|decline|refuse|refuses|declines)$/.test(
      lower(tokens[cueIndex - 2]),
    )
  )
}

/**
 * True when the tokens from `index` to the end of the sentence are only a hearer
 * ("…, told members of the World Affairs Council Monday night."): no "that", no
 * verb, no quotation mark.
 */
// Round 15: gatherings that hear a speaker, though the lexicon knows the word as a
// verb form too ("told the annual meeting", "told a farm gathering").
const hearerGatherings =
  /^(meeting|meetings|gathering|gatherings|briefing|hearing|hearings|audience|conference|convention|session|seminar|symposium|forum|rally|luncheon|dinner|press|reporters|newsmen|journalists)$/

export function hearerOnly(tokens: readonly Token[], index: number): boolean {
  let words = 0
  for (let at = index; at < tokens.length; at++) {
    const token = tokens[at]
    if (token === undefined) break
    if (token.kind === 'punct') {
      if (/^[.!?]$/.test(token.text) && at === tokens.length - 1) break
      if (token.text === '.' && at > index && tokens[at - 1]?.end === token.start) continue
      // Round 22: a comma inside a body's name ("the Subcommittee on Conservation,
      // Credit and Rural Development").
      if (token.text === ',' && isCapital(tokens[at - 1]) && isCapital(tokens[at + 1])) continue
      return false
    }
    words++
    const word = lower(token)
    if (word === 'that' || words > 12) return false
    const tags = lexiconTags(word)
    if (
      !isCapital(token) &&
      !determiners.has(lower(tokens[at - 1])) &&
      // Round 15: gatherings heard are nouns ("told the annual meeting").
      !hearerGatherings.test(word) &&
      !tags.some((tag) => /^(Singular|Plural|Noun)$/.test(tag)) &&
      tags.some((tag) =>
        /^(Copula|PastTense|PresentTense|Infinitive|Modal|Auxiliary|Verb|Gerund)$/.test(tag),
      )
    )
      return false
  }
  return words > 0
}
