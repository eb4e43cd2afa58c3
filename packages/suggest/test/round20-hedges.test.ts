import { describe, expect, it } from 'vitest'
import { cues } from './helpers/cues.js'

// Round 20 rules (0.16.0, scholion-hedges/16): hedges of newswire, by class. Every
// sentence here is invented; none is copied from the gold.

describe('hedges of round 20 (scholion-hedges/16): families of the round-18 misses', () => {
  it.each([
    // An impression with "it looks like", also negated.
    ['"It looks like rates will keep falling," one dealer said.', 'It looks like'],
    ['It looked like the auction went smoothly.', 'It looked like'],
    ['"It doesn\'t look like the talks will resume," he said.', "It doesn't look like"],
    ['It does not seem like the strike will end soon.', 'It does not seem like'],
    // A passive forecast with a quantifier, an adverb or the forecaster between.
    ['Higher freight rates are all expected to cut demand.', 'are all expected to'],
    ['Both mills are now forecast to close in June.', 'are now forecast to'],
    ['The surplus is projected by the ministry to narrow.', 'projected'],
    ['Output was forecast by most analysts to rise.', 'forecast'],
    // The speaker's own forecast in the first person.
    ['"I am expecting a cut at least," the trader said.', 'I am expecting'],
    ['"We are expecting a modest rise in sales," she said.', 'We are expecting'],
    ['"I would not look for copper to recover soon," he said.', 'I would not look for'],
    ['"We don\'t look for a rate cut before June," he said.', "We don't look for"],
    // A likelihood with "stand a chance"; a likelihood after a verb of appearance.
    ['The bill stands a fair chance to pass in May.', 'stands a fair chance'],
    ['A settlement appeared remote on Friday.', 'remote'],
    ['A merger now seems doubtful.', 'doubtful'],
    // Not knowing, not decided.
    ['The cabinet is unsure how far to cut subsidies.', 'unsure'],
    ['Many growers remain undecided.', 'undecided'],
    // Evidence short of proof with a bare clause; fears answered or fed.
    ['There were signs investors are tiring of the rally.', 'signs'],
    ['The data ran counter to the fears that oil would be scarce.', 'fears that'],
    ['The report eased fears that rates would rise.', 'fears that'],
    // Unnamed reports after a verb of saying or "on".
    ['He said reports of heavy selling by funds hurt the peso.', 'reports of'],
    ['Shares rose on reports of a bid.', 'reports of'],
    // A forecast as an attribute.
    ['Exports rose, against a forecast deficit of two billion.', 'forecast'],
    // Bounds and approximations of a span or a whole without a numeral.
    ['The two sides have talked for more than a year.', 'more than a year'],
    ['For almost the entire decade the mine ran at a loss.', 'almost'],
  ])('%s', (text, cue) => {
    expect(cues(text)).toContain(cue)
  })

  it.each([
    ['It looks like a bridge from the river.', 'It looks like'],
    ['Nobody knows what it looked like inside.', 'it looked like'],
    ['"I am expecting guests tonight," she said.', 'I am expecting'],
    ['The village is remote and poor.', 'remote'],
    ['The firm has yet to see a profit.', 'has yet to'],
    // An act not yet done was a hedge from version 16 to 24; the BBC rounds mark it
    // 0 times of 8, all rounds 2 of 11, and version 25 leaves it out.
    ['The ministry has yet to publish its plan.', 'has yet to'],
    ['There was no more than a week left.', 'more than a week'],
    ['There were signs of wear on the blade.', 'signs'],
  ])('no hedge in: %s (%s)', (text, cue) => {
    expect(cues(text)).not.toContain(cue)
  })
})

describe('hedges of round 20 (scholion-hedges/16): families of the probe misses', () => {
  it.each([
    // A forecast or an approximator in an all-capitals headline.
    ['SMALL GAIN SEEN FROM TAX CUT', 'SEEN'],
    ['SALES SEEN AMONG SMALL BANKS', 'SEEN'],
    ['WHEAT AREA NEAR RECORD HIGH', 'NEAR'],
    // A possibility under a modal.
    ['He said it might be possible to sell the unit.', 'possible'],
    // Unnamed reports and talk.
    ["Reports of the bank's buying lifted the dollar.", 'Reports of'],
    ['There were strong rumours in London that the bank sold yen.', 'rumours'],
    ['Talk also circulated that the Fed bought marks.', 'Talk also circulated'],
    ['Rumours swept the floor that the firm would sell.', 'Rumours swept'],
    // An inference in a participle clause.
    ['The bank bought only small amounts, suggesting a weak commitment.', 'suggesting'],
    // A deal named before it is done.
    ['Given the prospective merger with Acme, dealers are wary.', 'prospective'],
    ['A potential buyer for the unit has emerged.', 'potential'],
    // Approximated rates and open bounds.
    ['The firm sells a truck about every other day.', 'about'],
    ['Plantings could fall to 40 mln acres or below.', 'or below'],
    // A forecast as an attribute opening a sentence; a chance someone sees.
    ['Expected output of up to 3 mln tonnes will weigh on prices.', 'Expected'],
    ['He sees the chance of a fall to 120 yen by May.', 'chance of'],
  ])('%s', (text, cue) => {
    expect(cues(text)).toContain(cue)
  })

  it.each([
    ['THE COMET WAS SEEN AS AN OMEN', 'SEEN'],
    ['They talk about every detail of the plan.', 'about'],
    ['Expected to fall, the shares rose instead.', 'Expected'],
    ['The talk between the two leaders lasted an hour.', 'talk'],
    ['The form was filed with the agency, indicating a change in control.', 'indicating'],
  ])('no hedge in: %s (%s)', (text, cue) => {
    expect(cues(text)).not.toContain(cue)
  })
})
