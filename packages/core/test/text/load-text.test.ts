import fc from 'fast-check'
import type { Text } from 'hast'
import { describe, expect, it } from 'vitest'
import { createLineIndex } from '../../src/lib/text/line-index.js'
import { loadText } from '../../src/lib/text/load-text.js'
import { hastText } from './hast-text.js'

/** Text nodes of a document's hast, with their parents' tag names. */
function textNodes(source: string): Array<{ node: Text; parent: string }> {
  const { hast } = loadText(source)
  const out: Array<{ node: Text; parent: string }> = []
  for (const child of hast.children) {
    if (child.type === 'text') out.push({ node: child, parent: 'root' })
    if (child.type === 'element') {
      for (const inner of child.children) {
        if (inner.type === 'text') out.push({ node: inner, parent: child.tagName })
      }
    }
  }
  return out
}

describe('loadText', () => {
  it.each([
    ['empty', '', []],
    ['one line', 'Gulag', ['Gulag']],
    ['two paragraphs, LF', 'One.\n\nTwo.\n', ['One.', 'Two.']],
    ['two paragraphs, CRLF', 'One.\r\n\r\nTwo.', ['One.', 'Two.']],
    ['lone CR line endings', 'a\rb\r\rc', ['a\rb', 'c']],
    ['lines of one paragraph stay together', 'a\nb\nc', ['a\nb\nc']],
    ['whitespace-only line separates', 'a\n \t \nb', ['a', 'b']],
    ['NBSP-only line separates', 'a\n\u00a0\nb', ['a', 'b']],
    ['leading and trailing blank lines', '\n\n  a\n\n\n', ['  a']],
    ['only whitespace', ' \n\t\n', []],
    ['astral and combining characters', '😃 🇫🇷\n\n👨‍👩‍👧 e\u0301', ['😃 🇫🇷', '👨‍👩‍👧 e\u0301']],
  ] as const)('%s', (_name, source, paragraphs) => {
    const doc = loadText(source)
    expect(doc.format).toBe('text')
    expect(doc.text).toBe(source)
    expect(doc.source).toBe(source)
    expect(doc.blocks.map((block) => doc.text.slice(block.start, block.end))).toEqual(paragraphs)
    expect(doc.blocks.every((block) => block.type === 'paragraph')).toBe(true)
    expect(hastText(doc.hast)).toBe(source)
    const ps = doc.hast.children.filter((child) => child.type === 'element')
    expect(ps.map((p) => hastText(p))).toEqual(paragraphs)
  })

  it('keeps separators as text nodes between paragraphs', () => {
    expect(textNodes('\na\r\n\r\nb\n').map(({ node, parent }) => [parent, node.value])).toEqual([
      ['root', '\n'],
      ['p', 'a'],
      ['root', '\r\n\r\n'],
      ['p', 'b'],
      ['root', '\n'],
    ])
  })

  it('maps every offset to itself', () => {
    const doc = loadText('a\r\nb 😃')
    expect(doc.sourceMap.segments).toEqual([
      { readingStart: 0, readingEnd: 7, sourceStart: 0, sourceEnd: 7, verbatim: true },
    ])
    expect(doc.sourceMap.toSource(3)).toEqual({ offset: 3, line: 2, column: 1, exact: true })
    expect(doc.sourceMap.toReading(7)).toBe(7)
    expect(loadText('').sourceMap.toSource(0)).toBeUndefined()
  })

  it('handles a 1 MB single line', () => {
    const source = 'word '.repeat(200_000)
    const doc = loadText(source)
    expect(doc.text).toBe(source)
    expect(doc.blocks).toEqual([{ type: 'paragraph', start: 0, end: source.length }])
  })

  const tricky = fc
    .array(
      fc.constantFrom(
        'a',
        'b',
        ' ',
        '\t',
        '\n',
        '\r',
        '\r\n',
        '\u00a0',
        '😃',
        '🇫🇷',
        'e\u0301',
        '\ufeff',
      ),
      {
        maxLength: 40,
      },
    )
    .map((parts) => parts.join(''))

  it('property: text is the source, hast text is the source, positions point at the source', () => {
    fc.assert(
      fc.property(tricky, (source) => {
        const doc = loadText(source)
        expect(doc.text).toBe(source)
        expect(hastText(doc.hast)).toBe(source)
        const lines = createLineIndex(source)
        for (const { node } of textNodes(source)) {
          const start = node.position?.start
          const end = node.position?.end
          expect(source.slice(start?.offset, end?.offset)).toBe(node.value)
          for (const point of [start, end]) {
            const at = lines.toLineColumn(point?.offset ?? -1)
            expect(at).toEqual({ line: point?.line, column: point?.column })
          }
        }
        let previous = 0
        for (const block of doc.blocks) {
          expect(block.start).toBeGreaterThanOrEqual(previous)
          expect(block.end).toBeGreaterThan(block.start)
          const body = source.slice(block.start, block.end)
          expect(body).not.toMatch(/^\s*[\r\n]|[\r\n]\s*$/)
          previous = block.end
        }
      }),
    )
  })
})
