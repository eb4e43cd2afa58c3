import type { Root } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { expect, test } from 'vitest'
import type { EditionAnnotation } from '../src/index.js'
import { toHast } from '../src/index.js'
import { plain, spanOf } from './helpers/fixtures.js'

const source =
  "More than 2,000 foreigners were imprisoned, Russia's Security Ministry said yesterday, apparently from the archives of the secret police."
const at = (quote: string) => spanOf(source, quote)

/** The note headings of an edition, as text. */
function headings(tree: Root): string[] {
  const html = toHtml(tree)
  return [...html.matchAll(/<span class="scholion-note-heading">(.*?)<\/span>/g)].map(
    (match) => match[1] as string,
  )
}

test.each<[string, EditionAnnotation, string]>([
  [
    'speaker: its name',
    {
      id: 's',
      kind: 'speaker',
      spans: [at('Security Ministry')],
      name: "Russia's Security Ministry",
    },
    "Russia's Security Ministry",
  ],
  [
    'speaker without a name: its mention',
    { id: 's', kind: 'speaker', spans: [at('Security Ministry')] },
    'Security Ministry',
  ],
  [
    'figure: the quote as written',
    { id: 'f', kind: 'figure', spans: [at('More than 2,000')], atLeast: 2001 },
    '“More than 2,000”',
  ],
  [
    'figure: its written field wins',
    { id: 'f', kind: 'figure', spans: [at('2,000')], written: 'more than 2,000' },
    '“more than 2,000”',
  ],
  [
    'claim: a short quote',
    { id: 'c', kind: 'claim', spans: [at(source.slice(0, -1))] },
    "“More than 2,000 foreigners were imprisoned, Russia's Security Ministry\u00a0…”",
  ],
  [
    'uncertainty: its type in words and the cue',
    { id: 'u', kind: 'uncertainty', spans: [at('apparently')], uncertaintyType: 'hedge' },
    'Hedge: “apparently”',
  ],
  [
    "uncertainty: the editor's own doubt",
    {
      id: 'u',
      kind: 'uncertainty',
      spans: [at('yesterday')],
      uncertaintyType: 'dating',
      origin: 'editor',
    },
    'Editor’s doubt, dating: “yesterday”',
  ],
  [
    'note: the first words of its body, without markup',
    {
      id: 'n',
      kind: 'note',
      spans: [at('secret police')],
      body: '**Sourcing.** Who kept *these* archives, and who opened them to whom?',
    },
    'Sourcing. Who kept these archives, and who opened them\u00a0…',
  ],
  [
    'note without a body: its quote',
    { id: 'n', kind: 'note', spans: [at('secret police')] },
    '“secret police”',
  ],
  ['custom kind: its quote', { id: 'x', kind: 'place', spans: [at('archives')] }, '“archives”'],
])('%s', (_name, annotation, expected) => {
  expect(headings(toHast(plain(source), { annotations: [annotation] }))).toEqual([expected])
})

test('the kind is a label in words beside the title, not colour alone', () => {
  const html = toHtml(
    toHast(plain(source), { annotations: [{ id: 'f', kind: 'figure', spans: [at('2,000')] }] }),
  )
  expect(html).toContain('<span class="scholion-badge scholion-kind-figure">Figure</span>')
})

test('a claim title names its speaker; factuality objects read as words', () => {
  const html = toHtml(
    toHast(plain(source), {
      annotations: [
        {
          id: 'c',
          kind: 'claim',
          spans: [at('More than 2,000 foreigners were imprisoned')],
          factuality: { certainty: 'certain', polarity: 'negative' },
        },
        { id: 's', kind: 'speaker', spans: [at('Security Ministry')], name: 'Security Ministry' },
      ],
      relations: [{ type: 'attributedTo', from: 'c', to: 's' }],
    }),
  )
  expect(html).toContain('“More than 2,000 foreigners were imprisoned” — Security Ministry')
  expect(html).toContain('<dt>Factuality</dt><dd>certain, negated</dd>')
})
