/**
 * Whitespace normalisation for matching: every whitespace code unit becomes a
 * space. The length never changes, so offsets into the normalised text are offsets
 * into the original — re-wrapped lines (a space that became a line break, or back)
 * then match exactly, with no coordinate conversion at all.
 */

const whitespace = /\s/g

/**
 * Replaces each whitespace code unit of `text` (line breaks, tabs, no-break spaces,
 * …) by a space; same length, same offsets.
 *
 * @example
 * normalizeWhitespace('two\nlines') // => 'two lines'
 */
export function normalizeWhitespace(text: string): string {
  return text.replace(whitespace, ' ')
}
