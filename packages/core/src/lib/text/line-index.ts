/**
 * Converts offsets in a string to 1-based line and column numbers and back.
 *
 * Lines end at `\n`, `\r\n` or a lone `\r` (as editors and the JSON and Markdown
 * parsers count them). Columns count UTF-16 code units from 1, like vfile and
 * most editors' "column" readouts.
 */

/** A point in a string: offset (UTF-16 code units) with 1-based line and column. */
export interface LineColumn {
  /** 1-based line number. */
  readonly line: number
  /** 1-based column, in UTF-16 code units. */
  readonly column: number
}

/**
 * An index of line starts, built once per string, answering each lookup in
 * O(log lines).
 *
 * @example
 * const index = createLineIndex('a\r\nbc')
 * index.toLineColumn(4) // => { line: 2, column: 2 }
 * index.toOffset({ line: 2, column: 1 }) // => 3
 */
export interface LineIndex {
  /** Number of lines (an empty string has one). */
  readonly lineCount: number
  /** Line and column of `offset`; `undefined` when it is outside `[0, length]`. */
  toLineColumn(offset: number): LineColumn | undefined
  /** Offset of a line and column; `undefined` when the point is not in the string. */
  toOffset(point: LineColumn): number | undefined
}

/** Builds a {@link LineIndex} for `value`. */
export function createLineIndex(value: string): LineIndex {
  const starts: number[] = [0]
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code === 10 /* \n */) {
      starts.push(index + 1)
    } else if (code === 13 /* \r */) {
      if (value.charCodeAt(index + 1) === 10) index++
      starts.push(index + 1)
    }
  }
  const length = value.length

  return {
    lineCount: starts.length,
    toLineColumn(offset) {
      if (!Number.isInteger(offset) || offset < 0 || offset > length) return undefined
      let low = 0
      let high = starts.length - 1
      while (low < high) {
        const middle = (low + high + 1) >>> 1
        if ((starts[middle] as number) <= offset) low = middle
        else high = middle - 1
      }
      return { line: low + 1, column: offset - (starts[low] as number) + 1 }
    },
    toOffset(point) {
      const start = starts[point.line - 1]
      if (start === undefined || point.column < 1) return undefined
      const next = starts[point.line] ?? length + 1
      const offset = start + point.column - 1
      // The last valid column of a line is just past its final character.
      return offset < next || (offset === length && next === length + 1) ? offset : undefined
    },
  }
}
