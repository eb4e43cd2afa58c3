/**
 * Markdown: CommonMark with GitHub's extensions (remark-parse + remark-gfm), turned
 * into hast by mdast-util-to-hast. The reading text is the concatenation of every
 * hast text node's value in document order — the `textContent` of the element a
 * renderer puts the tree in. Precisely, it contains:
 *
 * - the text of paragraphs, headings, list items, table cells, links, emphasis,
 *   strikethrough, with character references decoded and backslash escapes removed;
 *   line endings inside a paragraph kept as in the source (`\n` or `\r\n`), with the
 *   block-quote markers, indentation and trailing spaces around them removed;
 * - code spans' content (line endings read as spaces) and code blocks' content, each
 *   code block followed by `\n`;
 * - a `\n` for every hard break (after the `<br>`), and the `\n` text nodes
 *   mdast-util-to-hast inserts between block elements (and inside lists and tables);
 * - a space after each task-list checkbox;
 * - for GFM footnotes: each call's number (`1`), and at the end a section with the
 *   label `Footnotes`, the definitions' text, and a `↩` back-reference (preceded by
 *   a space) per definition.
 *
 * It does not contain raw HTML: `allowDangerousHtml` is false, so HTML in the source
 * is dropped (text between inline tags stays, as ordinary text), and an image is
 * an element whose `alt` is an attribute, not text.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast'
import { toHast } from 'mdast-util-to-hast'
import { alignCodeBlock, alignTextNode, SegmentCollector } from './align.js'
import type { Block, ScholionDocument } from './document.js'
import { decodeReference, parseMarkdown } from './parse-markdown.js'
import { createSourceMap } from './source-map.js'

const headingRanks: Readonly<Record<string, number>> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 }
const blockTags = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'table',
  'hr',
  'ul',
  'ol',
  'blockquote',
  'section',
  'div',
])

/**
 * Loads Markdown as a {@link ScholionDocument}: hast with positions, the reading
 * text (see the module comment for exactly what it holds), blocks and source map.
 *
 * @example
 * const doc = loadMarkdown('# Title\n\nSome *emphasis* &amp; more.')
 * doc.text // => 'Title\nSome emphasis & more.'
 * doc.sourceMap.toSource(5) // => { offset: 7, line: 1, column: 8, exact: true }
 */
export function loadMarkdown(source: string): ScholionDocument {
  // Raw HTML is not part of the reading text (and would be unsafe to render). The
  // mdast is not kept: only the hast is needed from here on, and a 6 MB document's
  // mdast is a few hundred megabytes.
  const hast = toHast(parseMarkdown(source), { allowDangerousHtml: false }) as Root

  const parts: string[] = []
  const blocks: Block[] = []
  const segments = new SegmentCollector()
  let offset = 0
  let listDepth = 0
  // Inside the footnote section or a table, inner blocks are part of one block.
  let insideLeafBlock = 0

  const visit = (node: RootContent | ElementContent, parent: Element | Root): void => {
    if (node.type === 'text') {
      const value = node.value
      const position = node.position
      const parentTag = parent.type === 'element' ? parent.tagName : undefined
      if (position?.start.offset !== undefined && position.end.offset !== undefined) {
        const mode = parentTag === 'code' ? 'inlineCode' : 'text'
        alignTextNode(
          value,
          source,
          position.start.offset,
          position.end.offset,
          offset,
          mode,
          decodeReference,
          segments,
        )
      } else if (parentTag === 'code' && parent.type === 'element') {
        // Code-block text carries no position; its `code` element does.
        const start = parent.position?.start.offset
        const end = parent.position?.end.offset
        if (start !== undefined && end !== undefined)
          alignCodeBlock(value, source, start, end, offset, segments)
      }
      parts.push(value)
      offset += value.length
      return
    }
    if (node.type !== 'element') return

    const tag = node.tagName
    const start = offset
    let type: string | undefined
    let depth: number | undefined
    if (insideLeafBlock === 0) {
      if (tag === 'p') type = 'paragraph'
      else if (headingRanks[tag] !== undefined) {
        type = 'heading'
        depth = headingRanks[tag]
      } else if (tag === 'pre') type = 'code'
      else if (tag === 'table') type = 'table'
      else if (tag === 'hr') type = 'thematicBreak'
      else if (tag === 'section' && node.properties.dataFootnotes !== undefined) type = 'footnotes'
    }

    if (tag === 'li' && insideLeafBlock === 0) {
      visitListItem(node)
      return
    }
    const leaf = type === 'table' || type === 'footnotes'
    if (leaf) insideLeafBlock++
    if (tag === 'ul' || tag === 'ol') listDepth++
    for (const child of node.children) visit(child, node)
    if (tag === 'ul' || tag === 'ol') listDepth--
    if (leaf) insideLeafBlock--
    if (type !== undefined) {
      blocks.push(
        depth === undefined ? { type, start, end: offset } : { type, start, end: offset, depth },
      )
    }
  }

  /** A tight list item's inline content (before any nested block) is a block of its own. */
  const visitListItem = (item: Element): void => {
    let inlineStart: number | undefined
    let inlineEnd = offset
    const closeInline = () => {
      if (inlineStart !== undefined && inlineEnd > inlineStart) {
        blocks.push({ type: 'listItem', start: inlineStart, end: inlineEnd, depth: listDepth })
      }
      inlineStart = undefined
    }
    for (const child of item.children) {
      const isBlock = child.type === 'element' && blockTags.has(child.tagName)
      // The `\n` to-hast inserts around blocks is a separator, not content.
      const isSeparator =
        child.type === 'text' && child.position === undefined && child.value === '\n'
      if (isBlock) closeInline()
      else if (!isSeparator) inlineStart ??= offset
      visit(child, item)
      if (!isBlock && !isSeparator) inlineEnd = offset
    }
    closeInline()
  }

  for (const child of hast.children) visit(child, hast)

  const text = parts.join('')
  return {
    format: 'markdown',
    source,
    text,
    blocks,
    sourceMap: createSourceMap(source, segments.segments),
    hast,
  }
}
