import type { AnnotationFile } from '@scholion/core'
import { mergeSuggestions, suggest } from '@scholion/suggest'
import { describe, expect, it } from 'vitest'

const text = 'More than 2,000 foreigners were held, the ministry said.'

describe('mergeSuggestions', () => {
  it('adds suggestions to an empty file', () => {
    const suggestions = suggest(text)
    const { file, added, skipped } = mergeSuggestions(
      { format: 'scholion/1', annotations: [] },
      suggestions,
    )
    expect(added.length).toBe(suggestions.annotations.length)
    expect(skipped).toEqual([])
    expect(file.relations?.length).toBe(suggestions.relations.length)
  })

  it('never duplicates an overlapping annotation of the same kind and never changes a reviewed one', () => {
    const reviewed = {
      id: 'fig-2000',
      kind: 'figure',
      status: 'reviewed',
      value: 2000,
      spans: [{ start: 10, end: 15, exact: '2,000' }],
    } as const
    const start: AnnotationFile = { format: 'scholion/1', annotations: [reviewed] }
    const { file, skipped } = mergeSuggestions(start, suggest(text))
    expect(file.annotations[0]).toBe(reviewed)
    expect(file.annotations.filter((annotation) => annotation.kind === 'figure').length).toBe(1)
    expect(skipped).toContain('sugg-fig-0-15')
    // The approximator's uncertainty now qualifies the reviewed figure.
    expect(file.relations).toContainEqual({
      type: 'qualifies',
      from: 'sugg-unc-0-9',
      to: 'fig-2000',
    })
  })

  it('is idempotent: merging the same suggestions twice adds nothing', () => {
    const once = mergeSuggestions({ format: 'scholion/1', annotations: [] }, suggest(text)).file
    const twice = mergeSuggestions(once, suggest(text))
    expect(twice.added).toEqual([])
    expect(twice.file).toEqual(once)
  })

  it('does not mutate its inputs', () => {
    const start: AnnotationFile = Object.freeze({
      format: 'scholion/1',
      annotations: Object.freeze([]),
    }) as AnnotationFile
    expect(() => mergeSuggestions(start, suggest(text))).not.toThrow()
  })
})
