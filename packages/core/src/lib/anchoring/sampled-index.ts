/**
 * A sampled gram index: only the 16-grams starting at multiples of 32 are indexed,
 * so building it reads half the text's characters and sorts a thirty-second of its
 * positions — a few milliseconds for 6 MB, where the full q-gram index takes
 * hundreds. It answers one question exactly: how often does a long needle occur?
 * (Every occurrence of a needle of at least 47 code units contains one sampled gram,
 * at the offset that brings it to a multiple of 32.) The anchorer uses it to check
 * that a re-described span is unique, so spans still at their recorded place never
 * need the full index.
 */
import { gramBase, gramPowerOf, hashGram, mixHash } from './gram-hash.js'

/** Distance between sampled gram starts. */
const step = 32

/**
 * Length of a sampled gram. Longer than the full index's 8: a needle is looked up
 * at all 32 of its offsets, and each gram found at a sampled place is checked
 * against the text there, a cache miss. Common 8-grams of prose (" of the ")
 * gave about 90 such checks per needle in the 6 MB bench text; 16-grams give 1.4.
 */
const gramLength = 16

const gramPower = gramPowerOf(gramLength)

/**
 * Shortest needle the sampled index can count: every occurrence then holds a
 * whole sampled gram.
 *
 * @example
 * sampledMinimumLength // => 47
 */
export const sampledMinimumLength = step + gramLength - 1

/**
 * Occurrence counting over a sampled index.
 *
 * @example
 * const index = createSampledIndex(text)
 * index.count(needle, 2) // 0, 1 or 2 (stops at the limit)
 */
export interface SampledIndex {
  /**
   * Occurrences of `needle` (at least {@link sampledMinimumLength} long) in the text,
   * overlapping ones too, counted up to `limit`.
   */
  count(needle: string, limit: number): number
}

/**
 * Indexes the 16-grams of `text` (which callers normalise first) that start at
 * multiples of 32.
 *
 * @example
 * createSampledIndex('x'.repeat(100)).count('x'.repeat(40), 2) // => 2
 */
export function createSampledIndex(text: string): SampledIndex {
  const samples = text.length >= gramLength ? Math.floor((text.length - gramLength) / step) + 1 : 0
  // About four samples a bucket: the bucket table stays small enough to sit in a
  // core's cache (256 KB at 6 MB of text), and a bucket's entries are adjacent.
  const bits = Math.min(16, Math.max(2, Math.ceil(Math.log2(samples + 1)) - 2))
  const shift = 32 - bits
  const hashes = new Int32Array(samples)
  const starts = new Int32Array((1 << bits) + 1)
  for (let sample = 0; sample < samples; sample++) {
    const hash = mixHash(hashGram(text, sample * step, gramLength))
    hashes[sample] = hash
    const key = hash >>> shift
    starts[key + 1] = (starts[key + 1] as number) + 1
  }
  for (let i = 1; i < starts.length; i++)
    starts[i] = (starts[i] as number) + (starts[i - 1] as number)
  // A bit per value of a gram hash's top 21 bits, set for the sampled grams: about
  // one bit in eleven at 6 MB, so most of a count's 32 look-ups end on this 256 KB
  // table (which stays in cache) without reading their bucket's entries.
  const presentBits = Math.min(21, bits + 5)
  const presentShift = 32 - presentBits
  const present = new Int32Array(1 << (presentBits - 5))
  const next = starts.slice()
  // Each entry is a pair (gram hash, position), side by side: the full hash rules
  // out nearly every other gram of the bucket without reading the text, which at
  // a random place is a cache miss.
  const entries = new Int32Array(samples * 2)
  for (let sample = 0; sample < samples; sample++) {
    const hash = hashes[sample] as number
    const at = next[hash >>> shift] as number
    next[hash >>> shift] = at + 1
    entries[at * 2] = hash
    entries[at * 2 + 1] = sample * step
    const bit = hash >>> presentShift
    present[bit >>> 5] = (present[bit >>> 5] as number) | (1 << (bit & 31))
  }

  // Scratch space of count: each offset's gram hash and bucket bounds.
  const grams = new Int32Array(step)
  const from = new Int32Array(step)
  const to = new Int32Array(step)

  function count(needle: string, limit: number): number {
    if (needle.length < sampledMinimumLength) {
      throw new RangeError(
        `Unexpected needle of ${needle.length} code units, expected at least ${sampledMinimumLength}`,
      )
    }
    // An occurrence at p holds the sampled gram starting at p + offset, where
    // offset = (−p) mod 32: each offset finds the occurrences of one residue. The
    // gram's hash is rolled along the needle, one character per offset. All 32
    // buckets are looked up before any is read: the lookups are independent, so
    // their cache misses overlap instead of following one another.
    let hash = 0
    for (let index = 0; index < gramLength - 1; index++)
      hash = (Math.imul(hash, gramBase) + needle.charCodeAt(index)) | 0
    for (let offset = 0; offset < step; offset++) {
      if (offset > 0) hash = (hash - Math.imul(needle.charCodeAt(offset - 1), gramPower)) | 0
      hash = (Math.imul(hash, gramBase) + needle.charCodeAt(offset + gramLength - 1)) | 0
      const mixed = mixHash(hash)
      const key = mixed >>> shift
      const bit = mixed >>> presentShift
      grams[offset] = mixed
      if (((present[bit >>> 5] as number) & (1 << (bit & 31))) === 0) {
        from[offset] = 0
        to[offset] = 0
      } else {
        from[offset] = starts[key] as number
        to[offset] = starts[key + 1] as number
      }
    }
    let found = 0
    for (let offset = 0; offset < step; offset++) {
      const mixed = grams[offset] as number
      const end = to[offset] as number
      for (let i = from[offset] as number; i < end; i++) {
        if (entries[i * 2] !== mixed) continue
        const start = (entries[i * 2 + 1] as number) - offset
        if (start >= 0 && text.startsWith(needle, start)) {
          found++
          if (found >= limit) return found
        }
      }
    }
    return found
  }

  return { count }
}
