/**
 * Formats rows as a plain-text table with aligned columns, for terminals.
 * Cells are shown on one line: line breaks and tabs become visible escapes.
 */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const clean = (cell: string) => cell.replace(/\r\n|\r|\n/g, '⏎').replace(/\t/g, ' ')
  const all = [header, ...rows].map((row) => row.map(clean))
  const widths = header.map((_, column) =>
    Math.max(...all.map((row) => [...(row[column] ?? '')].length)),
  )
  return all
    .map((row) =>
      row
        .map((cell, column) =>
          column === row.length - 1
            ? cell
            : cell + ' '.repeat((widths[column] ?? 0) - [...cell].length),
        )
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
}

/** Shortens `text` to at most `max` characters (code points), marking the cut with `…`. */
export function truncate(text: string, max: number): string {
  const characters = [...text]
  return characters.length <= max ? text : `${characters.slice(0, max - 1).join('')}…`
}
