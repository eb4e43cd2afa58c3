/**
 * Whitespace normalisation for matching: every whitespace code unit becomes a
 * space. The length never changes, so offsets into the normalised text are offsets
 * into the original — re-wrapped lines (a space that became a line break, or back)
 * then match exactly, with no coordinate conversion at all.
 */

// Every whitespace code unit except the space itself: replacing a space by a space
// is a no-op, and prose has a million of them in 6 MB (matching them made this
// function 40 times slower).
const whitespace = /[^\S ]/

/**
 * Replaces each whitespace code unit of `text` (line breaks, tabs, no-break spaces,
 * …) by a space; same length, same offsets.
 *
 * @example
 * normalizeWhitespace('two\nlines') // => 'two lines'
 */
export function normalizeWhitespace(text: string): string {
  // Split and joined rather than replaced: in V8, `replace` returns a rope (a
  // tree of string pieces), and every `charCodeAt` on it goes through the rope,
  // which made building the gram indexes over 6 MB half again as slow (the
  // sampled index ~20 ms instead of ~9; the full index ~220 instead of ~195). A
  // join writes one flat string.
  return text.split(whitespace).join(' ')
}
