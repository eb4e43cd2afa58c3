// Round 13 (attributions): how argued prose — editorials, letters, reviews —
// attributes views, in whole families of cues. Every sentence here is invented.
import { suggest } from '@scholion/suggest'
import { describe, expect, it } from 'vitest'
import { claims } from './helpers/claims.js'

/** The claim of `text` with this content, or `undefined`. */
const claimOf = (text: string, content: string) =>
  claims(suggest(text)).find((claim) => claim.content.join(' … ') === content)

describe('verbs that report a "that" clause, in every tense', () => {
  it.each([
    ['Critics charge that the canal is a waste.', 'Critics'],
    ['Its defenders reply that the canal is a waste.', 'Its defenders'],
    ['The senator concedes that the canal is a waste.', 'The senator'],
    ['The bishops observe that the canal is a waste.', 'The bishops'],
    ['The author supposes that the canal is a waste.', 'The author'],
    ['The Administration understood that the canal is a waste.', 'The Administration'],
    ['Economists generally accept that the canal is a waste.', 'Economists'],
    ['Mr. Lowell surmised that the canal is a waste.', 'Mr. Lowell'],
    ['The farmers grumble that the canal is a waste.', 'The farmers'],
    ['The novelist laments that the canal is a waste.', 'The novelist'],
    ['The court determined that the canal is a waste.', 'The court'],
    ['The engineers do concede that the canal is a waste.', 'The engineers'],
    ['The author concedes, somewhat grudgingly, that the canal is a waste.', 'The author'],
  ])('%s', (text, speaker) => {
    expect(claimOf(text, 'the canal is a waste')?.speaker).toEqual([speaker])
  })

  it('a quotation before its speaker', () => {
    expect(
      claimOf('"The canal is a waste," the senator retorts.', '"The canal is a waste,"')?.speaker,
    ).toEqual(['the senator'])
  })

  it.each([
    'I suggest that the canal is a waste.',
    'We concede that the canal is a waste.',
    'You realize that the canal is a waste.',
    'Suppose that the canal is a waste.',
    'The house rule that no dog may enter is old.',
    'The golden rule that guides us is old.',
    'Federal grants that cover the cost were cut.',
    'The reviewer quarrels with the view which the author implies that it is.',
    'It also implies that the canal is a waste.',
    'The "canal" they respond to is a ditch.',
  ])('no claim in %j', (text) => {
    expect(claims(suggest(text))).toEqual([])
  })
})

describe('knowing without "that", and the causal "as"', () => {
  it.each([
    ['They realize the dam would not hold.', 'the dam would not hold', 'They'],
    [
      'We cannot blame the farmers, as they realize the dam would not hold.',
      'the dam would not hold',
      'they',
    ],
  ])('%s', (text, content, speaker) => {
    expect(claimOf(text, content)?.speaker).toEqual([speaker])
  })

  it('"as everyone knows," stays the writer\'s', () => {
    expect(claims(suggest('As everyone knows, the dam is old.'))).toEqual([])
  })
})

describe('a belief, hope or assumption acted in', () => {
  it.each([
    ['The council acted in the belief that the dam was sound.', 'The council'],
    ['The miners struck in the hope that the dam was sound.', 'The miners'],
    ['Mr. Pryor sold his land under the mistaken impression that the dam was sound.', 'Mr. Pryor'],
    ['The board voted on the assumption that the dam was sound.', 'The board'],
  ])('%s', (text, speaker) => {
    expect(claimOf(text, 'the dam was sound')?.speaker).toEqual([speaker])
  })

  it.each([
    'We acted in the belief that the dam was sound.',
    'The plan was based on the belief that the dam was sound.',
    'Our good nature moves us to write, in the hope that the dam was sound.',
  ])('no claim in %j', (text) => {
    expect(claims(suggest(text))).toEqual([])
  })
})

describe('nouns of believing, fearing and demanding, with their holder', () => {
  it.each([
    ['Their faith that the dam will hold is touching.', 'the dam will hold is touching', 'Their'],
    [
      'The Roman article of faith that the dam will hold is old.',
      'the dam will hold is old',
      'The Roman',
    ],
    [
      "The engineers' suspicion that the dam will fail was right.",
      'the dam will fail was right',
      "The engineers'",
    ],
    ['Their answer was: the dam will hold.', 'the dam will hold', 'Their'],
    ['His reply was, "The dam will hold."', '"The dam will hold."', 'His'],
  ])('%s', (text, content, speaker) => {
    expect(claimOf(text, content)?.speaker).toEqual([speaker])
  })

  it('a cognition noun of "of" is no holder', () => {
    expect(
      claims(suggest('The charter demands recognition of the dam rule that no boat may pass.')),
    ).toEqual([])
  })
})

describe('what is predicted, and views of nations', () => {
  it('"They predicted escalation" — a noun phrase', () => {
    expect(
      claimOf('They predicted escalation, and escalation came.', 'escalation')?.speaker,
    ).toEqual(['They'])
  })

  it('a reduced relative with "convinced that", negated', () => {
    expect(
      claimOf(
        'Envoys of nations as yet not quite convinced that the dam is safe were invited.',
        'the dam is safe were invited',
      )?.speaker,
    ).toEqual(['Envoys of nations'])
  })

  it('an adjective phrase in commas ends at its comma', () => {
    expect(
      claimOf('Voters, convinced that the dam was unsafe, rejected it.', 'the dam was unsafe')
        ?.speaker,
    ).toEqual(['Voters,'])
  })

  it.each([
    ['The village is old, according to the census.', 'the census'],
    ['The village is old, according to legend.', 'legend'],
  ])('records and legends speak: %s', (text, speaker) => {
    expect(claimOf(text, 'The village is old')?.speaker).toEqual([speaker])
  })
})

describe('letters and papers cited in an interrupted statement', () => {
  it.each([
    'What is needed, Ann Pryor writes in the Evening Star (May 3) is a new dam.',
    'What is needed, Ann Pryor writes in her letter of May 3, is a new dam.',
  ])('%s', (text) => {
    expect(claimOf(text, 'What is needed … is a new dam')?.speaker).toEqual(['Ann Pryor'])
  })

  it.each([
    'The flood, he said in reminiscing about the old days, was a disaster.',
    'Though old, I shall consider in this chapter the dam and shall describe it.',
  ])('no citation in %j', (text) => {
    expect(claimOf(text, 'The flood … was a disaster.')).toBeUndefined()
    expect(
      claims(suggest(text)).every((claim) => !claim.content.join(' ').includes('shall describe')),
    ).toBe(true)
  })
})

describe('dialogue: breaking in, and reports inside a quotation', () => {
  it.each([
    ['"No," the interpreter broke in, "the dam is closed."', 'the interpreter'],
    ['"Besides," Ann chimed in, "the dam is closed."', 'Ann'],
    ['"The owner agrees," the translator put in, "that the dam is closed."', 'the translator'],
  ])('%s', (text, speaker) => {
    const found = claims(suggest(text))
    expect(found.some((claim) => claim.speaker?.includes(speaker))).toBe(true)
  })

  it('"He says that …" inside a quotation is a third party\'s report', () => {
    expect(
      claimOf(
        'The guide said: "The dam is old. He says that the dam was built in a hurry."',
        'the dam was built in a hurry',
      )?.speaker,
    ).toEqual(['He'])
  })

  it.each(['He came in late.', 'She put in a good word for him.'])('no claim in %j', (text) => {
    expect(claims(suggest(text))).toEqual([])
  })
})

describe('not held, not said', () => {
  it.each([
    'It is high time the council began to realize that the dam is unsafe.',
    'The dam is said to fear nothing.',
    'Reporters said to fear reprisals stayed home.',
    'He smiled and said a word or two to the guide.',
    'I answered the routine question about the dam.',
    'He answered the letter at once.',
  ])('no claim in %j', (text) => {
    expect(claims(suggest(text))).toEqual([])
  })

  it('a circumstance in commas before "that"', () => {
    expect(
      claimOf(
        'The settlers insisted, through their charter, that the dam was theirs.',
        'the dam was theirs',
      )?.speaker,
    ).toEqual(['The settlers'])
  })

  it('a plural hearer before "that"', () => {
    expect(
      claimOf('He said to reporters that the dam was safe.', 'the dam was safe')?.speaker,
    ).toEqual(['He'])
  })
})

describe('views named by their holder, without a verb of saying', () => {
  it.each([
    ["To Mrs. Pryor's mind, the dam is a folly.", "Mrs. Pryor's"],
    ["In the engineers' view, the dam is a folly.", 'the engineers'],
    ["From Albany's point of view, the dam is a folly.", "Albany's"],
    ['To his mind, the dam is a folly.', 'his'],
    ['In the eyes of the farmers, the dam is a folly.', 'the farmers'],
    ['From the standpoint of the county board, the dam is a folly.', 'the county board'],
    ['As the farmers see it, the dam is a folly.', 'the farmers'],
    ['To the farmers, the dam is a folly.', 'the farmers'],
    ['To him, the dam is a folly.', 'him'],
  ])('%s', (text, speaker) => {
    expect(claimOf(text, 'the dam is a folly')?.speaker).toEqual([speaker])
  })

  it.each([
    'In my view, the dam is a folly.',
    'With the plans mainly in his mind, he built the dam.',
    'From the point of view of cost the best plan was the dam.',
    'Seen from the viewpoint of the farmers, the dam looks small.',
    'To Albany, the trip was long.',
    'To this day, the dam is a folly.',
    'To be sure, the dam is a folly.',
    'I saw it, and left.',
  ])('no claim in %j', (text) => {
    expect(claims(suggest(text))).toEqual([])
  })
})

describe('round 13, after the probe: more frames of the same families', () => {
  it.each([
    [
      'Since a careful reader might well conclude that the dam is old, the essay is long.',
      'the dam is old, the essay is long',
      'a careful reader',
    ],
    [
      'Pride misleads a young engineer into thinking that the dam is safe.',
      'the dam is safe',
      'a young engineer',
    ],
    [
      'The board reached a figure of 9 mln dlrs as estimated by the county auditor.',
      'a figure of 9 mln dlrs',
      'the county auditor',
    ],
    ['The mayor said on local radio the dam is safe.', 'the dam is safe', 'The mayor'],
    ['The union knows well that the dam is safe.', 'the dam is safe', 'The union'],
    [
      'The farmers cited a flood that ruined the crops last year.',
      'a flood that ruined the crops last year',
      'The farmers',
    ],
    [
      'The dam is safe, sales director Ann Pryor said.',
      'The dam is safe',
      'sales director Ann Pryor',
    ],
    [
      'The dam is safe, sources close to the governor said.',
      'The dam is safe',
      'sources close to the governor',
    ],
  ])('%s', (text, content, speaker) => {
    expect(claimOf(text, content)?.speaker).toEqual([speaker])
  })

  it('a participle of naming after a comma judges its object', () => {
    expect(
      claimOf(
        'The critic attacked the dam, branding it a "concrete folly".',
        'it a "concrete folly"',
      )?.speaker,
    ).toEqual(['The critic'])
  })

  it.each([
    'She sang well and said nothing.',
    'No one who has seen the dam can suppose that it is safe.',
    'A recent ruling cites and follows an older one.',
    'Danger cited He warned of floods.',
  ])('no claim in %j', (text) => {
    expect(claims(suggest(text)).filter((claim) => !/^He$/.test(claim.speaker?.[0] ?? ''))).toEqual(
      [],
    )
  })
})

describe('views closing or interrupting the sentence, and "would have us believe"', () => {
  it.each([
    ["The dam is unsafe, in Mr. Pryor's opinion.", 'The dam is unsafe', "Mr. Pryor's"],
    ['The mayor would have us believe that the dam is unsafe.', 'the dam is unsafe', 'The mayor'],
    ['The dam is unsafe. So says the mayor.', 'The dam is unsafe', 'the mayor'],
    ["Mr. Pryor's thesis, briefly, is that the dam is unsafe.", 'the dam is unsafe', "Mr. Pryor's"],
    ['His thesis, of course, is that the dam is unsafe.', 'the dam is unsafe', 'His'],
  ])('%s', (text, content, speaker) => {
    expect(claimOf(text, content)?.speaker).toEqual([speaker])
  })

  it.each(['The dam is unsafe, in my opinion.', 'He changed his mind.'])(
    'no claim in %j',
    (text) => {
      expect(claims(suggest(text))).toEqual([])
    },
  )
})

describe('a reported adjective and noun; a name opening a quotation reports', () => {
  it.each([
    ['The army reported heavy fighting near the dam.', 'heavy fighting near the dam', 'The army'],
    [
      'The engineer added, "Albany knows well that the dam is old and that was the trouble."',
      'the dam is old and that was the trouble',
      'Albany',
    ],
  ])('%s', (text, content, speaker) => {
    expect(claimOf(text, content)?.speaker).toEqual([speaker])
  })
})

describe('wire copy: an employer in apposition, a headline before the dateline', () => {
  it('the speaker before an organisation in apposition', () => {
    expect(
      claimOf(
        'The dam will cost too much, a spokesman for the largest farm union, the NFU, said.',
        'The dam will cost too much',
      )?.speaker,
    ).toEqual(['a spokesman for the largest farm union'])
  })

  it('a participle after a headline and a dateline goes with the subject after the dash', () => {
    expect(
      claimOf(
        'FARMERS HAIL DAM PLAN ALBANY, May 3 - Farmers welcomed the dam plan, saying it would end the floods.',
        'it would end the floods',
      )?.speaker,
    ).toEqual(['Farmers'])
  })
})

describe('passives of arguing with an agent; readiness to say; "in X\'s words"', () => {
  it.each([
    ['It was argued by the critics that the dam is unsafe.', 'the dam is unsafe', 'the critics'],
    [
      'It has been suggested by several engineers that the dam is unsafe.',
      'the dam is unsafe',
      'several engineers',
    ],
    ['The mayor was quick to point out that the dam is unsafe.', 'the dam is unsafe', 'The mayor'],
    ['The mayor was careful to note that the dam is unsafe.', 'the dam is unsafe', 'The mayor'],
    ['In Mrs. Pryor\'s words, "the dam is unsafe."', '"the dam is unsafe."', "Mrs. Pryor's"],
  ])('%s', (text, content, speaker) => {
    expect(claimOf(text, content)?.speaker).toEqual([speaker])
  })

  it('a proposal named by its subject is no claim', () => {
    expect(claims(suggest('A second explanation was suggested by the engineers.'))).toEqual([])
  })
})

describe('judging "as", certainty without doubt, causes alleged, shared views', () => {
  it.each([
    ['The mayor dismissed the charges as nonsense.', 'the charges as nonsense', 'The mayor'],
    ['The mayor defended the dam as the only way out.', 'the dam as the only way out', 'The mayor'],
    ['The senator has no doubt that the dam is unsafe.', 'the dam is unsafe', 'The senator'],
    ['The engineers are agreed that the dam is unsafe.', 'the dam is unsafe', 'The engineers'],
    ['The mayor is under no illusion that the dam is safe.', 'the dam is safe', 'The mayor'],
    [
      'The author attributes the decline of the town to the dam.',
      'the decline of the town to the dam',
      'The author',
    ],
    ["Mrs. Pryor's answer to critics is that the dam is safe.", 'the dam is safe', "Mrs. Pryor's"],
    ['The consensus among engineers is that the dam is unsafe.', 'the dam is unsafe', 'engineers'],
    ['The mayor took the line that the dam is safe.', 'the dam is safe', 'The mayor'],
  ])('%s', (text, content, speaker) => {
    expect(claimOf(text, content)?.speaker).toEqual([speaker])
  })

  it.each([
    'The board dismissed the clerk for theft.',
    'The mayor defended the plan, as did the council.',
    'She attributed it.',
  ])('no claim in %j', (text) => {
    expect(claims(suggest(text))).toEqual([])
  })
})

describe('reviews: present "calls", notes and jackets, "wants us to believe"', () => {
  it.each([
    ['The publishers call it a comedy.', 'it a comedy', 'The publishers'],
    [
      'Its author calls the book "a comedy of errors".',
      'the book "a comedy of errors"',
      'Its author',
    ],
    ['The jacket describes the novel as a comedy.', 'the novel as a comedy', 'The jacket'],
    [
      'The program notes inform us that the finale is a dance.',
      'the finale is a dance',
      'The program notes',
    ],
    ['The author wants us to believe that love is blind.', 'love is blind', 'The author'],
    ['The author would like us to think that love is blind.', 'love is blind', 'The author'],
  ])('%s', (text, content, speaker) => {
    expect(claimOf(text, content)?.speaker).toEqual([speaker])
  })

  it.each(['Call it a day.', 'You may call it a day.', 'We call it a comedy.'])(
    'no claim in %j',
    (text) => {
      expect(claims(suggest(text))).toEqual([])
    },
  )
})

describe('a body with "which", a cue set off by commas, a feeling among its holders', () => {
  it.each([
    [
      'There are some clubs which claim they learned something.',
      'they learned something',
      'some clubs',
    ],
    [
      'The dam will hold for years, they concede, because it is new.',
      'The dam will hold for years',
      'they',
    ],
    [
      'There remains a feeling among engineers that the dam will hold.',
      'the dam will hold',
      'engineers',
    ],
  ])('%s', (text, content, speaker) => {
    expect(claimOf(text, content)?.speaker).toEqual([speaker])
  })

  it.each([
    'The brush moves up and down, the way dentists recommend.',
    'The house which stands on the hill said nothing.',
  ])('no claim in %j', (text) => {
    expect(claims(suggest(text))).toEqual([])
  })
})
