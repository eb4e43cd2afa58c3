import { describe, expect, it } from 'vitest'
import {
  compareAnnotations,
  compareIn,
  locate,
  results,
  subIndex,
} from '../../../bench/suggest/score.js'

// How the scorer places a gold item's `sub` / `speakerExact` inside its quote.
describe('gold quotations', () => {
  it('narrows to the first occurrence of the sub-quote that cuts no word', () => {
    expect(subIndex('anywhere," he says', 'he')).toBe(11)
    expect(subIndex('when he declared', 'he')).toBe(5)
    expect(subIndex('Neither does he expect', 'he')).toBe(13)
    expect(subIndex('the 12 and 2 pct', '2')).toBe(11)
  })

  it('keeps the first occurrence when every one cuts a word, or when the first cuts none', () => {
    expect(subIndex('whether', 'he')).toBe(1)
    expect(subIndex('he said he would', 'he')).toBe(0)
    expect(subIndex('"Higher," he said', 'High')).toBe(1)
    expect(subIndex('the d", he said', 'd"')).toBe(4)
  })

  it('locates the quote in the text, then the sub-quote in it', () => {
    const text = 'Prices will go higher," he added. He left.'
    expect(locate(text, 'higher," he added', 'he')).toEqual({ start: 24, end: 26 })
    expect(locate(text, 'He left.')).toEqual({ start: 34, end: 42 })
    expect(() => locate(text, 'she said')).toThrow('Gold quote not found')
    expect(() => locate(text, 'He left.', 'she')).toThrow('not in')
  })
})

// How a second annotation is scored against the first (the agreement study).
describe('agreement between two annotations', () => {
  const text =
    'The minister said about 20 people may have died. Police said the toll could rise, officials added.'
  const base = { sample: 'invented', regionEnd: 'officials added.' }
  const first = {
    ...base,
    figures: [{ exact: 'about 20 people', sub: '20' }],
    hedges: [
      { exact: 'about 20', sub: 'about' },
      { exact: 'may have' },
      { exact: 'could rise', sub: 'could' },
    ],
    attributions: [
      {
        speaker: 'The minister said',
        speakerExact: 'The minister',
        content: 'about 20 people may have died',
      },
      { speaker: 'Police said', speakerExact: 'Police', content: 'the toll could rise' },
    ],
  }
  const second = {
    ...base,
    figures: [{ exact: '20 people' }],
    hedges: [{ exact: 'may' }, { exact: 'about' }],
    attributions: [
      {
        speaker: 'The minister said',
        speakerExact: 'minister',
        content: '20 people may have died',
      },
      { speaker: 'officials added', speakerExact: 'officials', content: 'the toll could rise' },
    ],
  }

  it('counts overlaps both ways, and an attribution only when content and speaker both overlap', () => {
    expect(compareIn(text, first, second)).toEqual({
      figures: { gold: 1, truePositives: 1, suggested: 1, correct: 1 },
      hedges: { gold: 3, truePositives: 2, suggested: 2, correct: 2 },
      attributions: { gold: 2, truePositives: 1, suggested: 2, correct: 1 },
    })
  })

  it('swaps precision and recall when the annotations swap', () => {
    const there = compareIn(text, first, second)
    const back = compareIn(text, second, first)
    for (const kind of ['figures', 'hedges', 'attributions'] as const) {
      expect(back[kind]).toEqual({
        gold: there[kind].suggested,
        truePositives: there[kind].correct,
        suggested: there[kind].gold,
        correct: there[kind].truePositives,
      })
    }
  })

  it('sums counts into precision and recall', () => {
    const scores = compareIn(text, first, second)
    const summed = results([scores, scores])
    expect(summed.hedges.score).toEqual({ gold: 6, truePositives: 4, suggested: 4, correct: 4 })
    expect(summed.hedges.precision).toBe(1)
    expect(summed.hedges.recall).toBeCloseTo(4 / 6)
  })

  it('refuses to compare two different samples', () => {
    expect(() => compareAnnotations(first, { ...second, sample: 'other' })).toThrow(
      'Not the same sample',
    )
  })
})
