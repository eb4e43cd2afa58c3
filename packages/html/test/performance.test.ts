/**
 * The renderer's shortcuts for large editions give exactly what the plain way gives: note
 * bodies parsed together equal bodies parsed one by one, and the renderer's serializer
 * writes what hast-util-to-html writes.
 */
import fc from 'fast-check'
import type { Element, ElementContent, Root } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { expect, test } from 'vitest'
import type { EditionAnnotation } from '../src/index.js'
import { renderEdition, toHast, toPage } from '../src/index.js'
import { noteMarkdown, withNoteBodies } from '../src/lib/note-markdown.js'
import { serialize } from '../src/lib/serialize.js'
import { flagshipEdition } from './helpers/flagship.js'

/** Markdown pieces, with block starts, inline constructs, line ends and GFM triggers. */
const pieces = [
  'a',
  'Word',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\n\n',
  '*',
  '_',
  '`',
  '# ',
  '> ',
  '- ',
  '1. ',
  '---',
  '[',
  ']',
  '(u)',
  '![i](u)',
  '<b>',
  '&amp;',
  '&#64;',
  '\\',
  '\\*',
  '|',
  '~~',
  'www.x.org',
  'a@b.org',
  '[x]: /u',
  '[^1]',
]
const body = fc.oneof(
  fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => parts.join('')),
  // Mostly one line of prose: what gets parsed together.
  fc
    .tuple(
      fc.constantFrom('Checked', 'See', 'x'),
      fc.array(
        fc.constantFrom(...pieces.slice(1, 3), ...pieces.slice(8, 11), ...pieces.slice(16, 24)),
        { maxLength: 10 },
      ),
    )
    .map(([first, rest]) => first + rest.join('')),
)

test('note bodies parsed together equal bodies parsed one by one, positions included', () => {
  fc.assert(
    fc.property(
      fc.array(body, { maxLength: 12 }),
      fc.integer({ min: 1, max: 6 }),
      (bodies, level) => {
        const alone = bodies.map((markdown) => noteMarkdown(markdown, level))
        const together = withNoteBodies(bodies, () =>
          bodies.map((markdown) => noteMarkdown(markdown, level)),
        )
        expect(together).toEqual(alone)
      },
    ),
    { numRuns: 2000 },
  )
})

test('many note bodies (several paragraphs of lines, some joined by a construct) equal bodies parsed one by one', () => {
  const bodies = Array.from({ length: 300 }, (_, i) =>
    i % 37 === 5
      ? `Opens *emphasis ${i}` // parsed together, its star pairs with the next body's
      : i % 37 === 6
        ? `Closes it* and \`code ${i}`
        : `Checked against the *1961* sample (${i}), see [the list](https://example.org/${i}).`,
  )
  const alone = bodies.map((markdown) => noteMarkdown(markdown, 3))
  const together = withNoteBodies(bodies, () => bodies.map((markdown) => noteMarkdown(markdown, 3)))
  expect(together).toEqual(alone)
})

test("the page written by the renderer equals hast-util-to-html's, CR as a reference", () => {
  const paragraph = 'Some text with a figure of 2,000 and “quotes”.\r\n'
  const source = Array.from({ length: 400 }, (_, i) => `${i}. ${paragraph}`).join('\n')
  const text = {
    text: source,
    hast: {
      type: 'root' as const,
      children: [
        {
          type: 'element' as const,
          tagName: 'p',
          properties: {},
          children: [{ type: 'text' as const, value: source }],
        },
      ],
    },
  }
  const annotations: EditionAnnotation[] = Array.from({ length: 300 }, (_, i) => {
    const start = source.indexOf('2,000', i * 20)
    return { id: `n${i}`, kind: 'note', spans: [{ start, end: start + 5 }], body: `Note *${i}*.` }
  })
  const file = { annotations }
  const expected = toHtml(toPage(toHast(text, file)), { allowDangerousHtml: true }).replace(
    /\r/g,
    '&#xD;',
  )
  expect(renderEdition(text, file)).toBe(expected)
  const fragment = toHtml(toHast(text, file), { allowDangerousHtml: true }).replace(/\r/g, '&#xD;')
  expect(renderEdition(text, file, { fragment: true })).toBe(fragment)
})

/** hast-util-to-html's output with `allowDangerousHtml`, carriage returns as references. */
const reference = (tree: Root) => toHtml(tree, { allowDangerousHtml: true }).replace(/\r/g, '&#xD;')

/** Strings with every character the serializers escape somewhere, and some they do not. */
const value = fc
  .array(
    fc.constantFrom(
      'a',
      'B',
      ' ',
      '<',
      '>',
      '&',
      '"',
      "'",
      '`',
      '=',
      '/',
      '\0',
      '\r',
      '\n',
      '\t',
      '“',
      '😀',
    ),
    {
      maxLength: 6,
    },
  )
  .map((parts) => parts.join(''))

/** Properties of every shape: plain, boolean, overloaded boolean, lists, data, numbers. */
const properties = fc.dictionary(
  fc.constantFrom(
    'id',
    'className',
    'title',
    'hidden',
    'download',
    'accept',
    'ariaLabel',
    'ariaHidden',
    'dataAnnotation',
    'dataKind',
    'data-odd',
    'tabIndex',
    'href',
    'value',
    'weird name',
  ),
  fc.oneof(
    value,
    fc.boolean(),
    fc.integer({ min: -3, max: 20 }),
    fc.constant(Number.NaN),
    fc.constant(null),
    fc.array(value, { maxLength: 3 }),
  ),
  { maxKeys: 4 },
)

const { tree: hastTree } = fc.letrec<{ tree: Root; node: ElementContent }>((tie) => ({
  tree: fc
    .array(tie('node'), { maxLength: 4 })
    .map((children) => ({ type: 'root', children }) as Root),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ type: fc.constant('text' as const), value }),
    fc.record({ type: fc.constant('comment' as const), value }),
    fc.record({
      type: fc.constant('raw' as const),
      value,
    }) as unknown as fc.Arbitrary<ElementContent>,
    fc
      .record({
        tagName: fc.constantFrom(
          'p',
          'span',
          'br',
          'img',
          'script',
          'style',
          'svg',
          'title',
          'template',
          'math',
          'A',
          'hr',
        ),
        properties,
        children: fc.array(tie('node'), { maxLength: 3 }),
      })
      .map(({ tagName, properties, children }): Element => {
        const element: Element = { type: 'element', tagName, properties, children }
        if (tagName === 'template') {
          ;(element as Element & { content: Root }).content = { type: 'root', children }
          element.children = []
        }
        return element
      }),
  ),
}))

test('the serializer writes what hast-util-to-html writes, on random trees', () => {
  fc.assert(
    fc.property(hastTree, (tree) => {
      expect(serialize(tree)).toBe(reference(tree))
    }),
    { numRuns: 3000 },
  )
})

test('the serializer writes what hast-util-to-html writes, on the flagship edition', () => {
  const { document, file } = flagshipEdition()
  const page = toPage(toHast(document, file))
  expect(serialize(page)).toBe(reference(page))
  expect(serialize(page).length).toBeGreaterThan(10_000)
})
