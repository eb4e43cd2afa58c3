import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { learnedHedgeModel } from '../src/hedge-model.js'
import { suggest } from '../src/index.js'
import {
  findModelHedges,
  type HedgeModel,
  learnable,
  modelWords,
  runsOf,
  wordFeatures,
} from '../src/lib/hedges/hedge-model.js'
import { learnedHedgeConfidence } from '../src/lib/suggest.js'

const hedgesOnly = { kinds: { figures: false, attributions: false } } as const
const uncertainties = (text: string, options = {}) =>
  suggest(text, { ...hedgesOnly, ...options }).annotations.map((annotation) => ({
    exact: annotation.spans[0]?.exact,
    tags: annotation.tags,
    confidence: annotation.confidence,
  }))

describe('the learned hedge model (given to suggest; scholion suggest gives it by default)', () => {
  it('is the trained model of bench/suggest/train-hedge-model.mjs', () => {
    expect(learnedHedgeModel.version).toBe('scholion-hedge-model/1')
    expect(learnedHedgeModel.threshold).toBe(0.55)
    expect(Object.keys(learnedHedgeModel.weights).length).toBeGreaterThan(100_000)
  })

  it('adds a hedge the lexicon misses, tagged with the model and at its confidence', () => {
    const text = 'Computer games could enhance learning in schools.'
    expect(uncertainties(text)).toEqual([])
    expect(uncertainties(text, { hedgeModel: learnedHedgeModel })).toEqual([
      {
        exact: 'could',
        tags: ['model:scholion-hedge-model/1'],
        confidence: learnedHedgeConfidence,
      },
    ])
  })

  it("never adds a hedge over one of the lexicon's", () => {
    const text = 'Prices could rise again next year, and the outlook is uncertain.'
    const plain = uncertainties(text)
    expect(plain.map((item) => item.exact)).toEqual(['could rise', 'uncertain'])
    expect(uncertainties(text, { hedgeModel: learnedHedgeModel })).toEqual(plain)
  })

  // A toy model that rates "could", "at", "more" and "may" as hedges, whatever
  // their context, to show what the suggester lets it add (0.35.0).
  const toy: HedgeModel = {
    version: 'toy/1',
    threshold: 0.5,
    weights: { bias: -4, 'w=could': 8, 'w=at': 8, 'w=more': 8, 'w=may': 8, 'w=speed': 8 },
  }
  const learned = (text: string) =>
    uncertainties(text, { hedgeModel: toy })
      .filter((item) => item.tags?.includes('model:toy/1'))
      .map((item) => item.exact)

  it("adds nothing where one of the lexicon's exclusions held", () => {
    // The lexicon's "could" of an enabling effect leaves out a speaking body's
    // deed ("voters"); "could" of a thing is the model's to add.
    expect(learned('Voters could influence the result in many seats.')).toEqual([])
    expect(learned('Computer games could enhance learning in schools.')).toEqual(['could'])
    // "might" in a question of manner is no hedge to the lexicon; nor to the model.
    expect(
      uncertainties('Nobody asked how the pump might have failed.', {
        hedgeModel: { ...toy, weights: { bias: -4, 'w=might': 8 } },
      }),
    ).toEqual([])
  })

  it('adds no run of closed-class words alone, and no "May" with a capital', () => {
    expect(learned('Talks resume in May, at the latest, or more.')).toEqual([])
    expect(learned('The rule holds at speed.')).toEqual(['at speed'])
    expect(learnable('at')).toBe(false)
    expect(learnable('more than')).toBe(false)
    expect(learnable('May')).toBe(false)
    expect(learnable('may')).toBe(true)
    expect(learnable('at least')).toBe(false)
    expect(learnable('due to')).toBe(true)
    expect(learnable('I think')).toBe(true)
  })

  it('leaves its hedges out under a higher minimum confidence', () => {
    const text = 'Computer games could enhance learning in schools.'
    expect(
      uncertainties(text, {
        hedgeModel: learnedHedgeModel,
        minConfidence: learnedHedgeConfidence + 0.01,
      }),
    ).toEqual([])
  })

  it('rates each word as the sum of its features, as the model was trained', () => {
    // findModelHedges builds the features of wordFeatures its own faster way: on
    // a real article both give the same runs.
    const text = readFileSync(
      new URL('../../../examples/gulag-1992/article.txt', import.meta.url),
      'utf8',
    )
    const list = modelWords(text)
    const rated = list.map((word, index) => {
      const sum = wordFeatures(list, index).reduce(
        (total, feature) => total + (learnedHedgeModel.weights[feature] ?? 0),
        0,
      )
      return { ...word, probability: 1 / (1 + Math.exp(-sum)) }
    })
    const expected = runsOf({ text, rows: rated }, (word) => word.probability >= 0.5)
    const found = findModelHedges(text, learnedHedgeModel)
    expect(found.map(({ start, end }) => [start, end])).toEqual(expected)
    expect(found.length).toBeGreaterThan(3)
  })

  it('reads the weights of word pairs and triples whatever their words, a mark "|" too', () => {
    // findModelHedges looks a pair up only when its first word leads a pair of
    // that kind in the weights: a pair whose first word is the mark "|" counts.
    const model: HedgeModel = {
      version: 'test/1',
      threshold: 0.5,
      weights: { bias: -5, 'p1w=||may': 10, 'wn1n2=rain|,|and': 10 },
    }
    expect(findModelHedges('It | may rain.', model)).toEqual([
      { start: 5, end: 8, probability: 0.99 },
    ])
    expect(findModelHedges('We may rain, and go.', model)).toEqual([
      { start: 7, end: 11, probability: 0.99 },
    ])
    expect(findModelHedges('It may rain.', model)).toEqual([])
  })

  it('joins the words of a run and gives it its best word probability', () => {
    const model: HedgeModel = {
      version: 'test/1',
      threshold: 0.5,
      weights: { bias: -5, 'w=not': 6, 'w=clear': 7 },
    }
    expect(findModelHedges('It is not clear why.', model)).toEqual([
      { start: 6, end: 15, probability: 0.88 },
    ])
  })
})
