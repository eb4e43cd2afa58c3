import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createQGramIndex, gramLength } from '../../src/lib/anchoring/qgram-index.js'

/** Every offset where `needle` occurs in `text`, overlapping ones too: a plain scan. */
function scan(text: string, needle: string, limit = Number.POSITIVE_INFINITY): number[] {
  const found: number[] = []
  for (
    let at = text.indexOf(needle);
    at !== -1 && found.length < limit;
    at = text.indexOf(needle, at + 1)
  )
    found.push(at)
  return found
}

/** Words from a small vocabulary, so that grams repeat and buckets fill. */
function wordText(words: number, seed: number): string {
  const vocabulary = ['the', 'camp', 'of', 'war', 'said', 'two', 'prisoners', 'were', 'held', 'in']
  let state = seed
  const out: string[] = []
  for (let i = 0; i < words; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    out.push(vocabulary[state % vocabulary.length] as string)
  }
  return out.join(' ')
}

describe('createQGramIndex', () => {
  it('puts every gram in its bucket once, buckets ascending', () => {
    // 60,000 characters: 2^16 buckets, so both halves of the bucket number are used.
    const text = wordText(12_000, 7)
    const index = createQGramIndex(text)
    let total = 0
    const seen = new Set<string>()
    for (let offset = 0; offset + gramLength <= text.length; offset++) {
      const bucket = index.bucketOf(text, offset)
      expect(bucket).toContain(offset)
      const key = `${bucket.byteOffset}:${bucket.length}`
      if (!seen.has(key)) {
        seen.add(key)
        total += bucket.length
        for (let i = 1; i < bucket.length; i++)
          expect(bucket[i] as number).toBeGreaterThan(bucket[i - 1] as number)
      }
    }
    // Every offset is in exactly one bucket.
    expect(total).toBe(text.length - gramLength + 1)
  })

  it('finds what a plain scan finds (needles cut from the text, and edited ones)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'c', '😃'), maxLength: 3000 }),
        fc.nat(),
        fc.integer({ min: 1, max: 40 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 100 }),
        (text, seed, length, edit, limit) => {
          const index = createQGramIndex(text)
          const from = text.length > length ? seed % (text.length - length) : 0
          let needle = text.slice(from, from + length) || 'ab'
          if (edit)
            needle = `${needle.slice(0, needle.length >> 1)}c${needle.slice((needle.length >> 1) + 1)}`
          expect(index.findAll(needle, limit)).toEqual(scan(text, needle, limit))
        },
      ),
      { numRuns: 300 },
    )
  })

  it('indexes texts shorter than a gram, and the empty text', () => {
    expect(createQGramIndex('').findAll('a')).toEqual([])
    expect(createQGramIndex('abc').findAll('b')).toEqual([1])
    expect(createQGramIndex('abc').bucketOf('abcdefgh')).toHaveLength(0)
  })
})
