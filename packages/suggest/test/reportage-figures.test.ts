import { suggest } from '@scholion/suggest'
import { describe, expect, it } from 'vitest'
import { cues } from './helpers/cues.js'

// Round 10 rules (0.11.0): figures of newswire reportage. Every sentence here is
// invented.

const figures = (text: string) =>
  suggest(text, { kinds: { hedges: false, attributions: false } }).annotations.flatMap(
    (annotation) =>
      annotation.kind === 'figure'
        ? [{ exact: annotation.spans[0]?.exact, value: annotation.value }]
        : [],
  )

describe('reportage figures (rules 0.11.0)', () => {
  it.each([
    ['The offer expires April Three unless extended.', 'Three', 3],
    ['The payment falls due on May Five.', 'Five', 5],
    ['The bank made a half-point cut in its rate.', 'half-point', 0.5],
    ['They walked a half-mile to the depot.', 'half-mile', 0.5],
  ])('%s', (text, exact, value) => {
    expect(figures(text)).toMatchObject([{ exact, value }])
  })

  it.each([
    ['The deal is worth $3bn.', '$3bn', 3e9],
    ['The bank lost £2.4bn.', '£2.4bn', 2.4e9],
    ['The club paid £3m for him.', '£3m', 3e6],
    ['It earned 3bn dlrs.', '3bn dlrs', 3e9],
  ])('reads a glued magnitude in: %s', (text, exact, value) => {
    expect(figures(text)).toMatchObject([{ exact, value }])
  })

  it('reads no magnitude from a glued "m" without a currency sign', () => {
    expect(figures('A 3m wall stood there.')).toMatchObject([{ exact: '3', value: 3 }])
  })

  it.each([
    ['FERRY TRAFFIC DOWN 14 PCT IN JULY', '14 PCT', 14],
    ['MINE TO SHUT FOR 4 MONTHS, OWNER SAYS', '4 MONTHS', 4],
    ['ACME RAISES DIVIDEND TO 25', '25', 25],
    ['ACME TO CUT FIVE PCT OF STAFF', 'FIVE PCT', 5],
    ['BANK SEES TWO MLN DLR LOSS', 'TWO MLN DLR', 2e6],
  ])('counts a number in an all-capitals headline: %s', (text, exact, value) => {
    expect(figures(text)).toMatchObject([{ exact, value }])
  })

  it('reads a year after a time prefix, and leaves a model code', () => {
    expect(figures('The pier was rebuilt in mid-1983.')).toMatchObject([
      { exact: '1983', value: 1983 },
    ])
    expect(figures('They flew a B-52 bomber.')).toEqual([])
  })

  it('leaves a model number after a code in capitals', () => {
    expect(figures('They bought an XKL 704 computer.')).toEqual([])
    expect(figures('ACME TO BUY 727 JETS')).toEqual([])
  })

  it('reads a date in capitals and no ordinal in capitals', () => {
    expect(figures('TALKS SET FOR APRIL 8')).toMatchObject([{ exact: '8', value: 8 }])
    expect(figures('ACME <ACM> 2ND QTR NET')).toEqual([])
  })

  it('reads a year with a possessive', () => {
    expect(figures("Output was above 1985's level.")).toMatchObject([
      { exact: "1985's", value: 1985 },
    ])
  })

  it('keeps a bound before an article with its number', () => {
    expect(figures('They seek at least a 51 pct stake.')).toMatchObject([
      { exact: 'at least a 51 pct', value: undefined },
    ])
    expect(cues('They seek at least a 51 pct stake.')).toEqual(['at least'])
    expect(cues('Reform would bring about a 10 pct cut in costs.')).toEqual([])
  })

  it.each([
    ['He expected a minimum eight billion dlr surplus.', 'a minimum'],
    ['Inflation stayed just below 2 pct.', 'just below'],
    ['The index closed just shy of 2,000.', 'just shy of'],
    ['The bill came to slightly more than 40 dlrs.', 'slightly more than'],
    ['The claims ran to little more than 900 dlrs.', 'little more than'],
    ['The cost is in the region of 500 mln dlrs.', 'in the region of'],
    ['Losses were of the order of 20 mln stg.', 'of the order of'],
  ])('takes the near bound in: %s', (text, cue) => {
    expect(cues(text)).toEqual([cue])
  })

  it.each([
    'The Group of Five met in Paris.',
    'The Gang of Four was tried.',
    'He was half-hearted about it.',
    'The door stood half-closed.',
  ])('counts nothing in: %s', (text) => {
    expect(figures(text)).toEqual([])
  })

  it('leaves a decade with an apostrophe and plural model numbers as before', () => {
    expect(figures("Cars of the 1970's sold well.")).toMatchObject([{ exact: "1970's" }])
  })
})
