import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createSampledIndex, sampledMinimumLength } from '../../src/lib/anchoring/sampled-index.js'

/** Occurrences of `needle` in `text`, overlapping ones too, up to `limit`: a plain scan. */
function scan(text: string, needle: string, limit: number): number {
  let found = 0
  for (let at = text.indexOf(needle); at !== -1 && found < limit; at = text.indexOf(needle, at + 1))
    found++
  return found
}

describe('createSampledIndex', () => {
  it('needs needles of at least 47 code units', () => {
    expect(sampledMinimumLength).toBe(47)
    expect(() => createSampledIndex('x'.repeat(100)).count('x'.repeat(46), 2)).toThrow(RangeError)
  })

  it.each([
    ['empty text', '', 'a'.repeat(47), 5, 0],
    ['text shorter than a gram', 'abc', 'a'.repeat(47), 5, 0],
    ['needle equal to the text', 'q'.repeat(47), 'q'.repeat(47), 5, 1],
    ['overlapping occurrences, stopped at the limit', 'x'.repeat(100), 'x'.repeat(48), 2, 2],
    ['overlapping occurrences, all', 'x'.repeat(100), 'x'.repeat(48), 100, 53],
    ['an occurrence at the very end', `${'ab'.repeat(50)}${'c'.repeat(47)}`, 'c'.repeat(47), 5, 1],
  ])('%s', (_name, text, needle, limit, expected) => {
    expect(createSampledIndex(text).count(needle, limit)).toBe(expected)
  })

  it('counts exactly what a plain scan counts (needles cut from the text, and edited ones)', () => {
    // A small alphabet makes repeats, and so several occurrences, common; astral
    // characters check that code units, not code points, are indexed.
    const text = fc.string({
      unit: fc.constantFrom('a', 'b', ' ', '😃'),
      minLength: 0,
      maxLength: 600,
    })
    fc.assert(
      fc.property(
        text,
        fc.nat(),
        fc.integer({ min: sampledMinimumLength, max: 120 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 50 }),
        (source, seed, length, edit, limit) => {
          const index = createSampledIndex(source)
          let needle: string
          if (source.length >= length) {
            const from = seed % (source.length - length + 1)
            needle = source.slice(from, from + length)
          } else {
            needle = 'ab'.repeat(length).slice(0, length)
          }
          if (edit) needle = `${needle.slice(0, length >> 1)}b${needle.slice((length >> 1) + 1)}`
          expect(index.count(needle, limit)).toBe(scan(source, needle, limit))
        },
      ),
      { numRuns: 500 },
    )
  })

  it('counts periodic text, where every sampled gram looks alike, exactly', () => {
    const text = 'abcabcab '.repeat(80)
    const index = createSampledIndex(text)
    for (const length of [47, 48, 63, 64, 65, 100]) {
      for (const from of [0, 1, 5, 31, 32, 33]) {
        const needle = text.slice(from, from + length)
        expect(index.count(needle, 1000)).toBe(scan(text, needle, 1000))
      }
    }
  })
})
