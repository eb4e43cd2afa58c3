// Round 26 (rules 0.18.0): attributions of newswire and argued prose. Every sentence here is invented.
import { suggest } from '@scholion/suggest'
import { describe, expect, it } from 'vitest'
import { claims } from './helpers/claims.js'

describe('a forecast held by the pronoun inside a report', () => {
  it.each([
    [
      'Jane Porter said he expects steel output to rise three pct next year.',
      'steel output to rise three pct next year',
    ],
    ['Tom Hale said he expected the merger to close in May.', 'the merger to close in May'],
  ])('%s', (text, content) => {
    const found = claims(suggest(text))
    const inner = found.find((claim) => claim.content[0] === content)
    expect(inner?.speaker).toContain('he')
    // The saying reports the whole clause as before.
    expect(found.some((claim) => claim.content[0]?.startsWith('he expect'))).toBe(true)
  })

  it('not when the pronoun does not fit the speaker of the report', () => {
    const found = claims(suggest('The bank said he expects steel output to rise three pct.'))
    expect(found.map((claim) => claim.content[0])).not.toContain('steel output to rise three pct')
  })
})

describe('a name before a role in apposition without its closing comma', () => {
  it.each([
    [
      'But Karl Mertens, head of Lindqvist Bank <LQB.ST> told Reuters he wanted a rate cut soon.',
      'Karl Mertens',
    ],
    [
      'But Anna Berg, head of the Nordic Savings Bank told Reuters that rates should stay where they were.',
      'Anna Berg',
    ],
  ])('%s', (text, speaker) => {
    expect(claims(suggest(text))[0]?.speaker).toContain(speaker)
  })

  it('two such people are two speakers, not one role', () => {
    const found = claims(
      suggest(
        'Karl Mertens, head of Lindqvist Bank told Reuters he wanted a cut. Anna Berg, head of the Nordic Savings Bank told Reuters that rates should stay.',
      ),
    )
    expect(found.map((claim) => claim.speaker?.[0])).toEqual(['Karl Mertens', 'Anna Berg'])
  })

  it('not a place before the role: "Hyannis Port, Mass., a spokesman said"', () => {
    const found = claims(
      suggest(
        'Back in Boston from Hyannis Port, Mass., a company spokesman said the plant would reopen.',
      ),
    )
    expect(found[0]?.speaker).toEqual(['a company spokesman'])
  })

  it('not a sentence adverb before a clause: "Specifically, the agency said"', () => {
    const found = claims(suggest('Specifically, the agency said the rule would apply at once.'))
    expect(found[0]?.speaker).toEqual(['the agency'])
  })
})

describe('a negated modifier after the opening speaker phrase', () => {
  it.each([
    ['A trader not involved in the deal said the price was fair.', 'A trader'],
    ['One broker at a house not in the sale said the price was fair.', 'One broker at a house'],
  ])('%s', (text, speaker) => {
    expect(claims(suggest(text))).toMatchObject([
      { content: ['the price was fair'], speaker: [speaker] },
    ])
  })

  it('not "not" opening a clause of its own', () => {
    expect(claims(suggest('A trader not long ago said the price was fair.'))).toHaveLength(0)
  })
})

describe('"I would say": the speaker\'s own hedge, not a report', () => {
  it.each([
    'One broker said "It is cheap, but overall I would say it is worth buying."',
    '"It is cheap, but overall I would say it is worth buying," one broker said.',
    'One broker said "It is cheap, but I\'d say it is worth buying."',
  ])('%s', (text) => {
    const found = claims(suggest(text))
    expect(found).toHaveLength(1)
    expect(found[0]?.speaker?.[0]).toMatch(/^[Oo]ne broker$/)
    expect(found[0]?.content[0]).toMatch(/^"It is cheap/)
  })

  it('"I said" in a quotation is still not taken away from other cues', () => {
    const found = claims(suggest('"He would say the plan is sound," Smith said.'))
    expect(found.some((claim) => claim.speaker?.includes('Smith'))).toBe(true)
  })
})

describe("a short time clause of the exchange after a quotation's cue", () => {
  it.each([
    '"You may read the files but not copy them," a ministry clerk explained when I asked.',
    '"You may read the files but not copy them," a ministry clerk said after we asked.',
  ])('%s', (text) => {
    expect(claims(suggest(text))).toMatchObject([
      { content: ['"You may read the files but not copy them,"'], speaker: ['a ministry clerk'] },
    ])
  })

  it('not a clause that asks something: "when he was asked whether …"', () => {
    const found = claims(
      suggest('"The vote is final," the clerk said when he was asked whether it would stand.'),
    )
    expect(found[0]?.content).not.toEqual(['"The vote is final,"'])
  })
})

describe('knowing under a modal of obligation is advice', () => {
  it.each([
    'Many have spent heavily on advertising, but they should realize that quality matters more.',
    'The owners must recognize that the workers deserve a raise.',
  ])('%s', (text) => {
    expect(claims(suggest(text))).toHaveLength(0)
  })

  it('a possible view is still held: "may feel that"', () => {
    expect(
      claims(suggest('A large, busy hospital may feel that the rules are too strict.')),
    ).toHaveLength(1)
  })
})

describe('a parenthetical "as X describes it" or "as X understand"', () => {
  it.each([
    [
      'As Mr. Kerr describes it, the village is a "small republic of gossip."',
      'Mr. Kerr',
      ['the village is a "small republic of gossip."'],
    ],
    [
      'The plan, as the mayor describes it, will cost little.',
      'the mayor',
      ['The plan', 'will cost little'],
    ],
    [
      'As economists understand, a tax so broad would ruin the farmers.',
      'economists',
      ['a tax so broad would ruin the farmers'],
    ],
  ])('%s', (text, speaker, content) => {
    expect(claims(suggest(text))).toMatchObject([{ content, speaker: [speaker] }])
  })

  it('not the writer\'s own "as I understand it"', () => {
    expect(claims(suggest('As I understand it, the plan will cost little.'))).toHaveLength(0)
  })

  it('not "as" as a time word with a verb of saying that has no comma', () => {
    expect(
      claims(suggest('The crowd cheered as the mayor described the new bridge.')),
    ).toHaveLength(0)
  })
})

describe('nouns of supposing after a light verb', () => {
  it.each([
    ['The judges made the assumption that all the ballots were valid.', 'The judges'],
    ['The school gave a guess that the roof would hold.', 'The school'],
  ])('%s', (text, speaker) => {
    expect(claims(suggest(text))[0]?.speaker).toEqual([speaker])
  })

  it('not an assumption of office', () => {
    expect(
      claims(suggest('The judges made the assumption of office a grand affair.')),
    ).toHaveLength(0)
  })
})

describe('implying and worrying with a clause of its own', () => {
  it.each([
    [
      'Your editorial implied we had ignored the cost of the program.',
      'we had ignored the cost of the program',
    ],
    [
      'Some traders worry the central bank has lost control of the currency.',
      'the central bank has lost control of the currency',
    ],
    ['The memo implies that the plant will close.', 'the plant will close'],
  ])('%s', (text, content) => {
    expect(claims(suggest(text))[0]?.content).toEqual([content])
  })

  it.each([
    'The implied volatility of the options rose sharply.',
    'Traders worry about the currency.',
    'Their worries grew as the currency fell.',
  ])('no claim: %s', (text) => {
    expect(claims(suggest(text))).toHaveLength(0)
  })
})

describe('the opening speaker phrase, not a noun inside its modifier', () => {
  it.each([
    [
      'Western economists who follow Bulgarian farm policy said output would probably fall.',
      'Western economists',
    ],
    [
      'Sources close to the Italian creditors, however, said they did not view the threat as serious.',
      'Sources close to the Italian creditors',
    ],
  ])('%s', (text, speaker) => {
    expect(claims(suggest(text))[0]?.speaker).toEqual([speaker])
  })

  it('a report nested in a clause keeps its own speaker', () => {
    const found = claims(
      suggest(
        'An analyst at the bank noted that a recent article in the Times said exports would fall.',
      ),
    )
    expect(found.some((claim) => claim.speaker?.[0] === 'a recent article in the Times')).toBe(true)
  })
})

describe('a verb of estimating closing the sentence after its speaker', () => {
  it.each([
    [
      'Imported steel displaces 40 mln tonnes of domestic output, the association estimates.',
      'Imported steel displaces 40 mln tonnes of domestic output',
      'the association',
    ],
    [
      'Farm incomes will fall by a third this year, the ministry predicts.',
      'Farm incomes will fall by a third this year',
      'the ministry',
    ],
  ])('%s', (text, content, speaker) => {
    expect(claims(suggest(text))).toMatchObject([{ content: [content], speaker: [speaker] }])
  })

  it('not a parenthetical of a whole clause nor a statement of two words', () => {
    expect(claims(suggest('Costs rose, Smith estimated.'))).toHaveLength(0)
  })
})

describe('the parts of a law speak', () => {
  it.each([
    [
      'The second clause states that "no tax shall be levied without consent."',
      'The second clause',
    ],
    ['The new provision says tenants must pay on time.', 'The new provision'],
  ])('%s', (text, speaker) => {
    expect(claims(suggest(text))[0]?.speaker).toEqual([speaker])
  })

  it('no claim without a cue', () => {
    expect(claims(suggest('The clause is old and the provision is new.'))).toHaveLength(0)
  })
})

describe('reaffirming reports like reiterating', () => {
  it.each([
    ['He reaffirmed the government would cut the deficit.', 'the government would cut the deficit'],
    ['The treaty reaffirms that the border is fixed.', 'the border is fixed'],
  ])('%s', (text, content) => {
    expect(claims(suggest(text))[0]?.content).toEqual([content])
  })

  it('not a noun phrase alone: "reaffirmed its support"', () => {
    expect(claims(suggest('The board reaffirmed its support for the plan.'))).toHaveLength(0)
  })
})

describe('a name with its roles after a participle phrase that opens the sentence', () => {
  it('the name speaks, not the end of its role', () => {
    expect(
      claims(
        suggest(
          'Leading the calls for a June vote, Sir John Hale, vice-chairman of the powerful 1922 committee of Tory back-benchers, said: "I think it will be June."',
        ),
      )[0]?.speaker,
    ).toEqual(['Sir John Hale'])
  })
})

describe('a quotation after the cue, not one closing an opening participle phrase', () => {
  it('takes the quotation after the colon', () => {
    expect(
      claims(
        suggest(
          'Asked by a reporter whether the plan was dead, and whether "anyone cared," she replied: "The plan will go ahead."',
        ),
      ),
    ).toMatchObject([{ content: ['"The plan will go ahead."'], speaker: ['she'] }])
  })

  it('a quotation that is the whole part before still is the content', () => {
    expect(
      claims(suggest('"We will win," she replied: "The plan will go ahead."'))[0]?.content[0],
    ).toBe('"We will win,"')
  })
})

describe('a quantifier after "what" stands for people who named something', () => {
  it('"what some have called …"', () => {
    expect(
      claims(suggest('The fund will open on what some have called the new frontier of banking.')),
    ).toMatchObject([{ content: ['the new frontier of banking'], speaker: ['some'] }])
  })

  it('no claim in "What some said was true."', () => {
    expect(claims(suggest('What some said was true.'))).toHaveLength(0)
  })
})
