import { describe, expect, it } from 'vitest'
import { cues } from './helpers/cues.js'

// Round 32 rules (0.20.0, scholion-hedges/20): hedges of newswire and business news,
// by class, from the misses of rounds 29–33 (Reuters 1987, BBC business 2004–2005).
// Every sentence here is invented; none is copied from the gold or any corpus text.

export const round32Positives: ReadonlyArray<readonly [string, string]> = [
  // A possible effect or drift with an adverb between "could" and its verb.
  ['Bank holidays could also distort the money market.', 'could'],
  ['A long strike could still hamper shipments.', 'could'],
  ['Jobless numbers could edge higher this winter.', 'could'],
  ['Bond yields could still creep up in the spring.', 'could'],
  // An outcome a thing "could see".
  ['The closures could see its staff trimmed by a third.', 'could see'],
  ['The tax could see fuel prices rising again.', 'could see'],
  // A possible effect on a market with "could help".
  ['A pause in rate rises could help prop up the euro and the dollar.', 'could help'],
  // A possible effect on a thing's standing with "could make".
  ['Its strong brand could make it an obvious takeover target.', 'could make'],
  // An expected change after a market or measure noun, with an adverb between; new nouns.
  ['GDP should again show growth in the third quarter.', 'should'],
  ['The trade deficit should also narrow next year.', 'should'],
  ['The upgrade should lead to fresh inflows.', 'should'],
  ['The farm economy should manage modest growth.', 'should'],
  ['Bonds should stabilise around current levels.', 'should'],
  // An expected effect of what was just said.
  ['That should end the talk of a rate cut.', 'should'],
  ['This should help exporters in the short run.', 'should'],
  // No effect expected.
  ['There should be no lasting impact on fares.', 'should'],
  ['There should be little disruption to flights.', 'should'],
  // Signs and indications of a change, with "of".
  ['There are early signs of a recovery in car sales.', 'signs of'],
  ['The trade gap shows signs of narrowing.', 'signs of'],
  ['Analysts noted indications of weakening orders.', 'indications of'],
  // An evidential noun before a bare clause.
  ['The calm trading was a sign the panic had passed.', 'sign'],
  ['The bid was an indication investors were returning.', 'indication'],
  // An inference in a participle clause after a comma.
  ['Reserves jumped last month, pointing to heavy central bank buying.', 'pointing to'],
  ['The survey put the party ahead by eight points, indicating a comfortable win.', 'indicating'],
  // Bounds before a number.
  ['The firm cannot raise its holding beyond 26 pct.', 'beyond'],
  ['Mortgage rates, exceeding 15 pct, hit buyers.', 'exceeding'],
  ['Output stayed well below the official goal of 2 mln tonnes.', 'well below'],
  ['Wages rose well above the inflation rate of 3 pct.', 'well above'],
  // Report and expectation in a hyphenated compound.
  ['The widely-expected cut came on Thursday.', 'widely-expected'],
  ['Shares rose ahead of the long-rumoured merger.', 'long-rumoured'],
  // A construal without its copula.
  ['With the bonds now seen as safe, buyers returned.', 'seen as'],
  // A forecast figure after an article.
  ['Fuel will cost a predicted extra 40 mln dlrs.', 'predicted'],
  ['The plant reached the expected 5,000 tonnes.', 'expected'],
  // A claim in the air opening its sentence.
  ['Suggestions that the mine would close angered the town.', 'Suggestions that'],
]

export const round32Negatives: readonly string[] = [
  // A person's deed with an adverb; a drift without a direction.
  'He could also hamper the inquiry.',
  'They could still inch their way forward.',
  // A sighting by a person, and a fool who sees.
  'We could see the harbour lights from the hill.',
  'Any child could see what was going on.',
  // A person's help; a person who makes.
  'The mayor could help the flood victims.',
  'We could make it a habit.',
  // A demand with a demonstrative and with "there".
  'This should be done by Friday.',
  'There should be no discrimination at work.',
  // Signs denied, owned or named.
  'There were no signs of a recovery.',
  'His signs of fatigue were plain.',
  'The first signs of spring came late.',
  // A sign with no clause.
  'A sign in the window offered rooms.',
  // A gesture, not an inference.
  '"Sit there," he said, pointing to a chair.',
  '"That one," she said, indicating the blue box.',
  // "beyond" and "well above" with no number.
  'The plan is beyond doubt.',
  'The plane flew well above the town.',
  // A construal with a past marker; an expected thing with no number.
  'The scheme, once seen as bold, was dropped.',
  'The expected guests never came.',
  // A proposal a person made.
  'Suggestions that he made were ignored.',
]

describe('hedges of round 32 (scholion-hedges/20): classes of the round 29–33 misses', () => {
  it.each(round32Positives)('%s → %s', (text, cue) => {
    expect(cues(text)).toContain(cue)
  })

  it.each(round32Negatives)('no hedge in: %s', (text) => {
    expect(cues(text)).toEqual([])
  })
})
