/**
 * Round 11: judging someone for something, accusing, and warning of something.
 * What the judge holds is the object with its reason: "Bankers criticized the
 * Bank for its cautious lending" → "the Bank for its cautious lending"; "The
 * union accused the firm of breaking the contract"; "The minister warned the
 * unions of harder times" → "harder times" (the hearer is skipped).
 */
import { isCapital, lower } from '../text/tokens.js'
import { type CueContext, claimAtCue, type FoundAttribution, trimSpan } from './claim-content.js'
import { mentionBefore } from './mentions.js'
import { lexiconTags } from './word-classes.js'

/**
 * Verbs of judging someone for a reason ("for"), of accusing ("of") and of
 * warning of something ("of", "about").
 *
 * @example
 * reasonCues.get('accused') // => ['of']
 */
export const reasonCues: ReadonlyMap<string, readonly string[]> = new Map([
  ...[
    'criticized',
    'criticizes',
    'criticised',
    'criticises',
    'condemned',
    'condemns',
    'praised',
    'praises',
    'faulted',
    'faults',
    'rebuked',
    'chided',
    'scolded',
    'attacked',
    'attacks',
    'commended',
    'lauded',
    'applauded',
    'assailed',
    'castigated',
    'denounced',
    'denounces',
  ].map((cue): [string, readonly string[]] => [cue, ['for']]),
  ...['accused', 'accuses'].map((cue): [string, readonly string[]] => [cue, ['of']]),
  ...['warned', 'warns', 'warn', 'cautioned'].map((cue): [string, readonly string[]] => [
    cue,
    ['of', 'about'],
  ]),
])

/**
 * The cues of this frame that are no cue elsewhere: without their reason they
 * report nothing ("The army attacked the town").
 */
export const reasonOnly: ReadonlySet<string> = new Set([
  'faulted',
  'faults',
  'rebuked',
  'chided',
  'scolded',
  'attacked',
  'attacks',
  'commended',
  'lauded',
  'applauded',
  'assailed',
  'castigated',
  'accused',
  'accuses',
  'criticised',
  'criticises',
])

const negative = /^(no|nobody|none|neither)\b/i

/**
 * The judgement at a verb of judging, accusing or warning: the object up to
 * its "for"/"of" and the reason after it, to the next comma; for warnings only
 * what is warned of. `undefined` without the reason ("praised the cook"), in a
 * passive ("was criticized for"), or for the writer ("I criticized …").
 */
export function reasonedJudgement(context: CueContext): FoundAttribution | undefined {
  const { text, tokens, cueIndex, cue, sentence } = context
  const prepositions = reasonCues.get(cue)
  if (prepositions === undefined) return undefined
  const before = lower(tokens[cueIndex - 1])
  if (/^(is|was|were|are|be|been|being|the|a|an|his|her|their|its)$/.test(before)) return undefined
  const warning = prepositions.includes('about')
  // The object (the hearer of a warning) is a short phrase up to the preposition.
  let at = cueIndex + 1
  while (at < tokens.length && at <= cueIndex + 7) {
    const token = tokens[at]
    if (token === undefined || token.kind === 'punct') return undefined
    if (prepositions.includes(lower(token))) break
    if (
      at > cueIndex + 1 &&
      !isCapital(token) &&
      lexiconTags(lower(token)).some((tag) => /^(PastTense|Copula|Modal)$/.test(tag))
    )
      return undefined
    at++
  }
  const preposition = tokens[at]
  const reason = tokens[at + 1]
  if (
    preposition === undefined ||
    reason === undefined ||
    !prepositions.includes(lower(preposition))
  )
    return undefined
  // A judgement names its object; a warning may not ("warned of higher prices").
  if (!warning && at === cueIndex + 1) return undefined
  if (reason.kind !== 'word' && reason.kind !== 'number') return undefined
  const mention = mentionBefore(tokens, cueIndex - 1, sentence.start)
  if (
    mention === undefined ||
    /^(i|we|you)$/.test(mention.pronoun ?? '') ||
    negative.test(mention.text)
  )
    return undefined
  const comma = tokens.find((token, index) => index > at + 1 && /^[,;]$/.test(token.text))
  const from = warning ? reason : tokens[cueIndex + 1]
  if (from === undefined) return undefined
  return claimAtCue(context, trimSpan(text, from.start, comma?.start ?? sentence.end), mention)
}
