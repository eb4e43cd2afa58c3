import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ScholionError } from '../../src/lib/problem.js'
import { decodeText } from '../../src/lib/text/decode.js'

const bytes = (...values: number[]) => new Uint8Array(values)
const utf8 = (value: string) => new TextEncoder().encode(value)

function utf16(value: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + value.length * 2)
  out.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff])
  const view = new DataView(out.buffer)
  for (let index = 0; index < value.length; index++) {
    view.setUint16(2 + index * 2, value.charCodeAt(index), littleEndian)
  }
  return out
}

function caught(run: () => unknown): ScholionError {
  try {
    run()
  } catch (error) {
    if (error instanceof ScholionError) return error
    throw error
  }
  throw new Error('expected a ScholionError')
}

describe('decodeText', () => {
  it.each([
    ['ASCII', utf8('Gulag'), 'Gulag', false, 'utf-8'],
    ['empty', bytes(), '', false, 'utf-8'],
    ['UTF-8 with BOM', bytes(0xef, 0xbb, 0xbf, 0x68, 0x69), 'hi', true, 'utf-8'],
    ['only a BOM', bytes(0xef, 0xbb, 0xbf), '', true, 'utf-8'],
    [
      'a second U+FEFF is text',
      bytes(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x61),
      '\ufeffa',
      true,
      'utf-8',
    ],
    ['astral and combining', utf8('😃 🇫🇷 e\u0301'), '😃 🇫🇷 e\u0301', false, 'utf-8'],
    ['UTF-16LE', utf16('hé😃\r\n', true), 'hé😃\r\n', true, 'utf-16le'],
    ['UTF-16BE', utf16('hé😃\r\n', false), 'hé😃\r\n', true, 'utf-16be'],
  ] as const)('%s', (_name, input, text, bom, encoding) => {
    expect(decodeText(input)).toEqual({ text, bom, encoding })
  })

  it.each([
    // [name, bytes, byte offset, line, column]
    ['stray 0xFF after a line', bytes(0x61, 0x62, 0x0a, 0xff), 3, 2, 1],
    ['lone continuation byte', bytes(0xc3, 0xa9, 0x80), 2, 1, 2],
    ['overlong encoding of NUL', bytes(0x41, 0xc0, 0x80), 1, 1, 2],
    ['encoded UTF-16 surrogate', bytes(0xed, 0xa0, 0x80), 0, 1, 1],
    ['truncated sequence at the end', bytes(0x0d, 0x0a, 0x78, 0xe2, 0x82), 3, 2, 2],
    ['beyond U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0, 1, 1],
    [
      'Latin-1 é after CRLF lines',
      bytes(0x61, 0x0d, 0x0a, 0x0d, 0x0a, 0x63, 0x61, 0x66, 0xe9),
      8,
      3,
      4,
    ],
  ] as const)('rejects invalid UTF-8: %s', (_name, input, offset, line, column) => {
    const error = caught(() => decodeText(input, { file: 'article.txt' }))
    const problem = error.problems[0]
    expect(problem).toMatchObject({
      code: 'encoding',
      severity: 'error',
      file: 'article.txt',
      line,
      column,
    })
    expect(problem?.message).toContain(`byte offset ${offset}`)
    expect(problem?.message).toContain(`line ${line}, column ${column}`)
    expect(problem?.message).toContain('expected UTF-8')
    expect(error.message).toContain(`article.txt:${line}:${column}`)
  })

  it('counts the BOM in the byte offset of a bad byte', () => {
    const error = caught(() => decodeText(bytes(0xef, 0xbb, 0xbf, 0x61, 0xff)))
    expect(error.problems[0]?.message).toContain('byte offset 4')
    expect(error.problems[0]).toMatchObject({ line: 1, column: 2 })
  })

  it('rejects an unpaired surrogate in UTF-16', () => {
    const input = bytes(0xff, 0xfe, 0x61, 0x00, 0x00, 0xd8, 0x62, 0x00)
    const problem = caught(() => decodeText(input)).problems[0]
    expect(problem?.message).toContain('byte offset 4')
    expect(problem?.message).toContain('expected UTF-16LE')
  })

  it('round-trips any Unicode text through UTF-8 (a leading U+FEFF is a BOM)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const bom = value.startsWith('\ufeff')
        expect(decodeText(utf8(value))).toEqual({
          text: bom ? value.slice(1) : value,
          bom,
          encoding: 'utf-8',
        })
      }),
    )
  })

  it('agrees with the native decoder on where UTF-8 goes wrong', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 12 }), (input) => {
        let valid = true
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(input)
        } catch {
          valid = false
        }
        if (valid) return
        const message = caught(() => decodeText(input)).problems[0]?.message ?? ''
        const offset = Number(/byte offset (\d+)/.exec(message)?.[1])
        const skip = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf ? 3 : 0
        if (input[0] === 0xff && input[1] === 0xfe) return
        if (input[0] === 0xfe && input[1] === 0xff) return
        // Everything before the reported byte is valid UTF-8.
        expect(() =>
          new TextDecoder('utf-8', { fatal: true }).decode(input.subarray(skip, offset)),
        ).not.toThrow()
        expect(offset).toBeLessThan(input.length)
      }),
    )
  })
})
