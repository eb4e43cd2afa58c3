import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { rangeCovers, rangesOverlap, toIndexRange } from '../../src/lib/store/overlap.js'
import { naiveMeets } from './reference.js'

describe('rangesOverlap', () => {
  it.each([
    // [a, b, expected, why]
    [[0, 5], [4, 9], true, 'share character 4'],
    [[0, 5], [5, 9], false, 'touch only'],
    [[5, 9], [0, 5], false, 'touch only, other way round'],
    [[0, 9], [3, 4], true, 'containment'],
    [[3, 4], [3, 4], true, 'equal'],
    [[0, 2], [7, 9], false, 'apart'],
    [[5, 5], [5, 9], true, 'caret at start is inside'],
    [[9, 9], [5, 9], false, 'caret at end is outside'],
    [[7, 7], [5, 9], true, 'caret inside'],
    [[4, 4], [5, 9], false, 'caret before'],
    [[5, 5], [5, 5], true, 'equal carets'],
    [[5, 5], [6, 6], false, 'different carets'],
    [[0, 0], [0, 1], true, 'caret at 0 and first character'],
  ] as const)('[%j, %j) → %s (%s)', ([as, ae], [bs, be], expected, _why) => {
    const a = { start: as, end: ae }
    const b = { start: bs, end: be }
    expect(rangesOverlap(a, b)).toBe(expected)
    expect(rangesOverlap(b, a)).toBe(expected)
  })

  it('agrees with the case-by-case rule, and is symmetric', () => {
    const range = fc
      .tuple(fc.nat(30), fc.oneof(fc.constant(0), fc.nat(8)))
      .map(([start, length]) => ({ start, end: start + length }))
    fc.assert(
      fc.property(range, range, (a, b) => {
        expect(rangesOverlap(a, b)).toBe(naiveMeets(a, b))
        expect(rangesOverlap(a, b)).toBe(rangesOverlap(b, a))
      }),
    )
  })
})

describe('rangeCovers', () => {
  it.each([
    [[2, 4], 1, false],
    [[2, 4], 2, true],
    [[2, 4], 3, true],
    [[2, 4], 4, false],
    [[4, 4], 4, true],
    [[4, 4], 3, false],
    [[4, 4], 5, false],
  ] as const)('%j covers %i → %s', ([start, end], offset, expected) => {
    expect(rangeCovers({ start, end }, offset)).toBe(expected)
  })
})

describe('toIndexRange', () => {
  it.each([
    [
      [3, 3],
      [6, 7],
    ],
    [
      [3, 4],
      [6, 8],
    ],
    [
      [0, 0],
      [0, 1],
    ],
  ] as const)('%j → %j', ([start, end], [expectedStart, expectedEnd]) => {
    expect(toIndexRange({ start, end })).toEqual({ start: expectedStart, end: expectedEnd })
  })
})
