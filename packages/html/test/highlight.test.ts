import type { Element, ElementContent, Root } from 'hast'
import { toHtml } from 'hast-util-to-html'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, test } from 'vitest'
import type { EditionAnnotation } from '../src/index.js'
import { readingText, rehypeScholion, renderEditionTree, toHast } from '../src/index.js'
import { markdown, plain } from './helpers/fixtures.js'

/** The `[data-scholion-text]` element of an edition tree. */
function textElement(tree: Root): Element {
  let found: Element | undefined
  const visit = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue
      if (child.properties.dataScholionText !== undefined) found = child
      else visit(child)
    }
  }
  visit(tree)
  if (!found) throw new Error('no text element')
  return found
}

/** The text element's HTML with marks written as [id:…] for compact expectations. */
function compact(tree: Root): string {
  const write = (nodes: ElementContent[]): string =>
    nodes
      .map((node) => {
        if (node.type === 'text') return node.value
        if (node.type !== 'element') return ''
        if (node.tagName === 'mark')
          return `[${String(node.properties.dataAnnotations)}:${write(node.children)}]`
        if (
          node.tagName === 'a' &&
          (node.properties.className as string[] | undefined)?.includes('scholion-ref')
        ) {
          return `^${String(node.properties.dataN)}`
        }
        return `<${node.tagName}>${write(node.children)}</${node.tagName}>`
      })
      .join('')
  return write(textElement(tree).children)
}

const note = (
  id: string,
  start: number,
  end: number,
  extra: Partial<EditionAnnotation> = {},
): EditionAnnotation => ({
  id,
  kind: 'note',
  spans: [{ start, end }],
  ...extra,
})

describe('highlight sweep', () => {
  const text = 'abcdefghij'
  const document = plain(text)

  test.each([
    ['one span', [note('a', 2, 5)], '<p>ab[a:cde]^1fghij</p>'],
    [
      'nested: outer first',
      [note('in', 3, 4), note('out', 2, 6)],
      '<p>ab[out:c[in:d]^2ef]^1ghij</p>',
    ],
    [
      'crossing: the later one splits',
      [note('x', 1, 5), note('y', 3, 8)],
      '<p>a[x:bc[y:de]]^1[y:fgh]^2ij</p>',
    ],
    [
      'identical: ordered by id',
      [note('b', 2, 4), note('a', 2, 4)],
      '<p>ab[a:[b:cd]^2]^1efghij</p>',
    ],
    [
      'same start: longer outside',
      [note('s', 2, 4), note('l', 2, 7)],
      '<p>ab[l:[s:cd]^2efg]^1hij</p>',
    ],
    [
      'adjacent: separate marks',
      [note('a', 0, 3), note('b', 3, 6)],
      '<p>[a:abc]^1[b:def]^2ghij</p>',
    ],
    ['whole text', [note('all', 0, 10)], '<p>[all:abcdefghij]^1</p>'],
  ] as const)('%s', (_, annotations, expected) => {
    expect(compact(toHast(document, { annotations: [...annotations] }))).toBe(expected)
  })

  test('splits at element edges and never restructures them', () => {
    const doc = markdown('a *b [c](https://x.org) d* e')
    const start = doc.text.indexOf('b')
    const end = doc.text.indexOf('e')
    const tree = toHast(doc, { annotations: [note('n', start, end)] })
    // The reference follows the last fragment with visible text, not trailing whitespace.
    expect(compact(tree)).toBe('<p>a <em>[n:b ]<a>[n:c]</a>[n: d]^1</em>[n: ]e</p>')
  })

  test('a reference whose fragment ends inside a link goes after the link', () => {
    const doc = markdown('see [the link](https://x.org) here')
    const start = doc.text.indexOf('the')
    const tree = toHast(doc, { annotations: [note('n', start, start + 3)] })
    expect(compact(tree)).toBe('<p>see <a>[n:the] link</a>^1 here</p>')
  })

  test('no highlight between list items or table rows; whitespace between paragraphs is marked', () => {
    const doc = markdown('one\n\n- two\n- three\n\nfour')
    const tree = toHast(doc, { annotations: [note('n', 0, doc.text.length)] })
    expect(compact(tree)).toBe(
      '<p>[n:one]</p>[n:\n]<ul>\n<li>[n:two]</li>\n<li>[n:three]</li>\n</ul>[n:\n]<p>[n:four]^1</p>',
    )
  })

  test('a span covering only whitespace between list items has no fragment and is reported', () => {
    const doc = markdown('- a\n- b')
    const index = doc.text.indexOf('\n', doc.text.indexOf('a'))
    const { tree } = renderEditionTree(doc, { annotations: [note('n', index, index + 1)] })
    expect(compact(tree)).toBe('<ul>\n<li>a</li>\n<li>b</li>\n</ul>')
  })

  test('the text element keeps the reading text', () => {
    const doc = markdown('# T\n\n> q *e*\n\n```\ncode\n```')
    const tree = toHast(doc, { annotations: [note('n', 0, doc.text.length)] })
    expect(readingText(textElement(tree))).toBe(doc.text)
  })
})

describe('spans that cannot be placed are listed, never dropped', () => {
  const document = plain('hello world')
  test.each([
    ['orphan', { start: 0, end: 5, exact: 'gone', status: 'orphan' }, 'orphan'],
    ['ambiguous', { start: 0, end: 5, exact: 'hello', status: 'ambiguous' }, 'ambiguous'],
    ['stale quote', { start: 0, end: 5, exact: 'HELLO' }, 'stale'],
    ['out of range', { start: 5, end: 50 }, 'invalid'],
    ['reversed', { start: 5, end: 2 }, 'invalid'],
    ['empty', { start: 3, end: 3 }, 'empty'],
  ] as const)('%s', (_, span, reason) => {
    const result = renderEditionTree(document, {
      annotations: [{ id: 'x', kind: 'claim', spans: [span] }],
    })
    expect(result.unanchoredSpans).toBe(1)
    expect(result.anchoredAnnotations).toBe(0)
    const html = toHtml(result.tree)
    expect(html).toContain('class="scholion-unanchored"')
    expect(html).toContain(reason)
    expect(html).not.toContain('<mark')
  })

  test('a fuzzy span is highlighted even though its recorded quote differs', () => {
    const result = renderEditionTree(document, {
      annotations: [
        { id: 'x', kind: 'claim', spans: [{ start: 0, end: 5, exact: 'helo', status: 'fuzzy' }] },
      ],
    })
    expect(result.unanchoredSpans).toBe(0)
  })
})

describe('errors', () => {
  test('document.text must be the reading text of its hast', () => {
    const document = plain('abc')
    expect(() => toHast({ ...document, text: 'abd' })).toThrow(/expected the reading text/)
  })
  test('duplicate ids', () => {
    expect(() => toHast(plain('abc'), { annotations: [note('a', 0, 1), note('a', 1, 2)] })).toThrow(
      /duplicate annotation id `a`/,
    )
  })
  test('bad options', () => {
    expect(() => toHast(plain('abc'), {}, { idPrefix: '1x' })).toThrow(RangeError)
  })
})

describe('rehype plugin', () => {
  test('turns the article tree of a unified pipeline into an edition', async () => {
    const source = 'Hello *world*'
    const document = markdown(source)
    const start = document.text.indexOf('world')
    const mdast = unified().use(remarkParse).parse(source)
    const { toHast: mdastToHast } = await import('mdast-util-to-hast')
    const articleTree = mdastToHast(mdast) as Root
    const transform = rehypeScholion({
      annotations: { annotations: [note('n', start, start + 5)] },
    })
    const edition = transform(articleTree)
    expect(compact(edition)).toBe('<p>Hello <em>[n:world]^1</em></p>')
    const page = rehypeScholion({ page: true })(articleTree)
    expect(page.children[0]?.type).toBe('doctype')
  })
})
