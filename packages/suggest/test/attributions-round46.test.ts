// Rules 0.24.0: attributions of British political news, from the attribution
// misses of the development rounds 38–43 and 46 (BBC News). Every sentence here is
// invented.
import { suggest } from '@scholion/suggest'
import { describe, expect, it } from 'vitest'
import { claims } from './helpers/claims.js'

const speakerOf = (text: string, content: string) =>
  claims(suggest(text)).find((candidate) => candidate.content[0] === content)?.speaker?.[0]

describe('a share of those polled as the speaker', () => {
  it.each([
    ['Thirty per cent said the scheme had failed.', 'Thirty per cent', 'the scheme had failed'],
    ['Some 64% said the tax was unfair.', 'Some 64%', 'the tax was unfair'],
    [
      'Forty one per cent thought the minister should resign.',
      'Forty one per cent',
      'the minister should resign',
    ],
    ['Two thirds said the service had improved.', 'Two thirds', 'the service had improved'],
    [
      'A majority, 58%, said the council had done well.',
      'A majority, 58%',
      'the council had done well',
    ],
    ['In the survey, 37% of them say prices are too high.', '37% of them', 'prices are too high'],
  ])('%s', (text, speaker, content) => {
    expect(speakerOf(text, content)).toBe(speaker)
  })

  it.each([
    // A share that is no subject of the cue.
    'Profits rose 12% in the year.',
    'Only 5% of the budget was spent.',
  ])('no claim in: %s', (text) => {
    expect(claims(suggest(text))).toEqual([])
  })
})

describe('watchdogs, regulators and campaigners speak', () => {
  it.each([
    [
      'Standards must rise, says the schools watchdog.',
      'the schools watchdog',
      'Standards must rise',
    ],
    [
      'Bills will fall next year, the energy regulator said.',
      'the energy regulator',
      'Bills will fall next year',
    ],
    ['The hunt broke the law, campaigners said.', 'campaigners', 'The hunt broke the law'],
  ])('%s', (text, speaker, content) => {
    expect(speakerOf(text, content)).toBe(speaker)
  })
})

describe("a minister's portfolio before the title, after the cue", () => {
  it.each([
    [
      'More homes will be built, said housing minister Jane Doe.',
      'housing minister Jane Doe',
      'More homes will be built',
    ],
    [
      'Crime is falling, says shadow home secretary John Roe.',
      'shadow home secretary John Roe',
      'Crime is falling',
    ],
    [
      'Waiting lists are shorter, said health secretary Ann Poe.',
      'health secretary Ann Poe',
      'Waiting lists are shorter',
    ],
  ])('%s', (text, speaker, content) => {
    expect(speakerOf(text, content)).toBe(speaker)
  })
})

// Rules 0.25.0.
describe('a short clause with a number before the speaker', () => {
  it.each([
    ['Profits rose 5%, the company said.', 'the company', 'Profits rose 5%'],
    ['Output was 500, officials said.', 'officials', 'Output was 500'],
  ])('%s', (text, speaker, content) => {
    expect(speakerOf(text, content)).toBe(speaker)
  })

  it('still no report from a conjunction alone before the comma', () => {
    expect(speakerOf('However, the jury said it was late.', 'it was late')).toBe('the jury')
  })
})
