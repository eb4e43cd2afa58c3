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
 *    (at blank lines), paragraphs are encoded as single characters and diffed as
 *    sequences (diff-match-patch), so unchanged paragraphs cost nothing;
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

  const units = new Map<string, string>()
  const oldUnits = encodeUnits(oldMiddle, units, '\ufffe')
  const newUnits = encodeUnits(newMiddle, units, '\uffff')
  const diffs = dmp.diff_main(oldUnits.encoded, newUnits.encoded, false)

  let oldUnit = 0
  let newUnit = 0
  let oldOffset = head
  let newOffset = head
  let changeOld = -1
  let changeNew = -1
  let changeOldUnit = 0
  let changeNewUnit = 0
  const region = (oldFrom: number, oldTo: number, newFrom: number, newTo: number) =>
    diffRegion(dmp, oldText, newText, oldFrom, oldTo, newFrom, newTo, regionTimeout, replacements)
  const flush = () => {
    if (changeOld < 0) return
    if (oldUnit - changeOldUnit === newUnit - changeNewUnit) {
      // As many paragraphs changed on both sides: diff them pairwise, which keeps
      // each character diff small and stops it pairing text across paragraphs;
      // a pair that does not look alike (paragraphs swapped) is one replacement.
      let oldFrom = changeOld
      let newFrom = changeNew
      for (let pair = 0; pair < oldUnit - changeOldUnit; pair++) {
        const oldTo = oldFrom + (oldUnits.lengths[changeOldUnit + pair] as number)
        const newTo = newFrom + (newUnits.lengths[changeNewUnit + pair] as number)
        if (alike(oldText, oldFrom, oldTo, newText, newFrom, newTo)) {
          region(oldFrom, oldTo, newFrom, newTo)
        } else {
          replacements.push([oldFrom, oldTo, newFrom, newTo])
        }
        oldFrom = oldTo
        newFrom = newTo
      }
    } else {
      // Different counts (a paragraph moved, added or removed next to edited ones):
      // pair paragraphs that still look alike from both ends of the region, and let
      // the unpaired rest be one replacement rather than a character diff between
      // unrelated paragraphs.
      let oldLow = changeOldUnit
      let newLow = changeNewUnit
      let oldHigh = oldUnit
      let newHigh = newUnit
      let oldFrom = changeOld
      let newFrom = changeNew
      let oldTo = oldOffset
      let newTo = newOffset
      while (oldLow < oldHigh && newLow < newHigh) {
        const oldLength = oldUnits.lengths[oldLow] as number
        const newLength = newUnits.lengths[newLow] as number
        if (!alike(oldText, oldFrom, oldFrom + oldLength, newText, newFrom, newFrom + newLength))
          break
        region(oldFrom, oldFrom + oldLength, newFrom, newFrom + newLength)
        oldFrom += oldLength
        newFrom += newLength
        oldLow++
        newLow++
      }
      const tailPairs: Replacement[] = []
      while (oldLow < oldHigh && newLow < newHigh) {
        const oldLength = oldUnits.lengths[oldHigh - 1] as number
        const newLength = newUnits.lengths[newHigh - 1] as number
        if (!alike(oldText, oldTo - oldLength, oldTo, newText, newTo - newLength, newTo)) break
        tailPairs.unshift([oldTo - oldLength, oldTo, newTo - newLength, newTo])
        oldTo -= oldLength
        newTo -= newLength
        oldHigh--
        newHigh--
      }
      if (oldFrom < oldTo || newFrom < newTo) replacements.push([oldFrom, oldTo, newFrom, newTo])
      for (const [a, b, c, d] of tailPairs) region(a, b, c, d)
    }
    changeOld = -1
    changeNew = -1
  }
  for (const [operation, encoded] of diffs) {
    const count = encoded.length
    if (operation === DIFF_DELETE || operation === DIFF_INSERT) {
      if (changeOld < 0) {
        changeOld = oldOffset
        changeNew = newOffset
        changeOldUnit = oldUnit
        changeNewUnit = newUnit
      }
      if (operation === DIFF_DELETE) {
        oldOffset += unitLength(oldUnits.lengths, oldUnit, count)
        oldUnit += count
      } else {
        newOffset += unitLength(newUnits.lengths, newUnit, count)
        newUnit += count
      }
      continue
    }
    // Equal units: close the pending change region first.
    flush()
    oldOffset += unitLength(oldUnits.lengths, oldUnit, count)
    oldUnit += count
    newOffset += unitLength(newUnits.lengths, newUnit, count)
    newUnit += count
  }
  flush()
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
 * Splits `text` into paragraphs (each keeping the blank line after it) and encodes
 * each distinct paragraph as one character, shared between both texts through
 * `units`. When the alphabet runs out (about 63,000 distinct paragraphs), the rest
 * of the text becomes one unit, coded `remainderCode`.
 */
function encodeUnits(
  text: string,
  units: Map<string, string>,
  remainderCode: string,
): { encoded: string; lengths: number[] } {
  const codes: string[] = []
  const lengths: number[] = []
  let from = 0
  while (from < text.length) {
    // A unit ends after a blank line (two or more line breaks, possibly with spaces
    // between), so re-wrapping a paragraph changes one unit, not its neighbours,
    // and blank lines never act as equal anchors that pair unrelated paragraphs.
    paragraphEnd.lastIndex = from
    const match = paragraphEnd.exec(text)
    const to = match ? match.index + match[0].length : text.length
    let unit = text.slice(from, to)
    let code = units.get(unit)
    if (code === undefined) {
      const next = nextCode(units.size)
      if (next === undefined) {
        unit = text.slice(from)
        // Each text's remainder gets its own code, so remainders are always diffed.
        code = remainderCode
      } else {
        code = next
        units.set(unit, code)
      }
    }
    codes.push(code)
    lengths.push(unit.length)
    from += unit.length
  }
  return { encoded: codes.join(''), lengths }
}

/** The `index`-th unit code: BMP characters, skipping surrogates; the last two are reserved. */
function nextCode(index: number): string | undefined {
  // Start at 1: code 0 is avoided by convention in diff-match-patch's own encoding.
  let code = index + 1
  if (code >= 0xd800) code += 0x800
  return code < 0xfffe ? String.fromCharCode(code) : undefined
}

function unitLength(lengths: readonly number[], from: number, count: number): number {
  let total = 0
  for (let index = from; index < from + count; index++) total += lengths[index] as number
  return total
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
