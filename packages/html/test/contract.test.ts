import { readFileSync } from 'node:fs'
import type { ScholionDocument } from '@scholion/core'
import fc from 'fast-check'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { EditionAnnotation, EditionAnnotations } from '../src/index.js'
import { renderEdition } from '../src/index.js'
import type { TextReport } from './helpers/browser.js'
import { expectedMarked, launchBrowser, textReport } from './helpers/browser.js'
import { markdown, plain, trickyAnnotations, trickyMarkdown } from './helpers/fixtures.js'

const seedPath = new URL('../../../examples/gulag-1992/article.txt', import.meta.url)
const seed = readFileSync(seedPath, 'utf8')

let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launchBrowser()
  page = await browser.newPage()
})

afterAll(async () => {
  await browser?.close()
})

/** Renders, loads into Chromium, and checks both contracts. */
async function checkContracts(
  document: ScholionDocument,
  file: EditionAnnotations,
): Promise<TextReport> {
  const html = renderEdition(document, file, { fragment: true })
  await page.setContent(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>${html}</body></html>`,
  )
  const report = await textReport(page)
  expect(report.count).toBe(1)
  expect(report.text).toBe(document.text)
  expect(report.misplacedMarks).toBe(0)
  expect(report.selfNested).toBe(0)
  const text = document.text
  for (const annotation of file.annotations ?? []) {
    const spans = annotation.spans
      .filter((span) => span.status !== 'orphan' && span.status !== 'ambiguous')
      .map((span) => [span.start as number, span.end as number] as const)
    const expected = expectedMarked(text, spans, report.unmarkable)
    expect(report.marked[annotation.id] ?? '', `marked text of ${annotation.id}`).toBe(expected)
  }
  // Every unmarkable character is whitespace: only inter-element whitespace goes unmarked.
  for (const [start, end] of report.unmarkable) expect(text.slice(start, end)).toMatch(/^\s*$/)
  return report
}

describe('textContent and marked-text contracts (fixtures)', () => {
  test('tricky Markdown: emphasis, links, code, lists, quotes, tables, footnotes', async () => {
    const document = markdown(trickyMarkdown)
    await checkContracts(document, trickyAnnotations(document.text))
  })

  test('the seed article as plain text', async () => {
    const document = plain(seed)
    const text = document.text
    const annotations: EditionAnnotation[] = []
    for (const quote of [
      'More than 2,000',
      'Maj Gen Anatoly Krayushkin',
      'apparently',
      'NKVD',
      '2,000 foreigners',
    ]) {
      const start = text.indexOf(quote)
      annotations.push({
        id: `a-${annotations.length}`,
        kind: 'figure',
        spans: [{ start, end: start + quote.length, exact: quote }],
      })
    }
    const start = text.indexOf('MOSCOW')
    annotations.push({ id: 'paragraphs', kind: 'claim', spans: [{ start, end: start + 600 }] })
    await checkContracts(document, { annotations })
  })

  test('carriage returns, tabs, astral characters and entities survive', async () => {
    const document = plain('Line one\r\nline two & <three>\r\n\r\n\tTabbed 😃 "quote" \u00a0end\r')
    const text = document.text
    expect(text).toContain('\r')
    await checkContracts(document, {
      annotations: [
        { id: 'x', kind: 'note', spans: [{ start: 5, end: text.indexOf('Tabbed') + 6 }] },
        {
          id: 'y',
          kind: 'note',
          spans: [{ start: text.indexOf('😃'), end: text.indexOf('😃') + 2 }],
        },
      ],
    })
  })

  test('no annotations, and an empty document', async () => {
    await checkContracts(markdown(trickyMarkdown), {})
    await checkContracts(markdown(''), { annotations: [] })
  })
})

/** Random spans (aligned to code points) over a document's text. */
function spansArbitrary(text: string) {
  const points: number[] = [0]
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (!(code >= 0xdc00 && code <= 0xdfff && index > 0)) points.push(index)
  }
  points.push(text.length)
  const point = fc
    .integer({ min: 0, max: points.length - 1 })
    .map((index) => points[index] as number)
  const span = fc
    .tuple(point, point)
    .filter(([a, b]) => a !== b)
    .map(([a, b]): readonly [number, number] => (a < b ? [a, b] : [b, a]))
  const kind = fc.constantFrom('claim', 'figure', 'speaker', 'uncertainty', 'note', 'custom')
  return fc.array(fc.tuple(fc.array(span, { minLength: 1, maxLength: 3 }), kind), { maxLength: 12 })
}

describe('contracts on random spans (property-based)', () => {
  const fixtures: Array<[string, ScholionDocument]> = [
    ['tricky Markdown', markdown(trickyMarkdown)],
    ['seed article (plain text, excerpt)', plain(seed.slice(0, 3000))],
    ['astral and CRLF text', plain('😃 one\r\n\r\ntwo 😃😃 three\r\n- not a list\r\n')],
  ]
  for (const [name, document] of fixtures) {
    test(name, async () => {
      const text = document.text
      await fc.assert(
        fc.asyncProperty(spansArbitrary(text), async (entries) => {
          const annotations: EditionAnnotation[] = entries.map(([spans, kind], index) => ({
            id: `r${index}`,
            kind,
            spans: spans.map(([start, end]) => ({ start, end, exact: text.slice(start, end) })),
          }))
          await checkContracts(document, { annotations })
        }),
        { numRuns: 25 },
      )
    })
  }
})
