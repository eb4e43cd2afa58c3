import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  compilePattern,
  editDistance,
  findApproximateEnds,
  findMatchStart,
} from '../../src/lib/anchoring/myers.js'

/** Plain dynamic-programming edit distance, the reference the bit-parallel code must agree with. */
function referenceDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      next.push(
        Math.min(
          (row[j] as number) + 1,
          (next[j - 1] as number) + 1,
          (row[j - 1] as number) + cost,
        ),
      )
    }
    row = next
  }
  return row[b.length] as number
}

/** Reference search: minimum distance of the pattern to any substring ending at each offset. */
function referenceEnds(pattern: string, text: string): number[] {
  let row = Array.from({ length: pattern.length + 1 }, (_, index) => index)
  const out = [row[pattern.length] as number]
  for (let j = 1; j <= text.length; j++) {
    const next = [0]
    for (let i = 1; i <= pattern.length; i++) {
      const cost = pattern[i - 1] === text[j - 1] ? 0 : 1
      next.push(
        Math.min(
          (row[i] as number) + 1,
          (next[i - 1] as number) + 1,
          (row[i - 1] as number) + cost,
        ),
      )
    }
    row = next
    out.push(row[pattern.length] as number)
  }
  return out
}

describe('editDistance', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['same', 'same', 0],
    ['a'.repeat(70), `${'a'.repeat(35)}b${'a'.repeat(34)}`, 1],
  ])('%s ↔ %s = %i', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected)
  })

  it('agrees with the DP reference, including multi-block patterns', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 90 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 90 }),
        (a, b) => editDistance(a, b) === referenceDistance(a, b),
      ),
    )
  })
})

describe('findApproximateEnds', () => {
  it('reports every end within k errors, not only the best', () => {
    // An exact copy and a one-typo copy: both must be reported.
    const text = 'the colour red; the color red'
    const { ends, errors } = findApproximateEnds(
      compilePattern('colour red'),
      text,
      0,
      text.length,
      1,
    )
    expect(ends).toContain(14)
    expect(ends).toContain(29)
    expect(errors[ends.indexOf(14)]).toBe(0)
    expect(errors[ends.indexOf(29)]).toBe(1)
  })

  it('agrees with the DP reference at every end', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', 'c'), minLength: 1, maxLength: 75 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 120 }),
        fc.nat(6),
        (pattern, text, k) => {
          const reference = referenceEnds(pattern, text)
          const { ends, errors } = findApproximateEnds(
            compilePattern(pattern),
            text,
            0,
            text.length,
            k,
          )
          const expected = reference.flatMap((d, end) => (d <= k && end > 0 ? [[end, d]] : []))
          expect(ends.map((end, index) => [end, errors[index]])).toEqual(expected)
        },
      ),
    )
  })
})

describe('findMatchStart', () => {
  it.each([
    ['colour', 'my color', 8, { start: 3, errors: 1 }],
    ['abc', 'xxabc', 5, { start: 2, errors: 0 }],
  ] as const)('%s in %s ending at %i', (pattern, text, end, expected) => {
    expect(findMatchStart(pattern, text, end, 0)).toEqual(expected)
  })
})
