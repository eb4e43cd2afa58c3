import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type AnnotationSet, createAnnotationSet } from '../../src/lib/store/annotation-set.js'
import {
  deepFreeze,
  naiveOverlapping,
  type TestAnnotation,
  type TestRelation,
} from './reference.js'

type TestSet = AnnotationSet<TestAnnotation, TestRelation>

const claim: TestAnnotation = { id: 'claim-1', kind: 'claim', spans: [{ start: 0, end: 42 }] }
const speaker: TestAnnotation = {
  id: 'speaker-1',
  kind: 'speaker',
  spans: [
    { start: 44, end: 68 },
    { start: 90, end: 104 },
  ],
}
const figure: TestAnnotation = { id: 'fig-1', kind: 'figure', spans: [{ start: 10, end: 15 }] }
const attributed: TestRelation = { type: 'attributedTo', from: 'claim-1', to: 'speaker-1' }
const partOf: TestRelation = { type: 'partOf', from: 'fig-1', to: 'claim-1' }

const base = (): TestSet => createAnnotationSet([claim, speaker, figure], [attributed, partOf])
const ids = (list: Iterable<{ readonly id: string }>) => [...list].map((a) => a.id)

describe('createAnnotationSet', () => {
  it('creates an empty set without arguments', () => {
    const set = createAnnotationSet()
    expect(set.size).toBe(0)
    expect([...set]).toEqual([])
    expect(set.relations).toEqual([])
    expect(set.at(0)).toEqual([])
  })

  it('keeps insertion order for iteration, annotations and relations', () => {
    const set = base()
    expect(set.size).toBe(3)
    expect(ids(set)).toEqual(['claim-1', 'speaker-1', 'fig-1'])
    expect(ids(set.annotations)).toEqual(['claim-1', 'speaker-1', 'fig-1'])
    expect(set.relations).toEqual([attributed, partOf])
  })

  it('accepts any iterable', () => {
    const set = createAnnotationSet(new Map([['a', claim]]).values())
    expect(set.get('claim-1')).toBe(claim)
  })

  it.each([
    [
      'duplicate ids',
      [claim, { ...claim }],
      /Duplicate annotation id `claim-1` at `annotations\[1\]`/,
    ],
    [
      'end before start',
      [{ ...claim, spans: [{ start: 5, end: 3 }] }],
      /`spans\[0\]` of annotation `claim-1` `\[5, 3\)`/,
    ],
    ['negative start', [{ ...claim, spans: [{ start: -1, end: 3 }] }], /expected integer offsets/],
    ['fractional end', [{ ...claim, spans: [{ start: 1, end: 2.5 }] }], /expected integer offsets/],
  ] as const)('throws a RangeError on %s', (_, list, message) => {
    expect(() => createAnnotationSet(list)).toThrow(RangeError)
    expect(() => createAnnotationSet(list)).toThrow(message)
  })

  it('keeps dangling and duplicate relations as given (check reports them)', () => {
    const dangling = { type: 'qualifies', from: 'unc-9', to: 'claim-1' }
    const set = createAnnotationSet([claim], [dangling, dangling])
    expect(set.relations).toEqual([dangling, dangling])
    expect(set.check().map((f) => f.code)).toEqual([
      'relation-end-missing',
      'relation-duplicate',
      'relation-end-missing',
    ])
  })
})

describe('lookups', () => {
  it.each([
    ['claim-1', claim],
    ['speaker-1', speaker],
    ['missing', undefined],
    ['', undefined],
  ] as const)('get(%j)', (id, expected) => {
    expect(base().get(id)).toBe(expected)
    expect(base().has(id)).toBe(expected !== undefined)
  })

  it.each([
    ['claim', ['claim-1']],
    ['figure', ['fig-1']],
    ['uncertainty', []],
  ] as const)('byKind(%j)', (kind, expected) => {
    expect(ids(base().byKind(kind))).toEqual(expected)
  })

  it.each([
    ['claim-1', [attributed], [partOf], [attributed, partOf]],
    ['speaker-1', [], [attributed], [attributed]],
    ['fig-1', [partOf], [], [partOf]],
    ['missing', [], [], []],
  ] as const)('relations of %j', (id, from, to, of) => {
    const set = base()
    expect(set.relationsFrom(id)).toEqual(from)
    expect(set.relationsTo(id)).toEqual(to)
    expect(set.relationsOf(id)).toEqual(of)
  })

  it('lists a relation from an annotation to itself once', () => {
    const self = { type: 'sameAs', from: 'claim-1', to: 'claim-1' }
    const set = createAnnotationSet([claim], [self])
    expect(set.relationsOf('claim-1')).toEqual([self])
  })

  it('handles ids that are special property names', () => {
    const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty']
    const set = createAnnotationSet(
      names.map((id) => ({ id, kind: id, spans: [{ start: 0, end: 1 }] })),
      [{ type: 'sameAs', from: '__proto__', to: 'constructor' }],
    )
    for (const id of names) {
      expect(set.get(id)?.id).toBe(id)
      expect(ids(set.byKind(id))).toEqual([id])
    }
    expect(set.relationsOf('constructor')).toHaveLength(1)
    expect(set.relationsOf('toString')).toEqual([])
    expect(set.get('valueOf')).toBeUndefined()
  })

  it('returns frozen lists, so a caller cannot corrupt the cached indexes', () => {
    const set = base()
    expect(Object.isFrozen(set.annotations)).toBe(true)
    expect(Object.isFrozen(set.relations)).toBe(true)
    expect(Object.isFrozen(set.byKind('claim'))).toBe(true)
    expect(Object.isFrozen(set.byKind('none'))).toBe(true)
    expect(Object.isFrozen(set.relationsOf('claim-1'))).toBe(true)
  })
})

describe('changes', () => {
  it('add appends, and keeps the old set as it was', () => {
    const set = base()
    const note = { id: 'note-1', kind: 'note', spans: [{ start: 12, end: 12 }] }
    const next = set.add(note)
    expect(ids(next)).toEqual(['claim-1', 'speaker-1', 'fig-1', 'note-1'])
    expect(ids(next.at(12))).toEqual(['claim-1', 'fig-1', 'note-1'])
    expect(next.relations).toBe(set.relations)
    expect(ids(set)).toEqual(['claim-1', 'speaker-1', 'fig-1'])
    expect(ids(set.at(12))).toEqual(['claim-1', 'fig-1'])
    expect(set.get('note-1')).toBeUndefined()
  })

  it('update replaces in place and keeps relations', () => {
    const set = base()
    const moved = { ...figure, spans: [{ start: 50, end: 52 }] }
    const next = set.update(moved)
    expect(ids(next)).toEqual(['claim-1', 'speaker-1', 'fig-1'])
    expect(next.get('fig-1')).toBe(moved)
    expect(ids(next.at(51))).toEqual(['speaker-1', 'fig-1'])
    expect(ids(next.at(11))).toEqual(['claim-1'])
    expect(next.relations).toBe(set.relations)
    expect(set.get('fig-1')).toBe(figure)
    expect(ids(set.at(11))).toEqual(['claim-1', 'fig-1'])
  })

  it('update reflects a changed kind in byKind', () => {
    const next = base().update({ ...figure, kind: 'claim' })
    expect(ids(next.byKind('claim'))).toEqual(['claim-1', 'fig-1'])
    expect(next.byKind('figure')).toEqual([])
  })

  it('remove takes the relations touching the annotation with it by default', () => {
    const set = base()
    const next = set.remove('claim-1')
    expect(ids(next)).toEqual(['speaker-1', 'fig-1'])
    expect(next.relations).toEqual([])
    expect(next.check()).toEqual([])
    expect(ids(next.at(12))).toEqual(['fig-1'])
    // What went: the old set still answers.
    expect(set.relationsOf('claim-1')).toEqual([attributed, partOf])
    expect(set.relations).toEqual([attributed, partOf])
  })

  it('remove keeps unrelated relations, and shares them when none is touched', () => {
    const lone = { id: 'note-1', kind: 'note', spans: [] }
    const set = base().add(lone)
    expect(set.remove('fig-1').relations).toEqual([attributed])
    expect(set.remove('note-1').relations).toBe(set.relations)
  })

  it('remove with relations: "refuse" throws naming the relations, and changes nothing', () => {
    const set = base()
    expect(() => set.remove('speaker-1', { relations: 'refuse' })).toThrow(
      /Cannot remove annotation `speaker-1`: relations `attributedTo` from `claim-1` to `speaker-1`/,
    )
    expect(set.size).toBe(3)
    const lone = set.removeRelation(attributed)
    expect(ids(lone.remove('speaker-1', { relations: 'refuse' }))).toEqual(['claim-1', 'fig-1'])
  })

  it('addRelation appends; removeRelation removes by type, from and to', () => {
    const set = createAnnotationSet<TestAnnotation, TestRelation>([claim, speaker])
    const next = set.addRelation(attributed)
    expect(next.relations).toEqual([attributed])
    expect(next.relationsTo('speaker-1')).toEqual([attributed])
    const back = next.removeRelation({ type: 'attributedTo', from: 'claim-1', to: 'speaker-1' })
    expect(back.relations).toEqual([])
    expect(back.relationsTo('speaker-1')).toEqual([])
    expect(next.relations).toEqual([attributed])
  })

  it('removeRelation removes duplicates loaded from a file too', () => {
    const set = createAnnotationSet(
      [claim, speaker],
      [attributed, { ...attributed, note: 'again' }],
    )
    expect(set.removeRelation(attributed).relations).toEqual([])
  })

  it.each<[string, (set: TestSet) => TestSet, RegExp]>([
    [
      'add with a taken id',
      (s) => s.add({ ...claim }),
      /Duplicate annotation id `claim-1`.*update/,
    ],
    [
      'add with a bad span',
      (s) => s.add({ id: 'x', kind: 'note', spans: [{ start: 2, end: 1 }] }),
      /annotation `x`/,
    ],
    [
      'update of an unknown id',
      (s) => s.update({ ...claim, id: 'nope' }),
      /Unknown annotation id `nope`.*add/,
    ],
    [
      'update with a bad span',
      (s) => s.update({ ...claim, spans: [{ start: 0, end: -1 }] }),
      /`spans\[0\]`/,
    ],
    [
      'addRelation to an unknown id',
      (s) => s.addRelation({ type: 'sameAs', from: 'claim-1', to: 'x' }),
      /Unknown annotation `x` at `to`/,
    ],
    [
      'addRelation from an unknown id',
      (s) => s.addRelation({ type: 'sameAs', from: 'x', to: 'claim-1' }),
      /Unknown annotation `x` at `from`/,
    ],
  ])('throws a RangeError on %s', (_, change, message) => {
    const set = base()
    expect(() => change(set)).toThrow(RangeError)
    expect(() => change(set)).toThrow(message)
  })
})

describe('changes that change nothing return the same set', () => {
  it.each<[string, (set: TestSet) => TestSet]>([
    ['add of the same object', (s) => s.add(claim)],
    ['update with the same object', (s) => s.update(speaker)],
    ['remove of an unknown id', (s) => s.remove('nope')],
    ['addRelation of a present relation', (s) => s.addRelation(attributed)],
    ['addRelation of an equal relation', (s) => s.addRelation({ ...attributed, note: 'other' })],
    [
      'removeRelation of an absent relation',
      (s) => s.removeRelation({ ...attributed, type: 'sameAs' }),
    ],
  ])('%s', (_, change) => {
    const set = base()
    expect(change(set)).toBe(set)
  })
})

describe('immutability', () => {
  it('never mutates its inputs (deep-frozen inputs, every operation)', () => {
    const annotations = deepFreeze([claim, speaker, figure].map((a) => structuredClone(a)))
    const relations = deepFreeze([attributed, partOf].map((r) => structuredClone(r)))
    const extra = deepFreeze({ id: 'note-1', kind: 'note', spans: [{ start: 3, end: 3 }] })
    // Frozen objects throw on write in ES modules (strict mode), so any mutation fails here.
    const set = createAnnotationSet(annotations, relations)
    const next = set
      .add(extra)
      .update(deepFreeze({ ...extra, spans: [{ start: 4, end: 9 }] }))
      .addRelation(deepFreeze({ type: 'qualifies', from: 'note-1', to: 'claim-1' }))
      .removeRelation(partOf)
      .remove('speaker-1')
    next.at(5)
    next.overlapping({ start: 0, end: 100 })
    next.byKind('note')
    next.relationsOf('claim-1')
    next.check({ fits: () => false })
    expect(annotations).toEqual([claim, speaker, figure])
    expect(relations).toEqual([attributed, partOf])
  })

  it('copies the input arrays, so later changes to them do not reach the set', () => {
    const annotations = [claim]
    const relations: TestRelation[] = []
    const set = createAnnotationSet(annotations, relations)
    annotations.push(speaker)
    relations.push(attributed)
    expect(set.size).toBe(1)
    expect(set.relations).toEqual([])
  })

  it('matches a naive model through random edits, and old sets never change', () => {
    const id = fc.constantFrom('a', 'b', 'c', 'd', 'e')
    const span = fc
      .tuple(fc.nat(20), fc.oneof(fc.constant(0), fc.nat(6)))
      .map(([start, length]) => ({ start, end: start + length }))
    const annotation = fc.record({
      id,
      kind: fc.constantFrom('claim', 'figure'),
      spans: fc.array(span, { maxLength: 3 }),
    })
    const relation = fc.record({ type: fc.constantFrom('sameAs', 'partOf'), from: id, to: id })
    const operation = fc.oneof(
      fc.record({ op: fc.constant('add' as const), annotation }),
      fc.record({ op: fc.constant('update' as const), annotation }),
      fc.record({ op: fc.constant('remove' as const), id }),
      fc.record({ op: fc.constant('addRelation' as const), relation }),
      fc.record({ op: fc.constant('removeRelation' as const), relation }),
    )

    fc.assert(
      fc.property(fc.array(operation, { maxLength: 25 }), fc.nat(22), (operations, offset) => {
        let set: TestSet = createAnnotationSet()
        let model: { annotations: TestAnnotation[]; relations: TestRelation[] } = {
          annotations: [],
          relations: [],
        }
        const history: { set: TestSet; snapshot: string; at: string[] }[] = []
        const same = (a: TestRelation, b: TestRelation) =>
          a.type === b.type && a.from === b.from && a.to === b.to

        for (const step of operations) {
          history.push({
            set,
            snapshot: JSON.stringify([set.annotations, set.relations]),
            at: ids(set.at(offset)),
          })
          const has = (x: string) => model.annotations.some((a) => a.id === x)
          let changed = true
          switch (step.op) {
            case 'add':
              if (has(step.annotation.id)) continue // misuse; tested elsewhere
              set = set.add(step.annotation)
              model = { ...model, annotations: [...model.annotations, step.annotation] }
              break
            case 'update':
              if (!has(step.annotation.id)) continue
              set = set.update(step.annotation)
              model = {
                ...model,
                annotations: model.annotations.map((a) =>
                  a.id === step.annotation.id ? step.annotation : a,
                ),
              }
              break
            case 'remove': {
              const before = set
              set = set.remove(step.id)
              changed = has(step.id)
              expect(set === before).toBe(!changed)
              model = {
                annotations: model.annotations.filter((a) => a.id !== step.id),
                relations: model.relations.filter((r) => r.from !== step.id && r.to !== step.id),
              }
              break
            }
            case 'addRelation': {
              if (!has(step.relation.from) || !has(step.relation.to)) continue
              const before = set
              set = set.addRelation(step.relation)
              changed = !model.relations.some((r) => same(r, step.relation))
              expect(set === before).toBe(!changed)
              if (changed) model = { ...model, relations: [...model.relations, step.relation] }
              break
            }
            case 'removeRelation': {
              const before = set
              set = set.removeRelation(step.relation)
              changed = model.relations.some((r) => same(r, step.relation))
              expect(set === before).toBe(!changed)
              model = {
                ...model,
                relations: model.relations.filter((r) => !same(r, step.relation)),
              }
              break
            }
          }

          expect(set.annotations).toEqual(model.annotations)
          expect(set.relations).toEqual(model.relations)
          expect(ids(set.at(offset))).toEqual(
            naiveOverlapping(model.annotations, { start: offset, end: offset }),
          )
          expect(set.check()).toEqual([])
          for (const annotation of model.annotations) {
            expect(set.relationsOf(annotation.id)).toEqual(
              model.relations.filter((r) => r.from === annotation.id || r.to === annotation.id),
            )
          }
        }
        for (const old of history) {
          expect(JSON.stringify([old.set.annotations, old.set.relations])).toBe(old.snapshot)
          expect(ids(old.set.at(offset))).toEqual(old.at)
        }
      }),
      { numRuns: 300 },
    )
  })
})
