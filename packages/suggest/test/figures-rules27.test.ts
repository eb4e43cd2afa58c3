import { suggest } from '@scholion/suggest'
import { describe, expect, it } from 'vitest'

// Rules 0.27.0: version and edition numbers of names, and places in a chart, from
// the figure false positives of round 48 (BBC technology stories, read after they
// were scored) and of the development rounds. Every sentence here is invented.

const figures = (text: string) =>
  suggest(text, { kinds: { hedges: false, attributions: false } }).annotations.flatMap(
    (annotation) => (annotation.kind === 'figure' ? [annotation.spans[0]?.exact] : []),
  )

describe('a version or edition number after a name', () => {
  it.each([
    'Critics said Media Player 10 took the prize.',
    'Fans say that Halo 2 has sold well.',
    'She hosted the Top 20 Video Countdown.',
    'The studio delayed Gran Turismo 4 for the new console.',
    'The game runs on the PlayStation 2.',
    'Readers chose the Fiat 500 as their car.',
    'The proof follows from Theorem 12 and its corollary.',
  ])('no figure in: %s', (text) => {
    expect(figures(text)).toEqual([])
  })

  it.each([
    // A count or a measure after a place, a unit after the number.
    ['In the UK 69% of those asked agreed.', '69%'],
    ['Output in Scotland rose, and in Wales 12 firms closed.', '12'],
    ['Aquino came to power 16 months ago.', '16 months'],
    // A value in a list.
    ['The poll put Labour 35, Conservatives 33.', '33'],
    // A day after a month, a person's score, a possessive.
    ['The vote is on March 31.', '31'],
    ['Mr Smith 14 and Mr Jones 26 were tied.', '14'],
    ["Venezuela's 450 creditor banks met.", '450'],
    // A word opening the sentence that is no name.
    ['Serves 12.', '12'],
    ['Over 400 firms gave money.', 'Over 400'],
    ['(Divide 50 by the result.)', '50'],
  ])('%s → %s', (text, figure) => {
    expect(figures(text)).toContain(figure)
  })
})

describe('a place in a chart is a rank', () => {
  it.each(['The game came in at number seven.', 'The film moved into number eight.'])(
    'no figure in: %s',
    (text) => {
      expect(figures(text)).toEqual([])
    },
  )

  it('a number of things still counts', () => {
    expect(figures('A number of 12 boats sank.')).toContain('12')
  })
})
