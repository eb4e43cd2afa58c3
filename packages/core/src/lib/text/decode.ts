/**
 * Bytes → source text. Scholion reads UTF-8 strictly: a file that is not valid
 * UTF-8 is an error naming where, never text with U+FFFD silently patched in (a
 * replacement character would shift every offset an annotation was made against).
 * A UTF-16 byte-order mark selects UTF-16, because editors on Windows still write it.
 *
 * Only the global `TextDecoder` is used, so this runs in browsers, workers and Node.
 */
import { ScholionError } from '../problem.js'

/** Encodings {@link decodeText} understands. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be'

/** Options for {@link decodeText}. */
export interface DecodeTextOptions {
  /** File name or path, used only in error messages. Default: none. */
  readonly file?: string
}

/** What {@link decodeText} returns. */
export interface DecodedText {
  /** The decoded text, without the byte-order mark. */
  readonly text: string
  /** Whether the bytes began with a byte-order mark (which is not part of `text`). */
  readonly bom: boolean
  /** The encoding the bytes were read as. */
  readonly encoding: TextEncodingName
}

/**
 * Decodes a file's bytes: UTF-8 (strict), or UTF-16 when a UTF-16 byte-order mark
 * says so. A byte-order mark is an encoding signature, not text: it is stripped and
 * reported as `bom: true`.
 *
 * @throws {ScholionError} with a problem of code `encoding` naming the byte offset
 *   and line:column of the first ill-formed sequence.
 * @example
 * const { text, bom } = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69]))
 * // text === 'hi', bom === true
 */
export function decodeText(bytes: Uint8Array, options: DecodeTextOptions = {}): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeStrict(bytes, 3, 'utf-8', options), bom: true, encoding: 'utf-8' }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decodeStrict(bytes, 2, 'utf-16le', options), bom: true, encoding: 'utf-16le' }
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decodeStrict(bytes, 2, 'utf-16be', options), bom: true, encoding: 'utf-16be' }
  }
  return { text: decodeStrict(bytes, 0, 'utf-8', options), bom: false, encoding: 'utf-8' }
}

function decodeStrict(
  bytes: Uint8Array,
  skip: number,
  encoding: TextEncodingName,
  options: DecodeTextOptions,
): string {
  const body = bytes.subarray(skip)
  try {
    // `ignoreBOM: true` keeps a second, in-text U+FEFF as text: only the signature we
    // already recognised is stripped.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body)
  } catch {
    // The native decoder says only "invalid"; find where, for the message.
    const bad = encoding === 'utf-8' ? firstInvalidUtf8(body) : firstInvalidUtf16(body, encoding)
    throw encodingError(body, bad, skip, encoding, options)
  }
}

function encodingError(
  body: Uint8Array,
  bad: number,
  skip: number,
  encoding: TextEncodingName,
  options: DecodeTextOptions,
): ScholionError {
  // Everything before the bad byte is well-formed, so it decodes to the text a
  // reader's editor shows: line and column are counted there, in UTF-16 code units.
  const before = new TextDecoder(encoding, { ignoreBOM: true }).decode(body.subarray(0, bad))
  let line = 1
  let lineStart = 0
  for (let index = 0; index < before.length; index++) {
    const code = before.charCodeAt(index)
    if (code === 10 || (code === 13 && before.charCodeAt(index + 1) !== 10)) {
      line++
      lineStart = index + 1
    }
  }
  const column = before.length - lineStart + 1
  const byte = body[bad]
  const shown =
    byte === undefined
      ? 'end of input'
      : `byte \`0x${byte.toString(16).toUpperCase().padStart(2, '0')}\``
  const expected =
    encoding === 'utf-8' ? 'UTF-8' : encoding === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE'
  return new ScholionError([
    {
      code: 'encoding',
      severity: 'error',
      message: `Unexpected ${shown} at byte offset ${bad + skip} (line ${line}, column ${column}), expected ${expected} text`,
      ...(options.file === undefined ? {} : { file: options.file }),
      line,
      column,
      offset: before.length,
    },
  ])
}

/** Byte offset where the first ill-formed UTF-8 sequence starts (RFC 3629 table). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const lead = bytes[index] as number
    if (lead < 0x80) {
      index++
      continue
    }
    let needed: number
    let low = 0x80
    let high = 0xbf
    if (lead >= 0xc2 && lead <= 0xdf) needed = 1
    else if (lead >= 0xe0 && lead <= 0xef) {
      needed = 2
      // Overlong forms (E0 80–9F) and UTF-16 surrogates (ED A0–BF) are not UTF-8.
      if (lead === 0xe0) low = 0xa0
      if (lead === 0xed) high = 0x9f
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      needed = 3
      if (lead === 0xf0) low = 0x90
      if (lead === 0xf4) high = 0x8f
    } else return index
    for (let k = 1; k <= needed; k++) {
      const next = bytes[index + k]
      const min = k === 1 ? low : 0x80
      const max = k === 1 ? high : 0xbf
      if (next === undefined || next < min || next > max) return index
    }
    index += needed + 1
  }
  return index
}

/** Byte offset of the first unpaired surrogate (or odd trailing byte) in UTF-16. */
function firstInvalidUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): number {
  const unit = (at: number): number => {
    const a = bytes[at] as number
    const b = bytes[at + 1] as number
    return encoding === 'utf-16le' ? a | (b << 8) : (a << 8) | b
  }
  let index = 0
  while (index + 1 < bytes.length) {
    const code = unit(index)
    if (code >= 0xd800 && code <= 0xdbff) {
      if (index + 3 >= bytes.length) return index
      const next = unit(index + 2)
      if (next < 0xdc00 || next > 0xdfff) return index
      index += 4
    } else if (code >= 0xdc00 && code <= 0xdfff) return index
    else index += 2
  }
  return index
}
