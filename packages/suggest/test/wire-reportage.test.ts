// Round 10 (rules 0.11.0): attributions of newswire reportage. Every sentence here is invented.
import { suggest } from '@scholion/suggest'
import { describe, expect, it } from 'vitest'
import { claims } from './helpers/claims.js'

const body = '\n\nThe council met on Monday.'

describe('all-capitals headlines', () => {
  it.each([
    ['MAYOR SAYS BRIDGE WILL REOPEN IN MAY', 'BRIDGE WILL REOPEN IN MAY', 'MAYOR'],
    ['FARM GROUP SEES SMALLER WHEAT CROP - TRADERS', 'SMALLER WHEAT CROP', 'FARM GROUP'],
    ['ACME <ACM> SEES HIGHER FIRST QUARTER PROFIT', 'HIGHER FIRST QUARTER PROFIT', 'ACME'],
    ['TRADERS SEE NO RIVAL BID FOR ACME <ACM>', 'NO RIVAL BID FOR ACME', 'TRADERS'],
    ['BRIDGE TO REOPEN IN MAY, SAYS MAYOR', 'BRIDGE TO REOPEN IN MAY', 'MAYOR'],
    ['FEBRUARY CAR SALES FELL, DEALERS SAY', 'FEBRUARY CAR SALES FELL', 'DEALERS'],
  ])('%s', (headline, content, speaker) => {
    expect(claims(suggest(`${headline}${body}`))).toMatchObject([
      { content: [content], speaker: [speaker] },
    ])
  })

  it.each([
    'Mayor Says Bridge Will Reopen\n\nThe council met on Monday.',
    'MAYOR SAYS BRIDGE WILL REOPEN The council met on Monday.',
    'IF MARKETS SAY NO TO THE PLAN\n\nThe council met on Monday.',
    'CITY COUNCIL MEETS TO SEE PLANS\n\nThe council met on Monday.',
  ])('no headline claim in %j', (text) => {
    expect(claims(suggest(text))).toEqual([])
  })
})

describe('"quoted X as saying"', () => {
  it('reports the words of the source and of the one quoted', () => {
    const found = claims(
      suggest('The paper quoted the port director as saying that the channel was closed.'),
    )
    expect(found).toMatchObject([
      { content: ['the channel was closed'], speaker: ['The paper'] },
      { content: ['the channel was closed'], speaker: ['the port director'] },
    ])
  })

  it('takes a quotation over sentences and an object pronoun', () => {
    expect(
      claims(suggest('A delegate quoted Lund as saying, "We never agreed. We said so."')),
    ).toMatchObject([
      { content: ['"We never agreed. We said so."'], speaker: ['A delegate'] },
      { content: ['"We never agreed. We said so."'], speaker: ['Lund'] },
    ])
    expect(
      claims(
        suggest('Mary Lund spoke on Monday. The radio quoted her as saying rents would rise.'),
      ),
    ).toMatchObject([
      { content: ['rents would rise'], speaker: ['The radio'] },
      { content: ['rents would rise'] },
    ])
  })

  it('takes the by-agent of a passive for a second source', () => {
    const found = claims(
      suggest('Lund was quoted by the Daily Courier as saying rents would rise.'),
    )
    expect(found).toHaveLength(2)
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ content: ['rents would rise'], speaker: ['Lund'] }),
        expect.objectContaining({ content: ['rents would rise'], speaker: ['the Daily Courier'] }),
      ]),
    )
  })

  it('keeps the passive "was quoted as saying", with a circumstance too', () => {
    expect(claims(suggest('Lund was quoted as saying rents would rise.'))).toMatchObject([
      { content: ['rents would rise'], speaker: ['Lund'] },
    ])
    expect(
      claims(suggest('Lund was quoted in a weekly paper as saying rents would rise.')),
    ).toMatchObject([{ content: ['rents would rise'], speaker: ['Lund'] }])
  })
})

describe('speakers and contents before the cue', () => {
  it.each([
    // "told" has its hearer after it: the speaker is before, past a relative clause.
    [
      'The repairs would take two months, the engineer, who asked not to be named, told Reuters.',
      { content: ['The repairs would take two months'], speaker: ['the engineer'] },
    ],
    // An abbreviation in commas after an organisation's name is no speaker.
    [
      'Exports were hurt by the strike, the head of the Grain Marketing Board, GMB, said.',
      {
        content: ['Exports were hurt by the strike'],
        speaker: ['the head of the Grain Marketing Board'],
      },
    ],
    // A time clause after the cue is no content.
    [
      '"The talks went badly," Lund said when she returned from Geneva.',
      { content: ['"The talks went badly,"'], speaker: ['Lund'] },
    ],
    [
      '"The talks went badly," Lund said as she left the hall.',
      { content: ['"The talks went badly,"'], speaker: ['Lund'] },
    ],
    // A noun that can be a verb before a plural source noun is part of the speaker.
    [
      'Freight rates will climb in April, shipping sources said.',
      { content: ['Freight rates will climb in April'], speaker: ['shipping sources'] },
    ],
    [
      'The bid was too low, market analysts said.',
      { content: ['The bid was too low'], speaker: ['market analysts'] },
    ],
    // An inverted speaker with a relative clause to the end of the sentence.
    [
      '"Rates will fall," said one trader who attended the meeting.',
      { content: ['"Rates will fall,"'], speaker: ['one trader'] },
    ],
  ])('%s', (text, expected) => {
    expect(claims(suggest(text))).toMatchObject([expected])
  })
})

describe('"saying" after the main verb of a sentence', () => {
  it.each([
    [
      'The union called a strike, saying pay was too low.',
      { content: ['pay was too low'], speaker: ['The union'] },
    ],
    [
      'Lund urged the board to meet again, saying, "Tempers will cool."',
      { content: ['"Tempers will cool."'], speaker: ['Lund'] },
    ],
  ])('%s', (text, expected) => {
    expect(claims(suggest(text))).toMatchObject([expected])
  })

  it('needs a clause or a quotation after it', () => {
    expect(claims(suggest('He left the room, saying nothing.'))).toEqual([])
  })
})

describe('absolute "with" phrases and time phrases before the cue', () => {
  it.each([
    [
      'Shares rose, with dealers reporting that demand was strong.',
      { content: ['demand was strong'], speaker: ['dealers'] },
    ],
    [
      'Bond prices fell, with analysts saying the auction had gone badly.',
      { content: ['the auction had gone badly'], speaker: ['analysts'] },
    ],
    [
      'The bank has in recent weeks said rates would fall.',
      { content: ['rates would fall'], speaker: ['The bank'] },
    ],
    [
      'Senior officials have in the past stressed that rates would fall.',
      { content: ['rates would fall'], speaker: ['Senior officials'] },
    ],
  ])('%s', (text, expected) => {
    expect(claims(suggest(text))).toMatchObject([expected])
  })

  it.each(['He met with officials saying nothing.', 'Shares rose, with dealers reporting gains.'])(
    'no claim in %j',
    (text) => {
      expect(claims(suggest(text))).toEqual([])
    },
  )
})

describe('plural organisations, "pointing out" and phrases before "that"', () => {
  it.each([
    [
      'Interest rates will rise, the banks said.',
      { content: ['Interest rates will rise'], speaker: ['the banks'] },
    ],
    [
      'The ministries said demand would fall.',
      { content: ['demand would fall'], speaker: ['The ministries'] },
    ],
    [
      'Lund said, among other things, that the fund was too small.',
      { content: ['the fund was too small'], speaker: ['Lund'] },
    ],
    [
      'The brokers wrote to the board, pointing out, among other things, that fees were high.',
      { content: ['fees were high'], speaker: ['The brokers'] },
    ],
  ])('%s', (text, expected) => {
    expect(claims(suggest(text))).toMatchObject([expected])
  })

  it('takes "Some of them" for the subject of a sentence', () => {
    expect(
      claims(suggest('Some of them began writing to the board, pointing out that fees were high.')),
    ).toMatchObject([{ content: ['fees were high'], speaker: ['Some of them'] }])
    expect(claims(suggest('None of them said fares would rise.'))).toEqual([])
  })

  it('takes no object of "pointing out" for a claim', () => {
    expect(claims(suggest('He kept pointing out the flaws.'))).toEqual([])
  })
})

describe('"on (the) grounds that" and time phrases after the subject', () => {
  it.each([
    [
      'The board rejected the offer on the grounds that it was too low.',
      { content: ['it was too low'], speaker: ['The board'] },
    ],
    [
      'The permit was refused by Mayor Ann Cole on grounds that the site was unsafe.',
      { content: ['the site was unsafe'], speaker: ['Mayor Ann Cole'] },
    ],
    [
      'The Trade Ministry last month rejected the bid on the grounds that it came late.',
      { content: ['it came late'], speaker: ['The Trade Ministry'] },
    ],
    [
      'The Trade Ministry last week said exports would rise.',
      { content: ['exports would rise'], speaker: ['The Trade Ministry'] },
    ],
  ])('%s', (text, expected) => {
    expect(claims(suggest(text))).toMatchObject([expected])
  })

  it.each([
    "Lund's comments were seen as a hint that rates would fall.",
    "The tone of Lund's remarks boosted hopes that rates would fall.",
    'The strike raised fears that ports would close.',
  ])('takes a noun for no cue in %j', (text) => {
    expect(claims(suggest(text))).toEqual([])
  })

  it('keeps a contraction before the cue and a subject of "hopes"', () => {
    expect(claims(suggest("He's said that rates would fall."))).toMatchObject([
      { content: ['rates would fall'] },
    ])
    expect(claims(suggest('The union hopes that pay will rise.'))).toMatchObject([
      { content: ['pay will rise'], speaker: ['The union'] },
    ])
  })

  it('takes no speaker from a subject that is no one', () => {
    expect(claims(suggest('No one objected on the grounds that it was late.'))).toEqual([])
  })
})

describe('"blamed A on B"', () => {
  it.each([
    [
      'The company blamed the loss on lower prices and weaker demand.',
      { content: ['the loss on lower prices and weaker demand'], speaker: ['The company'] },
    ],
    [
      'Kim blamed the delay on the weather, and asked for more time.',
      { content: ['the delay on the weather'], speaker: ['Kim'] },
    ],
  ])('%s', (text, expected) => {
    expect(claims(suggest(text))).toMatchObject([expected])
  })

  it.each([
    'The loss was blamed on lower prices.',
    'He blamed himself for the crash.',
    'No one blamed the pilot on that day.',
  ])('no claim in %j', (text) => {
    expect(claims(suggest(text))).toEqual([])
  })
})

describe('contents after the cue', () => {
  it.each([
    // A part of a group: "some of them", "one of us".
    [
      'Fares will rise in May, some of them said.',
      { content: ['Fares will rise in May'], speaker: ['some of them'] },
    ],
    // A broadcast, a meeting or a place between the cue and the statement.
    [
      'Lund said on the BBC radio network a deal was close.',
      { content: ['a deal was close'], speaker: ['Lund'] },
    ],
    [
      'Lund said at a closed symposium in Basle the rate would fall.',
      { content: ['the rate would fall'], speaker: ['Lund'] },
    ],
    // A capital after a determiner opens a name, not a headline run into the text.
    [
      'Lund said, however, that the Tax Office would close.',
      { content: ['the Tax Office would close'], speaker: ['Lund'] },
    ],
  ])('%s', (text, expected) => {
    expect(claims(suggest(text))).toMatchObject([expected])
  })
})
