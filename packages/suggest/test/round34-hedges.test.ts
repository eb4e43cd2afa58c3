import { describe, expect, it } from 'vitest'
import { cues } from './helpers/cues.js'

// Round 34 rules (0.22.0, scholion-hedges/21): hedges of British political news, by
// class, from the misses of rounds 34–37 (BBC News 2004–2005, read after they were
// scored). Every sentence here is invented; none is copied from the gold or any
// corpus text.

export const round34Positives: ReadonlyArray<readonly [string, string]> = [
  // Research and a report as evidence.
  ['The report suggests most councils are now using e-mail.', 'suggests'],
  ['Research suggests the scheme was badly costed.', 'suggests'],
  ['The analysis suggested turnout would fall.', 'suggested'],
  // Evidence with a perfect between it and "suggest".
  ['Earlier surveys have suggested support was slipping.', 'suggested'],
  ['The data had suggested the recovery was slowing.', 'suggested'],
  // Evidence with a phrase between it and "suggest".
  ['A survey of small firms suggests confidence is returning.', 'suggests'],
  ['Figures from the Treasury suggested borrowing would rise.', 'suggested'],
  // The participle after its evidence.
  ['Ministers pressed on despite research suggesting the plan would cost more.', 'suggesting'],
  ['He pointed to figures suggesting prices had peaked.', 'suggesting'],
  // "could" in a non-restrictive relative clause.
  ['The pilot project, which could begin in spring, will cover three towns.', 'could'],
  ['The merger, which could close in May, still needs approval.', 'could'],
]

export const round34Negatives: readonly string[] = [
  // A proposal, not an inference.
  'The report suggested a levy on landlords.',
  'A review of the service suggested ways to cut waiting times.',
  // A person suggesting.
  'The minister suggested the vote be delayed.',
  // "could" in a restrictive clause: a capacity.
  'They built shelters which could withstand a flood.',
  'Every boat that could float was sent out.',
  // "could" of ability or permission after the comma.
  'The board, which could not agree, adjourned.',
  'The council, which could only meet in March, adjourned.',
  'The committee, which could vote on any bill, met twice.',
]

describe('hedges of round 34 (scholion-hedges/21): classes of the round 34–37 misses', () => {
  it.each(round34Positives)('%s → %s', (text, cue) => {
    expect(cues(text)).toContain(cue)
  })

  it.each(round34Negatives)('no hedge in: %s', (text) => {
    expect(cues(text)).toEqual([])
  })
})
