import { UsageError } from './errors.js'

/**
 * The value of a command's `--format` option, checked against the formats it
 * accepts; a `UsageError` naming the value and the choices otherwise.
 */
export function formatOption<Format extends string>(
  value: string | boolean | undefined,
  formats: readonly Format[],
): Format {
  if (typeof value === 'string' && (formats as readonly string[]).includes(value)) {
    return value as Format
  }
  throw new UsageError(
    value === undefined
      ? `Missing --format, expected one of ${formats.join(', ')}`
      : `Unexpected format \`${String(value)}\`, expected one of ${formats.join(', ')}`,
  )
}
