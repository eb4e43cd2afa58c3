import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as z from 'zod'
import * as core from '../../src/index.js'
import {
  annotationSpans,
  builtInRelationRules,
  computeTextHash,
  createAnnotation,
  createKindRegistry,
  createSpan,
  defaultKindRegistry,
  defineKind,
  isKind,
  relationFits,
  ScholionError,
  splitsSurrogatePair,
} from '../../src/index.js'
import { gulagFile, gulagText } from './gulag-example.js'

describe('exports', () => {
  it('exports the model and format API', () => {
    for (const name of [
      'parseAnnotationFile',
      'serializeAnnotationFile',
      'scholionJsonSchema',
      'createKindRegistry',
      'defineKind',
      'createAnnotation',
      'createSpan',
      'computeTextHash',
      'sortAnnotationFile',
      'annotationSpans',
      'isKind',
      'relationFits',
    ]) {
      expect(typeof (core as Record<string, unknown>)[name], name).toBe('function')
    }
  })
})

describe('kinds', () => {
  const cases: { annotation: Record<string, unknown>; valid: boolean }[] = [
    {
      annotation: { id: 'c', kind: 'claim', spans: [], mode: 'mixed', category: 'causal' },
      valid: true,
    },
    { annotation: { id: 'c', kind: 'claim', spans: [], category: 'opinion' }, valid: false },
    {
      annotation: {
        id: 'c',
        kind: 'claim',
        spans: [],
        review: { verdict: 'accurate', evidence: [{ url: 'u' }] },
      },
      valid: true,
    },
    { annotation: { id: 'c', kind: 'claim', spans: [], review: { evidence: [{}] } }, valid: false },
    {
      annotation: { id: 'f', kind: 'figure', spans: [], atLeast: 1, atMost: 1, value: 1 },
      valid: true,
    },
    { annotation: { id: 'f', kind: 'figure', spans: [], atLeast: 2, atMost: 1 }, valid: false },
    {
      annotation: { id: 'f', kind: 'figure', spans: [], numberType: 'money', unit: 'USD' },
      valid: true,
    },
    { annotation: { id: 's', kind: 'speaker', spans: [], type: 'organisation' }, valid: true },
    { annotation: { id: 's', kind: 'speaker', spans: [], type: 'robot' }, valid: false },
    { annotation: { id: 'u', kind: 'uncertainty', spans: [], origin: 'reader' }, valid: false },
    { annotation: { id: 'u', kind: 'uncertainty', spans: [], degree: 'high' }, valid: true },
    { annotation: { id: 'n', kind: 'note', spans: [], body: 7 }, valid: false },
    { annotation: { id: 'n', kind: 'note', spans: [], confidence: 1.5 }, valid: false },
    {
      annotation: { id: 'n', kind: 'note', spans: [], created: '2024-05-01T12:00:00+02:00' },
      valid: false,
    },
    {
      annotation: { id: 'n', kind: 'note', spans: [], creator: { name: 'x', id: 'y' } },
      valid: true,
    },
  ]
  it.each(cases)('validates $annotation as $valid', ({ annotation, valid }) => {
    const schema = defaultKindRegistry.get(String(annotation.kind))?.schema
    expect(schema?.safeParse(annotation).success).toBe(valid)
  })

  it('accepts every annotation of the reference article', () => {
    for (const annotation of gulagFile.annotations) {
      expect(
        defaultKindRegistry.get(annotation.kind)?.schema.safeParse(annotation).success,
        annotation.id,
      ).toBe(true)
    }
  })

  it('narrows with isKind', () => {
    const speaker = gulagFile.annotations.find((annotation) => isKind(annotation, 'speaker'))
    expect(speaker && isKind(speaker, 'speaker') ? speaker.name : undefined).toBe(
      'Anatoly Krayushkin',
    )
  })
})

describe('createKindRegistry', () => {
  it('is immutable: register returns a new registry and refuses redefinitions', () => {
    const quote = defineKind({ kind: 'quote', fields: { language: z.string().optional() } })
    const registry = createKindRegistry()
    const extended = registry.register(quote)
    expect(registry.has('quote')).toBe(false)
    expect(extended.kinds).toEqual([
      'claim',
      'figure',
      'speaker',
      'uncertainty',
      'note',
      'boilerplate',
      'quote',
    ])
    expect(() => extended.register(quote)).toThrow(RangeError)
    expect(() => registry.register(defineKind({ kind: 'claim', fields: {} }))).toThrow(RangeError)
    expect(Object.isFrozen(extended)).toBe(true)
  })

  it('kind-checks relations only for built-in kinds and custom kinds with rules', () => {
    const registry = createKindRegistry([
      defineKind({ kind: 'quote', fields: {} }),
      defineKind({
        kind: 'event',
        fields: {},
        relations: [{ type: 'partOf', from: ['event'], to: ['event'] }],
      }),
    ])
    expect(registry.checksRelations('claim')).toBe(true)
    expect(registry.checksRelations('quote')).toBe(false)
    expect(registry.checksRelations('event')).toBe(true)
    expect(registry.checksRelations('unregistered')).toBe(false)
    expect(relationFits(registry.relationRules, 'partOf', 'event', 'event')).toBe(true)
  })

  it('keeps the key order of a custom kind: identity, fields, metadata', () => {
    const kind = defineKind({
      kind: 'quote',
      fields: { b: z.string().optional(), a: z.string().optional() },
    })
    expect(kind.keyOrder.slice(0, 5)).toEqual(['id', 'kind', 'spans', 'b', 'a'])
    expect(() => defineKind({ kind: 'x', fields: {}, spanFields: ['nope'] })).toThrow(RangeError)
  })
})

describe('relationFits', () => {
  const table: [core.RelationType, string, string, boolean][] = [
    ['attributedTo', 'claim', 'speaker', true],
    ['attributedTo', 'uncertainty', 'speaker', true],
    ['attributedTo', 'note', 'speaker', false],
    ['partOf', 'figure', 'figure', true],
    ['partOf', 'claim', 'claim', true],
    ['partOf', 'claim', 'figure', false],
    ['qualifies', 'uncertainty', 'speaker', true],
    ['qualifies', 'note', 'note', true],
    ['qualifies', 'figure', 'claim', false],
    ['sameAs', 'speaker', 'speaker', true],
    ['sameAs', 'speaker', 'claim', false],
    ['corroborates', 'figure', 'claim', true],
    ['contradicts', 'speaker', 'claim', false],
  ]
  it.each(table)('%s from %s to %s: %s', (type, from, to, fits) => {
    expect(relationFits(builtInRelationRules, type, from, to)).toBe(fits)
  })
})

describe('createSpan', () => {
  it('describes a range with its quote and context', () => {
    expect(createSpan('More than 2,000 foreigners', 10, 15, { context: 5 })).toEqual({
      start: 10,
      end: 15,
      exact: '2,000',
      prefix: 'than ',
      suffix: ' fore',
    })
  })

  it('throws on misuse', () => {
    expect(() => createSpan('abc', 2, 1)).toThrow(RangeError)
    expect(() => createSpan('abc', 0, 4)).toThrow(RangeError)
    expect(() => createSpan('a😃', 0, 2)).toThrow(RangeError)
  })

  it('never splits a surrogate pair in its context', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 30 }),
        fc.nat(10),
        fc.nat(),
        fc.nat(),
        (text, context, a, b) => {
          const offsets = [...Array(text.length + 1).keys()].filter(
            (offset) => !splitsSurrogatePair(text, offset),
          )
          const start = offsets[a % offsets.length] ?? 0
          const end = offsets[b % offsets.length] ?? 0
          const [low, high] = start <= end ? [start, end] : [end, start]
          const span = createSpan(text, low, high, { context })
          expect(`${span.prefix}${span.exact}${span.suffix}`).toBe(
            text.slice(low - (span.prefix?.length ?? 0), high + (span.suffix?.length ?? 0)),
          )
          expect(splitsSurrogatePair(text, low - (span.prefix?.length ?? 0))).toBe(false)
          expect(splitsSurrogatePair(text, high + (span.suffix?.length ?? 0))).toBe(false)
        },
      ),
    )
  })
})

describe('createAnnotation', () => {
  it('fills in id and spans, and created when asked', () => {
    const figure = createAnnotation(
      { kind: 'figure', value: 501 },
      { stamp: new Date(Date.UTC(2024, 4, 1)) },
    )
    expect(figure.id).toMatch(/^figure-[\w-]{12}$/)
    expect(figure).toMatchObject({
      kind: 'figure',
      spans: [],
      value: 501,
      created: '2024-05-01T00:00:00.000Z',
    })
    expect(createAnnotation({ kind: 'note', id: 'n1' })).toEqual({
      kind: 'note',
      id: 'n1',
      spans: [],
    })
    expect(createAnnotation({ kind: 'quote', text: 'kept' })).toMatchObject({
      kind: 'quote',
      text: 'kept',
    })
  })

  it('throws a ScholionError when the fields do not fit the kind', () => {
    expect(() => createAnnotation({ kind: 'figure', atLeast: 3, atMost: 1 })).toThrow(ScholionError)
  })
})

describe('annotationSpans', () => {
  it('lists spans and the span fields of the kind', () => {
    const hedge = gulagFile.annotations.find((annotation) => annotation.id === 'unc-apparently')
    expect(
      hedge &&
        annotationSpans(hedge).map(({ field, index, span }) => `${field}[${index}] ${span.exact}`),
    ).toEqual(['spans[0] apparently', 'scope[0] do not account for large numbers of foreigners'])
  })
})

describe('computeTextHash', () => {
  it('hashes the UTF-8 encoding with SHA-256', async () => {
    expect(await computeTextHash('')).toBe(
      'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    )
    expect(await computeTextHash('abc')).toBe(
      'sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    )
    const hash = await computeTextHash(gulagText)
    expect(core.textHashSchema.safeParse(hash).success).toBe(true)
  })
})
