/**
 * A real annotation file over the reference article (a 1992 Reuters wire story as
 * scraped from The Independent), built from quotes so offsets are right by construction.
 */
import { readFileSync } from 'node:fs'
import type { AnnotationFile } from '../../src/lib/format/annotation-file.js'
import type { Annotation } from '../../src/lib/model/annotation.js'
import { createSpan } from '../../src/lib/model/create-span.js'
import type { Span } from '../../src/lib/model/span.js'

export const gulagText = readFileSync(
  new URL('../format/fixtures/gulag-article.txt', import.meta.url),
  'utf8',
)

/** The span of the `occurrence`-th (0-based) occurrence of `quote` in the article. */
export function spanOf(quote: string, occurrence = 0): Span {
  let start = -1
  for (let seen = 0; seen <= occurrence; seen++) {
    start = gulagText.indexOf(quote, start + 1)
    if (start < 0) throw new Error(`Quote not in the article: ${quote}`)
  }
  return createSpan(gulagText, start, start + quote.length)
}

const annotations: Annotation[] = [
  {
    id: 'claim-foreigners',
    kind: 'claim',
    spans: [
      spanOf(
        "More than 2,000 foreigners were imprisoned in Siberian labour camps during Josef Stalin's reign of terror",
      ),
    ],
    mode: 'indirect',
    cue: 'said',
    category: 'quantity',
    factuality: { certainty: 'certain', polarity: 'positive' },
    status: 'reviewed',
    creator: { name: 'A. Editor', id: 'https://orcid.org/0000-0002-1825-0097' },
    created: '2024-05-01T12:00:00Z',
  },
  {
    id: 'fig-2000',
    kind: 'figure',
    spans: [spanOf('More than 2,000')],
    written: 'More than 2,000',
    atLeast: 2001,
    approximator: 'more than',
    counted: 'foreigners imprisoned in Siberian labour camps',
    unit: 'people',
    numberType: 'count',
  },
  {
    id: 'fig-501',
    kind: 'figure',
    spans: [spanOf('501 Bulgarians')],
    value: 501,
    counted: 'Bulgarians',
    numberType: 'count',
  },
  {
    id: 'fig-poles',
    kind: 'figure',
    spans: [spanOf('Tens of thousands')],
    vague: true,
    atLeast: 20000,
    counted: 'Poles executed by the NKVD',
    numberType: 'count',
  },
  {
    id: 'fig-2.5m',
    kind: 'figure',
    spans: [spanOf('2.5 million')],
    value: 2_500_000,
    counted: 'ex-Soviet citizens to be rehabilitated',
    numberType: 'count',
  },
  {
    id: 'speaker-krayushkin',
    kind: 'speaker',
    spans: [spanOf('Maj Gen Anatoly Krayushkin'), spanOf('Gen Krayushkin', 1)],
    name: 'Anatoly Krayushkin',
    type: 'person',
    role: "Maj Gen, directorate of Russia's Security Ministry",
  },
  {
    id: 'speaker-spokesman',
    kind: 'speaker',
    spans: [spanOf('A ministry spokesman')],
    type: 'anonymous',
    role: 'spokesman of the Security Ministry',
  },
  {
    id: 'speaker-itar-tass',
    kind: 'speaker',
    spans: [spanOf('Itar-Tass news agency')],
    name: 'ITAR-TASS',
    type: 'agency',
    identifiers: { wikidata: 'Q193695' },
  },
  {
    id: 'unc-apparently',
    kind: 'uncertainty',
    spans: [spanOf('apparently')],
    scope: [spanOf('do not account for large numbers of foreigners')],
    origin: 'text',
    uncertaintyType: 'hedge',
    degree: 'medium',
  },
  {
    id: 'unc-boilerplate',
    kind: 'uncertainty',
    spans: [],
    origin: 'editor',
    uncertaintyType: 'transcription',
    explanation: 'Scraped page: site boilerplate surrounds the wire story.',
  },
  {
    id: 'note-nkvd',
    kind: 'note',
    spans: [spanOf('NKVD')],
    body: 'The **NKVD** was the Soviet secret police, predecessor of the KGB.',
  },
]

export const gulagFile: AnnotationFile = {
  format: 'scholion/1',
  document: {
    title: "'2,000 foreigners in Gulag'",
    source: 'gulag-article.txt',
    publication: 'The Independent',
    published: '1992-08-18T18:02:00-04:00',
    dateline: 'MOSCOW',
    agency: 'Reuters',
    language: 'en-GB',
  },
  annotations,
  relations: [
    { type: 'attributedTo', from: 'claim-foreigners', to: 'speaker-krayushkin' },
    { type: 'attributedTo', from: 'fig-2000', to: 'speaker-krayushkin' },
    { type: 'partOf', from: 'fig-501', to: 'fig-2000' },
    { type: 'qualifies', from: 'unc-apparently', to: 'claim-foreigners' },
    { type: 'qualifies', from: 'note-nkvd', to: 'claim-foreigners' },
  ],
}
