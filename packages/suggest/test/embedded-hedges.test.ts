import { describe, expect, it } from 'vitest'
import {
  embeddedProbability,
  embeddedRowsOf,
  embeddedSuggestIn,
  embeddedTrain,
  vectorsOf,
} from '../../../bench/suggest/embedded-hedges.js'

// The word-vector experiment of bench/suggest/embedded-hedges.ts, on invented
// texts and invented two-dimensional vectors: cue words point one way, the rest
// the other.
const vectors = vectorsOf({
  may: [1, 0.1],
  might: [0.9, 0.2],
  perhaps: [0.95, 0],
  will: [0.1, 1],
  rise: [0, 1],
  fall: [0.1, 0.9],
  close: [0.05, 1],
  said: [0, 1],
})
const texts = [
  'Prices may rise next year, traders said.',
  'The plant may close in June, the union said.',
  'Exports may fall, officials said.',
  'The company said sales rise in June.',
  'Traders said the plant will close.',
]
const rows = texts.flatMap((text) => {
  const at = text.indexOf('may')
  return embeddedRowsOf(text, at < 0 ? [] : [[at, at + 3]], vectors)
})
const chosen = { epochs: 20, rate: 0.5, shrink: 0, threshold: 0.5, seed: 1 }

describe('hedges with word vectors (experiment)', () => {
  it("gives each word its window's unit vectors, zeros where a word has none", () => {
    const [first, second] = embeddedRowsOf('Output may rise', [], vectors)
    // "Output" has no vector and no word before it: only its follower's slot is set.
    expect(Array.from(first?.dense ?? [])).toEqual([0, 0, 0, 0, ...(vectors.get('may') ?? [])])
    expect(second?.dense.length).toBe(6)
    const norm = Math.hypot(...(vectors.get('might') ?? []))
    expect(norm).toBeCloseTo(1, 6)
  })

  it('finds an unseen cue word by its likeness to a seen one', () => {
    const model = embeddedTrain(rows, chosen, 8)
    const text = 'Imports might rise, the ministry said.'
    const found = embeddedSuggestIn({ text, rows: embeddedRowsOf(text, [], vectors) }, model)
    expect(found.map(([start, end]) => text.slice(start, end))).toEqual(['might'])
  })

  it('without the vectors, the same unseen word is not found', () => {
    const model = embeddedTrain(rows, chosen, 0)
    const text = 'Imports might rise, the ministry said.'
    const unseen = embeddedRowsOf(text, [], vectors)
    expect(embeddedSuggestIn({ text, rows: unseen }, model)).toEqual([])
    expect(embeddedProbability(model, unseen[1] as (typeof unseen)[number])).toBeLessThan(0.5)
  })
})
