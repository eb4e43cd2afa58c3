import { describe, expect, it } from 'vitest'
import { cues } from './helpers/cues.js'

// Version 23 of the lexicon (rules 0.29.0): "could" before a verb of what a thing
// may bring about or make possible, and claims, reports and suspicions in the air,
// from the misses of the development rounds 34–53 (BBC News 2004–2005, read in
// session 12). Every sentence here is invented.

const positives: ReadonlyArray<readonly [string, string]> = [
  ['The new rules could help cut queues at airports.', 'could'],
  ['A walkout which could involve 20,000 nurses was called off.', 'could'],
  ['Local forums could encourage people to vote.', 'could'],
  ['The ruling could pave the way for more claims.', 'could'],
  ['The merger could embarrass ministers before the election.', 'could'],
  ['Voice software could replace the keyboard within a decade.', 'could'],
  ['The deal could also allow farmers to sell abroad.', 'could'],
  ['Smart cards could support payments on buses.', 'could'],
  ['Auction sites could provide a model for such services.', 'could'],
  ['The plan could herald a new licence fee.', 'could'],
]

const negatives: readonly string[] = [
  // A person's deed or ability, not a possible effect.
  'He could help his brother with the rent.',
  'We could encourage them to stay.',
  'They could replace the tyres themselves.',
  // Negated or universal: no open possibility.
  'Nothing could help him now.',
  'The board never could allow such a loss.',
  // "make sure", and "provide" without an object that a thing may offer.
  'The guard could make sure the door was locked.',
  'The council could provide no funds for schools.',
  // A manner question.
  'The engineers explained how the bridge could support such loads.',
]

describe('hedges of scholion-hedges/23: a possible effect after "could"', () => {
  it.each(positives)('%s → %s', (text, cue) => {
    expect(cues(text)).toContain(cue)
  })

  it.each(negatives)('no hedge in: %s', (text) => {
    expect(cues(text)).toEqual([])
  })
})

describe('hedges of scholion-hedges/23: claims, reports and suspicions in the air', () => {
  it.each([
    ['The minister has dismissed claims that the plan was rushed.', 'claims'],
    ['She played down reports Mr Grey was about to resign.', 'reports'],
    ['The vote came amid suspicion the treasurer was plotting.', 'suspicion'],
    ['He still backs the leader, despite claims to the contrary.', 'claims'],
    ['MPs called for a probe into allegations he misled the House.', 'allegations'],
    ['Aides ridiculed the claims made by the opposition.', 'claims'],
  ])('%s → %s', (text, cue) => {
    expect(cues(text)).toContain(cue)
  })

  it.each([
    // Claims of money or of asylum, a holder's own claims, the verb.
    'All asylum claims would be processed abroad.',
    'His claims were denied by the Foreign Office.',
    'The book claims the leader broke a promise.',
    'The council voted at the suggestion of its president.',
    'Readers follow the reports of the committee closely.',
  ])('no hedge in: %s', (text) => {
    expect(cues(text)).toEqual([])
  })
})

describe('hedges of scholion-hedges/23: "should" of an expected effect, evidence that "suggests"', () => {
  it.each([
    ['The new price cap should help families this winter.', 'should'],
    ['The first version of the program should be available in March.', 'should'],
    ['The phone should go on sale in April.', 'should'],
    ['Rising incomes should lead to a smaller deficit.', 'should'],
    ['A Daily Mail poll of 2,000 adults suggests most voters back the plan.', 'suggests'],
    ["Mr Hart's book suggests the memo was written by an aide.", 'suggests'],
    ['The vote expected to take place in May will be close.', 'expected to'],
    ['A merger, seen as the firm’s last hope, was called off.', 'seen as'],
  ])('%s → %s', (text, cue) => {
    expect(cues(text)).toContain(cue)
  })

  it.each([
    // Obligations of a person, a body or the government; a proposal.
    'The government should make clear how it will pay.',
    'Peers should lead the way on reform.',
    'The minister, frankly, should help the victims.',
    'The report suggests ways to cut costs.',
  ])('no hedge in: %s', (text) => {
    expect(cues(text)).toEqual([])
  })
})

describe('hedges of scholion-hedges/23: told, and comparisons of rates', () => {
  it.each([
    ['We are told that the plant will close.', 'are told'],
    ['I was told that most voters do not care.', 'was told'],
    ['The board was told Friday that sales fell.', 'was told'],
  ])('%s → %s', (text, cue) => {
    expect(cues(text)).toContain(cue)
  })

  it.each([
    // A named hearer: the news gold leaves it to the attribution.
    'Ms Grey was told her contract would end.',
    'Staff were told the losses were needed.',
    // A group's higher rate, not a likelihood.
    'Older people were more likely to use a landline.',
    'Smokers were 1.9 times more likely to fall ill.',
  ])('no hedge in: %s', (text) => {
    expect(cues(text)).toEqual([])
  })
})
