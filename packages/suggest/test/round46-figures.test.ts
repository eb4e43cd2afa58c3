import { suggest } from '@scholion/suggest'
import { describe, expect, it } from 'vitest'

// Round 46 rules (0.23.0): digits of names and codes in technology news, from the
// figure false positives of round 46 (BBC technology stories, read after they
// were scored). Every sentence here is invented.

const figures = (text: string) =>
  suggest(text, { kinds: { hedges: false, attributions: false } }).annotations.flatMap(
    (annotation) => (annotation.kind === 'figure' ? [annotation.spans[0]?.exact] : []),
  )

describe('figures of round 46 (rules 0.23.0): names and codes with digits', () => {
  it.each([
    'Operators hope 3G phones will sell.',
    'The film was shown in 3D on Friday.',
    'Customers on 4G networks pay more.',
    'He filed Form 1040A late.',
    'The regulator set 056 as the area code.',
    'Callers dialled 0845 for help.',
  ])('no figure in: %s', (text) => {
    expect(figures(text)).toEqual([])
  })

  it.each([
    ['He went to bed at 2230GMT.', '2230'],
    ['The phone has 4GB of memory.', '4'],
    ['The session began at 0930 GMT.', '0930'],
    ['Running costs fell to $.054 a mile.', '054'],
    ['Sales rose to 250 units.', '250'],
  ])('still a figure: %s → %s', (text, exact) => {
    expect(figures(text)).toContain(exact)
  })
})
