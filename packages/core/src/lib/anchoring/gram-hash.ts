/**
 * The hash both gram indexes use: a polynomial hash of eight code units, rolled one
 * character at a time, then finalised so that its high bits (the bucket) depend on
 * every character.
 */

/**
 * Gram length. Eight code units are selective in prose (most 8-grams of a 6 MB
 * English text occur a handful of times) while a quote of 16 characters with one
 * edit still keeps one gram intact.
 *
 * @example
 * gramLength // => 8
 */
export const gramLength = 8

/** Multiplier of the polynomial hash (FNV's 32-bit prime). */
export const gramBase = 0x01000193

/**
 * `gramBase` to the power `length − 1`: what the first character of a gram of
 * `length` code units contributes to its hash, to roll it out.
 *
 * @example
 * gramPowerOf(gramLength) === gramPower // => true
 */
export function gramPowerOf(length: number): number {
  let power = 1
  for (let index = 1; index < length; index++) power = Math.imul(power, gramBase)
  return power
}

/**
 * `gramBase` to the power `gramLength − 1`: what the first character of a gram
 * contributes, to roll it out.
 *
 * @example
 * // hash of text[i + 1, i + 9) from the hash h of text[i, i + 8):
 * // (Math.imul(h - Math.imul(text.charCodeAt(i), gramPower), gramBase) + text.charCodeAt(i + 8)) | 0
 */
export const gramPower = gramPowerOf(gramLength)

/**
 * The raw (not finalised) hash of `source[offset, offset + length)` (by default a
 * gram of {@link gramLength}).
 *
 * @example
 * mixHash(hashGram('foreigners', 0)) // the gram `foreigne`, finalised
 */
export function hashGram(source: string, offset: number, length = gramLength): number {
  let value = 0
  for (let index = offset; index < offset + length; index++) {
    value = (Math.imul(value, gramBase) + source.charCodeAt(index)) | 0
  }
  return value
}

/**
 * Finalises a hash (murmur3's finaliser) so its high bits depend on every character.
 *
 * @example
 * mixHash(0) // => 0
 */
export function mixHash(hash: number): number {
  let value = hash
  value ^= value >>> 16
  value = Math.imul(value, 0x85ebca6b)
  value ^= value >>> 13
  value = Math.imul(value, 0xc2b2ae35)
  value ^= value >>> 16
  return value
}
