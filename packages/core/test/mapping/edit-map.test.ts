import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { diffTexts } from '../../src/lib/mapping/diff-texts.js'
import { EditMap } from '../../src/lib/mapping/edit-map.js'
import { Mapping } from '../../src/lib/mapping/mapping.js'

describe('EditMap', () => {
  // 'hello world' → 'hello brave world': 6 characters inserted at 6.
  const insert = new EditMap([6, 0, 6])
  it.each([
    [0, 1, 0],
    [6, 1, 12],
    [6, -1, 6],
    [11, 1, 17],
  ])('insertion: map(%i, %i) = %i', (pos, assoc, expected) => {
    expect(insert.map(pos, assoc)).toBe(expected)
  })

  it('flags deletions', () => {
    const replace = new EditMap([2, 3, 1])
    expect(replace.mapResult(3).deleted).toBe(true)
    expect(replace.mapResult(2).deletedBefore).toBe(false)
    expect(replace.mapResult(5).deletedBefore).toBe(true)
    expect(replace.mapResult(5).pos).toBe(3)
  })

  it('inverts, and an empty map inverts to itself', () => {
    expect(new EditMap([2, 1, 4]).invert().ranges).toEqual([2, 4, 1])
    expect(EditMap.empty.invert()).toBe(EditMap.empty)
  })

  it('rejects unsorted or touching ranges', () => {
    expect(() => new EditMap([5, 1, 1, 2, 1, 1])).toThrow(RangeError)
    expect(() => new EditMap([1, 1, 1, 2, 1, 1])).toThrow(RangeError)
  })

  it('composes through Mapping', () => {
    const both = new Mapping([new EditMap([0, 0, 2]), new EditMap([5, 1, 0])])
    expect(both.map(4)).toBe(5)
    expect(both.invert().map(5)).toBe(4)
  })
})

describe('diffTexts', () => {
  it.each([
    ['One. Two. Three.', 'One. Three.'],
    ['a😃b', 'a😄b'],
    ['para one\n\npara two\n\npara three', 'para two\n\npara one\n\npara three'],
  ])('%j → %j: unchanged text maps onto itself', (oldText, newText) => {
    const edits = diffTexts(oldText, newText)
    let rebuilt = ''
    let cursor = 0
    edits.forEach((oldStart, oldEnd, newStart, newEnd) => {
      rebuilt += oldText.slice(cursor, oldStart) + newText.slice(newStart, newEnd)
      cursor = oldEnd
    })
    expect(rebuilt + oldText.slice(cursor)).toBe(newText)
  })

  it('diffs a short changed middle whose words are shared instead of replacing it whole', () => {
    // After the common start and end are trimmed, "(Reuter) - More than 2,000" →
    // "new - More than" is shorter than the paragraph comparison reads: the words
    // between the two edits must stay unchanged text.
    const oldText = 'MOSCOW (Reuter) - More than 2,000 foreigners were imprisoned.'
    const newText = 'MOSCOW new - More than foreigners were imprisoned.'
    const edits = diffTexts(oldText, newText)
    const at = oldText.indexOf('- More than')
    expect(edits.map(at, 1)).toBe(newText.indexOf('- More than'))
    expect(edits.insertedIn(newText.indexOf('- More than'), newText.indexOf(' foreigners'))).toBe(0)
  })

  it('describes any edit correctly (applying it rebuilds the new text)', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', 'b', ' ', '\n', '😃', 'x'),
      maxLength: 120,
    })
    fc.assert(
      fc.property(text, text, (oldText, newText) => {
        const edits = diffTexts(oldText, newText)
        let rebuilt = ''
        let cursor = 0
        edits.forEach((oldStart, oldEnd, newStart, newEnd) => {
          expect(oldText.slice(cursor, oldStart)).toBe(newText.slice(rebuilt.length, newStart))
          rebuilt += oldText.slice(cursor, oldStart) + newText.slice(newStart, newEnd)
          cursor = oldEnd
        })
        expect(rebuilt + oldText.slice(cursor)).toBe(newText)
      }),
    )
  })

  // Paragraph-level alignment: texts made of paragraphs from a small set, so that
  // unique paragraphs (patience anchors), repeated ones (the sequence-diff fallback)
  // and edited ones all occur.
  it('describes any paragraph-level edit correctly', () => {
    const paragraph = fc.constantFrom(
      'Alpha beta gamma delta epsilon zeta.',
      'Alpha beta gamma delta epsilon zeta!',
      'One more paragraph of running prose.',
      'x',
      '',
      'Repeated line.',
      'Repeated line.',
    )
    const text = fc.array(paragraph, { maxLength: 30 }).map((paragraphs) => paragraphs.join('\n\n'))
    fc.assert(
      fc.property(text, text, (oldText, newText) => {
        expect(rebuild(oldText, newText, diffTexts(oldText, newText))).toBe(newText)
      }),
    )
  })

  it('keeps unchanged paragraphs unchanged around moved and edited ones', () => {
    const paragraphs = Array.from({ length: 40 }, (_, index) => `Paragraph ${index} of the text.`)
    const oldText = paragraphs.join('\n\n')
    const moved = [...paragraphs]
    const [taken] = moved.splice(5, 1)
    moved.splice(30, 0, taken as string)
    moved[12] = 'Paragraph 12 of the edited text.'
    const newText = moved.join('\n\n')
    const edits = diffTexts(oldText, newText)
    expect(rebuild(oldText, newText, edits)).toBe(newText)
    // Paragraph 20 moved back by one paragraph's length, untouched.
    const at = oldText.indexOf('Paragraph 20 ')
    expect(edits.mapResult(at).deleted).toBe(false)
    expect(edits.map(at)).toBe(newText.indexOf('Paragraph 20 '))
    // The edit inside paragraph 12 is a word, not the paragraph.
    expect(edits.map(oldText.indexOf('Paragraph 12 '))).toBe(newText.indexOf('Paragraph 12 '))
  })
})

/** Applies `edits` to `oldText`, taking the replacement text from `newText`. */
function rebuild(oldText: string, newText: string, edits: EditMap): string {
  let rebuilt = ''
  let cursor = 0
  edits.forEach((oldStart, oldEnd, newStart, newEnd) => {
    expect(oldText.slice(cursor, oldStart)).toBe(newText.slice(rebuilt.length, newStart))
    rebuilt += oldText.slice(cursor, oldStart) + newText.slice(newStart, newEnd)
    cursor = oldEnd
  })
  return rebuilt + oldText.slice(cursor)
}
