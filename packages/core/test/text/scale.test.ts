/**
 * Real text at scale: the Brown corpus (~6 MB) and a 1 MB line, as plain text and as
 * Markdown. No timing assertions: these must simply work and stay consistent.
 */
import { describe, expect, it } from 'vitest'
import { brownText } from '../../../../test-support/brown.mjs'
import { loadMarkdown } from '../../src/lib/text/load-markdown.js'
import { loadText } from '../../src/lib/text/load-text.js'
import { hastText } from './hast-text.js'

const brown = brownText()

function checkMap(source: string, doc: ReturnType<typeof loadMarkdown>): number {
  let verbatim = 0
  for (const segment of doc.sourceMap.segments) {
    if (!segment.verbatim) continue
    verbatim += segment.readingEnd - segment.readingStart
    expect(doc.text.slice(segment.readingStart, segment.readingEnd)).toBe(
      source.slice(segment.sourceStart, segment.sourceEnd),
    )
  }
  // Spot checks spread over the whole text.
  for (let x = 0; x <= doc.text.length; x += 9973) {
    const point = doc.sourceMap.toSource(x)
    if (point?.exact) expect(doc.sourceMap.toReading(point.offset)).toBe(x)
  }
  return verbatim
}

describe('Brown corpus', () => {
  it('is about 6 MB', () => {
    expect(brown.length).toBeGreaterThan(5_000_000)
  })

  it('loads as plain text unchanged', () => {
    const doc = loadText(brown)
    expect(doc.text).toBe(brown)
    expect(hastText(doc.hast)).toBe(brown)
    expect(doc.blocks.length).toBe(brown.split('\n\n').length)
  })

  it('loads as Markdown with nearly all of the reading text mapped verbatim', () => {
    const doc = loadMarkdown(brown)
    expect(hastText(doc.hast)).toBe(doc.text)
    const verbatim = checkMap(brown, doc)
    expect(verbatim / doc.text.length).toBeGreaterThan(0.95)
    expect(doc.blocks.length).toBeGreaterThan(10_000)
  })
})

describe('a 1 MB single line', () => {
  // About 1 MB, with a character reference every kilobyte (remark-parse is slow on
  // one paragraph dense with references, and that is not what this test is about).
  const line = `${'The figure was 2,000 and more; '.repeat(33)}&amp; `.repeat(1_000)

  it('loads as plain text', () => {
    expect(line.length).toBeGreaterThan(1_000_000)
    expect(loadText(line).text).toBe(line)
  })

  it('loads as Markdown, references decoded and mapped', () => {
    const doc = loadMarkdown(line)
    expect(doc.text).toBe(line.replaceAll('&amp;', '&').trimEnd())
    checkMap(line, doc)
    expect(doc.sourceMap.segments.filter((segment) => !segment.verbatim)).toHaveLength(1_000)
  })
})
