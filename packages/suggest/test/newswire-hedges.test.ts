import { suggest } from '@scholion/suggest'
import { describe, expect, it } from 'vitest'
import { cues } from './helpers/cues.js'

// Round 11 rules (0.12.0): hedges and figures of newswire, by class. Every sentence
// here is invented.

// Hedges with the figures' approximators, as the scorer sees them.
const allCues = (text: string) =>
  suggest(text, { kinds: { attributions: false } }).annotations.flatMap((annotation) =>
    annotation.kind === 'uncertainty' ? [annotation.spans[0]?.exact] : [],
  )

const figures = (text: string) =>
  suggest(text, { kinds: { hedges: false, attributions: false } }).annotations.flatMap(
    (annotation) =>
      annotation.kind === 'figure'
        ? [{ exact: annotation.spans[0]?.exact, value: annotation.value }]
        : [],
  )

describe('newswire hedges (scholion-hedges/12)', () => {
  it.each([
    // What cannot yet be said, or foreseen.
    ['It would be premature to comment on the talks.', ['premature to comment']],
    ['It is still early to say whether the cuts hold.', ['early to say']],
    ['Analysts said it was too soon to speculate on a bid.', ['too soon to speculate']],
    ['The insurer said it could not predict the final cost.', ['could not predict']],
    ['Traders cannot foresee a recovery before spring.', ['cannot foresee']],
    ['Police were unable to say when the road would reopen.', ['unable to say']],
    ['The mayor could not say whether the fare would rise.', ['could not say']],
    ['Brokers said it was impossible to gauge the demand.', ['impossible to gauge']],
    // The speaker's own belief or forecast, negated.
    ['"I do not think the levy will pass," the envoy said.', ['I do not think']],
    ["We don't believe the slump will last.", ["We don't believe"]],
    ['We do not expect any change in the quota.', ['We do not expect']],
    ['The minister said he did not expect wages to fall.', ['did not expect']],
    // The attributive "potential".
    ['The envoy warned of a potential conflict.', ['potential']],
    ['They weighed the potential impact on the bank.', ['potential']],
    // Approximate multiplications.
    ['The carrier will more than double its fleet.', ['more than']],
    ['Turnover almost tripled in the third quarter.', ['almost']],
    ['Margins have roughly halved since the merger.', ['roughly']],
    // Bounds on a time or a part, on a quantity that is no numeral, on a date.
    ['The ban will stay for at least the next year.', ['at least']],
    ['Prices will hold at least until June.', ['at least']],
    ['The refinery is shut, at least for now.', ['for now']],
    ['The stake was cut to no less than the minimum required.', ['no less than']],
    ['The units will be sold on or before June 30.', ['on or before']],
    ['The report is due no later than the end of May.', ['no later than']],
    ['A ruling is due by August at the latest.', ['at the latest']],
    // Version 14: "could" after "vote" (a thing decided) is a possibility too.
    ['The vote could come as early as next week.', ['could', 'as early as']],
    // A predicted event in a reduced relative without a comma; unnamed many.
    ['Holders vote at a meeting expected in May.', ['expected']],
    ['The cut was widely anticipated.', ['widely anticipated']],
    // Forecasts in the past tense of reported speech.
    ['He said further strong growth was expected.', ['was expected']],
    ['A decision was expected later this month.', ['was expected']],
    // A reaction foreseen; an appearance with a participle.
    ['Tehran could retaliate against shipping.', ['could retaliate']],
    ['The raid appeared designed to avoid casualties.', ['appeared']],
    // A possibility under a condition, and after a thing as subject.
    ['Spain could lower its duty if the others follow.', ['could']],
    ['Further unrest could hurt the tourist trade.', ['could hurt']],
    ["The harvest could match last year's record.", ['could']],
    // Headlines: any participle after "SEEN", evidential verbs.
    ['RAIL STRIKE SEEN SPREADING TO PORTS', ['SEEN']],
    ['LIMA SAID TO OFFER NEW BONDS TO BANKS', ['SAID TO']],
    ['COFFEE QUOTA INDICATES TIGHTER SUPPLY', ['INDICATES']],
    ['The surveys indicate that demand is slowing.', ['indicate that']],
    // An open question, an earlier report without its source.
    ['The question was whether the bank would follow.', ['The question was whether']],
    ['As previously reported, the mill will close.', ['As previously reported']],
    // Approximate equality, expected ability, estimates in progress.
    ['Output was kept at about the same level.', ['about']],
    ['Sales were roughly in line with forecasts.', ['roughly']],
    ['The mine should then be able to resume exports.', ['should']],
    ['The ministry is projecting the crop at nine mln tonnes.', ['projecting']],
    // A belief in a reduced clause, an adverbial inside "was thought to".
    ['The freighter, also believed struck by a mine, was towed.', ['believed']],
    ['The raid was thought at one stage to have failed.', ['was thought']],
    // A possibility left open without an agent; the writer's generic view.
    ['A second strike cannot be ruled out.', ['cannot be ruled out']],
    ['A merger has not been ruled out.', ['not been ruled out']],
    ['One senses that the cast was tired.', ['senses']],
    // Evidence as the subject of an inference; forecasts in the passive.
    ['The figures suggest the economy is slowing.', ['suggest']],
    ['The data point to slower growth.', ['point to']],
    ['Sales are projected to grow 4 pct.', ['are projected to']],
    ['The accord is seen boosting exports.', ['is seen']],
    ['There is a risk that inflation will quicken.', ['risk that']],
    ['The chances of a settlement are slim.', ['chances of']],
    ['Analysts see little chance of a cut.', ['chance of']],
    ['Demand is seen weak next month.', ['is seen']],
    ['The price could go higher.', ['could']],
    // Unnamed reports and beliefs with any infinitive; estimates with "reckon".
    ['The senator is reported to favor the bill.', ['is reported to']],
    ['The tanker is feared to have sunk.', ['is feared to']],
    ['The damage is reckoned at 5 mln dlrs.', ['reckoned']],
    // Appearances, impressions, vague sources, inference from a sign, reservations.
    ['The score sounds as though it was written in haste.', ['sounds as though']],
    ['The book gives the impression of haste.', ['gives the impression of']],
    ['The tempo struck me as hurried.', ['struck me as']],
    ['The vote will be close, by all accounts.', ['by all accounts']],
    ['To judge by the applause, the crowd liked it.', ['To judge by']],
    ['The trio played, as it were, in a whisper.', ['as it were']],
    ['The sequel is, if anything, weaker.', ['if anything,']],
    ['One wonders whether the council read the report.', ['wonders whether']],
    // A construal of unnamed many; a possible level.
    ['The cut is widely seen as a signal.', ['seen as']],
    ['Exports could reach a record this year.', ['could reach']],
    // What is not known, named as such; a claim limited to its upper bound.
    ['Whether it works remains an open question.', ['an open question']],
    ['It is open to question whether the law is needed.', ['open to question']],
    ["It is anybody's guess what comes next.", ["anybody's guess"]],
    ['The motive remains a mystery.', ['remains a mystery']],
    ['The figures are at best approximate.', ['at best']],
    // "appear" with a degree word or a participle adjective.
    ["The singer's voice appeared somewhat tired.", ['appeared']],
    ['The bill appears doomed.', ['appears']],
    // The speaker's own tentative forecast, view and doubt in quoted speech.
    ['"We would expect rates to ease," he said.', ['We would expect']],
    ['"I\'d expect a cut soon," a dealer said.', ["I'd expect"]],
    ['"My feeling is that the yen will fall," he said.', ['My feeling is']],
    ['"I wouldn\'t be surprised if rates rose," he said.', ["I wouldn't be surprised if"]],
    ['"I\'m not convinced the cut will help," he said.', ['not convinced']],
    ['"We can\'t say for sure," a spokesman said.', ['say for sure']],
    ['"Nobody really knows what will happen," he said.', ['Nobody really knows']],
    ['"Who knows what the Fed will do," he said.', ['Who knows']],
    ['"There\'s a good chance the strike will end," he said.', ['chance']],
    ['"Chances are the talks will fail," he said.', ['Chances are']],
    // An expected effect of a measure as subject.
    ['He said that the accord should help in this respect.', ['should']],
    ['The tax cuts should encourage hiring.', ['should']],
    // An expected change of a market quantity.
    ['Prices should stabilise around current levels.', ['should']],
    ['Demand should be higher next year.', ['should']],
    // Reservations of the writer.
    ['We fear that the council acted too late.', ['fear']],
    ['If we read the signs correctly, the tide is turning.', ['If we read']],
    ['Nobody can be sure what the envoy intends.', ['can be sure']],
    ['We are inclined to agree with the governor.', ['inclined to agree']],
    // A report in a reduced clause after a comma; idioms of likelihood.
    ['The tanker, thought to be carrying crude, was hit.', ['thought to']],
    ['A cut in rates is on the cards.', ['on the cards']],
    ['The fate of the mill hangs in the balance.', ['in the balance']],
    ['The race is too close to call.', ['too close to call']],
    // The writer's generic conjecture and guesses.
    ['One would think the council had learned.', ['would think']],
    ['It is to be feared that the strike will spread.', ['It is to be feared']],
    ['A good guess is that the bill will die.', ['A good guess is']],
    ['The probability is that rates will rise.', ['The probability is that']],
    ['We rather suspect the mayor knows more.', ['suspect']],
    // Reputed and purported claims.
    ['The envoy is supposed to have said no.', ['is supposed to']],
    ['The memoir purports to be a diary.', ['purports to']],
    ['The critic would have us believe the war was an accident.', ['would have us believe']],
    // Rough magnitudes.
    ['Call money rates reached double figures in June.', ['double figures']],
    ['The country fought double-digit inflation.', ['double-digit']],
  ])('%s', (text, expected) => {
    expect(cues(text)).toEqual(expected)
  })

  it.each([
    // Possibility changed, not hedged.
    'The pact minimizes the possibility of a strike.',
    // Evidence denied.
    'They have given no indication that they would join.',
    'There were no signs that the fire had spread.',
    // A look given, not an inference.
    'The pair were not made to appear very interesting.',
    // The noun "potential", and the writer's own reference back.
    'The market has great growth potential.',
    'The plan never reached its full potential.',
    'The firm is in talks with potential buyers.',
    'As already noted, the plant was old.',
    // The concessive "at least", an exact past date, the earliest possible time.
    'At least he tried.',
    'The paper urged reform as early as the fall of 1954.',
    'He will report at the earliest possible date.',
    // Ability after a person or an organisation, a refusal, a faith, an intention.
    'The city could hire a new director.',
    'Nothing could keep the crowd away.',
    'The mayor would not say when the fare would rise.',
    'I do not believe in miracles.',
    'We do not expect to sell the unit.',
    'The reader should be able to follow the plot.',
    // A proposal, a report made to someone, a condition, a request, an idiom.
    'The study suggested a new tax.',
    'The theft was reported to the police.',
    "The loss was reported to the bank's auditors.",
    'If anything goes wrong, call me.',
    'I wonder if you could help.',
    'He is a force to be reckoned with.',
    'The levy increases the risk that jobs go.',
    'The trait is commonly seen in lifters.',
    // A demand, a condition, an instruction, an opportunity, a relative clause.
    'I would expect you to be on time.',
    'If trade should be resumed, the farms will prosper.',
    'All orders should be made payable to the bank.',
    'It is vital that the new program should help them.',
    'He urged that prices should fall.',
    'The motion had no chance of passage.',
    'The government should cut taxes.',
    'She had a good chance to win the race.',
    'The man who knows what to do will come.',
    // A policy, not a possibility; a feeling, not a view.
    'The bank has not ruled out further action.',
    'One feels the need to rest.',
    // A thing unnamed, no claim uncertain.
    'The suit seeks damages in an unspecified amount.',
    'Acme bought the unit for undisclosed terms.',
    'Two unidentified gunmen fled.',
    'He was supposed to be a priest.',
    'She is supposed to be at work.',
    'We fear for the miners.',
    'God, whom we fear most, is just.',
    'Profits were higher than expected in March.',
    'Analysts had expected in May a cut.',
    // "as reported by" names its source.
    'As reported by the agency, the mill will close.',
  ])('takes no hedge in: %s', (text) => {
    expect(cues(text)).toEqual([])
  })
})

describe('newswire figures (rules 0.12.0)', () => {
  it.each([
    // A bound of a level, after a verb of change or position.
    ['Copper slipped below 60 cents a pound.', 'below 60 cents', 'below'],
    ['The dollar stayed above 1.80 marks.', 'above 1.80', 'above'],
    // British spelling, a place in a range.
    [
      'It costs in the neighbourhood of 50 mln stg.',
      'in the neighbourhood of 50 mln stg',
      'in the neighbourhood of',
    ],
    // More approximators of wire copy and speech.
    ['Output is more or less 5 mln tonnes.', 'more or less 5 mln', 'more or less'],
    ['The fund holds close on 3 billion dlrs.', 'close on 3 billion dlrs', 'close on'],
    ["We're looking at something like 2 mln tonnes.", 'something like 2 mln', 'something like'],
    // A forecast as an estimate.
    ['Output is put at a forecast 27 mln tonnes.', 'a forecast 27 mln', 'a forecast'],
    ['They see a projected 5 pct rise.', 'a projected 5 pct', 'a projected'],
    // "or more" after a singular unit of wire copy.
    ['A bid for 20 pct or more of the stock is a trigger.', '20 pct or more', 'pct or more'],
  ])('%s', (text, figure, cue) => {
    expect(figures(text).map((found) => found.exact)).toContain(figure)
    expect(allCues(text).map((found) => found?.trim())).toContain(cue)
  })

  it.each([
    // A difference from a level, not a bound.
    ['Sales ran 12 pct above 1985 levels.', ['12 pct', '1985']],
    ['Exports were 40,000 tonnes below 90,000 last year.', ['40,000', '90,000']],
    // A change to a value, not a bound.
    ['Sales would go up to six mln crowns from four mln.', ['six mln', 'four mln']],
  ])('takes no bound in: %s', (text, expected) => {
    expect(figures(text).map((found) => found.exact)).toEqual(expected)
    expect(allCues(text)).toEqual([])
  })

  it.each([
    ['ACME SEES HIGHER 1988 PROFITS', '1988', 1988],
    ['The gap was narrowed by only one pct.', 'one pct', 1],
  ])('%s', (text, exact, value) => {
    expect(figures(text)).toMatchObject([{ exact, value }])
  })

  it('reads a number of digits as a vague magnitude', () => {
    expect(figures('Call rates hit triple figures.')).toEqual([
      { exact: 'triple figures', value: undefined },
    ])
    expect(figures('He hit a double in the ninth.')).toEqual([])
  })

  it('reads no count in the idiom "at one stage"', () => {
    expect(figures('The ship was at one stage thought lost.')).toEqual([])
  })
})
