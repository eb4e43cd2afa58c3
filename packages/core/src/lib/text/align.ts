/**
 * Aligning a text node's value (reading text) with the source slice it came from,
 * to build source-map segments.
 *
 * Markdown parsers rewrite a little of what they read: they decode character
 * references, drop backslashes before punctuation, strip block-quote markers,
 * indentation and trailing spaces at line ends, and in code spans turn line
 * endings into spaces. The aligner walks value and source together and knows only
 * those rewrites. Whatever it cannot explain it does not guess at: the rest of that
 * line becomes one non-verbatim segment, and alignment resumes at the next line.
 *
 * Internal to the text loaders (not exported from the package).
 */
import type { SourceSegment } from './source-map.js'

/** Collects segments in reading order, merging verbatim neighbours. */
export class SegmentCollector {
  readonly segments: SourceSegment[] = []

  /** Adds `[readingStart, +readingLength) ↔ [sourceStart, +sourceLength)`; empty sides are dropped. */
  add(
    readingStart: number,
    readingLength: number,
    sourceStart: number,
    sourceLength: number,
    verbatim: boolean,
  ): void {
    // A side with nothing in it is not a mapping: reading text with no source maps
    // to nothing, and source with no reading text is markup.
    if (readingLength <= 0 || sourceLength <= 0) return
    const last = this.segments[this.segments.length - 1]
    if (
      verbatim &&
      last?.verbatim &&
      last.readingEnd === readingStart &&
      last.sourceEnd === sourceStart
    ) {
      this.segments[this.segments.length - 1] = {
        ...last,
        readingEnd: readingStart + readingLength,
        sourceEnd: sourceStart + sourceLength,
      }
      return
    }
    this.segments.push({
      readingStart,
      readingEnd: readingStart + readingLength,
      sourceStart,
      sourceEnd: sourceStart + sourceLength,
      verbatim,
    })
  }
}

/** How a text node's value was derived from its source. */
export type AlignMode = 'text' | 'inlineCode'

/** Decodes one character reference such as `&amp;` the way the parser does. */
export type ReferenceDecoder = (reference: string) => string

const referencePattern = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/y

function isLineEnding(code: number): boolean {
  return code === 10 || code === 13
}

function isAsciiPunctuation(code: number): boolean {
  return (
    (code >= 33 && code <= 47) ||
    (code >= 58 && code <= 64) ||
    (code >= 91 && code <= 96) ||
    (code >= 123 && code <= 126)
  )
}

/** Index of the next line ending in `value` at or after `from`, or `end`. */
function nextLineEnding(value: string, from: number, end: number): number {
  let index = from
  while (index < end && !isLineEnding(value.charCodeAt(index))) index++
  return index
}

/**
 * Aligns a positioned text node: `value` starts at reading offset `readingBase`;
 * its source is `source.slice(sourceStart, sourceEnd)`.
 */
export function alignTextNode(
  value: string,
  source: string,
  sourceStart: number,
  sourceEnd: number,
  readingBase: number,
  mode: AlignMode,
  decode: ReferenceDecoder,
  out: SegmentCollector,
): void {
  // The common case, and the fast path for large documents.
  if (sourceEnd - sourceStart === value.length && source.startsWith(value, sourceStart)) {
    out.add(readingBase, value.length, sourceStart, value.length, true)
    return
  }

  let j = sourceStart
  let end = sourceEnd
  if (mode === 'inlineCode') {
    // The node's position covers the backtick fences; the content is between them.
    while (j < end && source.charCodeAt(j) === 96) j++
    while (end > j && source.charCodeAt(end - 1) === 96) end--
    // CommonMark strips one space (or line ending) from each side when both sides
    // have one and the content is not all spaces.
    const first = source.charCodeAt(j)
    const last = source.charCodeAt(end - 1)
    const spaceLike = (code: number) => code === 32 || isLineEnding(code)
    if (
      end - j >= 2 &&
      spaceLike(first) &&
      spaceLike(last) &&
      /[^ \r\n]/.test(source.slice(j, end))
    ) {
      j += first === 13 && source.charCodeAt(j + 1) === 10 ? 2 : 1
      end -= last === 10 && source.charCodeAt(end - 2) === 13 ? 2 : 1
    }
  }

  let i = 0
  // Start of the current verbatim run, on both sides.
  let runI = 0
  let runJ = j
  const flush = () => {
    out.add(readingBase + runI, i - runI, runJ, i - runI, true)
  }
  const restart = () => {
    runI = i
    runJ = j
  }

  /** After a line ending on both sides, skip the next source line's container prefix. */
  const skipLinePrefix = () => {
    const expected = value.charCodeAt(i)
    while (j < end) {
      const code = source.charCodeAt(j)
      // Spaces, tabs and `>` are block-quote markers and indentation, unless the
      // value itself continues with that character.
      if ((code === 32 || code === 9 || code === 62) && code !== expected) j++
      else break
    }
  }

  while (i < value.length && j < end) {
    const v = value.charCodeAt(i)
    const s = source.charCodeAt(j)

    if (mode === 'text' && s === 92 /* \ */) {
      const escaped = source.charCodeAt(j + 1)
      if (j + 1 < end && isAsciiPunctuation(escaped) && v === escaped) {
        // A backslash escape: the backslash is markup; the character maps exactly.
        flush()
        j++
        restart()
        i++
        j++
        continue
      }
    }

    if (mode === 'text' && s === 38 /* & */) {
      referencePattern.lastIndex = j
      const match = referencePattern.exec(source)
      if (match && j + match[0].length <= end) {
        const reference = match[0]
        const decoded = decode(reference)
        if (decoded !== reference) {
          if (!value.startsWith(decoded, i)) {
            flush()
            failLine()
            continue
          }
          flush()
          out.add(readingBase + i, decoded.length, j, reference.length, false)
          i += decoded.length
          j += reference.length
          restart()
          continue
        }
      }
    }

    if (v === s) {
      i++
      j++
      // After a complete line ending (not between \r and \n) skip the next line's prefix.
      if (isLineEnding(v) && !(v === 13 && value.charCodeAt(i) === 10)) {
        flush()
        skipLinePrefix()
        restart()
      }
      continue
    }

    if (isLineEnding(v) && (s === 32 || s === 9)) {
      // Trailing spaces before a line ending are not in the value.
      flush()
      while (j < end && (source.charCodeAt(j) === 32 || source.charCodeAt(j) === 9)) j++
      restart()
      continue
    }

    if (mode === 'inlineCode' && v === 32 && isLineEnding(s)) {
      // A code span's line ending reads as a space: rewritten, so not verbatim.
      flush()
      const length = s === 13 && source.charCodeAt(j + 1) === 10 ? 2 : 1
      out.add(readingBase + i, 1, j, length, false)
      i++
      j += length
      skipLinePrefix()
      restart()
      continue
    }

    flush()
    failLine()
  }
  flush()
  // Reading text left over has no source (such as the space to-hast adds before a
  // footnote back-reference); source left over is markup. Neither is mapped.

  /**
   * Something unexplained: the rest of this line on both sides becomes one
   * non-verbatim segment (in a code span, where line endings became spaces, the
   * rest of the node), and alignment resumes at the line ending.
   */
  function failLine(): void {
    const valueStop = mode === 'inlineCode' ? value.length : nextLineEnding(value, i, value.length)
    const sourceStop = mode === 'inlineCode' ? end : nextLineEnding(source, j, end)
    out.add(readingBase + i, valueStop - i, j, sourceStop - j, false)
    i = valueStop
    j = sourceStop
    restart()
  }
}

/**
 * Aligns the text of a code block, which has no position of its own, against the
 * source of its `code` element: each value line is the end of one source line
 * (block-quote markers and indentation come before it); a fenced block's opening
 * fence line comes first. A line that does not fit (a tab expanded into spaces)
 * becomes one non-verbatim segment.
 */
export function alignCodeBlock(
  value: string,
  source: string,
  sourceStart: number,
  sourceEnd: number,
  readingBase: number,
  out: SegmentCollector,
): void {
  let j = sourceStart
  const firstLineEnd = nextLineEnding(source, j, sourceEnd)
  if (/^[ \t>]*(```|~~~)/.test(source.slice(j, firstLineEnd)))
    j = skipLineEnding(source, firstLineEnd, sourceEnd)

  let i = 0
  while (i < value.length && j < sourceEnd) {
    const valueLineEnd = nextLineEnding(value, i, value.length)
    const valueNext = skipLineEnding(value, valueLineEnd, value.length)
    const sourceLineEnd = nextLineEnding(source, j, sourceEnd)
    const sourceNext = skipLineEnding(source, sourceLineEnd, sourceEnd)
    const content = value.slice(i, valueLineEnd)
    const prefixEnd = sourceLineEnd - content.length
    if (
      prefixEnd >= j &&
      source.startsWith(content, prefixEnd) &&
      /^[ \t>]*$/.test(source.slice(j, prefixEnd))
    ) {
      out.add(readingBase + i, content.length, prefixEnd, content.length, true)
    } else {
      out.add(readingBase + i, content.length, j, sourceLineEnd - j, false)
    }
    const valueEnding = value.slice(valueLineEnd, valueNext)
    if (valueEnding !== '' && valueEnding === source.slice(sourceLineEnd, sourceNext)) {
      out.add(
        readingBase + valueLineEnd,
        valueEnding.length,
        sourceLineEnd,
        valueEnding.length,
        true,
      )
    }
    i = valueNext
    j = sourceNext
  }
}

function skipLineEnding(value: string, at: number, end: number): number {
  if (at >= end) return at
  if (value.charCodeAt(at) === 13 && value.charCodeAt(at + 1) === 10 && at + 1 < end) return at + 2
  return at + 1
}
