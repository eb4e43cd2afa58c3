import { describe, expect, it } from 'vitest'
import { createAnnotationSet } from '../../src/lib/store/annotation-set.js'
import { checkIntegrity, type KindRule } from '../../src/lib/store/check.js'
import type { TestAnnotation, TestRelation } from './reference.js'

const annotations: TestAnnotation[] = [
  { id: 'claim-1', kind: 'claim', spans: [{ start: 0, end: 42 }] },
  { id: 'speaker-1', kind: 'speaker', spans: [{ start: 44, end: 68 }] },
  { id: 'fig-1', kind: 'figure', spans: [{ start: 10, end: 15 }] },
  { id: 'custom-1', kind: 'x-custom', spans: [] },
]

// The seed's rule for two relation types; no opinion about the others.
const fits: KindRule = (type, from, to) => {
  if (type === 'attributedTo') return from === 'claim' && to === 'speaker'
  if (type === 'partOf') return from === 'figure' && to === 'figure'
  return undefined
}

const rel = (type: string, from: string, to: string): TestRelation => ({ type, from, to })

describe('check', () => {
  it.each<[string, TestRelation[], [string, string, string, string[]][]]>([
    // [why, relations, expected findings as [code, severity, jsonPath, ids]]
    ['a sound set', [rel('attributedTo', 'claim-1', 'speaker-1')], []],
    ['no relations', [], []],
    [
      'a missing to',
      [rel('attributedTo', 'claim-1', 'speaker-9')],
      [['relation-end-missing', 'error', '$.relations[0].to', ['claim-1', 'speaker-9']]],
    ],
    [
      'both ends missing',
      [rel('sameAs', 'a', 'b')],
      [
        ['relation-end-missing', 'error', '$.relations[0].from', ['a', 'b']],
        ['relation-end-missing', 'error', '$.relations[0].to', ['a', 'b']],
      ],
    ],
    [
      'a duplicate',
      [
        rel('sameAs', 'claim-1', 'fig-1'),
        rel('sameAs', 'fig-1', 'claim-1'),
        rel('sameAs', 'claim-1', 'fig-1'),
      ],
      [['relation-duplicate', 'warning', '$.relations[2]', ['claim-1', 'fig-1']]],
    ],
    [
      'kinds that do not fit',
      [rel('attributedTo', 'fig-1', 'claim-1'), rel('partOf', 'fig-1', 'claim-1')],
      [
        ['relation-kind-mismatch', 'error', '$.relations[0].type', ['fig-1', 'claim-1']],
        ['relation-kind-mismatch', 'error', '$.relations[1].type', ['fig-1', 'claim-1']],
      ],
    ],
    ['a type the rule has no opinion on', [rel('corroborates', 'custom-1', 'fig-1')], []],
  ])('%s', (_, relations, expected) => {
    const set = createAnnotationSet(annotations, relations)
    const findings = set.check({ fits })
    expect(findings.map((f) => [f.code, f.severity, f.jsonPath, f.ids])).toEqual(expected)
    expect(checkIntegrity(set, { fits })).toEqual(findings)
  })

  it('names the offending ids and what was expected in messages', () => {
    const set = createAnnotationSet(annotations, [
      rel('attributedTo', 'claim-1', 'speaker-9'),
      rel('attributedTo', 'fig-1', 'speaker-1'),
    ])
    const [missing, mismatch] = set.check({ fits })
    expect(missing?.message).toBe(
      'Unknown annotation `speaker-9` at `to` of relation `attributedTo` from `claim-1` to `speaker-9`, expected the id of an annotation in the set',
    )
    expect(missing?.annotationId).toBe('speaker-9')
    expect(missing?.relationIndex).toBe(0)
    expect(mismatch?.message).toMatch(
      /kinds `figure` and `speaker`, expected kinds that fit `attributedTo`/,
    )
    expect(mismatch?.relationIndex).toBe(1)
  })

  it('does not check kinds without a rule, nor for relations with a missing end', () => {
    const set = createAnnotationSet(annotations, [rel('attributedTo', 'fig-1', 'claim-9')])
    expect(set.check().map((f) => f.code)).toEqual(['relation-end-missing'])
    let calls = 0
    set.check({
      fits: () => {
        calls++
        return false
      },
    })
    expect(calls).toBe(0)
  })

  it('passes the relation type and both kinds to the rule', () => {
    const seen: string[][] = []
    createAnnotationSet(annotations, [rel('qualifies', 'custom-1', 'claim-1')]).check({
      fits: (...args) => {
        seen.push(args)
        return true
      },
    })
    expect(seen).toEqual([['qualifies', 'x-custom', 'claim']])
  })
})
