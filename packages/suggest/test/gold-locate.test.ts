import { describe, expect, it } from 'vitest'
import { locate, subIndex } from '../../../bench/suggest/score.js'

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
