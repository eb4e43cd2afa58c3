// Round 22 (rules 0.17.0): attributions of newswire reportage. Every sentence here is invented.
import { suggest } from '@scholion/suggest'
import { describe, expect, it } from 'vitest'
import { claims } from './helpers/claims.js'

describe('a paper with a hyphenated size after the cue', () => {
  it.each([
    'Exports rose sharply in the quarter, the institute said in a 40-page report.',
    'Exports rose sharply in the quarter, the institute said in a two-page statement.',
    'Exports rose sharply in the quarter, the institute said in its 120-page annual review.',
  ])('%s', (text) => {
    expect(claims(suggest(text))).toMatchObject([
      { content: ['Exports rose sharply in the quarter'], speaker: ['the institute'] },
    ])
  })

  it('still reports a clause after the cue', () => {
    expect(
      claims(suggest('The institute said in a 40-page report that exports rose sharply.')),
    ).toMatchObject([{ content: ['exports rose sharply'], speaker: ['The institute'] }])
  })
})

describe('a body heard with a name in "on" and capitals', () => {
  it.each([
    [
      '"The plan cannot work," Jones told the Senate Committee on Banking, Housing and Urban Affairs.',
      '"The plan cannot work,"',
    ],
    [
      '"We need more time," Ruiz told the House Subcommittee on Energy and Power.',
      '"We need more time,"',
    ],
  ])('the quotation before: %s', (text, content) => {
    const found = claims(suggest(text))
    expect(found).toHaveLength(1)
    expect(found[0]?.content).toEqual([content])
  })

  it('reports what follows the name', () => {
    expect(
      claims(suggest('Jones told the Senate Committee on Banking the plan would fail.')),
    ).toMatchObject([{ content: ['the plan would fail'], speaker: ['Jones'] }])
  })

  it('not a day after "on": "told the Senate on Monday"', () => {
    expect(claims(suggest('Jones told the Senate on Monday the plan would fail.'))).toMatchObject([
      { content: ['the plan would fail'] },
    ])
  })
})

describe('a quotation right after the cue, a participle phrase before the speaker', () => {
  it.each([
    [
      'Fearing a strike at the plant, Smith said "We will talk to the union tomorrow."',
      '"We will talk to the union tomorrow."',
    ],
    [
      'Answering critics in the council, the mayor said "The budget is balanced."',
      '"The budget is balanced."',
    ],
  ])('%s', (text, content) => {
    expect(claims(suggest(text))).toMatchObject([{ content: [content] }])
  })

  it('still reports the part before when a quotation ends it', () => {
    expect(claims(suggest('"The budget is balanced," the mayor said.'))).toMatchObject([
      { content: ['"The budget is balanced,"'], speaker: ['the mayor'] },
    ])
  })
})

describe('"pointed out" after a quotation', () => {
  it.each([
    ['"Costs are falling," he pointed out.', '"Costs are falling,"', 'he'],
    ['"Costs are falling", the mayor points out.', '"Costs are falling"', 'the mayor'],
  ])('%s', (text, content, speaker) => {
    expect(claims(suggest(text))).toMatchObject([{ content: [content], speaker: [speaker] }])
  })

  it('not a passive', () => {
    expect(claims(suggest('"Costs are falling," it was pointed out.'))).toEqual([])
  })
})

describe('an inverted speaker with a relative clause of anonymity', () => {
  it.each([
    '"Sales will recover by summer," said a broker who asked not to be named.',
    '"Sales will recover by summer," said a broker who declined to be identified.',
    '"Sales will recover by summer," said a broker who requested anonymity.',
  ])('%s', (text) => {
    expect(claims(suggest(text))).toMatchObject([
      { content: ['"Sales will recover by summer,"'], speaker: ['a broker'] },
    ])
  })
})

describe('a name before its role in apposition', () => {
  it.each([
    ['Mary Lopez, U.S. Secretary of Labor, noted that wages were rising.', 'Mary Lopez'],
    [
      'Mary Lopez, U.S. Secretary of Labor, whose office ran the survey, noted that wages were rising.',
      'Mary Lopez',
    ],
    [
      'The survey was released. Lopez, the head of the working group, noted that wages were rising.',
      'Lopez',
    ],
  ])('%s', (text, speaker) => {
    expect(claims(suggest(text))).toMatchObject([
      { content: ['wages were rising'], speaker: [speaker] },
    ])
  })

  it('not a place before its role', () => {
    const found = claims(
      suggest(
        'The report of the U.S. Department of Labor, the agency said, showed that wages were rising.',
      ),
    )
    expect(found.map((claim) => claim.speaker?.[0])).not.toContain('U.S.')
  })
})

describe('a clause with its own subject right after a cue with a hearer', () => {
  it.each([
    ['Some traders warned they could lose money on the deal.', 'they could lose money on the deal'],
    ['Analysts warned the company could lose money.', 'the company could lose money'],
    ['She promised she would return.', 'she would return'],
  ])('%s', (text, content) => {
    expect(claims(suggest(text))).toMatchObject([{ content: [content] }])
  })

  it('still skips a hearer before the clause', () => {
    expect(
      claims(suggest('Analysts warned investors the company could lose money.')),
    ).toMatchObject([{ content: ['the company could lose money'], speaker: ['Analysts'] }])
  })
})

describe('a participle of saying in commas after the subject', () => {
  it.each([
    ['Brown, declaring that he was sorry, resigned from the board.', 'he was sorry'],
    ['Brown, declaring that he was "very sorry," left the room.', 'he was "very sorry,"'],
  ])('%s', (text, content) => {
    expect(claims(suggest(text))).toMatchObject([{ content: [content], speaker: ['Brown'] }])
  })

  it('not without a verb after the closing comma', () => {
    expect(
      claims(suggest('Brown, declaring that he was sorry, Smith and Jones left.')),
    ).not.toContainEqual(expect.objectContaining({ speaker: ['Brown'] }))
  })
})

describe('plural nouns of accusing and asserting with a source', () => {
  it.each([
    'Lee denied charges by the union that the plant was unsafe.',
    'Lee rejected claims by the union that the plant was unsafe.',
  ])('%s', (text) => {
    expect(claims(suggest(text))).toMatchObject([
      { content: ['the plant was unsafe'], speaker: ['the union'] },
    ])
  })

  it('not a relative clause: "the insurance claims that the company paid"', () => {
    expect(claims(suggest('The insurance claims that the company paid were small.'))).toEqual([])
  })
})

describe('a portfolio with "and" after a title', () => {
  it.each([
    [
      'The minister for post and telecommunications said rates would rise.',
      'The minister for post and telecommunications',
    ],
    [
      'But the Danish minister for trade and industry was reported as saying that he opposed the merger.',
      'the Danish minister for trade and industry',
    ],
  ])('%s', (text, speaker) => {
    expect(claims(suggest(text))).toMatchObject([{ speaker: [speaker] }])
  })

  it('not two subjects joined by "and"', () => {
    expect(
      claims(suggest('He met the minister and officials said the talks failed.')),
    ).toMatchObject([{ speaker: ['officials'] }])
  })
})

describe('an admission with a gerund after "to"', () => {
  it('reports the deed', () => {
    expect(claims(suggest('Brown admitted to taking the money.'))).toMatchObject([
      { content: ['taking the money'], speaker: ['Brown'] },
    ])
  })

  it.each(['Brown never admitted to taking the money.', 'Brown admitted to the theft.'])(
    'not refused, nor a noun: %s',
    (text) => {
      expect(claims(suggest(text))).toEqual([])
    },
  )
})

describe('"quoted X, who …, as saying" and a coordinated "and he quoted"', () => {
  it('takes the one quoted past a relative clause in commas', () => {
    expect(
      claims(
        suggest('He quoted a banker, who asked not to be named, as saying the price would hold.'),
      ),
    ).toContainEqual(
      expect.objectContaining({ content: ['the price would hold'], speaker: ['a banker'] }),
    )
  })

  it('ends the first statement before "and he quoted"', () => {
    expect(
      claims(
        suggest(
          'Lee said the bid was fair and he quoted a banker, whom he would not name, as saying the price would hold.',
        ),
      )[0],
    ).toMatchObject({ content: ['the bid was fair'] })
  })
})

describe('a short phrase opening the statement after "said"', () => {
  it.each([
    [
      'Maria Lopez said for some goods the cuts did not go far enough.',
      'for some goods the cuts did not go far enough',
    ],
    [
      'Maria Lopez said for most buyers the price is too high.',
      'for most buyers the price is too high',
    ],
  ])('%s', (text, content) => {
    expect(claims(suggest(text))).toMatchObject([{ content: [content], speaker: ['Maria Lopez'] }])
  })

  it.each(['He said of the plan that it was bad.', 'He said for the record.'])(
    'not a phrase alone, nor one before "that": %s',
    (text) => {
      expect(claims(suggest(text))).toEqual([])
    },
  )
})

describe("a company's proxy as a source", () => {
  it('reports what the proxy said', () => {
    expect(
      claims(suggest('The proxy said the board had weighed the offer for a year.')),
    ).toMatchObject([
      { content: ['the board had weighed the offer for a year'], speaker: ['The proxy'] },
    ])
  })

  it('not a vote by proxy', () => {
    expect(claims(suggest('He voted by proxy and said the plan was fine.'))).toMatchObject([
      { speaker: ['He'] },
    ])
  })
})

describe('a participle of saying opening the sentence', () => {
  it.each([
    ['Noting that sales fell, the company cut its dividend.', 'sales fell', 'the company'],
    ['Warning that the dam could burst, police closed the road.', 'the dam could burst', 'police'],
    [
      'Noting "many buyers want lower prices" in the survey, the firm raised its rates.',
      '"many buyers want lower prices" in the survey',
      'the firm',
    ],
  ])('%s', (text, content, speaker) => {
    expect(claims(suggest(text))).toContainEqual(
      expect.objectContaining({ content: [content], speaker: [speaker] }),
    )
  })

  it.each([
    'Saying goodbye, he left.',
    'Noting that sales fell, but not by much, the company cut its dividend.',
  ])('not without "that" or a quotation, nor past a second comma: %s', (text) => {
    expect(claims(suggest(text))).toEqual([])
  })
})

describe('an inverted speaker at a gathering', () => {
  it('takes "meeting" after a name as a noun', () => {
    expect(
      claims(
        suggest(
          'Steel makers will cut output, said officials attending the Steel Association meeting here.',
        ),
      ),
    ).toMatchObject([{ content: ['Steel makers will cut output'] }])
  })

  it('still takes a gerund as a verb in the content', () => {
    expect(claims(suggest('Officials said meeting the target would be hard.'))).toMatchObject([
      { content: ['meeting the target would be hard'], speaker: ['Officials'] },
    ])
  })
})

describe('a participle phrase with a list in commas after a name', () => {
  it('takes the name', () => {
    expect(
      claims(
        suggest(
          'Weber, backed by his Dutch, Danish and several other colleagues, believes farm prices must stay high.',
        ),
      ),
    ).toMatchObject([{ content: ['farm prices must stay high'], speaker: ['Weber'] }])
  })
})

describe('a plural noun after a preposition and a modifier is no cue', () => {
  it('"under promissory notes"', () => {
    expect(
      claims(
        suggest(
          'Acme paid by borrowing money under promissory notes, later refinanced through bond sales.',
        ),
      ),
    ).toEqual([])
  })

  it.each([
    ['The head of research says profits will rise.', 'The head of research'],
    ['Profits will rise, the head of research notes.', 'the head of research'],
  ])('still a cue after "of": %s', (text, speaker) => {
    expect(claims(suggest(text))).toMatchObject([{ speaker: [speaker] }])
  })
})

describe('a surname the lexicon knows as a verb, right before a verb of saying', () => {
  it.each([
    ['Dole said the tax would hurt farmers.', 'Dole'],
    ['Earlier this year Dole said raising the tax would hurt farmers.', 'Dole'],
    ['Hunt says the tax would hurt farmers.', 'Hunt'],
  ])('%s', (text, speaker) => {
    expect(claims(suggest(text))).toMatchObject([{ speaker: [speaker] }])
  })

  it('not an imperative: "Rest assured that …"', () => {
    expect(claims(suggest('Rest assured that the plan will work.'))).toEqual([])
  })
})
