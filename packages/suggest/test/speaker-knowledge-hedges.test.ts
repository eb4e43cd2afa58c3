import { describe, expect, it } from 'vitest'
import { cues } from './helpers/cues.js'

// Version 22 of the lexicon (rules 0.26.0): limits of what the speaker knows, from
// the misses of the development rounds 38–43 and 46, and the noun "might", from
// their false hedges (BBC News 2004–2005, read in session 11). Every sentence here
// is invented.

const positives: ReadonlyArray<readonly [string, string]> = [
  // Awareness as a limit, in any person.
  ['The birds were shot lawfully as far as he was aware.', 'as far as he was aware'],
  ['As far as we are aware, no rule was broken.', 'As far as we are aware'],
  // The speaker's understanding as the ground of a claim.
  ['But my understanding is that the board decides.', 'my understanding is'],
  // Experience as the ground of a claim.
  ['In my experience, voters punish negative campaigns.', 'In my experience'],
  // A belief set off by commas.
  ['We signed up for a good pension, as we thought, and fair pay.', 'as we thought'],
  // Hearsay with its channel.
  ['We understand from the council that no permit was issued.', 'understand'],
]

const negatives: readonly string[] = [
  // A limit of distance.
  'As far as the eye can see, the fields are flooded.',
  // Understanding as sympathy or comprehension.
  'I understand your concern about the plan.',
  // Thinking as an act, not a hedge.
  'We thought about it for a week.',
  // An understanding as an agreement.
  'Our understanding with the union was signed in May.',
]

describe('hedges of scholion-hedges/22: limits of what the speaker knows', () => {
  it.each(positives)('%s → %s', (text, cue) => {
    expect(cues(text)).toContain(cue)
  })

  it.each(negatives)('no hedge in: %s', (text) => {
    expect(cues(text)).toEqual([])
  })
})

describe('hedges of scholion-hedges/22: the noun "might" is no modal', () => {
  it.each([
    'Small firms lack the legal and financial might of the giants.',
    'The war will not be won by military might alone.',
    'He pulled with all his might.',
  ])('no hedge in: %s', (text) => {
    expect(cues(text)).toEqual([])
  })

  it.each([
    ['The plan might of course fail.', 'might'],
    ['Ministers might reconsider.', 'might'],
  ])('%s → %s', (text, cue) => {
    expect(cues(text)).toContain(cue)
  })
})
