// Rules 0.35.0 (lexicon 28): evidential nouns written from the misses of
// development rounds 34–65 (BBC politics and sport), and the learned hedge model
// kept to what the lexicon has not judged (see hedge-model.test.ts). Every
// sentence here is invented.
import { describe, expect, it } from 'vitest'
import { cues } from './helpers/cues.js'

describe('allegations and accusations, unproven by what the words say', () => {
  it.each([
    ['The newspaper printed allegations about his business dealings.', 'allegations'],
    ['The party has been damaged by accusations of spin.', 'accusations'],
    ['Postal ballots were hit by delays and some fraud allegations.', 'allegations'],
    ['The allegations, which she denies, are being investigated.', 'allegations'],
  ])('%s', (text, cue) => {
    expect(cues(text)).toContain(cue)
  })

  it("leaves out a named holder's own accusations (an attribution)", () => {
    expect(cues("Mr Hale's accusations are like his sense of fair play.")).toEqual([])
    expect(cues('She stood by her accusations against the board.')).toEqual([])
  })
})

describe('a suspicion with its content', () => {
  it('marks "suspicion that …"', () => {
    expect(
      cues('He lost support amid rumours and suspicion that his deputy was plotting.'),
    ).toContain('suspicion')
  })

  it('leaves out a charge without content', () => {
    expect(cues('He was arrested on suspicion of arson.')).toEqual([])
  })
})

describe('claims disputed, their content before or elsewhere', () => {
  it.each([
    ['The ministry has denied the claims, made in a new book.', 'claims'],
    ['A spokesman also rejected the claims, saying the advice was sound.', 'claims'],
  ])('%s', (text, cue) => {
    expect(cues(text)).toContain(cue)
  })

  it('leaves out claims of money or of asylum', () => {
    expect(cues('Only two in ten asylum seekers had their claims accepted.')).toEqual([])
    expect(cues('A backlog of claims was building up at the agency.')).toEqual([])
  })
})
