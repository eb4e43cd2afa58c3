// Round 32 (rules 0.20.0): attributions of wire and British business news. Every sentence here is invented.
import { suggest } from '@scholion/suggest'
import { describe, expect, it } from 'vitest'
import { claims } from './helpers/claims.js'

describe('a name in apposition after a short adverbial opening the sentence', () => {
  it.each([
    [
      'However, Mary Poole, executive director of the Council for Parks and Open Spaces, said the scheme should be dropped.',
      'Mary Poole',
      'the scheme should be dropped',
    ],
    [
      'On Wednesday, Tom Reed, vice president of the European Board and also Commissioner for Trade, said that the changes were necessary.',
      'Tom Reed',
      'the changes were necessary',
    ],
    [
      'In a statement, Ann Lee, head of the Rail and Bus Users Group, said fares would rise.',
      'Ann Lee',
      'fares would rise',
    ],
  ])('%s', (text, speaker, content) => {
    const found = claims(suggest(text))
    const claim = found.find((candidate) => candidate.content[0] === content)
    expect(claim?.speaker?.[0]).toContain(speaker)
  })

  it('not reported content before an inverted speaker: the role is not the opener', () => {
    const found = claims(
      suggest('Prices will rise, Mary Poole, executive director of the Parks Council, said.'),
    )
    expect(found.every((claim) => !claim.speaker?.[0]?.startsWith('Prices'))).toBe(true)
  })
})

describe('a plural organisation in -ies or -es before a "that" clause cue', () => {
  it.each([
    ['The oil companies deny that they colluded on prices.', 'The oil companies'],
    ['The companies concede that they colluded on prices.', 'The companies'],
    ['The agencies admit that the figures were wrong.', 'The agencies'],
  ])('%s', (text, speaker) => {
    expect(claims(suggest(text))[0]?.speaker).toEqual([speaker])
  })

  it('not a plural noun that cannot speak: "The batteries admit that …" is no claim', () => {
    expect(claims(suggest('The batteries admit that the figures were wrong.'))).toEqual([])
  })
})

describe('a firm before its employee after the cue: the speaker runs on to the person', () => {
  it.each([
    ['"Prices will rise," said Acme Holdings\' John Pratt.', 'John Pratt'],
    ['"Prices will rise," said Northern Bank (Europe) Ltd economist Jane Cole.', 'Jane Cole'],
  ])('%s', (text, person) => {
    expect(claims(suggest(text))[0]?.speaker?.[0]).toContain(person)
  })

  it('not past a bracket before a lower-case word', () => {
    const found = claims(
      suggest('"Prices will rise," said Northern Bank (Europe) economist Jane Cole.'),
    )
    expect(found[0]?.speaker?.[0]).toBe('Northern Bank')
  })

  it('not past a possessive before a lower-case word', () => {
    const found = claims(suggest('"Prices will rise," said Lake Brothers\' chief.'))
    expect(found[0]?.speaker?.[0]).not.toContain('chief')
  })
})
