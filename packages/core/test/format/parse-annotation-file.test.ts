import { describe, expect, it } from 'vitest'
import { parseAnnotationFile } from '../../src/lib/format/parse-annotation-file.js'
import { serializeAnnotationFile } from '../../src/lib/format/serialize-annotation-file.js'
import { defineKind } from '../../src/lib/model/kind-definition.js'
import { createKindRegistry } from '../../src/lib/model/kind-registry.js'
import type { Problem } from '../../src/lib/problem.js'
import { gulagFile, gulagText } from '../model/gulag-example.js'

/** JSON of a file with the given annotations and relations. */
function fileJson(annotations: unknown[], relations?: unknown[]): string {
  return JSON.stringify(
    { format: 'scholion/1', annotations, ...(relations ? { relations } : {}) },
    null,
    2,
  )
}

function summary(problems: readonly Problem[]): string[] {
  return problems.map((problem) => `${problem.severity} ${problem.code} ${problem.jsonPath}`)
}

describe('parseAnnotationFile', () => {
  it('loads the reference article’s file without problems', () => {
    const json = serializeAnnotationFile(gulagFile)
    const { file, problems } = parseAnnotationFile(json, { text: gulagText })
    expect(problems).toEqual([])
    expect(file?.annotations).toHaveLength(gulagFile.annotations.length)
  })

  it('accepts drafts with only id, kind and spans', () => {
    const json = fileJson(
      ['claim', 'figure', 'speaker', 'uncertainty', 'note'].map((kind) => ({
        id: kind,
        kind,
        spans: [],
      })),
    )
    expect(parseAnnotationFile(json).problems).toEqual([])
  })

  it('reports every syntax error with line and column, and returns no file', () => {
    const json = '{\n  "format": "scholion/1",\n  "annotations": [1 2],\n  "x": ,\n}'
    const { file, problems } = parseAnnotationFile(json, { file: 'a.json' })
    expect(file).toBeUndefined()
    expect(problems.length).toBeGreaterThanOrEqual(2)
    expect(problems.every((problem) => problem.code === 'json-syntax')).toBe(true)
    expect(problems[0]).toMatchObject({ file: 'a.json', line: 3, column: 21 })
    expect(problems[0]?.message).toMatch(/^Unexpected `2`, expected valid JSON \(comma expected\)$/)
  })

  it('rejects comments and empty input', () => {
    expect(summary(parseAnnotationFile('// x\n{}').problems)).toEqual([
      'error json-syntax undefined',
    ])
    expect(parseAnnotationFile('').problems[0]?.code).toBe('json-syntax')
  })

  it('skips a byte order mark and keeps positions in the original string', () => {
    const json = `\uFEFF{"format": "scholion/2", "annotations": []}`
    const { problems } = parseAnnotationFile(json)
    expect(problems).toMatchObject([
      { code: 'unsupported-format', offset: 12, line: 1, column: 13, jsonPath: '$.format' },
    ])
  })

  // Each case: annotations (and relations), text when range checks are wanted, the
  // problems expected as `severity code jsonPath`.
  const cases: {
    name: string
    annotations: unknown[]
    relations?: unknown[]
    text?: string
    expected: string[]
  }[] = [
    {
      name: 'missing spans',
      annotations: [{ id: 'a', kind: 'note' }],
      expected: ['error missing-field $.annotations[0].spans'],
    },
    {
      name: 'missing id and kind',
      annotations: [{ spans: [] }],
      expected: [
        'error missing-field $.annotations[0].id',
        'error missing-field $.annotations[0].kind',
      ],
    },
    {
      name: 'wrong types',
      annotations: [{ id: 'f', kind: 'figure', spans: [], value: 'two', vague: 'yes' }],
      expected: [
        'error invalid-type $.annotations[0].value',
        'error invalid-type $.annotations[0].vague',
      ],
    },
    {
      name: 'enum values',
      annotations: [{ id: 'c', kind: 'claim', spans: [], mode: 'quoted', status: 'done' }],
      expected: [
        'error invalid-value $.annotations[0].mode',
        'error invalid-value $.annotations[0].status',
      ],
    },
    {
      name: 'negative and fractional offsets',
      annotations: [{ id: 'n', kind: 'note', spans: [{ start: -1, end: 1.5, exact: '' }] }],
      expected: [
        'error out-of-range $.annotations[0].spans[0].start',
        'error invalid-type $.annotations[0].spans[0].end',
      ],
    },
    {
      name: 'inverted span',
      annotations: [{ id: 'n', kind: 'note', spans: [{ start: 4, end: 2, exact: '' }] }],
      expected: ['error span-inverted $.annotations[0].spans[0].end'],
    },
    {
      name: 'out of range (with text)',
      annotations: [{ id: 'n', kind: 'note', spans: [{ start: 2, end: 9, exact: 'c' }] }],
      text: 'abc',
      expected: ['error span-out-of-range $.annotations[0].spans[0].end'],
    },
    {
      name: 'out of range is not checked without text',
      annotations: [{ id: 'n', kind: 'note', spans: [{ start: 2, end: 9, exact: 'c' }] }],
      expected: [],
    },
    {
      name: 'splitting a surrogate pair, in scope spans too',
      annotations: [
        {
          id: 'u',
          kind: 'uncertainty',
          spans: [{ start: 0, end: 2, exact: 'a\uD83D' }],
          scope: [{ start: 2, end: 4, exact: '\uDE03b' }],
        },
      ],
      text: 'a😃b',
      expected: [
        'error span-splits-surrogate $.annotations[0].spans[0].end',
        'error span-splits-surrogate $.annotations[0].scope[0].start',
      ],
    },
    {
      name: 'a quote that differs from the text is not a load problem',
      annotations: [{ id: 'n', kind: 'note', spans: [{ start: 0, end: 1, exact: 'z' }] }],
      text: 'abc',
      expected: [],
    },
    {
      name: 'figure bounds',
      annotations: [
        { id: 'f', kind: 'figure', spans: [], atLeast: 10, atMost: 5, value: 20, unit: 3 },
      ],
      expected: [
        'error invalid-type $.annotations[0].unit',
        'error invalid-value $.annotations[0].atMost',
        'error invalid-value $.annotations[0].value',
      ],
    },
    {
      name: 'duplicate ids, both places',
      annotations: [
        { id: 'x', kind: 'note', spans: [] },
        { id: 'x', kind: 'claim', spans: [] },
      ],
      expected: [
        'error duplicate-id $.annotations[0].id',
        'error duplicate-id $.annotations[1].id',
      ],
    },
    {
      name: 'relations to unknown ids',
      annotations: [{ id: 'c', kind: 'claim', spans: [] }],
      relations: [{ type: 'attributedTo', from: 'c', to: 'nobody' }],
      expected: ['error unknown-relation-end $.relations[0].to'],
    },
    {
      name: 'relations between kinds that do not fit',
      annotations: [
        { id: 'c', kind: 'claim', spans: [] },
        { id: 'f', kind: 'figure', spans: [] },
        { id: 's', kind: 'speaker', spans: [] },
        { id: 'n', kind: 'note', spans: [] },
      ],
      relations: [
        { type: 'attributedTo', from: 's', to: 'c' },
        { type: 'partOf', from: 'f', to: 'c' },
        { type: 'sameAs', from: 'c', to: 'f' },
        { type: 'corroborates', from: 'n', to: 'c' },
        { type: 'qualifies', from: 'c', to: 'f' },
        // These fit:
        { type: 'attributedTo', from: 'f', to: 's' },
        { type: 'qualifies', from: 'n', to: 's' },
        { type: 'contradicts', from: 'f', to: 'c' },
      ],
      expected: [
        'error relation-kind-mismatch $.relations[0]',
        'error relation-kind-mismatch $.relations[1]',
        'error relation-kind-mismatch $.relations[2]',
        'error relation-kind-mismatch $.relations[3]',
        'error relation-kind-mismatch $.relations[4]',
      ],
    },
    {
      name: 'relations touching unknown kinds are not kind-checked',
      annotations: [
        { id: 's', kind: 'speaker', spans: [] },
        { id: 'q', kind: 'quote', spans: [] },
      ],
      relations: [{ type: 'attributedTo', from: 's', to: 'q' }],
      expected: ['warning unknown-kind $.annotations[1].kind'],
    },
    {
      name: 'unknown relation types, self relations and duplicates',
      annotations: [{ id: 'c', kind: 'claim', spans: [] }],
      relations: [
        { type: 'likes', from: 'c', to: 'c' },
        { type: 'sameAs', from: 'c', to: 'c', weight: 1 },
        { type: 'sameAs', from: 'c', to: 'c' },
      ],
      expected: [
        'error invalid-value $.relations[0].type',
        'warning relation-to-itself $.relations[0]',
        'warning unknown-property $.relations[1].weight',
        'warning relation-to-itself $.relations[1]',
        'warning relation-to-itself $.relations[2]',
        'warning duplicate-relation $.relations[2]',
      ],
    },
    {
      name: 'unknown properties on known kinds and spans are warnings',
      annotations: [
        {
          id: 'n',
          kind: 'note',
          spans: [{ start: 0, end: 0, exact: '', weight: 2 }],
          colour: 'red',
        },
      ],
      expected: [
        'warning unknown-property $.annotations[0].colour',
        'warning unknown-property $.annotations[0].spans[0].weight',
      ],
    },
    {
      name: 'not an object',
      annotations: [7, null],
      expected: ['error invalid-type $.annotations[0]', 'error invalid-type $.annotations[1]'],
    },
  ]

  it.each(cases)('reports $name', ({ annotations, relations, text, expected }) => {
    const json = fileJson(annotations, relations)
    const { file, problems } = parseAnnotationFile(json, text === undefined ? {} : { text })
    expect(summary(problems)).toEqual(expected)
    expect(file).toBeDefined()
  })

  it('locates problems by line and column and names the annotation', () => {
    const json = [
      '{',
      '  "format": "scholion/1",',
      '  "annotations": [',
      '    { "id": "a", "kind": "note", "spans": [] },',
      '    { "id": "fig-1", "kind": "figure", "spans": [], "value": "two" }',
      '  ]',
      '}',
    ].join('\n')
    const { problems } = parseAnnotationFile(json, { file: 'gulag.scholion.json' })
    expect(problems).toEqual([
      {
        code: 'invalid-type',
        severity: 'error',
        message:
          'Unexpected `"two"` at `$.annotations[1].value` in annotation `fig-1`, expected a number',
        file: 'gulag.scholion.json',
        jsonPath: '$.annotations[1].value',
        offset: json.indexOf('"two"'),
        line: 5,
        column: 62,
        annotationId: 'fig-1',
      },
    ])
  })

  it('points a missing field at its object, and names both places of a duplicate id', () => {
    const json =
      '{"format":"scholion/1","annotations":[\n{"id":"x","kind":"note"},\n{"id":"x","kind":"note","spans":[]}]}'
    const { problems } = parseAnnotationFile(json)
    expect(problems[0]).toMatchObject({ code: 'missing-field', line: 2, column: 1 })
    expect(problems[0]?.message).toBe(
      'Missing `spans` at `$.annotations[0]` in annotation `x`, expected an array',
    )
    expect(problems[1]?.message).toBe(
      'Duplicate id `x` at `$.annotations[0].id`, also at `$.annotations[1].id` (3:7); expected ids unique within the file',
    )
  })

  it('reports a wrong format, wrong document fields and duplicate keys, and still returns the file', () => {
    const json =
      '{"format":"scholion/2","document":{"textHash":"md5:1","published":"18 Aug 1992","title":"a","title":"b"},"annotations":[]}'
    const { file, problems } = parseAnnotationFile(json)
    expect(summary(problems)).toEqual([
      'warning duplicate-key $.document.title',
      'error unsupported-format $.format',
      'error invalid-value $.document.textHash',
      'error invalid-value $.document.published',
    ])
    expect(file?.document?.title).toBe('b')
  })

  it('finds duplicate keys inside array elements, placed at the repeated key', () => {
    const json =
      '{"format":"scholion/1","annotations":[\n{"id":"n","kind":"note","spans":[{"start":0,"end":0,"start":1}]}]}'
    const duplicates = parseAnnotationFile(json).problems.filter(
      (problem) => problem.code === 'duplicate-key',
    )
    expect(duplicates).toMatchObject([
      { jsonPath: '$.annotations[0].spans[0].start', line: 2, column: 53 },
    ])
  })

  it('returns no file when the top level is unusable', () => {
    for (const json of [
      '[]',
      '{"format":"scholion/1"}',
      '{"format":"scholion/1","annotations":{}}',
    ]) {
      const { file, problems } = parseAnnotationFile(json)
      expect(file, json).toBeUndefined()
      expect(problems.length, json).toBeGreaterThan(0)
    }
  })

  it('leaves out annotations whose id, kind or spans are unusable, keeps the others as read', () => {
    const json = fileJson([
      { id: 'a', kind: 'note', spans: [{ start: 'x', end: 1, exact: '' }] },
      { id: 'b', kind: 'figure', spans: [], value: 'two', extra: { deep: [1] } },
    ])
    const { file } = parseAnnotationFile(json)
    expect(file?.annotations).toEqual([
      { id: 'b', kind: 'figure', spans: [], value: 'two', extra: { deep: [1] } },
    ])
  })

  it('validates registered custom kinds with their schema and relation rules', async () => {
    const { z } = await import('zod')
    const registry = createKindRegistry([
      defineKind({
        kind: 'quote',
        fields: { language: z.string().optional() },
        relations: [{ type: 'attributedTo', from: ['quote'], to: ['speaker'] }],
      }),
    ])
    const json = fileJson(
      [
        { id: 'q', kind: 'quote', spans: [], language: 7 },
        { id: 's', kind: 'speaker', spans: [] },
        { id: 'n', kind: 'note', spans: [] },
      ],
      [
        { type: 'attributedTo', from: 'q', to: 's' },
        { type: 'attributedTo', from: 'q', to: 'n' },
      ],
    )
    expect(summary(parseAnnotationFile(json, { registry }).problems)).toEqual([
      'error invalid-type $.annotations[0].language',
      'error relation-kind-mismatch $.relations[1]',
    ])
  })
})
