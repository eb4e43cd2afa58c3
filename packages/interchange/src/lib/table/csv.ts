/**
 * CSV (RFC 4180), with a guard against formula injection.
 */
import type { AnnotationFile } from '@scholion/core'
import { type TableCell, type TableRowsOptions, tableColumns, tableRows } from './rows.js'

/**
 * Options of {@link toCsv}.
 *
 * @example
 * const options: ToCsvOptions = { guardFormulas: false }
 */
export interface ToCsvOptions extends TableRowsOptions {
  /**
   * Prefix text cells that start with `=`, `+`, `-`, `@`, a tab or a carriage return
   * with a `'`, so spreadsheet programs show them as text instead of running them as
   * formulas (a quote such as `=HYPERLINK(…)` in an article must not become a live
   * link). Numbers are never prefixed. Default: `true`; turn off only for programs
   * that do not evaluate formulas (pandas, R).
   */
  readonly guardFormulas?: boolean
}

const formulaStart = /^[=+\-@\t\r]/

/**
 * Formats one cell: empty for `null`; text guarded (see {@link ToCsvOptions}) and
 * quoted when it holds a comma, a double quote, CR or LF (quotes doubled).
 *
 * @example
 * csvCell('say "hi", then') // => '"say ""hi"", then"'
 * csvCell('=1+1') // => "'=1+1"
 */
export function csvCell(value: TableCell, guardFormulas = true): string {
  if (value === null) return ''
  if (typeof value !== 'string') return String(value)
  const guarded = guardFormulas && formulaStart.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded
}

/**
 * Converts an annotation file to CSV: a header row, then one row per span (see
 * {@link tableColumns}), lines ended by CRLF as RFC 4180 says.
 *
 * @example
 * const csv = toCsv(file, document.text)
 */
export function toCsv(file: AnnotationFile, text: string, options: ToCsvOptions = {}): string {
  const guard = options.guardFormulas ?? true
  const lines = [tableColumns.join(',')]
  for (const row of tableRows(file, text, options)) {
    lines.push(tableColumns.map((column) => csvCell(row[column], guard)).join(','))
  }
  return `${lines.join('\r\n')}\r\n`
}

/**
 * Parses CSV (RFC 4180: quoted fields with doubled quotes, CRLF or LF line ends)
 * into rows of strings. It does not undo the formula guard.
 *
 * @throws {SyntaxError} on a quote inside an unquoted field or an unclosed quote,
 *   naming the line.
 *
 * @example
 * parseCsv('a,"b ""c"""\r\n1,2\r\n') // => [['a', 'b "c"'], ['1', '2']]
 */
export function parseCsv(csv: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  let line = 1
  let index = 0
  let started = false
  while (index < csv.length) {
    const char = csv[index] as string
    if (quoted) {
      if (char === '"') {
        if (csv[index + 1] === '"') {
          cell += '"'
          index += 2
          continue
        }
        quoted = false
      } else {
        if (char === '\n') line++
        cell += char
      }
      index++
      continue
    }
    if (char === '"') {
      if (cell !== '')
        throw new SyntaxError(
          `Unexpected \`"\` inside an unquoted field on line ${line}, expected it only around a whole field`,
        )
      quoted = true
      started = true
    } else if (char === ',') {
      row.push(cell)
      cell = ''
      started = true
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && csv[index + 1] === '\n') index++
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      started = false
      line++
    } else {
      cell += char
      started = true
    }
    index++
  }
  if (quoted)
    throw new SyntaxError(
      `Unexpected end of file inside a quoted field, expected a closing \`"\` (from line ${line})`,
    )
  if (started || cell !== '' || row.length > 0) {
    row.push(cell)
    rows.push(row)
  }
  return rows
}
