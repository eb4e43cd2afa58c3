/**
 * Number words: "two", "thirteen", "twenty-two", "two hundred and five", "a dozen".
 */

/**
 * Values of the cardinal words below one hundred.
 *
 * @example
 * unitWords.get('thirteen') // => 13
 */
export const unitWords: ReadonlyMap<string, number> = new Map([
  ['zero', 0],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
])

/**
 * Multipliers: "hundred", "thousand", "million", "billion", "trillion", and "dozen"
 * (12), which multiplies like them ("two dozen").
 *
 * @example
 * magnitudeWords.get('million') // => 1000000
 */
export const magnitudeWords: ReadonlyMap<string, number> = new Map([
  ['dozen', 12],
  ['hundred', 100],
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
  // Wire-copy abbreviations (round 9): "1.5 mln", "3 bln".
  ['mln', 1e6],
  ['bln', 1e9],
])

/**
 * True when `word` (any case) is a cardinal word or a hyphenated compound of two
 * ("twenty-two").
 *
 * @example
 * isNumberWord('Twenty-two') // => true
 * isNumberWord('first') // => false
 */
export function isNumberWord(word: string): boolean {
  const lower = word.toLowerCase()
  if (unitWords.has(lower) || magnitudeWords.has(lower)) return true
  // Called for most words of a text: no array for words without a hyphen.
  if (!lower.includes('-')) return false
  const parts = lower.split('-')
  return parts.length === 2 && parts.every((part) => unitWords.has(part))
}

/**
 * The value of a sequence of number words, or `undefined` when it is not one.
 * "a" and "an" count as one before a magnitude ("a hundred"), "and" is skipped
 * between words ("two hundred and five"). Digits may lead ("2.5 million").
 *
 * @example
 * parseNumberWords(['two', 'hundred', 'and', 'five']) // => 205
 * parseNumberWords(['2.5', 'million']) // => 2500000
 * parseNumberWords(['a', 'dozen']) // => 12
 */
export function parseNumberWords(words: readonly string[]): number | undefined {
  let total = 0
  let current = 0
  let seen = false
  for (const raw of words) {
    const word = raw.toLowerCase()
    if (word === 'and') continue
    if ((word === 'a' || word === 'an') && !seen) {
      current = 1
      seen = true
      continue
    }
    const digits = Number(word.replace(/,/g, ''))
    if (/^\d/.test(word) && Number.isFinite(digits)) {
      current += digits
      seen = true
      continue
    }
    const unit = unitWords.get(word)
    if (unit !== undefined) {
      current += unit
      seen = true
      continue
    }
    const parts = word.split('-')
    if (parts.length === 2 && parts.every((part) => unitWords.has(part))) {
      current += (unitWords.get(parts[0] ?? '') ?? 0) + (unitWords.get(parts[1] ?? '') ?? 0)
      seen = true
      continue
    }
    const magnitude = magnitudeWords.get(word)
    if (magnitude === undefined) return undefined
    // "hundred" multiplies only what came since the last larger magnitude:
    // "two thousand five hundred" is 2000 + 5 × 100.
    const base = current === 0 ? 1 : current
    if (magnitude === 100 || magnitude === 12) current = base * magnitude
    else {
      total += base * magnitude
      current = 0
    }
    seen = true
  }
  if (!seen) return undefined
  // Rounds away floating-point noise from decimals times magnitudes (2.3 × 1e6).
  return Math.round((total + current) * 1e6) / 1e6
}
