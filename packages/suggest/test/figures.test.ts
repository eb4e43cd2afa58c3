import { figureKind } from '@scholion/core'
import { suggest } from '@scholion/suggest'
import nlp from 'compromise'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findFigures } from '../src/lib/figures/find-figures.js'
import { parseNumberWords } from '../src/lib/figures/number-words.js'

// [sentence, the figure's text, expected fields]
const cases: ReadonlyArray<readonly [string, string, Record<string, unknown>]> = [
  [
    'Costs ran as high as $9,000.',
    'as high as $9,000',
    { atMost: 9000, approximator: 'as high as', numberType: 'money' },
  ],
  [
    'The lease runs up to a maximum of 90 days, with a minimum of 30 days.',
    'up to a maximum of 90 days',
    { atMost: 90, approximator: 'up to a maximum of' },
  ],
  [
    'Each crew has a minimum of six men.',
    'a minimum of six',
    { atLeast: 6, approximator: 'a minimum of' },
  ],
  [
    'A new mill costs in the neighborhood of $400,000.',
    'in the neighborhood of $400,000',
    { value: 400_000, approximator: 'in the neighborhood of', numberType: 'money' },
  ],
  [
    'The boat does better than 30 knots.',
    'better than 30',
    { atLeast: 31, approximator: 'better than' },
  ],
  [
    'Dealers in nearly a score of states agreed.',
    'nearly a score',
    { value: 20, atMost: 20, approximator: 'nearly' },
  ],
  [
    'More than 2,000 foreigners were held.',
    'More than 2,000',
    { atLeast: 2001, approximator: 'more than', numberType: 'count', counted: 'foreigners' },
  ],
  [
    'It cost $15,000,000 in all.',
    '$15,000,000',
    { value: 15_000_000, unit: 'USD', numberType: 'money' },
  ],
  ['as well as 2.5 million citizens', '2.5 million', { value: 2_500_000 }],
  [
    'a rise of 10 per cent',
    '10 per cent',
    { value: 10, numberType: 'percentage', unit: 'percent' },
  ],
  ['and 90% agreed', '90%', { value: 90, numberType: 'percentage' }],
  ['Wiley, 38, said', '38', { value: 38, numberType: 'age' }],
  ['after 22 months in prison', '22 months', { value: 22, numberType: 'duration', unit: 'month' }],
  [
    'for about two years',
    'about two years',
    { value: 2, approximator: 'about', numberType: 'duration' },
  ],
  ['nine or ten people', 'nine or ten', { atLeast: 9, atMost: 10 }],
  [
    'Tens of thousands of Poles',
    'Tens of thousands',
    { atLeast: 10_000, atMost: 99_999, vague: true },
  ],
  [
    'hundreds or thousands of foreign Communists',
    'hundreds or thousands',
    { atLeast: 100, atMost: 9_999, vague: true },
  ],
  ['Millions of people who fell foul', 'Millions', { atLeast: 1_000_000, vague: true }],
  ['in the 1930s', '1930s', { atLeast: 1930, atMost: 1939, numberType: 'year', when: '1930/1939' }],
  ['Stalin died in 1953.', '1953', { value: 1953, numberType: 'year', when: '1953' }],
  ['thirteen votes', 'thirteen', { value: 13 }],
  ['fifteen men', 'fifteen', { value: 15 }],
  ['on Jan. 15 the vote', '15', { numberType: 'date' }],
  ['Tuesday 18 August 1992 18:02 EDT', '18', { numberType: 'date' }],
  ['on Sept. 20th the vote', '20th', { numberType: 'date' }],
  ['what would be done about two charges', 'two', { value: 2 }],
  ['Police said about 200 were held.', 'about 200', { value: 200, approximator: 'about' }],
  ['Two thirds of voters agreed.', 'Two thirds', { value: 0.667, numberType: 'count' }],
  ['and two-thirds of members', 'two-thirds', { value: 0.667 }],
  ['A third of the land was sold.', 'A third', { value: 0.333 }],
  ['a quarter of staff left', 'a quarter', { value: 0.25 }],
  ['three quarters of cases', 'three quarters', { value: 0.75 }],
  ['half of the budget', 'half', { value: 0.5 }],
  ['Nearly half had travelled from abroad.', 'Nearly half', { value: 0.5, approximator: 'nearly' }],
  ['About one-third said no.', 'About one-third', { value: 0.333, approximator: 'about' }],
  // "one" as a numeral: after a determiner before a noun, before a proper modifier,
  // before a time noun.
  ['She never buys from any one banker.', 'one', { value: 1 }],
  ['There is only one exit.', 'one', { value: 1 }],
  ['The mayor and one U.S. senator spoke.', 'one', { value: 1 }],
  ['Gray had said one evening that the fee was low.', 'one', { value: 1 }],
  // Rules 0.8: "one of" picking one of a set, after "any", after "only" without a
  // determiner, and before a superlative.
  ['Any one of the four bids would do.', 'one', { value: 1 }],
  ['The tenor is not only one of the finest voices here.', 'one', { value: 1 }],
  ['She is one of the most able lawyers.', 'one', { value: 1 }],
  ['Two cars stalled, one with a flat tire.', 'one', { value: 1 }],
  ['The hymn is at 4:30; he read 12 lines.', '4:30', { numberType: 'other' }],
  ['Two Senators spoke first.', 'Two', { value: 2 }],
  ['It fell, as one pious writer put it.', 'one', { value: 1 }],
  // "well" before a bound keeps the bound open.
  [
    'The band played until well after 4 p.m.',
    'well after 4 p.m.',
    { approximator: 'well after', numberType: 'other' },
  ],
  ['The hall stayed well above 90 degrees.', 'well above 90 degrees', { atLeast: 91 }],
  ['the issue (Aug. 29) sold out', '29', { numberType: 'date' }],
  ['the NRL 50-foot dish', '50', { value: 50 }],
  // Rules 0.9: "-odd" glued to a number approximates it; a real count of "one"
  // stays beside the appositive and generic pronoun; a date before a dash stays.
  ['The hall seats 300-odd guests.', '300-odd', { value: 300, approximator: 'odd' }],
  [
    'Two plans came in, one in which taxes rise and the other in which they fall.',
    'one',
    { value: 1 },
  ],
  ['Of two rivers, one still floods each spring.', 'one', { value: 1 }],
  ['We need one more volunteer.', 'one', { value: 1 }],
  ['The vote is set for Jan. 4 -- a Monday.', '4', { numberType: 'date' }],
  ['The oaks are over ten years old.', 'over ten years old', { atLeast: 11, approximator: 'over' }],
  ['He farmed there for over ten years.', 'over ten years', { atLeast: 11, approximator: 'over' }],
]

describe('findFigures', () => {
  it.each(cases)('%s → %s', (sentence, written, fields) => {
    const figure = findFigures(sentence).find(
      (found) => sentence.slice(found.start, found.end) === written,
    )
    expect(figure).toMatchObject(fields)
  })

  it.each([
    ['list enumerators', '1. The first point.\n2. The second point.'],
    ['street numbers', 'He lives at 1401 Main St. with his wife.'],
    ['"bring about"', 'The law will bring about change.'],
    ['identifiers', 'They took Route 40 north.'],
    ['pronoun "one"', 'No one knew, and one must wait.'],
    ['"one" before a past verb', 'He kicked well before one went wide.'],
    ['"the only one of"', 'It is the only one of its kind.'],
    ['"one and the same"', 'The firms are one and the same, at one and the same time.'],
    ['"one" in apposition', 'They gave the job to another studio -- one with a bigger budget.'],
    [
      '"one" as the subject after a word opening a clause',
      'If one wishes to go, it is late when one recalls the cost, as one looks on.',
    ],
    ['chapter and verse', 'As Luke 12:34 says, and Mark 4: 10-12, 18 too, and Psalm 9: 1 as well.'],
    [
      'capitalized number words in names inside a sentence',
      'They sang of the Seven Golden Towers, the Forty Elders, Nine Winds and Three Rivers.',
    ],
    ['numbered streets', 'Both firms are at 812 W. 3d St. downtown.'],
    ['court numbers', 'It was filed in Common Pleas Court 4 yesterday.'],
    [
      'enumerators in a run-on list',
      'For these reasons: 1 Broglio is rested;; 2 The desire to win.',
    ],
    ['ordinals in digits', 'He celebrated his 20th season.'],
    ['ordinal words and coins', 'He won a third term, paid a quarter and took the third quarter.'],
    [
      'numbered wars, forces and laws',
      'After World War 2, Task Force 12 sailed under Public Law 480.',
    ],
    ['capitalized number words in names', 'The Big Four met, and Volume Two came out.'],
    ['regnal numbers', 'King Olaf 5 and Pope Pius 12 wrote letters.'],
    ['enumerators after a sentence', 'The plan is simple. 1) Roads. 2) Schools: 3) parks.'],
    ['golf clubs', 'He hit a seven-iron and then his 3-wood.'],
    [
      'the generic pronoun "one" and idioms',
      'If one supposes it true, one cannot smile; one by one they left. At one time it was busy, and she would one day return.',
    ],
    ['"one of" before a gerund', 'The task was one of sorting letters.'],
    ['compound ordinals', 'It was the twenty-first annual fair on Fifty-fifth Street.'],
    [
      'numbers after abbreviated designations',
      'See the Sonata, Op. 31, on p. 40 and pp. 78-79, and Opus 27 in fig. 2.',
    ],
    ['catalogue and model codes', 'The album (Decca DL 9120) was sorted on an IBM 704.'],
    [
      'enumerators before a dash',
      'The board may approve: 1 -- New roads for the valley; 2 -- A school. 3 — More parks.',
    ],
    [
      'catalogue numbers of music',
      'She played the rondo (K. 485), the trio D. 898, the suite BWV 1007 and Hob. 12.',
    ],
    [
      'the generic "one" before an adverb and a verb',
      'For all that, one still would have wished for more; One frequently has the sense that it drags, and one often finds a mill.',
    ],
    [
      'the appositive "one" before a participle or a preposition and "which"',
      'We moved into this village, one battered by storms. It was a week in June, one in which the rain never stopped.',
    ],
  ])('leaves out %s', (_, sentence) => {
    expect(findFigures(sentence)).toEqual([])
  })

  it('takes "a score of" before a number for a result, not twenty', () => {
    const values = findFigures('Tech led at the half by a score of nine to four.').map(
      (figure) => figure.value,
    )
    expect(values).toEqual([9, 4])
  })

  it('takes "over" after a word of choice or victory for a preposition', () => {
    const sentence =
      'He was promoted over six captains, presided over 40 meetings and won by over 200 votes.'
    const figures = findFigures(sentence).map((figure) => ({
      text: sentence.slice(figure.start, figure.end),
      approximator: figure.approximator,
    }))
    expect(figures).toEqual([
      { text: 'six', approximator: undefined },
      { text: '40', approximator: undefined },
      { text: 'over 200', approximator: 'over' },
    ])
  })

  it('takes "over" before a duration after a word of change for "during"', () => {
    const sentence =
      'The slow changes in the valley over twenty years were plain, and prices rose sharply over two decades, though rents rose over 10 per cent.'
    const figures = findFigures(sentence).map((figure) => ({
      text: sentence.slice(figure.start, figure.end),
      approximator: figure.approximator,
    }))
    expect(figures).toEqual([
      { text: 'twenty years', approximator: undefined },
      { text: 'two decades', approximator: undefined },
      { text: 'over 10 per cent', approximator: 'over' },
    ])
  })

  it('suggests figures that fit the figure schema', () => {
    const { annotations } = suggest(
      'More than 2,000 foreigners, nine or ten Poles and 10 per cent of $5 were counted in 1953.',
    )
    const figures = annotations.filter((annotation) => annotation.kind === 'figure')
    expect(figures.length).toBe(5)
    for (const figure of figures) expect(figureKind.schema.safeParse(figure).success).toBe(true)
  })
})

describe('parseNumberWords', () => {
  // compromise is the oracle: its number parser agrees with ours on whole phrases.
  const units = [
    'one',
    'two',
    'three',
    'nine',
    'eleven',
    'fifteen',
    'twenty',
    'forty-two',
    'ninety-nine',
  ]
  it('agrees with compromise on generated number phrases', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...units),
        fc.constantFrom('', ' hundred', ' thousand', ' million'),
        (unit, magnitude) => {
          const phrase = `${unit}${magnitude}`
          const parsed: unknown = nlp(phrase).numbers().get()
          const theirs = Array.isArray(parsed) ? parsed[0] : parsed
          expect(parseNumberWords(phrase.split(' '))).toBe(theirs)
        },
      ),
      { numRuns: 40 },
    )
  })

  it.each([
    [['two', 'hundred', 'and', 'five'], 205],
    [['a', 'dozen'], 12],
    [['2.5', 'million'], 2_500_000],
    [['two', 'thousand', 'five', 'hundred'], 2500],
    [['first'], undefined],
  ] as const)('%j → %s', (words, value) => {
    expect(parseNumberWords(words)).toBe(value)
  })
})
