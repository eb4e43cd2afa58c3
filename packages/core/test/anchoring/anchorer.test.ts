import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createAnchorer, survivingText } from '../../src/lib/anchoring/anchorer.js'
import { describeSpan } from '../../src/lib/anchoring/selector.js'
import { EditMap } from '../../src/lib/mapping/edit-map.js'

const article =
  'MOSCOW (Reuter) - More than 2,000 foreigners were imprisoned in the Gulag, a general said. ' +
  'They included 501 Bulgarians and tens of thousands of Poles, apparently. ' +
  'The fate of many was unclear.'

function span(text: string, quote: string) {
  const start = text.indexOf(quote)
  return describeSpan(text, { start, end: start + quote.length })
}

describe('describeSpan', () => {
  it.each([
    [-1, 2],
    [3, 2],
    [0, 999],
    [0.5, 2],
  ])('rejects [%d, %d)', (start, end) => {
    expect(() => describeSpan(article, { start, end })).toThrow(RangeError)
  })

  it('rejects ranges that split a surrogate pair, and never splits one in context', () => {
    expect(() => describeSpan('a😃b', { start: 2, end: 3 })).toThrow(RangeError)
    const text = `${'😃'.repeat(20)}x${'😃'.repeat(20)}`
    const selector = describeSpan(text, { start: 40, end: 41 }, { contextLength: 3 })
    expect(selector.prefix).toBe('😃😃')
    expect(selector.suffix).toBe('😃😃')
  })

  it('grows context until the quote with context is unique', () => {
    const text = `${'the same words here. '.repeat(4)}end`
    const selector = describeSpan(text, { start: 21, end: 25 })
    expect(selector.suffix.length).toBeGreaterThan(32)
  })
})

describe('createAnchorer', () => {
  it.each([
    ['unchanged', article, '501 Bulgarians', 'exact', 'position'],
    ['shifted by an insertion', `Updated. ${article}`, '501 Bulgarians', 'fuzzy', 'exact-search'],
    [
      'typo fixed inside',
      article.replace('Bulgarians', 'Bulgarans'),
      '501 Bulgarians',
      'fuzzy',
      'fuzzy-search',
    ],
    [
      'deleted sentence',
      article.replace(
        'They included 501 Bulgarians and tens of thousands of Poles, apparently. ',
        '',
      ),
      '501 Bulgarians',
      'orphan',
      'none',
    ],
  ] as const)('quote only: %s', (_name, newText, quote, status, via) => {
    const result = createAnchorer(newText).resolve(span(article, quote))
    expect(result.status).toBe(status)
    expect(result.via).toBe(via)
    if (result.start !== undefined)
      expect(newText.slice(result.start, result.end).replace('Bulgarans', 'Bulgarians')).toBe(quote)
  })

  it('with the previous text, maps a span with a sentence inserted inside it', () => {
    const quote = 'They included 501 Bulgarians and tens of thousands of Poles'
    const newText = article.replace('501 Bulgarians and', '501 Bulgarians (the agency said) and')
    const result = createAnchorer(newText, { previousText: article }).resolve(span(article, quote))
    expect(result.status).toBe('mapped')
    expect(newText.slice(result.start, result.end)).toBe(
      'They included 501 Bulgarians (the agency said) and tens of thousands of Poles',
    )
  })

  it('never attaches a span whose passage is gone to the same words elsewhere', () => {
    const old = `${article} Officials said 501 Bulgarians were later freed in a quiet exchange.`
    const newText = old.replace(
      'They included 501 Bulgarians and tens of thousands of Poles, apparently. ',
      '',
    )
    const selector = span(old, '501 Bulgarians')
    expect(createAnchorer(newText).resolve(selector).status).not.toMatch(/exact|mapped|fuzzy/)
    expect(createAnchorer(newText, { previousText: old }).resolve(selector).status).toBe('orphan')
  })

  it('never takes the same words in a new sentence of a rewritten paragraph for the span', () => {
    const old =
      'The minister said on Monday that the figures were unclear. Other officials disagreed ' +
      'strongly with the minister about the count. The list of 501 Bulgarians was published later.'
    const edited =
      'Other officials disagreed strongly with the minister about the count. The list of 501 ' +
      'Bulgarians was published later. In 1993 the figures were unclear too.'
    const gone = span(old, 'the figures were unclear')
    for (const options of [{}, { previousText: old }]) {
      const result = createAnchorer(edited, options).resolve(gone)
      expect(result.status).toBe('orphan')
      expect(result.selector).toEqual(gone)
    }
    // The paragraph's surviving sentences are still carried through the diff.
    const kept = createAnchorer(edited, { previousText: old }).resolve(span(old, '501 Bulgarians'))
    expect(kept).toMatchObject({ status: 'mapped', start: edited.indexOf('501 Bulgarians') })
  })

  it('ends a fuzzy match at a word boundary when the quote did', () => {
    const old =
      'The minister said on Monday that the figures were unclear. Other officials disagreed.'
    const edited =
      'The minister said on Monday that the figures were uncertain. Other officials disagreed. ' +
      'Critics said the figures were unclear.'
    const result = createAnchorer(edited).resolve(span(old, 'the figures were unclear'))
    expect(result.status).toBe('fuzzy')
    expect(edited.slice(result.start, result.end)).toBe('the figures were uncertain')
  })

  it('describes spans at the edges of a long text as describeSpan does (scanned, then indexed)', () => {
    // Needles cut short by an edge of the text are too short for the sampled
    // index: the first few are counted by scanning, later ones through the full
    // index. Both must agree with describeSpan's plain scan.
    const words = ['the', 'war', 'camp', 'of', 'a', 'said', 'two']
    const text = Array.from(
      { length: 400 },
      (_, i) => words[(i * 7 + (i >> 3)) % words.length],
    ).join(' ')
    const anchorer = createAnchorer(text)
    const ranges = []
    for (let start = 0; start < 12; start++) ranges.push({ start, end: start + 3 })
    for (let end = text.length; end > text.length - 12; end--) ranges.push({ start: end - 2, end })
    for (const range of ranges) expect(anchorer.describe(range)).toEqual(describeSpan(text, range))
  })

  it('describe → resolve is identity on random texts with astral characters', () => {
    const unit = fc.constantFrom('a', 'b', ' ', '\n', '😃', '🇫🇷', 'e\u0301', 'ß', '.')
    fc.assert(
      fc.property(
        fc.array(unit, { minLength: 1, maxLength: 80 }),
        fc.nat(),
        fc.nat(),
        (units, x, y) => {
          const text = units.join('')
          const offsets = [0]
          for (const piece of units)
            offsets.push((offsets[offsets.length - 1] as number) + piece.length)
          const a = offsets[x % offsets.length] as number
          const b = offsets[y % offsets.length] as number
          const range = { start: Math.min(a, b), end: Math.max(a, b) }
          const selector = describeSpan(text, range)
          const result = createAnchorer(text).resolve(selector)
          expect(result.status).toBe('exact')
          expect([result.start, result.end]).toEqual([range.start, range.end])
          expect(result.selector).toEqual(selector)
        },
      ),
    )
  })

  it('with the previous text, maps a short span whose neighbouring words were both edited', () => {
    // Found by the property test below: the two edits and the span between them were
    // one replacement of the diff, so the span was searched for and, with both
    // context sides edited, reported orphan.
    const newText =
      'MOSCOW new - More than foreigners were imprisoned in the Gulag, a general said. ' +
      'They included 501 Bulgarians and tens of thousands of Poles, apparently. ' +
      'The fate of many was unclear.'
    const result = createAnchorer(newText, { previousText: article }).resolve(
      span(article, '- More'),
    )
    expect(result.status).toBe('mapped')
    expect(newText.slice(result.start, result.end)).toBe('- More')
  })

  it('with the previous text, random edits outside spans move each span exactly where they put it', () => {
    const words = article.split(' ')
    fc.assert(
      fc.property(
        fc.nat(words.length - 3),
        fc.array(
          fc.record({
            at: fc.nat(words.length),
            insert: fc.constantFrom('new ', 'very ', '😃 ', ''),
            remove: fc.boolean(),
          }),
          { maxLength: 6 },
        ),
        (first, edits) => {
          const spanWords = [first, first + 1]
          const edited: string[] = []
          const keep: boolean[] = []
          words.forEach((word, index) => {
            const edit = edits.find(
              (e) => e.at === index && !spanWords.includes(index) && !spanWords.includes(index - 1),
            )
            if (edit) edited.push(...(edit.insert ? [edit.insert.trim()] : []))
            keep.push(!(edit?.remove && !spanWords.includes(index)))
            if (keep[index]) edited.push(word)
          })
          const newText = edited.filter((w) => w !== '').join(' ')
          const quote = `${words[first]} ${words[first + 1]}`
          const oldStart = words.slice(0, first).join(' ').length + (first > 0 ? 1 : 0)
          const selector = describeSpan(article, { start: oldStart, end: oldStart + quote.length })
          const result = createAnchorer(newText, { previousText: article }).resolve(selector)
          // Usually `mapped`; where the diff's semantic clean-up merged nearby edits into
          // one replacement, the search must still land exactly.
          expect(['exact', 'mapped', 'fuzzy']).toContain(result.status)
          expect(newText.slice(result.start, result.end)).toBe(quote)
        },
      ),
      { numRuns: 200 },
    )
  })
})

// Spans edited at or inside their edges, from the Brown benchmark's report. The
// rule, the same as the benchmark's ground truth: a span survives when at least
// half of its old characters are still there as real text (whole words, or runs of
// four or more characters — not letters two different words happen to share); it
// is then mapped to what remains, edges on word boundaries, without the space a
// deleted word leaves. Less than half: orphan, never a fragment.
describe('createAnchorer with the previous text: edits at a span’s edges', () => {
  it.each([
    {
      name: 'last word replaced, 3 of 8 characters left ("t" shared by chance)',
      old: 'We must keep a Christian in right relation to both.',
      edited: 'We must keep a Christian in to relation to both.',
      quote: 'in right',
      status: 'orphan',
      found: undefined,
    },
    {
      name: 'last word deleted, 8 of 14 characters left',
      old: 'He was kept from writing more long letters, or from coming to spend his vacation.',
      edited: 'He was kept from writing more long letters, or from to spend his vacation.',
      quote: 'or from coming',
      status: 'mapped',
      found: 'or from',
    },
    {
      name: 'last word deleted, 3 of 6 characters left (on the line: survives)',
      old: 'Of the women and 25 per cent of the men in the graduating class, most stayed.',
      edited: 'Of the women and 25 per cent of the men in graduating class, most stayed.',
      quote: 'in the',
      status: 'mapped',
      found: 'in',
    },
    {
      name: 'first word replaced by a word sharing a letter',
      old: 'They want it, and they supply the labor. We send shovels and cement.',
      edited: 'They want it, and they is the labor. We send shovels and cement.',
      quote: 'supply the labor',
      status: 'mapped',
      found: 'is the labor',
    },
    {
      name: 'a letter corrected in the last word',
      old: 'They included 501 Bulgarians and tens of thousands of Poles.',
      edited: 'They included 501 Bulgarans and tens of thousands of Poles.',
      quote: '501 Bulgarians',
      status: 'mapped',
      found: '501 Bulgarans',
    },
  ])('$name', ({ old, edited, quote, status, found }) => {
    const result = createAnchorer(edited, { previousText: old }).resolve(span(old, quote))
    expect(result.status).toBe(status)
    if (found === undefined) expect(result.start).toBeUndefined()
    else expect(edited.slice(result.start, result.end)).toBe(found)
  })

  it('never takes the next, similar word for a deleted one-word span (either mode)', () => {
    const old =
      "There was some reluctance on the patient's part to show how large a role it played in his life."
    const edited = old.replace('show ', '')
    for (const options of [{}, { previousText: old }]) {
      expect(createAnchorer(edited, options).resolve(span(old, 'show')).status).toBe('orphan')
    }
  })

  it('counts a word’s surviving letters only when they are at least half of it', () => {
    // A character diff that kept the "t" of "right" → "to": "righ" deleted, "o" inserted.
    const keptT = new EditMap([3, 4, 0, 8, 0, 1])
    expect(survivingText(keptT, 'in right', 0, 8)).toBe(3)
    // "right" → "light" and "asked" → "asced": a corrected letter keeps the word.
    expect(survivingText(new EditMap([3, 1, 1]), 'in right', 0, 8)).toBe(7)
    expect(survivingText(new EditMap([2, 1, 1]), 'asked', 0, 5)).toBe(4)
    // A one-letter word and the spaces between two replaced words survive.
    const both = new EditMap([0, 3, 3, 6, 3, 4])
    expect(survivingText(both, 'cat a dog', 0, 9)).toBe(3)
    // Only the part of a word inside the span is weighed.
    expect(survivingText(new EditMap([0, 2, 0]), 'reading', 2, 7)).toBe(5)
  })
})
