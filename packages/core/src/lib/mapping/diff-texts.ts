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
  if (aTo - aFrom < span || bTo - bFrom < span) return false
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
  if (oldStart === oldEnd || newStart === newEnd) {
    out.push([oldStart, oldEnd, newStart, newEnd])
    return
  }
  if (
    oldEnd - oldStart === newEnd - newStart &&
    substitutionsOnly(oldText, oldStart, oldEnd, newText, newStart, out)
  ) {
    return
  }
  const diffs = dmp.diff_main(
    oldText.slice(oldStart, oldEnd),
    newText.slice(newStart, newEnd),
    false,
    Date.now() + timeoutMs,
  )
  // Merge coincidental one- or two-letter equalities into the edits around them.
  dmp.diff_cleanupSemantic(diffs)
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
