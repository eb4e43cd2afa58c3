import { suggest } from '@scholion/suggest'
import { describe, expect, it } from 'vitest'
import { cues } from './helpers/cues.js'

// Round 13 rules (0.13.0): hedges and figures of argued prose and newswire, by
// class. Every sentence here is invented.

// Hedges with the figures' approximators, as the scorer sees them.
const allCues = (text: string) =>
  suggest(text, { kinds: { attributions: false } }).annotations.flatMap((annotation) =>
    annotation.kind === 'uncertainty' ? [annotation.spans[0]?.exact?.trim()] : [],
  )

const figures = (text: string) =>
  suggest(text, { kinds: { hedges: false, attributions: false } }).annotations.flatMap(
    (annotation) => (annotation.kind === 'figure' ? [annotation.spans[0]?.exact] : []),
  )

describe('hedges of round 13 (scholion-hedges/13)', () => {
  it.each([
    // The speaker's own belief, past, and more verbs of belief.
    ['We felt the levy was no business of the board.', ['felt']],
    ['I always thought the bridge too narrow.', ['thought']],
    ['We had assumed that the council would wait.', ['assumed']],
    ['I reckon the harvest will be late.', ['reckon']],
    // Understanding, memory and viewpoint as limits.
    ['As we understand, the order went to every school.', ['As we understand']],
    ['The fee, as I recall, was ten dollars.', ['as I recall']],
    ['It is a plain matter from my point of view.', ['from my point of view']],
    ['To my way of thinking, the tax is unfair.', ['To my way of thinking']],
    ['In my estimation the cast is too large.', ['In my estimation']],
    // What the writer cannot take for known.
    ['We cannot assume that the mine is safe.', ['cannot assume']],
    ["I can't be sure the count is right.", ["can't be sure"]],
    ['We cannot know whether the talks will resume.', ['cannot know']],
    ['No one can say when the ferry will sail.', ['No one can say']],
    ['Nobody knows exactly how many were hurt.', ['Nobody knows']],
    // The consensus of unnamed others.
    ['It is generally conceded that the navy is the strongest.', ['It is generally conceded']],
    ['The plan is widely acknowledged to be sound.', ['is widely acknowledged']],
    ['It was bruited that the mill would close.', ['It was bruited']],
    ['Rumour has it that the coach will resign.', ['Rumour has it']],
    // An open question or a doubt raised.
    ['Then the question arises, who will pay for it?', ['question arises']],
    ['The delay raises the question whether the dam is safe.', ['raises the question whether']],
    ['There is some doubt about whether the pact will hold.', ['some doubt about whether']],
    ['The leak raised doubts about whether the dam is safe.', ['raised doubts about whether']],
    ['The new figures cast doubt on the forecast.', ['cast doubt on']],
    // An unnamed report without its copula, as in a headline.
    ['Rebels said to hold the northern pass', ['said to']],
    // Impressions, sufficiency, conditions on truth, litotes.
    ['The new mayor sounds like a man in a hurry.', ['sounds like']],
    ['The reserves should be sufficient to cover the loss.', ['should']],
    ['If this was in fact the aim, it failed.', ['If']],
    ['If the reports are true, the mine has flooded.', ['If']],
    ['If this is indeed so, the plan fails.', ['If']],
    ['A strike is not impossible this spring.', ['not impossible']],
    ['Much depends on the improbability that rates will fall.', ['improbability']],
    ['The rise is indicative of weaker demand.', ['indicative of']],
    // Inference from evidence as the subject; epistemic "must" and "cannot have".
    ['The data imply that demand is weak.', ['imply']],
    ['He must have known the risk.', ['must have']],
    ['The author cannot have meant this.', ['cannot have']],
    // Guesses, suppositions and impressions of the speaker; what cannot be told.
    ['I have a hunch the rookie will start.', ['a hunch']],
    ['I imagine most readers will agree.', ['imagine']],
    ['One gets the impression that the cast was tired.', ['gets the impression that']],
    ['There is no telling how long the strike will last.', ['There is no telling']],
    ['The vote came amid suspicions that the count was rigged.', ['suspicions that']],
    // The writer in the third person; hearsay of the writer.
    ['This reviewer suspects the cuts were made late.', ['reviewer suspects']],
    ['To this listener the slow movement dragged.', ['To this listener']],
    ["In this writer's opinion the fee is too high.", ["In this writer's opinion"]],
    ['It is our view that the levy is unfair.', ['It is our view that']],
    ['We understand that the board is split.', ['understand']],
    // Idioms of what is undecided or unlikely.
    ['Only time will tell whether the cut works.', ['time will tell']],
    ["The layoffs put a question mark over the plant's future.", ['question mark over']],
    ['The timetable is still up in the air.', ['up in the air']],
    ['The outcome is far from certain.', ['far from certain']],
    ['Police could not rule out foul play.', ['could not rule out']],
    // An outcome that befalls the subject; a forecast as an attribute.
    ['If it strikes the port, it could find itself at war.', ['could find itself']],
    ['The lender could end up with the loss.', ['could end up']],
    ['The agency revised down expected growth for the year.', ['expected']],
    ['The bank cut expected West German output growth to 2 pct.', ['expected']],
    // "It could" before a verb of effect.
    ['A neutral zone is one answer. It could provide security at no cost.', ['could']],
    // Headlines and newswire.
    ['STATE MAY TRIM AID TO SCHOOLS', ['MAY']],
    ['U.S. MAY CURB AID TO BANKS', ['MAY']],
    ['It reacted to Lisbon reports of a new strike.', ['reports of']],
    ['Protests have become an almost weekly event.', ['almost']],
    [
      'The rise could lift loan rates but should not hit the bond market much.',
      ['could', 'should not hit'],
    ],
  ])('%s', (text, expected) => {
    expect(cues(text)).toEqual(expected)
  })

  it.each([
    ['Say three thousand.', 'Say'],
    ['A fee of, say, 20 dollars would do.', 'say,'],
  ])('takes "say" before a number for an estimate: %s', (text, cue) => {
    expect(cues(text)).toEqual([cue])
  })

  it.each([
    // A wish or a prayer.
    'We pray that the city may find the courage to act.',
    'It is too much to hope that the rule may be changed soon.',
    // A choice open to an agent, in the past, and what no one could have foreseen.
    'The board could have chosen to wait.',
    'The town could have quietly abandoned the plan.',
    'It could have continued paving the road.',
    'No one could have foreseen the flood.',
    // A relative clause after a superlative.
    'It was the least costly step the council could have taken.',
    // An expectation the text contradicts.
    'One might reasonably have expected a longer run.',
    // Attributive "unlikely", the noun "potential" before a number.
    'She is the unlikely heroine of the tale.',
    'The reserve potential twice that size is kept in store.',
    // A look given.
    'The lighting made it appear larger, and the music made the hall seem empty.',
    // A feeling, a manner, a sound.
    'I felt lonely in the new town.',
    'Virtue as we understand the word was rare there.',
    'A strange sound like a muffler came from the yard.',
    // Ability of "it", a document of the budget, a likelihood that varies.
    'The tank was light, and it could reach the ridge first.',
    'The minister defended the spending estimates released on Monday.',
    'The lower the price, the more likelihood there is of a cut.',
    // A condition on an event, "say" as a verb.
    'If it rains, the match is off.',
    'They say 20 people came.',
    'If it is really necessary, we go.',
    'I asked him if it was true.',
    // "couldn't have" in a booster idiom; a deontic "must have".
    "He couldn't have cared less.",
    'Applicants must have completed two years of study.',
    // A comparison with a forecast, and a literal "turn out".
    'Sales rose more than expected growth in May.',
    'They could turn out the lights at ten.',
    // The month in a headline.
    'U.S. HOUSING STARTS ROSE IN MAY',
    'JAPAN MAY TRADE SURPLUS WIDENS',
    // Degree words stay out.
    'The hall is almost always full.',
    // A belief in a question or a condition; a booster; a supposition of the discourse.
    "Don't ask me if I think the mill helps.",
    'One may be sure the council will act.',
    'So we may conceive the whole as one field.',
    // A feeling, a picture imagined, an idiom.
    'I feel so deeply grateful to them.',
    'I imagine a house by the sea.',
    'I understand that, but the fee is high.',
    'He threw the ball up in the air.',
    'The letter to this reviewer was kind.',
    'Be that as it may, the vote stands.',
  ])('takes no hedge in: %s', (text) => {
    expect(cues(text)).toEqual([])
  })

  it('keeps "the unlikely event"', () => {
    expect(cues('In the unlikely event of a strike, the port closes.')).toEqual(['unlikely'])
  })

  it('does not take "at best" right after a verb of appearance for a second cue', () => {
    expect(cues('The plot seems, at best, thin.')).toEqual(['seems'])
  })
})

describe('figures of round 13 (rules 0.13.0)', () => {
  it.each([
    // "twice" as a count or a multiplier.
    ['The town was flooded twice in a decade.', ['twice']],
    ['The reserve is twice that size.', ['twice']],
    // "half" as a noun or a share.
    ['The mill makes half of its parts and buys the other half.', ['half', 'half']],
    ['A cut of 30 mln dlrs, half through taxes, is planned.', ['30 mln dlrs', 'half']],
    ['They back a half and half plan.', ['half', 'half']],
    // Decades in two digits, "one-" before a unit.
    ["The craze of the late '50's faded.", ["50's"]],
    ['The board granted a one-year delay.', ['one-year']],
    // "thrice"; decades of years or of a life.
    ['The bell rang thrice.', ['thrice']],
    ['She is in her fifties, he in his early 40s.', ['fifties', '40s']],
    ['The jazz of the late twenties came back.', ['twenties']],
    // A bound before a glued number with its article.
    ['Prices follow with about a half-year lag.', ['about a half-year']],
  ])('%s', (text, expected) => {
    expect(figures(text)).toEqual(expected)
  })

  it.each([
    // Ordinals in words, "one" for a noun, an idiom.
    'The fifty thousandth visitor came, and then the ten thousand and first.',
    'The plan is the only sane one open to us.',
    'He would think twice about it.',
    'It was a one-sided game.',
    'There were twenties and fifties in the till.',
  ])('takes no figure in: %s', (text) => {
    expect(figures(text)).toEqual([])
  })

  it.each([
    ["The craze of the late '50's faded.", "50's", 'year', 1950, '1950/1959'],
    ['The jazz of the late twenties came back.', 'twenties', 'year', 1920, '1920/1929'],
    ['Sales in the 1930s fell.', '1930s', 'year', 1930, '1930/1939'],
    ['The mayor, now in his early 40s, said no.', '40s', 'age', 40, undefined],
    ['She is in her fifties.', 'fifties', 'age', 50, undefined],
  ])('gives %s a decade of years or of a life', (text, exact, type, first, when) => {
    const figure = suggest(text).annotations.find(
      (annotation) => annotation.kind === 'figure' && annotation.spans[0]?.exact === exact,
    )
    expect(figure).toMatchObject({ numberType: type, atLeast: first, atMost: first + 9 })
    expect(figure?.kind === 'figure' ? figure.when : undefined).toBe(when)
  })

  it('takes no vague quantity of "a few" before digits glued to a noun', () => {
    expect(allCues('They keep a few 30- and 50-ton tanks.')).toEqual([])
  })

  it('takes a year after a bound for the point compared, not a bound', () => {
    expect(figures('Profit was 12 mln, slightly below 1985 levels.')).toEqual(['12 mln', '1985'])
    expect(allCues('Profit was 12 mln, slightly below 1985 levels.')).toEqual([])
  })

  it('reads "over" after a cut as "during"', () => {
    expect(allCues('They plan output cuts of 9 pct over two years.')).toEqual([])
  })
})
