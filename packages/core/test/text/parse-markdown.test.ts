/**
 * GFM only where it can matter: parsing without remark-gfm must give exactly the tree
 * (positions included) that parsing with it gives, whenever `needsGfm` says no.
 */
import fc from 'fast-check'
import type { Nodes } from 'hast'
import type { Root as MdastRoot } from 'mdast'
import { toHast } from 'mdast-util-to-hast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { brownText } from '../../../../test-support/brown.mjs'
import { loadMarkdown } from '../../src/lib/text/load-markdown.js'
import {
  decodeReference,
  needsGfm,
  parseMarkdown,
  parseMarkdownWithGfm,
} from '../../src/lib/text/parse-markdown.js'
import { parseWithPlainParagraphs } from '../../src/lib/text/plain-paragraphs.js'
import { hastText } from './hast-text.js'

/**
 * The first difference between two JSON-like trees, as a path, or `undefined`. Walks
 * with an explicit stack: a 6 MB document's tree is too deep and too big for
 * `toEqual` to report usefully.
 */
function difference(a: unknown, b: unknown): string | undefined {
  const stack: Array<[unknown, unknown, string]> = [[a, b, '$']]
  while (stack.length > 0) {
    const [x, y, path] = stack.pop() as [unknown, unknown, string]
    if (x === y) continue
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) {
      return `${path}: ${JSON.stringify(x)} ≠ ${JSON.stringify(y)}`
    }
    if (Array.isArray(x) !== Array.isArray(y)) return `${path}: array ≠ object`
    const keysX = Object.keys(x).filter((key) => (x as Record<string, unknown>)[key] !== undefined)
    const keysY = Object.keys(y).filter((key) => (y as Record<string, unknown>)[key] !== undefined)
    if (keysX.length !== keysY.length || keysX.some((key) => !keysY.includes(key))) {
      return `${path}: keys ${keysX.join(',')} ≠ ${keysY.join(',')}`
    }
    for (const key of keysX) {
      stack.push([
        (x as Record<string, unknown>)[key],
        (y as Record<string, unknown>)[key],
        `${path}.${key}`,
      ])
    }
  }
  return undefined
}

/**
 * Pieces of Markdown: the constructs CommonMark knows, GFM's triggers, and near misses
 * (`www` without a dot, `-:` inside a line, `[ word ]`, references that decode to
 * trigger characters), so random sources land on both sides of `needsGfm`.
 */
const pieces = [
  'a',
  'b',
  'word',
  'w',
  'ww',
  'www',
  'h',
  'http',
  'https',
  'x',
  'X',
  ' ',
  '  ',
  '    ',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  '*',
  '**',
  '_',
  '`',
  '```',
  '~~~',
  '# ',
  '> ',
  '- ',
  '+ ',
  '1. ',
  '2) ',
  '---',
  '===',
  '-',
  ':',
  ':-',
  '-:',
  ':-:',
  ' :- ',
  '/',
  '//',
  '.',
  '[',
  ']',
  '[ ]',
  '[x]',
  '[ a ]',
  '[a]: /u',
  '^',
  '(',
  ')',
  '![',
  '<',
  '<a href="u">',
  '</a>',
  '<div>',
  '\\',
  '\\.',
  '\\|',
  '&amp;',
  '&#46;',
  '&#58;',
  '&#47;',
  '&#119;',
  '&commat;',
  '&#64;',
  '&#124;',
  '&#126;',
  '&period;',
  '|',
  '~',
  '~~',
  '@',
  'mailto:',
  'xmpp:',
  '.org',
]

const markdown = fc
  .array(fc.constantFrom(...pieces), { maxLength: 40 })
  .map((parts) => parts.join(''))

describe('needsGfm', () => {
  it.each([
    ['a table', '| a | b |\n| - | - |\n| 1 | 2 |'],
    ['a table without pipes, left-aligned', 'a\n:-'],
    ['a table without pipes, right-aligned', 'a\n-:'],
    ['a table without pipes in a block quote', '> a\n> :-:'],
    ['strikethrough', 'a ~~b~~ c'],
    ['a footnote call', 'a[^1]'],
    ['a footnote definition', '[^1]: note'],
    ['an unchecked task', '- [ ] task'],
    ['a checked task', '- [x] task'],
    ['a task with a tab', '- [\t] task'],
    ['a www link', 'see www.example.org'],
    ['a www link in capitals', 'see WWW.EXAMPLE.ORG'],
    ['an http link', 'see http://example.org'],
    ['an https link in capitals', 'see HTTPS://example.org'],
    ['an e-mail address', 'write to a@example.org'],
    ['a mailto address', 'mailto:a@example.org'],
    ['a www link with its dot as a reference', 'see www&#46;example.org'],
    ['a www link with its dot escaped', 'see www\\.example.org'],
    ['an e-mail address with its @ as a reference', 'a&#64;example.org'],
    ['an e-mail address with a named @', 'a&commat;example.org'],
    ['an http link with a referenced colon', 'http&colon;//example.org'],
  ])('says yes to %s', (_name, source) => {
    expect(needsGfm(source)).toBe(true)
  })

  it.each([
    ['prose', 'Some *emphasis*, a [link](u) & more -- dashes: a list:- b.'],
    ['a bracketed word (not a checkbox)', 'I understand [ Hearst ] is a candidate'],
    ['a colon-dash inside a line', 'the score was 3 -: 2'],
    ['a thematic break and setext heading', 'a\n---\n\n***'],
    ['www without a dot', 'www and http: and https:/'],
    ['a reference to something harmless', 'AT&amp;T &copy; 1961'],
  ])('says no to %s', (_name, source) => {
    expect(needsGfm(source)).toBe(false)
  })

  it('is right to say no: without a trigger the GFM and CommonMark trees are the same', () => {
    let skipped = 0
    fc.assert(
      fc.property(markdown, (source) => {
        if (needsGfm(source)) return
        skipped++
        const plain = parseMarkdown(source)
        const full = parseMarkdownWithGfm(source)
        expect(difference(plain, full)).toBeUndefined()
        const plainHast = toHast(plain, { allowDangerousHtml: false }) as Nodes
        const fullHast = toHast(full, { allowDangerousHtml: false }) as Nodes
        expect(difference(plainHast, fullHast)).toBeUndefined()
        expect(loadMarkdown(source).text).toBe(hastText(fullHast))
      }),
      { numRuns: 3000 },
    )
    // The generator reaches both sides.
    expect(skipped).toBeGreaterThan(300)
  })

  it('gives the GFM tree, positions included, on any source (triggers or not)', () => {
    let withTrigger = 0
    const withLinks = fc
      .array(
        fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(...pieces) },
          {
            weight: 1,
            arbitrary: fc.constantFrom(
              '[l](https://a.org)',
              '[l](http://a.org/x)',
              '<https://a.org>',
              'https://a.org',
              'www.a.org',
              'x@a.org',
              '[l]: https://a.org',
            ),
          },
        ),
        { maxLength: 40 },
      )
      .map((parts) => parts.join(''))
    fc.assert(
      fc.property(withLinks, (source) => {
        if (needsGfm(source)) withTrigger++
        // Under the "development" export condition (as the tests run) micromark's
        // utilities assert their invariants, and mdast-util-gfm-task-list-item's
        // fails on a task item after a lone carriage return ("-\r[ ]\ta"); the
        // published code has no such check and parses it. Both parsers must then
        // fail alike.
        let expected: ReturnType<typeof parseMarkdownWithGfm>
        try {
          expected = parseMarkdownWithGfm(source)
        } catch (error) {
          expect(() => parseMarkdown(source)).toThrow(String((error as Error).message))
          return
        }
        expect(difference(parseMarkdown(source), expected)).toBeUndefined()
      }),
      { numRuns: 3000 },
    )
    expect(withTrigger).toBeGreaterThan(1000)
  })

  it('fails as the GFM parser does on a task item after a lone carriage return', () => {
    const source = '-\r[ ]\ta'
    let message: string | undefined
    try {
      parseMarkdownWithGfm(source)
    } catch (error) {
      message = (error as Error).message
    }
    if (message === undefined)
      expect(difference(parseMarkdown(source), parseMarkdownWithGfm(source))).toBeUndefined()
    else expect(() => parseMarkdown(source)).toThrow(message)
  })

  it('gives the GFM tree when only literal autolinks could make it differ (parsed as CommonMark first)', () => {
    // No table, strikethrough, footnote or task trigger: only links, URLs, e-mail
    // addresses and their near misses, among prose and inline syntax.
    const parts = [
      'a',
      'word',
      ' ',
      '\n',
      '\n\n',
      '*',
      '_',
      '`',
      '[',
      ']',
      '(',
      ')',
      '<',
      '>',
      '\\',
      '> ',
      '- ',
      '# ',
      '    ',
      '&#46;',
      '&#64;',
      'www',
      '.',
      'http',
      ':',
      '//',
      '@',
      '.org',
      '[l](https://a.org)',
      '[l](http://a.org/x "t")',
      '[l]: https://a.org',
      '<https://a.org>',
      'https://a.org',
      'www.a.org',
      'x@a.org',
      '![i](https://a.org/i.png)',
    ]
    const source = fc
      .array(fc.constantFrom(...parts), { maxLength: 30 })
      .map((pieces) => pieces.join(''))
    // Both sides are reached: a trigger left in a text node (the GFM parse), and
    // triggers only where GFM cannot see them (link destinations, code, definitions).
    let inText = 0
    let elsewhere = 0
    const texts = (node: unknown): string[] => {
      const value = node as { type?: string; value?: string; children?: unknown[] }
      if (value.type === 'text') return [value.value ?? '']
      return (value.children ?? []).flatMap(texts)
    }
    fc.assert(
      fc.property(source, (markdown) => {
        const tree = parseMarkdown(markdown)
        const reference = parseMarkdownWithGfm(markdown)
        expect(difference(tree, reference)).toBeUndefined()
        if (!needsGfm(markdown)) return
        if (texts(reference).some((value) => /@|www\.|https?:\/\//i.test(value))) inText++
        else elsewhere++
      }),
      { numRuns: 3000 },
    )
    expect(inText).toBeGreaterThan(300)
    expect(elsewhere).toBeGreaterThan(300)
  })

  it('turns literal URLs into links, and leaves a link destination alone', () => {
    const links = (source: string) =>
      JSON.stringify(parseMarkdown(source)).match(/"type":"link"/g)?.length ?? 0
    expect(links('see https://example.org or www.example.org, or write to a@example.org')).toBe(3)
    // Found by the transform, not the tokenizer: the dot and the @ are references.
    expect(links('see www&#46;example.org, or write to a&#64;example.org')).toBe(2)
    expect(links('a [link](https://example.org) and *emphasis*')).toBe(1)
    expect(
      difference(
        parseMarkdown('a [link](https://example.org)'),
        parseMarkdownWithGfm('a [link](https://example.org)'),
      ),
    ).toBeUndefined()
  })

  it('uses GFM when there is a trigger', () => {
    const source = 'a ~~b~~ c'
    expect(difference(parseMarkdown(source), parseMarkdownWithGfm(source))).toBeUndefined()
    expect(JSON.stringify(parseMarkdown(source))).toContain('"delete"')
  })
})

describe('decodeReference', () => {
  it('decodes as the parser does', () => {
    expect(decodeReference('&amp;')).toBe('&')
    expect(decodeReference('&#64;')).toBe('@')
    expect(decodeReference('&nosuch;')).toBe('&nosuch;')
  })
})

describe('the Brown corpus', () => {
  const brown = brownText()

  it('needs no GFM, and parses to the same tree without it', () => {
    expect(needsGfm(brown)).toBe(false)
    expect(difference(parseMarkdown(brown), parseMarkdownWithGfm(brown))).toBeUndefined()
  })
})

describe('plain paragraphs without the parser', () => {
  const commonmark = unified().use(remarkParse)
  const gfm = unified().use(remarkParse).use(remarkGfm)
  const parsers: ReadonlyArray<readonly [string, (source: string) => MdastRoot]> = [
    ['CommonMark', (source) => commonmark.parse(source)],
    ['CommonMark with GFM', (source) => gfm.parse(source)],
  ]

  /**
   * Markdown of blocks: lines of plain prose (often), lines with one piece of syntax
   * or a near miss, and blank lines, so that runs of plain blocks sit next to every
   * kind of block, and inside constructs that span blank lines.
   */
  const prose = [
    'Plain words',
    'The 1961 session, (with commas); and "quotes"!',
    '1961 began',
    '12 men',
    'Caf\u00e9 \u00a0spaces\u00a0',
    'a > b = c + d - e: f',
    'x.',
    '\u00a0lead',
    'www and http: here',
  ]
  const line = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...prose) },
    {
      weight: 2,
      arbitrary: fc
        .array(fc.constantFrom(...pieces, ...prose), { minLength: 1, maxLength: 4 })
        .map((parts) => parts.join('')),
    },
    { weight: 2, arbitrary: fc.constantFrom('', ' ', '\t', ' \t ') },
  )
  const ending = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r')
  const document = fc
    .array(fc.tuple(line, ending), { maxLength: 24 })
    .chain((lines) =>
      fc
        .boolean()
        .map((finalEnding) =>
          lines
            .map(([text, end], index) =>
              index === lines.length - 1 && !finalEnding ? text : text + end,
            )
            .join(''),
        ),
    )

  it.each(parsers)('give the tree the parser gives (%s), positions included', (_name, parse) => {
    let shortcuts = 0
    fc.assert(
      fc.property(document, (source) => {
        // A source the parser itself rejects says nothing of the shortcut: the
        // development build of mdast-util-gfm-task-list-item (which the tests load)
        // asserts on a task-list marker after an empty list item ("*\n[ ]\nwords"),
        // a random source fast-check found once in a few thousand runs.
        let whole: MdastRoot
        try {
          whole = parse(source)
        } catch {
          return
        }
        const fast = parseWithPlainParagraphs(source, parse, 0)
        if (fast === undefined) return
        shortcuts++
        expect(difference(fast, whole)).toBeUndefined()
      }),
      { numRuns: 3000 },
    )
    // The generator reaches the shortcut often.
    expect(shortcuts).toBeGreaterThan(1000)
  })

  it('keeps paragraphs, their text and positions, between other blocks', () => {
    const source =
      '# Title\n\nFirst plain\nparagraph.\n\n  \nSecond one.\n\n- a list\n\nLast words.'
    const parse = (markdown: string) => commonmark.parse(markdown)
    const fast = parseWithPlainParagraphs(source, parse, 0)
    expect(fast).toBeDefined()
    expect(difference(fast, parse(source))).toBeUndefined()
    expect(fast?.children.map((child) => child.type)).toEqual([
      'heading',
      'paragraph',
      'paragraph',
      'list',
      'paragraph',
    ])
  })

  it('gives up where a construct spans blank lines (a fenced code block)', () => {
    const source = '```\ncode\n\nPlain inside the fence.\n\n```\n'
    expect(parseWithPlainParagraphs(source, (markdown) => commonmark.parse(markdown), 0)).toBe(
      undefined,
    )
    expect(difference(parseMarkdown(source), commonmark.parse(source))).toBeUndefined()
  })

  it('is skipped when it would save little', () => {
    expect(parseWithPlainParagraphs('Short prose.', (markdown) => commonmark.parse(markdown))).toBe(
      undefined,
    )
  })
})
