/**
 * Sentences: where reported speech and hedges are looked for.
 */

/**
 * A sentence: `[start, end)` in the reading text, without surrounding white space.
 *
 * @example
 * const sentence: SentenceRange = { start: 0, end: 12 }
 */
export interface SentenceRange {
  /** Start offset, inclusive. */
  readonly start: number
  /** End offset, exclusive. */
  readonly end: number
}

// Words that end in a period without ending a sentence: titles, months, street and
// company abbreviations common in news copy. Lower-cased, without the period.
const abbreviations = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'gen',
  'col',
  'lt',
  'maj',
  'capt',
  'cmdr',
  'sgt',
  'gov',
  'sen',
  'rep',
  'rev',
  'prof',
  'hon',
  'pres',
  'supt',
  'atty',
  'insp',
  'det',
  'adm',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sept',
  'sep',
  'oct',
  'nov',
  'dec',
  'co',
  'corp',
  'inc',
  'ltd',
  'bros',
  'ave',
  'blvd',
  'rd',
  'no',
  'vs',
  'mt',
  'ft',
  'ga',
  'tex',
  'calif',
  'fla',
  'ill',
  'mass',
  'mich',
  'pa',
  'va',
  'wash',
  'conn',
  'ky',
  'la',
  'md',
  'mo',
  'okla',
  'tenn',
  'ariz',
  'ark',
  'colo',
  'del',
  'ind',
  'kan',
  'miss',
  'neb',
  'nev',
  'ore',
  'wis',
  'wyo',
  'ala',
  'minn',
  'n',
  's',
  'e',
  'w',
  'et',
  'al',
  'etc',
  'cf',
])

/**
 * Whether the line break at `index` wraps a line inside a paragraph, as pages
 * scraped with their hard line breaks have them ("Mike Murphy told NBC News⏎ that
 * while …", "a 9-year-old girl ⏎accidentally shot"): a single line break, with a
 * space or tab right before or after it, after a word or a comma rather than the
 * end of a sentence or a heading's last word in capitals (0.36.0, round 77).
 */
function isWrap(text: string, index: number): boolean {
  const before = text[index - 1] ?? '\n'
  const after = text[index + 1] ?? '\n'
  if (before === '\n' || after === '\n' || after === '\r') return false
  if (!/[ \t]/.test(before) && !/[ \t]/.test(after)) return false
  // The next line starts a paragraph when it is blank or indented by more than one space.
  if (/^[ \t]{2}/.test(text.slice(index + 1, index + 3))) return false
  const line = text.slice(text.lastIndexOf('\n', index - 1) + 1, index).trimEnd()
  if (line === '') return false
  // A line that ends a sentence, or a heading in capitals, ends there.
  if (/[.!?:;"”’')\]]$/.test(line) || !/\p{Ll}/u.test(line)) return false
  // The next line's first character, past its one space or tab at most (checked
  // above); a line of white space alone ends the paragraph.
  const first = /[ \t]/.test(after) ? index + 2 : index + 1
  return /^[\p{L}\p{N}'‘"“(£$€]/u.test(text.slice(first, first + 2))
}

/**
 * Splits `text` into sentences. A sentence ends at `.`, `!` or `?` (with closing
 * quotes or brackets after it) followed by white space and an upper-case letter,
 * digit or opening quote — unless the period ends a known abbreviation or an
 * initial ("William D. Schaefer"). Line breaks end a sentence: headlines,
 * datelines and paragraphs of plain text have no final period; but not a line
 * wrapped inside a paragraph (see `isWrap`).
 *
 * @example
 * splitSentences('Mr. Smith said so. He left.').length // => 2
 */
export function splitSentences(text: string): SentenceRange[] {
  const sentences: SentenceRange[] = []
  let start = 0
  const push = (end: number) => {
    let s = start
    let e = end
    while (s < e && /\s/.test(text[s] ?? '')) s++
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--
    if (e > s) sentences.push({ start: s, end: e })
  }
  const boundary = /[.!?]+["'”’)\]]*(?=\s+["'“‘(]?[A-Z0-9])|\n/g
  for (let match = boundary.exec(text); match !== null; match = boundary.exec(text)) {
    const end = match.index + match[0].length
    if (match[0] === '\n' && isWrap(text, match.index)) continue
    if (match[0] !== '\n' && match[0].startsWith('.') && match[0].length === 1) {
      // The word before the period: an abbreviation or an initial does not end it.
      let wordStart = match.index
      while (wordStart > 0 && /[A-Za-z.]/.test(text[wordStart - 1] ?? '')) wordStart--
      const word = text.slice(wordStart, match.index)
      const bare = word.replace(/\./g, '').toLowerCase()
      if (abbreviations.has(bare) || /^[A-Z]$/.test(word) || word.includes('.')) continue
    }
    push(end)
    start = end
  }
  push(text.length)
  return sentences
}
