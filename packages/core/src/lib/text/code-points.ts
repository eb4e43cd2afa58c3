/**
 * Two coordinate spaces over the same string, converted only here:
 * UTF-16 code-unit offsets (what JavaScript strings, the DOM and Scholion use)
 * and Unicode code-point offsets (what the W3C Web Annotation model and brat use).
 * An astral character such as 😃 is two code units and one code point.
 */

/** True when `offset` falls between the two halves of a surrogate pair in `text`. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false
  const before = text.charCodeAt(offset - 1)
  const after = text.charCodeAt(offset)
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff
}

/**
 * Converts UTF-16 code-unit offsets to code-point offsets and back, in O(1) per
 * lookup after an O(n) scan (and no table at all for text without astral characters).
 *
 * @example
 * const points = createCodePointIndex('a😃b')
 * points.toCodePoint(3) // => 2
 * points.toCodeUnit(2) // => 3
 */
export interface CodePointIndex {
  /** Length of the text in code points. */
  readonly codePointLength: number
  /**
   * Code-point offset of a code-unit offset in `[0, length]`; `undefined` when out of
   * range or when it splits a surrogate pair.
   */
  toCodePoint(codeUnitOffset: number): number | undefined
  /** Code-unit offset of a code-point offset in `[0, codePointLength]`; `undefined` when out of range. */
  toCodeUnit(codePointOffset: number): number | undefined
}

/** Builds a {@link CodePointIndex} for `text`. */
export function createCodePointIndex(text: string): CodePointIndex {
  // Code-unit offsets at which each astral character starts, ascending.
  const astral: number[] = []
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        astral.push(index)
        index++
      }
    }
  }
  const length = text.length
  const codePointLength = length - astral.length

  /** Number of astral characters starting before code-unit offset `unit`. */
  function astralBefore(unit: number): number {
    let low = 0
    let high = astral.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if ((astral[middle] as number) < unit) low = middle + 1
      else high = middle
    }
    return low
  }

  return {
    codePointLength,
    toCodePoint(unit) {
      if (!Number.isInteger(unit) || unit < 0 || unit > length) return undefined
      if (splitsSurrogatePair(text, unit)) return undefined
      return astral.length === 0 ? unit : unit - astralBefore(unit)
    },
    toCodeUnit(point) {
      if (!Number.isInteger(point) || point < 0 || point > codePointLength) return undefined
      if (astral.length === 0) return point
      // The code-unit offset is point + k, where k astral characters start before it.
      let low = 0
      let high = astral.length
      while (low < high) {
        const middle = (low + high) >>> 1
        // The astral character at index `middle` starts at code point astral[middle] - middle.
        if ((astral[middle] as number) - middle < point) low = middle + 1
        else high = middle
      }
      return point + low
    },
  }
}
