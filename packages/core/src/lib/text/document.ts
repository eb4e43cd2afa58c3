/**
 * A loaded document: its source, its reading text, the reading text's blocks, the
 * map between reading-text and source offsets, and the hast tree a renderer shows.
 *
 * Offsets in `text`, `blocks` and the source map's reading side are UTF-16 code
 * units, half-open `[start, end)`, into `text` (the reading text). Offsets on the
 * source side are UTF-16 code units into `source`.
 */
import type { Root } from 'hast'
import type { SourceMap } from './source-map.js'

/** Source formats Scholion loads. */
export type DocumentFormat = 'text' | 'markdown'

/**
 * A leaf-ish block of the reading text, in document order.
 *
 * Types produced: `paragraph`, `heading` (with `depth` 1–6), `code` (a code block),
 * `table` (a whole table), `thematicBreak` (empty range), `listItem` (the inline
 * content of a tight list item, with `depth` = list nesting, 1 for the outermost)
 * and `footnotes` (the generated footnote section as one block). Blocks do not
 * overlap; the separators between them (inserted line breaks) belong to no block.
 *
 * @example
 * const block: Block = { type: 'heading', start: 0, end: 5, depth: 1 }
 */
export interface Block {
  /** Kind of block, such as `paragraph` or `heading`. */
  readonly type: string
  /** Reading-text offset where the block starts (inclusive). */
  readonly start: number
  /** Reading-text offset where the block ends (exclusive). */
  readonly end: number
  /** Heading rank for `heading`; nesting depth for `listItem`. */
  readonly depth?: number
}

/**
 * One document with its single reading text (contract 1 of the design): what a
 * reader sees, equal to the concatenated text nodes of `hast` and, once rendered,
 * to the `textContent` of the article element.
 *
 * @example
 * const doc: ScholionDocument = loadDocument('Hello *world*', { format: 'markdown' })
 * doc.text // => 'Hello world'
 */
export interface ScholionDocument {
  /** Format the source was read as. */
  readonly format: DocumentFormat
  /** The decoded source, unchanged. */
  readonly source: string
  /** The reading text: the concatenation of all text nodes of `hast`, in order. */
  readonly text: string
  /** Leaf-ish blocks of the reading text, in order. */
  readonly blocks: readonly Block[]
  /** Maps reading-text offsets to source offsets and back. */
  readonly sourceMap: SourceMap
  /** The document as a hast tree, with `position` on nodes that have a source. */
  readonly hast: Root
}
