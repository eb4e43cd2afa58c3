/**
 * Quotations: the spans of text inside quotation marks.
 */

/**
 * A quotation: `[start, end)` including its quotation marks.
 *
 * @example
 * const quotation: QuotationRange = { start: 0, end: 14, closed: true }
 */
export interface QuotationRange {
  /** Offset of the opening mark. */
  readonly start: number
  /** Offset after the closing mark (or the end of the paragraph when unclosed). */
  readonly end: number
  /** False when the paragraph ends before the quotation closes (news style for quotes that run on). */
  readonly closed: boolean
}

const openers = new Set(['"', '“', "'", '‘'])
const closerOf: Readonly<Record<string, string>> = { '"': '"', '“': '”', "'": "'", '‘': '’' }

/**
 * Finds quotations in `text`. A mark opens a quotation when it follows white space,
 * an opening bracket or the start of a line and is followed by a non-space; the
 * matching mark closes it when it follows a non-space and is followed by white space,
 * punctuation or the end. Apostrophes inside words ("Stalin's") do neither. A
 * quotation still open at a blank line ends there.
 *
 * @example
 * findQuotations(`'It is over,' he said.`) // => [{ start: 0, end: 13, closed: true }]
 */
export function findQuotations(text: string): QuotationRange[] {
  const found: QuotationRange[] = []
  let open: { start: number; close: string; innerDouble?: boolean } | undefined
  // Only quotation marks and line breaks matter: the search jumps from one to the next.
  const marks = /["“”'‘’\n]/g
  for (let mark = marks.exec(text); mark !== null; mark = marks.exec(text)) {
    const index = mark.index
    const char = mark[0]
    if (char === '\n' && text[index + 1] === '\n' && open !== undefined) {
      found.push({ start: open.start, end: index, closed: false })
      open = undefined
      continue
    }
    const before = index === 0 ? ' ' : (text[index - 1] ?? ' ')
    const after = text[index + 1] ?? ' '
    if (open !== undefined && char === open.close) {
      if (/\S/.test(before) && /[\s.,;:!?)\]—-]/.test(after)) {
        found.push({ start: open.start, end: index + 1, closed: true })
        open = undefined
      }
      continue
    }
    // A quotation opened with a single mark and closed with a double one, a slip of
    // the keyboard ("'Networks like these … revenue," it said'): the double mark
    // closes it unless a double mark opened inside it ('He said "no" then').
    if (open !== undefined && open.close === "'" && char === '"') {
      if (open.innerDouble) open.innerDouble = false
      else if (/[\s([—-]/.test(before) && /\S/.test(after)) open.innerDouble = true
      else if (/\S/.test(before) && /[\s.,;:!?)\]—-]/.test(after)) {
        found.push({ start: open.start, end: index + 1, closed: true })
        open = undefined
      }
      continue
    }
    if (open === undefined && openers.has(char) && /[\s([—-]/.test(before) && /\S/.test(after)) {
      open = { start: index, close: closerOf[char] ?? char }
    }
  }
  if (open !== undefined) found.push({ start: open.start, end: text.length, closed: false })
  return found
}

// Quotations by their start and by their end, per list (lists are not changed
// after they are made): looked up for many cues of a long text.
const byStart = new WeakMap<readonly QuotationRange[], Map<number, QuotationRange>>()
const byEnd = new WeakMap<readonly QuotationRange[], Map<number, QuotationRange>>()

function indexOf(
  cache: WeakMap<readonly QuotationRange[], Map<number, QuotationRange>>,
  quotations: readonly QuotationRange[],
  key: (quotation: QuotationRange) => number,
): Map<number, QuotationRange> {
  let index = cache.get(quotations)
  if (index === undefined) {
    index = new Map()
    for (const quotation of quotations)
      if (!index.has(key(quotation))) index.set(key(quotation), quotation)
    cache.set(quotations, index)
  }
  return index
}

/**
 * The first quotation of the list that starts at `start` (as `find` would give
 * it), by a map made once per list.
 *
 * @example
 * quotationStartingAt([{ start: 4, end: 9, closed: true }], 4)?.end // => 9
 */
export function quotationStartingAt(
  quotations: readonly QuotationRange[],
  start: number | undefined,
): QuotationRange | undefined {
  return start === undefined
    ? undefined
    : indexOf(byStart, quotations, (quotation) => quotation.start).get(start)
}

/**
 * The first quotation of the list that ends at `end`, by a map made once per list.
 *
 * @example
 * quotationEndingAt([{ start: 4, end: 9, closed: true }], 9)?.start // => 4
 */
export function quotationEndingAt(
  quotations: readonly QuotationRange[],
  end: number,
): QuotationRange | undefined {
  return indexOf(byEnd, quotations, (quotation) => quotation.end).get(end)
}
