import { loadDocument } from '@scholion/core'
import type { EditionAnnotation, EditionAnnotations, EditionDocument } from '../../src/index.js'

/** Loads a Markdown article the way the CLI will (core's loadDocument). */
export function markdown(source: string): EditionDocument {
  return loadDocument(source, { format: 'markdown' })
}

/** Loads a plain-text article. */
export function plain(source: string): EditionDocument {
  return loadDocument(source, { format: 'text' })
}

/** A span at the n-th occurrence (0-based) of `quote` in `text`. */
export function spanOf(text: string, quote: string, occurrence = 0) {
  let start = -1
  for (let index = 0; index <= occurrence; index++) {
    start = text.indexOf(quote, start + 1)
    if (start < 0) throw new Error(`No occurrence ${occurrence} of ${JSON.stringify(quote)}`)
  }
  return { start, end: start + quote.length, exact: quote }
}

/** Markdown with the structures highlights must cross. */
export const trickyMarkdown = `# A *tricky* heading

Intro paragraph with *emphasis*, **strong text**, a [link to somewhere](https://example.org/a)
and \`inline code\` and ~~struck~~ words.

> A block quote that spans
> two lines, with *emphasis*.

- first item
- second item with **bold**
  - nested item
- third item

1. one
2. two

\`\`\`js
const x = 1 < 2 && "quotes"
console.log(x)
\`\`\`

| Name | Count |
| ---- | ----: |
| Poles | tens of thousands |
| Bulgarians | 501 |

Last paragraph: Tom & Jerry said "more than 2,000" — apparently.[^1]

[^1]: A footnote with *emphasis*.
`

/** Annotations over {@link trickyMarkdown}, crossing every structure. */
export function trickyAnnotations(text: string): EditionAnnotations {
  const across = (id: string, kind: string, from: string, to: string): EditionAnnotation => {
    const start = text.indexOf(from)
    const end = text.indexOf(to, start) + to.length
    return { id, kind, spans: [{ start, end, exact: text.slice(start, end) }] }
  }
  return {
    document: { title: 'Tricky article', source: 'tricky.md', publication: 'Test Gazette', date: '1992-08-18' },
    annotations: [
      across('c-heading', 'claim', 'tricky', 'heading'),
      across('c-emphasis', 'claim', 'paragraph with', 'strong'),
      across('f-link', 'figure', 'to some', 'inline'),
      across('u-quote', 'uncertainty', 'quote that', 'two lines'),
      across('n-list', 'note', 'item', 'nested'),
      across('s-code', 'speaker', 'x = 1', 'console'),
      across('c-table', 'claim', 'Poles', '501'),
      across('c-blocks', 'claim', 'struck', 'A block'),
      { id: 'same-1', kind: 'figure', spans: [spanOf(text, '2,000')], value: 2000, approximator: 'more than' },
      { id: 'same-2', kind: 'claim', spans: [spanOf(text, '2,000')], status: 'draft', confidence: 0.6 },
      { id: 'outer', kind: 'note', spans: [spanOf(text, 'Tom & Jerry said')], body: 'A *note* with [a link](https://example.org).' },
      { id: 'adjacent', kind: 'uncertainty', spans: [spanOf(text, ' "more than')], uncertaintyType: 'hedge' },
      { id: 'cross', kind: 'speaker', spans: [spanOf(text, 'Jerry said "more'), spanOf(text, 'Tom')], name: 'Tom' },
      { id: 'foot', kind: 'custom-kind', spans: [spanOf(text, 'footnote with')], extra: 'value' },
      { id: 'gone', kind: 'claim', spans: [{ start: 0, end: 4, exact: 'nope', status: 'orphan' }] },
    ],
    relations: [
      { type: 'attributedTo', from: 'same-2', to: 'cross' },
      { type: 'qualifies', from: 'adjacent', to: 'same-2' },
    ],
  }
}
