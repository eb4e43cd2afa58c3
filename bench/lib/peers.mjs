// The peers, each given what its real engine gets: the text and the selector
// (quote, prefix, suffix, and the old position as a hint where the peer uses one).
import { textQuoteSelectorMatcher } from '@apache-annotator/selector'
import search from 'approx-string-match'
import DiffMatchPatch from 'diff-match-patch'

/**
 * Apache Annotator 0.2: `textQuoteSelectorMatcher` over a chunker holding the
 * whole text as one chunk (what its DOM wrapper does for a single text node).
 * Exact matching of prefix + exact + suffix only; returns the first match, or
 * `undefined`, and how many matches there were (up to 2).
 */
export async function apacheMatch(text, selector) {
  const chunk = { data: text }
  const chunker = {
    currentChunk: chunk,
    nextChunk: () => null,
    previousChunk: () => null,
    precedesCurrentChunk: () => false,
  }
  const matcher = textQuoteSelectorMatcher({
    type: 'TextQuoteSelector',
    exact: selector.exact,
    prefix: selector.prefix,
    suffix: selector.suffix,
  })
  let first
  let count = 0
  for await (const range of matcher(chunker)) {
    count++
    if (first === undefined) first = { start: range.startIndex, end: range.endIndex }
    if (count === 2) break
  }
  return first === undefined ? undefined : { ...first, count }
}

/**
 * A Hypothesis-client-style quote matcher, written from its documented behaviour
 * (src/annotator/anchoring/match-quote.ts): `search` finds every exact occurrence
 * first and only when there is none runs `approx-string-match` with up to
 * min(256, |quote| / 2) errors; every match is scored 50 × quote + 20 × prefix +
 * 20 × suffix + 2 × position (context scores by approximate matching of the text
 * next to the match; position 1 − distance / text length from the hint); the best
 * score wins. There is no minimum score: any match is returned.
 */
export function hypothesisMatch(text, selector, hint = selector.start) {
  const quote = selector.exact
  if (quote.length === 0) return undefined
  const maxErrors = Math.min(256, quote.length / 2)
  const matches = searchExactFirst(text, quote, maxErrors)
  if (matches.length === 0) return undefined
  const prefix = selector.prefix
  const suffix = selector.suffix
  let best
  let bestScore = Number.NEGATIVE_INFINITY
  for (const match of matches) {
    const quoteScore = 1 - match.errors / quote.length
    const prefixScore = prefix
      ? textMatchScore(text.slice(Math.max(0, match.start - prefix.length), match.start), prefix)
      : 1
    const suffixScore = suffix
      ? textMatchScore(text.slice(match.end, match.end + suffix.length), suffix)
      : 1
    const posScore = typeof hint === 'number' ? 1 - Math.abs(match.start - hint) / text.length : 1
    const score = (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * posScore) / 92
    if (score > bestScore) {
      bestScore = score
      best = match
    }
  }
  return { start: best.start, end: best.end, score: bestScore }
}

function searchExactFirst(text, pattern, maxErrors) {
  const exact = []
  let at = text.indexOf(pattern)
  while (at !== -1) {
    exact.push({ start: at, end: at + pattern.length, errors: 0 })
    at = text.indexOf(pattern, at + 1)
  }
  return exact.length > 0 ? exact : search(text, pattern, maxErrors)
}

function textMatchScore(text, pattern) {
  if (pattern.length === 0 || text.length === 0) return 0
  const matches = searchExactFirst(text, pattern, pattern.length)
  return 1 - matches[0].errors / pattern.length
}

/**
 * diff-match-patch's `match_main` driven the way dom-anchor-text-quote drives it
 * (`toTextPosition`): Match_Distance twice the text length; the prefix searched
 * first near the hint, else the suffix; then the quote in 32-character slices, each
 * near where the previous one ended (Match_Distance 64 between slices). Context is
 * cut to 32 characters, dmp's pattern limit. Returns `undefined` when a search fails.
 */
export function dmpMatch(text, selector, hint = selector.start) {
  const dmp = new DiffMatchPatch()
  dmp.Match_Distance = text.length * 2
  const { exact } = selector
  const prefix = selector.prefix.slice(-32)
  const suffix = selector.suffix.slice(0, 32)
  const slices = exact.match(/(.|[\r\n]){1,32}/g) ?? []
  let loc = hint
  let foundPrefix = false
  if (prefix.length > 0) {
    const result = dmp.match_main(text, prefix, loc)
    if (result > -1) {
      loc = result + prefix.length
      foundPrefix = true
    }
  }
  if (suffix.length > 0 && !foundPrefix) {
    const result = dmp.match_main(text, suffix, loc + exact.length)
    if (result > -1) loc = result - exact.length
  }
  const first = slices.shift()
  if (first === undefined) return undefined
  const result = dmp.match_main(text, first, Math.max(0, loc))
  if (result === -1) return undefined
  let start = result
  let end = result + first.length
  loc = end
  dmp.Match_Distance = 64
  for (const slice of slices) {
    const at = dmp.match_main(text, slice, loc)
    if (at === -1) return undefined
    loc = at + slice.length
    start = Math.min(start, at)
    end = Math.max(end, at + slice.length)
  }
  return { start, end }
}
