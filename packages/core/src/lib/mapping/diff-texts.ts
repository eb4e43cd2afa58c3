/**
 * Computes the edits between two versions of a text as an {@link EditMap}: lines
 * first, then characters inside the changed lines only, so a 6 MB text with
 * scattered edits is diffed in a fraction of a second.
 */
import DiffMatchPatch from 'diff-match-patch'
import { splitsSurrogatePair } from '../text/code-points.js'
import { EditMap } from './edit-map.js'

/**
 * Options for {@link diffTexts}.
 *
 * @example
 * diffTexts(oldText, newText, { unitDiffTimeout: 0.5 })
 */
export interface DiffTextsOptions {
  /**
   * Seconds the paragraph-level diff may take before it settles for a valid but less
   * minimal result. Default: 1.
   */
  readonly unitDiffTimeout?: number
  /**
   * Milliseconds the character diff of one changed region may take. Default: 100.
   * A region that runs out of time is still described correctly, only more coarsely.
   */
  readonly regionDiffTimeout?: number
}

const DIFF_DELETE = -1
const DIFF_INSERT = 1

/** One replacement in both coordinate spaces: old `[oldStart, oldEnd)` became new `[newStart, newEnd)`. */
type Replacement = [oldStart: number, oldEnd: number, newStart: number, newEnd: number]

/**
 * Diffs `oldText` against `newText` and returns the edits as an {@link EditMap} in
 * old-text coordinates. Works in two levels, as editors' diff tools do:
 *
 * 1. the common prefix and suffix are trimmed; the rest is split into paragraphs
 *    (at blank lines), and equal paragraphs are paired in order by a patience
 *    alignment (paragraphs that occur once on each side anchor it; see
 *    `alignUnits`), so unchanged paragraphs cost a hash look-up;
 * 2. each run of changed paragraphs is diffed by characters, with a deadline, and
 *    cleaned up semantically so that a rewritten sentence is one replacement
 *    rather than a scatter of coincidentally equal letters.
 *
 * A moved paragraph shows as a deletion plus an insertion. Replacement edges never
 * split a surrogate pair.
 *
 * @example
 * const edits = diffTexts('One. Two. Three.', 'One. Three.')
 * edits.ranges // => [5, 5, 0]
 * edits.map(10) // => 5
 */
export function diffTexts(
  oldText: string,
  newText: string,
  options: DiffTextsOptions = {},
): EditMap {
  if (oldText === newText) return EditMap.empty
  const dmp = new DiffMatchPatch()
  dmp.Diff_Timeout = options.unitDiffTimeout ?? 1
  const regionTimeout = options.regionDiffTimeout ?? 100

  let head = commonPrefixLength(oldText, newText)
  if (splitsSurrogatePair(oldText, head) || splitsSurrogatePair(newText, head)) head--
  let tail = commonSuffixLength(oldText, newText, head)
  if (
    splitsSurrogatePair(oldText, oldText.length - tail) ||
    splitsSurrogatePair(newText, newText.length - tail)
  ) {
    tail--
  }

  const oldMiddle = oldText.slice(head, oldText.length - tail)
  const newMiddle = newText.slice(head, newText.length - tail)
  const replacements: Replacement[] = []

  const oldUnits = splitUnits(oldMiddle)
  const newUnits = splitUnits(newMiddle)
  const oldStarts = unitStarts(oldUnits, head)
  const newStarts = unitStarts(newUnits, head)
  const matched = alignUnits(oldUnits, newUnits, dmp)

  const region = (oldFrom: number, oldTo: number, newFrom: number, newTo: number) =>
    diffRegion(dmp, oldText, newText, oldFrom, oldTo, newFrom, newTo, regionTimeout, replacements)
  /** Describes the changed paragraphs `[oldLow, oldHigh)` → `[newLow, newHigh)`. */
  const changed = (oldLow: number, oldHigh: number, newLow: number, newHigh: number) => {
    if (oldHigh - oldLow === newHigh - newLow) {
      // As many paragraphs changed on both sides: diff them pairwise, which keeps
      // each character diff small and stops it pairing text across paragraphs;
      // a pair that does not look alike (paragraphs swapped) is one replacement.
      for (let pair = 0; pair < oldHigh - oldLow; pair++) {
        const oldFrom = oldStarts[oldLow + pair] as number
        const oldTo = oldStarts[oldLow + pair + 1] as number
        const newFrom = newStarts[newLow + pair] as number
        const newTo = newStarts[newLow + pair + 1] as number
        if (alike(oldText, oldFrom, oldTo, newText, newFrom, newTo)) {
          region(oldFrom, oldTo, newFrom, newTo)
        } else {
          replacements.push([oldFrom, oldTo, newFrom, newTo])
        }
      }
      return
    }
    // Different counts (a paragraph moved, added or removed next to edited ones):
    // pair paragraphs that still look alike from both ends of the region, and let
    // the unpaired rest be one replacement rather than a character diff between
    // unrelated paragraphs.
    while (oldLow < oldHigh && newLow < newHigh) {
      const oldFrom = oldStarts[oldLow] as number
      const newFrom = newStarts[newLow] as number
      const oldTo = oldStarts[oldLow + 1] as number
      const newTo = newStarts[newLow + 1] as number
      if (!alike(oldText, oldFrom, oldTo, newText, newFrom, newTo)) break
      region(oldFrom, oldTo, newFrom, newTo)
      oldLow++
      newLow++
    }
    const tailPairs: Replacement[] = []
    while (oldLow < oldHigh && newLow < newHigh) {
      const oldFrom = oldStarts[oldHigh - 1] as number
      const newFrom = newStarts[newHigh - 1] as number
      const oldTo = oldStarts[oldHigh] as number
      const newTo = newStarts[newHigh] as number
      if (!alike(oldText, oldFrom, oldTo, newText, newFrom, newTo)) break
      tailPairs.unshift([oldFrom, oldTo, newFrom, newTo])
      oldHigh--
      newHigh--
    }
    const oldFrom = oldStarts[oldLow] as number
    const oldTo = oldStarts[oldHigh] as number
    const newFrom = newStarts[newLow] as number
    const newTo = newStarts[newHigh] as number
    if (oldFrom < oldTo || newFrom < newTo) replacements.push([oldFrom, oldTo, newFrom, newTo])
    for (const [a, b, c, d] of tailPairs) region(a, b, c, d)
  }

  let oldUnit = 0
  let newUnit = 0
  for (let index = 0; index < matched.length; index += 2) {
    const oldMatch = matched[index] as number
    const newMatch = matched[index + 1] as number
    if (oldMatch > oldUnit || newMatch > newUnit) changed(oldUnit, oldMatch, newUnit, newMatch)
    oldUnit = oldMatch + 1
    newUnit = newMatch + 1
  }
  if (oldUnit < oldUnits.length || newUnit < newUnits.length) {
    changed(oldUnit, oldUnits.length, newUnit, newUnits.length)
  }
  return toEditMap(oldText, newText, replacements)
}

/**
 * Whether two paragraphs look like versions of each other: they start or end with
 * the same 16 characters (about three words), which an edit elsewhere in the
 * paragraph leaves alone and unrelated paragraphs rarely share; or, when edits
 * touched both ends (a sentence deleted at the start, another added at the end),
 * most of their words are shared.
 */
function alike(
  a: string,
  aFrom: number,
  aTo: number,
  b: string,
  bFrom: number,
  bTo: number,
): boolean {
  const span = 16
  // Too short for the edge comparisons (after the common start and end are trimmed,
  // a changed middle often is): shared words alone decide, so that "(Reuter) - More
  // than 2,000" and "new - More than" are diffed, not replaced whole.
  if (aTo - aFrom < span || bTo - bFrom < span) {
    return sharedWords(a.slice(aFrom, aTo), b.slice(bFrom, bTo)) >= sharedWordsAlike
  }
  return (
    a.startsWith(b.slice(bFrom, bFrom + span), aFrom) ||
    a.slice(aTo - span, aTo) === b.slice(bTo - span, bTo) ||
    sharedWords(a.slice(aFrom, aTo), b.slice(bFrom, bTo)) >= sharedWordsAlike
  )
}

/** Share of distinct words two paragraphs must have in common to count as versions. */
const sharedWordsAlike = 0.5

/** Distinct words shared by `a` and `b`, as a share of the smaller vocabulary. */
function sharedWords(a: string, b: string): number {
  const words = (value: string) => new Set(value.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
  const left = words(a)
  const right = words(b)
  const smaller = Math.min(left.size, right.size)
  if (smaller === 0) return 0
  let shared = 0
  for (const word of left) if (right.has(word)) shared++
  return shared / smaller
}

function commonPrefixLength(a: string, b: string): number {
  const limit = Math.min(a.length, b.length)
  let index = 0
  // Compare in chunks first: string slices compare natively, much faster than a char loop.
  const chunk = 1024
  while (
    index + chunk <= limit &&
    a.slice(index, index + chunk) === b.slice(index, index + chunk)
  ) {
    index += chunk
  }
  while (index < limit && a.charCodeAt(index) === b.charCodeAt(index)) index++
  return index
}

function commonSuffixLength(a: string, b: string, head: number): number {
  const limit = Math.min(a.length, b.length) - head
  let count = 0
  const chunk = 1024
  while (
    count + chunk <= limit &&
    a.slice(a.length - count - chunk, a.length - count) ===
      b.slice(b.length - count - chunk, b.length - count)
  ) {
    count += chunk
  }
  while (
    count < limit &&
    a.charCodeAt(a.length - 1 - count) === b.charCodeAt(b.length - 1 - count)
  ) {
    count++
  }
  return count
}

const paragraphEnd = /\n[ \t\r]*\n\s*/g

/**
 * Splits `text` into paragraphs, each keeping the blank line after it. A unit ends
 * after a blank line (two or more line breaks, possibly with spaces between), so
 * re-wrapping a paragraph changes one unit, not its neighbours, and blank lines
 * never act as equal anchors that pair unrelated paragraphs.
 */
function splitUnits(text: string): string[] {
  const units: string[] = []
  let from = 0
  while (from < text.length) {
    paragraphEnd.lastIndex = from
    const match = paragraphEnd.exec(text)
    const to = match ? match.index + match[0].length : text.length
    units.push(text.slice(from, to))
    from = to
  }
  return units
}

/** Offsets where each unit starts, from `origin`, plus the end of the last one. */
function unitStarts(units: readonly string[], origin: number): number[] {
  const starts = [origin]
  let at = origin
  for (const unit of units) {
    at += unit.length
    starts.push(at)
  }
  return starts
}

/**
 * A gap without unique paragraphs on both sides (repeated paragraphs only) is
 * diffed as a sequence when its two sides hold at most this many paragraphs
 * together; a larger one is left as one changed region. 4096 keeps the sequence
 * diff to milliseconds and its alphabet (one character per distinct paragraph)
 * far below the 63,000 BMP characters available.
 */
const maxSequenceGap = 4096

/**
 * Pairs equal paragraphs of `a` and `b`, in order (a patience diff): equal leading
 * and trailing paragraphs are paired; then the paragraphs that occur exactly once
 * on each side are aligned by the longest increasing subsequence of their
 * positions, and each gap between two such anchors is aligned the same way. Text
 * with scattered edits has thousands of changed paragraphs; a sequence diff of
 * them all (diff-match-patch's bisection, O(N·D)) ran into its deadline on 6 MB,
 * while hashing paragraphs is linear. Gaps without unique paragraphs (repeated
 * ones only) fall back to diff-match-patch on paragraphs encoded as characters.
 *
 * Returns the pairs flat, `[oldIndex, newIndex, …]`, increasing on both sides.
 */
function alignUnits(a: readonly string[], b: readonly string[], dmp: DiffMatchPatch): number[] {
  const pairs: number[] = []
  // An explicit stack rather than recursion: nested gaps can be deep.
  const stack: [number, number, number, number][] = [[0, a.length, 0, b.length]]
  for (let task = stack.pop(); task; task = stack.pop()) {
    let [aLow, aHigh, bLow, bHigh] = task
    while (aLow < aHigh && bLow < bHigh && a[aLow] === b[bLow]) pairs.push(aLow++, bLow++)
    while (aLow < aHigh && bLow < bHigh && a[aHigh - 1] === b[bHigh - 1])
      pairs.push(--aHigh, --bHigh)
    if (aLow === aHigh || bLow === bHigh) continue
    const anchors = uniqueAnchors(a, aLow, aHigh, b, bLow, bHigh)
    if (anchors.length > 0) {
      let aFrom = aLow
      let bFrom = bLow
      for (let index = 0; index < anchors.length; index += 2) {
        const aAt = anchors[index] as number
        const bAt = anchors[index + 1] as number
        if (aAt > aFrom && bAt > bFrom) stack.push([aFrom, aAt, bFrom, bAt])
        pairs.push(aAt, bAt)
        aFrom = aAt + 1
        bFrom = bAt + 1
      }
      if (aHigh > aFrom && bHigh > bFrom) stack.push([aFrom, aHigh, bFrom, bHigh])
    } else if (aHigh - aLow + (bHigh - bLow) <= maxSequenceGap) {
      sequenceDiff(a, aLow, aHigh, b, bLow, bHigh, dmp, pairs)
    }
  }
  // Gaps were aligned in stack order; the pairs, increasing on both sides, sort by either.
  const order = Array.from({ length: pairs.length / 2 }, (_, index) => index)
  order.sort((x, y) => (pairs[2 * x] as number) - (pairs[2 * y] as number))
  return order.flatMap((index) => [pairs[2 * index] as number, pairs[2 * index + 1] as number])
}

/**
 * Paragraphs occurring exactly once in `a[aLow, aHigh)` and once in `b[bLow, bHigh)`,
 * as flat `[aIndex, bIndex, …]` pairs: the longest chain increasing on both sides
 * (patience sorting, O(k log k)).
 */
function uniqueAnchors(
  a: readonly string[],
  aLow: number,
  aHigh: number,
  b: readonly string[],
  bLow: number,
  bHigh: number,
): number[] {
  // Index of the one occurrence, or −1 once a paragraph repeats.
  const inA = new Map<string, number>()
  for (let i = aLow; i < aHigh; i++) {
    const unit = a[i] as string
    inA.set(unit, inA.has(unit) ? -1 : i)
  }
  const inB = new Map<string, number>()
  for (let j = bLow; j < bHigh; j++) {
    const unit = b[j] as string
    if ((inA.get(unit) ?? -1) < 0) continue
    inB.set(unit, inB.has(unit) ? -1 : j)
  }
  const candidates: number[] = []
  for (let i = aLow; i < aHigh; i++) {
    const unit = a[i] as string
    if (inA.get(unit) !== i) continue
    const j = inB.get(unit) ?? -1
    if (j >= 0) candidates.push(i, j)
  }
  // Longest increasing subsequence of the b indices (a indices already increase):
  // tails[k] holds the candidate ending the best chain of length k + 1.
  const count = candidates.length / 2
  const tails: number[] = []
  const previous = new Int32Array(count)
  for (let c = 0; c < count; c++) {
    const j = candidates[2 * c + 1] as number
    let low = 0
    let high = tails.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if ((candidates[2 * (tails[middle] as number) + 1] as number) < j) low = middle + 1
      else high = middle
    }
    previous[c] = low > 0 ? (tails[low - 1] as number) : -1
    tails[low] = c
  }
  const chain: number[] = []
  for (let c = tails.length > 0 ? (tails[tails.length - 1] as number) : -1; c >= 0; ) {
    chain.push(candidates[2 * c + 1] as number, candidates[2 * c] as number)
    c = previous[c] as number
  }
  return chain.reverse()
}

/**
 * Diffs `a[aLow, aHigh)` against `b[bLow, bHigh)` as sequences (each distinct
 * paragraph encoded as one character) and appends the equal pairs to `pairs`.
 */
function sequenceDiff(
  a: readonly string[],
  aLow: number,
  aHigh: number,
  b: readonly string[],
  bLow: number,
  bHigh: number,
  dmp: DiffMatchPatch,
  pairs: number[],
): void {
  const codes = new Map<string, string>()
  const encode = (units: readonly string[], low: number, high: number) => {
    let encoded = ''
    for (let index = low; index < high; index++) {
      const unit = units[index] as string
      let code = codes.get(unit)
      if (code === undefined) {
        // Start at 1: code 0 is avoided by convention in diff-match-patch's own
        // encoding. At most maxSequenceGap codes, far below the surrogates.
        code = String.fromCharCode(codes.size + 1)
        codes.set(unit, code)
      }
      encoded += code
    }
    return encoded
  }
  let i = aLow
  let j = bLow
  for (const [operation, run] of dmp.diff_main(
    encode(a, aLow, aHigh),
    encode(b, bLow, bHigh),
    false,
  )) {
    if (operation === DIFF_DELETE) i += run.length
    else if (operation === DIFF_INSERT) j += run.length
    else for (let k = 0; k < run.length; k++) pairs.push(i++, j++)
  }
}

/**
 * Diffs one changed paragraph (or run of them) `oldText[oldStart, oldEnd)` →
 * `newText[newStart, newEnd)` and appends its replacements to `out`:
 *
 * 1. the common prefix and suffix are trimmed, each back to a word boundary, so a
 *    paragraph with one edited word costs two string scans;
 * 2. equal-length middles with a few differing characters (a typo, a re-wrapped
 *    line) take the substitution fast path;
 * 3. a long middle (edits far apart in one paragraph) is split by a character
 *    diff at its long equal runs into clusters of nearby edits;
 * 4. each short middle or cluster is diffed by words (see `diffWords`).
 */
function diffRegion(
  dmp: DiffMatchPatch,
  oldText: string,
  newText: string,
  oldStart: number,
  oldEnd: number,
  newStart: number,
  newEnd: number,
  timeoutMs: number,
  out: Replacement[],
): void {
  const deadline = Date.now() + timeoutMs
  const middle = trimmedMiddle(oldText, oldStart, oldEnd, newText, newStart, newEnd, out)
  if (middle === undefined) return
  const [oldFrom, oldTo, newFrom, newTo] = middle
  if (oldTo - oldFrom + (newTo - newFrom) <= maxWordDiff) {
    diffWords(dmp, oldText, oldFrom, oldTo, newText, newFrom, newTo, deadline, out)
    return
  }
  const diffs = dmp.diff_main(
    oldText.slice(oldFrom, oldTo),
    newText.slice(newFrom, newTo),
    false,
    deadline,
  )
  let oldOffset = oldFrom
  let newOffset = newFrom
  // Start of the open cluster (−1: none), and how far back a cluster may reach.
  let clusterOld = -1
  let clusterNew = -1
  let limit = oldFrom
  for (const [operation, run] of diffs) {
    if (operation !== DIFF_DELETE && operation !== DIFF_INSERT) {
      if (clusterOld >= 0 && run.length >= splitEquality) {
        // Close the cluster after the rest of the word the equal run begins with,
        // and the next word too: with a word of context each side, the word diff
        // deletes a word with the space after it, as a writer does, rather than with
        // the space before it (both are minimal; a span ending at the word cares).
        let reach = 0
        const half = run.length >> 1
        while (reach < half && isWordUnit(run.charCodeAt(reach))) reach++
        while (reach < half && !isWordUnit(run.charCodeAt(reach))) reach++
        while (reach < half && isWordUnit(run.charCodeAt(reach))) reach++
        diffWords(
          dmp,
          oldText,
          clusterOld,
          oldOffset + reach,
          newText,
          clusterNew,
          newOffset + reach,
          deadline,
          out,
        )
        clusterOld = -1
        limit = oldOffset + reach
      }
      oldOffset += run.length
      newOffset += run.length
      continue
    }
    if (clusterOld < 0) {
      // Open a cluster at the start of the word this edit touches, or of the word
      // before it (a word of context, as above).
      let back = 0
      const word = (offset: number) => isWordUnit(oldText.charCodeAt(offset))
      while (oldOffset - back > limit && word(oldOffset - back - 1)) back++
      while (oldOffset - back > limit && !word(oldOffset - back - 1)) back++
      while (oldOffset - back > limit && word(oldOffset - back - 1)) back++
      clusterOld = oldOffset - back
      clusterNew = newOffset - back
    }
    if (operation === DIFF_DELETE) oldOffset += run.length
    else newOffset += run.length
  }
  if (clusterOld >= 0) {
    diffWords(dmp, oldText, clusterOld, oldTo, newText, clusterNew, newTo, deadline, out)
  }
}

/**
 * Middles up to this many code units (both sides together: a few dozen words) are
 * diffed by words directly; longer ones are first split into clusters.
 */
const maxWordDiff = 256

/**
 * An equal run at least this long (about four words) separates two clusters of
 * edits: the word diff's semantic clean-up would merge it into the edits around
 * it only if both were longer still, i.e. rewritten passages, which a character
 * diff rarely splits by 24 equal characters anyway.
 */
const splitEquality = 24

/**
 * The steps `diffRegion` and `diffWords` share: trim the common start and end back to
 * word boundaries, then settle what needs no diff — a pure insertion or deletion, or
 * an equal-length middle of scattered single-character substitutions — by writing
 * it to `out`. Returns the middle still to diff, or `undefined` when it is settled.
 */
function trimmedMiddle(
  oldText: string,
  oldStart: number,
  oldEnd: number,
  newText: string,
  newStart: number,
  newEnd: number,
  out: Replacement[],
): Replacement | undefined {
  const middle = trimToWords(oldText, oldStart, oldEnd, newText, newStart, newEnd)
  const [oldFrom, oldTo, newFrom, newTo] = middle
  if (oldFrom === oldTo || newFrom === newTo) {
    if (oldFrom < oldTo || newFrom < newTo) out.push([oldFrom, oldTo, newFrom, newTo])
    return undefined
  }
  if (
    oldTo - oldFrom === newTo - newFrom &&
    substitutionsOnly(oldText, oldFrom, oldTo, newText, newFrom, out)
  ) {
    return undefined
  }
  return middle
}

/**
 * `[oldFrom, oldTo, newFrom, newTo]`: the ranges without their common prefix and
 * suffix, each trimmed back to a word boundary so that a changed word is compared
 * whole, never as a changed tail after a kept first letter; the suffix also leaves
 * one word of context.
 */
function trimToWords(
  oldText: string,
  oldStart: number,
  oldEnd: number,
  newText: string,
  newStart: number,
  newEnd: number,
): Replacement {
  const shorter = Math.min(oldEnd - oldStart, newEnd - newStart)
  let prefix = 0
  while (
    prefix < shorter &&
    oldText.charCodeAt(oldStart + prefix) === newText.charCodeAt(newStart + prefix)
  )
    prefix++
  let suffix = 0
  while (
    suffix < shorter - prefix &&
    oldText.charCodeAt(oldEnd - 1 - suffix) === newText.charCodeAt(newEnd - 1 - suffix)
  )
    suffix++
  while (prefix > 0 && isWordUnit(oldText.charCodeAt(oldStart + prefix - 1))) prefix--
  while (suffix > 0 && isWordUnit(oldText.charCodeAt(oldEnd - suffix))) suffix--
  // Keep the next word as context: a word deleted between two others is then shifted
  // onto the space after it ("nation " rather than " nation", both minimal), as a
  // writer deletes it — which matters to a span that ends at the deleted word.
  while (suffix > 0 && !isWordUnit(oldText.charCodeAt(oldEnd - suffix))) suffix--
  while (suffix > 0 && isWordUnit(oldText.charCodeAt(oldEnd - suffix))) suffix--
  return [oldStart + prefix, oldEnd - suffix, newStart + prefix, newEnd - suffix]
}

/**
 * Diffs a short stretch with nearby edits as sequences of tokens (words, whitespace
 * runs, single other characters), cleaned up semantically, so that two edits a few
 * words apart stay two replacements and a rewritten clause is one; a replaced run
 * of a word or two is then refined by characters (a corrected letter stays a
 * one-letter replacement).
 */
function diffWords(
  dmp: DiffMatchPatch,
  oldText: string,
  oldStart: number,
  oldEnd: number,
  newText: string,
  newStart: number,
  newEnd: number,
  deadline: number,
  out: Replacement[],
): void {
  const middle = trimmedMiddle(oldText, oldStart, oldEnd, newText, newStart, newEnd, out)
  if (middle === undefined) return
  const [oldFrom, oldTo, newFrom, newTo] = middle
  const oldTokens = tokenize(oldText.slice(oldFrom, oldTo))
  const newTokens = tokenize(newText.slice(newFrom, newTo))
  const codes = new Map<string, string>()
  const encode = (tokens: readonly string[]) => {
    let encoded = ''
    for (const token of tokens) {
      let code = codes.get(token)
      if (code === undefined) {
        code = tokenCode(codes.size)
        if (code === undefined) return undefined
        codes.set(token, code)
      }
      encoded += code
    }
    return encoded
  }
  const oldEncoded = encode(oldTokens)
  const newEncoded = encode(newTokens)
  if (oldEncoded === undefined || newEncoded === undefined) {
    // More distinct tokens than one character each can encode: diff characters.
    const diffs = dmp.diff_main(
      oldText.slice(oldFrom, oldTo),
      newText.slice(newFrom, newTo),
      false,
      deadline,
    )
    dmp.diff_cleanupSemantic(diffs)
    pushDiffs(diffs, oldFrom, newFrom, out)
    return
  }
  const diffs = dmp.diff_main(oldEncoded, newEncoded, false, deadline)
  // Merge coincidentally equal words and spaces into the edits around them.
  dmp.diff_cleanupSemantic(diffs)
  let oldOffset = oldFrom
  let newOffset = newFrom
  let oldToken = 0
  let newToken = 0
  let pending: Replacement | undefined
  const settle = () => {
    if (!pending) return
    const [a, b, c, d] = pending
    pending = undefined
    if (a < b && c < d && b - a + (d - c) <= maxRefined) {
      const refined = dmp.diff_main(oldText.slice(a, b), newText.slice(c, d), false, deadline)
      dmp.diff_cleanupSemantic(refined)
      // A corrected letter keeps most of the word; letters shared by two different
      // words ("t" of "right" → "to") are a coincidence, and the word is replaced whole.
      let kept = 0
      for (const [operation, text] of refined) if (operation === 0) kept += text.length
      if (kept * 2 >= Math.max(b - a, d - c)) {
        pushDiffs(refined, a, c, out)
        return
      }
    }
    out.push([a, b, c, d])
  }
  for (const [operation, encoded] of diffs) {
    let size = 0
    if (operation === DIFF_INSERT) {
      for (let k = 0; k < encoded.length; k++) size += (newTokens[newToken++] as string).length
      pending ??= [oldOffset, oldOffset, newOffset, newOffset]
      newOffset += size
      pending[3] = newOffset
    } else if (operation === DIFF_DELETE) {
      for (let k = 0; k < encoded.length; k++) size += (oldTokens[oldToken++] as string).length
      pending ??= [oldOffset, oldOffset, newOffset, newOffset]
      oldOffset += size
      pending[1] = oldOffset
    } else {
      settle()
      for (let k = 0; k < encoded.length; k++) size += (oldTokens[oldToken++] as string).length
      newToken += encoded.length
      oldOffset += size
      newOffset += size
    }
  }
  settle()
}

/**
 * A replaced run of tokens this short (old and new code units together: a word or
 * two each side) is refined by characters; a longer one is a rewritten phrase and
 * stays one replacement, whose inner coincidences mean nothing.
 */
const maxRefined = 48

const tokenPattern = /[\p{L}\p{N}\p{M}]+|\s+|[\s\S]/gu

/** Words, whitespace runs and single other code points, in order; they join to `text`. */
function tokenize(text: string): string[] {
  return text.match(tokenPattern) ?? []
}

/** The `index`-th token code: BMP characters from 1, skipping surrogates; undefined when used up. */
function tokenCode(index: number): string | undefined {
  let code = index + 1
  if (code >= 0xd800) code += 0x800
  return code < 0xfffe ? String.fromCharCode(code) : undefined
}

/** True for a UTF-16 code unit of a word: letters, digits, marks (surrogates count as word). */
function isWordUnit(code: number): boolean {
  if (code < 0x80) {
    // ASCII fast path: 0-9, A-Z, a-z. (NaN, read past the end, falls through to the
    // test of U+0000 below: not a word.)
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  }
  if (code >= 0xd800 && code <= 0xdfff) return true
  return wordCharacter.test(String.fromCharCode(code))
}

const wordCharacter = /[\p{L}\p{N}\p{M}]/u

/** Appends the replacements of a character diff starting at `oldStart` / `newStart`. */
function pushDiffs(
  diffs: readonly [number, string][],
  oldStart: number,
  newStart: number,
  out: Replacement[],
): void {
  let oldOffset = oldStart
  let newOffset = newStart
  let pending: Replacement | undefined
  for (const [operation, text] of diffs) {
    if (operation === DIFF_DELETE || operation === DIFF_INSERT) {
      pending ??= [oldOffset, oldOffset, newOffset, newOffset]
      if (operation === DIFF_DELETE) {
        oldOffset += text.length
        pending[1] = oldOffset
      } else {
        newOffset += text.length
        pending[3] = newOffset
      }
    } else {
      if (pending) out.push(pending)
      pending = undefined
      oldOffset += text.length
      newOffset += text.length
    }
  }
  if (pending) out.push(pending)
}

/**
 * Fast path for equal-length regions that differ in a few scattered characters
 * (re-wrapped lines, a letter corrected): each run of differing characters is a
 * replacement. Declines (returns false, pushing nothing) when more than 5% of the
 * characters differ, which suggests shifted text that needs a real diff.
 */
function substitutionsOnly(
  oldText: string,
  oldStart: number,
  oldEnd: number,
  newText: string,
  newStart: number,
  out: Replacement[],
): boolean {
  const length = oldEnd - oldStart
  const found: Replacement[] = []
  let differing = 0
  for (let index = 0; index < length; index++) {
    if (oldText.charCodeAt(oldStart + index) === newText.charCodeAt(newStart + index)) continue
    differing++
    if (differing > length * 0.05) return false
    const last = found[found.length - 1]
    if (last && last[1] === oldStart + index) {
      last[1]++
      last[3]++
    } else {
      found.push([oldStart + index, oldStart + index + 1, newStart + index, newStart + index + 1])
    }
  }
  out.push(...found)
  return true
}

/** Widens replacements so no edge splits a surrogate pair, merges touching ones, and flattens. */
function toEditMap(
  oldText: string,
  newText: string,
  replacements: readonly Replacement[],
): EditMap {
  const flat: number[] = []
  let last: Replacement | undefined
  const push = (replacement: Replacement) => {
    flat.push(replacement[0], replacement[1] - replacement[0], replacement[3] - replacement[2])
  }
  for (const original of replacements) {
    const replacement: Replacement = [...original]
    // The text before and after a replacement is equal in both versions, so both
    // sides can be widened together by one code unit.
    if (
      splitsSurrogatePair(oldText, replacement[0]) ||
      splitsSurrogatePair(newText, replacement[2])
    ) {
      replacement[0]--
      replacement[2]--
    }
    if (
      splitsSurrogatePair(oldText, replacement[1]) ||
      splitsSurrogatePair(newText, replacement[3])
    ) {
      replacement[1]++
      replacement[3]++
    }
    if (last && replacement[0] <= last[1]) {
      last[1] = Math.max(last[1], replacement[1])
      last[3] = Math.max(last[3], replacement[3])
      continue
    }
    if (last) push(last)
    last = replacement
  }
  if (last) push(last)
  return new EditMap(flat)
}
