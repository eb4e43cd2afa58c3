import { describe, expect, it } from 'vitest'
import { cues } from './helpers/cues.js'

// Round 26 rules (0.18.0, scholion-hedges/18): hedges of newswire and argued prose,
// by class. Every sentence here is invented; none is copied from the gold or any
// corpus text.

describe('hedges of round 26 (scholion-hedges/18): families of the round-22, 23 and 25 misses and the audit', () => {
  it.each([
    // A likely outcome read off the signs with "look".
    ['The strike looks doomed to fail.', 'looks'],
    ['A rate cut looked certain by Friday.', 'looked'],
    ['The bill looks destined for a veto.', 'looks'],
    // A disposition read off behaviour, with "appear".
    ['The bank also appears willing to lower rates.', 'appears'],
    ['Tokyo appeared keen to settle the dispute.', 'appeared'],
    ['The union appears eager to settle.', 'appears'],
    // A risk the subject runs.
    ['The firm risks losing its licence.', 'risks'],
    ['The country risks becoming isolated in the talks.', 'risks'],
    ['The bank runs the risk of losing deposits.', 'runs the risk of'],
    // The speaker's own forecast with an adverb, and a hope joined to a belief.
    ['"We are also expecting a loss in the second quarter," he said.', 'We are also expecting'],
    ['"I am still expecting a cut in rates," she said.', 'I am still expecting'],
    ['"We hope and believe the talks will succeed," the minister said.', 'hope and believe'],
    // A belief reported after "told" and a hearer.
    ['Dealers told Reuters they believed the bank had intervened.', 'believed'],
    [
      'Bank sources told reporters in Paris on Monday that they thought rates would fall.',
      'thought',
    ],
    // A possibility left open with its object before "out".
    ['Others said they would not rule one out.', 'would not rule one out'],
    ['"We cannot rule it out," the broker said.', 'cannot rule it out'],
    // Talk and fears set off or fed.
    ['The strike fuels worries about the harvest.', 'worries'],
    ['The data stirred fears of a new rise in inflation.', 'fears'],
    ['The visit revived rumours that the mill would close.', 'rumours'],
    // An unconfirmed report named by its place.
    ['Shares fell on reports from Tokyo that the ministry would act.', 'reports from'],
    // What is little or badly understood.
    ['The causes of the slump are poorly understood.', 'poorly understood'],
    ['The process is not well understood.', 'not well understood'],
    // An impression with a degree word before "like".
    ['That sounds a lot like a tax increase.', 'sounds a lot like'],
    ['The offer sounded very much like a threat.', 'sounded very much like'],
    // A claim held only as perceived or reported.
    ['The shares are cheap, or so perceived by many.', 'or so perceived'],
    ['The vintage is superb, or so critics say.', 'or so critics say'],
    // A value approached.
    ['Prices are inching toward $100 a barrel.', 'inching toward'],
    ['The debt is approaching 10 bln dlrs.', 'approaching'],
    // A possible amount after "could".
    ['Growers could regain about half of the lost sales.', 'could'],
    ['Farmers could recoup up to 40 mln dlrs.', 'could'],
    // Inference from data before a change; "does suggest" before a clause.
    ['The jobs data suggested a downward revision in growth.', 'suggested'],
    ['"It does suggest they cannot tighten yet," he said.', 'suggest'],
    // A likelihood raised.
    ['The report increases the likelihood that rates stay low.', 'likelihood'],
    ['The drought heightened the possibility of a poor crop.', 'possibility'],
    // An approximation of a level after "the", with a wire fraction.
    ['The notes were quoted around the 1-7/8 pct level.', 'around'],
    ['The notes traded around the 11-1/2 pct level.', 'around'],
    // An open upper end at a clause's end.
    ['Dealers valued the stock at 20 dlrs a share and more.', 'and more'],
    // A possible start after "could".
    ['Output could start to recover next year.', 'could'],
    // A conclusion withheld.
    ['The date did not necessarily constitute a deadline.', 'not necessarily'],
    ["A fall doesn't necessarily mean a recession.", 'necessarily'],
    // An expectation in the passive.
    ['Some problems were seen ahead in the talks.', 'seen ahead'],
    // An expected outcome.
    ['The harvest should turn out well this year.', 'should turn out'],
    ['The new plant ought to prove profitable.', 'ought to prove'],
    // The speaker's understanding of a state.
    ['"We understand it to be a firm offer," he said.', 'understand'],
  ])('%s → %s', (text, cue) => {
    expect(cues(text)).toContain(cue)
  })

  it.each([
    // A look given, not an inference.
    'They made the plan look certain.',
    // The noun "risks" before a participle.
    'The risks facing the bank are large.',
    'Many risks involving the plan were listed.',
    // A guest expected, not a forecast.
    'We are also expecting guests tonight.',
    // A faith, not a belief hedged.
    'He said he did not believe in quotas.',
    'Dealers told Reuters they thought of leaving.',
    // A question of method, not an open question of fact.
    'Members were divided on how to reform the quotas.',
    // Talk held, not talk fed.
    'The move prompted talks with the union.',
    // A document from a body.
    'The board read reports from the committee on Monday.',
    // Not an impression.
    'The band had a sound a lot like thunder.',
    // An impossibility.
    'The firms could not possibly have caused the harm.',
    'It cannot possibly work.',
    // A likelihood lowered.
    'Levees lessened the likelihood of floods.',
    // A time of day approached; a value reached.
    'It was approaching 10 pm when the vote ended.',
    // "about the" after a verb of speaking.
    'They talked about the 150 yen level.',
    // "and more" before a noun.
    'It paid 20 dlrs a share and more dividends.',
    // A person's deed after "could".
    'He could start to work on Monday.',
    // "necessarily" after a copula.
    'Originals are not necessarily good.',
    // A sighting.
    'The car was seen ahead of us.',
    // A duty.
    'You should turn out to vote.',
    'The state ought to prove that he lied.',
    // The terms of a security.
    'Under the offer, each share could be exchanged for two new ones.',
    // A proposal, not an inference.
    'It did suggest a compromise.',
  ])('no hedge in: %s', (text) => {
    expect(cues(text)).toEqual([])
  })
})

describe('hedges of round 26 (scholion-hedges/18): families of the probe misses', () => {
  it.each([
    // A possible outcome handed to someone after "could".
    ['If the slide goes on, it could rob them of a majority.', 'could'],
    ['Left alone, Acme could deprive its rivals of the contract.', 'could'],
    // A bound on a level named after a determiner, and "beneath" before a number.
    ['The yen failed to hold beneath 150 to the dollar.', 'beneath'],
    ['Weak data could push the pound below its recent 1.60 low.', 'below'],
    ['Gold rose above the 400 dlr level.', 'above'],
    // Expectations and fears with a bare clause after a preposition.
    ['The mark was lifted by expectations the bank will cut rates.', 'expectations'],
    ['Bonds fell on fears inflation would return.', 'fears'],
    // An appearance with "look" and an adjective of a level or a judgement.
    ['Dealers said the yen now looks high against the dollar.', 'looks'],
    ['The shares look cheap at these levels.', 'look'],
    // An expected level with a comparative.
    ['Demand for the new bonds should be much higher next year.', 'should'],
    // An expected effect arriving.
    ['A further lift to trading should come with the new contract.', 'should'],
    // A headline forecast with a past participle.
    ['STEEL MAKERS SEEN HURT BY IMPORTS', 'SEEN'],
    // A headline modal after a comma.
    ['ACME CUTS OUTPUT, MAY SHED JOBS', 'MAY'],
    // A forecast or plan foreseen in an unattributed clause.
    ['It was envisaged that sales would reach a new high.', 'It was envisaged'],
    // Anticipation as a ground of action.
    ['Investors bought the shares in anticipation of good results.', 'in anticipation of'],
  ])('%s → %s', (text, cue) => {
    expect(cues(text)).toContain(cue)
  })

  it.each([
    // A person's deed.
    'He could hand the letter to the clerk.',
    // A norm, not an expected level.
    'The book should be far better known than it is.',
    // An opportunity, not a likelihood.
    'The canal increased the possibility for towns to trade.',
    // A literal appearance; a look described.
    'A light appears close to the edge of the screen.',
    'He looked high and low for the key.',
    // A demand for something better.
    'There should be much better service on the line.',
    // A span of time, not a level.
    'Prices rose over the past two years.',
    'The plan ran over the 10 years of the loan.',
    // A noun with no clause after it.
    'The rally was driven by expectations.',
    // A look given; "look forward".
    'They made the offer look cheap.',
    'We look forward to the talks.',
    // A duty of a person.
    'You should be much better prepared next time.',
    'He should come with us to the meeting.',
    'Smith should come from Boston.',
    // "SEEN AS" and a month in a headline.
    'PLAN SEEN AS TEST OF RESOLVE',
    'COFFEE PRICES FOR MARCH, MAY DELIVERY ROSE',
  ])('no hedge in: %s', (text) => {
    expect(cues(text)).toEqual([])
  })
})
