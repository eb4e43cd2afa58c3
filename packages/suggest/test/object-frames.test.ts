import { suggest } from '@scholion/suggest'
import { describe, expect, it } from 'vitest'
import { claims } from './helpers/claims.js'

// Frames of src/lib/attributions/object-frames.ts, from invented sentences.

describe('attribution frames with the speaker or content out of place', () => {
  it.each([
    // A saying verb opening the sentence, the speaker after it.
    [
      'Said Captain Ross: "We sail at dawn."',
      { content: ['"We sail at dawn."'], speaker: ['Captain Ross'] },
    ],
    [
      'Says the mayor, "The river never lies."',
      { content: ['"The river never lies."'], speaker: ['the mayor'] },
    ],
    // The persuaded holds the belief.
    [
      'The long meeting convinced the senator that the plan was sound.',
      { content: ['the plan was sound'], speaker: ['the senator'] },
    ],
    [
      'Two hours of talk persuaded them that a strike would fail.',
      { content: ['a strike would fail'], speaker: ['them'] },
    ],
    // A prepositional object as what is said.
    [
      'Farmers grumble about low prices and the cost of feed.',
      { content: ['low prices and the cost of feed'], speaker: ['Farmers'] },
    ],
    [
      'Doctors point to the rich diet of the valley.',
      { content: ['the rich diet of the valley'], speaker: ['Doctors'] },
    ],
    // A parenthetical "as" clause before a quotation.
    [
      'He is fast because, as a doctor explained, "the dogs never catch him", and he trains daily.',
      { content: ['"the dogs never catch him"'], speaker: ['a doctor'] },
    ],
    [
      'The mayor was full of plans, as he had hinted upon his return: "We will build a bridge."',
      { content: ['"We will build a bridge."'], speaker: ['he'] },
    ],
    // A parenthetical "as"/"so" clause between commas: the sentence around it.
    [
      'There are, so my doctor friends tell me, three kinds of fever.',
      { content: ['There are', 'three kinds of fever'], speaker: ['my doctor friends'] },
    ],
    [
      'The plan, as the mayor said, will fail.',
      { content: ['The plan', 'will fail'], speaker: ['the mayor'] },
    ],
    [
      'As the mayor said, the plan will fail.',
      { content: ['the plan will fail'], speaker: ['the mayor'] },
    ],
    // A progressive.
    [
      'The board was agreeing with its lawyers that the suit might be dropped.',
      { content: ['the suit might be dropped'], speaker: ['The board'] },
    ],
    [
      'Officials are insisting that the dam is safe.',
      { content: ['the dam is safe'], speaker: ['Officials'] },
    ],
  ])('%s', (text, expected) => {
    expect(claims(suggest(text))).toMatchObject([expected])
  })

  it.each([
    ['evidence pointing', 'The figures point to a rise in sales.'],
    ['"point" as a noun before an infinitive', 'The opera had a heroic point to keep it going.'],
    ['a gesture in the past', 'He pointed to the door.'],
    ['a persuasion without a clause', 'The salesman persuaded the farmer to buy a tractor.'],
    ["the writer's own conviction", 'The evidence convinced me that he was right.'],
    ['shared knowledge in an "as" clause', 'As all the neighbours know, the mill closes at noon.'],
    ['a negative subject', 'Nobody grumbled about the food.'],
    ['an "as" clause without a speaker', 'He is, as expected, late.'],
    ['"tell" without a statement', 'I will tell you a story. Tell me what you saw.'],
  ])('makes no claim of %s', (_, text) => {
    expect(claims(suggest(text))).toEqual([])
  })
})
