import { describe, expect, it } from 'vitest'
import {
  features,
  format,
  rowsOf,
  suggestIn,
  tally,
  train,
  union,
  words,
} from '../../../bench/suggest/learned-hedges.js'

// The learned-hedge experiment of bench/suggest/learned-hedges.ts, on invented texts.
describe('learned hedges (experiment)', () => {
  it('reads words with inner marks and single punctuation', () => {
    expect(words('U.S. output, 2,500 tonnes, may rise.').map((word) => word.text)).toEqual([
      'U.S',
      '.',
      'output',
      ',',
      '2,500',
      'tonnes',
      ',',
      'may',
      'rise',
      '.',
    ])
  })

  it('describes a word by its neighbours, numbers folded', () => {
    const list = words('Output may reach 12 tonnes')
    expect(features(list, 1)).toEqual(
      expect.arrayContaining(['w=may', 'p1w=output|may', 'wn1=may|reach', 'n2=<num>', 'shape=a']),
    )
    expect(features(list, 0)).toContain('p1=<none>')
  })

  it('learns a cue from labelled texts and finds it in a new one', () => {
    const texts = [
      'Prices may rise next year, traders said.',
      'The plant may close in June, the union said.',
      'Exports may fall, officials said.',
      'The company said sales rose in June.',
      'Traders said the plant will close.',
    ]
    const rows = texts.flatMap((text) => {
      const at = text.indexOf('may')
      return rowsOf(text, at < 0 ? [] : [[at, at + 3]])
    })
    const model = train(rows, { epochs: 20, rate: 0.5, shrink: 0, threshold: 0.5, seed: 1 })
    const text = 'Imports may rise, the ministry said.'
    const found = suggestIn({ text, rows: rowsOf(text, []) }, model)
    expect(found.map(([start, end]) => text.slice(start, end))).toEqual(['may'])
  })

  it('joins neighbouring words into one suggestion', () => {
    const text = 'it is not clear why'
    const rows = rowsOf(text, [[6, 15]])
    // (At the settings' threshold of 0.55: a cue word rates 0.73, the others 0.02.)
    const model = new Map([
      ['w=not', 5],
      ['w=clear', 5],
      ['bias', -4],
    ])
    expect(suggestIn({ text, rows }, model).map(([s, e]) => text.slice(s, e))).toEqual([
      'not clear',
    ])
  })

  it('adds only the model spans that overlap no rule span, and counts like the scorer', () => {
    const merged = union(
      [[0, 5]],
      [
        [3, 8],
        [10, 12],
      ],
    )
    expect(merged).toEqual([
      [0, 5],
      [10, 12],
    ])
    const count = tally({ correct: 0, suggested: 0, found: 0, gold: 0 }, [[1, 2]], merged)
    expect(count).toEqual({ correct: 1, suggested: 2, found: 1, gold: 1 })
    expect(format(count)).toBe('50.0 / 100.0 (1/2, 1/1)')
  })
})
