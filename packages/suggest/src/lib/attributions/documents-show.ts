/**
 * Round 11: records that show something. Figures, returns, accounts, polls and
 * studies are sources of what they show, like the documents that say: "The
 * weekly return showed reserves rose 11 mln guilders", "…, the figures showed",
 * "figures showing a deficit of 2 billion are wrong".
 */
import { isCapital, lower, type Token } from '../text/tokens.js'
import { type CueContext, claimAtCue, type FoundAttribution, trimSpan } from './claim-content.js'
import { opensClause } from './clauses.js'
import { mentionBefore, tokensText } from './mentions.js'
import { isPhraseBreak, lexiconTags } from './word-classes.js'

/** The forms of "show" that report what a record shows. */
export const showCues: ReadonlySet<string> = new Set([
  'show',
  'shows',
  'showed',
  'shown',
  'showing',
  // Round 11: proving and demonstrating, with "that" only.
  'demonstrates',
  'demonstrated',
  'proves',
  'proved',
])

// Heads of phrases naming records: what they show is theirs.
const recordHeads =
  /^(figures|data|statistics|returns?|accounts|surveys?|polls?|study|studies|reports?|results|records|census|balance|sheet|statements?|minutes|estimates|calculations|tally|tests|analysis|analyses|research|audit|review|table|tables|chart|charts|documents|papers|filings?|returns|count|index|indicators|numbers|records)$/

// Words inside a record's phrase: determiners, modifiers, nouns (not verbs).
const phraseWords =
  /^(the|a|an|its|their|his|her|this|these|those|latest|new|official|weekly|monthly|annual|quarterly|preliminary|final|provisional|trade|bank|central|government|ministry|company|opinion|recent)$/

/**
 * The phrase of a record ending at `head` (walking back over modifiers), or
 * `undefined` when `head` names no record.
 */
function recordBefore(
  tokens: readonly Token[],
  head: number,
  sentenceStart: number,
): { first: number; last: number } | undefined {
  const headToken = tokens[head]
  if (headToken === undefined) return undefined
  if (!recordHeads.test(lower(headToken))) return recordWithSource(tokens, head, sentenceStart)
  let first = head
  while (first - 1 >= 0 && head - first < 6) {
    const token = tokens[first - 1]
    if (token === undefined || token.kind !== 'word' || token.start < sentenceStart) break
    const word = lower(token)
    if (/^(the|a|an|its|their|his|her|this|these|those)$/.test(word)) {
      first--
      break
    }
    if (!phraseWords.test(word) && !isCapital(token) && isPhraseBreak(word)) break
    if (/^(and|or|but|that|which|who|of|in|on|at|for|to|from|by|with)$/.test(word)) break
    first--
  }
  // A sentence-initial conjunction is no part of it ("But the figures showed").
  while (first < head && /^(and|but|yet|so|however)$/.test(lower(tokens[first]))) first++
  return { first, last: head }
}

/**
 * Rules 0.28.0: a record named with its source or its span before the verb, the
 * whole phrase opening the sentence: "Research by handset maker Nokia shows
 * that …", "A survey by the firm found that …", "Statistics to the end of
 * November showed …". `undefined` when the words before `end` are no such phrase.
 */
function recordWithSource(
  tokens: readonly Token[],
  end: number,
  sentenceStart: number,
): { first: number; last: number } | undefined {
  for (let head = end - 2; head >= 0 && end - head <= 9; head--) {
    const token = tokens[head]
    if (token === undefined || token.kind !== 'word' || token.start < sentenceStart)
      return undefined
    if (!recordHeads.test(lower(token))) continue
    if (
      !/^(by|from|of|for|to|into|on|commissioned|carried|conducted|published)$/.test(
        lower(tokens[head + 1]),
      )
    )
      return undefined
    if (
      tokens
        .slice(head + 1, end + 1)
        .some((part) => part.kind === 'punct' && !/^['’.]$/.test(part.text))
    )
      return undefined
    let first = head
    if (/^(the|a|an|new|latest|recent)$/.test(lower(tokens[first - 1]))) first--
    if (/^(the|a|an)$/.test(lower(tokens[first - 1]))) first--
    while (first < head && /^(and|but|yet|so|however)$/.test(lower(tokens[first]))) first++
    const opener = tokens[first - 1]
    if (opener !== undefined && opener.start >= sentenceStart && opener.kind === 'word')
      return undefined
    return { first, last: end }
  }
  return undefined
}

/** The last word of the record before the cue at `cueIndex`, past adverbs and auxiliaries ("The figures also showed"). */
function headBeforeCue(tokens: readonly Token[], cueIndex: number): number {
  let head = cueIndex - 1
  while (
    head > 0 &&
    /^(also|clearly|only|further|again|now|had|have|has)$|ly$/.test(lower(tokens[head]))
  )
    head--
  return head
}

function recordMention(tokens: readonly Token[], first: number, last: number) {
  const parts = tokens.slice(first, last + 1)
  const text = tokensText(parts)
  const head = lower(tokens[last])
  return {
    start: parts[0]?.start ?? 0,
    end: parts.at(-1)?.end ?? 0,
    text,
    type: 'organisation' as const,
    // Indefinite records are new sources each time; others merge by head word.
    key: /^(a|an)$/.test(lower(parts[0])) ? undefined : `org:${head}`,
    name: text.replace(/^(the|a|an)\s+/i, ''),
  }
}

// Finite verbs that end a participle phrase's object ("figures showing X are wrong").
function finiteVerb(token: Token | undefined): boolean {
  if (token === undefined || token.kind !== 'word' || isCapital(token)) return false
  return (
    /^(is|are|was|were|has|have|had|will|would|could|may|might|must|should|can)$/.test(
      lower(token),
    ) || lexiconTags(lower(token)).some((tag) => /^(PastTense|PresentTense|Copula)$/.test(tag))
  )
}

/**
 * The record and what it shows, for a form of "show" at `cueIndex`; `undefined`
 * when no record shows it ("The boy showed his scar", "showed up").
 *
 * @example
 * // "The weekly return showed reserves rose 11 mln guilders."
 * // → "reserves rose 11 mln guilders" ← "The weekly return"
 */
export function recordShows(context: CueContext): FoundAttribution | undefined {
  const { text, tokens, cueIndex, cue, sentence } = context
  const after = lower(tokens[cueIndex + 1])
  // An infinitive ("attempts to show", "wishing to show") shows nothing yet; proving
  // reports only with "that" ("proved false", "proved a man of action").
  if (lower(tokens[cueIndex - 1]) === 'to') return undefined
  if (/^(prove|demonstrat)/.test(cue) && after !== 'that') return undefined
  // "showed up", "show off", "shown to", "showed him the door".
  if (/^(up|off|around|in|to|him|her|them|me|us|you|signs?)$/.test(after)) return undefined
  // Inverted: "Reserves rose 11 mln, the weekly return showed."
  if (cue !== 'showing' && cue !== 'shown') {
    const end = tokens[cueIndex + 1]
    if (end === undefined || /^[.;!?]$/.test(end.text)) {
      let comma = cueIndex - 1
      while (comma > 0 && cueIndex - comma <= 7 && tokens[comma]?.text !== ',') comma--
      const record =
        tokens[comma]?.text === ',' ? recordBefore(tokens, cueIndex - 1, sentence.start) : undefined
      if (record === undefined || record.first !== comma + 1) return undefined
      const content = trimSpan(text, sentence.start, tokens[comma]?.start ?? sentence.start)
      if (content === undefined) return undefined
      return claimAtCue(context, content, recordMention(tokens, record.first, record.last))
    }
  }
  // Rules 0.29.0: the perfect with "that", "Studies have shown that …", "A team of
  // researchers has shown that …" (rounds 50–53); not the passive "was shown to".
  const perfect =
    cue === 'shown' && /^(has|have|had)$/.test(lower(tokens[cueIndex - 1])) && after === 'that'
  // "The figures (also) showed (that) …", "figures showing X are inaccurate".
  const head = headBeforeCue(tokens, cueIndex)
  const record = recordBefore(tokens, head, sentence.start)
  if (record === undefined) {
    // Round 11: an author shows that …: "The author shows that the war was
    // avoidable" (a speaker, and "that"; not "The boy showed his scar").
    if ((cue === 'shown' && !perfect) || cue === 'showing' || after !== 'that') return undefined
    const author = mentionBefore(tokens, head, sentence.start)
    const start = tokens[cueIndex + 2]
    if (
      author === undefined ||
      start === undefined ||
      /^(i|we|you|it|this|that)$/.test(author.pronoun ?? author.text.toLowerCase()) ||
      // A phrase opening with a verb is none ("… would contaminate ordinary Britons shows").
      (author.pronoun === undefined &&
        isPhraseBreak(author.text.split(/\s+/)[0]?.toLowerCase() ?? '')) ||
      (author.pronoun === undefined &&
        author.type !== 'person' &&
        !/^(author|writer|critic|scholar|scientist|researcher|economist|analyst|reviewer|professor|expert|investigator|engineer|doctor|physician|\p{Ll}+(ist|ian|ician|arian|orian))s?$/u.test(
          author.text.split(/\s+/).at(-1)?.toLowerCase() ?? '',
        ))
    )
      return undefined
    const content = trimSpan(text, start.start, sentence.end)
    return content === undefined ? undefined : claimAtCue(context, content, author)
  }
  if (cue === 'shown' && !perfect) return undefined
  let from = cueIndex + 1
  if (lower(tokens[from]) === 'that') from++
  const start = tokens[from]
  if (start === undefined || start.kind === 'punct') return undefined
  let end = sentence.end
  if (cue === 'showing') {
    // The object of the participle runs up to the main clause's verb or a comma.
    const stop = tokens.findIndex(
      (token, index) => index > from && (token.text === ',' || finiteVerb(token)),
    )
    if (stop > 0) end = tokens[stop]?.start ?? end
  }
  const content = trimSpan(text, start.start, end)
  if (content === undefined) return undefined
  return claimAtCue(context, content, recordMention(tokens, record.first, record.last))
}

/** Rules 0.28.0: verbs of finding that a record reports with, like "show". */
export const findingCues: ReadonlySet<string> = new Set([
  'found',
  'finds',
  'revealed',
  'reveals',
  'concluded',
  'concludes',
])

/**
 * Rules 0.28.0: what a record found or revealed, with its source named in the
 * phrase ("A survey by the firm found that most staff were unhappy", "The
 * research revealed that …"); rules 0.30.0: without "that" when a clause follows
 * ("the poll found 25% did not know …"), past a relative clause in commas after
 * the record and a conjunction opening the sentence. `undefined` when no record
 * opens the sentence before the verb, so that a person's finding is read as any
 * other report.
 */
export function recordFinds(context: CueContext): FoundAttribution | undefined {
  const { text, tokens, cueIndex, sentence } = context
  let head = headBeforeCue(tokens, cueIndex)
  // Rules 0.30.0: a relative or appositive clause in commas between the record and
  // its verb ("The YouGov poll, which questioned 1,943 adults online, found …").
  if (tokens[head]?.text === ',') {
    let open = head - 1
    while (open > 0 && head - open <= 16 && tokens[open]?.text !== ',') open--
    if (
      tokens[open]?.text === ',' &&
      /^(which|who|based|published|carried|conducted|commissioned)$/.test(lower(tokens[open + 1]))
    )
      head = open - 1
  }
  const record = recordBefore(tokens, head, sentence.start)
  if (record === undefined) return undefined
  const opener = tokens[record.first - 1]
  if (
    opener !== undefined &&
    opener.start >= sentence.start &&
    opener.kind === 'word' &&
    // Rules 0.30.0: a conjunction opening the sentence ("However the YouGov poll
    // … found …").
    !(
      record.first === 1 &&
      /^(however|but|and|yet|so|meanwhile|now|also|still|indeed)$/.test(lower(opener))
    )
  )
    return undefined
  let from = cueIndex + 1
  // Rules 0.30.0: or a clause without "that" ("the poll found 25% did not know
  // …", "The survey found most staff were unhappy").
  if (lower(tokens[from]) !== 'that') {
    if (!opensClause(tokens, from)) return undefined
  } else from++
  const start = tokens[from]
  if (start === undefined || start.kind === 'punct') return undefined
  const content = trimSpan(text, start.start, sentence.end)
  if (content === undefined) return undefined
  return claimAtCue(context, content, recordMention(tokens, record.first, record.last))
}
