import { suggest } from '@scholion/suggest'
import { describe, expect, it } from 'vitest'

// Rules 0.29.0: the numbers of names a story repeats, model numbers written
// without their thousands comma, digits of a character reference and more places
// in a chart, from the figure false positives of rounds 50–53 (BBC technology
// stories, read after they were scored). Every sentence here is invented.

const figures = (text: string) =>
  suggest(text, { kinds: { hedges: false, attributions: false } }).annotations.flatMap(
    (annotation) => (annotation.kind === 'figure' ? [annotation.spans[0]?.exact] : []),
  )

describe("a name's number that the text repeats", () => {
  it.each([
    'Fans queued for Dark Tower 3 overnight. Dark Tower 3 pirates were banned.',
    'The Amstrad 128 sold well. Owners of the Amstrad 128, launched in 1985, still meet.',
    'Since the Zeta 1, speed has soared. The Zeta 1 was slow.',
    'Download Swiftfox 1.0 today, as Swiftfox 1.0 keys are free.',
  ])('no figure in: %s', (text) => {
    expect(figures(text)).toEqual(['1985'].filter((year) => text.includes(year)))
  })

  it.each([
    // Said once, the number needs a verb, a capital or the end after it.
    ['Fans queued for Dark Tower 3 pirates.', ['3']],
    // A year that dates an event's edition stays a figure, however often.
    ['Sales rose at Euro 2004. Euro 2004 was a success.', ['2004', '2004']],
    // A count after a place, repeated with its unit.
    [
      'In Wales 12 per cent agreed, and in Wales 12 per cent did not.',
      ['12 per cent', '12 per cent'],
    ],
  ])('%s → %j', (text, expected) => {
    expect(figures(text)).toEqual(expected)
  })
})

describe('a model number without its thousands comma', () => {
  it.each([
    'Owners of the 7610 phone were warned.',
    "It locks many of the 7610's functions.",
    'The machine has an Athlon 3500+ processor.',
    'You will need a Nokia 3220 handset.',
    'The file is called 7610.extended.theme.zip.',
    'We sat in a caf&#233; all day.',
    'Users text the word PUB to 85130.',
    'The firm announced that version 2.1 of the browser is out.',
  ])('no figure in: %s', (text) => {
    expect(figures(text)).toEqual([])
  })

  it.each([
    // Counts, times and years keep their figure.
    ['Some 3000 people died that day.', 'Some 3000'],
    ['The game starts at 1230 GMT.', '1230'],
    ['The 1611 version reads differently.', '1611'],
    ['A 2333 point index moved.', '2333'],
    ['The engine turns at 5000 rpm.', '5000'],
    ['The estate sold for $25000.', '$25000'],
  ])('%s → %s', (text, figure) => {
    expect(figures(text)).toContain(figure)
  })
})

describe('places in a chart', () => {
  it.each([
    // The places moved are a count; the place reached is a rank.
    ['The game dropped one place to five.', ['one']],
    ['Two titles debuted at number 11 and 12 respectively.', ['Two']],
    // A count after "to" without a place.
    ['Staff numbers fell to five.', ['five']],
  ])('%s → %j', (text, expected) => {
    expect(figures(text)).toEqual(expected)
  })
})
