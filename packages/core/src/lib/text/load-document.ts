/**
 * Choosing a loader: by the format asked for, else by the file's extension.
 */
import type { DocumentFormat, ScholionDocument } from './document.js'
import { loadMarkdown } from './load-markdown.js'
import { loadText } from './load-text.js'

/** Options for {@link loadDocument}. */
export interface LoadDocumentOptions {
  /**
   * Format of `source`. Default: from `file`'s extension (`.md`, `.markdown`,
   * `.mdown` → `markdown`, case-insensitive), else `text`.
   */
  readonly format?: DocumentFormat
  /** File name or path of the source, used to pick the format. Default: none. */
  readonly file?: string
}

const markdownExtension = /\.(?:md|markdown|mdown)$/i

/**
 * Loads a decoded source (see `decodeText`) as a document with one reading text.
 *
 * @example
 * const doc = loadDocument('# Gulag\n\nMore than 2,000 foreigners…', { file: 'article.md' })
 * doc.format // => 'markdown'
 * doc.text // => 'Gulag\nMore than 2,000 foreigners…'
 */
export function loadDocument(source: string, options: LoadDocumentOptions = {}): ScholionDocument {
  const format = options.format ?? formatFromFile(options.file)
  return format === 'markdown' ? loadMarkdown(source) : loadText(source)
}

/**
 * The format a file name implies: `markdown` for `.md`, `.markdown` and `.mdown`,
 * otherwise `text`.
 *
 * @example
 * formatFromFile('notes/article.MD') // => 'markdown'
 * formatFromFile('article.txt') // => 'text'
 */
export function formatFromFile(file: string | undefined): DocumentFormat {
  return file !== undefined && markdownExtension.test(file) ? 'markdown' : 'text'
}
