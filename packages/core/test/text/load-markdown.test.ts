import fc from 'fast-check'
import type { Element, Nodes } from 'hast'
import { describe, expect, it } from 'vitest'
import { loadMarkdown } from '../../src/lib/text/load-markdown.js'
import { hastText } from './hast-text.js'

function elements(node: Nodes): Element[] {
  if (node.type !== 'root' && node.type !== 'element') return []
  const own = node.type === 'element' ? [node] : []
  return [...own, ...node.children.flatMap((child) => elements(child))]
}

describe('loadMarkdown: reading text', () => {
  it.each([
    ['empty', '', ''],
    ['heading', '# Title', 'Title'],
    ['character references', 'a &amp; b &copy; &#128515; &bogus;', 'a & b © 😃 &bogus;'],
    ['backslash escapes', 'a \\* b \\\\ c', 'a * b \\ c'],
    ['block quote, separators inserted by to-hast', '> a\n> b', '\na\nb\n'],
    ['CRLF kept inside a paragraph', 'a\r\nb\r\n\r\nc', 'a\r\nb\nc'],
    ['hard break reads as a line break', 'a  \nb', 'a\nb'],
    ['trailing spaces before a soft break dropped', 'a \n   b', 'a\nb'],
    ['nested lists', '- a\n  - b\n\n1. c', '\na\n\nb\n\n\n\n\nc\n'],
    ['fenced code gets a final line break', '```js\ncode\n```', 'code\n'],
    ['code span line endings read as spaces', '`a\nb`', 'a b'],
    ['table', '| a |\n|---|\n| 1 |', '\n\n\na\n\n\n\n\n1\n\n\n'],
    ['footnote call and section', 'x[^n]\n\n[^n]: Note.', 'x1\nFootnotes\n\n\nNote. ↩\n\n\n'],
    ['raw HTML is not reading text', '<script>alert(1)</script>\n\nSafe <em>x</em>', 'Safe x'],
    [
      'astral, combining, NBSP kept',
      '😃 🇫🇷 👨‍👩‍👧 e\u0301 a\u00a0b',
      '😃 🇫🇷 👨‍👩‍👧 e\u0301 a\u00a0b',
    ],
    ['image alt is an attribute, not text', '![alt](x.png) [link](u)', ' link'],
    ['strikethrough and autolinks', '~~s~~ www.x.com', 's www.x.com'],
  ] as const)('%s', (_name, source, text) => {
    const doc = loadMarkdown(source)
    expect(doc.format).toBe('markdown')
    expect(doc.source).toBe(source)
    expect(doc.text).toBe(text)
    expect(hastText(doc.hast)).toBe(text)
  })

  it('renders no raw HTML elements (allowDangerousHtml is off)', () => {
    const doc = loadMarkdown('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)> *ok*')
    const tags = elements(doc.hast).map((element) => element.tagName)
    expect(tags).toEqual(['p', 'em'])
    expect(doc.text).not.toContain('alert')
  })

  it('keeps positions on text nodes', () => {
    const doc = loadMarkdown('# Title\n\nBody *text*.')
    const paragraph = doc.hast.children.find(
      (child) => child.type === 'element' && child.tagName === 'p',
    )
    expect(paragraph?.position?.start).toEqual({ line: 3, column: 1, offset: 9 })
  })
})

describe('loadMarkdown: blocks', () => {
  it('lists leaf-ish blocks in order', () => {
    const source = [
      '# One',
      '',
      'Para.',
      '',
      '- a',
      '  - b',
      '',
      '```',
      'code',
      '```',
      '',
      '***',
      '',
      '| h |',
      '|---|',
      '| c |',
      '',
      '> quoted',
      '',
      'x[^1]',
      '',
      '[^1]: note',
    ].join('\n')
    const doc = loadMarkdown(source)
    const described = doc.blocks.map((block) => [
      block.type,
      block.depth,
      doc.text.slice(block.start, block.end),
    ])
    expect(described).toEqual([
      ['heading', 1, 'One'],
      ['paragraph', undefined, 'Para.'],
      ['listItem', 1, 'a'],
      ['listItem', 2, 'b'],
      ['code', undefined, 'code\n'],
      ['thematicBreak', undefined, ''],
      ['table', undefined, '\n\n\nh\n\n\n\n\nc\n\n\n'],
      ['paragraph', undefined, 'quoted'],
      ['paragraph', undefined, 'x1'],
      ['footnotes', undefined, 'Footnotes\n\n\nnote ↩\n\n\n'],
    ])
  })
})

/** Markdown made of fragments chosen to exercise every rewrite the parser does. */
const markdown = fc
  .array(
    fc.constantFrom(
      '# ',
      '> ',
      '- ',
      '  ',
      '1. ',
      '```\n',
      '    ',
      '*',
      '_',
      '`',
      '``',
      '\\',
      '\\*',
      '&amp;',
      '&copy;',
      '&#128515;',
      '&bogus;',
      '[^1]',
      '\n[^1]: ',
      '|',
      '---',
      '\n|---|\n',
      'a',
      'b',
      'word',
      ' ',
      '\n',
      '\n\n',
      '\r\n',
      '\t',
      '\u00a0',
      '😃',
      '🇫🇷',
      'e\u0301',
      '<b>',
      '</b>',
      '~~',
      'www.x.com',
      '[l](u)',
      '  \n',
      '\\\n',
      '![i](s)',
      '- [ ] ',
      '>',
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''))

describe('loadMarkdown: properties', () => {
  it('hast text concatenation is the reading text', () => {
    fc.assert(
      fc.property(markdown, (source) => {
        const doc = loadMarkdown(source)
        expect(hastText(doc.hast)).toBe(doc.text)
      }),
      { numRuns: 300 },
    )
  })

  it('every verbatim segment reads the same in text and source', () => {
    fc.assert(
      fc.property(markdown, (source) => {
        const doc = loadMarkdown(source)
        for (const segment of doc.sourceMap.segments) {
          const reading = doc.text.slice(segment.readingStart, segment.readingEnd)
          if (segment.verbatim) {
            expect(reading).toBe(source.slice(segment.sourceStart, segment.sourceEnd))
          }
          expect(segment.readingEnd).toBeLessThanOrEqual(doc.text.length)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('exact points map back: toReading(toSource(x).offset) === x, for both biases', () => {
    fc.assert(
      fc.property(markdown, (source) => {
        const { text, sourceMap } = loadMarkdown(source)
        for (const bias of ['forward', 'backward'] as const) {
          for (let x = 0; x <= text.length; x++) {
            const point = sourceMap.toSource(x, { bias })
            if (point?.exact) expect(sourceMap.toReading(point.offset, { bias })).toBe(x)
          }
        }
      }),
      { numRuns: 300 },
    )
  })

  it('blocks are in order, do not overlap and lie inside the text', () => {
    fc.assert(
      fc.property(markdown, (source) => {
        const { text, blocks } = loadMarkdown(source)
        let previous = 0
        for (const block of blocks) {
          expect(block.start).toBeGreaterThanOrEqual(previous)
          expect(block.end).toBeGreaterThanOrEqual(block.start)
          expect(block.end).toBeLessThanOrEqual(text.length)
          previous = block.end
        }
      }),
      { numRuns: 300 },
    )
  })
})
