/**
 * Attributions carried by a noun of saying: "a remark by X that …", "Their view
 * is that …", "Jefferson's dictum that …".
 */

import type { QuotationRange } from '../text/quotations.js'
import { quotationStartingAt } from '../text/quotations.js'
import type { SentenceRange } from '../text/sentences.js'
import { isCapital, lower, type Token, tokenize } from '../text/tokens.js'
import { wordSearch } from '../text/word-search.js'
import {
  claimAt,
  type FoundAttribution,
  quotationAfter,
  skipAdverbials,
  type TextRange,
  trimSpan,
} from './claim-content.js'
import { opensClause } from './clauses.js'
import { type FoundMention, mentionAfter, mentionBefore, pronounMention } from './mentions.js'
import { lexiconTags } from './word-classes.js'

// Nouns of saying and holding that take a "that" clause and a source: "a remark
// by Hughes that …", "Their view is that …", "Jefferson's dictum that …".
const sayingNouns =
  'remark|remarks|statement|announcement|disclosure|assertion|charge|claim|contention|argument|prediction|warning|suggestion|dictum|view|belief|opinion|position|insistence|complaint|promise|pledge|thesis|cry|conviction|assurance|assurances|report|reports|news|word|rumor|rumors|estimate|estimates|forecast|forecasts|projection|projections|reply|answer|response|explanation|retort|excuse|rationale|conclusion|finding|findings|message|theme' +
  // Round 13: nouns of believing, fearing, doubting, demanding, conceding and
  // interpreting ("his faith that …", "the critics' suspicion that …", "the
  // Soviet demand that …").
  // Round 22: plurals of accusing and asserting ("charges by consumer groups that …").
  '|charges|claims|assertions|contentions|accusations|arguments|predictions|warnings|complaints|suggestions|denials|objections' +
  '|faith|fear|fears|confidence|certainty|suspicion|suspicions|expectation|expectations|feeling|impression|doubt|doubts|worry|worries|concern|creed|tenet|dogma|credo|objection|plea|demand|demands|proposal|recommendation|admission|concession|denial|boast|threat|reminder|hypothesis|conjecture|speculation|accusation|criticism|rejoinder|testimony|interpretation|insinuation|presumption|supposition|guess|hunch|intuition|principle'
// Round 8: nouns that report only in the frames of framedNoun — after a light verb
// ("made the observation that …"), a verb taking up a view ("rejects the theory
// that …") or as a characterisation ("Smith's reference to Jones as 'a genius'").
const framedOnlyNouns =
  'observation|observations|comment|comments|point|judgment|judgement|verdict|hope|prophecy|theory|notion|idea|assumption|allegation|doctrine|premise|reference|description|characterization|characterisation|line|consensus|' +
  // Rules 0.31.0: views rejected or dismissed without "that" (below).
  'talk|allegations'
const framedOnly = new Set(framedOnlyNouns.split('|'))
const nominalPattern = new RegExp(
  `(?<![\\p{L}'’-])(?:${sayingNouns}|${framedOnlyNouns})(?![\\p{L}'’-])`,
  'giu',
)
const nominalSearch = wordSearch(nominalPattern)
// "that" opens a complement clause, not a relative one ("the report that was filed"):
// no verb right after it.
function complementThat(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index]
  return (
    next !== undefined &&
    next.kind === 'word' &&
    !lexiconTags(lower(next)).some((tag) =>
      /^(Copula|Modal|Auxiliary|PastTense|PresentTense|Verb|Infinitive)$/.test(tag),
    )
  )
}

// Verbs that pass a report on: "Doe leaked the news that …".
const passingVerbs = /^(leaked|spread|broke|passed|brought|released|confirmed|circulated|denied)$/
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
  let sentenceIndex = 0
  for (
    let match = nominalSearch.exec(text, 0);
    match !== null;
    match = nominalSearch.exec(text, match.index + match[0].length)
  ) {
    while (sentenceIndex < sentences.length && (sentences[sentenceIndex]?.end ?? 0) <= match.index)
      sentenceIndex++
    const sentence = sentences[sentenceIndex]
    if (sentence === undefined || sentence.start > match.index) continue
    const tokens = tokenize(text, sentence.start, sentence.end)
    const at = tokens.findIndex((token) => token.start === match.index)
    const noun = tokens[at]
    if (at < 0 || noun === undefined) continue
    // Round 11: a capital only where the sentence starts ("Estimates from X were
    // that …"); inside it a capital is part of a name ("Fox News").
    if (/^\p{Lu}/u.test(noun.text) && at > 0) continue
    const result = nominalAt(text, tokens, at, sentence, quotations)
    if (result !== undefined) found.push(result)
  }
  return found
}

/**
 * Round 13: a colon, or a comma or colon before a quotation, at `index` after the
 * copula of a noun of saying: "Their answer was: …", `His reply was, "…"`.
 */
function copulaColon(
  tokens: readonly Token[],
  index: number,
  quotations: readonly QuotationRange[],
): boolean {
  const mark = tokens[index]
  const next = tokens[index + 1]
  if (mark === undefined || next === undefined || !/^[,:]$/.test(mark.text)) return false
  const quoted = quotations.some((quotation) => quotation.start === next.start)
  return quoted || (mark.text === ':' && next.kind === 'word')
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
  // Round 13: "His thesis, briefly, is that …", "Hale's point, of course, is
  // that …": a parenthesis between the noun and its copula is read past.
  if (tokens[at + 1]?.text === ',') {
    const close = tokens.findIndex(
      (token, index) => index > at + 1 && index <= at + 5 && token.text === ',',
    )
    if (
      close > 0 &&
      // Adverbs ("briefly", "of course"), not a clause ("he said").
      tokens
        .slice(at + 2, close)
        .every(
          (token) => token.kind === 'word' && !/^(he|she|they|it|i|we|you)$/i.test(token.text),
        ) &&
      /^(is|was)$/.test(lower(tokens[close + 1])) &&
      lower(tokens[close + 2]) === 'that'
    )
      return nominalAt(
        text,
        [...tokens.slice(0, at + 1), ...tokens.slice(close + 1)],
        at,
        sentence,
        quotations,
      )
  }
  // Round 13: a prepositional phrase between the noun and "is that" ("Hale's
  // answer to critics is that …") is read past.
  if (/^(to|on|about|for)$/.test(lower(tokens[at + 1]))) {
    const copula = tokens.findIndex(
      (token, index) => index > at + 2 && index <= at + 5 && /^(is|was)$/.test(lower(token)),
    )
    if (
      copula > 0 &&
      lower(tokens[copula + 1]) === 'that' &&
      tokens.slice(at + 1, copula).every((token) => token.kind === 'word')
    )
      return nominalAt(
        text,
        [...tokens.slice(0, at + 1), ...tokens.slice(copula)],
        at,
        sentence,
        quotations,
      )
  }
  // Round 13: the holders of a shared view after "among" or "in": "The consensus
  // among engineers is that …", "The feeling in the town is that …".
  if (
    /^(consensus|feeling|view|belief|opinion|conviction|fear|hope|expectation|assumption)$/.test(
      cue,
    ) &&
    /^(among|in)$/.test(lower(tokens[at + 1]))
  ) {
    const holder = mentionAfter(tokens, at + 2)
    const next = tokens.findIndex((token) => token.start >= (holder?.end ?? Infinity))
    // ("a feeling among some scouts that …": "that" right after the holder too.)
    const copula = /^(is|was)$/.test(lower(tokens[next])) ? 1 : 0
    if (
      holder !== undefined &&
      holder.pronoun === undefined &&
      lower(tokens[next + copula]) === 'that' &&
      complementThat(tokens, next + copula + 1)
    ) {
      const startToken = tokens[next + copula + 1]
      if (startToken === undefined) return undefined
      return claimAt(cue, noun, trimSpan(text, startToken.start, sentence.end), holder, quotations)
    }
  }
  // Round 13: "the American article of faith that …" is one noun.
  const article = tokens[at - 2]
  if (
    cue === 'faith' &&
    article !== undefined &&
    lower(tokens[at - 1]) === 'of' &&
    /^articles?$/.test(lower(article)) &&
    lower(tokens[at + 1]) === 'that'
  )
    return nominalAt(
      text,
      [
        ...tokens.slice(0, at - 2),
        { ...article, end: noun.end, text: 'faith' },
        ...tokens.slice(at + 1),
      ],
      at - 2,
      sentence,
      quotations,
    )
  const framed = framedNoun(text, tokens, at, sentence, quotations)
  const contentFrom = (from: number, until = sentence.end) => {
    const startToken = tokens[from]
    if (startToken === undefined) return undefined
    const span = trimSpan(text, startToken.start, until)
    return span === undefined ? undefined : [span]
  }
  const result = (content: TextRange[] | undefined, mention: FoundMention | undefined) =>
    claimAt(cue, noun, content, mention, quotations)
  // Round 11: the holder after "of": "the view of the mayor that …", "the theory
  // of some economists that …", "the contention of the defense that …" (not a
  // topic, "the announcement of the plan that was made": no speaker, or a verb).
  if (framed === undefined && lower(tokens[at + 1]) === 'of') {
    const mention = mentionAfter(tokens, at + 2)
    const next = tokens.findIndex((token) => token.start >= (mention?.end ?? Infinity))
    if (
      mention !== undefined &&
      mention.pronoun === undefined &&
      lower(tokens[next]) === 'that' &&
      complementThat(tokens, next + 1)
    )
      return result(contentFrom(next + 1), mention)
  }
  // Round 11: "Smith's point is that …" — a possessor and a copula before "that"
  // name the holder of any noun of saying, framed-only ones too.
  const possessiveCopula =
    /['’]s?$/.test(tokens[at - 1]?.text ?? '') &&
    /^(is|was)$/.test(lower(tokens[at + 1])) &&
    lower(tokens[at + 2]) === 'that'
  if (framed !== undefined || (framedOnly.has(cue) && !possessiveCopula)) return framed
  // "a remark by X[, role,] that …", "a cry from the government that …"
  if (/^(by|from)$/.test(lower(tokens[at + 1]))) {
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
    // Round 11: "estimates from Soviet officials were that …".
    if (/^(is|was|are|were)$/.test(lower(tokens[next])) && lower(tokens[next + 1]) === 'that')
      next++
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
  // "X leaked the news that …", "the mayor confirmed reports that …": a verb of
  // passing on a report, whose subject speaks.
  if (
    lower(tokens[at + 1]) === 'that' &&
    /^(news|word|report|reports|rumor|rumors)$/.test(cue) &&
    complementThat(tokens, at + 2)
  ) {
    const verbAt = /^(the|a)$/.test(lower(previous)) ? at - 2 : at - 1
    if (!passingVerbs.test(lower(tokens[verbAt]))) return undefined
    const mention = mentionBefore(tokens, verbAt - 1, sentence.start)
    if (mention === undefined || /^(i|we|you)$/.test(mention.pronoun ?? '')) return undefined
    // In a clause that opens with a subordinator ("Soon after X leaked the news
    // that …, Y …") the content ends at the clause's comma.
    const comma = tokens.findIndex((token, index) => index > at + 2 && token.text === ',')
    const subordinate = tokens
      .slice(0, verbAt)
      .some((token) =>
        /^(after|when|before|since|while|because|if|although|as|once)$/.test(lower(token)),
      )
    return result(
      contentFrom(at + 2, subordinate && comma > 0 ? tokens[comma]?.start : sentence.end),
      mention,
    )
  }
  // "the U.S. belief that …", "the Kremlin's claim": a name before the noun is its source.
  if (
    lower(tokens[at + 1]) === 'that' &&
    previous !== undefined &&
    // A capital or an abbreviation's period: "the U. S. belief that".
    (isCapital(previous) || (previous.text === '.' && isCapital(tokens[at - 2]))) &&
    complementThat(tokens, at + 2)
  ) {
    const source = mentionBefore(tokens, at - 1, sentence.start)
    const first = tokens.findIndex((token) => token.start === source?.start)
    if (
      source !== undefined &&
      source.pronoun === undefined &&
      source.end === previous.end &&
      (lower(tokens[first]) === 'the' || lower(tokens[first - 1]) === 'the')
    )
      return result(contentFrom(at + 2), source)
  }
  // "Their view is that …", "his contention was that …"
  const possessive = possessivePronouns.get(lower(previous))
  if (possessive !== undefined && previous !== undefined) {
    // "his argument that Dallas men can do …": a clause with its own subject.
    if (lower(tokens[at + 1]) === 'that' && opensClause(tokens, at + 2))
      return result(contentFrom(at + 2), { ...pronounMention(previous), pronoun: possessive })
    const mention = { ...pronounMention(previous), pronoun: possessive }
    // Round 13: "Their answer was: it can be done", `His reply was, "…"`.
    if (/^(is|was)$/.test(lower(tokens[at + 1])) && copulaColon(tokens, at + 2, quotations))
      return result(contentFrom(at + 3), mention)
    if (!/^(is|was)$/.test(lower(tokens[at + 1])) || lower(tokens[at + 2]) !== 'that')
      return undefined
    return result(contentFrom(at + 3), mention)
  }
  // "Jefferson's dictum that …", "Hughes' charge that …"; round 11: "Smith's
  // thesis is that …".
  const copulaThat =
    /^(is|was)$/.test(lower(tokens[at + 1])) &&
    (lower(tokens[at + 2]) === 'that' || copulaColon(tokens, at + 2, quotations))
      ? 1
      : 0
  if (
    previous !== undefined &&
    /['’]s?$/.test(previous.text) &&
    (lower(tokens[at + 1 + copulaThat]) === 'that' || copulaThat === 1)
  ) {
    // A possessive written as one token ("senator's") is read without its "'s".
    const plain = tokens.map((token, index) =>
      index === at - 1 ? { ...token, text: token.text.replace(/['’]s?$/, '') } : token,
    )
    const possessor =
      mentionBefore(tokens, at - 1, sentence.start) ?? mentionBefore(plain, at - 1, sentence.start)
    // Round 11: an organisation's too ("Acme's announcement that …").
    if (possessor === undefined || possessor.pronoun !== undefined) return undefined
    // Round 11: any speaker's ("The senator's answer was that …", "the critics'
    // complaint that …"); before, a person's or an organisation's only.
    return result(contentFrom(at + 2 + copulaThat), possessor)
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

// Light verbs that make a noun of saying the subject's act: "made the observation
// that …", "gave his opinion: …", "sums up his judgment …: '…'", "held out the hope".
const lightVerbs =
  /^(made|make|makes|offered|offers|offer|voiced|voices|voice|gave|give|gives|repeated|repeats|stated|states|takes|take|took|taken|taking|adopted|adopts)$/
const particleVerbs = new Map([
  ['up', /^(sums|summed|sum)$/],
  ['out', /^(held|holds|hold)$/],
  ['forward', /^(put|puts|putting)$/],
])
// Round 26: the nouns of supposing and contending too ("Courts made the
// assumption that …", "offered the contention that …").
const lightNouns =
  /^(position|stand|observation|observations|remark|remarks|comment|comments|statement|point|judgment|judgement|verdict|prediction|promise|pledge|assertion|claim|charge|argument|hope|suggestion|complaint|prophecy|view|opinion|belief|conviction|warning|line|assumption|contention|guess|allegation|accusation)$/
// Verbs by which the subject takes a position on a view: it is the subject's claim
// that the view is (or is not) so. Not "refuted": a refuted thesis stays its holders'.
const positionVerbs =
  /^(rejects|rejected|reject|dismisses|dismissed|dismiss|disputes|disputed|dispute|denies|denied|deny|accepts|accepted|accept|challenges|challenged|doubts|doubted|questions|questioned|shares|shared|share|embraces|embraced|endorses|endorsed|holds|held|hold|advances|advanced|advance|defends|defended|echoes|echoed|supports|supported)$/
const viewNouns =
  /^(theory|notion|idea|view|claim|argument|contention|suggestion|charge|charges|thesis|belief|assumption|allegation|doctrine|premise|report|reports|rumor|rumors|opinion)$/
// Rules 0.31.0: views that a subject rejects or dismisses, and the verbs.
const rejectedViews =
  /^(idea|claim|claims|suggestion|suggestions|speculation|talk|allegation|allegations|accusations)$/
const rejectingVerbs =
  /^(rejects|rejected|rejecting|dismisses|dismissed|dismissing|denies|denied|denying|disputes|disputed|refuted|refutes)$/
const characterisingNouns = /^(reference|description|characterization|characterisation)$/
const frameDeterminers = /^(the|a|an|his|her|their|its|this|that)$/

/**
 * The index of the verb before a noun phrase ending at `at`: a determiner and at
 * most three lower-case modifiers before the noun, then the verb (or a particle
 * verb's first word), past an adverbial set off by commas ("rejects, perhaps
 * rashly, the theory"). `undefined` when there is none.
 */
function verbBefore(
  tokens: readonly Token[],
  at: number,
  verb: (index: number) => boolean,
): { verb: number; determiner: number } | undefined {
  let determiner = at - 1
  while (
    determiner > at - 5 &&
    tokens[determiner]?.kind === 'word' &&
    !frameDeterminers.test(lower(tokens[determiner])) &&
    !isCapital(tokens[determiner])
  )
    determiner--
  if (!frameDeterminers.test(lower(tokens[determiner]))) return undefined
  let before = determiner - 1
  if (tokens[before]?.text === ',') {
    const open = tokens.findIndex(
      (token, index) => index < before && index >= before - 8 && token.text === ',',
    )
    if (open < 0) return undefined
    // The last comma before, not the first one found.
    let last = open
    for (let index = open; index < before; index++) if (tokens[index]?.text === ',') last = index
    before = last - 1
  }
  return verb(before) ? { verb: before, determiner } : undefined
}

/** The speaker of a verb at `verb`: its subject before it, or the sentence's after "and". */
function subjectOf(
  tokens: readonly Token[],
  verb: number,
  sentence: SentenceRange,
): FoundMention | undefined {
  let at = verb - 1
  if (tokens[at]?.text === ',') at--
  if (lower(tokens[at]) === 'and') {
    let first = 0
    while (/^(but|and|yet|so)$/.test(lower(tokens[first]))) first++
    return mentionAfter(tokens, first)
  }
  const mention = mentionBefore(tokens, at, sentence.start)
  if (
    mention === undefined ||
    /^(i|we|you)$/.test(mention.pronoun ?? '') ||
    /^(i|we|you)\b/i.test(mention.text) ||
    /^(no|nobody|none|neither|what|whatever)\b/i.test(mention.text)
  )
    return undefined
  return mention
}

/**
 * A noun of saying in a frame of round 8: after a light verb ("She made the tart
 * observation that '…'"), after a verb taking a position ("He rejects the theory
 * that …"), or characterising with "as" ("Smith's reference to Jones as 'a
 * genius'").
 */
function framedNoun(
  text: string,
  tokens: readonly Token[],
  at: number,
  sentence: SentenceRange,
  quotations: readonly QuotationRange[],
): FoundAttribution | undefined {
  const noun = tokens[at]
  if (noun === undefined) return undefined
  const cue = lower(noun)
  const result = (content: TextRange | undefined, mention: FoundMention | undefined) =>
    claimAt(cue, noun, content, mention, quotations)
  if (lightNouns.test(cue)) {
    const found = verbBefore(tokens, at, (index) => {
      const word = lower(tokens[index])
      const particle = particleVerbs.get(word)
      return particle !== undefined
        ? particle.test(lower(tokens[index - 1]))
        : lightVerbs.test(word)
    })
    if (found !== undefined && found.determiner === found.verb + 1) {
      const verb = particleVerbs.has(lower(tokens[found.verb])) ? found.verb - 1 : found.verb
      const content = statedContent(text, tokens, at, sentence, quotations)
      if (content !== undefined) return result(content, subjectOf(tokens, verb, sentence))
    }
  }
  if (viewNouns.test(cue) && lower(tokens[at + 1]) === 'that' && complementThat(tokens, at + 2)) {
    const found = verbBefore(tokens, at, (index) => positionVerbs.test(lower(tokens[index])))
    const start = tokens[found?.determiner ?? -1]
    if (found !== undefined && start !== undefined && !isCapital(tokens[found.verb]))
      return result(
        trimSpan(text, start.start, sentence.end),
        subjectOf(tokens, found.verb, sentence),
      )
  }
  // Rules 0.31.0: a view rejected or dismissed, its clause without "that" or with
  // it, the verb right before the noun or before its determiner or modifier ("Mr
  // Knapman rejected the idea Mr Kilroy Silk posed a threat", "has dismissed claims
  // that his policy was …", "rejected newspaper speculation that …", "dismissed the
  // talk of splits"; BBC development rounds 43–49).
  if (rejectedViews.test(cue)) {
    const next = lower(tokens[at + 1])
    const clause =
      (next === 'that' && complementThat(tokens, at + 2)) ||
      (next !== 'that' && opensClause(tokens, at + 1)) ||
      (cue === 'talk' && next === 'of')
    let verb = at - 1
    while (
      verb > at - 3 &&
      (frameDeterminers.test(lower(tokens[verb])) ||
        /^(newspaper|press|media|such|these)$/.test(lower(tokens[verb])))
    )
      verb--
    const start = tokens[verb + 1]
    if (
      clause &&
      start !== undefined &&
      rejectingVerbs.test(lower(tokens[verb])) &&
      !isCapital(tokens[verb])
    )
      return result(trimSpan(text, start.start, sentence.end), subjectOf(tokens, verb, sentence))
  }
  if (characterisingNouns.test(cue) && /^(to|of)$/.test(lower(tokens[at + 1]))) {
    const as = tokens.findIndex(
      (token, index) => index > at + 2 && index <= at + 8 && lower(token) === 'as',
    )
    const object = tokens[at + 2]
    const judgement = tokens[as + 1]
    if (as < 0 || object === undefined || judgement === undefined) return undefined
    for (let index = at + 2; index < as; index++)
      if (tokens[index]?.kind === 'punct' && tokens[index]?.text !== '.') return undefined
    const quote = quotationStartingAt(quotations, judgement.start)
    let last = as + 1
    while (tokens[last + 1]?.kind === 'word' && last < as + 6) last++
    const end = quote?.end ?? tokens[last]?.end ?? judgement.end
    const previous = tokens[at - 1]
    const possessive = possessivePronouns.get(lower(previous))
    const owner =
      previous === undefined
        ? undefined
        : possessive !== undefined
          ? { ...pronounMention(previous), pronoun: possessive }
          : /['’]s?$/.test(previous.text)
            ? mentionBefore(tokens, at - 1, sentence.start)
            : undefined
    if (owner === undefined || /^(i|we|you)$/.test(owner.pronoun ?? '')) return undefined
    return result(trimSpan(text, object.start, end), owner)
  }
  return undefined
}

/**
 * What a noun of saying after a light verb states: a "that" clause, or what
 * follows a colon a few words on — the quotation opening there, the rest of the
 * sentence, or the quotation or statement opening the next paragraph.
 */
function statedContent(
  text: string,
  tokens: readonly Token[],
  at: number,
  sentence: SentenceRange,
  quotations: readonly QuotationRange[],
): TextRange | undefined {
  if (lower(tokens[at + 1]) === 'that' && tokens[at + 2] !== undefined) {
    const start = tokens[at + 2]
    const quote = quotationStartingAt(quotations, start?.start)
    return trimSpan(text, start?.start ?? 0, Math.max(sentence.end, quote?.end ?? 0))
  }
  for (let index = at + 1; index < tokens.length && index <= at + 10; index++) {
    const token = tokens[index]
    if (token === undefined) return undefined
    if (token.text === ':') {
      if (index === tokens.length - 1 || tokens[index + 1]?.text === '.')
        return quotationAfter(text, sentence.end, quotations)
      for (let next = index + 1; next <= index + 3; next++) {
        const quote = quotationStartingAt(quotations, tokens[next]?.start)
        if (quote !== undefined) return { start: quote.start, end: quote.end }
      }
      const rest = tokens[index + 1]
      return rest === undefined ? undefined : trimSpan(text, rest.start, sentence.end)
    }
    if (token.kind === 'punct' && !(token.text === '.' && tokens[index - 1]?.end === token.start))
      return undefined
  }
  return undefined
}
