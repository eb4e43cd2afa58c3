/**
 * Speaker mentions: the phrase naming who speaks, read backwards from a
 * reporting verb or forwards after it, and what sort of speaker it names.
 */
import { isCapital, lower, type Token } from '../text/tokens.js'
import { closingQuotes } from './claim-content.js'
import {
  agencyWords,
  infinitiveGovernors,
  isActorNoun,
  isGivenName,
  isPhraseBreak,
  lexiconTags,
  organisationWords,
  pronounTypes,
  readyAdjectives,
  speakerNouns,
  titles,
} from './word-classes.js'

/**
 * A speaker type (the model's `type` values).
 *
 * @example
 * const type: SpeakerType = 'anonymous'
 */
export type SpeakerType = 'person' | 'organisation' | 'agency' | 'anonymous' | 'group'

/**
 * A mention of a speaker at a reporting cue: `[start, end)` of the reading text.
 *
 * @example
 * const mention: FoundMention = { start: 0, end: 13, text: 'Mr. Schaefer', type: 'person', key: 'person:schaefer', name: 'Schaefer' }
 */
export interface FoundMention {
  /** Start, inclusive. */
  readonly start: number
  /** End, exclusive. */
  readonly end: number
  /** The mention as written. */
  readonly text: string
  /** What sort of speaker it names. */
  readonly type: SpeakerType
  /** Key for merging mentions of one speaker; `undefined` for pronouns and indefinite mentions. */
  readonly key: string | undefined
  /** Name without titles ("William D. Schaefer"), or the description ("ministry spokesman"). */
  readonly name: string
  /** Titles and role words as written ("Councilman"). */
  readonly role?: string
  /** The pronoun, lower-cased, when the mention is one. */
  readonly pronoun?: string
}

const auxiliaries = new Set([
  'has',
  'have',
  'had',
  'also',
  'would',
  'will',
  'did',
  'does',
  'do',
  'later',
  'then',
  'again',
  'further',
  'once',
  'still',
  'only',
  'first',
  'today',
  'yesterday',
  'tonight',
  'recently',
  'previously',
  'earlier',
  'flatly',
  'not',
  'never',
  'always',
  'often',
  'repeatedly',
  'finally',
  'simply',
  'publicly',
  'privately',
  'however',
  // Adverbs without "-ly": "people who somehow imagine that …".
  'somehow',
  'even',
  // Round 11: "who has long maintained that …", "has already said".
  'long',
  'already',
  'just',
  'now',
  'since',
  'sometimes',
  // Modals: "One could also add …", "the mayor would say".
  'could',
  'would',
  'should',
  'might',
  'may',
  'must',
  'can',
])
const weekdays = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i
// Plural heads of unnamed sources of wire copy.
const sourceHeads =
  /^(sources|analysts|dealers|traders|officials|economists|executives|bankers|brokers|experts|observers|diplomats)$/
export const determiners = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their'])
// Rules 0.37.0: the possessive determiners that open a speaker phrase ("his wife").
const possessiveDeterminers = /^(his|her|their|its|our|my)$/

/**
 * Reads a speaker phrase backwards from token `index` (inclusive). With
 * `antecedent`, the phrase is the antecedent of a relative "who" or "which" and may
 * be the object of "by" (rules 0.31.0: "was denied by Mr Mandelson, who said …").
 */
export function mentionBefore(
  tokens: readonly Token[],
  index: number,
  sentenceStart: number,
  antecedent = false,
): FoundMention | undefined {
  let at = index
  // Skip adverbs and auxiliaries between the speaker and the verb ("he has also said").
  while (at >= 0) {
    const word = lower(tokens[at])
    if (
      auxiliaries.has(word) ||
      weekdays.test(word) ||
      // (not a noun in -ly: "The family said", rules 0.37.0)
      (/ly$/.test(word) &&
        !isCapital(tokens[at]) &&
        !speakerNouns.has(word) &&
        !lexiconTags(word).includes('Singular')) ||
      // Round 13: "may well argue", "might well conclude".
      (word === 'well' && /^(may|might|could|would)$/.test(lower(tokens[at - 1])))
    )
      at--
    // "he hastened to add", "he went on to say", "he wanted to stress".
    else if (
      word === 'to' &&
      (/ed$/.test(lower(tokens[at - 1])) ||
        // Round 15: "continue to argue", "likes to point out".
        infinitiveGovernors.test(lower(tokens[at - 1])) ||
        (lower(tokens[at - 1]) === 'on' && lower(tokens[at - 2]) === 'went'))
    )
      at -= lower(tokens[at - 1]) === 'on' ? 3 : 2
    else if (word === 'on' && lower(tokens[at - 1]) === 'went' && lower(tokens[at + 1]) === 'to')
      at -= 2
    // Round 13: "was quick to point out", "is careful to note".
    else if (
      word === 'to' &&
      readyAdjectives.test(lower(tokens[at - 1])) &&
      /^(is|was|are|were|be|been)$/.test(lower(tokens[at - 2]))
    )
      at -= 3
    // Round 10: "The ministry last month said …": a time phrase after the subject.
    else if (
      /^(week|month|year|weekend|night|spring|summer|autumn|winter)$/.test(word) &&
      /^(last|this|next|earlier)$/.test(lower(tokens[at - 1])) &&
      tokens[at - 2]?.kind === 'word'
    )
      at -= 2
    // Round 10: a time phrase between the auxiliary and the verb: "have in the past
    // stressed that …", "has in recent weeks said …".
    else if (
      /^(past|days|weeks|months|years)$/.test(word) &&
      lower(tokens[at - 1]) === (word === 'past' ? 'the' : 'recent') &&
      lower(tokens[at - 2]) === 'in' &&
      auxiliaries.has(lower(tokens[at - 3]))
    )
      at -= 3
    // A date between a relative pronoun and its verb: "Leopold, who in 1885 concluded
    // that …", "the mayor, who on Monday said …".
    else if (
      (tokens[at]?.kind === 'number' || weekdays.test(word)) &&
      /^(in|on|since|by)$/.test(lower(tokens[at - 1])) &&
      /^(who|which)$/.test(lower(tokens[at - 2]))
    )
      at -= 2
    else break
  }
  // Rules 0.24.0: a share of those polled as the subject of the cue: "32% said",
  // "Some 82% said", "Forty three per cent thought", "Three quarters said", "A
  // majority, 52%, said", "42% of them say".
  const share = shareBefore(tokens, at, sentenceStart)
  if (share !== undefined) return share
  // Round 26: a quantifier after "what" stands for people: "what some have
  // called the new frontier", "what others call …".
  if (
    /^(some|many|others|most|few|several)$/.test(lower(tokens[at])) &&
    lower(tokens[at - 1]) === 'what'
  ) {
    const token = tokens[at]
    if (token !== undefined)
      return {
        start: token.start,
        end: token.end,
        text: token.text,
        type: 'group',
        key: undefined,
        name: token.text,
      }
  }
  // Round 11: a ticker after a company's name is no part of it: "Acme Corp <ACM>
  // said", "Pharmacia AB <PHAB ST> forecast".
  if (tokens[at]?.text === '>') {
    let open = at - 1
    while (open > at - 6 && open > 0 && tokens[open]?.text !== '<') open--
    // (A name inside the brackets, "<Royal Bank of Canada> said", is the speaker.)
    const named =
      tokens[open]?.text === '<' && tokens[open - 1]?.kind === 'word'
        ? mentionBefore(tokens, open - 1, sentenceStart)
        : undefined
    if (named !== undefined) return named
  }
  // Round 15: an acronym in brackets closing an apposition before its comma:
  // "Marcel Cazale, President of the Maize Producers' Association (AGPM), said".
  if (tokens[at]?.text === ',' && tokens[at - 1]?.text === ')' && tokens[at - 3]?.text === '(') {
    const acronym = tokens[at - 2]
    if (acronym !== undefined && /^[A-Z][A-Za-z.&-]{1,9}$/.test(acronym.text))
      return mentionBefore(tokens, at - 4, sentenceStart)
  }
  // An age in apposition: "John Doe, 31, of 123 Elm St., testified".
  if (
    tokens[at]?.kind === 'number' &&
    /^\d{1,3}$/.test(tokens[at]?.text ?? '') &&
    tokens[at - 1]?.text === ','
  )
    return mentionBefore(tokens, at - 2, sentenceStart)
  // 0.32.0: a person named by the age alone, "The 31 year old said", "the
  // 25-year-old added" (sport reports above all).
  if (ageNounEnd(tokens, at - 3) === at && (tokens[at - 3]?.start ?? -1) >= sentenceStart)
    return ageMention(tokens, at - 3, at)
  const last = tokens[at]
  if (last === undefined) return undefined
  // A closing quotation mark ends quoted words, not a speaker phrase: in `"… under
  // the old rules," said X` the speaker follows the cue.
  if (
    (last.text === '"' || last.text === '”') &&
    tokens[at - 1] !== undefined &&
    tokens[at - 1]?.end === last.start
  )
    return undefined
  const pronoun = lower(last)
  if (pronounTypes.has(pronoun)) return pronounMention(last)
  // Round 11: a pronoun with a contracted verb ("they're confident that …").
  const contracted = /^(he|she|they|we|i|it)['’](re|s|ve|d|ll|m)$/.exec(pronoun)?.[1]
  if (contracted !== undefined)
    return {
      ...pronounMention(last),
      type: (pronounTypes.get(contracted)?.[0] ?? 'person') as SpeakerType,
      pronoun: contracted,
    }
  // A phrase cannot end in a link word: "He sat in his office yesterday and
  // recalled …" has its subject further back. A relative pronoun after a comma
  // refers to the phrase before it: "carpenter Staffe, who said …".
  if (/^(who|which)$/.test(pronoun) && tokens[at - 1]?.text === ',') {
    const antecedent = mentionBefore(tokens, at - 2, sentenceStart, true)
    // Past an "of" apposition to the name: "Count Rudolf, of the Saxons, who said …".
    const first = tokens.findIndex((token) => token.start === antecedent?.start)
    if (
      antecedent !== undefined &&
      lower(tokens[first - 1]) === 'of' &&
      tokens[first - 2]?.text === ','
    )
      return mentionBefore(tokens, first - 3, sentenceStart) ?? antecedent
    return antecedent
  }
  // "one" or "another" alone after a quotation or a comma (round 9): one of the
  // sources named before (`"Anything is possible," one said`); not "no one".
  if (
    /^(one|another)$/.test(pronoun) &&
    (tokens[at - 1] === undefined ||
      /^[,"'”’]$/.test(tokens[at - 1]?.text ?? '') ||
      last.start <= sentenceStart)
  )
    return {
      start: last.start,
      end: last.end,
      text: last.text,
      type: 'anonymous',
      key: undefined,
      name: last.text,
    }
  // Round 10: a part of a group named before: "some of them said", "Many of us".
  if (
    /^(them|us|those)$/.test(pronoun) &&
    lower(tokens[at - 1]) === 'of' &&
    /^(some|many|most|all|few|several|both|one|two|three|none|each|any)$/.test(
      lower(tokens[at - 2]),
    )
  ) {
    const quantifier = tokens[at - 2]
    if (
      quantifier !== undefined &&
      quantifier.start >= sentenceStart &&
      !/^none$/i.test(quantifier.text)
    )
      return {
        start: quantifier.start,
        end: last.end,
        text: tokensText(tokens.slice(at - 2, at + 1)),
        type: 'group',
        key: undefined,
        name: tokensText(tokens.slice(at - 2, at + 1)),
      }
  }
  // "those polled", "those questioned" (round 9): the people asked speak as a group.
  if (
    /^(polled|surveyed|questioned|interviewed|asked|contacted|sampled)$/.test(pronoun) &&
    lower(tokens[at - 1]) === 'those'
  ) {
    const those = tokens[at - 1]
    if (those !== undefined && those.start >= sentenceStart)
      return {
        start: those.start,
        end: last.end,
        text: tokensText(tokens.slice(at - 1, at + 1)),
        type: 'group',
        key: undefined,
        name: tokensText(tokens.slice(at - 1, at + 1)),
      }
  }
  // Round 13: "which" after a body or a text that speaks: "some clubs which claim
  // they …", "the papers which insist that …" (the antecedent, a speaker phrase).
  if (pronoun === 'which' && tokens[at - 1]?.kind === 'word') {
    const antecedent = mentionBefore(tokens, at - 1, sentenceStart)
    if (
      antecedent !== undefined &&
      antecedent.pronoun === undefined &&
      antecedent.end === tokens[at - 1]?.end &&
      antecedent.type !== 'person'
    )
      return antecedent
  }
  // A restrictive relative clause: its antecedent speaks, a group ("those who said
  // …", "millions of people who imagine …") or any speaker phrase ("the clerk who
  // said …").
  if (pronoun === 'who' && tokens[at - 1]?.kind === 'word') {
    const previous = tokens[at - 1]
    if (previous !== undefined && /^(those|all|many|some|others)$/.test(lower(previous)))
      return {
        start: previous.start,
        end: previous.end,
        text: previous.text,
        type: 'group',
        key: undefined,
        name: previous.text,
      }
    const antecedent = mentionBefore(tokens, at - 1, sentenceStart)
    if (antecedent?.pronoun === undefined && antecedent?.end === previous?.end) return antecedent
    // Round 11: "who" makes its antecedent a person, known as a speaker noun or
    // not: "the wit who said …", "a neighbour who recalled …" (determiner, up to
    // two modifiers and a lower-case noun).
    let first = at - 1
    while (
      first > at - 4 &&
      tokens[first - 1]?.kind === 'word' &&
      !determiners.has(lower(tokens[first]))
    )
      first--
    const determiner = lower(tokens[first])
    const words = tokens.slice(first + 1, at)
    if (
      previous !== undefined &&
      /^(the|a|an|one|this|that)$/.test(determiner) &&
      words.length > 0 &&
      words.every(
        (token) => token.kind === 'word' && !isCapital(token) && !isPhraseBreak(lower(token)),
      ) &&
      (tokens[first]?.start ?? 0) >= sentenceStart
    ) {
      const text = tokensText(tokens.slice(first, at))
      return {
        start: tokens[first]?.start ?? previous.start,
        end: previous.end,
        text,
        type: 'person',
        key: /^(a|an|one)$/.test(determiner) ? undefined : `other:${lower(previous)}`,
        name: text.replace(/^(the|a|an)\s+/i, ''),
      }
    }
    return undefined
  }
  // Nor in a copula: "The governor is reported to have said …" names no speaker.
  if (
    phraseLinks.has(pronoun) ||
    clauseLinks.has(pronoun) ||
    /^(is|was|are|were|be|been|being)$/.test(pronoun)
  )
    return undefined
  // A proportion of a group named before: "two out of three report …".
  const proportion = proportionBefore(tokens, at, sentenceStart)
  if (proportion !== undefined) return proportion
  const chained = appositionChainBefore(tokens, at, sentenceStart)
  if (chained !== undefined) return chained
  const unclosed = unclosedAppositionBefore(tokens, at, sentenceStart)
  if (unclosed !== undefined) return unclosed
  const parenthetical =
    parentheticalBefore(tokens, at, sentenceStart) ?? participialBefore(tokens, at, sentenceStart)
  if (parenthetical !== undefined) return parenthetical
  const indefinite = indefiniteAppositionBefore(tokens, at, sentenceStart)
  if (indefinite !== undefined) return indefinite
  let first = at
  // Collect at most ten tokens: a title, names, "of the ministry's directorate".
  while (first - 1 >= 0 && at - first < 9) {
    const token = tokens[first - 1]
    if (token === undefined) break
    const word = lower(token)
    if (token.kind === 'punct') {
      // A period after an initial or abbreviation ("Mr.", "D.") belongs to the name.
      if (isAbbreviationPeriod(token, tokens[first - 2])) {
        first--
        continue
      }
      // Rules 0.37.0: an age before the noun belongs to the phrase: "the
      // 47-year-old director said" (round 75).
      if (
        token.text === '-' &&
        lower(tokens[first]) === 'year-old' &&
        tokens[first - 2]?.kind === 'number' &&
        /^\d{1,3}$/.test(tokens[first - 2]?.text ?? '')
      ) {
        first -= 2
        continue
      }
      // A plural possessive ("the trustees' statement") belongs to the phrase.
      const owner = tokens[first - 2]
      if (
        (token.text === "'" || token.text === '’') &&
        owner !== undefined &&
        owner.end === token.start &&
        /s$/i.test(owner.text) &&
        tokens[first]?.kind === 'word'
      ) {
        first--
        continue
      }
      break
    }
    if (token.kind === 'number') {
      // Rules 0.37.0: "the 31 year old striker said".
      if (
        /^\d{1,3}$/.test(token.text) &&
        lower(tokens[first]) === 'year' &&
        lower(tokens[first + 1]) === 'old' &&
        first + 1 < at
      ) {
        first--
        continue
      }
      break
    }
    // A participle or adjective of rank before a title belongs to it (round 9):
    // "managing director John Hale", "lead manager Acme Bank", "acting president".
    const roleHead = (index: number) =>
      titles.has(lower(tokens[index])) ||
      speakerNouns.has(lower(tokens[index])) ||
      isActorNoun(lower(tokens[index]))
    // Rules 0.26.0: two portfolios joined by "and" before a title: "the trade and
    // industry secretary", "the work and pensions secretary".
    const rank =
      roleModifiers.test(word) &&
      (roleHead(first) ||
        (lower(tokens[first]) === 'and' &&
          roleModifiers.test(lower(tokens[first + 1])) &&
          roleHead(first + 2)))
    // Round 10: a noun that can be a verb before a plural source noun ("market
    // sources said", "shipping sources said"), after a comma, determiner or start.
    const before = tokens[first - 2]
    // (The modifier opens the phrase: after a comma, a determiner or the start.)
    const opensPhrase =
      before === undefined ||
      before.text === ',' ||
      before.start < sentenceStart ||
      determiners.has(lower(before))
    const sourceModifier =
      first === at &&
      sourceHeads.test(lower(tokens[at])) &&
      lexiconTags(word).every((tag) => /^(Infinitive|Gerund|Singular|Uncountable)$/.test(tag)) &&
      opensPhrase
    // 0.32.0: nouns of trade before a speaker noun and a name, after a comma, a
    // determiner or the start ("…, market research firm NPD Group said", "market
    // analysts Jupiter said").
    const tradeNoun = (index: number) =>
      tokens[index]?.kind === 'word' &&
      !isCapital(tokens[index]) &&
      lexiconTags(lower(tokens[index])).every((tag) =>
        /^(Infinitive|Singular|Uncountable|Noun)$/.test(tag),
      )
    const tradeModifier =
      tradeNoun(first - 1) &&
      (speakerNouns.has(lower(tokens[first])) ||
        (tradeNoun(first) && speakerNouns.has(lower(tokens[first + 1])))) &&
      isCapital(tokens[at]) &&
      opensPhrase
    // Round 15: the object of "of" in a role is a noun, though the lexicon knows
    // it as a verb too: "head of research", "vice president of finance".
    const ofObject =
      lower(tokens[first - 2]) === 'of' &&
      // (after a role: not "the risk of having …")
      (titles.has(lower(tokens[first - 3])) ||
        speakerNouns.has(lower(tokens[first - 3])) ||
        lower(tokens[first - 3]) === 'head' ||
        isActorNoun(lower(tokens[first - 3]))) &&
      !lexiconTags(word).some((tag) =>
        /^(Copula|PastTense|Conjunction|Preposition|Pronoun|Modal|Auxiliary|Adverb|QuestionWord|Negative|Determiner)$/.test(
          tag,
        ),
      )
    // Round 15: an adverb of a participle after a determiner belongs to the phrase:
    // "the privately owned Portland company", "a wholly owned unit".
    // Round 15: "Letters to the editor complain that …" (the letters speak).
    const lettersTo =
      word === 'to' && /^letters?$/.test(lower(tokens[first - 2])) && lower(tokens[first]) === 'the'
    const participle = /^(\p{Ll}+ed|held|owned|known|run|grown|born)$/u
    const participleAdverb =
      (/\p{Ll}ly$/u.test(word) &&
        determiners.has(lower(tokens[first - 2])) &&
        participle.test(lower(tokens[first]))) ||
      (participle.test(word) &&
        /\p{Ll}ly$/u.test(lower(tokens[first - 2])) &&
        determiners.has(lower(tokens[first - 3])))
    // Rules 0.37.0: a possessive determiner opens the phrase: "His family said in
    // an obituary", "her lawyer said" (round 79).
    // (A share of the owner's people reads on: "Many of our young people".)
    if (
      possessiveDeterminers.test(word) &&
      tokens[first]?.kind === 'word' &&
      token.start >= sentenceStart
    ) {
      first--
      if (
        lower(tokens[first - 1]) === 'of' &&
        /^(many|most|some|each|all|few|several|one|none|both|any|two|three|four|five)$/.test(
          lower(tokens[first - 2]),
        )
      )
        continue
      break
    }
    if (
      !isCapital(token) &&
      isPhraseBreak(word) &&
      !rank &&
      !sourceModifier &&
      !ofObject &&
      !participleAdverb &&
      !lettersTo &&
      !tradeModifier
    )
      break
    // A sentence opener capitalized by position: "But an official statement …".
    if (
      isCapital(token) &&
      (first - 1 === 0 || token.start <= sentenceStart) &&
      (isPhraseBreak(word) || /^(and|but|or|yet|so)$/.test(word)) &&
      !isGivenName(token.text) &&
      !(first === at + 1 && verbSurname(token, tokens[at + 1]))
    )
      break
    // Round 22: "and" inside a portfolio after a title: "the minister for trade
    // and industry", "head of research and development".
    const portfolio =
      word === 'and' &&
      /^(for|of)$/.test(lower(tokens[first - 3])) &&
      (titles.has(lower(tokens[first - 4])) ||
        speakerNouns.has(lower(tokens[first - 4])) ||
        lower(tokens[first - 4]) === 'head') &&
      tokens[first - 2]?.kind === 'word' &&
      !lexiconTags(lower(tokens[first - 2])).some((tag) => /^(Verb|PastTense|Copula)$/.test(tag))
    const portfolios =
      word === 'and' &&
      roleModifiers.test(lower(tokens[first - 2])) &&
      roleModifiers.test(lower(tokens[first])) &&
      roleHead(first + 1)
    if (!isCapital(token) && clauseLinks.has(word) && !portfolio && !portfolios) break
    if (token.start < sentenceStart) break
    first--
  }
  // Drop leading function words: the phrase starts at a determiner, a capital or a noun.
  while (first < at && phraseLinks.has(lower(tokens[first]))) first++
  // An article right after a noun starts a new phrase: "In their cottage the crown
  // charges" — the speaker is "the crown".
  for (let inner = at - 1; inner > first; inner--) {
    const previous = tokens[inner - 1]
    if (
      /^(the|a|an)$/.test(tokens[inner]?.text ?? '') &&
      previous?.kind === 'word' &&
      !isCapital(previous) &&
      !phraseLinks.has(lower(previous)) &&
      !(lower(previous) === 'to' && /^letters?$/.test(lower(tokens[inner - 2])))
    ) {
      first = inner
      break
    }
  }
  // A time adverbial opening the sentence is no part of the speaker: "On Tuesday
  // the company said", "Last night Acme Corp said" (round 9).
  first = pastLeadingTime(tokens, first, at)
  // Rules 0.37.0: the object of a participle after a speaker noun is no speaker:
  // "a week after fire crews investigating a fire in East London said" (round 77);
  // the speaker is the noun before the participle.
  const participle = tokens[first - 1]
  const head = tokens[first - 2]
  if (
    participle !== undefined &&
    head !== undefined &&
    !isCapital(participle) &&
    /^\p{Ll}{3,}ing$/u.test(participle.text) &&
    !/^(meeting|briefing|hearing|building|morning|evening|wedding|funding|spending|ruling|sitting|opening|training|something|anything|everything|nothing)$/.test(
      lower(participle),
    ) &&
    !isCapital(head) &&
    (speakerNouns.has(lower(head)) || isActorNoun(lower(head))) &&
    head.start >= sentenceStart
  ) {
    const speaker = mentionBefore(tokens, first - 2, sentenceStart, antecedent)
    if (speaker !== undefined && speaker.pronoun === undefined) return speaker
  }
  // The object of "by" is no subject: "its persistent use by ballet companies of
  // the regime indicates that …" (a participle before "by" was taken above).
  if (!antecedent && lower(tokens[first - 1]) === 'by') return undefined
  const mention = describeMention(tokens, first, at)
  // "Raymond H. Hawksley, the present city CD head, believes": a role phrase in
  // apposition after a full name; the name is the speaker.
  if (
    mention !== undefined &&
    determiners.has(tokens[first]?.text ?? '') &&
    tokens[first - 1]?.text === ',' &&
    (tokens[at]?.text === ',' || tokens[at + 1]?.text === ',')
  ) {
    const named = mentionBefore(tokens, first - 2, sentenceStart)
    // Or any speaker phrase opening the sentence: "The senator, a Democrat, insisted".
    const opensSentence = named !== undefined && named.start === tokens[0]?.start
    if (
      named !== undefined &&
      named.pronoun === undefined &&
      ((named.type === 'person' && /\s\S+\s/.test(named.text)) || opensSentence)
    )
      return named
  }
  // "Pierre Salinger, White House press secretary, replied", "E. M. Martin,
  // assistant secretary of state for economic affairs told": a role without a
  // name after a full name that opens the sentence or a clause. The mention runs
  // from the name to the end of the role.
  if (
    mention !== undefined &&
    mention.pronoun === undefined &&
    tokens[first - 1]?.text === ',' &&
    tokens.slice(first, at + 1).some(
      (token, index) =>
        (!isCapital(token) ||
          // Round 15: a capitalized title opening the role before "of" ("Marcel
          // Cazale, President of the Maize Producers' Association (AGPM), said").
          (index === 0 && lower(tokens[first + 1]) === 'of')) &&
        (speakerNouns.has(lower(token)) ||
          titles.has(lower(token)) ||
          lower(token) === 'head' ||
          isActorNoun(lower(token))),
    ) &&
    !tokens.slice(first, at + 1).some((token) => isCapital(token) && isGivenName(token.text))
  ) {
    const named = mentionBefore(tokens, first - 2, sentenceStart)
    const namedFirst = tokens.findIndex((token) => token.start === named?.start)
    const opener = tokens[namedFirst - 1]
    if (
      named !== undefined &&
      named.type === 'person' &&
      named.pronoun === undefined &&
      /\s\S+\s|\.\s/.test(` ${named.text} `) &&
      named.text.includes(' ') &&
      !determiners.has(lower(tokens[first])) &&
      tokens
        .slice(namedFirst, first - 1)
        .every((token) => token.kind !== 'word' || isCapital(token)) &&
      (opener === undefined || /^[,:;"'”’]$/.test(opener.text))
    ) {
      const end = tokens[at]?.text === ',' ? (tokens[at - 1]?.end ?? mention.end) : mention.end
      return {
        ...named,
        end,
        text: tokensText(tokens.slice(namedFirst, tokens[at]?.text === ',' ? at : at + 1)),
        role: mention.name.replace(/,$/, ''),
      }
    }
  }
  // An apposition between name and verb: "Rep. Charles E. Hughes of Sherman,
  // sponsor of the bill, said" — the name is before the apposition's commas.
  if (mention === undefined && tokens[first - 1]?.text === ',' && first - 2 >= 0) {
    const named = mentionBefore(tokens, first - 2, sentenceStart)
    const openerBefore = tokens.findIndex((token) => token.start === named?.start) - 1
    // Only when the name opens the sentence or a clause: otherwise the comma
    // closes reported content ("…, sponsor said").
    if (
      named !== undefined &&
      named.pronoun === undefined &&
      (openerBefore < 0 || !/^[,"'”’]$/.test(tokens[openerBefore]?.text ?? ''))
    )
      return named
  }
  // Round 11: coordinated speakers opening the clause speak together: "Hale and
  // other officials said", "The union and the company agreed that …" (before,
  // only the last conjunct).
  if (
    mention !== undefined &&
    mention.pronoun === undefined &&
    lower(tokens[first - 1]) === 'and'
  ) {
    const conjunct = mentionBefore(tokens, first - 2, sentenceStart)
    const conjunctFirst = tokens.findIndex((token) => token.start === conjunct?.start)
    const opener = tokens[conjunctFirst - 1]
    if (
      conjunct !== undefined &&
      conjunct.pronoun === undefined &&
      conjunct.end === tokens[first - 2]?.end &&
      // Not inside a place after a preposition: "the announcements in Paris and Bonn".
      !tokens
        .slice(conjunctFirst, first - 1)
        .some((token) => /^(in|at|from|by|for|to|on)$/.test(token.text)) &&
      (opener === undefined ||
        opener.start < sentenceStart ||
        /^[,;:"'“”‘’]$/.test(opener.text) ||
        /^(but|that|so|yet)$/.test(lower(opener)))
    ) {
      const text = tokensText(tokens.slice(conjunctFirst, at + 1))
      return {
        start: conjunct.start,
        end: mention.end,
        text,
        type: 'group',
        key: undefined,
        name: text.replace(/^(the|a|an)\s+/i, ''),
      }
    }
  }
  return mention
}

const shareNumberWords =
  /^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)$/
const polledGroups =
  /^(them|those|voters|people|respondents|adults|britons|americans|members|viewers|readers|users|workers|firms|companies|parents|pupils|students|teachers|doctors)$/
const shareApproximators = /^(some|only|about|around|roughly|nearly|almost|just|over)$/
const clauseOpeners = /^(and|but|while|whereas|yet|;|,)$/

/**
 * A share of a group read backwards from token `at`, at the start of a clause:
 * "32%", "Some 82%", "Forty three per cent", "Three quarters", "A majority, 52%,",
 * "42% of them". `undefined` when there is none.
 */
function shareBefore(
  tokens: readonly Token[],
  at: number,
  sentenceStart: number,
): FoundMention | undefined {
  let end = at
  let start = at
  // "… of them", "… of voters".
  if (polledGroups.test(lower(tokens[start])) && lower(tokens[start - 1]) === 'of') start -= 2
  // "A majority, 52%,": the apposition of the share.
  let apposition = false
  const isPercent = (token: Token | undefined) =>
    token?.kind === 'number' && /\d%$/.test(token.text)
  if (tokens[start]?.text === ',' && isPercent(tokens[start - 1])) {
    apposition = true
    start -= 1
  }
  const token = tokens[start]
  if (isPercent(token)) {
    // "82%" is one token.
  } else if (lower(token) === 'cent' && lower(tokens[start - 1]) === 'per') {
    start -= 2
    if (tokens[start]?.kind === 'number') {
      // "30 per cent"
    } else if (shareNumberWords.test(lower(tokens[start]))) {
      while (shareNumberWords.test(lower(tokens[start - 1]))) start--
    } else return undefined
  } else if (
    /^(quarters|thirds|fifths|half)$/.test(lower(token)) &&
    shareNumberWords.test(lower(tokens[start - 1]))
  )
    start -= 1
  else if (lower(token) === 'majority' && /^(a|the)$/.test(lower(tokens[start - 1]))) start -= 1
  else return undefined
  if (apposition) {
    // The share before the apposition: "A majority, 52%,".
    if (tokens[start - 1]?.text !== ',' || lower(tokens[start - 2]) !== 'majority') return undefined
    start -= 3
    if (!/^(a|the)$/.test(lower(tokens[start]))) return undefined
  }
  if (shareApproximators.test(lower(tokens[start - 1]))) start -= 1
  const first = tokens[start]
  const before = tokens[start - 1]
  if (
    first === undefined ||
    !(
      before === undefined ||
      first.start <= sentenceStart ||
      clauseOpeners.test(lower(before)) ||
      before.text === ','
    )
  )
    return undefined
  const last = tokens[end]
  if (last === undefined) return undefined
  // The closing comma of an apposition is no part of the mention.
  if (last.text === ',') end -= 1
  const close = tokens[end] as Token
  return {
    start: first.start,
    end: close.end,
    text: tokensText(tokens.slice(start, end + 1)),
    type: 'group',
    key: undefined,
    name: tokensText(tokens.slice(start, end + 1)),
  }
}

/**
 * Words of rank before a title or speaker noun, part of the speaker: "managing
 * director John Hale", "retired Adm. Tom Lee" (round 11: "retired", "senior"); round
 * 13: the field of an office ("finance director John Edwards", "foreign minister");
 * rules 0.24.0: the portfolios of British ministers and their shadows ("housing
 * minister Yvette Cooper", "shadow home secretary", "health secretary").
 *
 * @example
 * roleModifiers.test('acting') // => true
 */
export const roleModifiers =
  /^(managing|acting|lead|leading|executive|deputy|joint|presiding|ranking|outgoing|incoming|retiring|founding|supervising|governing|visiting|former|retired|senior|chief|finance|financial|sales|marketing|foreign|defence|defense|trade|research|production|personnel|technical|economic|regional|national|press|labor|labour|energy|oil|treasury|shadow|junior|home|housing|health|education|environment|transport|culture|media|sport|sports|employment|work|pensions|schools|children|rural|agriculture|immigration|industry|business|science|constitutional|local|europe|interior|justice|communications|tourism|planning|welfare|security|prisons|development|policing)$/

const leadingTimeWords =
  /^(on|in|last|this|late|early|earlier|later|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|week|weekend|month|year)$/
const timeNouns =
  /^(yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|week|weekend|month|year)$/
const monthNames =
  /^(january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?$/

/**
 * The first token of a speaker phrase from `first` to `at` past a time adverbial
 * that opens it ("Last night Acme Corp", "On Tuesday the company", "On March 3
 * the board"); `first` when there is none, or when nothing would be left.
 */
function pastLeadingTime(tokens: readonly Token[], first: number, at: number): number {
  let lead = first
  let sawTime = false
  while (lead < at) {
    const word = lower(tokens[lead])
    if (timeNouns.test(word)) sawTime = true
    else if (monthNames.test(word) && tokens[lead + 1]?.kind === 'number') {
      sawTime = true
      lead++
    } else if (!leadingTimeWords.test(word)) break
    lead++
  }
  const next = tokens[lead]
  return sawTime && lead <= at && next !== undefined && next.kind === 'word' ? lead : first
}

/**
 * The name before a role in apposition opening with "a" or "an" and ending in the
 * comma at `at` — "Lee, a banker and critic of the plan, said"; "board chairman
 * John Tower, a former senator from Texas, told" — when the name opens the
 * sentence or follows a comma or quotation (round 9).
 */
function indefiniteAppositionBefore(
  tokens: readonly Token[],
  at: number,
  sentenceStart: number,
): FoundMention | undefined {
  if (tokens[at]?.text !== ',') return undefined
  let open = at - 1
  while (open > 0 && at - open <= 16 && tokens[open]?.text !== ',') {
    const token = tokens[open]
    if (token === undefined || token.start < sentenceStart || closingQuotes.has(token.text))
      return undefined
    open--
  }
  const segment = tokens.slice(open + 1, at)
  if (
    tokens[open]?.text !== ',' ||
    !/^(a|an)$/.test(lower(segment[0])) ||
    segment.length < 2 ||
    !segment.some(
      (token) =>
        !isCapital(token) &&
        (speakerNouns.has(lower(token)) || titles.has(lower(token)) || isActorNoun(lower(token))),
    ) ||
    segment.some((token) =>
      /^(who|whom|which|that|is|was|are|were|has|have|had|will|would|said|says)$/.test(
        lower(token),
      ),
    )
  )
    return undefined
  const named = mentionBefore(tokens, open - 1, sentenceStart)
  if (named === undefined || named.pronoun !== undefined || named.end !== tokens[open - 1]?.end)
    return undefined
  const namedFirst = tokens.findIndex((token) => token.start === named.start)
  const opener = tokens[namedFirst - 1]
  return opener === undefined || /^[,:;"'”’]$/.test(opener.text) ? named : undefined
}

/**
 * Round 26: a person's name before a role in apposition whose closing comma wire
 * copy left out, ending at `at` right before the cue: "But Karl Mertens, head
 * of Lindqvist Bank <LQB.ST> told Reuters …", "Ulrich Vogt, a Munich-based tax
 * lawyer said …". The name opens the sentence (after a conjunction) or follows a
 * comma or quotation; the role opens with "a", "an" or "head of" and holds a
 * speaker noun and no verb (a role opening with a title, "John Doe, deputy
 * director of the office told", is read as one mention as before). Not a place
 * or a single word before the comma ("Hyannis Port, Mass., a spokesman said").
 */
function unclosedAppositionBefore(
  tokens: readonly Token[],
  at: number,
  sentenceStart: number,
): FoundMention | undefined {
  const last = tokens[at]
  if (last === undefined || (last.kind !== 'word' && last.text !== '>')) return undefined
  let open = at
  while (open > 0 && at - open <= 14 && tokens[open]?.text !== ',') {
    const token = tokens[open]
    if (token === undefined || token.start < sentenceStart) return undefined
    if (token.kind === 'punct' && !/^[<>.&'’-]$/.test(token.text)) return undefined
    open--
  }
  if (tokens[open]?.text !== ',') return undefined
  const segment = tokens.slice(open + 1, at + 1)
  const opener = lower(segment[0])
  if (
    segment.length < 2 ||
    isCapital(segment[0]) ||
    !(/^(a|an)$/.test(opener) || (opener === 'head' && lower(segment[1]) === 'of')) ||
    !segment.some(
      (token, index) =>
        !isCapital(token) &&
        (speakerNouns.has(lower(token)) ||
          titles.has(lower(token)) ||
          isActorNoun(lower(token)) ||
          (lower(token) === 'head' && lower(segment[index + 1]) === 'of')),
    ) ||
    segment.some((token) =>
      /^(who|whom|which|that|and|or|is|was|are|were|has|have|had|will|would|said|says)$/.test(
        lower(token),
      ),
    ) ||
    segment.some((token) => {
      if (token.kind !== 'word' || isCapital(token)) return false
      const tags = lexiconTags(lower(token))
      return tags.some((tag) => verbTags.test(tag)) && !tags.some((tag) => nounTags.test(tag))
    })
  )
    return undefined
  const named = mentionBefore(tokens, open - 1, sentenceStart)
  if (
    named === undefined ||
    named.pronoun !== undefined ||
    named.type !== 'person' ||
    named.key === undefined ||
    named.end !== tokens[open - 1]?.end ||
    // A full name, given name and surname: not a place ("Hyannis Port, Mass.")
    // nor a sentence adverb.
    !/^\p{Lu}[\p{L}'’-]+ (?:\p{Lu}\.? )*\p{Lu}[\p{L}'’-]+$/u.test(named.text)
  )
    return undefined
  const namedFirst = tokens.findIndex((token) => token.start === named.start)
  const before = tokens[namedFirst - 1]
  return before === undefined ||
    before.start < sentenceStart ||
    /^[,:;"'”’]$/.test(before.text) ||
    /^(but|and|yet|so|however)$/.test(lower(before))
    ? named
    : undefined
}

const verbTags = /^(Copula|PastTense|PresentTense|Modal|Auxiliary|Infinitive|Pronoun|QuestionWord)$/
const nounTags = /^(Noun|Singular|Plural|Actor|Adjective)$/

const numberWords = /^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|\d+)$/

/**
 * "two out of three", "nine of ten" ending at `at`: a proportion of a group named
 * earlier, as a group speaker.
 */
function proportionBefore(
  tokens: readonly Token[],
  at: number,
  sentenceStart: number,
): FoundMention | undefined {
  if (!numberWords.test(lower(tokens[at])) || lower(tokens[at - 1]) !== 'of') return undefined
  const first = lower(tokens[at - 2]) === 'out' ? at - 3 : at - 2
  const start = tokens[first]
  const end = tokens[at]
  if (start === undefined || end === undefined || start.start < sentenceStart) return undefined
  if (!numberWords.test(lower(start))) return undefined
  const text = tokensText(tokens.slice(first, at + 1))
  return { start: start.start, end: end.end, text, type: 'group', key: undefined, name: text }
}

/** True when `segment` is a role phrase in apposition: "competitor of Mr. Houtz in this town". */
function isRoleSegment(segment: readonly Token[]): boolean {
  const opener = segment[0]
  if (opener === undefined || opener.kind !== 'word' || segment.length > 18) return false
  // A capitalized title opens one too: "Richard Peters, Secretary of the Board of War, thought".
  // Round 22: after a country's abbreviation or adjective ("Elizabeth Dole, U.S.
  // Secretary of Transportation, noted", "Jan Berg, Swedish Minister of Trade, said").
  // 0.32.0: "for" too ("Lord Bach, Minister for Defence Procurement, said").
  const titled = (at: number) =>
    (titles.has(lower(segment[at])) || /^(mp|mep|msp)$/.test(lower(segment[at]))) &&
    /^(of|for)$/.test(lower(segment[at + 1]))
  const nationalTitle =
    segment.length > 3 && isCapital(opener) && !titles.has(lower(opener)) && titled(1)
  // Rules 0.26.0: a title of two capitalized words ("David Rose, Chief Executive of
  // Hereford Hospitals NHS Trust, said", "Managing Director of Acme").
  const doubleTitle =
    segment.length > 3 &&
    (titles.has(lower(opener)) || roleModifiers.test(lower(opener))) &&
    (titles.has(lower(segment[1])) || speakerNouns.has(lower(segment[1]))) &&
    lower(segment[2]) === 'of'
  if (
    (isCapital(opener) && !titled(0) && !nationalTitle && !doubleTitle) ||
    clauseLinks.has(lower(opener))
  )
    return false
  // Rules 0.26.0: after a preposition that follows the role's noun, the words
  // are its object, nouns even where the lexicon knows them as verbs only ("an
  // adviser on climate change", "head of design and build").
  const preposition = segment.findIndex(
    (token, at) => at > 1 && /^(on|of|for|to|at|in|with|about)$/.test(lower(token)),
  )
  // 0.32.0: a determiner and a speaker noun at the end, whatever the words between
  // ("the party spokesman", where "party" is known as a verb only).
  const head = lower(segment[segment.length - 1])
  if (
    determiners.has(lower(opener)) &&
    segment.length <= 8 &&
    (speakerNouns.has(head) || titles.has(head))
  )
    return true
  return segment.every((token, at) => {
    if (token.kind !== 'word' || isCapital(token)) return true
    if (preposition > 0 && at > preposition) return true
    const tags = lexiconTags(lower(token))
    return !(tags.some((tag) => verbTags.test(tag)) && !tags.some((tag) => nounTags.test(tag)))
  })
}

/** True when `segment` is a place or suffix in apposition: "Chicago", "Ill.", "Jr.". */
function isPlaceSegment(segment: readonly Token[]): boolean {
  const words = segment.filter((token) => token.kind === 'word')
  return (
    words.length > 0 &&
    words.length <= 3 &&
    segment.every((token) => (token.kind === 'word' && isCapital(token)) || token.text === '.')
  )
}

/**
 * The named person before a chain of appositions ending in the comma at `at`,
 * with at least one role among them: "Gus Ehlers, competitor of Mr. Houtz in this
 * town, says"; "John W. Smith, economist of Acme Bank, Chicago, predicted". The
 * name opens the sentence (after a conjunction) or follows the comma of a
 * quotation (`"…", John W. Smith, economist …, predicted`).
 */
function appositionChainBefore(
  tokens: readonly Token[],
  at: number,
  sentenceStart: number,
): FoundMention | undefined {
  if (tokens[at]?.text !== ',') return undefined
  let end = at
  let sawRole = false
  for (let links = 0; links < 4; links++) {
    let open = end - 1
    while (open >= 0 && end - open <= 20 && tokens[open]?.text !== ',') {
      const token = tokens[open]
      if (
        token === undefined ||
        token.start < sentenceStart ||
        (closingQuotes.has(token.text) &&
          !(possessiveApostrophe(tokens, open) && !isCapital(tokens[open + 1])))
      )
        return undefined
      open--
    }
    let first = open + 1
    if (open < 0) while (/^(but|and|yet|so)$/.test(lower(tokens[first]))) first++
    const segment = tokens.slice(first, end)
    if (segment.length === 0 || (open >= 0 && tokens[open]?.text !== ',')) return undefined
    // Round 26: or after the comma closing a participle phrase that opens the
    // sentence ("Leading the chorus for a June vote, Sir John Hale, chairman of
    // …, said").
    const sentenceFirst = tokens.findIndex((token) => token.start >= sentenceStart)
    const openingParticiple =
      open > sentenceFirst &&
      sentenceFirst >= 0 &&
      /^\p{Lu}\p{Ll}+(ing|ed)$/u.test(tokens[sentenceFirst]?.text ?? '') &&
      !tokens
        .slice(sentenceFirst, open)
        .some((token) => token.kind === 'punct' && token.text !== '-')
    const opensSentence =
      open < 0 ||
      closingQuotes.has(tokens[open - 1]?.text ?? '') ||
      openingParticiple ||
      openingAdverbial(tokens, sentenceFirst, open)
    if (sawRole && opensSentence && isPlaceSegment(segment.slice(-1)) && segment.length <= 8) {
      const named = describeMention(tokens, first, end - 1)
      // "The gentle Channing, revered by all Bostonians, …, wrote": a determiner
      // before a name; "The senator, a Democrat, …" (no name) is taken below.
      const hasName = segment
        .slice(1)
        .some((token) => isCapital(token) && !titles.has(lower(token).replace(/\.$/, '')))
      if (
        named?.type === 'person' &&
        // Round 22: a surname alone, as wire copy names someone again ("Hale,
        // the head of the working group, said").
        (/\s/.test(named.text) || (segment.length === 1 && isCapital(segment[0]))) &&
        !/^(at|in|on|for|from|of|by|with|after|before|during|under|to|as)$/.test(
          lower(tokens[first]),
        ) &&
        (!determiners.has(lower(tokens[first])) || hasName)
      )
        return named
    }
    if (open < 0) return undefined
    // A participle phrase is a link too: "The gentle Channing, revered by all
    // Bostonians, orthodox or Unitarian, wrote".
    const participle =
      segment[0] !== undefined && !isCapital(segment[0]) && /\p{Ll}(ed|ing)$/u.test(segment[0].text)
    // Round 22: a participle phrase holding a list in commas ("Kiechle, backed by
    // his French, Italian and other colleagues, believes"): the segment before the
    // list's comma opens with the participle.
    let listOpen = open - 1
    while (listOpen >= 0 && open - listOpen <= 12 && tokens[listOpen]?.text !== ',') listOpen--
    const listHead = tokens[listOpen + 1]
    const participleList =
      !isRoleSegment(segment) &&
      !participle &&
      listOpen >= 0 &&
      tokens[listOpen]?.text === ',' &&
      listHead !== undefined &&
      !isCapital(listHead) &&
      /\p{Ll}ed$/u.test(listHead.text) &&
      isCapital(segment[0]) &&
      segment.some((token) => lower(token) === 'and') &&
      tokens.slice(listOpen + 1, end).every((token) => token.start >= sentenceStart)
    if (participleList) {
      sawRole = true
      end = listOpen
      continue
    }
    if (isRoleSegment(segment) || (participle && segment.length <= 12)) sawRole = true
    else if (
      !isPlaceSegment(segment) &&
      !(segment.length === 1 && segment[0]?.kind === 'number') &&
      // Round 22: a relative clause on the person is a link too ("Elizabeth Dole,
      // U.S. Secretary of Transportation, whose department sold the line, noted").
      !(/^(who|whose)$/.test(lower(segment[0])) && segment.length <= 14)
    )
      return undefined
    end = open
  }
  return undefined
}

// Round 32: connectives and prepositions that open a short adverbial before the
// comma of a sentence's subject ("However, …", "On Wednesday, …", "In a
// statement, …", "Late last year, …").
const adverbialOpeners =
  /^(however|meanwhile|separately|nevertheless|nonetheless|instead|indeed|still|also|now|earlier|later|previously|today|yesterday|elsewhere|overall|moreover|furthermore|similarly|likewise|on|in|at|during|after|before|since|last|late|early|this|by|for|under)$/

/**
 * Round 32: true when the tokens from `sentenceFirst` to the comma at `open` are
 * a short adverbial opening the sentence — a connective or a prepositional phrase
 * of at most six words, with no punctuation — so that the name after the comma
 * opens the clause: "However, Jane Doe, head of the union, said …"; "On Friday,
 * John Roe, a director of Acme and also its treasurer, said …". Reported content
 * before an inverted speaker ("Prices will rise, Jane Doe, …, said") opens with
 * no such word.
 */
function openingAdverbial(tokens: readonly Token[], sentenceFirst: number, open: number): boolean {
  if (sentenceFirst < 0 || open <= sentenceFirst || open - sentenceFirst > 6) return false
  if (!adverbialOpeners.test(lower(tokens[sentenceFirst]))) return false
  return tokens
    .slice(sentenceFirst, open)
    .every((token) => token.kind === 'word' || token.kind === 'number')
}

// Words that end a speaker phrase: a clause or a coordination begins.
const clauseLinks: ReadonlySet<string> = new Set(['that', 'who', 'which', 'and', 'but', 'or'])

/** True when `period` closes the initial or title glued before it ("Mr.", "D."): part of a name. */
function isAbbreviationPeriod(period: Token, word: Token | undefined): boolean {
  return (
    period.text === '.' &&
    word !== undefined &&
    word.end === period.start &&
    (titles.has(lower(word)) || /^[A-Z]$/.test(word.text))
  )
}

// Words that link the parts of a speaker phrase ("spokesman for the ministry",
// "Mayor of Boston"); a phrase neither starts nor ends in one.
const phraseLinks: ReadonlySet<string> = new Set(['of', 'at', 'for', 'from', 'in', "'s", 'and'])

// Words that open a parenthetical between a name and its verb: a relative clause
// ("Fred Lewis, who tried both cases, said") or a place ("Mrs. Olive Heideman, of
// rural Elsie, said").
const parentheticalOpeners = new Set([
  'who',
  'whose',
  'whom',
  'which',
  'of',
  'from',
  // Sentence adverbs and circumstances: "Smith, however, said"; "Jones, in a
  // statement, said"; "The mayor, at a news conference, said".
  'however',
  'meanwhile',
  'moreover',
  'nevertheless',
  'too',
  'also',
  'in',
  'at',
  'on',
  'during',
  'after',
  'before',
  'like',
  'unlike',
  // Affiliation and time (round 9): "Hess, with the Brookings Institution, said";
  // "Acme Corp, earlier reporting a loss, said"; "Smith, for his part, said".
  'with',
  'earlier',
  'later',
  'formerly',
  'previously',
  'for',
  // "DeKalb citizens, those who use the cannery, say".
  'those',
])

/**
 * The named speaker before a parenthetical that ends in the comma at `at`: a
 * relative clause, a place ("of rural Elsie") or an age ("Wiley, 38, said").
 */
function parentheticalBefore(
  tokens: readonly Token[],
  at: number,
  sentenceStart: number,
): FoundMention | undefined {
  // A bracket: "Sen. John Doe (D-Tex.) said".
  if (tokens[at]?.text === ')') {
    let open = at - 1
    while (open > 0 && at - open <= 10 && tokens[open]?.text !== '(') open--
    if (tokens[open]?.text !== '(') return undefined
    const named = mentionBefore(tokens, open - 1, sentenceStart)
    return named?.pronoun === undefined ? named : undefined
  }
  if (tokens[at]?.text !== ',') return undefined
  let open = at - 1
  while (open > 0 && at - open <= 20 && tokens[open]?.text !== ',') {
    const token = tokens[open]
    if (token === undefined || token.start < sentenceStart || closingQuotes.has(token.text))
      return undefined
    open--
  }
  const opener = tokens[open + 1]
  if (tokens[open]?.text !== ',' || opener === undefined || open + 1 === at) return undefined
  const isAge = open + 2 === at && opener.kind === 'number' && /^\d{1,3}$/.test(opener.text)
  // A participle opens one too: "The mayor, speaking at a luncheon, said", "The
  // report, issued Monday, said".
  const isParticiple = !isCapital(opener) && /^\p{L}+(?:ing|ed)$/u.test(opener.text)
  // Round 10: an abbreviation of the name before it: "the head of the Grain
  // Board, GB, said" — the head speaks.
  const isAbbreviation = open + 2 === at && /^[A-Z]{2,6}$/.test(opener.text)
  // Round 15: an apposition with its own relative clause: "Rep. Tom Hale, a
  // Missouri Democrat who is seeking the nomination, said".
  const relativeApposition =
    /^(a|an|the)$/.test(lower(opener)) &&
    isCapital(tokens[open - 1]) &&
    tokens.slice(open + 2, at).some((token) => /^(who|whose|which)$/.test(lower(token)))
  if (
    !isAge &&
    !isParticiple &&
    !isAbbreviation &&
    !relativeApposition &&
    !parentheticalOpeners.has(lower(opener))
  )
    return undefined
  const named = mentionBefore(tokens, open - 1, sentenceStart)
  if (named === undefined || named.pronoun !== undefined || named.end > (tokens[open]?.start ?? 0))
    return undefined
  return named
}

/**
 * The speaker of a participle phrase ending at `at`: "an official statement
 * adopted by the 33-man Emory board at its annual meeting Friday noted", "a report
 * issued by the committee said" — the noun before the participle speaks.
 */
function participialBefore(
  tokens: readonly Token[],
  at: number,
  sentenceStart: number,
): FoundMention | undefined {
  for (let by = at; by > 1 && at - by <= 14; by--) {
    const token = tokens[by]
    if (token === undefined || token.start < sentenceStart) return undefined
    if (token.text === ',' || closingQuotes.has(token.text)) return undefined
    if (lower(token) !== 'by') continue
    const participle = tokens[by - 1]
    if (participle === undefined || isCapital(participle) || !/ed$/.test(participle.text))
      return undefined
    const named = mentionBefore(tokens, by - 2, sentenceStart)
    if (named === undefined || named.pronoun !== undefined || named.type === 'person')
      return undefined
    return named
  }
  return undefined
}

/**
 * Round 22: a surname the lexicon knows only as a verb's base form ("Dole",
 * "Hunt"): capitalized right before a verb of saying, it can only be a name.
 */
function verbSurname(token: Token, cue: Token | undefined): boolean {
  // (before a verb of saying, not "Rest assured that …")
  if (!/^(said|says|told|tells|added|adds|noted|notes|stated|states)$/.test(lower(cue)))
    return false
  if (!isCapital(token) || !/^\p{Lu}\p{Ll}+$/u.test(token.text)) return false
  const tags = lexiconTags(lower(token))
  return tags.length > 0 && tags.every((tag) => /^(Infinitive|Verb)$/.test(tag))
}

/** Reads a speaker phrase forwards from token `index` ("said Mr. Schaefer, who …"). */
export function mentionAfter(tokens: readonly Token[], index: number): FoundMention | undefined {
  const firstToken = tokens[index]
  if (firstToken === undefined) return undefined
  if (pronounTypes.has(lower(firstToken))) return pronounMention(firstToken)
  const aged = ageNounEnd(tokens, index)
  if (aged !== undefined) return ageMention(tokens, index, aged)
  let last = index - 1
  while (last + 1 < tokens.length && last - index < 9) {
    const token = tokens[last + 1]
    if (token === undefined) break
    const word = lower(token)
    if (token.kind === 'punct') {
      if (isAbbreviationPeriod(token, tokens[last]) && last + 2 < tokens.length) {
        last++
        continue
      }
      // Round 32: a firm's name before its employee runs on past a plural
      // possessive or a bracketed place: "said Acme Holdings' John Pratt", "said
      // Northern Bank (Europe) Ltd economist Jane Cole". The speaker is the person.
      const closing = firmNameBracket(tokens, last + 1)
      if (last >= index && closing !== undefined) {
        last = closing
        continue
      }
      if (last >= index && pluralPossessive(tokens, last + 1)) {
        last++
        continue
      }
      break
    }
    if (token.kind === 'number') break
    // Round 11: a date after the phrase is no part of it ("by the union March 1").
    if (
      last >= index &&
      monthNames.test(word) &&
      (tokens[last + 2]?.kind === 'number' || /^(one|two|three)$/.test(lower(tokens[last + 2])))
    )
      break
    // A participle or adjective of rank before a title belongs to it (round 9):
    // "said managing director John Hale".
    const nextWord = lower(tokens[last + 2])
    const roleHead = (head: string) =>
      titles.has(head) || speakerNouns.has(head) || isActorNoun(head)
    // Rules 0.26.0: "said the trade and industry secretary" (two portfolios).
    const pairedRank = (at: number) =>
      lower(tokens[at + 1]) === 'and' &&
      roleModifiers.test(lower(tokens[at + 2])) &&
      roleHead(lower(tokens[at + 3]))
    const rank =
      (roleModifiers.test(word) && (roleHead(nextWord) || pairedRank(last + 1))) ||
      // Rules 0.29.0: a noun of trade before a speaker noun and a name or the
      // sentence's end, first in the phrase ("said market analysts Chart Track",
      // round 53; "said industry analysts.").
      (last < index &&
        !isCapital(token) &&
        speakerNouns.has(nextWord) &&
        (isCapital(tokens[last + 3]) || /^[.!?]$/.test(tokens[last + 3]?.text ?? ''))) ||
      // 0.32.0: two such nouns ("said market research firm NPD Group").
      (last < index &&
        !isCapital(token) &&
        tokens[last + 2]?.kind === 'word' &&
        !isCapital(tokens[last + 2]) &&
        speakerNouns.has(lower(tokens[last + 3])) &&
        isCapital(tokens[last + 4])) ||
      (word === 'and' && roleModifiers.test(lower(tokens[last])) && pairedRank(last))
    // Round 22: a gathering named by a gerund is a noun after a name or determiner
    // ("said officials attending the Refiners Association meeting here").
    const gathering =
      /^(meeting|meetings|hearing|hearings|briefing|gathering|ceremony)$/.test(word) &&
      (isCapital(tokens[last]) ||
        determiners.has(lower(tokens[last])) ||
        lexiconTags(lower(tokens[last])).includes('Adjective'))
    // Rules 0.29.0: "think tank", whose first word is a verb elsewhere ("says the
    // think tank", round 53).
    if (word === 'think' && /^tanks?$/.test(nextWord)) {
      last += 2
      continue
    }
    // Rules 0.36.0: a plural speaker noun after a determiner is the head, not a
    // verb ("wrote the judges", "said the writers"; round 74).
    const pluralHead =
      last >= index &&
      determiners.has(lower(tokens[last])) &&
      /[^s]s$/.test(word) &&
      speakerNouns.has(word.slice(0, -1))
    if (
      !isCapital(token) &&
      isPhraseBreak(word) &&
      !rank &&
      !gathering &&
      !pluralHead &&
      !(last < index && possessiveSpeaker(tokens, last + 1)) &&
      !firmAnd(tokens, last + 1, index)
    )
      break
    if (
      !isCapital(token) &&
      clauseLinks.has(word) &&
      !firmAnd(tokens, last + 1, index) &&
      !(word === 'and' && rank)
    )
      break
    // An adverb ends the phrase: "Morgan hotly denied …", "says the author very …".
    if (
      last >= index &&
      !isCapital(token) &&
      (/ly$/.test(word) || /^(very|quite|rather|too|so|much)$/.test(word))
    )
      break
    // "a source familiar with …": the modifier is added below, as a whole.
    if (last >= index && sourceModifiers.test(word)) break
    last++
  }
  while (last > index && (phraseLinks.has(lower(tokens[last])) || lower(tokens[last]) === 'the'))
    last--
  const found = last >= index ? describeMention(tokens, index, last) : undefined
  return found === undefined ? undefined : withSourceModifier(tokens, found)
}

/**
 * Rules 0.37.0: true when token `at` is a possessive determiner before a noun
 * that can speak: "said his wife, Sheila", "says their lawyer" (round 74).
 */
export function possessiveSpeaker(tokens: readonly Token[], at: number): boolean {
  if (!possessiveDeterminers.test(lower(tokens[at]))) return false
  const noun = lower(tokens[at + 1])
  return (
    speakerNouns.has(noun) ||
    titles.has(noun) ||
    isActorNoun(noun) ||
    (roleModifiers.test(noun) &&
      (speakerNouns.has(lower(tokens[at + 2])) || titles.has(lower(tokens[at + 2]))))
  )
}

/**
 * 0.32.0: the index of the last token of "the 31 year old" or "the 25-year-old"
 * starting at `first`, or undefined.
 */
function ageNounEnd(tokens: readonly Token[], first: number): number | undefined {
  const age = tokens[first + 1]
  if (lower(tokens[first]) !== 'the' || age?.kind !== 'number' || !/^\d{1,3}$/.test(age.text))
    return undefined
  if (lower(tokens[first + 2]) === 'year' && lower(tokens[first + 3]) === 'old') return first + 3
  if (tokens[first + 2]?.text === '-' && lower(tokens[first + 3]) === 'year-old') return first + 3
  return undefined
}

function ageMention(tokens: readonly Token[], first: number, last: number): FoundMention {
  const text = tokensText(tokens.slice(first, last + 1))
  const start = tokens[first]?.start ?? 0
  const end = tokens[last]?.end ?? start
  return { start, end, text, type: 'person', key: undefined, name: text }
}

/**
 * Round 32: true when the apostrophe at `at` makes a capitalized plural a
 * possessive before another capitalized word: "Holdings' John", "Brothers'
 * chief" is not taken (a lower-case word follows).
 */
function pluralPossessive(tokens: readonly Token[], at: number): boolean {
  return possessiveApostrophe(tokens, at) && isCapital(tokens[at - 1]) && isCapital(tokens[at + 1])
}

/**
 * True when the apostrophe at `at` closes a plural's possessive ("Holdings'
 * John", 0.32.0: "the Liberal Democrats' spokesman"), not a quotation: glued to
 * a word ending in "s", a word after it.
 */
function possessiveApostrophe(tokens: readonly Token[], at: number): boolean {
  const mark = tokens[at]
  const owner = tokens[at - 1]
  return (
    (mark?.text === "'" || mark?.text === '’') &&
    owner !== undefined &&
    owner.end === mark.start &&
    /s$/.test(owner.text) &&
    tokens[at + 1]?.kind === 'word'
  )
}

/**
 * Round 32: the index of the closing bracket of a place or qualifier of one to
 * three capitalized words inside a firm's name ("Salomon Brothers (Asia) Ltd"),
 * when a capitalized word follows it; `undefined` otherwise.
 */
function firmNameBracket(tokens: readonly Token[], at: number): number | undefined {
  if (tokens[at]?.text !== '(' || !isCapital(tokens[at - 1])) return undefined
  for (let close = at + 2; close <= at + 4; close++) {
    const token = tokens[close]
    if (token === undefined) return undefined
    if (token.text === ')') {
      const after = tokens[close + 1]
      return after?.kind === 'word' && isCapital(after) && after.start === token.end + 1
        ? close
        : undefined
    }
    if (token.kind !== 'word' || !isCapital(token)) return undefined
  }
  return undefined
}

/**
 * Round 15: true when "and" at token `at` joins the names of a firm before a
 * role and a name: "said Carroll McEntee and McGinley Futures analyst Brian
 * Singer" (not "said John Smith and Mary Jones", with no role after).
 */
function firmAnd(tokens: readonly Token[], at: number, index: number): boolean {
  if (lower(tokens[at]) !== 'and' || at <= index) return false
  if (!isCapital(tokens[at - 1]) || !isCapital(tokens[at + 1])) return false
  for (let next = at + 2; next < at + 6; next++) {
    const token = tokens[next]
    if (token === undefined || token.kind !== 'word') return false
    if (isCapital(token)) continue
    const word = lower(token)
    return (
      (speakerNouns.has(word) || titles.has(word) || isActorNoun(word)) &&
      isCapital(tokens[next + 1])
    )
  }
  return false
}

// Modifiers that say what an unnamed source knows ("a source familiar with the
// matter", "a person close to the talks", "officials with knowledge of the plan",
// "people briefed on the deal"): part of the speaker mention.
const sourceModifiers = /^(familiar|close|knowledgeable|briefed|privy)$/
const sourceModifierStops =
  /^(said|says|say|told|tells|added|who|whom|which|that|and|but|or|because|although|while|when|if)$/

/**
 * `mention` extended over a post-modifier of an unnamed source ("a source
 * familiar with the matter"); `mention` itself when none follows. Names are not
 * extended ("said John Smith, close to …" has a comma anyway).
 */
export function withSourceModifier(tokens: readonly Token[], mention: FoundMention): FoundMention {
  if (mention.pronoun !== undefined || mention.type === 'person') return mention
  const at = tokens.findIndex((token) => token.start >= mention.end)
  if (at < 0) return mention
  const first = lower(tokens[at])
  const opens =
    sourceModifiers.test(first) ||
    (first === 'with' &&
      /^(knowledge|direct|detailed|firsthand|first-hand|access)$/.test(lower(tokens[at + 1])))
  if (!opens) return mention
  let end = at
  while (end + 1 < tokens.length && end + 1 - at < 9) {
    const next = tokens[end + 1]
    if (next === undefined || next.kind === 'punct' || sourceModifierStops.test(lower(next))) break
    end++
  }
  const last = tokens[end]
  // "close" alone ("a source close") is no modifier: it needs its object.
  if (last === undefined || end === at) return mention
  return {
    ...mention,
    end: last.end,
    text: `${mention.text} ${tokensText(tokens.slice(at, end + 1))}`,
  }
}

export function pronounMention(token: Token): FoundMention {
  const pronoun = token.text.toLowerCase()
  const type = (pronounTypes.get(pronoun)?.[0] ?? 'person') as SpeakerType
  return {
    start: token.start,
    end: token.end,
    text: token.text,
    type,
    key: undefined,
    name: token.text,
    pronoun,
  }
}

// Quantifiers capitalized at the start of a sentence are no names ("Many people
// said"); alone they stand for people ("Others said").
const quantifiers =
  /^(many|most|all|others|some|few|both|several|each|other|such|two|three|four|five|six|seven|eight|nine|ten)$/

/** The head word of a phrase's lower-cased words: the last, or the last before "of". */
function headOf(words: readonly string[]): string {
  const ofIndex = words.indexOf('of')
  return (ofIndex > 0 ? words[ofIndex - 1] : words.at(-1)) ?? ''
}

/** Classifies tokens `[first, last]` as a speaker mention, or `undefined` when they cannot be one. */
export function describeMention(
  tokens: readonly Token[],
  first: number,
  last: number,
): FoundMention | undefined {
  const parts = tokens.slice(first, last + 1)
  const head = parts.at(-1)
  const start = parts[0]
  if (head === undefined || start === undefined) return undefined
  const words = parts.filter((token) => token.kind === 'word')
  const lowerWords = words.map((token) => token.text.toLowerCase().replace(/\.$/, ''))
  // Capitalized words, but not a first word capitalized by its place: a
  // determiner or a speaker noun ("Witnesses told police …").
  const firstWord = lowerWords[0] ?? ''
  const placeCapital =
    determiners.has(firstWord) ||
    quantifiers.test(firstWord) ||
    ((speakerNouns.has(firstWord) || isActorNoun(firstWord)) && !titles.has(firstWord))
  const capitals = words.filter(
    (token, index) => isCapital(token) && !(index === 0 && placeCapital),
  )
  // Plurals of speaker nouns too: "its directors", "the attorneys".
  const nouns = lowerWords.filter(
    (word) =>
      speakerNouns.has(word) ||
      (/[^s]s$/.test(word) && speakerNouns.has(word.slice(0, -1))) ||
      (/ies$/.test(word) && speakerNouns.has(`${word.slice(0, -3)}y`)) ||
      // Plurals in "-men" of titles and speaker nouns: "Congressmen", "councilmen".
      (/men$/.test(word) &&
        (titles.has(`${word.slice(0, -3)}man`) || speakerNouns.has(`${word.slice(0, -3)}man`))) ||
      isActorNoun(word) ||
      // A title used as a noun: "The chief said".
      (titles.has(word) && word === lowerWords.at(-1)) ||
      // Round 15: a title before lower-case words the lexicon does not know, the
      // name in a story set in lower case ("mines minister arturo grisanti said").
      (titles.has(word) &&
        lowerWords.indexOf(word) < lowerWords.length - 1 &&
        lowerWords
          .slice(lowerWords.indexOf(word) + 1)
          .every((after) => /^\p{Ll}{2,}$/u.test(after) && lexiconTags(after).length === 0)) ||
      // Round 15: a title or "head" before "of" heads the phrase: "The head of
      // another bank said", "John Smith, vice president of finance, said".
      ((titles.has(word) || word === 'head') &&
        word === headOf(lowerWords) &&
        lowerWords.includes('of')) ||
      // An organisation word as the head: "The division said", "the orchestra".
      (organisationWords.has(word) && word === headOf(lowerWords)) ||
      // Round 10: its plural too: "the banks said", "Oil companies say".
      (/[^s]s$/.test(word) &&
        word === headOf(lowerWords) &&
        organisationWords.has(/ies$/.test(word) ? `${word.slice(0, -3)}y` : word.slice(0, -1))),
  )
  // A quantifier standing for people: "Some viewed this attempt as …", "Others said".
  if (
    parts.length === 1 &&
    (isCapital(head) ||
      // Round 38: lower case too where a clause begins, after a comma or after a
      // conjunction opening the sentence or following a comma: "The deal, some
      // believe, could …", "…, others say.", "But others point out that …" (the
      // quantifiers that stand alone for people; not "Acme and others said",
      // where "others" ends a coordinated subject).
      (/^(some|many|most|others)$/.test(firstWord) &&
        (tokens[first - 1]?.text === ',' ||
          (/^(but|and|yet|while|whereas|although|though)$/i.test(tokens[first - 1]?.text ?? '') &&
            (first === 1 || tokens[first - 2]?.text === ','))))) &&
    /^(some|many|most|others|few|several|both|all)$/.test(firstWord)
  )
    return {
      start: start.start,
      end: head.end,
      text: head.text,
      type: 'group',
      key: undefined,
      name: head.text,
    }
  if (capitals.length === 0 && nouns.length === 0) return undefined
  // One function word or interjection capitalized by its place is no name: "Well,
  // he said …", "In …", "Them".
  if (
    words.length === 1 &&
    (/^(well|yes|no|oh|them|him|her|me|us)$/.test(firstWord) ||
      (isPhraseBreak(firstWord) &&
        !isGivenName(start.text) &&
        !verbSurname(start, tokens[last + 1])))
  )
    return undefined
  const roleWords = words.filter(
    (token) => titles.has(token.text.toLowerCase().replace(/\.$/, '')) && isCapital(token),
  )
  const names = capitals.filter(
    (token) =>
      !titles.has(token.text.toLowerCase()) && !organisationWords.has(token.text.toLowerCase()),
  )
  const text = tokensText(parts)
  let type: SpeakerType
  if (
    lowerWords.some((word) => agencyWords.has(word)) ||
    /news agency|associated press|united press/i.test(text)
  )
    type = 'agency'
  else if (
    organisationWords.has(headOf(lowerWords)) ||
    (lowerWords.some((word) => organisationWords.has(word)) && roleWords.length === 0)
  )
    type = 'organisation'
  else if (roleWords.length > 0 || names.some((token) => isGivenName(token.text))) type = 'person'
  else if (capitals.length > 0 && names.length > 0)
    type = names.length >= 1 && capitals.length <= 4 ? 'person' : 'organisation'
  else if (['a', 'an', 'one'].includes(lowerWords[0] ?? '')) type = 'anonymous'
  else if (/s$/.test(lowerWords.at(-1) ?? '') || lowerWords.includes('police')) type = 'group'
  else type = 'anonymous'
  // Merge keys: persons by surname (the last name word before "of"), others by their
  // head word; indefinite mentions ("a spokesman") are new speakers each time.
  const ofIndex = lowerWords.indexOf('of')
  const nameWords = (ofIndex > 0 ? words.slice(0, ofIndex) : words).filter(
    (token) =>
      capitals.includes(token) &&
      !titles.has(token.text.toLowerCase().replace(/\.$/, '')) &&
      !/^(Jr|Sr|III|II)\.?$/.test(token.text),
  )
  const surname = nameWords.at(-1)?.text.toLowerCase()
  const headWord = headOf(lowerWords)
  const key =
    type === 'person' && surname !== undefined
      ? `person:${surname}`
      : type === 'anonymous' && ['a', 'an', 'one'].includes(lowerWords[0] ?? '')
        ? undefined
        : `${type === 'group' || type === 'anonymous' ? 'other' : 'org'}:${headWord}`
  const name =
    type === 'person' && nameWords.length > 0
      ? tokensText(nameWords)
      : text.replace(/^(the|a|an)\s+/i, '')
  return {
    start: start.start,
    end: head.end,
    text,
    type,
    key,
    name,
    ...(roleWords.length > 0 ? { role: roleWords.map((token) => token.text).join(' ') } : {}),
  }
}

export function tokensText(parts: readonly Token[]): string {
  let out = ''
  let previous: Token | undefined
  for (const token of parts) {
    out += previous === undefined || previous.end === token.start ? token.text : ` ${token.text}`
    previous = token
  }
  return out
}

// Words that open a modifier after a speaker noun: "A source close to the family",
// "One official who asked not to be named", "Officials familiar with the plan".
const postModifiers =
  /^(who|whom|whose|that|close|familiar|near|to|with|in|at|from|of|for|on|inside|outside|\p{Ll}+ing|\p{Ll}+ed)$/u

/**
 * The subject of the cue when a modifier without commas stands between it and
 * the cue: the sentence opens with a speaker phrase followed by a modifier, and
 * no comma or quotation comes before the cue.
 */
export function modifiedSubject(
  tokens: readonly Token[],
  cueIndex: number,
): FoundMention | undefined {
  // Round 13: after the statement's comma too: "…, sources close to the minister said".
  const comma = tokens.findLastIndex(
    (token, index) => index < cueIndex && index >= cueIndex - 12 && token.text === ',',
  )
  if (comma > 0) {
    const late = mentionAfter(tokens, comma + 1)
    const after = tokens.findIndex((token) => token.start >= (late?.end ?? Infinity))
    if (
      late !== undefined &&
      late.pronoun === undefined &&
      after === cueIndex &&
      late.text.split(' ').some((word) => sourceModifiers.test(word))
    )
      return late
  }
  let first = 0
  while (/^(but|and|yet|so)$/.test(lower(tokens[first]))) first++
  // A sentence opening with a subordinator or the like has no subject here ("If …").
  if (isPhraseBreak(lower(tokens[first]))) return undefined
  const subject = mentionAfter(tokens, first)
  if (subject === undefined || subject.pronoun !== undefined) return undefined
  const after = tokens.findIndex((token) => token.start >= subject.end)
  // Rules 0.37.0: a verb in -ed with its object is a clause, not a subject: "Duff
  // sustained a knee injury in the FA Cup defeat at Newcastle and manager Jose
  // Mourinho said" (round 82).
  const subjectTokens = tokens.slice(first, after < 0 ? tokens.length : after)
  if (
    subjectTokens.some(
      (token, at) =>
        at > 0 &&
        !isCapital(token) &&
        /\p{Ll}ed$/u.test(token.text) &&
        /^(a|an|the|his|her|its|their)$/.test(lower(subjectTokens[at + 1])),
    )
  )
    return undefined
  // Round 26: a sentence adverb in commas right before the cue ("Sources close
  // to the creditors, however, said").
  const aside =
    tokens[cueIndex - 1]?.text === ',' &&
    tokens[cueIndex - 3]?.text === ',' &&
    /^(however|though|too|also|meanwhile|nevertheless|moreover|nonetheless)$/.test(
      lower(tokens[cueIndex - 2]),
    )
      ? cueIndex - 3
      : cueIndex
  // Extended over its modifier up to the cue: "A source close to the family said".
  if (
    (after === cueIndex || after === aside) &&
    subject.text.split(' ').some((word) => sourceModifiers.test(word))
  )
    return subject
  // Rules 0.37.0: a participle clause read into the phrase up to the cue:
  // "Police investigating the death said", "Fire chiefs investigating the
  // incident said" (round 77). The speaker is the phrase before the participle.
  if (after === cueIndex || after === aside) {
    const head = participleHead(tokens, subject, after)
    if (head !== undefined) return head
  }
  if (after < 0 || after >= cueIndex || cueIndex - after > 12) return undefined
  // Round 26: a negated modifier too: "A trader not involved in the deal said".
  const negated = lower(tokens[after]) === 'not' && postModifiers.test(lower(tokens[after + 1]))
  if (!postModifiers.test(lower(tokens[after])) && !negated) return undefined
  for (let at = after; at < aside; at++) if (tokens[at]?.kind === 'punct') return undefined
  return subject
}

/**
 * The part of `subject` before a participle that opens a modifier inside it,
 * when that part ends in a noun that can speak or a name: "Police" of "Police
 * investigating the death", "Detectives" of "Detectives leading the inquiry".
 */
function participleHead(
  tokens: readonly Token[],
  subject: FoundMention,
  end: number,
): FoundMention | undefined {
  const first = tokens.findIndex((token) => token.start === subject.start)
  for (let at = first + 1; at < end - 1; at++) {
    const token = tokens[at]
    if (token === undefined || isCapital(token) || !/^\p{Ll}{3,}ing$/u.test(token.text)) continue
    const noun = tokens[at - 1]
    const word = lower(noun)
    const speaks =
      noun !== undefined &&
      (isCapital(noun) ||
        speakerNouns.has(word) ||
        titles.has(word) ||
        organisationWords.has(word) ||
        isActorNoun(word))
    if (!speaks) return undefined
    const head = describeMention(tokens, first, at - 1)
    return head?.pronoun === undefined ? head : undefined
  }
  return undefined
}

// Texts and rulings that speak for their authors; a place or date after them is
// no speaker: "the announcements in Paris and Bonn stressed that …".
const documentNouns =
  /^(announcements?|statements?|reports?|letters?|laws?|rules?|rulings?|regulations?|decrees?|documents?|communiques?|resolutions?|studies|study|surveys?|polls?|articles?|editorials?|dispatch(es)?|memos?|bulletins?|agreements?|accords?|contracts?|treaty|treaties|pacts?|bills?|proposals?|prospectus|filings?|directives?)$/

/**
 * The phrase of a document noun that a mention follows as the object of a
 * preposition: for "Bonn" in "the joint announcements in Paris and Bonn
 * stressed", the phrase "the joint announcements". `undefined` when the mention
 * does not follow one (within eight words of capitals, "and" and prepositions).
 *
 * @example
 * // tokens of "The joint announcements in Paris and Bonn stressed that …"
 * documentHeadBefore(tokens, 6, 0)?.text // => 'The joint announcements'
 */
export function documentHeadBefore(
  tokens: readonly Token[],
  mentionFirst: number,
  sentenceStart: number,
): FoundMention | undefined {
  for (let at = mentionFirst - 1; at > 0 && at >= mentionFirst - 8; at--) {
    const token = tokens[at]
    if (token === undefined || token.kind !== 'word') return undefined
    const word = lower(token)
    if (/^(in|from|of|at|by|with)$/.test(word)) {
      const noun = tokens[at - 1]
      if (noun === undefined || isCapital(noun) || !documentNouns.test(lower(noun)))
        return undefined
      const head = mentionBefore(tokens, at - 1, sentenceStart)
      return head !== undefined && head.pronoun === undefined && head.end === noun.end
        ? head
        : undefined
    }
    if (!isCapital(token) && word !== 'and') return undefined
  }
  return undefined
}
