// Round 38 (rules 0.21.0): attributions of wire and British business news. Every sentence here is invented.
import { suggest } from '@scholion/suggest'
import { describe, expect, it } from 'vitest'
import { claims } from './helpers/claims.js'

describe('a finding after its content, closing the sentence ("…, the survey found.")', () => {
  it.each([
    [
      'Orders for machine tools fell sharply in May, the survey found.',
      'the survey',
      'Orders for machine tools fell sharply in May',
    ],
    [
      'Most shoppers now pay by card, a new study has found.',
      'a new study',
      'Most shoppers now pay by card',
    ],
    [
      'Fewer young people own their homes, researchers found.',
      'researchers',
      'Fewer young people own their homes',
    ],
    [
      'Half of the ferries ran late last winter, the report finds.',
      'the report',
      'Half of the ferries ran late last winter',
    ],
  ])('%s', (text, speaker, content) => {
    const found = claims(suggest(text))
    const claim = found.find((candidate) => candidate.content[0] === content)
    expect(claim?.speaker?.[0]).toBe(speaker)
  })

  it.each([
    // A thing found, with an object: no report.
    'The auditors found a gap in the accounts.',
    // A state found ("found the door open"): no report.
    'When the guards arrived, they found the gate open.',
    // The cue does not close the sentence: what follows is not a finding.
    'Prices rose, the survey found in March and again in June, because stocks were low.',
  ])('not a finding of a clause before it: %s', (text) => {
    const found = claims(suggest(text))
    expect(
      found.some((claim) => /^(the auditors|they|the survey)$/i.test(claim.speaker?.[0] ?? '')),
    ).toBe(false)
  })
})

describe('a lower-case quantifier standing for people where a clause begins', () => {
  it.each([
    ['The merger, some believe, could cut costs by a third.', 'some', 'The merger'],
    [
      'The merger could cut costs by a third, others say.',
      'others',
      'The merger could cut costs by a third',
    ],
    [
      'But others point out that the merger could cost jobs.',
      'others',
      'the merger could cost jobs',
    ],
    [
      'Sales rose in June, though many argue that the gain will not last.',
      'many',
      'the gain will not last',
    ],
  ])('%s', (text, speaker, content) => {
    const found = claims(suggest(text))
    const claim = found.find((candidate) => candidate.content[0] === content)
    expect(claim?.speaker?.[0]).toBe(speaker)
  })

  it('not "others" ending a coordinated subject ("Acme and others said")', () => {
    const found = claims(suggest('Acme and others said the merger could cost jobs.'))
    expect(found.some((claim) => claim.speaker?.[0] === 'others')).toBe(false)
  })

  it('not a quantifier before a noun ("some analysts"): the noun phrase speaks', () => {
    const found = claims(suggest('The merger could cut costs, some analysts say.'))
    expect(
      found.find((claim) => claim.content[0] === 'The merger could cut costs')?.speaker?.[0],
    ).toBe('some analysts')
  })
})

describe('"expressed" with a noun of attitude and a "that" clause', () => {
  it.each([
    [
      'The governor expressed surprise that the mills had closed so early.',
      'The governor',
      'the mills had closed so early',
    ],
    [
      'The lenders had earlier expressed doubts that the port could cope.',
      'The lenders',
      'the port could cope',
    ],
    [
      'The council expressed its disappointment that the bridge was delayed.',
      'The council',
      'the bridge was delayed',
    ],
  ])('%s', (text, speaker, content) => {
    const found = claims(suggest(text))
    const claim = found.find((candidate) => candidate.content[0] === content)
    expect(claim?.speaker?.[0]).toBe(speaker)
  })

  it('not without a clause ("expressed surprise at the result")', () => {
    const found = claims(suggest('The governor expressed surprise at the result.'))
    expect(found).toEqual([])
  })
})
