import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { brownText } from '../../../test-support/brown.mjs'
import { cuePattern, cueSearch } from '../src/lib/attributions/cues.js'
import {
  leadingWords,
  matchAt,
  scanWords,
  type WordIndexOptions,
  wordIndex,
  wordSearch,
} from '../src/lib/text/word-search.js'

// The word scanner (`scanWords`, `wordIndex`) is shared by the attribution cues,
// the nouns of saying (through `wordSearch`) and the hedge lexicon (through its
// own targets; hedge-search.test.ts). The search by first words (0.14.0) must find
// exactly what the expression's global `exec` finds.

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

// Every (start, target) the scanner visits, as "start target".
const visits = <Target extends string>(text: string, options: WordIndexOptions<Target>) => {
  const seen: string[] = []
  scanWords(text, wordIndex(options), (target, start) => {
    seen.push(`${start} ${target}`)
    return undefined
  })
  return seen
}
const hedgeLike = /[\p{L}\p{N}'’-]/u

describe('scanWords', () => {
  it('tries folded keys, then exact ones, at each word start', () => {
    const options = {
      wordCharacter: hedgeLike,
      folded: new Map([['may', ['folded']]]),
      exact: new Map([['May', ['exact']]]),
    }
    expect(visits('May may MAY mAy', options)).toEqual([
      '0 folded',
      '0 exact',
      '4 folded',
      '8 folded',
      '12 folded',
    ])
  })

  it('lower-cases folded keys and merges keys that become one', () => {
    const options = {
      wordCharacter: hedgeLike,
      folded: new Map([
        ['May', ['a']],
        ['may', ['b']],
      ]),
    }
    expect(visits('MAY', options)).toEqual(['0 a', '0 b'])
  })

  it.each([
    // [text, expected visits]: keys "may" (folded) and "well" (folded), class of the hedges.
    ['may', ['0 may']],
    ['a may.', ['2 may']],
    ['maybe', []],
    ['may-be', ['0 may']],
    ["may's", ['0 may']],
    ['well-known', ['0 well']],
    ['5may', []],
    ["'may", []],
    ['-may', []],
    ['’may', []],
    ['(may)', ['1 may']],
    ['"may"', ['1 may']],
    // After a letter beyond Latin-1, inside a word: not a word start.
    ['Ωmay', ['0 beyond']],
    ['αmay', ['0 beyond']],
    ['Łmay fall', ['0 beyond']],
    // After one that is no letter (a dash, a symbol, an ideographic space): a start.
    ['—may', ['1 may']],
    ['€may', ['1 may']],
    ['\u3000may', ['1 may']],
    // Letters beyond ASCII in the leading letters: the word takes `beyondAscii`.
    ['ſay may', ['0 beyond', '4 may']],
    ['naïve may', ['0 beyond', '6 may']],
    ['😃 may', ['3 may']],
    ['𝐀may', ['0 beyond']],
    // An unpaired surrogate is no word character: the word after it starts.
    ['\uD800may', ['1 may']],
    ['\uDC00may', ['1 may']],
  ])('at word starts only: %j', (text, expected) => {
    const options = {
      wordCharacter: hedgeLike,
      folded: new Map([
        ['may', ['may']],
        ['well', ['well']],
      ]),
      beyondAscii: ['beyond'],
    }
    expect(visits(text, options)).toEqual(expected)
  })

  it('takes its words from the class: without digits, "3said" starts a word', () => {
    const folded = new Map([['said', ['said']]])
    expect(visits('3said', { wordCharacter: /[\p{L}'’-]/u, folded })).toEqual(['1 said'])
    expect(visits('3said', { wordCharacter: hedgeLike, folded })).toEqual([])
  })

  it('checks a hash hit letter by letter: colliding keys try only their own targets', () => {
    // "wbpjow" and "paqjmlv" have the same folded hash; "Aa" and "BB" the same exact one.
    const options = {
      wordCharacter: hedgeLike,
      folded: new Map([['wbpjow', ['wbpjow']]]),
      exact: new Map([['Aa', ['Aa']]]),
    }
    expect(visits('paqjmlv BB WBPJOW Aa', options)).toEqual(['11 wbpjow', '18 Aa'])
  })

  it('stops at the first result and returns it: the leftmost, tried sticky', () => {
    const index = wordIndex({
      wordCharacter: /[\p{L}]/u,
      folded: new Map([
        ['said', [/said(?![\p{L}\p{N}])/iuy]],
        ['told', [/told(?![\p{L}\p{N}])/iuy]],
      ]),
    })
    // "Said2" is tried and fails; "told" matches and ends the scan.
    const text = 'Said2, told, said.'
    const tried: number[] = []
    const match = scanWords(text, index, (expression, start) => {
      tried.push(start)
      return matchAt(expression, text, start)
    })
    expect(match?.index).toBe(7)
    expect(tried).toEqual([0, 7])
    expect(
      scanWords(text, index, (expression, start) => matchAt(expression, text, start), { from: 8 })
        ?.index,
    ).toBe(13)
    expect(scanWords('No cue here.', index, () => 'never')).toBeUndefined()
  })

  it('visits what a plain reading of the words visits, on random text', () => {
    const keys = ['may', 'might', 'well', 'said', 'to', 'a', 'US', 'May']
    const folded = new Map(
      keys.filter((key) => key === key.toLowerCase()).map((key) => [key, [`f:${key}`]]),
    )
    const exact = new Map(
      keys.filter((key) => key !== key.toLowerCase()).map((key) => [key, [`e:${key}`]]),
    )
    // The oracle: words are runs of word characters (by code point); a word's
    // leading letters are looked up lower-cased and as written when all ASCII.
    const oracle = (text: string) => {
      const seen: string[] = []
      for (const word of text.matchAll(/[\p{L}\p{N}'’-]+/gu)) {
        const letters = /^\p{L}+/u.exec(word[0])?.[0]
        if (letters === undefined) continue
        if (!/^[A-Za-z]+$/.test(letters)) seen.push(`${word.index} beyond`)
        else {
          for (const target of folded.get(letters.toLowerCase()) ?? [])
            seen.push(`${word.index} ${target}`)
          for (const target of exact.get(letters) ?? []) seen.push(`${word.index} ${target}`)
        }
      }
      return seen
    }
    const pieces = [
      ...keys,
      'Might',
      'MAY',
      'mays',
      'ſ',
      'é',
      'Ω',
      '😃',
      '𝐀',
      '\uD800',
      '3',
      "'",
      '’',
      '-',
      ' ',
      ' ',
      '. ',
      '—',
      '\n',
    ]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('')
        expect(
          visits(text, { wordCharacter: hedgeLike, folded, exact, beyondAscii: ['beyond'] }),
        ).toEqual(oracle(text))
      }),
      { numRuns: 1000 },
    )
  })
})

describe('matchAt', () => {
  it('matches at the place only', () => {
    expect(matchAt(/said/iy, 'He said so.', 3)?.[0]).toBe('said')
    expect(matchAt(/said/iy, 'He said so.', 2)).toBeUndefined()
  })
})

describe('wordSearch.exec', () => {
  it('returns the leftmost match at or after `from`, wherever `from` stands', () => {
    const text = "Sources said, she told him; unsaid, he'd said. 3said"
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length }), (from) => {
        const global = new RegExp(cuePattern.source, cuePattern.flags)
        global.lastIndex = from
        const expected = global.exec(text)
        const match = cueSearch.exec(text, from)
        expect(match?.index).toBe(expected?.index)
        expect(match?.[0]).toBe(expected?.[0])
      }),
    )
    expect(cueSearch.exec(text, 0)?.index).toBe(8)
    // Inside "said": the look-behind refuses the rest of it.
    expect(cueSearch.exec(text, 9)?.index).toBe(18)
    expect(cueSearch.exec(text, text.length - 4)?.index).toBe(text.length - 4)
  })

  it('finds a cue after an unpaired surrogate, as the expression does', () => {
    const text = 'It was \uD800said to be so.'
    expect(cueSearch.exec(text, 0)?.index).toBe(8)
    expect(searchMatches(cueSearch, text)).toEqual(globalMatches(cuePattern, text))
  })
})
