import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { brownText } from '../../../test-support/brown.mjs'
import { splitSentences } from '../src/lib/text/sentences.js'
import { tokenize, withTokens } from '../src/lib/text/tokens.js'

// A suggestion pass tokenizes its text once (0.14.0); a part's tokens are then a
// slice of the text's. They must be the tokens of the part read by itself.

describe('tokens shared by a pass', () => {
  const text = brownText(['ca01', 'cb01', 'cc01'])

  it('gives every sentence the tokens it has alone', () => {
    const sentences = splitSentences(text)
    const alone = sentences.map((sentence) => tokenize(text, sentence.start, sentence.end))
    const shared = withTokens(text, () =>
      sentences.map((sentence) => tokenize(text, sentence.start, sentence.end)),
    )
    expect(sentences.length).toBeGreaterThan(100)
    expect(shared).toEqual(alone)
  })

  it('gives any part, also one that starts inside a token, the tokens it has alone', () => {
    const sample =
      'Prices rose 2,000, about 3.5% (or 1/8), in the U.S. and O’Brien’s 1930s firm — ' +
      'twenty-two said: "No." $4bn, £3m, 10:30 a.m.'
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: sample.length }),
        fc.integer({ min: 0, max: sample.length }),
        (a, b) => {
          const [start, end] = a <= b ? [a, b] : [b, a]
          const alone = tokenize(sample, start, end)
          expect(withTokens(sample, () => tokenize(sample, start, end))).toEqual(alone)
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('reads other texts as before, and forgets the text after the pass', () => {
    const inner = withTokens(text, () => tokenize('He said so.'))
    expect(inner.map((token) => token.text)).toEqual(['He', 'said', 'so', '.'])
    expect(tokenize('He said so.', 3)).toEqual(tokenize('He said so.').slice(1))
  })
})
