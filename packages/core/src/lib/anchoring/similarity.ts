/**
 * Similarity of two strings for scoring anchors: 1 minus the edit distance over
 * the longer length, after collapsing runs of whitespace — so a re-wrapped line or
 * a doubled space costs nothing.
 */
import { editDistance } from './myers.js'

// Runs of two or more, or a single whitespace code unit other than a space: the
// same result as replacing every `\s+`, without rewriting each single space.
const whitespaceRun = /\s{2,}|[^\S ]/g

/**
 * Collapses every run of whitespace to one space.
 *
 * @example
 * collapseWhitespace('a \n\n b') // => 'a b'
 */
export function collapseWhitespace(text: string): string {
  return text.replace(whitespaceRun, ' ')
}

/**
 * Similarity in `[0, 1]`: `1 - editDistance(a, b) / max(|a|, |b|)` on
 * whitespace-collapsed strings; 1 when both are empty.
 *
 * @example
 * similarity('the colour', 'the\ncolor') // => 0.9
 */
export function similarity(a: string, b: string): number {
  const left = collapseWhitespace(a)
  const right = collapseWhitespace(b)
  if (left === right) return 1
  const longest = Math.max(left.length, right.length)
  return 1 - editDistance(left, right) / longest
}
