import type { Element, Root } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { describe, expect, test } from 'vitest'
import type { EditionAnnotation, EditionAnnotations } from '../src/index.js'
import { readingText, renderEditionTree } from '../src/index.js'
import { plain, spanOf } from './helpers/fixtures.js'

const source =
  'Stay up to date with The Independent.\n\nMOSCOW (Reuter) - More than 2,000 foreigners.\nComments\n\nThank you for registering'

function find(tree: Root | Element, test: (element: Element) => boolean): Element[] {
  const found: Element[] = []
  const visit = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue
      if (test(child)) found.push(child)
      visit(child)
    }
  }
  visit(tree)
  return found
}

const classes = (element: Element): string[] =>
  Array.isArray(element.properties.className) ? (element.properties.className as string[]) : []

function render(annotations: EditionAnnotation[]) {
  const document = plain(source)
  const file: EditionAnnotations = { annotations }
  const result = renderEditionTree(document, file)
  const text = find(result.tree, (element) => element.properties.dataScholionText !== undefined)[0]
  if (!text) throw new Error('no text element')
  return { ...result, document, text, html: toHtml(result.tree) }
}

const at = (quote: string, occurrence = 0) => spanOf(source, quote, occurrence)
const bp = (id: string, quote: string, extra: Partial<EditionAnnotation> = {}) =>
  ({ id, kind: 'boilerplate', spans: [at(quote)], ...extra }) as EditionAnnotation

describe('boilerplate is set aside, not highlighted', () => {
  const annotations: EditionAnnotation[] = [
    bp('bp-banner', 'Stay up to date with The Independent.', { role: 'notification-banner' }),
    bp('bp-comments', 'Comments', { role: 'comments', display: 'dimmed' }),
    bp('bp-login', 'Thank you for registering', { role: 'login', display: 'shown' }),
    { id: 'spk', kind: 'speaker', spans: [at('The Independent')], name: 'The Independent' },
    { id: 'fig', kind: 'figure', spans: [at('More than 2,000')], atLeast: 2001 },
  ]
  const result = render(annotations)

  test('the text element still holds exactly the reading text', () => {
    expect(readingText({ type: 'root', children: [result.text] })).toBe(result.document.text)
  })

  test.each([
    ['bp-banner', 'scholion-aside-collapsed'],
    ['bp-comments', 'scholion-aside-dimmed'],
    ['bp-login', 'scholion-aside-shown'],
  ])('%s is a plain span with class %s, never a mark', (id, className) => {
    const fragments = find(result.text, (element) => element.properties.dataAnnotations === id)
    expect(fragments.length).toBeGreaterThan(0)
    for (const fragment of fragments) {
      expect(fragment.tagName).toBe('span')
      expect(classes(fragment)).toContain(className)
      expect(fragment.properties.ariaDetails).toBeUndefined()
    }
  })

  test('absent display means collapsed; a whole collapsed paragraph hides as a block', () => {
    const blocks = find(result.text, (element) => classes(element).includes('scholion-aside-block'))
    expect(blocks.map((element) => element.tagName)).toEqual(['p'])
  })

  test('a marker with no text stands where collapsed text sits, labelling the toggle', () => {
    const markers = find(result.text, (element) =>
      classes(element).includes('scholion-aside-marker'),
    )
    expect(markers).toHaveLength(1)
    const marker = markers[0] as Element
    expect(marker.tagName).toBe('label')
    expect(marker.children).toEqual([])
    expect(marker.properties.dataLabel).toBe('notification banner')
    expect(marker.properties.htmlFor).toEqual(['scholion-show-aside'])
    expect(result.html).toMatch(/<input type="checkbox" id="scholion-show-aside"/)
    // The toggle is outside the text element.
    expect(find(result.text, (element) => element.tagName === 'input')).toEqual([])
  })

  test('a mention inside boilerplate stays marked, inside the set-aside span', () => {
    const banner = find(
      result.text,
      (element) => element.properties.dataAnnotations === 'bp-banner',
    )
    expect(find(banner[0] as Element, (element) => element.tagName === 'mark')).toHaveLength(1)
    // Its note says so.
    expect(result.html).toContain('(in site furniture set aside)')
  })

  test('no numbered note card, no filter, no note reference; one compact list instead', () => {
    expect(result.html).not.toMatch(/data-kind="boilerplate"[^>]*class="scholion-note/)
    expect(find(result.tree, (element) => classes(element).includes('scholion-note'))).toHaveLength(
      2,
    )
    expect(result.html).not.toContain('scholion-filter-boilerplate')
    expect(result.html).not.toMatch(/class="scholion-ref[^"]*"[^>]*data-annotation="bp-/)
    const list = find(result.tree, (element) => classes(element).includes('scholion-aside-list'))
    expect(list).toHaveLength(1)
    const items = find(list[0] as Element, (element) => element.tagName === 'li')
    expect(items).toHaveLength(3)
    expect(toHtml(list[0] as Element)).toContain(
      '<a href="#scholion-aside-1">notification banner</a> (hidden)',
    )
    // Notes are numbered without them; the speaker named only in collapsed furniture
    // comes after the figure the reader sees.
    expect(result.html).toContain('data-annotation="fig" data-n="1"')
    expect(result.html).toContain('data-annotation="spk" data-n="2"')
    expect(result.html).not.toContain('data-n="3"')
  })

  test('an orphaned boilerplate span is listed as unanchored, never dropped', () => {
    const gone = render([
      {
        id: 'bp-gone',
        kind: 'boilerplate',
        spans: [{ start: 0, end: 4, exact: 'gone', anchor: { status: 'orphan', score: 0 } }],
      },
    ])
    expect(gone.unanchoredSpans).toBe(1)
    expect(gone.html).toContain('Unanchored (1)')
    expect(gone.html).not.toContain('scholion-show-aside')
  })
})

describe("core's span shape", () => {
  const quote = 'More than 2,000'
  const span = at(quote)
  test.each([
    ['nested exact', { ...span, anchor: { status: 'exact', score: 1 } }, 0],
    ['nested orphan', { ...span, anchor: { status: 'orphan', score: 0.2 } }, 1],
    ['nested ambiguous', { ...span, anchor: { status: 'ambiguous', score: 0.8 } }, 1],
    [
      'flat wins over nested',
      { ...span, status: 'exact', anchor: { status: 'orphan', score: 0 } },
      0,
    ],
    [
      'nested fuzzy with a stale quote is still placed',
      { ...span, exact: 'More than 2000', anchor: { status: 'fuzzy', score: 0.9 } },
      0,
    ],
  ])('%s', (_name, shape, unanchored) => {
    const result = render([{ id: 'f', kind: 'figure', spans: [shape] }])
    expect(result.unanchoredSpans).toBe(unanchored)
  })

  test('attributedTo still links a claim to its speaker with nested anchors', () => {
    const exact = { status: 'exact', score: 1 }
    const document = plain(source)
    const withRelation = renderEditionTree(document, {
      annotations: [
        { id: 'c', kind: 'claim', spans: [{ ...at('More than 2,000 foreigners'), anchor: exact }] },
        { id: 's', kind: 'speaker', spans: [{ ...at('Reuter'), anchor: exact }], name: 'Reuters' },
      ],
      relations: [{ type: 'attributedTo', from: 'c', to: 's' }],
    })
    expect(withRelation.unanchoredSpans).toBe(0)
    const html = toHtml(withRelation.tree)
    expect(html).toContain('<a href="#scholion-note-s">Reuters (note 1)</a>')
    expect(html).toContain('“More than 2,000 foreigners” — Reuters</span>')
  })
})
