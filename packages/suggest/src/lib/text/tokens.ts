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
  const whole = shared
  if (whole !== undefined && whole.text === text) {
    const tokens = whole.tokens
    // The first token at or after `start`; the text's tokens from there are the
    // part's own unless one of them runs across `start`.
    let low = 0
    let high = tokens.length
    while (low < high) {
      const middle = (low + high) >> 1
      if ((tokens[middle] as Token).start < start) low = middle + 1
      else high = middle
    }
    if (low === 0 || (tokens[low - 1] as Token).end <= start) {
      let last = low
      while (last < tokens.length && (tokens[last] as Token).start < end) last++
      return tokens.slice(low, last)
    }
  }
  return tokenizePart(text, start, end)
}

/** The text a suggestion pass reads, and its tokens, while the pass runs. */
let shared: { readonly text: string; readonly tokens: readonly Token[] } | undefined

/**
 * Runs `pass` with `text` tokenized once: every {@link tokenize} of that text (or
 * of a part of it) in the meantime is a slice of those tokens. The same tokens as
 * tokenizing each part: a part's tokens start at the first text token at or after
 * its start, unless a token runs across it (then the part is tokenized itself).
 *
 * @example
 * withTokens('He said so.', () => tokenize('He said so.', 3, 7).length) // => 1
 */
export function withTokens<T>(text: string, pass: () => T): T {
  const before = shared
  shared = { text, tokens: tokenizePart(text, 0, text.length) }
  try {
    return pass()
  } finally {
    shared = before
  }
}

/** Tokens of `[start, end)` of `text`, read with {@link tokenPattern}. */
function tokenizePart(text: string, start: number, end: number): Token[] {
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
