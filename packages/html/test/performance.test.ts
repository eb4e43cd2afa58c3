/**
 * The renderer's shortcuts for large editions give exactly what the plain way gives: note
 * bodies parsed together equal bodies parsed one by one, and the page serialized in
 * pieces equals hast-util-to-html's serialization of the whole page.
 */
import fc from 'fast-check'
import { toHtml } from 'hast-util-to-html'
import { expect, test } from 'vitest'
import type { EditionAnnotation } from '../src/index.js'
import { renderEdition, toHast, toPage } from '../src/index.js'
import { noteMarkdown, withNoteBodies } from '../src/lib/note-markdown.js'

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
    { numRuns: 500 },
  )
})

test('the page serialized in pieces equals the whole page serialized at once', () => {
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
