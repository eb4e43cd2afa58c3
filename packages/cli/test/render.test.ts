import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { type AnnotationFile, createSpan, serializeAnnotationFile } from '@scholion/core'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { exitCodes } from '../src/index.js'
import { scholion, temporaryFolder } from './helpers.js'

const article = '# Report\n\nMore than *2,000* foreigners were held, the ministry said.\n'
const text = 'Report\nMore than 2,000 foreigners were held, the ministry said.'

function fileWith(quotes: Record<string, string>): string {
  const annotations = Object.entries(quotes).map(([id, quote]) => {
    const start = text.indexOf(quote)
    return {
      id,
      kind: 'figure',
      spans: [
        start < 0
          ? { start: 0, end: quote.length, exact: quote }
          : createSpan(text, start, start + quote.length),
      ],
    }
  })
  return serializeAnnotationFile({
    format: 'scholion/1',
    document: { title: 'A <b>report</b>' },
    annotations,
  } as unknown as AnnotationFile)
}

let folder: { path: string; remove: () => void }
beforeEach(() => {
  folder = temporaryFolder()
  writeFileSync(join(folder.path, 'article.md'), article)
})
afterEach(() => folder.remove())

describe('scholion render', () => {
  test('writes a standalone page with every span highlighted, exit 0', async () => {
    writeFileSync(join(folder.path, 'notes.json'), fileWith({ 'fig-2000': '2,000' }))
    const result = await scholion(
      ['render', 'article.md', 'notes.json', '-o', 'out.html'],
      folder.path,
    )
    expect(result.code).toBe(exitCodes.ok)
    expect(result.stderr).toBe('Wrote out.html.\n')
    const html = readFileSync(join(folder.path, 'out.html'), 'utf8')
    expect(html).toMatch(/^<!doctype html>/i)
    expect(html).toContain('Content-Security-Policy')
    expect(html).toMatch(/data-annotations="fig-2000"[^>]*>2,000</)
    // The title from the file is escaped, never markup.
    expect(html).toContain('A &#x3C;b>report&#x3C;/b>')
  })

  test('--fragment writes only the edition element to stdout', async () => {
    writeFileSync(join(folder.path, 'notes.json'), fileWith({ 'fig-2000': '2,000' }))
    const result = await scholion(['render', 'article.md', 'notes.json', '--fragment'], folder.path)
    expect(result.code).toBe(exitCodes.ok)
    expect(result.stdout).not.toMatch(/<html|<!doctype/i)
    expect(result.stdout).toContain('data-scholion-text')
  })

  test('renders an article alone', async () => {
    const result = await scholion(['render', 'article.md', '--title', 'Alone'], folder.path)
    expect(result.code).toBe(exitCodes.ok)
    expect(result.stdout).toContain('<title>Alone</title>')
  })

  test('unanchored spans are listed in the edition and counted in a warning, exit 1', async () => {
    writeFileSync(
      join(folder.path, 'notes.json'),
      fileWith({ 'fig-2000': '2,000', 'fig-gone': 'seventeen camps' }),
    )
    const result = await scholion(
      ['render', 'article.md', 'notes.json', '-o', 'out.html'],
      folder.path,
    )
    expect(result.code).toBe(exitCodes.findings)
    expect(result.stderr).toMatch(/warning: 1 span could not be placed in article\.md/)
    const html = readFileSync(join(folder.path, 'out.html'), 'utf8')
    expect(html).toContain('seventeen camps')
    expect(html).toMatch(/[Uu]nanchored/)
  })

  test('an output folder that does not exist is reported, exit 1', async () => {
    writeFileSync(join(folder.path, 'notes.json'), fileWith({ 'fig-2000': '2,000' }))
    const result = await scholion(
      ['render', 'article.md', 'notes.json', '-o', 'missing/out.html'],
      folder.path,
    )
    expect(result.code).toBe(exitCodes.findings)
    expect(result.stderr).toMatch(
      /Cannot write `missing\/out\.html`: its folder `missing` does not exist \[write\]/,
    )
  })

  test('a file with errors is not rendered', async () => {
    writeFileSync(
      join(folder.path, 'bad.json'),
      '{"format": "scholion/1", "annotations": [{"kind": "figure"}]}',
    )
    const result = await scholion(
      ['render', 'article.md', 'bad.json', '-o', 'out.html'],
      folder.path,
    )
    expect(result.code).toBe(exitCodes.findings)
    expect(result.stderr).toMatch(/nothing was rendered/)
    expect(existsSync(join(folder.path, 'out.html'))).toBe(false)
  })
})
