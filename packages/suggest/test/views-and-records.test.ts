// Round 11 (rules 0.12.0): views held, records that show, forecasts and the
// speakers of argued prose and wire copy. Every sentence here is invented.
import { suggest } from '@scholion/suggest'
import { describe, expect, it } from 'vitest'
import { claims } from './helpers/claims.js'

/** The claim of `text` with this content, or `undefined`. */
const claimOf = (text: string, content: string) =>
  claims(suggest(text)).find((claim) => claim.content.join(' … ') === content)

describe('speaker nouns: agent nouns, plural titles, people nouns', () => {
  it.each([
    ['The auditors said that the accounts were sound.', 'the accounts were sound', 'The auditors'],
    ['Lenders said the loans would be rolled over.', 'the loans would be rolled over', 'Lenders'],
    ['The refiners said stocks were low.', 'stocks were low', 'The refiners'],
    ['Shareholders said the offer was too low.', 'the offer was too low', 'Shareholders'],
    [
      'Proponents of the plan say it will pay for itself.',
      'it will pay for itself',
      'Proponents of the plan',
    ],
    ['The other team thought the referee was wrong.', 'the referee was wrong', 'The other team'],
  ])('%s', (text, content, speaker) => {
    expect(claimOf(text, content)?.speaker).toEqual([speaker])
  })

  it('a nested report of a third party inside the reported clause', () => {
    expect(
      claimOf('The company said the auditors stated that the case was weak.', 'the case was weak')
        ?.speaker,
    ).toEqual(['the auditors'])
  })

  it.each(['The computers said nothing about it.', 'The containers said "fragile" on the side.'])(
    'no speaker in %j',
    (text) => {
      expect(claims(suggest(text))).toEqual([])
    },
  )
})

describe('a time adverb between the subject and a weak cue', () => {
  it('"The bank earlier reported …" reports', () => {
    expect(
      claimOf('The bank earlier reported a rise in its net profit.', 'a rise in its net profit')
        ?.speaker,
    ).toEqual(['The bank'])
  })

  it('"the earlier reports that …" stays a noun', () => {
    expect(claims(suggest('The earlier reports that he would resign were wrong.'))).toEqual([])
  })
})

describe('stance adjectives with "that", and "has it that"', () => {
  it.each([
    ['They are confident that the vote will pass.', 'the vote will pass', 'They'],
    ['Investors were sure that rates would fall.', 'rates would fall', 'Investors'],
    ['The mayor is optimistic that the bridge will reopen.', 'the bridge will reopen', 'The mayor'],
    ['The farmers are worried that prices will fall.', 'prices will fall', 'The farmers'],
    [
      'Some historians have it that the ending was added later.',
      'the ending was added later',
      'Some historians',
    ],
  ])('%s', (text, content, speaker) => {
    expect(claimOf(text, content)?.speaker).toEqual([speaker])
  })

  it.each([
    'It is certain that the bridge will reopen.',
    'I am sure that the bridge will reopen.',
    'He made sure that the doors were locked.',
    'Be sure that the doors are locked.',
    'The engineers were not sure that the bridge would hold.',
    'None of us were aware that the bridge had closed.',
  ])('no claim in %j', (text) => {
    expect(claims(suggest(text))).toEqual([])
  })
})

describe('the hearer as subject of a passive with its agent', () => {
  it('"was told by X that …": X speaks', () => {
    expect(
      claimOf(
        'The board was told by its lawyers that the contract was void.',
        'the contract was void',
      )?.speaker,
    ).toEqual(['its lawyers'])
  })

  it('a date after the agent is no part of it', () => {
    expect(
      claimOf(
        'The firm was notified by the union March 2 that the offer had been turned down.',
        'the offer had been turned down',
      )?.speaker,
    ).toEqual(['the union'])
  })

  it('without "that" no claim', () => {
    expect(claims(suggest('The board was told by its lawyers about the suit.'))).toEqual([])
  })
})

describe('gerunds of saying after "beyond", "besides", "despite"', () => {
  it('"beyond noting that …": the subject speaks', () => {
    expect(
      claimOf('He would not comment, beyond noting that the price was high.', 'the price was high')
        ?.speaker,
    ).toEqual(['He'])
  })
})

describe('a number opening the reported clause', () => {
  it('"predicts 1988 will be …"', () => {
    expect(
      claimOf(
        'Like many analysts, Lund predicts 1988 will be a lean year.',
        '1988 will be a lean year',
      )?.speaker,
    ).toEqual(['Lund'])
  })
})

describe('a second verb after a time adverbial in a comma', () => {
  it('"Yesterday, X decided …, and said …": X speaks', () => {
    expect(
      claimOf(
        'Yesterday, the exchange decided to close its floor, and said it would decide on a new site by May.',
        'it would decide on a new site by May',
      )?.speaker,
    ).toEqual(['the exchange'])
  })
})

describe('records that show', () => {
  it.each([
    [
      'The weekly return showed reserves rose 12 mln guilders.',
      'reserves rose 12 mln guilders',
      'The weekly return',
    ],
    [
      'Imports fell 3 pct in May, the customs figures showed.',
      'Imports fell 3 pct in May',
      'the customs figures',
    ],
    [
      'The accounts also showed a deficit of two billion crowns.',
      'a deficit of two billion crowns',
      'The accounts',
    ],
    [
      'The latest poll shows that the senator is losing ground.',
      'the senator is losing ground',
      'The latest poll',
    ],
  ])('%s', (text, content, speaker) => {
    expect(claimOf(text, content)?.speaker).toEqual([speaker])
  })

  it('a participle after a record ends at the main verb', () => {
    expect(
      claimOf(
        'The embassy said that official figures showing nine years of surpluses were wrong.',
        'nine years of surpluses',
      )?.speaker,
    ).toEqual(['official figures'])
  })

  it('a record is no subject for a later "and said"', () => {
    const found = claimOf(
      'The embassy replied that figures showing a surplus are wrong and said the talks would go on.',
      'the talks would go on',
    )
    expect(found?.speaker).toEqual(['The embassy'])
  })

  it.each([
    'The boy showed his scar to the nurse.',
    'He showed up late for the meeting.',
    'The figures were shown to the board.',
  ])('no claim in %j', (text) => {
    expect(claims(suggest(text))).toEqual([])
  })
})

describe('verbs of foreseeing with a noun phrase', () => {
  it.each([
    [
      'Acme Corp forecast earnings of two billion crowns in 1988.',
      'earnings of two billion crowns in 1988',
      'Acme Corp',
    ],
    [
      'The company projected sales of 400 mln dlrs for next year.',
      'sales of 400 mln dlrs for next year',
      'The company',
    ],
    [
      'The ministry estimated the crop at 12 mln tonnes.',
      'the crop at 12 mln tonnes',
      'The ministry',
    ],
    [
      'The cabinet saw no need for new taxes this year.',
      'no need for new taxes this year',
      'The cabinet',
    ],
    [
      'Investors still see an element of risk in the bonds.',
      'an element of risk in the bonds',
      'Investors',
    ],
  ])('%s', (text, content, speaker) => {
    expect(claimOf(text, content)?.speaker).toEqual([speaker])
  })

  it('a participle after a quotation goes with its speaker', () => {
    expect(
      claimOf(
        '"Demand is strong," one dealer said, predicting growth of ten pct a year.',
        'growth of ten pct a year',
      )?.speaker,
    ).toEqual(['one dealer'])
  })

  it.each([
    'He saw the car from the window.',
    'An estimated 300 people attended.',
    'We expect growth of 3 pct this year.',
    'Two development projects worth 5 mln dlrs were approved.',
    'The losses were estimated at 4 mln dlrs.',
  ])('no claim in %j', (text) => {
    expect(claims(suggest(text))).toEqual([])
  })
})

describe('the holder of a view after "of"', () => {
  it.each([
    [
      'It is the view of the mayor that the bridge must close.',
      'the bridge must close',
      'the mayor',
    ],
    [
      'He rejected the contention of the defense that the search was illegal.',
      'the search was illegal',
      'the defense',
    ],
  ])('%s', (text, content, speaker) => {
    expect(claimOf(text, content)?.speaker).toEqual([speaker])
  })

  it('a topic after "of" is no holder', () => {
    expect(
      claims(suggest('The announcement of the plan that was made in May surprised us.')),
    ).toEqual([])
  })
})

describe('a belief in an infinitive, held by its controller', () => {
  it.each([
    [
      'The slump led the board to conclude the plant could not be saved.',
      'the plant could not be saved',
      'the board',
    ],
    [
      'It did not take the mayor long to realize that the plan had failed.',
      'the plan had failed',
      'the mayor',
    ],
    ['The senator came to believe that the war was lost.', 'the war was lost', 'The senator'],
  ])('%s', (text, content, speaker) => {
    expect(claimOf(text, content)?.speaker).toEqual([speaker])
  })

  it.each([
    'It is hard to believe that the war is over.',
    'I came to believe that the war was lost.',
    'The news led us to conclude that the war was lost.',
  ])('no claim in %j', (text) => {
    expect(claims(suggest(text))).toEqual([])
  })
})

describe('coordinated speakers', () => {
  it.each([
    ['Hale and other officials said the plan would fail.', 'Hale and other officials'],
    [
      'The union and the company agreed that the plant would stay open.',
      'The union and the company',
    ],
  ])('%s', (text, speaker) => {
    expect(claims(suggest(text))[0]?.speaker).toEqual([speaker])
  })

  it('a place after a preposition is no conjunct', () => {
    expect(
      claims(suggest('Officials in Rome and Madrid said the talks had failed.'))[0]?.speaker,
    ).not.toEqual(['Officials in Rome and Madrid'])
  })
})

describe('headline verbs of the headline present', () => {
  it.each([
    ['SENATOR VOWS QUICK ACTION ON FARM BILL', 'QUICK ACTION ON FARM BILL', 'SENATOR'],
    ['UNION URGES STRIKE AT STEEL PLANTS', 'STRIKE AT STEEL PLANTS', 'UNION'],
    ['ACME EXPECTS HIGHER PROFIT IN 1988', 'HIGHER PROFIT IN 1988', 'ACME'],
  ])('%s', (headline, content, speaker) => {
    expect(claims(suggest(`${headline}\n\nThe council met on Monday.`))).toMatchObject([
      { content: [content], speaker: [speaker] },
    ])
  })
})

describe('round 11, second part: wire frames', () => {
  it.each([
    [
      '"It will fail," said retired Adm. Tom Lee of the Hale Institute.',
      '"It will fail,"',
      'retired Adm. Tom Lee of the Hale Institute',
    ],
    [
      'The ministry is projecting the harvest at 90 mln tonnes.',
      'the harvest at 90 mln tonnes',
      'The ministry',
    ],
    [
      "He put next year's earnings at 80 cts a share.",
      "next year's earnings at 80 cts a share",
      'He',
    ],
    ['A spokesman vowed to avenge the raid.', 'to avenge the raid', 'A spokesman'],
    ['The union pledged to fight the closures.', 'to fight the closures', 'The union'],
    ['The minister warned the unions of harder times ahead.', 'harder times ahead', 'The minister'],
    ['Economists warned of higher prices.', 'higher prices', 'Economists'],
    [
      'Bankers criticized the fund for its cautious lending.',
      'the fund for its cautious lending',
      'Bankers',
    ],
    [
      'The union accused the firm of breaking the contract.',
      'the firm of breaking the contract',
      'The union',
    ],
    [
      'But dealers saw the rise as a sign of strength.',
      'the rise as a sign of strength',
      'dealers',
    ],
    [
      "The board cited Acme's announcement that it had received two bids.",
      'it had received two bids',
      "Acme's",
    ],
    [
      'Estimates from industry officials were that the crop would fall.',
      'the crop would fall',
      'industry officials',
    ],
    ['"We will win," the radio quoted him as saying.', '"We will win,"', 'the radio'],
    [
      'The rule, described as a special case by Hale, binds all banks.',
      'The rule, described as a special case',
      'Hale',
    ],
    [
      'He said on the present schedule, the debt would be halved by 1995.',
      'on the present schedule, the debt would be halved by 1995',
      'He',
    ],
  ])('%s', (text, content, speaker) => {
    expect(claimOf(text, content)?.speaker).toEqual([speaker])
  })

  it.each([
    // The saying reports the forecast; no second claim of "he".
    ['The analyst said he expects Acme to earn 24 cts a share.', 1],
    ['Iran warned the United States against widening the war.', 0],
    ['The army attacked the town at dawn.', 0],
    ['He saw the man as he left the house.', 0],
    ['The forthcoming season promises to be of unusual interest.', 0],
    ['The dispute threatened to derail the talks.', 0],
    ['He put the book on the shelf.', 0],
    ['"It failed," he said in Paris, adding nothing.', 1],
  ])('%s: %i claims', (text, count) => {
    expect(claims(suggest(text))).toHaveLength(count)
  })

  it('a headline that calls something something', () => {
    expect(
      claims(suggest('DIPLOMATS CALL RAID ON DEPOT RESTRAINED\n\nThe council met.')),
    ).toMatchObject([{ content: ['RAID ON DEPOT RESTRAINED'], speaker: ['DIPLOMATS'] }])
    expect(claims(suggest('UNION CALLS FOR STRIKE AT MILLS\n\nThe council met.'))).toEqual([])
  })
})

describe('texts that read, begin or run with quoted words', () => {
  it.each([
    ['The sign reads: "Keep off the grass".', '"Keep off the grass"', 'The sign'],
    ['The program note reads as follows: "Take hands".', '"Take hands"', 'The program note'],
    [
      '"I will arise and go now", begins the poem from which the book takes its title.',
      '"I will arise and go now"',
      'the poem',
    ],
  ])('%s', (text, content, speaker) => {
    expect(claimOf(text, content)?.speaker).toEqual([speaker])
  })

  it.each([
    'She reads the paper every morning.',
    'The road runs north to the sea.',
    '"Go", he began.',
  ])('no text speaks in %j', (text) => {
    expect(claims(suggest(text)).filter((claim) => claim.cue !== 'began')).toEqual([])
  })
})

describe('round 11, argued prose: antecedents of "who", contractions, "what they call"', () => {
  it.each([
    [
      'He recalls the wag who said, on leaving the dinner, that he would never dine out again.',
      'he would never dine out again',
      'the wag',
    ],
    ["And they're certain that the council will give way.", 'the council will give way', "they're"],
    ['Towns hold what they call "Founders Day".', '"Founders Day"', 'they'],
    ['What critics call "the new realism" is old.', '"the new realism"', 'critics'],
  ])('%s', (text, content, speaker) => {
    expect(claimOf(text, content)?.speaker).toEqual([speaker])
  })

  it.each(['Call the police at once.', 'She calls her mother every day.'])(
    'no claim in %j',
    (text) => {
      expect(claims(suggest(text))).toEqual([])
    },
  )
})

describe('round 11, third part', () => {
  it.each([
    [
      'Acme Corp <ACM> forecast sales of two billion dlrs in 1988.',
      'sales of two billion dlrs in 1988',
      'Acme Corp',
    ],
    [
      '"It is a tragedy," said retired Adm. Tom Lee of the Naval Center.',
      '"It is a tragedy,"',
      'retired Adm. Tom Lee of the Naval Center',
    ],
    [
      'Lund emphasised in his remarks the close ties between the two banks.',
      'the close ties between the two banks',
      'Lund',
    ],
    ['"Demand is firm," he said, citing low stocks at the mills.', 'low stocks at the mills', 'he'],
    [
      'The merger agreement provides that the offer cannot be changed.',
      'the offer cannot be changed',
      'The merger agreement',
    ],
    [
      'His remarks were seen by dealers present as a pointer to lower rates.',
      'His remarks … a pointer to lower rates',
      'dealers present',
    ],
    [
      'The minister had signalled he would attend the meeting.',
      'he would attend the meeting',
      'The minister',
    ],
  ])('%s', (text, content, speaker) => {
    expect(claimOf(text, content)?.speaker).toEqual([speaker])
  })

  it.each([
    'The film was seen by millions.',
    'She had seen the film twice.',
    'The state provides the land free of charge.',
    'It emphasized the pleasure of the game.',
  ])('no claim in %j', (text) => {
    expect(claims(suggest(text))).toEqual([])
  })
})

describe('round 11, fourth part: argued prose', () => {
  it.each([
    ["Smith's thesis is that the war was avoidable.", 'the war was avoidable', "Smith's"],
    [
      'Senator Lee, who has long maintained that taxes are too high, voted no.',
      'taxes are too high',
      'Senator Lee',
    ],
    [
      'Opponents of the bill fear it will raise taxes.',
      'it will raise taxes',
      'Opponents of the bill',
    ],
    [
      'The editors of the Times think the mayor should resign.',
      'the mayor should resign',
      'The editors of the Times',
    ],
    [
      'The Administration takes the position that the treaty is void.',
      'the treaty is void',
      'The Administration',
    ],
    ['The court held that the search was illegal.', 'the search was illegal', 'The court'],
    ['Smith sees the war as avoidable.', 'the war as avoidable', 'Smith'],
    ['The book makes clear that the war was a mistake.', 'the war was a mistake', 'The book'],
    ['Smith reminds us that the war was a mistake.', 'the war was a mistake', 'Smith'],
    [
      'Khrushchev has repeatedly threatened that he would sign a treaty.',
      'he would sign a treaty',
      'Khrushchev',
    ],
    ['Party leaders claim to have won the vote.', 'to have won the vote', 'Party leaders'],
    ['The novel maintains that money is everything.', 'money is everything', 'The novel'],
  ])('%s', (text, content, speaker) => {
    expect(claimOf(text, content)?.speaker).toEqual([speaker])
  })

  it.each([
    'The hearing left little doubt that they will pass the bill.',
    'There is a real fear that prices will rise.',
    'I rather think the play is too long.',
    'The music threatens to linger in the memory.',
    'He resented the statement attributing this claim to the minister.',
    'He holds over each member the threat of losing this or that seat.',
    'The state holds the land in trust.',
    'I have the dress, and I hope, as I more fondly hope, to give it away.',
  ])('no claim in %j', (text) => {
    expect(claims(suggest(text))).toEqual([])
  })
})

describe('round 11, fifth part: findings and answers', () => {
  it.each([
    ['The study found that schools are failing.', 'schools are failing', 'The study'],
    ['Investigators found that the brakes had failed.', 'the brakes had failed', 'Investigators'],
    ['In his words, "the war was a mistake."', '"the war was a mistake."', 'his'],
    ['His reply was that the war was a mistake.', 'the war was a mistake', 'His'],
  ])('%s', (text, content, speaker) => {
    expect(claimOf(text, content)?.speaker).toEqual([speaker])
  })

  it.each([
    'I found that the door was open.',
    'She found the key under the mat.',
    'They found a house that suited them.',
  ])('no claim in %j', (text) => {
    expect(claims(suggest(text))).toEqual([])
  })
})

describe('round 11: tickers', () => {
  it.each([
    [
      'MONTREAL, March 3 - <Acme Bank of Canada> said it would cut rates.',
      'it would cut rates',
      '<Acme Bank of Canada>',
    ],
    [
      'Acme AB <ACME ST> forecast earnings after tax of one billion crowns.',
      'earnings after tax of one billion crowns',
      'Acme AB',
    ],
  ])('%s', (text, content, speaker) => {
    expect(claimOf(text, content)?.speaker?.[0]).toContain(speaker.replace(/[<>]/g, ''))
  })
})

describe('round 11: authors who show, prove or demonstrate, and perfect "called"', () => {
  it.each([
    ['The author shows that the war was avoidable.', 'the war was avoidable', 'The author'],
    ['Smith demonstrates that the war was avoidable.', 'the war was avoidable', 'Smith'],
    ['Critics have called the book "a triumph".', 'the book "a triumph"', 'Critics'],
  ])('%s', (text, content, speaker) => {
    expect(claimOf(text, content)?.speaker).toEqual([speaker])
  })

  it.each([
    'The plan proved false.',
    'The flyers proved unable to keep any schedule.',
    'The boy showed that he could swim.',
    'His attempts to show that the house was locked failed.',
  ])('no claim in %j', (text) => {
    expect(claims(suggest(text))).toEqual([])
  })
})

describe('round 11: opinions, points and possessors', () => {
  it.each([
    ["The senator's answer was that taxes must rise.", 'taxes must rise', "The senator's"],
    ["The committee's view is that the plan is sound.", 'the plan is sound', "The committee's"],
    ["Smith's point is that the war was a mistake.", 'the war was a mistake', "Smith's"],
    ['Smith is of the opinion that the war was a mistake.', 'the war was a mistake', 'Smith'],
    [
      'The author argues, persuasively, that the war was a mistake.',
      'the war was a mistake',
      'The author',
    ],
  ])('%s', (text, content, speaker) => {
    expect(claimOf(text, content)?.speaker).toEqual([speaker])
  })

  it('an opinion of the writer is none', () => {
    expect(claims(suggest('I am of the opinion that the war was a mistake.'))).toEqual([])
  })
})
