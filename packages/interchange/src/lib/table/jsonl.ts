/**
 * JSON Lines: one JSON object per span.
 */
import type { AnnotationFile } from '@scholion/core'
import { type TableRowsOptions, tableRows } from './rows.js'

/**
 * Options of {@link toJsonl}.
 *
 * @example
 * const options: ToJsonlOptions = { registry: createKindRegistry([quoteKind]) }
 */
export interface ToJsonlOptions extends TableRowsOptions {}

/**
 * Converts an annotation file to JSON Lines: one object per span with every column
 * of {@link tableColumns} (empty ones as `null`, numbers as numbers), each on its
 * own line ended by LF. Unlike CSV, cells are not guarded against formulas: JSON
 * readers do not evaluate them.
 *
 * @example
 * toJsonl(file, document.text).split('\n')[0] // => '{"id":"bp-notification-banner",…}'
 */
export function toJsonl(file: AnnotationFile, text: string, options: ToJsonlOptions = {}): string {
  return tableRows(file, text, options)
    .map((row) => `${JSON.stringify(row)}\n`)
    .join('')
}
