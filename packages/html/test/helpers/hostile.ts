import type { EditionAnnotation, EditionAnnotations } from '../../src/index.js'
import { spanOf } from './fixtures.js'

/** Strings that try to break out of text, attributes, URLs, CSS and scripts. */
export const payloads = [
  '<script>window.__pwned = 1</script>',
  '"><img src=x onerror="window.__pwned = 2">',
  "'><svg onload='window.__pwned = 3'>",
  '</style><script>window.__pwned = 4</script>',
  '</textarea></title><script>window.__pwned = 5</script>',
  'javascript:window.__pwned = 6',
  '<!-- --><iframe srcdoc="<script>parent.__pwned = 7</script>">',
  '{{constructor.constructor("window.__pwned = 8")()}}',
  '\u2028\u2029 & &amp; &lt; <b>not bold</b>',
]

/** A Markdown article with hostile content: raw HTML, script-y links, entity tricks. */
export const hostileMarkdown = `# Title <script>window.__pwned = 10</script>

Paragraph with <img src=x onerror="window.__pwned = 11"> inline HTML and a [bad link](javascript:window.__pwned=12) and [data](data:text/html,<script>alert(1)</script>).

<div onclick="window.__pwned = 13"><script>window.__pwned = 14</script></div>

<style>body { display: none }</style>

Text with &lt;script&gt; entities, "quotes" & ampersands, and \`<code>\` spans.

- item <b onmouseover="window.__pwned = 15">bold</b>
- ![img](javascript:window.__pwned=16)
`

/** Annotations whose every string field is hostile. */
export function hostileAnnotations(text: string): EditionAnnotations {
  const p = (index: number) => payloads[index % payloads.length] as string
  const at = (quote: string) => spanOf(text, quote)
  const annotations: EditionAnnotation[] = [
    {
      id: p(0),
      kind: 'speaker',
      spans: [at('Paragraph')],
      name: p(1),
      role: p(2),
      type: p(3),
      identifiers: { wikidata: p(5), [p(4)]: p(6) },
      creator: { name: p(7) },
    },
    {
      id: p(1),
      kind: 'claim',
      spans: [at('inline HTML')],
      mode: p(2),
      cue: p(3),
      category: p(4),
      factuality: p(5),
      status: 'draft',
      confidence: 0.3,
      body: `[click](javascript:window.__pwned=20) [data](data:text/html;base64,PHNjcmlwdD4=) <script>window.__pwned = 21</script> <img src=x onerror="window.__pwned=22"> ![pic](https://example.org/x.png) [ok](https://example.org "${p(1)}")`,
    },
    {
      id: p(2),
      kind: p(3),
      spans: [at('entities')],
      ...{ [p(4)]: p(5), note: p(6) },
    },
    {
      id: p(3),
      kind: 'note',
      spans: [at('quotes')],
      body: `# ${p(0)}\n\n<iframe src="javascript:window.__pwned=23"></iframe>\n\n${p(8)}`,
    },
    {
      id: p(4),
      kind: 'uncertainty',
      spans: [at('ampersands')],
      explanation: p(4),
      uncertaintyType: p(1),
    },
    {
      id: p(5),
      kind: 'figure',
      spans: [at('bold')],
      value: p(0) as unknown as number,
      counted: p(1),
      unit: p(2),
    },
    {
      id: p(6),
      kind: 'claim',
      spans: [{ start: 0, end: 3, exact: p(7), status: 'orphan' }],
      cue: p(8),
    },
    { id: p(7), kind: 'claim', spans: [{ start: 1, end: 2, exact: p(1), status: 'ambiguous' }] },
  ]
  return {
    document: {
      title: p(0),
      source: p(5),
      publication: p(1),
      date: p(2),
      author: p(4),
      url: 'javascript:window.__pwned=30',
    },
    annotations,
    relations: [
      { type: 'attributedTo', from: p(1), to: p(0) },
      { type: p(3), from: p(2), to: p(3) },
    ],
  }
}
