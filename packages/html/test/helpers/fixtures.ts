import type { ScholionDocument } from '@scholion/core'
import { loadDocument } from '@scholion/core'
import type { EditionAnnotation, EditionAnnotations } from '../../src/index.js'

/** Loads a Markdown article the way the CLI will (core's loadDocument). */
export function markdown(source: string): ScholionDocument {
  return loadDocument(source, { format: 'markdown' })
}

/** Loads a plain-text article. */
export function plain(source: string): ScholionDocument {
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
    document: {
      title: 'Tricky article',
      source: 'tricky.md',
      publication: 'Test Gazette',
      date: '1992-08-18',
    },
    annotations: [
      across('c-heading', 'claim', 'tricky', 'heading'),
      across('c-emphasis', 'claim', 'paragraph with', 'strong'),
      across('f-link', 'figure', 'to some', 'inline'),
      across('u-quote', 'uncertainty', 'quote that', 'two lines'),
      across('n-list', 'note', 'item', 'nested'),
      across('s-code', 'speaker', 'x = 1', 'console'),
      across('c-table', 'claim', 'Poles', '501'),
      across('c-blocks', 'claim', 'struck', 'A block'),
      {
        id: 'same-1',
        kind: 'figure',
        spans: [spanOf(text, '2,000')],
        value: 2000,
        approximator: 'more than',
      },
      {
        id: 'same-2',
        kind: 'claim',
        spans: [spanOf(text, '2,000')],
        status: 'draft',
        confidence: 0.6,
      },
      {
        id: 'outer',
        kind: 'note',
        spans: [spanOf(text, 'Tom & Jerry said')],
        body: 'A *note* with [a link](https://example.org).',
      },
      {
        id: 'adjacent',
        kind: 'uncertainty',
        spans: [spanOf(text, ' "more than')],
        uncertaintyType: 'hedge',
      },
      {
        id: 'cross',
        kind: 'speaker',
        spans: [spanOf(text, 'Jerry said "more'), spanOf(text, 'Tom')],
        name: 'Tom',
      },
      {
        id: 'foot',
        kind: 'custom-kind',
        spans: [spanOf(text, 'footnote with')],
        extra: 'value',
      } as EditionAnnotation,
      { id: 'gone', kind: 'claim', spans: [{ start: 0, end: 4, exact: 'nope', status: 'orphan' }] },
    ],
    relations: [
      { type: 'attributedTo', from: 'same-2', to: 'cross' },
      { type: 'qualifies', from: 'adjacent', to: 'same-2' },
    ],
  }
}

/** The seed article's wire story, as plain text, with a realistic set of annotations. */
export function seedEdition(seed: string): {
  document: ScholionDocument
  file: EditionAnnotations
} {
  const start = seed.indexOf('MOSCOW (Reuter)')
  const end = seed.indexOf('Join our commenting forum')
  const document = plain(seed.slice(start, end).trimEnd())
  const text = document.text
  const at = (quote: string, occurrence = 0) => spanOf(text, quote, occurrence)
  return {
    document,
    file: {
      document: {
        title: '2,000 foreigners in Gulag',
        source: 'https://www.independent.co.uk/news/world/2000-foreigners-in-gulag',
        publication: 'The Independent (Reuters)',
        date: '1992-08-18',
      },
      annotations: [
        {
          id: 'spk-ministry',
          kind: 'speaker',
          spans: [at("Russia's Security Ministry")],
          name: 'Security Ministry of Russia',
          type: 'organisation',
        },
        {
          id: 'spk-krayushkin',
          kind: 'speaker',
          spans: [
            at('Maj Gen Anatoly Krayushkin'),
            at('Gen Krayushkin'),
            at('Gen Krayushkin', 1),
            at('Gen Krayushkin', 2),
          ],
          name: 'Anatoly Krayushkin',
          type: 'person',
          role: 'Major General, Security Ministry directorate',
          identifiers: { wikidata: 'Q0000000' },
        },
        {
          id: 'spk-tass',
          kind: 'speaker',
          spans: [at('Itar-Tass news agency')],
          name: 'Itar-Tass',
          type: 'agency',
        },
        {
          id: 'claim-2000',
          kind: 'claim',
          spans: [
            at(
              "More than 2,000 foreigners were imprisoned in Siberian labour camps during Josef Stalin's reign of terror",
            ),
          ],
          mode: 'indirect',
          cue: 'said',
          category: 'quantity',
          factuality: 'certain',
        },
        {
          id: 'claim-purges',
          kind: 'claim',
          spans: [
            at(
              'The number of people who suffered from the purges is significantly higher than has been revealed to the media',
            ),
          ],
          mode: 'direct',
          cue: 'said',
          factuality: 'certain',
        },
        {
          id: 'fig-2000',
          kind: 'figure',
          spans: [at('More than 2,000')],
          value: 2000,
          atLeast: 2001,
          approximator: 'more than',
          counted: 'foreigners imprisoned',
          numberType: 'count',
        },
        {
          id: 'fig-501',
          kind: 'figure',
          spans: [at('501')],
          value: 501,
          counted: 'Bulgarians',
          numberType: 'count',
        },
        {
          id: 'fig-31',
          kind: 'figure',
          spans: [at('31')],
          value: 31,
          counted: 'countries',
          numberType: 'count',
        },
        {
          id: 'fig-poles',
          kind: 'figure',
          spans: [at('Tens of thousands')],
          vague: true,
          atLeast: 20000,
          counted: 'Poles executed',
          status: 'draft',
          confidence: 0.55,
          creator: 'suggest',
        },
        {
          id: 'fig-25m',
          kind: 'figure',
          spans: [at('2.5 million')],
          value: 2500000,
          counted: 'ex-Soviet citizens',
          numberType: 'count',
        },
        {
          id: 'unc-apparently',
          kind: 'uncertainty',
          spans: [at('apparently')],
          origin: 'text',
          uncertaintyType: 'hedge',
          degree: 'medium',
        },
        {
          id: 'unc-seem',
          kind: 'uncertainty',
          spans: [at('seem to omit hundreds or thousands')],
          origin: 'text',
          uncertaintyType: 'vague quantity',
          status: 'draft',
          confidence: 0.7,
        },
        {
          id: 'unc-unclear',
          kind: 'uncertainty',
          spans: [at('was unclear')],
          origin: 'text',
          uncertaintyType: 'incompleteness',
          explanation: 'The fate of the listed prisoners is not reported.',
        },
        {
          id: 'note-nkvd',
          kind: 'note',
          spans: [at('NKVD')],
          body: 'The **NKVD** (People’s Commissariat for Internal Affairs) ran the *Gulag* system.\n\nSee [Wikipedia](https://en.wikipedia.org/wiki/NKVD).',
        },
        {
          id: 'claim-lost',
          kind: 'claim',
          spans: [
            { start: 0, end: 10, exact: 'a sentence that was edited away', status: 'orphan' },
          ],
          mode: 'authorial',
        },
      ],
      relations: [
        { type: 'attributedTo', from: 'claim-2000', to: 'spk-ministry' },
        { type: 'attributedTo', from: 'claim-purges', to: 'spk-krayushkin' },
        { type: 'qualifies', from: 'unc-apparently', to: 'fig-501' },
        { type: 'partOf', from: 'fig-501', to: 'fig-2000' },
      ],
    },
  }
}
