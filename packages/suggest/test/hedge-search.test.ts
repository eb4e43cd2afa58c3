import { defaultHedgeLexicon } from '@scholion/suggest'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { brownText } from '../../../test-support/brown.mjs'
import {
  type CompiledLexicon,
  compileLexicon,
  findHedges,
  latinSource,
} from '../src/lib/hedges/find-hedges.js'

// The search by words (0.14.0; the walk is the shared scanner of
// text/word-search.ts): each word's start is tried with only the cues that can
// start there, through expressions with Latin ranges when the text allows. It
// must find exactly what the lexicon's whole expressions find, scanned globally.

const compiled = compileLexicon(defaultHedgeLexicon)
// The same lexicon without the search by words: every expression scans the text.
const global: CompiledLexicon = { patterns: compiled.patterns }
const spans = (found: ReturnType<typeof findHedges>) =>
  found.map((hedge) => `${hedge.start}-${hedge.end} ${hedge.entry.cue}`)

describe('the search of hedge cues by words', () => {
  it('finds what the whole expressions find, on real text', () => {
    // Brown press, editorial and learned samples: ASCII text, so the Latin ranges.
    const text = brownText(['ca01', 'cb01', 'cb10', 'cc01', 'cj01'])
    const expected = spans(findHedges(text, global))
    expect(expected.length).toBeGreaterThan(50)
    expect(spans(findHedges(text, compiled))).toEqual(expected)
  })

  it('finds the same with letters beyond Latin-1, which take the Unicode classes', () => {
    // "ſ" folds to "s" and "K" (the Kelvin sign) to "k" in case-insensitive
    // matching; the Greek and Polish words are letters the Latin ranges lack. With
    // Latin ranges, "α" and "Ł" would be no letters, and "may", "might" cues.
    const text =
      'Prices could ſeem to rise, Łódź officials said; it is probably true. ' +
      'The Κ-index apparently fell about 5 pct, and MAY rebound, sources said. ' +
      'Prices αmay rise and Łmight fall. The envoy was reported to Αθήνα.'
    const expected = spans(findHedges(text, global))
    expect(expected.length).toBeGreaterThanOrEqual(3)
    // A context word in Greek is a word ("reported to" before any word).
    expect(expected).toContain(
      `${text.indexOf('was reported')}-${text.indexOf(' Αθήνα')} is|are|was|were reported to`,
    )
    const glued = [text.indexOf('αmay') + 1, text.indexOf('Łmight') + 1]
    expect(expected.filter((span) => glued.includes(Number.parseInt(span, 10)))).toEqual([])
    expect(spans(findHedges(text, compiled))).toEqual(expected)
  })

  it('finds the same after an unpaired surrogate, which is no letter', () => {
    // Until the scanner was shared, the search by words read an unpaired high
    // surrogate and the letter after it as one character, and missed the cue.
    for (const text of ['It \uD800may rain.', 'x\uD800apparently so', 'It \uDC00may rain.']) {
      const expected = spans(findHedges(text, global))
      expect(expected).toHaveLength(1)
      expect(spans(findHedges(text, compiled))).toEqual(expected)
    }
  })

  it('finds the same on random text made of cue words, names and odd characters', () => {
    const words = [
      ...new Set(
        defaultHedgeLexicon.entries.flatMap((entry) =>
          entry.cue.split(/\s+/).flatMap((word) => word.split('|')),
        ),
      ),
      'the',
      'Mr.',
      'U.S.',
      'officials',
      'said',
      'that',
      '10',
      'pct',
      'two',
      'Prices',
      'naïve',
      'ſo',
      'Łódź',
      'Αθήνα',
      "can't",
      'well-known',
      '’s',
    ]
    const separators = [' ', ' ', ' ', ', ', '. ', '\n\n', ' "', '" ', '-', "'", '(', ') ', ';']
    const token = fc.tuple(fc.constantFrom(...words), fc.constantFrom(...separators))
    fc.assert(
      fc.property(
        fc.array(token, { minLength: 1, maxLength: 40 }),
        fc.boolean(),
        (tokens, upper) => {
          let text = tokens.map(([word, separator]) => word + separator).join('')
          if (upper) text = text.toUpperCase()
          expect(spans(findHedges(text, compiled))).toEqual(spans(findHedges(text, global)))
        },
      ),
      { numRuns: 400 },
    )
  })
})

describe('latinSource', () => {
  it('writes property classes as Latin ranges, inside and outside a class', () => {
    expect(latinSource("[\\p{L}'’-]x\\p{Lu}")).toBe(
      "[A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u00FF'’-]x[A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE]",
    )
    expect(latinSource('(?![\\p{N}-])\\s+')).toBe(
      '(?![0-9\\u00B2\\u00B3\\u00B9\\u00BC-\\u00BE-])\\s+',
    )
  })

  it('refuses a property it has no ranges for', () => {
    expect(() => latinSource('\\p{Lo}')).toThrow(/no Latin ranges/)
  })
})
