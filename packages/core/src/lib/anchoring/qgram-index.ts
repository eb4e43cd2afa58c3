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
  // Bucket of every gram, from a polynomial hash rolled one character at a time.
  const keys = new Int32Array(grams)
  let hash = 0
  for (let index = 0; index < n; index++) {
    if (index >= gramLength)
      hash = (hash - Math.imul(text.charCodeAt(index - gramLength), gramPower)) | 0
    hash = (Math.imul(hash, gramBase) + text.charCodeAt(index)) | 0
    if (index >= gramLength - 1) keys[index - gramLength + 1] = mixHash(hash) >>> shift
  }
  // Offsets sorted by bucket (ascending within a bucket), by a stable two-pass radix
  // sort on the bucket's low and high halves. A direct counting sort over all 2^22
  // buckets is the same O(n) but scatters every write over 16 MB of counters and
  // 24 MB of output — cache misses made it 3–5 times slower on 6 MB.
  const lowBits = bits >>> 1
  const lowMask = (1 << lowBits) - 1
  const positions = new Int32Array(grams)
  const sortedKeys = new Int32Array(grams)
  {
    const lowStarts = new Int32Array((1 << lowBits) + 1)
    const highStarts = new Int32Array((1 << (bits - lowBits)) + 1)
    for (let offset = 0; offset < grams; offset++) {
      const key = keys[offset] as number
      const low = (key & lowMask) + 1
      const high = (key >>> lowBits) + 1
      lowStarts[low] = (lowStarts[low] as number) + 1
      highStarts[high] = (highStarts[high] as number) + 1
    }
    for (let i = 1; i < lowStarts.length; i++)
      lowStarts[i] = (lowStarts[i] as number) + (lowStarts[i - 1] as number)
    for (let i = 1; i < highStarts.length; i++)
      highStarts[i] = (highStarts[i] as number) + (highStarts[i - 1] as number)
    const byLowKeys = new Int32Array(grams)
    const byLowOffsets = new Int32Array(grams)
    for (let offset = 0; offset < grams; offset++) {
      const key = keys[offset] as number
      const low = key & lowMask
      const at = lowStarts[low] as number
      lowStarts[low] = at + 1
      byLowKeys[at] = key
      byLowOffsets[at] = offset
    }
    for (let i = 0; i < grams; i++) {
      const key = byLowKeys[i] as number
      const high = key >>> lowBits
      const at = highStarts[high] as number
      highStarts[high] = at + 1
      sortedKeys[at] = key
      positions[at] = byLowOffsets[i] as number
    }
  }
  // counts[b] … counts[b + 1] is bucket b's slice of `positions`: one sequential sweep.
  const counts = new Int32Array((1 << bits) + 1)
  {
    let bucket = 0
    for (let i = 0; i < grams; i++) {
      const key = sortedKeys[i] as number
      while (bucket <= key) counts[bucket++] = i
    }
    while (bucket < counts.length) counts[bucket++] = grams
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
