import { describe, expect, it } from 'vitest'
import { cues } from './helpers/cues.js'

// Round 10 rules (0.11.0): hedges of newswire reportage. Every sentence here is
// invented.

describe('reportage hedges (scholion-hedges/11)', () => {
  it.each([
    // "could well" (the cue had read "could well|very well", matching only "could very well").
    ['Brokers said a truce could well be struck by Friday.', ['could well']],
    ['Some of the growers could well switch to maize.', ['could well']],
    ['The board could very well refuse.', ['could very well']],
    // Outcomes that come about, durations and events, agreements.
    ['A shortage could arise if the mills close.', ['could arise']],
    ['The repairs could take about two months.', ['could take', 'about']],
    ['The ballot could take place next week.', ['could take']],
    ['Aides were hopeful the two unions could reach agreement by May.', ['could reach']],
    ['He believed the ministers could agree on a formula.', ['could agree']],
    // Expected effects on a market or the economy.
    ['Cheaper credit should support demand for new cars.', ['should support']],
    ['The accord should help stabilise the currency markets.', ['should help']],
    // The speaker's own forecast in reported speech.
    ['The chairman said he expects sales to rise in 1988.', ['expects']],
    ['Lee said, however, she expected a weaker harvest.', ['expected']],
    ['The brokers said they expect the loan will be rolled over.', ['expect']],
    ['We expect rates to ease later in the year.', ['expect']],
    // Predicted events in a reduced relative.
    ['The final payment, expected in late June, will close the deal.', ['expected']],
    ['The sale closed, with a ruling expected by the autumn.', ['expected']],
    // Evidential nouns: reports, fears and beliefs of unnamed many.
    ['Officials denied press reports that the mine would close.', ['reports that']],
    ['There were fears that the frost could spread south.', ['fears that', 'could spread']],
    ['The data revived growing sentiment that rates would fall.', ['sentiment that']],
    ['Shares rose amid expectations that the bid would be raised.', ['expectations that']],
    // Expected events with their time, possible losses, unconfirmed talk, unnamed
    // sources and forecasts of the press.
    ['The merger should be completed by the end of June.', ['should']],
    ['Talks on the quota should resume next week.', ['should']],
    ['The insurer could lose 300 mln dlrs on the claims.', ['could lose']],
    ['Shares rose amid market talk of a bid.', ['talk of']],
    ['Dealers cited renewed talk that the plant would close.', ['talk that']],
    ['The carrier is understood to be weighing an offer.', ['is understood to']],
    ['The finance minister is widely tipped to resign.', ['widely tipped to']],
    ['The strike looks set to spread to the docks.', ['looks set to']],
    // Predicative "in question", near certainty, speculation, unnamed claims.
    ['The future of the smelter is in question.', ['in question']],
    ['The dockers are almost certain to strike.', ['almost certain']],
    ['Brokers continued to speculate that the levy would go.', ['speculate that']],
    ['Shares fell amid claims that the audit was flawed.', ['claims that']],
    // Limits to a part, bounds on quantities that are no numerals.
    ['The slump stemmed at least in part from the strike.', ['at least in part']],
    ['The board came round at least partly to the plan.', ['at least partly']],
    ['At least some of the loans will be repaid.', ['At least some']],
    // A speaker's negated belief in reported speech.
    ['The union said it did not think more cuts would follow.', ['think']],
    // A forecast in an all-capitals headline.
    ['FERRY TRAFFIC SEEN RISING IN 1988', ['SEEN']],
    // What cannot be known.
    ['There was no way of verifying the toll.', ['no way of verifying']],
    ['There is no way to confirm the claim.', ['no way to confirm']],
    // An approximate equality.
    ['Reserves were about equal to two months of imports.', ['about equal to']],
  ])('%s', (text, expected) => {
    expect(cues(text)).toEqual(expected)
  })

  it.each([
    'He could take care of the horses himself.',
    'The scouts could take a shorter path.',
    'The climbers could reach the hut before dark.',
    'The chairman said he expects to retire next year.',
    'Traders said they expect to buy more wheat.',
    'I expect you to be on time.',
    'The state should support its farmers.',
    'They should help their neighbours.',
    "The minister's fears that the plan would fail were shared.",
    'Asked if the guards could have been bribed, he declined to comment.',
    'She wondered if the ferry might still run.',
    'The likely outcome of the suit cannot be foreseen.',
    'The form should be completed in ink.',
    'Invoices should be paid within 30 days.',
    'You should finish by noon.',
    'She wanted to talk of her travels.',
    'The term is understood to include leases.',
    'She could suffer the noise no longer.',
    'The plant in question was shut in May.',
    'STRIKE SEEN AS A WARNING TO MINERS',
    'What is in question is whether it works.',
    'They liked to speculate on the weather.',
    'His claims that the audit was flawed were denied.',
  ])('takes no hedge in: %s', (text) => {
    expect(cues(text).filter((cue) => cue !== 'cannot be foreseen')).toEqual([])
  })
})
