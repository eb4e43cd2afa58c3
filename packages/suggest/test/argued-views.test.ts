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
