import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createAnnotationSet } from '../../src/lib/store/annotation-set.js'
import {
  naiveMeets,
  naiveOverlapping,
  seededRandom,
  type TestAnnotation,
  type TestRelation,
} from './reference.js'

const ids = (list: readonly TestAnnotation[]) => list.map((a) => a.id)

// Spans biased towards collisions: short text, many empty spans, shared starts.
const spanArbitrary = fc
  .tuple(fc.nat(40), fc.oneof(fc.constant(0), fc.nat(3), fc.nat(15)))
  .map(([start, length]) => ({ start, end: start + length }))

const annotationsArbitrary = fc.uniqueArray(
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 3 }),
    kind: fc.constantFrom('claim', 'figure', 'speaker'),
    spans: fc.array(spanArbitrary, { maxLength: 4 }),
  }),
  { selector: (a) => a.id, maxLength: 40 },
)

const queryArbitrary = fc
  .tuple(fc.nat(60), fc.oneof(fc.constant(0), fc.nat(4), fc.nat(30)))
  .map(([start, length]) => ({ start, end: start + length }))

describe('overlapping and at', () => {
  const seed = createAnnotationSet<TestAnnotation, TestRelation>([
    { id: 'claim-1', kind: 'claim', spans: [{ start: 0, end: 20 }] },
    { id: 'fig-1', kind: 'figure', spans: [{ start: 5, end: 10 }] },
    {
      id: 'speaker-1',
      kind: 'speaker',
      spans: [
        { start: 8, end: 12 },
        { start: 30, end: 35 },
      ],
    },
    { id: 'caret-1', kind: 'note', spans: [{ start: 10, end: 10 }] },
    { id: 'note-1', kind: 'note', spans: [] },
    { id: 'a-same', kind: 'figure', spans: [{ start: 5, end: 10 }] },
  ])

  it.each([
    // [query, expected ids in document order]
    [[0, 0], ['claim-1']],
    [
      [5, 6],
      ['claim-1', 'a-same', 'fig-1'],
    ],
    [
      [9, 10],
      ['claim-1', 'a-same', 'fig-1', 'speaker-1'],
    ],
    [
      [10, 10],
      ['claim-1', 'speaker-1', 'caret-1'],
    ],
    [
      [10, 11],
      ['claim-1', 'speaker-1', 'caret-1'],
    ],
    [[20, 30], []],
    [
      [0, 40],
      ['claim-1', 'a-same', 'fig-1', 'speaker-1', 'caret-1'],
    ],
    [[31, 32], ['speaker-1']],
    [
      [11, 31],
      ['claim-1', 'speaker-1'],
    ],
    [[100, 200], []],
  ] as const)('overlapping(%j) → %j', ([start, end], expected) => {
    expect(ids(seed.overlapping({ start, end }))).toEqual(expected)
  })

  it.each([
    [0, ['claim-1']],
    [10, ['claim-1', 'speaker-1', 'caret-1']],
    [12, ['claim-1']],
    [20, []],
    [34, ['speaker-1']],
  ] as const)('at(%i) → %j', (offset, expected) => {
    expect(ids(seed.at(offset))).toEqual(expected)
  })

  it.each([
    [{ start: 5, end: 4 }],
    [{ start: -1, end: 4 }],
    [{ start: 0.5, end: 4 }],
    [{ start: 0, end: Number.NaN }],
  ])('rejects the invalid range %j', (range) => {
    expect(() => seed.overlapping(range)).toThrow(RangeError)
  })

  it.each([[-1], [1.5], [Number.POSITIVE_INFINITY]])('rejects the invalid offset %d', (offset) => {
    expect(() => seed.at(offset)).toThrow(RangeError)
  })

  it('equals a linear scan (random spans, empty and multi-span)', () => {
    fc.assert(
      fc.property(
        annotationsArbitrary,
        fc.array(queryArbitrary, { maxLength: 20 }),
        (list, queries) => {
          const set = createAnnotationSet(list)
          for (const query of queries) {
            expect(ids(set.overlapping(query))).toEqual(naiveOverlapping(list, query))
          }
        },
      ),
      { numRuns: 300 },
    )
  })

  it('at(p) equals overlapping([p, p)) and overlapping([p, p + 1))', () => {
    fc.assert(
      fc.property(annotationsArbitrary, fc.nat(60), (list, offset) => {
        const set = createAnnotationSet(list)
        const expected = naiveOverlapping(list, { start: offset, end: offset + 1 })
        expect(ids(set.at(offset))).toEqual(expected)
        expect(ids(set.overlapping({ start: offset, end: offset }))).toEqual(expected)
        expect(ids(set.overlapping({ start: offset, end: offset + 1 }))).toEqual(expected)
      }),
      { numRuns: 200 },
    )
  })

  it('answers the same after an update that keeps the spans (shared index) and one that moves them', () => {
    fc.assert(
      fc.property(
        annotationsArbitrary.filter((list) => list.length > 0),
        fc.nat(),
        fc.array(spanArbitrary, { maxLength: 3 }),
        queryArbitrary,
        (list, pick, spans, query) => {
          const set = createAnnotationSet<TestAnnotation, TestRelation>(list)
          set.overlapping(query) // build the index so the update can share it
          const target = list[pick % list.length] as TestAnnotation
          const renamed = { ...target, kind: 'note', note: 'changed' }
          const kept = set.update(renamed)
          const keptList = list.map((a) => (a.id === target.id ? renamed : a))
          expect(kept.overlapping(query)).toEqual(
            naiveOverlapping(keptList, query).map((id) => kept.get(id)),
          )
          const moved = set.update({ ...target, spans })
          const movedList = list.map((a) => (a.id === target.id ? { ...target, spans } : a))
          expect(ids(moved.overlapping(query))).toEqual(naiveOverlapping(movedList, query))
        },
      ),
      { numRuns: 200 },
    )
  })
})

describe('scale', () => {
  it('answers 100,000 queries over 50,000 annotations; a sample matches a linear scan', () => {
    const random = seededRandom(1992)
    const integer = (limit: number) => Math.floor(random() * limit)
    const textLength = 1_000_000
    const span = () => {
      const start = integer(textLength)
      // Mostly short spans (figures, names), some empty, a few paragraph-long.
      const roll = random()
      const length = roll < 0.1 ? 0 : roll < 0.95 ? 1 + integer(80) : 1 + integer(5000)
      return { start, end: Math.min(textLength, start + length) }
    }
    const annotations: TestAnnotation[] = []
    for (let index = 0; index < 50_000; index++) {
      const spanCount = random() < 0.1 ? 2 + integer(3) : 1
      annotations.push({
        id: `a${index}`,
        kind: 'claim',
        spans: Array.from({ length: spanCount }, span),
      })
    }
    const set = createAnnotationSet(annotations)

    let matches = 0
    let compared = 0
    let duplicates = 0
    let misses = 0
    for (let index = 0; index < 100_000; index++) {
      const start = integer(textLength)
      const query =
        index % 2 === 0
          ? { start, end: start }
          : { start, end: start + integer(index % 3 ? 40 : 2000) }
      const found = set.overlapping(query)
      matches += found.length
      // Every query: each result really meets the query, and appears once.
      // (Counted rather than asserted per result: 100,000 expect calls are slow.)
      if (new Set(found).size !== found.length) duplicates++
      for (const annotation of found) {
        if (!annotation.spans.some((s) => naiveMeets(s, query))) misses++
      }
      // A sample: exactly the linear scan's result, in order.
      if (index % 500 === 0) {
        expect(ids(found)).toEqual(naiveOverlapping(annotations, query))
        compared++
      }
    }
    expect({ duplicates, misses, compared }).toEqual({ duplicates: 0, misses: 0, compared: 200 })
    // Guards against a vacuous pass: the random layout does produce overlaps.
    expect(matches).toBeGreaterThan(100_000)
  })
})
