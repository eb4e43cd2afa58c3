import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  findQuotations,
  type QuotationRange,
  quotationEndingAt,
  quotationStartingAt,
} from '../src/lib/text/quotations.js'

// The rule of findQuotations, read character by character: the search that jumps
// from mark to mark (0.14.0) must give the same quotations.
function byCharacter(text: string): QuotationRange[] {
  const closers: Record<string, string> = { '"': '"', '“': '”', "'": "'", '‘': '’' }
  const found: QuotationRange[] = []
  let open: { start: number; close: string; inner?: boolean } | undefined
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string
    const before = index === 0 ? ' ' : (text[index - 1] as string)
    const after = text[index + 1] ?? ' '
    if (char === '\n' && after === '\n' && open !== undefined) {
      found.push({ start: open.start, end: index, closed: false })
      open = undefined
    } else if (open !== undefined && char === open.close) {
      if (/\S/.test(before) && /[\s.,;:!?)\]—-]/.test(after)) {
        found.push({ start: open.start, end: index + 1, closed: true })
        open = undefined
      }
    } else if (open !== undefined && open.close === "'" && char === '"') {
      // 0.32.0: a double mark closes a quotation opened with a single one, unless a
      // double mark opened inside it.
      if (open.inner === true) open.inner = false
      else if (/[\s([—-]/.test(before) && /\S/.test(after)) open.inner = true
      else if (/\S/.test(before) && /[\s.,;:!?)\]—-]/.test(after)) {
        found.push({ start: open.start, end: index + 1, closed: true })
        open = undefined
      }
    } else if (open === undefined && char in closers && /[\s([—-]/.test(before) && /\S/.test(after))
      open = { start: index, close: closers[char] as string }
  }
  if (open !== undefined) found.push({ start: open.start, end: text.length, closed: false })
  return found
}

describe('findQuotations', () => {
  it('finds a quotation, and one left open at a blank line', () => {
    expect(findQuotations(`'It is over,' he said.`)).toEqual([{ start: 0, end: 13, closed: true }])
    expect(findQuotations('He said: "We will go\n\nOn we went.')).toEqual([
      { start: 9, end: 20, closed: false },
    ])
  })

  it('closes a quotation opened with a single mark at a double closing mark (0.32.0)', () => {
    const text = `'Networks like these facilitate it," it said. "We are sure," it said.`
    expect(findQuotations(text)).toEqual([
      { start: 0, end: 36, closed: true },
      { start: 46, end: 60, closed: true },
    ])
    // A double quotation inside a single one is no slip.
    expect(findQuotations(`'He said "no" to us,' she said.`)).toEqual([
      { start: 0, end: 21, closed: true },
    ])
  })

  it('finds what a reading character by character finds, on random text', () => {
    const pieces = [
      '"',
      '“',
      '”',
      "'",
      '‘',
      '’',
      ' ',
      '\n',
      '\n\n',
      'a',
      'Stalin',
      ',',
      '.',
      '(',
      '—',
    ]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('')
        expect(findQuotations(text)).toEqual(byCharacter(text))
      }),
      { numRuns: 3000 },
    )
  })
})

describe('quotations by start and by end', () => {
  it('gives the first quotation of the list at a start or an end, as find would', () => {
    const text = `'It is over,' he said. "We go," she said, "and now."`
    const quotations = findQuotations(text)
    for (let at = 0; at <= text.length; at++) {
      expect(quotationStartingAt(quotations, at)).toBe(quotations.find((q) => q.start === at))
      expect(quotationEndingAt(quotations, at)).toBe(quotations.find((q) => q.end === at))
    }
    const twice: QuotationRange[] = [
      { start: 1, end: 5, closed: true },
      { start: 1, end: 9, closed: false },
    ]
    expect(quotationStartingAt(twice, 1)?.end).toBe(5)
    expect(quotationStartingAt(twice, undefined)).toBeUndefined()
  })
})
