import { describe, expect, it } from 'vitest'
import { decodeText } from '../../src/lib/text/decode.js'
import { formatFromFile, loadDocument } from '../../src/lib/text/load-document.js'

describe('loadDocument', () => {
  it.each([
    ['article.md', 'markdown'],
    ['notes/ARTICLE.MD', 'markdown'],
    ['article.markdown', 'markdown'],
    ['article.mdown', 'markdown'],
    ['article.txt', 'text'],
    ['article.md.txt', 'text'],
    ['README', 'text'],
    [undefined, 'text'],
  ] as const)('format of %s is %s', (file, format) => {
    expect(formatFromFile(file)).toBe(format)
    const doc = loadDocument('*a*', file === undefined ? {} : { file })
    expect(doc.format).toBe(format)
    expect(doc.text).toBe(format === 'markdown' ? 'a' : '*a*')
  })

  it('lets an explicit format win over the extension', () => {
    expect(loadDocument('*a*', { file: 'a.md', format: 'text' }).text).toBe('*a*')
    expect(loadDocument('*a*', { file: 'a.txt', format: 'markdown' }).text).toBe('a')
  })

  it('reads a BOM-prefixed CRLF file: the BOM is gone, CRLF stays', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('a\r\n\r\nb')])
    const { text } = decodeText(bytes)
    expect(loadDocument(text, { file: 'a.txt' }).text).toBe('a\r\n\r\nb')
    expect(loadDocument(text, { file: 'a.md' }).text).toBe('a\nb')
  })

  it('does not mutate or share its input', () => {
    const source = '# T\n\nx'
    const first = loadDocument(source, { format: 'markdown' })
    const second = loadDocument(source, { format: 'markdown' })
    expect(first.hast).not.toBe(second.hast)
    expect(first.hast).toEqual(second.hast)
    expect(first.blocks).toEqual(second.blocks)
    expect(first.sourceMap.segments).toEqual(second.sourceMap.segments)
    expect(first.source).toBe(source)
  })
})
