import { toHtml } from 'hast-util-to-html'
import { expect, test } from 'vitest'
import { toHast } from '../src/index.js'
import { plain } from './helpers/fixtures.js'

const document = {
  title: '2,000 foreigners in Gulag',
  source: 'article.txt',
  publication: 'The Independent',
  published: '1992-08-18',
  dateline: 'MOSCOW',
  agency: 'Reuters',
  author: 'A Correspondent',
  url: 'https://example.org/gulag',
  retrieved: '2024-11-05T10:00:00Z',
  language: 'en-GB',
  notes: 'Scraped from *the site*. [Archive](javascript:alert(1)) <script>alert(1)</script>',
}

test('header: title, a compact byline, provenance in a details element', () => {
  const html = toHtml(toHast(plain('MOSCOW (Reuter) - More than 2,000.'), { document }))
  expect(html).toContain(
    '<h1 class="scholion-title" id="scholion-title">2,000 foreigners in Gulag</h1>',
  )
  expect(html).toContain(
    '<p class="scholion-byline"><cite>The Independent</cite> · <time datetime="1992-08-18">18 August 1992</time> · Reuters, MOSCOW · by A Correspondent</p>',
  )
  expect(html).toContain('<details class="scholion-provenance"><summary>About this text</summary>')
  for (const label of [
    'Publication',
    'Published',
    'Dateline',
    'Agency',
    'Author',
    'URL',
    'Source',
    'Language',
    'Retrieved',
  ]) {
    expect(html).toContain(`<dt>${label}</dt>`)
  }
  expect(html).toContain('<a href="https://example.org/gulag" rel="noopener noreferrer">')
  expect(html).toContain('<time datetime="2024-11-05T10:00:00Z">2024-11-05T10:00:00Z</time>')
  // Notes are Markdown, sanitized.
  expect(html).toContain('Scraped from <em>the site</em>.')
  expect(html).not.toMatch(/javascript:|<script/)
  // The text element carries the article's language.
  expect(html).toMatch(
    /<div class="scholion-text" data-scholion-text="" id="scholion-text" lang="en-GB">/,
  )
})

test('header: the older `date` still works; `published` wins; bad language is not used', () => {
  const old = toHtml(toHast(plain('x'), { document: { date: '1992-08-17', language: 'en GB"' } }))
  expect(old).toContain('<time datetime="1992-08-17">17 August 1992</time>')
  expect(old).not.toContain('lang="en')
  const both = toHtml(
    toHast(plain('x'), { document: { date: '1992-08-17', published: '1992-08-18' } }),
  )
  expect(both).toContain('18 August 1992')
  expect(both).not.toContain('17 August 1992')
})
