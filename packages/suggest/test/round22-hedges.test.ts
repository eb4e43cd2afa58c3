import { describe, expect, it } from 'vitest'
import { cues } from './helpers/cues.js'

// Round 22 rules (0.17.0, scholion-hedges/17): hedges of newswire, by class. Every
// sentence here is invented; none is copied from the gold or any corpus text.

describe('hedges of round 22 (scholion-hedges/17): families of the round-20 misses and the audit', () => {
  it.each([
    // The speaker's own doubt and belief with more adverbs and hedged forms.
    ['"I seriously doubt the merger will go ahead," he said.', 'doubt'],
    ['We very much doubt that output will recover.', 'doubt'],
    ['"I frankly doubt the count," the broker said.', 'doubt'],
    ['"I tend to think the bank will wait," she said.', 'think'],
    ['"We kind of suspect the figure is low," he said.', 'suspect'],
    ['I sincerely believe the pact will hold.', 'believe'],
    // The speaker's own forecast with "see", negated or not, and reported.
    ['"We do not see prices going much higher," he added.', 'see'],
    ['"We don\'t see any cut in rates before June," she said.', 'see'],
    ["I can't see the dollar falling much further.", 'see'],
    ['"We see the yen firming against the mark," a dealer said.', 'see'],
    ['"We see a sharp rise in freight rates," he said.', 'see'],
    ['He said he did not see interest rates rising this year.', 'see'],
    ['The company said it sees no improvement in margins.', 'sees'],
    // The speaker's own forecast with "look for" in the progressive and with verbs
    // of forecasting; the forecast as a noun.
    ['"We are looking for a five pct rise in sales," he said.', 'looking for'],
    ['"We\'re looking for growth of about three pct," she said.', 'looking for'],
    ['"We project a loss of two dlrs a share," he said.', 'project'],
    ['"I predict the bill will fail," the senator said.', 'predict'],
    ['"Our forecast is for a rise of five pct," he said.', 'forecast is'],
    // What cannot be said or seen.
    ['"It\'s hard to call," one trader said of the vote.', 'hard to call'],
    ['It is tough to say when the mill will reopen.', 'tough to say'],
    ['It is not easy to predict where rates will settle.', 'easy to predict'],
    ['It is hard to see how the deal can survive.', 'hard to see'],
    // A possible effect after "could" with more verbs, and a change with a direction.
    ['A mild slump of some length could knock earnings down.', 'could'],
    ['The drought of this degree could wipe out the harvest.', 'could'],
    ['Cheaper oil of that kind could spur growth.', 'could'],
    ['A strike at the docks could send prices higher.', 'could'],
    ['Lower rates abroad could push the dollar down.', 'could'],
    // A possible role or rank after "could".
    ['The new mill could serve as a model for others.', 'could'],
    ['Its acreage could rank as the smallest in a decade.', 'could'],
    // A possibility not excluded: every form of "cannot rule out".
    ['"We cannot rule out a further fall," the minister said.', 'cannot rule out'],
    ['"I wouldn\'t rule out a cut," he said.', "wouldn't rule out"],
    ['The minister would not rule out a devaluation.', 'would not rule out'],
    ['He said he could not exclude a further drop.', 'could not exclude'],
    ['"We can\'t exclude more losses," she said.', "can't exclude"],
    // Unconfirmed news: "reports of" after more words.
    ['Complaints and reports of alleged dumping have alarmed growers.', 'reports of'],
    ['The rise reflected reports of heavy buying by funds.', 'reports of'],
    ['Police are investigating reports of looting.', 'reports of'],
    // Beliefs of unnamed many with a bare clause.
    ['There are concerns the deficit will widen.', 'concerns'],
    ['There were growing fears prices would fall.', 'fears'],
    // A negative forecast put as surprise; conditions on truth.
    ['"I\'d be surprised if rates rose," he said.', 'surprised if'],
    ['He said he would be very surprised if the bill passed.', 'surprised if'],
    ['The figures, if correct, show a sharp fall.', 'if correct'],
    ['The claims, if borne out, would end the talks.', 'if borne out'],
    // The speaker's own estimate with "figure".
    ['"We figure the cut will come in May," he said.', 'figure'],
    // Approximators.
    ["Traders see plantings in the high 60's this year.", 'high'],
    ['Bids stayed in the low 40s, dealers said.', 'low'],
    ['Yields were in the low to mid 30-bushel range.', 'low'],
    ['Rates stood in the high teens.', 'high'],
    ['Yields held in the mid-70s.', 'mid-70s'],
    ['Stocks of tin rose to near-record levels.', 'near-record'],
    ['The fund lost the best part of 10 mln dlrs.', 'the best part of'],
    ['The talks went on for the better part of a year.', 'the better part of'],
  ])('%s', (text, cue) => {
    expect(cues(text)).toContain(cue)
  })

  it.each([
    // A sight, a view without a change, a search, an image.
    ['I see him coming up the street.', 'see'],
    ['"We see the problem clearly," she said.', 'see'],
    ['"I don\'t see any reason to worry," he said.', 'see'],
    ['We saw prices going up in the shop.', 'saw'],
    ['"We are looking for a buyer for the mill," he said.', 'looking for'],
    ['We project an image of strength.', 'project'],
    // A difficulty that is not a doubt.
    ['It is hard to see in the dark.', 'hard to see'],
    ['It is not easy to tell them apart.', 'easy to tell'],
    ['The twins are hard to call apart by name.', 'hard to call'],
    // A deed of a person, not a possibility.
    ['He could knock on the door.', 'could'],
    ['She could push the cart up the hill.', 'could'],
    ['We could keep prices down by buying more.', 'could'],
    ['"He could serve as chairman," she said.', 'could'],
    // A policy and a refusal; a rule that keeps people out.
    ['He has not ruled out a bid.', 'ruled out'],
    ['The club could not exclude members without a vote.', 'could not exclude'],
    // Documents, not news; fears with an object or a holder.
    ['The minutes and reports of the committee were filed.', 'reports of'],
    ['There were concerns among investors.', 'concerns'],
    ['There were fears of a strike.', 'fears'],
    // A span of years, an age, a road.
    ['Output has fallen since the mid-70s.', 'mid-70s'],
    ['The index has risen since the high 60s.', 'high'],
    ['He was in his mid-fifties.', 'mid-fifties'],
    ['The hikers took the low road.', 'low'],
    // Working something out.
    ['We figured it out in the end.', 'figured'],
    ['I figure in the plan as the treasurer.', 'figure'],
    // A tendency, as "tended to"; a rhetorical difficulty; an utterance.
    ['The new clerk is apt to be too honest.', 'apt to'],
    ['Prices are liable to fall further.', 'liable to'],
    ['It is difficult to imagine a town without a mill.', 'difficult to imagine'],
    ['It is not always easy to say, "Let it go."', 'easy to say'],
    // Ability of a generic person; a movement; a norm; documents.
    ['One could shave in the shine of its panels.', 'could'],
    ['From the pier the crew could easily be seen.', 'could'],
    ['They waited until the wagons could come up and unload.', 'could'],
    ['Girls were not expected to know the rules.', 'expected to'],
    ['The files hold many reports of thefts.', 'reports of'],
    // A means proposed: no possibility weighed.
    ['The system could be strengthened by permitting mergers.', 'could be'],
    ['The problem could be solved by raising taxes.', 'could be'],
  ])('no hedge in: %s (%s)', (text, cue) => {
    expect(cues(text)).not.toContain(cue)
  })

  it('keeps "could be" of a possible effect with a by-phrase', () => {
    expect(cues('Exporters could be hurt by rising rates.')).toContain('could be')
  })
})

describe('hedges of round 22 (scholion-hedges/17): families of the probe misses', () => {
  it.each([
    // "near" before a number with its unit or a level.
    ['Mills should run near 75 pct of capacity this quarter.', 'near'],
    ['Dealers sold marks near the 2.10 level.', 'near'],
    // A forecast of events to be witnessed.
    ['"I expect to see more mills shut," he said.', 'expect'],
    ['He said he expects to see rates fall by June.', 'expects'],
    // A forecast in a reduced relative, negated.
    ['The group is selling units no longer expected to earn their keep.', 'expected to'],
    ['It listed mines not forecast to reopen.', 'forecast to'],
    // A possible event after "could", also in a relative clause.
    ['The bill, which could come up soon for a vote, has wide support.', 'could'],
    ['The levy could come under attack from shippers.', 'could'],
    ['The curbs could go into effect in May.', 'could'],
    // A possible change with its size after "could", also in a relative clause.
    ['The rules, which could cut margins by over 10 pct, were shelved.', 'could'],
    ['The levy could raise revenue to about 40 bln dlrs.', 'could'],
    // "could" with an adverb before "be".
    ['One of the schemes could already be doomed, aides said.', 'could'],
    ['The strike could still be settled this week.', 'could'],
    // A bound on a part that is no numeral.
    ['The firm may sell at least a portion of its stake.', 'at least'],
    ['Growers kept at least a small share of the crop.', 'at least'],
  ])('%s', (text, cue) => {
    expect(cues(text)).toContain(cue)
  })

  it.each([
    ['The shop is near 5th Street.', 'near'],
    ['"I expect to see you there," she said.', 'expect'],
    ['He said he expects to retire in May.', 'expects'],
    ['The firm had not expected to sell the unit.', 'expected to'],
    ['He could come up with a plan.', 'could'],
    ['He could cut the rope by 10 cm.', 'could'],
    ['We could go through the papers.', 'could'],
    // A modal inside a question of content after a verb of saying or knowing.
    ['He declined to say what the other options might be.', 'might'],
    ['The firm did not disclose which mills could be sold.', 'could be'],
  ])('no hedge in: %s (%s)', (text, cue) => {
    expect(cues(text)).not.toContain(cue)
  })
})
