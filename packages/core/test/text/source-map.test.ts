import { describe, expect, it } from 'vitest'
import { loadMarkdown } from '../../src/lib/text/load-markdown.js'
import { createSourceMap } from '../../src/lib/text/source-map.js'

/** Source position of the `n`-th occurrence of `needle` in the reading text. */
function sourceOf(source: string, needle: string, occurrence = 0) {
  const doc = loadMarkdown(source)
  let at = -1
  for (let k = 0; k <= occurrence; k++) at = doc.text.indexOf(needle, at + 1)
  expect(at).toBeGreaterThanOrEqual(0)
  return { doc, at, point: doc.sourceMap.toSource(at) }
}

describe('source map of Markdown', () => {
  it.each([
    // [name, source, reading needle, source offset of it]
    ['plain paragraph', 'Hello world', 'world', 6],
    ['heading text after `# `', '## Gulag', 'Gulag', 3],
    ['after a block-quote marker', '> a\n> b', 'b', 6],
    ['lazy and nested block quote', '> > a\n> > b', 'b', 10],
    ['list continuation indentation', '- y\n  z', 'z', 6],
    ['after an escape', 'a \\* b', '*', 3],
    ['after an entity', 'x &amp; y', 'y', 8],
    ['CRLF', 'a\r\nb', 'b', 3],
    ['second line after trailing spaces', 'a   \nb', 'b', 5],
    ['in a code block inside a block quote', '> ```\n> let x\n> ```', 'x', 12],
    ['in an indented code block', '    code', 'code', 4],
    ['in a code span', 'see `x = 1`', '=', 7],
    ['in a table cell', '| a | b |\n|---|---|\n| 1 | 2 |', '2', 26],
    ['astral text', '😃 🇫🇷 b', 'b', 8],
    ['footnote definition placed before its call', '[^n]: Note.\n\nCall[^n].', 'Note', 6],
  ] as const)('%s', (_name, source, needle, offset) => {
    const { doc, at, point } = sourceOf(source, needle)
    expect(point).toMatchObject({ offset, exact: true })
    expect(source.slice(offset, offset + needle.length)).toBe(needle)
    expect(doc.sourceMap.toReading(offset)).toBe(at)
  })

  it('marks a character reference as non-verbatim, exact only at its ends', () => {
    const source = 'a &#128515; b'
    const doc = loadMarkdown(source)
    expect(doc.text).toBe('a 😃 b')
    const segment = doc.sourceMap.segments.find((candidate) => !candidate.verbatim)
    expect(segment).toEqual({
      readingStart: 2,
      readingEnd: 4,
      sourceStart: 2,
      sourceEnd: 11,
      verbatim: false,
    })
    expect(doc.sourceMap.toSource(2)).toEqual({ offset: 2, line: 1, column: 3, exact: true })
    // Between the two halves of 😃: inside the rewritten text, so not exact.
    expect(doc.sourceMap.toSource(3)).toEqual({ offset: 2, line: 1, column: 3, exact: false })
    expect(doc.sourceMap.toSource(4, { bias: 'backward' })).toMatchObject({
      offset: 11,
      exact: true,
    })
    expect(doc.sourceMap.toReading(5)).toBe(2)
  })

  it('gives no reading offset for markup', () => {
    const source = '> **a** \\* &amp;'
    const doc = loadMarkdown(source)
    expect(doc.text).toBe('\na * &\n')
    expect(doc.sourceMap.toReading(0)).toBeUndefined() // `>`
    expect(doc.sourceMap.toReading(3)).toBeUndefined() // second `*` of `**`
    expect(doc.sourceMap.toReading(6)).toBeUndefined() // last `*` of the closing `**`
    // The end of a mapped run is a boundary: it maps, as the end of what precedes it.
    expect(doc.sourceMap.toReading(8)).toBe(3)
  })

  it('gives no source for inserted text', () => {
    const doc = loadMarkdown('> a\n\nb[^1]\n\n[^1]: c')
    // The `\n` to-hast puts before the quote's paragraph has no source.
    expect(doc.text.startsWith('\na\n')).toBe(true)
    expect(doc.sourceMap.toSource(0)).toBeUndefined()
    // Nor does the footnote section's label.
    const label = doc.text.indexOf('Footnotes')
    expect(doc.sourceMap.toSource(label + 3)).toBeUndefined()
  })

  it('maps a code-span line ending read as a space without guessing', () => {
    const source = '`a\r\nb`'
    const doc = loadMarkdown(source)
    expect(doc.text).toBe('a b')
    expect(doc.sourceMap.segments).toEqual([
      { readingStart: 0, readingEnd: 1, sourceStart: 1, sourceEnd: 2, verbatim: true },
      { readingStart: 1, readingEnd: 2, sourceStart: 2, sourceEnd: 4, verbatim: false },
      { readingStart: 2, readingEnd: 3, sourceStart: 4, sourceEnd: 5, verbatim: true },
    ])
  })

  it('marks a tab expanded in a code block as non-verbatim', () => {
    const source = '>\tcode\n>\tmore'
    const doc = loadMarkdown(source)
    // The tab after `>` counts as the marker's space plus indentation: the code line
    // reads with spaces the source does not have.
    const nonVerbatim = doc.sourceMap.segments.filter((segment) => !segment.verbatim)
    for (const segment of nonVerbatim) {
      expect(doc.text.slice(segment.readingStart, segment.readingEnd)).not.toBe(
        source.slice(segment.sourceStart, segment.sourceEnd),
      )
    }
    const at = doc.text.indexOf('more')
    expect(doc.sourceMap.toSource(at)?.line).toBe(2)
  })
})

describe('createSourceMap', () => {
  const map = createSourceMap('ab\ncd', [
    { readingStart: 0, readingEnd: 2, sourceStart: 0, sourceEnd: 2, verbatim: true },
    { readingStart: 3, readingEnd: 5, sourceStart: 3, sourceEnd: 5, verbatim: true },
  ])

  it.each([
    [0, 'forward', { offset: 0, line: 1, column: 1, exact: true }],
    [2, 'forward', { offset: 2, line: 1, column: 3, exact: true }],
    [2, 'backward', { offset: 2, line: 1, column: 3, exact: true }],
    [3, 'forward', { offset: 3, line: 2, column: 1, exact: true }],
    [3, 'backward', { offset: 3, line: 2, column: 1, exact: true }],
    [5, 'forward', { offset: 5, line: 2, column: 3, exact: true }],
    [6, 'forward', undefined],
    [-1, 'forward', undefined],
    [1.5, 'forward', undefined],
  ] as const)('toSource(%s, %s)', (offset, bias, expected) => {
    expect(map.toSource(offset, { bias })).toEqual(expected)
  })

  it('prefers the segment the bias asks for at a shared boundary', () => {
    const shared = createSourceMap('abXcd', [
      { readingStart: 0, readingEnd: 2, sourceStart: 0, sourceEnd: 2, verbatim: true },
      { readingStart: 2, readingEnd: 4, sourceStart: 3, sourceEnd: 5, verbatim: true },
    ])
    expect(shared.toSource(2)?.offset).toBe(3)
    expect(shared.toSource(2, { bias: 'backward' })?.offset).toBe(2)
    expect(shared.toReading(2)).toBe(2)
    expect(shared.toReading(3)).toBe(2)
    expect(shared.toReading(2.5)).toBeUndefined()
  })

  it.each([
    [
      'empty reading side',
      [{ readingStart: 1, readingEnd: 1, sourceStart: 0, sourceEnd: 1, verbatim: false }],
    ],
    [
      'verbatim sides of different lengths',
      [{ readingStart: 0, readingEnd: 2, sourceStart: 0, sourceEnd: 1, verbatim: true }],
    ],
    [
      'beyond the source',
      [{ readingStart: 0, readingEnd: 9, sourceStart: 0, sourceEnd: 9, verbatim: true }],
    ],
    [
      'out of reading order',
      [
        { readingStart: 2, readingEnd: 3, sourceStart: 0, sourceEnd: 1, verbatim: true },
        { readingStart: 0, readingEnd: 1, sourceStart: 2, sourceEnd: 3, verbatim: true },
      ],
    ],
    [
      'sharing source',
      [
        { readingStart: 0, readingEnd: 2, sourceStart: 0, sourceEnd: 2, verbatim: true },
        { readingStart: 2, readingEnd: 4, sourceStart: 1, sourceEnd: 3, verbatim: true },
      ],
    ],
  ] as const)('rejects segments: %s', (_name, segments) => {
    expect(() => createSourceMap('abcd', segments)).toThrow(RangeError)
  })

  it('does not let callers change its segments', () => {
    const input = [{ readingStart: 0, readingEnd: 1, sourceStart: 0, sourceEnd: 1, verbatim: true }]
    const built = createSourceMap('a', input)
    expect(Object.isFrozen(built.segments)).toBe(true)
    expect(built.segments[0]).not.toBe(input[0])
  })
})
