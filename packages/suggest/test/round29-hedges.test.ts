import { describe, expect, it } from 'vitest'
import { cues } from './helpers/cues.js'

// Round 29 rules (0.19.0, scholion-hedges/19): hedges of newswire, by class, from
// the misses of the blind rounds 26 and 27 and the forms their families lacked.
// Every sentence here is invented; none is copied from the gold or any corpus text.

export const round29Positives: ReadonlyArray<readonly [string, string]> = [
  // A rumour named as such, in any frame.
  ['The spokesman said the story was just a rumor.', 'rumor'],
  ['"We never comment on rumours," the bank said.', 'rumours'],
  ['Traders heard all kinds of rumors on the floor.', 'rumors'],
  ['STEEL MERGER TALK A RUMOR, FIRM SAYS', 'RUMOR'],
  // A forecast figure after a possessive.
  ["About a third of this year's expected 40,000 tonne crop is sown.", 'expected'],
  ["The agency's projected 5 mln dlr deficit worried the board.", 'projected'],
  // An approximate date.
  ['The harvest should start around May 20 this year.', 'around'],
  ['Planting will begin about April 20, officials said.', 'about'],
  // What cannot yet be said, with "yet".
  ['"It is much too soon yet to tell how the market will react," he said.', 'too soon yet to tell'],
  ['It was too early yet to judge the damage.', 'too early yet to judge'],
  // Suggestions as claims in the air.
  ['The minister denied suggestions that taxes would rise.', 'suggestions that'],
  ['The union dismissed suggestions that the plant would close.', 'suggestions that'],
  // The speaker's own forecast of a thing.
  ['"We expect it to be ready for service by June," he said.', 'expect'],
  ['"I expect them to rise further next year," the analyst said.', 'expect'],
  // More possible changes after "could".
  ['Tighter supply could hike fuel prices by 20 pct.', 'could hike'],
  ['The loss could dent earnings this year.', 'could dent'],
  ['Lower demand could depress earnings this year.', 'could depress'],
  // A long span given as a bound.
  ['The recovery could last as long as three years.', 'as long as'],
  ['Repairs may take as long as a month.', 'as long as'],
  // Anticipations and outlooks with their content.
  ['Copper rose on anticipation that stocks will shrink.', 'anticipation that'],
  ['Traders focused on the outlook that a weaker yen will help exports.', 'outlook that'],
  ['The prospect that rates will fall lifted bonds.', 'prospect that'],
  // A value approached from far.
  ['Orders were well above the 900 mln dlrs forecast.', 'well above'],
  ['Output fell well short of the 50,000 tonne target.', 'well short of'],
  // A possibility named as "potential for" (loosened after the exclusion audit).
  ['Officials saw a clear potential for conflict over the quotas.', 'potential for'],
  ['The move raises the potential for further losses.', 'potential for'],
  // Doubt about one's own certainty, with a degree word.
  ['"I\'m not so sure the bank is tightening," he said.', 'not so sure'],
  ['Officials were not entirely certain the pact would hold.', 'not entirely certain'],
  // Hedging formulas of argument.
  ['"One could make a case that rates are too high," he said.', 'could make a case'],
  ['You might argue that the cut came too late.', 'You might argue'],
  // The speaker's possible outlook.
  ['"We may see a steady recovery next year," she said.', 'may see'],
  // The speaker's doubt in reported speech, in the present.
  ['Dealers said they doubt the bank will act this week.', 'doubt'],
  ['Analysts said that they doubt the cut will help.', 'doubt'],
  // An inference from a measure or a change as subject.
  ['The ratio indicates orders near 900 mln dlrs in May.', 'indicates'],
  ['The rise indicates demand is picking up.', 'indicates'],
  // The speaker's own outlook with "see".
  ['"I see us poised for a record year," the chairman said.', 'see'],
  ['"We see it recovering by the autumn," he said.', 'see'],
  // A forecast after its noun, with "through" or "until".
  ['Steady growth expected through 1992 cheered investors.', 'expected'],
]

export const round29Negatives: readonly string[] = [
  // The rumour trade, a rumour denied outright.
  'The rumor mill was busy all week.',
  'There were no rumors at all.',
  // A date without an approximator; "about" before a lower-case word.
  'The vote is due on April 11.',
  'They talked about march routes.',
  // Too early, without a verb of knowing.
  'It was too early yet for lunch.',
  // A proposal, and a relative clause.
  'He made suggestions that the staff found useful.',
  'The suggestion that Smith hire a clerk was dropped.',
  'The guide gives suggestions that can be used at home.',
  // A demand on people.
  'We expect them to comply with the rules.',
  // A person's deed, a request.
  'They could trim the hedge.',
  'Nobody who could squeeze through the gap stayed.',
  // "as long as" as a condition.
  'Prices will hold as long as demand stays firm.',
  // A named holder's perception; "outlook" without a clause.
  'His perception that the deal was unfair was shared.',
  'The outlook for sales is good.',
  // "well above" without a number.
  'The plane flew well above the clouds.',
  // A capacity; a value passed without a number.
  'The firm sees earnings potential for its new unit.',
  'The sonata stood up well under the two players.',
  // A denotation; a sighting.
  'The ratio indicates the position of the firm.',
  'I see them leaving the office.',
  // Not a doubt about certainty.
  'He was not too sure of the way.',
  // A purpose clause; a greeting.
  'He waited so you could say goodbye.',
  // "may" of an interpretation; a doubt of a third person without a speech verb.
  'We may call this plan a gamble.',
]

describe('hedges of round 29 (scholion-hedges/19): families of the round-26 and 27 misses', () => {
  it.each(round29Positives)('%s → %s', (text, cue) => {
    expect(cues(text)).toContain(cue)
  })

  it.each(round29Negatives)('no hedge in: %s', (text) => {
    expect(cues(text)).toEqual([])
  })
})

// From the probe's (round 28) misses, read after it had been measured, by family.
export const round29ProbePositives: ReadonlyArray<readonly [string, string]> = [
  // More possible outcomes after "could".
  ['A rule that could kill the tax plan was approved.', 'could kill'],
  ['A strike could complicate the wage talks.', 'could complicate'],
  // What is not known, with a noun of exactness.
  ["Dealers do not know the fund's exact size.", 'do not know'],
  ["We don't know the precise amount yet.", "don't know"],
  // A likelihood read off the signs with a degree word.
  ['The target looked increasingly unlikely to be met.', 'looked'],
  ['A deal looks more likely now.', 'looks'],
  // An expected level of a market.
  ['Dealers said the rate should trade between 6 and 6-1/4 pct.', 'should'],
  ['The yen should settle near 140 by Friday.', 'should'],
  // Litotes of possibility with a degree word.
  ['"It is not at all inconceivable that the bank sold," he said.', 'not at all inconceivable'],
  ['A cut is not entirely unthinkable.', 'not entirely unthinkable'],
  // An inference named by its evidence in a participle.
  ['The bank has not tightened to the extent suggested by the figures.', 'suggested'],
  ['The slowdown indicated by the latest surveys worried traders.', 'indicated'],
  // Hedging formulas of assessment.
  ['"It\'s fair to say that rates may rise," he said.', 'fair to say'],
  ['It is safe to assume the plant will close.', 'safe to assume'],
  // A negated belief after "told" and its hearer.
  ['The premier told reporters he did not think the tax was dead.', 'think'],
  // A forecast attribute with a word between.
  ['Bonds fell on the projected spring surge.', 'projected'],
  // Talk that arose.
  ['Speculation had arisen in the markets that Tokyo might act.', 'Speculation had arisen'],
]

export const round29ProbeNegatives: readonly string[] = [
  // A person's deed after "could".
  'He could kill time at the station.',
  'They could block the road.',
  // Not knowing a way.
  'Visitors do not know the way.',
  // A duty of a person.
  'The clerk should close the book at noon.',
  // A plan, not a belief.
  'The firm told the agency that it does not expect to refile.',
  // A proposal by a person.
  'The plan suggested by the minister was dropped.',
]

describe('hedges of round 29 (scholion-hedges/19): families of the probe misses', () => {
  it.each(round29ProbePositives)('%s → %s', (text, cue) => {
    expect(cues(text)).toContain(cue)
  })

  it.each(round29ProbeNegatives)('no hedge in: %s', (text) => {
    expect(cues(text)).toEqual([])
  })
})
