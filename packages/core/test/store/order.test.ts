import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { annotationExtent, compareAnnotations } from '../../src/lib/store/order.js'
import { naiveOrder, type TestAnnotation } from './reference.js'

const make = (id: string, ...spans: [number, number][]): TestAnnotation => ({
  id,
  kind: 'note',
  spans: spans.map(([start, end]) => ({ start, end })),
})

describe('compareAnnotations', () => {
  it.each([
    // [a, b, sign of compare(a, b), why]
    [make('b', [0, 5]), make('a', [1, 2]), -1, 'smaller start first'],
    [make('b', [0, 9]), make('a', [0, 5]), -1, 'same start: larger end first'],
    [make('a', [0, 5]), make('b', [0, 5]), -1, 'same span: id'],
    [make('B', [0, 5]), make('a', [0, 5]), -1, 'ids by code unit, not locale'],
    [make('a', [3, 3]), make('b', [3, 4]), 1, 'caret after a range starting there'],
    [make('a', [20, 25], [2, 3]), make('b', [5, 9]), -1, 'multi-span: by extent start'],
    [make('a'), make('b', [100, 101]), 1, 'no spans: last'],
    [make('a'), make('b'), -1, 'no spans: by id'],
  ] as const)('%j vs %j → %i (%s)', (a, b, sign, _why) => {
    expect(Math.sign(compareAnnotations(a, b))).toBe(sign)
    expect(Math.sign(compareAnnotations(b, a))).toBe(-sign)
  })

  it('agrees with the reference order', () => {
    const annotation = fc.record({
      id: fc.string({ maxLength: 3 }),
      kind: fc.constant('note'),
      spans: fc.array(
        fc.tuple(fc.nat(20), fc.nat(5)).map(([start, length]) => ({ start, end: start + length })),
        { maxLength: 3 },
      ),
    })
    fc.assert(
      fc.property(annotation, annotation, (a, b) => {
        expect(Math.sign(compareAnnotations(a, b))).toBe(Math.sign(naiveOrder(a, b)))
      }),
    )
  })
})

describe('annotationExtent', () => {
  it('spans the smallest start to the largest end', () => {
    expect(annotationExtent(make('a', [40, 45], [3, 9]))).toEqual({ start: 3, end: 45 })
  })
  it('is undefined without spans', () => {
    expect(annotationExtent(make('a'))).toBeUndefined()
  })
})
