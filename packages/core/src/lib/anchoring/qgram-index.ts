/**
 * A q-gram index of a text: for every hash bucket of 8-character substrings, the
 * ascending offsets where one starts. Built once in O(n) (two passes, counting
 * sort); it turns "find every occurrence" and "find candidate regions for an
 * approximate match" into bucket look-ups instead of whole-text scans.
 */

import { gramBase, gramLength, gramPower, hashGram, mixHash } from './gram-hash.js'

export { gramLength } from './gram-hash.js'

/**
 * Look-ups over an indexed text.
 *
 * @example
 * const index = createQGramIndex('the cat sat on the mat, the cat ran')
 * index.findAll('the cat') // short needles are scanned: [0, 24]
 */
export interface QGramIndex {
  /** The indexed text. */
  readonly text: string
  /** Offsets whose gram falls in the same bucket as `text[offset, offset + 8)` of `gram` (may include collisions). */
  bucketOf(gram: string, offset?: number): Int32Array
  /** Every offset where `needle` occurs, ascending, up to `limit` of them. */
  findAll(needle: string, limit?: number): number[]
}

/**
 * Indexes `text` (which callers normalise first).
 *
 * @example
 * createQGramIndex('some text').findAll('text') // => [5]
 */
export function createQGramIndex(text: string): QGramIndex {
  const n = text.length
  const grams = Math.max(0, n - gramLength + 1)
  // About one bucket per two grams keeps buckets short without a huge count table.
  const bits = Math.min(22, Math.max(8, Math.ceil(Math.log2(grams + 1)) - 1))
  const shift = 32 - bits
  // Offsets sorted by bucket (ascending within a bucket), in two steps: a stable
  // scatter by the bucket's top 8 bits into 256 runs, then a counting sort of each
  // run by the remaining bits, which also gives every bucket's start. A run's
  // counters (64 KB at 6 MB) stay in cache during the second step. (A direct
  // counting sort over all 2^22 buckets scatters every write over 16 MB of counters
  // and 24 MB of output: cache misses made it 3–5 times slower on 6 MB; a two-pass
  // LSD radix sort with a final sweep for the starts was ~25 % slower than this.
  // 2^11 runs instead of 256 made the scatter ~30 % slower: 4,096 write streams
  // at once, more than the caches keep open.)
  const lowBits = bits - Math.min(8, bits)
  const lowMask = (1 << lowBits) - 1
  const highStarts = new Int32Array((1 << (bits - lowBits)) + 1)
  // Bucket of every gram, from a polynomial hash rolled one character at a time.
  const keys = new Int32Array(grams)
  let hash = 0
  for (let index = 0; index < n; index++) {
    if (index >= gramLength)
      hash = (hash - Math.imul(text.charCodeAt(index - gramLength), gramPower)) | 0
    hash = (Math.imul(hash, gramBase) + text.charCodeAt(index)) | 0
    if (index >= gramLength - 1) {
      const key = mixHash(hash) >>> shift
      keys[index - gramLength + 1] = key
      const high = (key >>> lowBits) + 1
      highStarts[high] = (highStarts[high] as number) + 1
    }
  }
  for (let i = 1; i < highStarts.length; i++)
    highStarts[i] = (highStarts[i] as number) + (highStarts[i - 1] as number)
  // Each offset, with its bucket's low bits, in the run of its top bits.
  const runOffsets = new Int32Array(grams)
  const runLows = new Int32Array(grams)
  {
    const next = highStarts.slice()
    for (let offset = 0; offset < grams; offset++) {
      const key = keys[offset] as number
      const at = next[key >>> lowBits] as number
      next[key >>> lowBits] = at + 1
      runOffsets[at] = offset
      runLows[at] = key & lowMask
    }
  }
  // counts[b] … counts[b + 1] is bucket b's slice of `positions`, which reuses the
  // buckets' array (no longer needed): 24 MB less to allocate on 6 MB.
  const positions = keys
  const counts = new Int32Array((1 << bits) + 1)
  {
    const starts = new Int32Array(lowMask + 2)
    for (let high = 0; high + 1 < highStarts.length; high++) {
      const from = highStarts[high] as number
      const to = highStarts[high + 1] as number
      starts.fill(0)
      for (let i = from; i < to; i++) {
        const low = (runLows[i] as number) + 1
        starts[low] = (starts[low] as number) + 1
      }
      const base = high << lowBits
      for (let low = 0; low <= lowMask; low++) {
        starts[low + 1] = (starts[low + 1] as number) + (starts[low] as number)
        counts[base + low] = from + (starts[low] as number)
      }
      for (let i = from; i < to; i++) {
        const low = runLows[i] as number
        const at = starts[low] as number
        starts[low] = at + 1
        positions[from + at] = runOffsets[i] as number
      }
    }
    counts[1 << bits] = grams
  }

  function bucketFor(gram: string, offset: number): number {
    return mixHash(hashGram(gram, offset)) >>> shift
  }

  function bucketOf(gram: string, offset = 0): Int32Array {
    if (gram.length - offset < gramLength) return new Int32Array(0)
    const bucket = bucketFor(gram, offset)
    return positions.subarray(counts[bucket] as number, counts[bucket + 1] as number)
  }

  function findAll(needle: string, limit = Number.POSITIVE_INFINITY): number[] {
    const found: number[] = []
    if (needle.length < gramLength || grams === 0) {
      let from = text.indexOf(needle)
      while (from !== -1 && found.length < limit) {
        found.push(from)
        from = text.indexOf(needle, from + 1)
      }
      return found
    }
    // Verify the candidates of the needle's rarest gram.
    let bestOffset = 0
    let best = bucketOf(needle, 0)
    for (let offset = 1; offset + gramLength <= needle.length && best.length > 1; offset++) {
      const candidates = bucketOf(needle, offset)
      if (candidates.length < best.length) {
        best = candidates
        bestOffset = offset
      }
    }
    for (const position of best) {
      const start = position - bestOffset
      if (start >= 0 && text.startsWith(needle, start)) {
        found.push(start)
        if (found.length >= limit) break
      }
    }
    return found
  }

  return { text, bucketOf, findAll }
}
