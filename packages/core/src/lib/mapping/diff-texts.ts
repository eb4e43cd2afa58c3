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
   * Seconds the line-level diff may take before it settles for a valid but less
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
 * 1. the common prefix and suffix are trimmed; the rest is split into lines (each
 *    with its line break), lines are encoded as single characters and diffed as
 *    sequences (diff-match-patch), so unchanged lines cost nothing;
 * 2. each run of changed lines is diffed by characters, with a deadline, and
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
export function diffTexts(oldText: string, newText: string, options: DiffTextsOptions = {}): EditMap {
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
  const flush = () => {
    if (changeOld < 0) return
    diffRegion(dmp, oldText, newText, changeOld, oldOffset, changeNew, newOffset, regionTimeout, replacements)
    changeOld = -1
    changeNew = -1
  }
  for (const [operation, encoded] of diffs) {
    const count = encoded.length
    if (operation !== DIFF_INSERT) {
      if (operation === DIFF_DELETE && changeOld < 0) {
        changeOld = oldOffset
        changeNew = newOffset
      }
      const length = unitLength(oldUnits.lengths, oldUnit, count)
      oldUnit += count
      if (operation === DIFF_DELETE) {
        oldOffset += length
        continue
      }
      // Equal units: close the pending change region first.
      flush()
      oldOffset += length
      newOffset += unitLength(newUnits.lengths, newUnit, count)
      newUnit += count
    } else {
      if (changeOld < 0) {
        changeOld = oldOffset
        changeNew = newOffset
      }
      newOffset += unitLength(newUnits.lengths, newUnit, count)
      newUnit += count
    }
  }
  flush()
  return toEditMap(oldText, newText, replacements)
}

function commonPrefixLength(a: string, b: string): number {
  const limit = Math.min(a.length, b.length)
  let index = 0
  // Compare in chunks first: string slices compare natively, much faster than a char loop.
  const chunk = 1024
  while (index + chunk <= limit && a.slice(index, index + chunk) === b.slice(index, index + chunk)) {
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
  while (count < limit && a.charCodeAt(a.length - 1 - count) === b.charCodeAt(b.length - 1 - count)) {
    count++
  }
  return count
}

/**
 * Splits `text` into lines (each keeping its `\n`) and encodes each distinct line as
 * one character, shared between both texts through `units`. When the alphabet runs
 * out (about 63,000 distinct lines), the rest of the text becomes one unit, coded
 * `remainderCode`.
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
    let to = text.indexOf('\n', from)
    to = to === -1 ? text.length : to + 1
    let unit = text.slice(from, to)
    let code = units.get(unit)
    if (code === undefined) {
      const next = nextCode(units.size)
      if (next === undefined) {
        unit = text.slice(from)
        to = text.length
        // Each text's remainder gets its own code, so remainders are always diffed.
        code = remainderCode
      } else {
        code = next
        units.set(unit, code)
      }
    }
    codes.push(code)
    lengths.push(unit.length)
    from = to
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

/** Widens replacements so no edge splits a surrogate pair, merges touching ones, and flattens. */
function toEditMap(oldText: string, newText: string, replacements: readonly Replacement[]): EditMap {
  const flat: number[] = []
  let last: Replacement | undefined
  const push = (replacement: Replacement) => {
    flat.push(replacement[0], replacement[1] - replacement[0], replacement[3] - replacement[2])
  }
  for (const original of replacements) {
    const replacement: Replacement = [...original]
    // The text before and after a replacement is equal in both versions, so both
    // sides can be widened together by one code unit.
    if (splitsSurrogatePair(oldText, replacement[0]) || splitsSurrogatePair(newText, replacement[2])) {
      replacement[0]--
      replacement[2]--
    }
    if (splitsSurrogatePair(oldText, replacement[1]) || splitsSurrogatePair(newText, replacement[3])) {
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
