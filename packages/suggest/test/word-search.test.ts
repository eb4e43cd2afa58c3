import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { brownText } from '../../../test-support/brown.mjs'
import { cuePattern, cueSearch } from '../src/lib/attributions/cues.js'
import { leadingWords, wordSearch } from '../src/lib/text/word-search.js'

// The search by first words (0.14.0) must find exactly what the expression's
// global `exec` finds.

const globalMatches = (pattern: RegExp, text: string) => {
  const regex = new RegExp(pattern.source, pattern.flags)
  const found: string[] = []
  for (let match = regex.exec(text); match !== null; match = regex.exec(text))
    found.push(`${match.index} ${match[0]}`)
  return found
}
const searchMatches = (search: ReturnType<typeof wordSearch>, text: string) => {
  const found: string[] = []
  for (
    let match = search.exec(text, 0);
    match !== null;
    match = search.exec(text, match.index + match[0].length)
  )
    found.push(`${match.index} ${match[0]}`)
  return found
}

describe('leadingWords', () => {
  it('spells out groups, optional letters and phrases', () => {
    const words = leadingWords(
      "(?<![\\p{L}'’-])(?:ha(?:s|d|ve)\\s+it|puts?\\s+it|(?:made|make)\\s+clear|sent word|to\\s+(?:his|her)\\s+mind(?=\\s*,)|said)(?![\\p{L}'’-])",
    )
    expect([...(words ?? [])].sort()).toEqual([
      'had',
      'has',
      'have',
      'made',
      'make',
      'put',
      'puts',
      'said',
      'sent',
      'to',
    ])
  })

  it('gives up on an alternative that starts with a class or a wildcard', () => {
    expect(leadingWords('(?<![\\p{L}])(?:said|[a-z]+ly\\s+said)(?![\\p{L}])')).toBeUndefined()
    expect(leadingWords('(?:said|told)')).toBeUndefined()
  })
})

describe('the search by first words', () => {
  it('knows the first words of the attribution cues', () => {
    expect(cueSearch.firstWords?.has('according')).toBe(true)
    expect(cueSearch.firstWords?.has('said')).toBe(true)
    expect(cueSearch.firstWords?.has('the')).toBe(false)
  })

  it('finds what the cue expression finds, on real text', () => {
    const text = brownText(['ca01', 'ca02', 'cb01', 'cc01', 'cj01'])
    const expected = globalMatches(cuePattern, text)
    expect(expected.length).toBeGreaterThan(50)
    expect(searchMatches(cueSearch, text)).toEqual(expected)
  })

  it('finds the same on random text of cue words, other words and odd letters', () => {
    const words = [
      ...[...(cueSearch.firstWords ?? [])].slice(0, 120),
      'according',
      'to',
      'the',
      'his',
      'view',
      'it',
      'that',
      'ſaid',
      'aſked',
      'naïve',
      'Kelvin',
      'Said',
      'SAID',
      '3said',
      'said-so',
      "said's",
      'é',
      'Ωsaid',
    ]
    const separators = [' ', ' ', ', ', '. ', '\n', '’', "'", '-', '"', '(', '2']
    const token = fc.tuple(fc.constantFrom(...words), fc.constantFrom(...separators))
    fc.assert(
      fc.property(fc.array(token, { minLength: 1, maxLength: 30 }), (tokens) => {
        const text = tokens.map(([word, separator]) => word + separator).join('')
        expect(searchMatches(cueSearch, text)).toEqual(globalMatches(cuePattern, text))
      }),
      { numRuns: 500 },
    )
  })

  it('falls back to the expression itself when it cannot tell the first words', () => {
    const pattern = /(?<![\p{L}])(?:said|[a-z]+ly\s+said)(?![\p{L}])/giu
    const search = wordSearch(pattern)
    expect(search.firstWords).toBeUndefined()
    const text = 'He said so, and she quietly said no.'
    expect(searchMatches(search, text)).toEqual(globalMatches(pattern, text))
  })
})
