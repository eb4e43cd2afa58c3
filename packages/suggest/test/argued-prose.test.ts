import { suggest } from '@scholion/suggest'
import { describe, expect, it } from 'vitest'
import { claims } from './helpers/claims.js'

// Attribution frames of argued prose (rules 0.8.0), from invented sentences: the
// ways editorials and reviews attribute, beside the reporting clauses of news.

describe('attribution frames of argued prose', () => {
  it.each([
    // Speaking, writing and insisting with a characterisation as the object.
    [
      'The critic speaks of his "quiet wit", and the book is long.',
      { content: ['his "quiet wit"'], speaker: ['The critic'] },
    ],
    [
      'Doe wrote of the river as "a brown god".',
      { content: ['the river as "a brown god"'], speaker: ['Doe'] },
    ],
    [
      'They insisted on the principle that "every town has a vote".',
      { content: ['the principle that "every town has a vote"'], speaker: ['They'] },
    ],
    // A parenthetical "as" clause: "puts it", dashes, a quotation before it.
    [
      'The mayor shall be, as the charter puts it, "the first servant of the city".',
      { content: ['"the first servant of the city"'], speaker: ['the charter'] },
    ],
    [
      'The plan may be -- as Mr. Doe fears -- "a road to ruin" for the town.',
      { content: ['"a road to ruin"'], speaker: ['Mr. Doe'] },
    ],
    [
      'He wrote to his brother -- "Dear old Tom", as he calls him -- about the farm.',
      { content: ['"Dear old Tom"'], speaker: ['he'] },
    ],
    // A noun of saying after a light verb.
    [
      'She made the tart observation that "nobody listens to a band".',
      { content: ['"nobody listens to a band"'], speaker: ['She'] },
    ],
    [
      'Mr. Doe sums up his judgment of the war this way: "We lost it early."',
      { content: ['"We lost it early."'], speaker: ['Mr. Doe'] },
    ],
    [
      'But a farmer might plant his corn early, and hold out the hope that the rain will come.',
      { content: ['the rain will come'], speaker: ['a farmer'] },
    ],
    // A view the subject takes a position on.
    [
      'But he rejects, perhaps too quickly, the theory that the dam caused the flood.',
      { content: ['the theory that the dam caused the flood'], speaker: ['he'] },
    ],
    // A characterising noun with its owner.
    [
      'Smith\'s reference to Jones as "that careful builder" is apt.',
      { content: ['Jones as "that careful builder"'], speaker: ["Smith's"] },
    ],
    // Characterising verbs with "as", active or passive with a by-agent.
    [
      'The mayor hailed the bridge as a triumph of planning.',
      { content: ['the bridge as a triumph of planning'], speaker: ['The mayor'] },
    ],
    [
      'The new bridge was hailed by a local leader, Dr. John Doe, as having saved "many hours".',
      { content: ['The new bridge', 'having saved "many hours"'] },
    ],
    // Documents that prescribe.
    [
      'The statute does stipulate that "fair notice" shall be given.',
      { content: ['"fair notice" shall be given'], speaker: ['The statute'] },
    ],
    // A third party's possible view, and a letter the writer could write.
    [
      'A large, busy hospital may feel that the demands on its staff are too great.',
      { content: ['the demands on its staff are too great'] },
    ],
    [
      'To his old friend, Tom Doe, Smith could write, "Your letters keep me alive".',
      { content: ['"Your letters keep me alive"'], speaker: ['Smith'] },
    ],
    // Speakers in restrictive relative clauses, generic groups included.
    [
      'The word is an insult to thousands of decent people who somehow imagine that it must be harmful.',
      { content: ['it must be harmful'], speaker: ['thousands of decent people'] },
    ],
    [
      'He scolded those who said he worked "for" the mayor.',
      { content: ['he worked "for" the mayor'], speaker: ['those'] },
    ],
    // An agent noun the lexicon lacks, and a manner adverb before the quotation.
    [
      'Readers know what it is to hear the librarian say apologetically, "We have sold out."',
      { content: ['"We have sold out."'], speaker: ['the librarian'] },
    ],
    // A denial in a gerund after a preposition.
    [
      'After all, John Roe, later convicted of fraud in denying that he took the money, was there.',
      { content: ['he took the money'], speaker: ['John Roe'] },
    ],
    [
      'The board was wrong in denying that the rules applied.',
      { content: ['the rules applied'], speaker: ['The board'] },
    ],
    // Views named as such, like "according to".
    ['In his view, the dam is too old.', { content: ['the dam is too old'], speaker: ['his'] }],
    [
      'The dam, in the opinion of the engineers, is too old.',
      { content: ['The dam', 'is too old'], speaker: ['the engineers'] },
    ],
    // A pseudo-cleft, and objection with a clause.
    [
      'What they have objected to is the attempt of the board to sell the mill.',
      { content: ['the attempt of the board to sell the mill'], speaker: ['they'] },
    ],
    ['He objected that the fee was unfair.', { content: ['the fee was unfair'], speaker: ['He'] }],
    // Judging in quoted words, and crying a quotation out.
    [
      'Speaking of pride, he deplored the officer "whose boots are never shined".',
      { content: ['the officer "whose boots are never shined"'], speaker: ['he'] },
    ],
    [
      'There was no protest from the crowds which lined the quay shouting, "Long live the king"!!',
      { content: ['"Long live the king"'], speaker: ['the crowds'] },
    ],
    [
      'The pickets chanting "No more cuts" marched past.',
      { content: ['"No more cuts"'], speaker: ['The pickets'] },
    ],
  ])('%s', (text, expected) => {
    expect(claims(suggest(text))).toMatchObject([expected])
  })

  it.each([
    ['a topic of speech', 'She spoke of the weather.'],
    ['"puts it" outside an "as" clause', 'He puts it on the table.'],
    ['"hailed" without "as"', 'I hailed his cab at the corner.'],
    ['a passive without an agent', 'The bridge was praised.'],
    ['a refuted thesis (its holders are not named)', 'Doe refuted the theory that prices fall.'],
    ['a view "we" share', 'We share the view that peace matters.'],
    ['a possible view of "one"', 'One might feel that the plan is late.'],
    ['"could write" without a quotation', 'He could write a book.'],
    ["the writer's own aside", 'The plan is, as I write, in ruins.'],
    ['"that" as a determiner after a gerund', 'I must see more before predicting that big year.'],
    ['"in his eyes" (no view)', 'There was a twinkle in his eyes, and he smiled.'],
    ['a view without its comma', 'In his view the dam is old.'],
    ['a pseudo-cleft with an adjective', 'What he said was true.'],
    ['an objection to a thing', 'They objected to the fee.'],
    ['a welcome without quoted words', 'The mayor welcomed the guests.'],
    ['a place that "shouts"', 'Noise filled the hall of the old club shouting "Bravo".'],
    ['a passive "pointed out"', 'It had been patiently pointed out to them that the plan failed.'],
    ['"said little but …"', 'A quiet woman who said little but who worked hard came in.'],
  ])('makes no claim of %s', (_, text) => {
    expect(claims(suggest(text))).toEqual([])
  })

  it('lets "I" take a speaker only when one was named just before', () => {
    const near = claims(suggest('Asked about it, Doe replied, "I would say it is done."'))
    expect(near.every((claim) => claim.speaker?.includes('Doe'))).toBe(true)
    const far = claims(
      suggest(
        `Mr. Roe said the farm was sold. ${'The weather was fine that year. '.repeat(10)}I said the roof was new.`,
      ),
    )
    expect(far.at(-1)?.speaker).toEqual(['I'])
  })
})
