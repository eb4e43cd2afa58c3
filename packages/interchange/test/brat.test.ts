import {
  type AnnotationFile,
  annotationSpans,
  createCodePointIndex,
  describeSpan,
} from '@scholion/core'
import { fromBrat, toBrat } from '@scholion/interchange'
import { describe, expect, test } from 'vitest'
import { loadExample } from './fixtures.js'

const example = loadExample()

describe('toBrat', () => {
  const text = 'Le 😃 chiffre:\nplus de 2 000 étrangers, dit Krayushkin.'
  const at = (exact: string) => {
    const start = text.indexOf(exact)
    return describeSpan(text, { start, end: start + exact.length })
  }
  const file = {
    format: 'scholion/1',
    annotations: [
      {
        id: 'fig-2000',
        kind: 'figure',
        spans: [at('plus de 2 000')],
        value: 2000,
        atLeast: 2001,
        numberType: 'count',
        vague: false,
        status: 'reviewed',
      },
      {
        id: 'spk',
        kind: 'speaker',
        spans: [at('Krayushkin'), at('Le')],
        type: 'person',
        name: 'Anatoly Krayushkin',
      },
      { id: 'multi', kind: 'note', spans: [at('chiffre:\nplus')], body: 'Line one\nline two' },
      { id: 'empty', kind: 'note', spans: [] },
    ],
    relations: [
      { type: 'attributedTo', from: 'fig-2000', to: 'spk' },
      { type: 'qualifies', from: 'empty', to: 'spk' },
    ],
  } as unknown as AnnotationFile

  test('T, A, R and # lines with code-point offsets', () => {
    const { ann, txt, problems } = toBrat(file, text)
    expect(txt).toBe(text)
    const points = createCodePointIndex(text)
    const start = points.toCodePoint(text.indexOf('plus de')) as number
    expect(start).toBe(text.indexOf('plus de') - 1)
    const lines = ann.trimEnd().split('\n')
    expect(lines).toContain(`T1\tfigure ${start} ${start + 13}\tplus de 2 000`)
    expect(lines).toContain('A1\tStatus T1 reviewed')
    expect(lines).toContain('A2\tNumberType T1 count')
    expect(lines.some((line) => /^T2\tspeaker 0 2;\d+ \d+\tLe Krayushkin$/.test(line))).toBe(true)
    // A span across a line break is cut into fragments.
    expect(lines.some((line) => /^T3\tnote \d+ \d+;\d+ \d+\tchiffre: plus$/.test(line))).toBe(true)
    expect(lines).toContain('R1\tattributedTo Arg1:T1 Arg2:T2')
    expect(lines.find((line) => line.startsWith('#1'))).toMatch(
      /^#1\tAnnotatorNotes T1\tid=fig-2000 \| value: 2000; atLeast: 2001$/,
    )
    expect(problems.map((problem) => problem.code)).toEqual(['brat-span', 'brat-relation'])
  })

  test('reads back what was written', () => {
    const { ann } = toBrat(file, text)
    const { file: back, problems } = fromBrat(ann, text)
    expect(problems).toEqual([])
    const figure = back.annotations.find((annotation) => annotation.id === 'fig-2000')
    expect(figure).toMatchObject({
      kind: 'figure',
      status: 'reviewed',
      numberType: 'count',
      spans: [{ exact: 'plus de 2 000' }],
    })
    const speaker = back.annotations.find((annotation) => annotation.id === 'spk')
    expect(speaker?.spans.map((span) => span.exact)).toEqual(['Le', 'Krayushkin'])
    expect(speaker).toMatchObject({ type: 'person' })
    expect(back.relations).toEqual([{ type: 'attributedTo', from: 'fig-2000', to: 'spk' }])
  })

  test('the example: every span comes back at the same place', () => {
    const { ann } = toBrat(example.file, example.text)
    const { file: back, problems } = fromBrat(ann, example.text)
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([])
    for (const annotation of example.file.annotations) {
      if (annotationSpans(annotation).length === 0) continue
      const read = back.annotations.find((candidate) => candidate.id === annotation.id)
      expect(read?.kind, annotation.id).toBe(annotation.kind)
      const covered = (read?.spans ?? [])
        .map((span) => example.text.slice(span.start, span.end))
        .join('')
      const original = annotationSpans(annotation)
        .map(({ span }) => example.text.slice(span.start, span.end).replace(/[\r\n]+/g, ''))
        .join('')
      expect(covered.length, annotation.id).toBe(original.length)
    }
  })
})

describe('fromBrat', () => {
  test('a brat file from elsewhere', () => {
    const text = 'Obama 😃 visited Paris.'
    const ann =
      'T1\tPerson 0 5\tObama\nT2\tLocation 16 21\tParis\nR1\tVisit Arg1:T1 Arg2:T2\nA1\tNegated T1\nN1\tReference T1 Wikidata:Q76\tBarack Obama\n#1\tAnnotatorNotes T2\tcapital\n'
    const { file, problems } = fromBrat(ann, text)
    expect(file.annotations[1]).toMatchObject({
      id: 'T2',
      kind: 'Location',
      spans: [{ start: 17, end: 22, exact: 'Paris' }],
      brat: { note: 'capital' },
    })
    expect(file.annotations[0]).toMatchObject({ brat: { Negated: true } })
    expect(problems.map((problem) => problem.code)).toEqual(['brat-skipped'])
  })

  test('bad lines are errors with their line, never crashes', () => {
    const { problems } = fromBrat('T1\tPerson five 6\tx\nT2\tPerson 0 99\tx\nA1\tX T9\n', 'short')
    expect(problems.map((problem) => [problem.line, problem.code, problem.severity])).toEqual([
      [1, 'brat-syntax', 'error'],
      [2, 'brat-offset', 'error'],
      [3, 'brat-reference', 'error'],
    ])
  })
})
