/**
 * Plain text: the reading text is the source, unchanged — no normalisation of line
 * endings, whitespace, NBSP or anything else — so the source map is the identity.
 *
 * Paragraphs are runs of non-blank lines; a blank line is empty or holds only
 * whitespace (as JavaScript's `\s` defines it, which includes NBSP). The hast tree has
 * a `<p>` per paragraph and the separators (line endings, blank lines, leading and
 * trailing whitespace) as text nodes between them, so its text nodes concatenate to
 * exactly the source and a renderer (with `white-space: pre-wrap`) needs only the tree.
 */
import type { Element, Root, Text } from 'hast'
import type { Position } from 'unist'
import type { Block, ScholionDocument } from './document.js'
import { createSourceMap } from './source-map.js'

/**
 * Loads plain text as a {@link ScholionDocument} whose `text` is `source`.
 *
 * @example
 * const doc = loadText('First paragraph.\r\n\r\nSecond.')
 * doc.text === doc.source // => true
 * doc.blocks // => [{ type: 'paragraph', start: 0, end: 16 }, { type: 'paragraph', start: 20, end: 27 }]
 */
export function loadText(source: string): ScholionDocument {
  const children: Array<Element | Text> = []
  const blocks: Block[] = []

  // Walk lines, tracking line numbers ourselves (a line index would scan again).
  let line = 1
  let lineStart = 0
  let offset = 0
  // Where the pending separator text and the current paragraph started.
  let separatorStart = 0
  let separatorPoint = { line: 1, column: 1, offset: 0 }
  let paragraph:
    | { start: number; point: { line: number; column: number; offset: number } }
    | undefined
  let paragraphEnd = 0
  let paragraphEndPoint = separatorPoint

  const pointAt = (at: number) => ({ line, column: at - lineStart + 1, offset: at })

  const closeParagraph = () => {
    if (!paragraph) return
    if (paragraph.start > separatorStart) {
      children.push(
        textNode(source, separatorStart, paragraph.start, separatorPoint, paragraph.point),
      )
    }
    const position: Position = { start: paragraph.point, end: paragraphEndPoint }
    children.push({
      type: 'element',
      tagName: 'p',
      properties: {},
      children: [
        textNode(source, paragraph.start, paragraphEnd, paragraph.point, paragraphEndPoint),
      ],
      position,
    })
    blocks.push({ type: 'paragraph', start: paragraph.start, end: paragraphEnd })
    separatorStart = paragraphEnd
    separatorPoint = paragraphEndPoint
    paragraph = undefined
  }

  while (offset <= source.length) {
    let contentEnd = offset
    while (contentEnd < source.length) {
      const code = source.charCodeAt(contentEnd)
      if (code === 10 || code === 13) break
      contentEnd++
    }
    const blank = /^\s*$/.test(source.slice(offset, contentEnd))
    if (blank) closeParagraph()
    else {
      paragraph ??= { start: offset, point: pointAt(offset) }
      paragraphEnd = contentEnd
      paragraphEndPoint = pointAt(contentEnd)
    }
    if (contentEnd >= source.length) break
    const ending =
      source.charCodeAt(contentEnd) === 13 && source.charCodeAt(contentEnd + 1) === 10 ? 2 : 1
    offset = contentEnd + ending
    line++
    lineStart = offset
  }
  closeParagraph()
  if (source.length > separatorStart) {
    children.push(
      textNode(source, separatorStart, source.length, separatorPoint, pointAt(source.length)),
    )
  }

  const end = pointAt(source.length)
  const hast: Root = {
    type: 'root',
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end },
  }
  const sourceMap = createSourceMap(
    source,
    source.length === 0
      ? []
      : [
          {
            readingStart: 0,
            readingEnd: source.length,
            sourceStart: 0,
            sourceEnd: source.length,
            verbatim: true,
          },
        ],
  )
  return { format: 'text', source, text: source, blocks, sourceMap, hast }
}

function textNode(
  source: string,
  start: number,
  end: number,
  startPoint: { line: number; column: number; offset: number },
  endPoint: { line: number; column: number; offset: number },
): Text {
  return {
    type: 'text',
    value: source.slice(start, end),
    position: { start: startPoint, end: endPoint },
  }
}
