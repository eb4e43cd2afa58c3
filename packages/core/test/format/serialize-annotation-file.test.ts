import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { AnnotationFile } from '../../src/lib/format/annotation-file.js'
import { sortAnnotationFile } from '../../src/lib/format/canonical-order.js'
import { parseAnnotationFile } from '../../src/lib/format/parse-annotation-file.js'
import { serializeAnnotationFile } from '../../src/lib/format/serialize-annotation-file.js'
import type { Annotation } from '../../src/lib/model/annotation.js'
import { gulagFile } from '../model/gulag-example.js'

function load(json: string): AnnotationFile {
  const { file, problems } = parseAnnotationFile(json)
  if (file === undefined) throw new Error(problems.map((problem) => problem.message).join('\n'))
  return file
}

describe('serializeAnnotationFile', () => {
  it('writes known keys in the documented order, unknown keys after them sorted, 2 spaces and a newline', () => {
    const file = {
      zeta: true,
      annotations: [
        {
          'x-b': 1,
          status: 'draft',
          value: 2,
          spans: [
            { suffix: 's', anchor: { score: 1, status: 'exact' }, exact: 'e', end: 1, start: 0 },
          ],
          kind: 'figure',
          'x-a': 2,
          id: 'f',
          atLeast: 1,
        },
      ],
      format: 'scholion/1',
      alpha: { b: 1, a: 2 },
    } as unknown as AnnotationFile
    expect(serializeAnnotationFile(file)).toBe(
      `{
  "format": "scholion/1",
  "annotations": [
    {
      "id": "f",
      "kind": "figure",
      "spans": [
        {
          "start": 0,
          "end": 1,
          "exact": "e",
          "suffix": "s",
          "anchor": {
            "status": "exact",
            "score": 1
          }
        }
      ],
      "value": 2,
      "atLeast": 1,
      "status": "draft",
      "x-a": 2,
      "x-b": 1
    }
  ],
  "alpha": {
    "a": 2,
    "b": 1
  },
  "zeta": true
}
`,
    )
  })

  it('orders nested known objects by their schema (claim review, creator)', () => {
    const claim = {
      id: 'c',
      kind: 'claim',
      spans: [],
      review: { reviewer: { id: 'orcid', name: 'R' }, verdict: 'accurate' },
      factuality: { polarity: 'positive', certainty: 'certain' },
      cue: 'said',
    } as Annotation
    const json = serializeAnnotationFile({ format: 'scholion/1', annotations: [claim] })
    expect(json.indexOf('"cue"')).toBeLessThan(json.indexOf('"factuality"'))
    expect(json.indexOf('"certainty"')).toBeLessThan(json.indexOf('"polarity"'))
    expect(json.indexOf('"verdict"')).toBeLessThan(json.indexOf('"reviewer"'))
    expect(json.indexOf('"name"')).toBeLessThan(json.indexOf('"id": "orcid"'))
  })

  it('sorts annotations by first span, then id; span-less ones last; relations by from, type, to', () => {
    const span = (start: number, end: number) => ({ start, end, exact: '' })
    const file: AnnotationFile = {
      format: 'scholion/1',
      annotations: [
        { id: 'none-b', kind: 'note', spans: [] },
        { id: 'late', kind: 'note', spans: [span(9, 10), span(1, 4)] },
        { id: 'b', kind: 'note', spans: [span(1, 3)] },
        { id: 'a', kind: 'note', spans: [span(1, 3)] },
        { id: 'none-a', kind: 'note', spans: [] },
        { id: 'first', kind: 'note', spans: [span(0, 5)] },
      ],
      relations: [
        { type: 'qualifies', from: 'b', to: 'a' },
        { type: 'qualifies', from: 'a', to: 'first' },
        { type: 'partOf', from: 'a', to: 'late' },
      ],
    }
    const saved = load(serializeAnnotationFile(file))
    expect(saved.annotations.map((annotation) => annotation.id)).toEqual([
      'first',
      'a',
      'b',
      'late',
      'none-a',
      'none-b',
    ])
    expect(
      saved.relations?.map((relation) => `${relation.from} ${relation.type} ${relation.to}`),
    ).toEqual(['a partOf late', 'a qualifies first', 'b qualifies a'])
  })

  it('does not change its input', () => {
    const copy = structuredClone(gulagFile)
    serializeAnnotationFile(gulagFile)
    sortAnnotationFile(gulagFile)
    expect(gulagFile).toEqual(copy)
  })

  it('returns the same file from sortAnnotationFile when already sorted', () => {
    const sorted = sortAnnotationFile(gulagFile)
    expect(sortAnnotationFile(sorted)).toBe(sorted)
  })
})

// Arbitrary files: known kinds with arbitrary (not always valid) field values, unknown
// kinds, unknown properties, astral characters and lone-surrogate-free strings.
const text = fc.string({ unit: 'binary', maxLength: 12 })
const json = fc
  .jsonValue({ maxDepth: 2 })
  .map((value) => JSON.parse(JSON.stringify(value)) as unknown)
const spanArbitrary = fc
  .record(
    {
      start: fc.nat(1000),
      length: fc.nat(50),
      exact: text,
      prefix: text,
      suffix: text,
      anchor: fc.record({
        status: fc.constantFrom('exact', 'mapped', 'fuzzy', 'ambiguous', 'orphan'),
        score: fc.double({ min: 0, max: 1, noNaN: true }).map((score) => score + 0),
      }),
    },
    { requiredKeys: ['start', 'length', 'exact'] },
  )
  .map(({ length, ...span }) => ({ ...span, end: span.start + length }))
const extras = fc.dictionary(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }).map((key) => `x-${key}`),
  json,
  { maxKeys: 2 },
)
const kindFields = fc.oneof(
  fc.record(
    {
      kind: fc.constant('figure'),
      value: fc.integer(),
      approximator: text,
      vague: fc.boolean(),
    },
    { requiredKeys: ['kind'] },
  ),
  fc.record(
    { kind: fc.constant('speaker'), name: text, identifiers: fc.dictionary(text, text) },
    {
      requiredKeys: ['kind'],
    },
  ),
  fc.record({ kind: fc.constant('note'), body: text }, { requiredKeys: ['kind'] }),
  fc.record(
    { kind: fc.constant('uncertainty'), scope: fc.array(spanArbitrary, { maxLength: 2 }) },
    { requiredKeys: ['kind'] },
  ),
  fc.record({ kind: fc.constantFrom('quote', 'x:tag', 'Claim'), payload: json }),
)
const fileArbitrary = fc
  .record({
    ids: fc.uniqueArray(fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }), {
      maxLength: 8,
    }),
    annotations: fc.array(
      fc.record({ spans: fc.array(spanArbitrary, { maxLength: 3 }), fields: kindFields, extras }),
      { maxLength: 8 },
    ),
    relations: fc.option(
      fc.array(
        fc.record({
          type: fc.constantFrom('attributedTo', 'partOf', 'qualifies', 'sameAs'),
          from: text,
          to: text,
        }),
        { maxLength: 4 },
      ),
      { nil: undefined },
    ),
    document: fc.option(fc.record({ title: text, 'x-extra': json }, { requiredKeys: [] }), {
      nil: undefined,
    }),
  })
  .map(({ ids, annotations, relations, document }) => {
    const file: Record<string, unknown> = {
      format: 'scholion/1',
      annotations: annotations.slice(0, ids.length).map(({ spans, fields, extras }, index) => ({
        ...extras,
        ...fields,
        id: ids[index],
        spans,
      })),
    }
    if (relations !== undefined) file.relations = relations
    if (document !== undefined) file.document = document
    return file as AnnotationFile
  })

describe('save and load', () => {
  it('load(save(x)) is x in canonical order, and save(load(save(x))) === save(x)', () => {
    fc.assert(
      fc.property(fileArbitrary, (file) => {
        const saved = serializeAnnotationFile(file)
        const loaded = load(saved)
        expect(loaded).toEqual(JSON.parse(JSON.stringify(sortAnnotationFile(file))))
        expect(serializeAnnotationFile(loaded)).toBe(saved)
        expect(saved.endsWith('}\n')).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  it('keeps the reference file exactly, including unknown kinds and properties', () => {
    const withExtras: AnnotationFile = {
      ...gulagFile,
      'x-project': { name: 'Gulag edition' },
      annotations: [
        ...gulagFile.annotations,
        {
          id: 'quote-1',
          kind: 'quote',
          spans: [{ start: 0, end: 2, exact: '😃' }],
          voice: 'ironic 😃',
        },
      ],
    }
    const saved = serializeAnnotationFile(withExtras)
    expect(serializeAnnotationFile(load(saved))).toBe(saved)
    expect(load(saved).annotations.find((annotation) => annotation.id === 'quote-1')).toEqual({
      id: 'quote-1',
      kind: 'quote',
      spans: [{ start: 0, end: 2, exact: '😃' }],
      voice: 'ironic 😃',
    })
  })
})
