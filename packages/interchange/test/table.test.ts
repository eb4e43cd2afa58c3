import type { AnnotationFile } from '@scholion/core'
import { csvCell, parseCsv, tableColumns, tableRows, toCsv, toJsonl } from '@scholion/interchange'
import * as fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { loadExample } from './fixtures.js'

const example = loadExample()

describe('tableRows', () => {
  test('one row per span, code points next to UTF-16', () => {
    const text = 'a😃 2,000 b'
    const file = {
      format: 'scholion/1',
      annotations: [
        {
          id: 'f',
          kind: 'figure',
          spans: [{ start: 4, end: 9, exact: '2,000' }],
          value: 2000,
          atLeast: 2001,
          vague: false,
        },
        {
          id: 'u',
          kind: 'uncertainty',
          spans: [{ start: 0, end: 1, exact: 'a' }],
          scope: [{ start: 4, end: 9, exact: '2,000' }],
          degree: 'high',
        },
        { id: 'n', kind: 'note', spans: [], body: 'whole' },
      ],
    } as unknown as AnnotationFile
    const rows = tableRows(file, text)
    expect(rows.map((row) => [row.id, row.field, row.span, row.start, row.start_cp])).toEqual([
      ['f', 'spans', 0, 4, 3],
      ['u', 'spans', 0, 0, 0],
      ['u', 'scope', 0, 4, 3],
      ['n', null, null, null, null],
    ])
    expect(rows[0]).toMatchObject({ value: 2000, at_least: 2001, vague: false, kind: 'figure' })
    expect(rows[3]?.body).toBe('whole')
  })

  test('the example: every span has a row', () => {
    const rows = tableRows(example.file, example.text)
    const spans = example.file.annotations.reduce(
      (sum, annotation) =>
        sum +
        Math.max(
          1,
          annotation.spans.length + (Array.isArray(annotation.scope) ? annotation.scope.length : 0),
        ),
      0,
    )
    expect(rows.length).toBe(spans)
  })
})

describe('CSV', () => {
  test.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
  ])('cell %j → %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected)
  })

  test('numbers are not guarded; the guard can be turned off', () => {
    expect(csvCell(-5)).toBe('-5')
    expect(csvCell('=1', false)).toBe('=1')
    expect(csvCell(null)).toBe('')
  })

  test('reads back what was written (the example)', () => {
    const csv = toCsv(example.file, example.text, { guardFormulas: false })
    expect(csv.endsWith('\r\n')).toBe(true)
    const [header, ...rows] = parseCsv(csv)
    expect(header).toEqual([...tableColumns])
    const expected = tableRows(example.file, example.text)
    expect(rows.length).toBe(expected.length)
    rows.forEach((row, index) => {
      const want = expected[index]
      tableColumns.forEach((column, columnIndex) => {
        const value = want?.[column]
        expect(row[columnIndex]).toBe(value === null || value === undefined ? '' : String(value))
      })
    })
  })

  test('property: any cell text round-trips through quoting', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 4 }), {
          minLength: 1,
          maxLength: 5,
        }),
        (table) => {
          const csv = table
            .map((row) => row.map((cell) => csvCell(cell, false)).join(','))
            .join('\r\n')
          const parsed = parseCsv(`${csv}\r\n`)
          // A row of one empty cell is an empty line: RFC 4180 readers see it as such.
          expect(parsed.map((row) => row.join('\u0000'))).toEqual(
            table.map((row) => row.join('\u0000')),
          )
        },
      ),
    )
  })

  test('malformed CSV is an error naming the line', () => {
    expect(() => parseCsv('a,b\r\nc"d,e\r\n')).toThrow(/line 2/)
    expect(() => parseCsv('"open')).toThrow(/closing/)
  })
})

describe('JSON Lines', () => {
  test('reads back what was written', () => {
    const jsonl = toJsonl(example.file, example.text)
    const lines = jsonl.trimEnd().split('\n')
    expect(lines.map((line) => JSON.parse(line))).toEqual(tableRows(example.file, example.text))
    expect(jsonl.endsWith('\n')).toBe(true)
  })
})
