/**
 * Tokens: words, numbers and punctuation with their offsets in the reading text.
 */

/**
 * One token: `[start, end)` in UTF-16 code units of the reading text.
 *
 * @example
 * const token: Token = { text: '2,000', start: 10, end: 15, kind: 'number' }
 */
export interface Token {
  /** The token as written. */
  readonly text: string
  /** Start offset, inclusive. */
  readonly start: number
  /** End offset, exclusive. */
  readonly end: number
  /** `number` (starts with a digit or `$`/`£` and a digit), `word`, or `punct`. */
  readonly kind: 'number' | 'word' | 'punct'
}

// A number: optional currency sign, digits with thousands separators and decimals,
// then an optional percent sign, decade `s` or ordinal suffix ("1930s", "22nd").
// A word: letters with inner hyphens and apostrophes ("twenty-two", "O'Brien"),
// or a single-letter abbreviation with its period ("D."), or a dotted abbreviation
// ("U.S.", "a.m."). Everything else that is not white space is one punctuation mark.
const tokenPattern =
  /[$£]?\d[\d,]*(?:\.\d+)?(?:%|'?s\b|st\b|nd\b|rd\b|th\b)?|(?:[A-Za-z]\.){2,}|[A-Za-z\u00C0-\u024F]+(?:[-'’][A-Za-z\u00C0-\u024F]+)*|\S/gu

/**
 * Splits `text` (or `[start, end)` of it) into tokens. Trailing commas of numbers
 * ("38," in "Wiley, 38,") are punctuation, not part of the number.
 *
 * @example
 * tokenize('More than 2,000.').map((token) => token.text) // => ['More', 'than', '2,000', '.']
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = []
  tokenPattern.lastIndex = start
  for (;;) {
    const match = tokenPattern.exec(text)
    if (match === null || match.index >= end) break
    let value = match[0]
    // "2,000," — a separator must be followed by digits, so drop trailing commas.
    while (value.length > 1 && value.endsWith(',')) value = value.slice(0, -1)
    const first = value.charCodeAt(0)
    const isDigit = (code: number) => code >= 48 && code <= 57
    const kind =
      isDigit(first) || ((value[0] === '$' || value[0] === '£') && value.length > 1)
        ? 'number'
        : /\p{L}/u.test(value[0] ?? '')
          ? 'word'
          : 'punct'
    tokens.push({ text: value, start: match.index, end: match.index + value.length, kind })
    tokenPattern.lastIndex = match.index + value.length
  }
  return tokens
}

/**
 * The token lower-cased; `''` for none.
 *
 * @example
 * lower({ text: 'Said', start: 0, end: 4, kind: 'word' }) // => 'said'
 */
export const lower = (token: Token | undefined): string => token?.text.toLowerCase() ?? ''

/**
 * True when the token starts with a capital letter.
 *
 * @example
 * isCapital({ text: 'Hughes', start: 0, end: 6, kind: 'word' }) // => true
 */
export const isCapital = (token: Token | undefined): boolean =>
  token !== undefined && /^[A-Z]/.test(token.text)
