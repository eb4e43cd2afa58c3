import { describe, expect, it } from 'vitest'
import { cues } from './helpers/cues.js'

// Version 24 of the lexicon (rules 0.30.0): beliefs reported after "told" and its
// hearer, things claimed or perceived, wagers, conditions of belief and more
// suggestions in the air, from the hedge misses of the BBC development rounds
// 34–53 (read in session 12). Every sentence here is invented.

const positives: ReadonlyArray<readonly [string, string]> = [
  ["He told BBC Radio 4's Today programme he believed the vote was safe.", 'believed'],
  ['She told the Guardian she expected a close result.', 'expected'],
  ["The minister attacked Labour's claimed black hole in the budget.", 'claimed'],
  ['They warned of the perceived threat to jobs.', 'perceived'],
  ["I'll bet he never checked the figures.", "I'll bet"],
  [
    'If press reports are to be believed, the two men no longer speak.',
    'If press reports are to be believed',
  ],
  ['If you believe the polls, the race is over.', 'If you believe'],
  ['The deal laid to rest any suggestion the union was split.', 'suggestion'],
  ['There are already suggestions he will resign.', 'suggestions'],
  ['With the vote widely predicted for June, MPs are restless.', 'widely predicted'],
  ['Sales fell, with broadband predicted to grow fast.', 'predicted to'],
]

const negatives: readonly string[] = [
  // A condition or a cause after "told".
  'Each buyer was told to order more if he felt like it.',
  // The verb, not the attribute.
  'The group claimed responsibility for the attack.',
  // A faith.
  'If you believe in miracles, read on.',
  // A holder's own suggestion.
  'His suggestion that we wait was ignored.',
  // A forecast with its agent named.
  'A fall was widely forecast by analysts.',
]

describe('hedges of scholion-hedges/24: hearsay, claims and beliefs', () => {
  it.each(positives)('%s → %s', (text, cue) => {
    expect(cues(text)).toContain(cue)
  })

  it.each(negatives)('no hedge in: %s', (text) => {
    expect(cues(text)).toEqual([])
  })
})
