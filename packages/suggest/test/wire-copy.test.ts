// Round 9 (rules 0.10.0): classes of wire copy. Every sentence here is invented.
import { suggest } from '@scholion/suggest'
import { describe, expect, it } from 'vitest'
import { claims } from './helpers/claims.js'

describe('wire-copy attributions', () => {
  it.each([
    // A closing quotation mark ends quoted words, never a speaker phrase.
    [
      '"Prices are set under the old tax rules," said Tom Hale.',
      { content: ['"Prices are set under the old tax rules,"'], speaker: ['Tom Hale'] },
    ],
    // Affiliation and time in commas between the name and the cue.
    [
      'Kim, with the Hudson Institute, said rates were too high.',
      { content: ['rates were too high'], speaker: ['Kim'] },
    ],
    [
      'The Acme Corp, earlier reporting a loss, said it would cut jobs.',
      { content: ['it would cut jobs'], speaker: ['The Acme Corp'] },
    ],
    // A role in apposition with "a" or "an", "and" inside it.
    [
      'John Lee, a former banker and longtime critic of the plan, said rates were too high.',
      { content: ['rates were too high'], speaker: ['John Lee'] },
    ],
    // A time adverbial opening the sentence is no part of the speaker.
    [
      'On Tuesday the company said it would sell the plant.',
      { content: ['it would sell the plant'], speaker: ['the company'] },
    ],
    [
      'Last night Acme Corp said it would sell the plant.',
      { content: ['it would sell the plant'], speaker: ['Acme Corp'] },
    ],
    // Sources of market and negotiation copy.
    [
      '"Anything is possible," one delegate said.',
      { content: ['"Anything is possible,"'], speaker: ['one delegate'] },
    ],
    [
      'Prices will fall, the negotiators said.',
      { content: ['Prices will fall'], speaker: ['the negotiators'] },
    ],
    // Where and how it was said, after the cue, is no content.
    [
      'Rates will rise in the spring, the bank said in its weekly review.',
      { content: ['Rates will rise in the spring'], speaker: ['the bank'] },
    ],
    [
      'Rates will rise, the bank said in a letter to shareholders.',
      { content: ['Rates will rise'], speaker: ['the bank'] },
    ],
    [
      'Prices will fall, a senior trade official said on condition of anonymity.',
      { content: ['Prices will fall'], speaker: ['a senior trade official'] },
    ],
    // The inverted speaker's role to the end of the sentence is no content.
    [
      '"Prices will fall," said Tom Hale, an economist at Acme Bank.',
      { content: ['"Prices will fall,"'], speaker: ['Tom Hale'] },
    ],
    [
      'Such a step would mean lower prices, noted Tom Hale, analyst with Acme Group.',
      { content: ['Such a step would mean lower prices'], speaker: ['Tom Hale'] },
    ],
    // A word of rank before a title belongs to the speaker phrase.
    [
      'Prices will fall, managing director John Hale said.',
      { content: ['Prices will fall'], speaker: ['managing director John Hale'] },
    ],
    [
      'Prices will fall, lead manager Acme Bank said.',
      { content: ['Prices will fall'], speaker: ['lead manager Acme Bank'] },
    ],
    [
      '"Prices will fall," said acting president John Hale.',
      { content: ['"Prices will fall,"'], speaker: ['acting president John Hale'] },
    ],
    [
      'Prices will fall, the bank said in a statement issued in London.',
      { content: ['Prices will fall'], speaker: ['the bank'] },
    ],
  ])('%s', (text, expected) => {
    expect(claims(suggest(text))).toMatchObject([expected])
  })

  it('takes no speaker "one" in "No one said"', () => {
    expect(claims(suggest('No one said the plan would fail.'))).toEqual([])
  })

  it('takes "about" before a number after the cue for an approximator, not a topic', () => {
    expect(
      claims(suggest('It said about 26,000 farmers were late with their payments.')),
    ).toMatchObject([{ content: ['about 26,000 farmers were late with their payments'] }])
    expect(claims(suggest('He said about a dozen plants would close.'))).toHaveLength(1)
    expect(claims(suggest('He said about the plan that it was sound.'))).toEqual([])
  })

  it.each([
    [
      'The magazine said, however, that the mayor remained popular.',
      'the mayor remained popular',
      'The magazine',
    ],
    ['The bank said, in a statement, that rates would rise.', 'rates would rise', 'The bank'],
    ['He gave no details but said the plan was useful.', 'the plan was useful', 'He'],
    [
      'A majority of those polled said they liked the mayor.',
      'they liked the mayor',
      'those polled',
    ],
    ['"Prices will fall," one said.', '"Prices will fall,"', 'one'],
    ['"Prices will fall," another said.', '"Prices will fall,"', 'another'],
    ['Hale has said before that the plan would fail.', 'the plan would fail', 'Hale'],
    ['Hale told reporters yesterday the plan would fail.', 'the plan would fail', 'Hale'],
  ])('%s', (text, content, speaker) => {
    expect(claims(suggest(text))).toMatchObject([{ content: [content], speaker: [speaker] }])
  })

  it('ends a statement where the participle cue after a comma begins its own', () => {
    expect(
      claims(suggest('The bank said prices would fall, adding that rates would rise.')),
    ).toMatchObject([
      { content: ['prices would fall'], speaker: ['The bank'] },
      { content: ['rates would rise'], speaker: ['The bank'] },
    ])
  })

  it('keeps an interrupted statement after an inverted speaker', () => {
    expect(
      claims(suggest('For this reason, says Dr. Keys, the universe is expanding.')),
    ).toMatchObject([{ content: ['For this reason', 'the universe is expanding'] }])
  })

  it.each([
    'The board declared a dividend of ten cents a share.',
    'The board declared a two-for-one split, payable in May.',
    'The governor declared a state of emergency.',
    'The board declared a 33-1/3 pct stock dividend, payable in May.',
  ])('takes a declared act for no statement: %s', (text) => {
    expect(claims(suggest(text))).toEqual([])
  })

  it('keeps "declared that" and a declared quotation', () => {
    expect(claims(suggest('The mayor declared that the plan was dead.'))).toHaveLength(1)
    expect(claims(suggest('"We will win," the mayor declared.'))).toHaveLength(1)
  })

  it.each([
    [
      'The plan, announced in May, was dropped, it said.',
      'The plan, announced in May, was dropped',
    ],
    [
      'The sales complete the program announced in April, it said.',
      'The sales complete the program announced in April',
    ],
    [
      'The purchases complete the Export Program initiative announced in April, 1986, it said.',
      'The purchases complete the Export Program initiative announced in April, 1986',
    ],
  ])('takes a participle without agent for no cue: %s', (text, content) => {
    expect(claims(suggest(text))).toMatchObject([{ content: [content], speaker: ['it'] }])
  })

  it('keeps "announced in May that"', () => {
    expect(
      claims(suggest('The company announced in May that it would close the plant.')),
    ).toMatchObject([{ content: ['it would close the plant'], speaker: ['The company'] }])
  })
})

describe('wire-copy figures', () => {
  const figures = (text: string) =>
    suggest(text, { kinds: { hedges: false, attributions: false } }).annotations.flatMap(
      (annotation) =>
        annotation.kind === 'figure'
          ? [
              {
                exact: annotation.spans[0]?.exact,
                value: annotation.value,
                atLeast: annotation.atLeast,
                atMost: annotation.atMost,
                numberType: annotation.numberType,
                unit: annotation.unit,
              },
            ]
          : [],
    )

  it.each([
    ['Profits rose to 2.4 mln dlrs.', '2.4 mln dlrs', 2_400_000, 'money', 'USD'],
    ['The loss was 3 bln dlrs.', '3 bln dlrs', 3_000_000_000, 'money', 'USD'],
    ['It earned 15 cts a share.', '15 cts', 0.15, 'money', 'USD'],
    ['The bank lent 456 mln stg.', '456 mln stg', 456_000_000, 'money', 'GBP'],
    ['Sales rose 14.5 pct.', '14.5 pct', 14.5, 'percentage', 'percent'],
    ['The notes pay 7-7/8 pct.', '7-7/8 pct', 7.875, 'percentage', 'percent'],
    ['A 33-1/3 pct stock dividend.', '33-1/3 pct', 33.3333, 'percentage', 'percent'],
    ['The shares gained 3/8 on the day.', '3/8', 0.375, 'count', undefined],
  ])('%s', (text, exact, value, numberType, unit) => {
    expect(figures(text)).toMatchObject([{ exact, value, numberType, unit }])
  })

  it('reads a crop or fiscal year as one year span', () => {
    expect(figures('Exports in the 1986/87 season fell.')).toMatchObject([
      { exact: '1986/87', atLeast: 1986, atMost: 1987, numberType: 'year' },
    ])
  })

  it('reads a year before "to" and a level as two figures, not a range', () => {
    expect(figures('Output will rise in 1987 to 1.45 mln tonnes.')).toMatchObject([
      { exact: '1987', numberType: 'year' },
      { exact: '1.45 mln', value: 1_450_000 },
    ])
  })

  it('takes no figure in "zero-coupon"', () => {
    expect(figures('The zero-coupon bonds were sold.')).toEqual([])
  })

  it('takes no fraction where a date is written with slashes', () => {
    expect(figures('Filed after 5/14/82.').some((figure) => figure.value === 5 / 14)).toBe(false)
  })
})

describe('wire-copy hedges (scholion-hedges/10)', () => {
  const cues = (text: string) =>
    suggest(text, { kinds: { figures: false, attributions: false } }).annotations.flatMap(
      (annotation) => (annotation.kind === 'uncertainty' ? [annotation.spans[0]?.exact] : []),
    )

  it.each([
    ['Output is seen rising this year.', ['is seen rising']],
    ['The deficit was seen at two billion dollars.', ['was seen at']],
    ['Losses were put at two million dollars.', ['were put at']],
    ['The harvest is pegged at six million tonnes.', ['is pegged at']],
    ['It was not immediately clear whether the talks would resume.', ['not immediately clear']],
    ['The date of the vote is not yet clear.', ['not yet clear']],
    ['Prices could surge if the strike goes on.', ['could surge']],
    ['ACME CORP MAY HAVE LOWER FIRST QUARTER NET', ['MAY']],
    ['FARM GROWTH EXPECTED TO SLOW', ['EXPECTED TO']],
    ['There is still some doubt as to how much grain is left.', ['doubt as to how']],
    ['It was too early to project whether the plan would work.', ['too early to project']],
  ])('%s', (text, expected) => {
    expect(cues(text)).toEqual(expected)
  })

  it.each([
    'The plan was put at risk by the strike.',
    'The guests were put at ease.',
    'Radios were not yet available then.',
    'The scouts could reach the ridge by noon.',
    'EXPORTS ROSE IN MAY AFTER THE STRIKE',
    'It raised no question as to what the plan means.',
  ])('takes no hedge in: %s', (text) => {
    expect(cues(text)).toEqual([])
  })
})
