/**
 * Bit-parallel approximate string matching (Myers 1999, with Hyyrö's blocks for
 * patterns longer than 32 code units). It runs in O(n · ⌈m/32⌉) and, unlike
 * libraries that report only the best matches, reports EVERY end position where the
 * pattern matches with at most k errors (edit distance: insertions, deletions,
 * substitutions of UTF-16 code units), so an exact look-alike cannot hide a
 * slightly edited passage.
 */

/**
 * A pattern compiled for bit-parallel matching: one bit vector per distinct
 * character, per 32-character block.
 *
 * @example
 * const pattern = compilePattern('colour')
 */
export interface CompiledPattern {
  /** The pattern. */
  readonly text: string
  /** Number of 32-bit blocks. */
  readonly blocks: number
  /** Bit vectors `peq[char]` (block-major) of positions where `char` occurs. */
  readonly peq: ReadonlyMap<number, Int32Array>
  /** All-zero vector for characters absent from the pattern. */
  readonly none: Int32Array
}

/**
 * Compiles `pattern` for {@link findApproximateEnds} and {@link editDistance}.
 *
 * @example
 * compilePattern('abc').blocks // => 1
 */
export function compilePattern(pattern: string): CompiledPattern {
  const blocks = Math.max(1, Math.ceil(pattern.length / 32))
  const peq = new Map<number, Int32Array>()
  for (let index = 0; index < pattern.length; index++) {
    const code = pattern.charCodeAt(index)
    let vector = peq.get(code)
    if (!vector) {
      vector = new Int32Array(blocks)
      peq.set(code, vector)
    }
    const block = index >>> 5
    vector[block] = (vector[block] as number) | (1 << (index & 31))
  }
  return { text: pattern, blocks, peq, none: new Int32Array(blocks) }
}

/**
 * The state of a running Myers scan: vertical delta vectors per block, and the
 * score (edit distance) at the pattern's last row.
 */
class Scan {
  readonly positive: Int32Array
  readonly negative: Int32Array
  readonly lastHigh: number
  score: number

  constructor(readonly pattern: CompiledPattern) {
    const { blocks } = pattern
    // Column 0 of the DP table is 0,1,2,…,m: every vertical delta is +1.
    this.positive = new Int32Array(blocks).fill(-1)
    this.negative = new Int32Array(blocks)
    this.lastHigh = 1 << ((pattern.text.length - 1) & 31)
    this.score = pattern.text.length
  }

  /**
   * Advances one text character. `topDelta` is the horizontal delta of row 0:
   * 0 for a search (a match may start anywhere), +1 for a global alignment.
   */
  step(code: number, topDelta: number): void {
    const { pattern, positive, negative } = this
    const vectors = pattern.peq.get(code) ?? pattern.none
    const last = pattern.blocks - 1
    let carry = topDelta
    for (let block = 0; block <= last; block++) {
      const high = block === last ? this.lastHigh : 1 << 31
      const pv = positive[block] as number
      const mv = negative[block] as number
      let eq = vectors[block] as number
      const xv = eq | mv
      if (carry < 0) eq |= 1
      const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq
      let ph = mv | ~(xh | pv)
      let mh = pv & xh
      let out = 0
      if (ph & high) out = 1
      else if (mh & high) out = -1
      ph <<= 1
      mh <<= 1
      if (carry < 0) mh |= 1
      else if (carry > 0) ph |= 1
      positive[block] = mh | ~(xv | ph)
      negative[block] = ph & xv
      carry = out
    }
    this.score += carry
  }
}

/**
 * Every end offset `e` in `[from, to]` of `text` such that some substring of `text`
 * ending at `e` (and starting at or after `from`) is within `maxErrors` edits of
 * the pattern, with that minimum edit distance. Ends are ascending.
 *
 * @example
 * findApproximateEnds(compilePattern('colour'), 'my color', 0, 8, 1)
 * // => { ends: [7, 8], errors: [1, 1] } ('colo' + deleted 'u', and 'color')
 */
export function findApproximateEnds(
  pattern: CompiledPattern,
  text: string,
  from: number,
  to: number,
  maxErrors: number,
): { ends: number[]; errors: number[] } {
  const ends: number[] = []
  const errors: number[] = []
  if (pattern.text.length === 0) return { ends, errors }
  const scan = new Scan(pattern)
  for (let index = from; index < to; index++) {
    scan.step(text.charCodeAt(index), 0)
    if (scan.score <= maxErrors) {
      ends.push(index + 1)
      errors.push(scan.score)
    }
  }
  return { ends, errors }
}

/**
 * Edit distance (Levenshtein, in UTF-16 code units) between `a` and `b`.
 *
 * @example
 * editDistance('kitten', 'sitting') // => 3
 */
export function editDistance(a: string, b: string): number {
  if (a.length === 0) return b.length
  if (b.length === 0) return a.length
  const scan = new Scan(compilePattern(a))
  for (let index = 0; index < b.length; index++) scan.step(b.charCodeAt(index), 1)
  return scan.score
}

/**
 * The best start for a match of `pattern` that ends at `end` in `text`: the offset
 * `s` in `[lowest, end]` minimising the edit distance of `pattern` to
 * `text[s, end)`, ties going to the length closest to the pattern's.
 *
 * @example
 * findMatchStart('colour', 'my color', 8, 0) // => { start: 3, errors: 1 }
 */
export function findMatchStart(
  pattern: string,
  text: string,
  end: number,
  lowest: number,
): { start: number; errors: number } {
  if (pattern.length === 0) return { start: end, errors: 0 }
  // Scanning backwards from `end` with the reversed pattern, anchored at `end`
  // (code units reversed, as the scan compares code units).
  const scan = new Scan(compilePattern(reverseUnits(pattern)))
  let best = { start: end, errors: pattern.length }
  for (let index = end - 1; index >= Math.max(0, lowest); index--) {
    scan.step(text.charCodeAt(index), 1)
    const length = end - index
    const bestLength = end - best.start
    if (
      scan.score < best.errors ||
      (scan.score === best.errors &&
        Math.abs(length - pattern.length) < Math.abs(bestLength - pattern.length))
    ) {
      best = { start: index, errors: scan.score }
    }
  }
  return best
}

/**
 * The best end for a match of `pattern` that starts at `start` in `text`: the offset
 * `e` in `[start, highest]` minimising the edit distance of `pattern` to
 * `text[start, e)`, ties going to the length closest to the pattern's.
 *
 * @example
 * findMatchEnd('colour', 'color me', 0, 8) // => { end: 5, errors: 1 }
 */
export function findMatchEnd(
  pattern: string,
  text: string,
  start: number,
  highest: number,
): { end: number; errors: number } {
  if (pattern.length === 0) return { end: start, errors: 0 }
  const scan = new Scan(compilePattern(pattern))
  let best = { end: start, errors: pattern.length }
  const limit = Math.min(highest, text.length)
  for (let index = start; index < limit; index++) {
    scan.step(text.charCodeAt(index), 1)
    const length = index + 1 - start
    const bestLength = best.end - start
    if (
      scan.score < best.errors ||
      (scan.score === best.errors &&
        Math.abs(length - pattern.length) < Math.abs(bestLength - pattern.length))
    ) {
      best = { end: index + 1, errors: scan.score }
    }
  }
  return best
}

function reverseUnits(text: string): string {
  let out = ''
  for (let index = text.length - 1; index >= 0; index--) out += text[index]
  return out
}
