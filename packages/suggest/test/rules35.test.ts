// Rules 0.35.0 (lexicon 28): evidential nouns and idioms of "one" written from
// the misses of development rounds 34–65 (BBC politics and sport), and the
// learned hedge model kept to what the lexicon has not judged (see
// hedge-model.test.ts). Rules 0.36.0: wrapped lines and court reports, from the
// misses of round 77 (Daily Mail). Every sentence here is invented.
import { suggest } from '@scholion/suggest'
import { describe, expect, it } from 'vitest'
import { splitSentences } from '../src/lib/text/sentences.js'
import { claims } from './helpers/claims.js'
import { cues } from './helpers/cues.js'

describe('allegations and accusations, unproven by what the words say', () => {
  it.each([
    ['The newspaper printed allegations about his business dealings.', 'allegations'],
    ['The party has been damaged by accusations of spin.', 'accusations'],
    ['Postal ballots were hit by delays and some fraud allegations.', 'allegations'],
    ['The allegations, which she denies, are being investigated.', 'allegations'],
  ])('%s', (text, cue) => {
    expect(cues(text)).toContain(cue)
  })

  it("leaves out a named holder's own accusations (an attribution)", () => {
    expect(cues("Mr Hale's accusations are like his sense of fair play.")).toEqual([])
    expect(cues('She stood by her accusations against the board.')).toEqual([])
  })
})

describe('a suspicion with its content', () => {
  it('marks "suspicion that …"', () => {
    expect(
      cues('He lost support amid rumours and suspicion that his deputy was plotting.'),
    ).toContain('suspicion')
  })

  it('leaves out a charge without content', () => {
    expect(cues('He was arrested on suspicion of arson.')).toEqual([])
  })
})

describe('claims disputed, their content before or elsewhere', () => {
  it.each([
    ['The ministry has denied the claims, made in a new book.', 'claims'],
    ['A spokesman also rejected the claims, saying the advice was sound.', 'claims'],
  ])('%s', (text, cue) => {
    expect(cues(text)).toContain(cue)
  })

  it('leaves out claims of money or of asylum', () => {
    expect(cues('Only two in ten asylum seekers had their claims accepted.')).toEqual([])
    expect(cues('A backlog of claims was building up at the agency.')).toEqual([])
  })
})

const figures = (text: string) =>
  suggest(text, { kinds: { hedges: false, attributions: false } }).annotations.flatMap(
    (annotation) => (annotation.kind === 'figure' ? [annotation.spans[0]?.exact] : []),
  )

describe('"one" in idioms of the press, no count', () => {
  it.each([
    'On the one hand the tax will rise; on the other, services improve.',
    'There are positives: on one hand firms gain, on the other they pay.',
    'She got round in one piece and did not disgrace herself.',
    'We cannot do it all in one go.',
    'From day one we have defended this decision.',
    'The centre is a one stop shop for advice.',
    'It leaves behind a slightly empty one trick pony of a game.',
    'The firm holds a patent for its one click shopping service.',
    'He spoke of one nation politics.',
  ])('%s', (text) => {
    expect(figures(text)).toEqual([])
  })

  it('still counts "one" elsewhere', () => {
    expect(figures('One man was hurt and one nation abstained.')).toEqual(['One', 'one'])
    expect(figures('To make one nation out of these would be hard.')).toEqual(['one'])
    expect(figures('They met on day 3 and again one day later.')).toEqual(['3', 'one day'])
  })
})

describe('designations written in lower case', () => {
  it.each([
    'He is accused of breaching section 6 of the code.',
    'Iraq was in breach of UN resolution 1441.',
    'The draw put me in lane seven in the final.',
    'Under clause 4 the party changed its aims.',
  ])('%s', (text) => {
    expect(figures(text)).toEqual([])
  })

  it('still counts a number after a plural or another noun', () => {
    expect(figures('The bill has 12 sections and 3 clauses.')).toEqual(['12', '3'])
  })
})

const attributions = (text: string) =>
  claims(suggest(text)).map((claim) => [claim.speaker?.[0], claim.content[0]])

describe('a line wrapped inside a paragraph (pages scraped with their line breaks)', () => {
  it('does not end the sentence, so its report is read whole', () => {
    const text =
      'Coroner Mike Murphy told NBC News\n that the autopsy was not complete.\n\nIt was a \nshort hearing, said Philip\n Le Shirley, the clerk.'
    expect(attributions(text)).toEqual([
      ['Coroner Mike Murphy', 'the autopsy was not complete'],
      ['Philip\n Le Shirley', 'It was a \nshort hearing'],
    ])
  })

  it('still ends a sentence at a line break after a heading, a period or a blank line', () => {
    expect(splitSentences('Fire at care home\nA woman died, police said.')).toHaveLength(2)
    expect(splitSentences('She left. \nHe stayed.')).toHaveLength(2)
    expect(splitSentences('MARKET REPORT \nprices fell')).toHaveLength(2)
    expect(splitSentences('A line\n\n  an indented one')).toHaveLength(2)
    expect(splitSentences('He told NBC News\n that it was over.')).toHaveLength(1)
    // A line of white space alone between two lines ends the paragraph.
    expect(splitSentences('A line of text \n \nanother line')).toHaveLength(2)
  })
})

describe('what a court, a jury or an inquest heard', () => {
  it.each([
    [
      'An electrician built bombs as a hobby, a court heard.',
      'a court',
      'An electrician built bombs as a hobby',
    ],
    [
      'He learned his skills online, the court heard yesterday.',
      'the court',
      'He learned his skills online',
    ],
    [
      'Hull Crown Court heard Smith had lost his job.',
      'Hull Crown Court',
      'Smith had lost his job',
    ],
    ['But the inquest heard that she had fallen.', 'the inquest', 'she had fallen'],
    [
      "A jury heard the brothers' quiet life was shattered in 1996.",
      'A jury',
      "the brothers' quiet life was shattered in 1996",
    ],
    [
      'Officers found bomb-making equipment, Hull Crown Court was told.',
      'Hull Crown Court',
      'Officers found bomb-making equipment',
    ],
    ['The jury was told that he had lost his job.', 'The jury', 'he had lost his job'],
  ])('%s', (text, speaker, content) => {
    expect(attributions(text)).toEqual([[speaker, content]])
  })

  it('leaves out other hearing', () => {
    expect(attributions('He heard a noise and ran.')).toEqual([])
    expect(attributions("The court heard from the victim's mother.")).toEqual([])
    expect(attributions('The jury heard the case in two days.')).toEqual([])
    expect(attributions('He was told to leave the court.')).toEqual([])
  })
})

describe('currency words before or after the amount (0.36.0)', () => {
  const money = (text: string) =>
    suggest(text, { kinds: { hedges: false, attributions: false } }).annotations.flatMap(
      (annotation) =>
        annotation.kind === 'figure'
          ? [
              [
                annotation.spans[0]?.exact,
                annotation.unit,
                annotation.value,
                annotation.approximator,
              ],
            ]
          : [],
    )

  it('reads "dollars 600m" as "$600m", with its magnitude and approximator', () => {
    expect(money('It went on to gross over dollars 600m (pounds 322m).')).toEqual([
      ['over dollars 600m', 'USD', undefined, 'over'],
      ['pounds 322m', 'GBP', 322_000_000, undefined],
    ])
    expect(money('The films grossed around dollars 91m.')).toEqual([
      ['around dollars 91m', 'USD', 91_000_000, 'around'],
    ])
    expect(money('He made 5.45m euros last year.')).toEqual([
      ['5.45m euros', 'EUR', 5_450_000, undefined],
    ])
  })

  it('leaves weights and amounts in words as they were', () => {
    expect(money('It weighs 5 pounds 3 ounces.')).toEqual([
      ['5 pounds', 'pounds', 5, undefined],
      ['3 ounces', 'ounces', 3, undefined],
    ])
    expect(money('They built a 3m wall.')).toEqual([['3', undefined, 3, undefined]])
  })
})

describe('family and partners, and plural speaker nouns after the verb, as speakers (0.36.0)', () => {
  it.each([
    ['"He loved the stage," said his mother.', 'his mother'],
    ['"We are heartbroken," said her husband.', 'her husband'],
    ['"It is hard to think of anybody not enjoying it," wrote the judges.', 'the judges'],
  ])('%s', (text, speaker) => {
    expect(attributions(text).map(([who]) => who)).toEqual([speaker])
  })
})

describe('a subject of "neither … nor …" opens the clause reported (0.36.0)', () => {
  it('reads the clause after a weak cue', () => {
    expect(
      attributions(
        'Miss Taylor, who has a daughter aged 26, claims neither the cigarette nor the charger came with a manual.',
      ),
    ).toEqual([['Miss Taylor', 'neither the cigarette nor the charger came with a manual']])
  })
})

describe('said of someone, after a quotation (0.36.0)', () => {
  it('takes the quotation, not the words after "of"', () => {
    expect(
      attributions("'The guy just dropped,' McCabe said of Vacca, who was hit in the head."),
    ).toEqual([['McCabe', "'The guy just dropped,'"]])
  })
})

describe('bounds by a verb, "at least" and "up to" before a unit (lexicon 29)', () => {
  it.each([
    ['Sales of her books have exceeded 75 million.', 'exceeded'],
    ['Blogs are everywhere, with at least an estimated five million online.', 'at least'],
    ['Police could close pubs for up to a week.', 'up to'],
    ['Residents may borrow up to the equivalent of 1.5 billion pesetas.', 'up to'],
  ])('%s', (text, cue) => {
    expect(cues(text)).toContain(cue)
  })

  it('leaves out what is no bound', () => {
    expect(cues('Demand exceeded expectations.')).toEqual([])
    expect(cues('At least we tried.')).toEqual([])
    expect(cues('It is up to the voters.')).toEqual([])
  })
})

describe('"suggesting" of an inference (lexicon 29)', () => {
  it('marks an inference from evidence', () => {
    expect(cues('The data shows growth of 0.2%, suggesting a hesitant recovery.')).toContain(
      'suggesting',
    )
    expect(cues('There was a stream of information suggesting rebels were active.')).toContain(
      'suggesting',
    )
  })

  it("leaves out a person's act of saying or proposing", () => {
    expect(cues('He was suspended for allegedly suggesting the law be scrapped.')).toEqual([
      'allegedly',
    ])
    expect(cues('She was right in suggesting that costs would fall.')).toEqual([])
    expect(cues('The report ends by suggesting ways to cut costs.')).toEqual([])
  })
})
