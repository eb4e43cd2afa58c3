import { describe, expect, it } from 'vitest'
import { cues } from './helpers/cues.js'

// Round 18 rules (0.15.0, scholion-hedges/15): hedges of newswire, by class. Every
// sentence here is invented; none is copied from the gold.

describe('hedges of round 18 (scholion-hedges/15): families of the round-15 and round-16 misses', () => {
  it.each([
    // A forecast "should" of results, of a year, of a gain.
    ['The brewer said it should post higher profits in 1988.', ['should post']],
    ['Acme should show superior margins next year.', ['should show']],
    ['The miner said 1989 should be another strong year.', ['should']],
    ['Analysts said the impact should be limited.', ['should']],
    ['The shipyards should benefit by 50 mln dlrs a year.', ['should benefit']],
    ['Exporters should gain from the weaker franc.', ['should gain']],
    // The speaker's own view as a formula.
    ['"I view it as a negotiating ploy," one broker said.', ['I view it']],
    ['"We see the cut as a warning to the unions," he said.', ['We see the']],
    [
      '"It is our expectation that freight rates will ease," the agency said.',
      ['It is our expectation that'],
    ],
    ['It is my understanding that the plant will close.', ['It is my understanding that']],
    [
      'He kept to his earlier assumption that copper would average 70 cents.',
      ['his earlier assumption that'],
    ],
    ['The budget rests heavily on the assumption that oil stays cheap.', ['the assumption that']],
    // An open question, with an adjective or a verb of disagreement.
    ['Another question is whether the lenders will accept the terms.', ['question is whether']],
    ['The big question will be whether the rally lasts.', ['question will be whether']],
    ['Traders differed as to whether the bank had sold yen.', ['differed as to whether']],
    ['Brokers were divided over whether the cut would come in May.', ['divided over whether']],
    [
      'There was some confusion over whether the figure included Texas.',
      ['confusion over whether'],
    ],
    ['There is uncertainty as to whether the mill will reopen.', ['uncertainty as to whether']],
    // Evidence and expectation as nouns before "of".
    ['The peso firmed on suggestions of a looser credit policy.', ['suggestions of']],
    ['Indications of a weak harvest lifted wheat futures.', ['Indications of']],
    ['Sterling rose on anticipation of a tax cut.', ['anticipation of']],
    ['Soybeans firmed on ideas of a smaller crop.', ['ideas of']],
    ['Some trade guesses put the crop near five mln tonnes.', ['trade guesses', 'near']],
    [
      'Anticipated higher freight costs will trim margins, the company said.',
      ['Anticipated higher'],
    ],
    // What is not known or cannot yet be judged.
    ['A police spokesman said he was unaware of any arrest.', ['was unaware of']],
    ['There is not enough data to fully judge the survey.', ['not enough data to']],
    ['We had too little information to assess the damage.', ['too little information to']],
    ['There was insufficient evidence to conclude the tanks leaked.', ['insufficient evidence to']],
    ['Dealers said it was too early to rule out a rate rise.', ['too early to rule']],
    // A construal under a modal, a claim limited in scope.
    ['Current prices can be viewed as a floor for the market.', ['can be viewed as']],
    ['The tin market is in a sense the oldest of the exchanges.', ['in a sense']],
    ['In some respects the new contract is weaker.', ['In some respects']],
    // Hearsay in reported speech.
    [
      'The newsletter said it understood that the refiner would sell the plant.',
      ['understood that'],
    ],
    [
      'The weekly said, in its latest issue, that they understood that the mill would shut.',
      ['understood that'],
    ],
    // A bare chance; a possible end, part or change after "could".
    ["He said there's a chance the lenders will lower the fee.", ["there's a chance"]],
    ['The dispute could end in a default, he said.', ['could end']],
    ['Forecasts of growth could play a big role in prices.', ['could play']],
    ['The lenders could get more involved later.', ['could get']],
    ['The survey gave no clear-cut picture of demand.', ['no clear-cut']],
  ])('%s', (text, expected) => {
    expect(cues(text)).toEqual(expected)
  })

  it.each([
    // Duties, not forecasts.
    'You should have a licence before you fish.',
    'He should be firm with the unions.',
    'There should be better service on the line.',
    // A plain characterisation by a third person; a proposal; a comparison.
    'She views the plan as a bargain.',
    'His suggestion of a rise in fees was turned down.',
    'The barest suggestion of a heel is found on the shoe.',
    'Results were in line with trade guesses.',
    'There was not enough money to pay the crews.',
    'Earnings met market expectations, dealers said.',
    // A purpose, a manner, an opportunity.
    'The ministry pressed makers to cut output in the hope that prices will rise.',
    'He spoke in a way that calmed the room.',
    'There is a chance to win the title this year.',
    // Advice put as a wish; a possibility denied.
    'Investors might want to buy the shares now.',
    'The airline ruled out the possibility that it might buy more jets.',
    // Knowledge, not hearsay; a proposal with "should".
    'The clerk understood that the forms were due.',
    'He suggested there should be a review of the rules.',
  ])('no hedge in: %s', (text) => {
    expect(cues(text)).toEqual([])
  })
})

describe('hedges of round 18 (scholion-hedges/15): families of the probe misses', () => {
  it.each([
    // A decision not yet made.
    ['The board has not yet decided on the size of the dividend.', ['not yet decided']],
    [
      'It had not yet been decided whether the jets would have Rolls engines.',
      ['not yet been decided'],
    ],
    ['The price is yet to be fixed.', ['yet to be fixed']],
    // A forecast participle after its noun.
    ['The revenues expected for 1988 will go to debt repayment.', ['expected']],
    ['Savings projected over five years reach two billion.', ['projected']],
    // An inference that something exists or will.
    ["The market's calm suggests there will be no sell-off.", ['suggests']],
    // A market reflecting a belief.
    ['The firm dollar reflects expectations that rates will rise.', ['expectations that']],
    // A price quoted in advance.
    ['Fed funds were indicated by brokers to open at six pct.', ['were indicated']],
    // A headline forecast of direction.
    ['PESO SEEN HEADED LOWER', ['SEEN']],
    // A likelihood of an event named by a noun.
    ['There is a chance of a rise to 40 cents, one dealer said.', ['There is a chance of']],
    // A speaker's belief with a time between.
    ['The minister said on Tuesday he believed the levy would go.', ['believed']],
    ['The minister said this week he thought the levy would stay.', ['thought']],
    ['The analyst said she also believes the assets are worth more.', ['believes']],
  ])('%s', (text, expected) => {
    expect(cues(text)).toEqual(expected)
  })

  it.each([
    // A decision by a named agent; a requirement.
    'The sale has not yet been approved by the board.',
    'He said the pact had not yet been decided by the cabinet.',
  ])('no hedge in: %s', (text) => {
    expect(cues(text)).toEqual([])
  })
})
