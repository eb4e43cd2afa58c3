import { describe, expect, it } from 'vitest'
import { cues } from './helpers/cues.js'

// Round 15 rules (0.14.0): hedges of newswire and argued prose, by class. Every
// sentence here is invented.

describe('hedges of round 15 (scholion-hedges/14): the coverage audit by class', () => {
  it.each([
    // "ought to" of an expected change, as "should".
    ['Freight rates ought to ease once the new ships arrive.', ['ought to']],
    ['The accord ought to help the growers this season.', ['ought to']],
    // Beliefs of unnamed many as nouns with their content.
    ['Market expectations are that the bank will trim rates.', ['expectations are that']],
    ['The expectation is that tin prices will hold.', ['expectation is that']],
    ['Bonds firmed on expectations of a cut in the discount rate.', ['expectations of']],
    ['Expectations of a softer dollar lifted gold.', ['Expectations of']],
    ['Talk of a merger lifted the brewer in early trade.', ['Talk of']],
    ['The shares fell on fears that the dividend would be cut.', ['fears that']],
    ['The assumption is that freight costs stay flat.', ['assumption is that']],
    ['The working assumption is a harvest of ten mln tonnes.', ['working assumption']],
    ['There are growing doubts about the rescue plan.', ['doubts about']],
    ['Doubts over the merger weighed on the shares.', ['Doubts over']],
    // Approximate quantities without digits, provisional dates, what is not known.
    ['The talks should last a week or so.', ['or so']],
    ['An hour or so later the ferry sailed.', ['or so']],
    ['A price rise of two pct is pencilled in for June.', ['pencilled in']],
    ['The cause of the blaze has not been determined.', ['not been determined']],
    ['As far as is known, nobody was aboard.', ['As far as is known']],
    ['The official tally is implausible.', ['implausible']],
    // "could" after a thing of the market or a measure as its subject.
    ['The sale could fetch 40 mln dlrs.', ['could']],
  ])('%s', (text, expected) => {
    expect(cues(text)).toEqual(expected)
  })

  it.each([
    // A named holder's belief is an attribution, not a hedge.
    "The minister's expectation is that rates will fall.",
    "The chairman's doubts about the plan are well known.",
    'The report dispelled doubts about the plan.',
    // A duty, not an expectation: no market noun before "ought to".
    'The government ought to act on the report.',
    // Results in line with expectations state a fact.
    'The results were in line with expectations.',
    'The lamp was implausibly bright.',
  ])('no hedge: %s', (text) => {
    expect(cues(text)).toEqual([])
  })
})

describe('hedges of round 15 (scholion-hedges/14): families of the round-13 and round-14 misses', () => {
  it.each([
    // What is left or remains unexplained.
    ['The ruling left several points obscure.', ['obscure']],
    ['The review leaves the main question unanswered.', ['unanswered']],
    ['The cause of the blackout remains unexplained.', ['unexplained']],
    ['Many questions remain unanswered.', ['unanswered']],
    // A possible change with an adverb between "could" and the verb.
    ['The pact could eventually bring lower tariffs.', ['could']],
    ['Such a freeze could quickly double the cost of bread.', ['could']],
    // An effect expected on readers or people.
    ['This handbook should delight any gardener.', ['should']],
    ['The ruling should reassure small savers.', ['should']],
    // "or more" after a unit abbreviated with a period.
    ['Each hauler takes 4 yds. or more of gravel.', ['or more']],
    // A judgement not yet made.
    ['The jury is still out on the new tax.', ['jury is still out']],
    ['The jury is out on whether the scheme works.', ['jury is out on']],
    // What a speaker cannot judge or foresee.
    ["How long it lasts I can't judge or predict.", ["can't judge"]],
    ['We cannot gauge the damage yet.', ['cannot gauge']],
    // An inference from evidence without "that", and with an insertion.
    ['The data indicate much of the gain came from tourism.', ['indicate']],
    ["The figures, in the agency's weekly bulletin, suggest exports fell.", ['suggest']],
  ])('%s', (text, expected) => {
    expect(cues(text)).toEqual(expected)
  })

  it.each([
    // Seen, not inferred.
    'The flaw soon became apparent to everyone.',
    'Its worth was made apparent by the sale.',
    // A speech act of its subject after a verb of trying or going on.
    'The pamphlets never ceased to suggest that the mayor was a crook.',
    // A literal door, a person's deed, a duty, a denotation, a trial jury.
    'She left the back door open all night.',
    'He could easily double his money at the track.',
    'You should reassure your staff.',
    'The numbers indicate the position of each valve.',
    'The jury was out for three hours.',
    'The chairman indicated a willingness to sell.',
  ])('no hedge: %s', (text) => {
    expect(cues(text)).toEqual([])
  })
})

describe('hedges of round 15 (scholion-hedges/14): families of the probe misses', () => {
  it.each([
    // A bound on a frequency.
    ['Rent falls due at least monthly.', ['at least']],
    ['The board meets at most twice a year.', ['at most']],
    // Evidence under a condition.
    ['The mill will expand, if its order book is anything to go by.', ['is anything to go by']],
    ['If last winter is any guide, fuel will be scarce.', ['is any guide']],
    // A construal by unnamed others with a word between.
    ['Small lenders are all seen as being at risk.', ['seen as']],
    ['The levy is widely regarded as a stopgap.', ['regarded as']],
    // The speaker's belief reported with "that" or a participle.
    ['He added that he felt the yard could win the order.', ['felt']],
    ['She spoke for an hour, adding she believed the vote was lost.', ['believed']],
  ])('%s', (text, expected) => {
    expect(cues(text)).toEqual(expected)
  })

  it.each([
    // A plan, not an attribute: "expected" before "to".
    'The bank said it expected to report a profit for the year.',
    // A bill reported out of committee.
    'Whatever is reported (by the panel) will pass the House.',
    'The bill was reported out of committee on Friday.',
    // Rights under a rule or the terms of a security: permission.
    'For the first time an industry could charge importers with dumping if they sell below cost.',
    'Holders may convert the debentures into common stock at 12 dlrs a share.',
    'The warrants may be exercised at any time before 1991.',
    // What a speaker demands of others.
    'We expect understanding and support from our creditors.',
  ])('no hedge: %s', (text) => {
    expect(cues(text)).toEqual([])
  })
})

describe('hedges of round 15 (scholion-hedges/14): a second audit of newswire forms', () => {
  it.each([
    // Estimates named as such, and put by collective or unnamed sources.
    ['It is only a ballpark figure.', ['ballpark']],
    ['The mill was built circa 1890.', ['circa']],
    ['Trade sources put the sale at 300,000 tonnes.', ['put']],
    ['Analysts put losses at 5 mln dlrs.', ['put']],
    // Unnamed reports in all-capitals headlines without "to".
    ['ZINC OUTPUT SAID ABOVE TARGET', ['SAID']],
    ['EGYPT BELIEVED BUYING U.S. CORN', ['BELIEVED']],
    // What no one can promise; a report not yet confirmed.
    ['There is no guarantee that the truce will hold.', ['no guarantee that']],
    ['The toll, pending confirmation, stood at twelve.', ['pending confirmation']],
    // An inference from what was just stated.
    ['This suggests buyers are holding back.', ['suggests']],
    ['Margins narrowed, which indicates costs are rising.', ['indicates']],
    // A forecast in the passive with more verbs; a possibility left open.
    ['A net profit of 3 mln dlrs is envisaged within two years.', ['envisaged']],
    ['A small deficit is projected for 1988.', ['projected']],
    ['Further rate cuts are not ruled out.', ['not ruled out']],
    ['A merger with the rival is not excluded.', ['not excluded']],
    // An expected event with its month; an unnamed report in a headline.
    ['The offering should be completed in late April.', ['should']],
    ['GRAIN DEAL SAID STILL UNDER REVIEW', ['SAID']],
    // Families from unlabelled wire copy: an effect without a doer's will, a
    // market moved "on a belief", the attribute "projected", a forecast passive
    // with an adverb between.
    ['A shift to barley could benefit U.S. growers.', ['could']],
    ['Shares rallied on a belief the bank would cut rates.', ['belief']],
    ['The projected deficit is four billion dlrs.', ['projected']],
    ['Egypt is currently forecast to import 7 mln tonnes of wheat.', ['forecast']],
    // Approximators before a fraction or a span without a numeral.
    ['Exports fell by around a fifth.', ['around']],
    ['The strike lasted just over a month.', ['just over']],
    // Reports of events known in part, unofficially, in conflict or unconfirmed.
    ['Signs are that the slump is over.', ['Signs are that']],
    ['There were conflicting reports about the cause.', ['conflicting reports']],
    ['Details of the raid were sketchy.', ['sketchy']],
    ['Unofficial results gave the mayor a lead.', ['Unofficial']],
    ['There was no immediate confirmation of the sale.', ['no immediate confirmation']],
    ['Some reports put the toll at forty.', ['reports put']],
    // A speaker's own forecast in reported speech with more verbs.
    ['The firm said it sees full-year sales rising.', ['sees']],
    ['The broker said he would expect a cut within weeks.', ['would expect']],
    ['She said she would not be surprised if rates fell.', ['would not be surprised if']],
    ["He said he wouldn't be surprised to see a cut.", ["wouldn't be surprised to"]],
    ['He said he doubted the bank would act.', ['doubted']],
    // An inference offered for assent.
    ['The answer, I take it, is no.', ['I take it,']],
    // Without such terms, a possibility.
    ['The plan may be approved next week.', ['may']],
    ['A pickup would be expected in the spring.', ['would be expected']],
    // A want guessed at stays a possibility.
    ['The envoy may want more aid.', ['may']],
  ])('%s', (text, expected) => {
    expect(cues(text)).toEqual(expected)
  })

  it.each([
    // Speculation as trading.
    'Heavy speculation in the lira forced a rise in rates.',
    // A deed, not an estimate; a right not given; pointers and attributes.
    'They put the crates at the back of the shed.',
    'The charter gave no guarantees of the right to strike.',
    'A sign which indicates the way to the ferry.',
    'In this suggested layout the pumps sit lower.',
    'This suggests a remedy for the leak.',
    // A forecast negated with a modal; a plan with its agent.
    'Such costs could not have been foreseen in 1980.',
    'A second runway is envisaged by the treaty of 1952.',
    'Forms should be completed in ink.',
    'He could lower the price at any time.',
    'The rule rests on the assumption of good faith.',
    'The loan is repaid over a year.',
    'Investors may wish to sell before the split.',
    'Holders may vote by proxy.',
    'The union called an unofficial strike.',
    'He said he saw them leaving the building.',
    'I take it home every night.',
    // What a plan, a law or a deal's terms allow.
    'Under the plan, holders may receive cash or stock.',
    'Under the terms of the offer, holders could receive 40 dlrs a share.',
    'More would be expected of him next year.',
    'The mayor declined to confirm or deny the reports.',
  ])('no hedge: %s', (text) => {
    expect(cues(text)).toEqual([])
  })
})
