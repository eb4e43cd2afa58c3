// Rules 0.26.0: attributions written from the attribution misses of the
// development rounds 38–43 and 46 (BBC News), read in session 11: verbs of naming
// with a quoted label, participles of saying before a quotation, clauses without
// "that" after a long subject, two portfolios before a title, a statement ending
// in the pronoun "that", and headlines with their source. Every sentence here is
// invented.
import { suggest } from '@scholion/suggest'
import { describe, expect, it } from 'vitest'
import { claims } from './helpers/claims.js'

const found = (text: string) =>
  claims(suggest(text)).map((claim) => [claim.speaker?.[0], claim.content[0]])

describe('a verb of naming with a quoted label', () => {
  it.each([
    [
      'Labour MP Jane Doe labelled the regeneration schemes "a waste of money".',
      'Labour MP Jane Doe',
      'the regeneration schemes "a waste of money"',
    ],
    [
      'The charity has called Camp Zero a "disgrace to the nation".',
      'The charity',
      'Camp Zero a "disgrace to the nation"',
    ],
    [
      'The watchdog dubbed them "mere carriers" back in 2001.',
      'The watchdog',
      'them "mere carriers"',
    ],
    [
      'Opponents branded the plan "a tax on the poor".',
      'Opponents',
      'the plan "a tax on the poor"',
    ],
    [
      'The AA welcomed the freeze, calling it a "fair deal" for drivers.',
      'The AA',
      'it a "fair deal" for drivers',
    ],
  ])('%s', (text, speaker, content) => {
    expect(found(text)).toContainEqual([speaker, content])
  })

  it.each([
    // A passive participle names, no one speaks.
    'This machine, affectionately dubbed "The Beast", can be moved anywhere.',
    'The plans have been branded "reckless".',
    // "calling for", "calling on": a demand, not a label.
    'The union met on Monday, calling for a "fair wage" for nurses.',
    // A label of a thing, not said by anyone.
    'She bought a branded "designer" bag.',
  ])('no claim in: %s', (text) => {
    expect(found(text)).toEqual([])
  })

  it('a quotation after other punctuation is no label of the object', () => {
    expect(found('The union called a strike, saying: "Pay is too low."')).toEqual([
      ['The union', '"Pay is too low."'],
    ])
  })
})

describe('a participle of saying before a quotation', () => {
  it.each([
    ['The bishop criticised the law, saying: "It is unjust."', 'The bishop', '"It is unjust."'],
    ['The bishop criticised the law, saying "It is unjust."', 'The bishop', '"It is unjust."'],
  ])('%s', (text, speaker, content) => {
    expect(found(text)).toContainEqual([speaker, content])
  })
})

describe('a clause without "that" after a long subject', () => {
  it.each([
    [
      'Sir John claimed strong pills he was taking had made him ill.',
      'Sir John',
      'strong pills he was taking had made him ill',
    ],
    ['He argued closer ties with France were vital.', 'He', 'closer ties with France were vital'],
    [
      'The minister hinted further cuts could be made.',
      'The minister',
      'further cuts could be made',
    ],
    ['Officials have always denied sea levels are rising.', 'Officials', 'sea levels are rising'],
  ])('%s', (text, speaker, content) => {
    expect(found(text)).toContainEqual([speaker, content])
  })

  it.each([
    // An object and a place: nothing is stated.
    'He denied the charge in court on Monday.',
    // A relative clause belongs to the object.
    'He admitted the offence which was committed in May.',
    // A conjunction opens no subject of its own.
    'Largely thanks to them the theory maintained its position although Smith has critics.',
  ])('no claim in: %s', (text) => {
    expect(found(text)).toEqual([])
  })
})

describe('two portfolios joined by "and" before a title', () => {
  it.each([
    [
      'Games must carry warnings, the trade and industry secretary has said.',
      'the trade and industry secretary',
      'Games must carry warnings',
    ],
    [
      'Games must carry warnings, said the trade and industry secretary.',
      'the trade and industry secretary',
      'Games must carry warnings',
    ],
    [
      'The work and pensions secretary said the plan was fair.',
      'The work and pensions secretary',
      'the plan was fair',
    ],
  ])('%s', (text, speaker, content) => {
    expect(found(text)).toContainEqual([speaker, content])
  })
})

describe('a statement ending in the pronoun "that"', () => {
  it.each([
    ['New tools can help with that, said Ms Doe.', 'Ms Doe', 'New tools can help with that'],
    ['We will do that, the minister said.', 'the minister', 'We will do that'],
  ])('%s', (text, speaker, content) => {
    expect(found(text)).toContainEqual([speaker, content])
  })

  it('a conjunction "that" still reports what follows the speaker', () => {
    expect(found('It is because of that, he said, that the plan failed.')).toContainEqual([
      'he',
      'the plan failed',
    ])
  })
})

describe('a headline with its source', () => {
  it.each([
    // The dash before the source is lost in the text, spaces are left.
    [
      "Job cuts 'false economy'    TUC\n\nCuts are wrong, the TUC said.",
      'TUC',
      "Job cuts 'false economy'",
    ],
    [
      'Health row should end   Blair\n\nThe row should end, he said.',
      'Blair',
      'Health row should end',
    ],
    // A short statement before "X says".
    [
      'Protect whistleblowers, TUC says\n\nWorkers need help, the TUC said.',
      'TUC',
      'Protect whistleblowers',
    ],
  ])('%s', (text, speaker, content) => {
    expect(found(text)).toContainEqual([speaker, content])
  })

  it.each([
    // One word before the gap, or no capitalised source after it.
    'Games   Review\n\nThe new games are out.',
    'Mobile phones   the next big thing\n\nPhones are selling.',
    // Two words after a conjunction, and a short clause outside a headline.
    'However, he said\n\nThe plan is fine.',
    'Prices fall, analysts say. The end.',
  ])('no headline claim in: %s', (text) => {
    expect(found(text).filter(([, content]) => text.startsWith(content ?? '\u0000'))).toEqual([])
  })
})

describe('a name before a role in commas', () => {
  it.each([
    // A role whose prepositional object the lexicon knows as a verb.
    [
      'Jane Roe, an adviser on climate change, said there would be no shift.',
      'Jane Roe',
      'there would be no shift',
    ],
    // A title of two capitalized words before "of".
    [
      'Tom Poe, Chief Executive of the County Trust, said the plan was fair.',
      'Tom Poe',
      'the plan was fair',
    ],
  ])('%s', (text, speaker, content) => {
    expect(found(text)).toContainEqual([speaker, content])
  })
})

// Rules 0.28.0.
describe('an inverted cue whose comma the text lost', () => {
  it.each([
    [
      'Other pressures are making banks turn to new systems said Jane Hirst.',
      'Jane Hirst',
      'Other pressures are making banks turn to new systems',
    ],
    [
      'Regulation remains a political issue said MP John Allan, Liberal Democrat spokesman on IT.',
      'MP John Allan',
      'Regulation remains a political issue',
    ],
  ])('%s', (text, speaker, content) => {
    expect(found(text)).toContainEqual([speaker, content])
  })

  it.each([
    // One capitalised word after the cue, or a verb after the name.
    'Because the operator is linear the rule simply says Af.',
    'The board heard what the chairman said John Smith would do.',
  ])('no claim on the name in: %s', (text) => {
    expect(
      found(text).filter(([, content]) => content !== undefined && text.startsWith(content)),
    ).toEqual([])
  })
})

describe('a record with its source as the speaker', () => {
  it.each([
    [
      'Research by phone maker Acme shows that more people use mobiles.',
      'Research by phone maker Acme',
      'more people use mobiles',
    ],
    [
      'A survey by the firm found that most staff were unhappy.',
      'A survey by the firm',
      'most staff were unhappy',
    ],
    [
      'The research revealed that old files could hold secrets.',
      'The research',
      'old files could hold secrets',
    ],
  ])('%s', (text, speaker, content) => {
    expect(found(text)).toContainEqual([speaker, content])
  })

  it.each([
    // A person's finding stays the person's.
    ['He found that the door was open.', 'He', 'the door was open'],
  ])('%s', (text, speaker, content) => {
    expect(found(text)).toContainEqual([speaker, content])
  })

  it('a record inside a clause is no source', () => {
    expect(found('They read research by Acme and found that it was wrong.')).not.toContainEqual([
      'research by Acme',
      'it was wrong',
    ])
  })
})

describe('"saying" in a progressive or without its comma', () => {
  it.each([
    ['The nurses are saying they want more staff.', 'The nurses', 'they want more staff'],
    ['Ms Roe is saying: "We need answers."', 'Ms Roe', '"We need answers."'],
    [
      'Mr Poe was quoted in the local paper saying: "The plan is dead."',
      'Mr Poe',
      '"The plan is dead."',
    ],
    [
      'Airlines have attacked the tax saying they could be forced to raise fares.',
      'Airlines',
      'they could be forced to raise fares',
    ],
  ])('%s', (text, speaker, content) => {
    expect(found(text)).toContainEqual([speaker, content])
  })

  it.each([
    // No quotation, pronoun clause or "that" after the bare participle.
    'He spent the day saying goodbye to friends.',
    // The speaker is the writer.
    'We are saying nothing new.',
  ])('no claim in: %s', (text) => {
    expect(found(text)).toEqual([])
  })
})
