/**
 * Finding figures: numbers with their approximators, units, bounds and types.
 */

import { lexiconTags } from '../attributions/word-classes.js'
import { lower, type Token, tokenize } from '../text/tokens.js'
import { isNumberWord, magnitudeWords, parseNumberWords } from './number-words.js'

/**
 * What sort of number a figure is (the model's `numberType` values this finder uses).
 *
 * @example
 * const type: FoundNumberType = 'percentage'
 */
export type FoundNumberType =
  | 'count'
  | 'year'
  | 'date'
  | 'duration'
  | 'age'
  | 'percentage'
  | 'money'
  | 'ordinal'
  | 'measure'
  | 'other'

/**
 * A figure found in the text, before it becomes an annotation. Offsets are
 * UTF-16 code units of the reading text, half-open.
 *
 * @example
 * const found: FoundFigure = {
 *   start: 0, end: 15, numberStart: 10, numberEnd: 15, atLeast: 2001,
 *   approximator: 'more than', approximatorEnd: 9, vague: false, numberType: 'count', confidence: 0.95,
 * }
 */
export interface FoundFigure {
  /** Start of the whole figure, approximator included. */
  readonly start: number
  /** End of the whole figure, unit included ("10 per cent", "22 months"). */
  readonly end: number
  /** Start of the number itself (after the approximator). */
  readonly numberStart: number
  /** End of the number itself (before the unit). */
  readonly numberEnd: number
  /** Point value, when there is one. */
  readonly value?: number
  /** Lower bound, inclusive. */
  readonly atLeast?: number
  /** Upper bound, inclusive. */
  readonly atMost?: number
  /** The approximating words, lower-cased ("more than"). */
  readonly approximator?: string
  /** End of the approximator span (it starts at `start`), when there is one before the number. */
  readonly approximatorEnd?: number
  /** True for quantities without a point value ("tens of thousands"). */
  readonly vague: boolean
  /** Unit: "percent", "USD", "year", "month", "mile", … */
  readonly unit?: string
  /** Number type. */
  readonly numberType: FoundNumberType
  /** What is counted, as the next words say ("Bulgarians"). */
  readonly counted?: string
  /** For years: ISO 8601 year or year interval ("1953", "1930/1939"). */
  readonly when?: string
  /** How sure the rule that found it is, in [0, 1]. */
  readonly confidence: number
}

// Approximators, lower-cased word sequences, with what they do to the bounds:
// `above` and `below` are strict ("more than 2,000" → at least 2,001 for whole
// numbers), `atLeast`/`atMost` inclusive, `point` keeps the value as an estimate,
// `nearly` is an estimate from below (value, and at most the value).
type ApproximatorEffect = 'above' | 'below' | 'atLeast' | 'atMost' | 'point' | 'nearly'
const approximatorsBefore: ReadonlyArray<readonly [string, ApproximatorEffect]> = [
  // Near bounds and places on a scale of press reportage (round 10): "just below
  // 2 pct", "slightly above 1,000", "in the region of 500 mln", "little more than
  // 40" (longer phrases first: "little more than" before "more than").
  ['just above', 'above'],
  ['just below', 'below'],
  ['slightly more than', 'above'],
  ['slightly less than', 'below'],
  ['slightly above', 'above'],
  ['slightly below', 'below'],
  ['slightly over', 'above'],
  ['slightly under', 'below'],
  ['a shade over', 'above'],
  ['a shade under', 'below'],
  ['little more than', 'above'],
  ['little over', 'above'],
  ['just shy of', 'below'],
  ['in the region of', 'point'],
  ['in the order of', 'point'],
  ['of the order of', 'point'],
  // A cap or floor stated as such: "up to a maximum of 200 hours", "a minimum of 10".
  ['up to a maximum of', 'atMost'],
  ['a maximum of', 'atMost'],
  ['a minimum of', 'atLeast'],
  // Without "of" before a number in digits or words, as wire copy writes it
  // (round 10): "a minimum eight billion dlr surplus".
  ['a maximum', 'atMost'],
  ['a minimum', 'atLeast'],
  ['no more than', 'atMost'],
  ['not more than', 'atMost'],
  ['no fewer than', 'atLeast'],
  ['no less than', 'atLeast'],
  ['not less than', 'atLeast'],
  ['more than', 'above'],
  ['less than', 'below'],
  ['fewer than', 'below'],
  ['at least', 'atLeast'],
  ['at most', 'atMost'],
  ['up to', 'atMost'],
  ['as many as', 'atMost'],
  ['as much as', 'atMost'],
  ['as few as', 'atLeast'],
  // "have ranged as high as $200,000": a bound stated as an upper estimate.
  ['as high as', 'atMost'],
  ['as great as', 'atMost'],
  ['as large as', 'atMost'],
  ['as low as', 'atLeast'],
  ['as little as', 'atLeast'],
  ['upwards of', 'above'],
  ['upward of', 'above'],
  ['better than', 'above'],
  // Estimates as a place on a scale: "costs in the neighborhood of $250,000".
  ['in the neighborhood of', 'point'],
  // British spelling and a place in a range (round 11): "in the neighbourhood of
  // 50 mln stg", "in the range of 40 dlrs".
  ['in the neighbourhood of', 'point'],
  ['in the range of', 'point'],
  ['something like', 'point'],
  ['more or less', 'point'],
  ['nearer to', 'point'],
  ['nearer', 'point'],
  ['close on', 'nearly'],
  ['in the vicinity of', 'point'],
  ['on the order of', 'point'],
  ['in excess of', 'above'],
  ['just over', 'above'],
  ['well over', 'above'],
  ['just under', 'below'],
  ['well under', 'below'],
  // "well" before a bound keeps it open: "until well after 4 p.m.", "well above
  // 90 degrees", "well before 1950" (a bare "after 4 p.m." is exact, no figure's hedge).
  ['well above', 'above'],
  ['well beyond', 'above'],
  ['well past', 'above'],
  ['well after', 'above'],
  ['well below', 'below'],
  ['well before', 'below'],
  ['close to', 'nearly'],
  ['an estimated', 'point'],
  ['estimated', 'point'],
  // Forecasts as estimates (round 11): "with a forecast 27.3 mln tonnes output",
  // "a projected 5 pct rise", "an expected 2 pct decline".
  ['a forecast', 'point'],
  ['a projected', 'point'],
  ['a predicted', 'point'],
  ['an expected', 'point'],
  ['an anticipated', 'point'],
  ['approximately', 'point'],
  ['roughly', 'point'],
  ['about', 'point'],
  ['around', 'point'],
  ['some', 'point'],
  ['nearly', 'nearly'],
  ['almost', 'nearly'],
  // Before a magnitude: "a few hundred thousand", "several hundred".
  ['a few', 'point'],
  ['several', 'point'],
  ['over', 'above'],
  ['under', 'below'],
  // Bounds of a level (round 11): "oil slipped below 10 dlrs", "kept above 1.80
  // marks"; not a difference ("$1.5 billion above the record", "5 pct above 1985").
  ['above', 'above'],
  ['below', 'below'],
  ['only', 'point'],
]
// Function words of an all-capitals headline before a number, which no catalogue
// or model code is: "NO OIL FOR 4 MONTHS", "PROFIT UP 25".
const headlineFunctionWords =
  /^(FOR|TO|ON|IN|OF|BY|AT|FROM|UP|DOWN|OVER|UNDER|ABOUT|AROUND|NEAR|NEARLY|ALMOST|ABOVE|BELOW|WITH|AND|OR|THE|ITS|SOME|VS|PER|TOP|TOPS|HIT|HITS|RAISES|CUTS|SEES|SAYS|RISE|RISES|ROSE|FALL|FALLS|FELL|GAIN|GAINS|LOSE|LOSES)$/

// Units and counted things in capitals after a number in such a headline ("14
// PCT", "4 MONTHS", "500 MLN"); a product noun after a model number ("757 JETS")
// is not one of them.
const headlineUnits =
  /^(PCT|PERCENT|MLN|BLN|MILLION|BILLION|TRILLION|THOUSAND|DLRS?|CTS|STG|YEN|MARKS|FRANCS|TONNES|TONS|BARRELS|BPD|BUSHELS|BALES|BAGS|OUNCES|SHARES|MONTHS?|YEARS?|WEEKS?|DAYS?|HOURS?|POINTS?|JOBS|WORKERS|EMPLOYEES|STORES|PLANTS|BANKS|PEOPLE|NATIONS|COUNTRIES|PCT\.)$/

// Bounds and estimates that may stand before an article and a number in digits:
// "at least a 50.1 pct stake", "nearly a 3 pct drop".
const boundsBeforeArticle = new Set([
  'at least',
  'at most',
  'about',
  'around',
  'roughly',
  'approximately',
  'nearly',
  'almost',
  'close to',
  'more than',
  'less than',
  'up to',
  'just over',
  'just under',
  'well over',
  'well under',
  'no less than',
  'no more than',
  'not less than',
  'not more than',
  'an estimated',
  'as much as',
])
// "only" is no approximator, but listed so the span does not start inside it;
// it is dropped again below.
const notApproximators = new Set(['only'])

// Words after which "about" is a preposition ("done about two charges", "worried
// about three cases"). Verbs of saying are not listed: "police said about 200
// were held" is an estimate.
const aboutGovernors =
  /^(do|does|did|done|doing|talk|talks|talked|talking|worry|worried|worrying|concerned|care|cared|complain|complained|complaining|argue|argued|arguing|joke|joked|think|thinking|thought|wrote|written|writing|spoke|speak|speaking|upset|curious|protest|protested|what|how|nothing|something|anything)$/

// Words after which "over" means "ahead of", "in preference to" or "in charge
// of", not "more than": "promoted over six captains", "chosen over two rivals", "a
// victory over three teams", "presided over 40 meetings". Verbs of increase are not
// listed: "rose over 10 per cent" is a bound.
const overGovernors =
  /^(promoted|catapulted|elevated|chosen|selected|preferred|picked|favored|favoured|appointed|victory|victories|triumph|triumphs|edge|advantage|precedence|priority|preside|presides|presided|presiding|reign|reigns|reigned|ruled)$/

// Words that end a figure before "above" or "below": the figure is a difference
// from a level, and the number after it the level ("50,000 bpd above the quota",
// "$1.5 billion above 1960's record"), no bound (round 11).
const differenceBefore =
  /\d|^(pct|percent|per|cent|%|points?|cents?|cts|dlrs?|dollars?|degrees?|feet|foot|yards?|meters?|metres?|miles?|tonnes?|tons?|barrels?|bpd|marks?|yen|francs?|stg|pounds?|billion|million|mln|bln|thousand|times|far|well|way|much|slightly|just|somewhat|little|shade)$/

// Units without a plural "s" after which "or more", "or less" may follow, as after
// a plural noun: "20 pct or more of the shares", "50 mln stg or less" (round 11).
const singularUnits = /^(pct|percent|stg|yen|mln|bln|million|billion|thousand|dlr|cent)$/

// Verbs of movement before "up to": "sales would go up to six billion crowns from
// 3.65 billion" is a change to a value, no bound (round 11).
const movementGovernors = /^(go|goes|went|gone|going|move|moves|moved|moving)$/

// Words of change, after which "over" before a duration means "during": "the
// changes over ten years", "prices rose sharply over two decades".
const changeWords =
  /^(change|changes|changed|changing|rise|rises|rose|risen|grew|grown|growth|increase|increases|increased|decline|declines|declined|fell|fallen|drop|drops|dropped|doubled|tripled|evolved|evolution|shift|shifts|shifted|improved|improvement|improvements|gained|climbed|development|trend|trends|cut|cuts|reduction|reductions|reduce|reduced|decrease|decreases|decreased|gains|losses|expansion|falls|fall|slowdown|savings)$/
// Prepositions before "over" that keep it a bound: "for over ten years", "in over
// a decade".
const boundPrepositions = /^(for|in|after|within|of|than|since|by|to)$/

// Whether "over" at token `over`, before the number whose core ends at `coreEnd`,
// means "during": the number is a duration (not an age, "over ten years old"),
// and a word of change comes earlier in the clause, within eight words, while the
// word right before "over" is no preposition ("for over ten years" is a bound).
function overMeansDuring(tokens: readonly Token[], over: number, coreEnd: number): boolean {
  const unit = lower(tokens[coreEnd])
  const singular = unit.replace(/s$/, '')
  if (!durationUnits.has(singular) && !durationUnits.has(unit)) return false
  if (lower(tokens[coreEnd + 1]) === 'old') return false
  if (boundPrepositions.test(lower(tokens[over - 1]))) return false
  for (let at = over - 1; at >= Math.max(0, over - 8); at--) {
    const token = tokens[at]
    if (token === undefined || /^[.?!;:,]$/.test(token.text)) break
    if (changeWords.test(lower(token))) return true
  }
  return false
}

// Approximators after the number: "30 or so", "200 or more".
const approximatorsAfter: ReadonlyArray<readonly [string, ApproximatorEffect]> = [
  ['or so', 'point'],
  ['or more', 'atLeast'],
  ['or less', 'atMost'],
  ['odd', 'point'],
]

/** A decade written in two digits or in words: "'50s", "40s", "fifties". */
const shortDecade =
  /^(\d0['’]?s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$/i

// Plural magnitudes used as vague quantities, with their bounds: "hundreds" means
// at least one hundred and fewer than a thousand; "dozens" at least two dozen;
// "scores" at least two score.
// Numbers of digits as vague magnitudes (round 11): "in double figures" is 10 to 99.
const digitCounts: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['single', [1, 9]],
  ['double', [10, 99]],
  ['triple', [100, 999]],
])

const vagueMagnitudes: ReadonlyMap<string, readonly [number, number | undefined]> = new Map([
  ['tens', [10, 99]],
  ['dozens', [24, 143]],
  ['scores', [40, undefined]],
  ['hundreds', [100, 999]],
  ['thousands', [1e3, 9999]],
  ['millions', [1e6, 1e9 - 1]],
  ['billions', [1e9, 1e12 - 1]],
])

// Units after a number. Durations and ages need the number before them; measures
// take what the model calls `measure`.
const durationUnits = new Map([
  ['second', 'second'],
  ['minute', 'minute'],
  ['hour', 'hour'],
  ['day', 'day'],
  ['week', 'week'],
  ['month', 'month'],
  ['year', 'year'],
  ['decade', 'decade'],
  ['century', 'century'],
  ['centuries', 'century'],
])
const measureUnits = new Set([
  'mile',
  'miles',
  'foot',
  'feet',
  'inch',
  'inches',
  'yard',
  'yards',
  'acre',
  'acres',
  'ton',
  'tons',
  'pound',
  'pounds',
  'ounce',
  'ounces',
  'gallon',
  'gallons',
  'degree',
  'degrees',
  'kilometre',
  'kilometres',
  'kilometer',
  'kilometers',
  'metre',
  'metres',
  'meter',
  'meters',
  'mph',
  'km',
  'lb',
  'lbs',
  'bushels',
  'barrels',
  'square',
])
const moneyWords = new Map([
  ['dollar', 'USD'],
  ['dollars', 'USD'],
  ['cent', 'USD'],
  ['cents', 'USD'],
  // Wire-copy abbreviations (round 9): "1.5 mln dlrs", "15 cts a share", "456 mln stg".
  ['dlr', 'USD'],
  ['dlrs', 'USD'],
  ['ct', 'USD'],
  ['cts', 'USD'],
  ['stg', 'GBP'],
  ['yen', 'JPY'],
  ['pound sterling', 'GBP'],
  // 0.36.0: "5.45m euros" (round 75).
  ['euro', 'EUR'],
  ['euros', 'EUR'],
])

// 0.36.0: currency words written before the amount, where a sign stood in the
// source ("grossed over dollars 600m (pounds 322m)", as some archives of the press
// spell "$600m (£322m)"; round 75).
const currencyWordsBefore: ReadonlyMap<string, string> = new Map([
  ['dollars', 'USD'],
  ['pounds', 'GBP'],
  ['euros', 'EUR'],
])

/** The currency of a currency word right before the number at `index`, if any. */
function currencyBefore(tokens: readonly Token[], index: number): string | undefined {
  const word = tokens[index - 1]
  if (word === undefined || word.kind !== 'word' || !/^\d/.test(tokens[index]?.text ?? ''))
    return undefined
  // "5 dollars 20 cents" is an amount in words after the number.
  if (/^\d/.test(tokens[index - 2]?.text ?? '')) return undefined
  return currencyWordsBefore.get(lower(word))
}

const months = new Set([
  'jan',
  'jan.',
  'january',
  'feb',
  'feb.',
  'february',
  'mar',
  'mar.',
  'march',
  'apr',
  'apr.',
  'april',
  'may',
  'june',
  'jun',
  'jun.',
  'july',
  'jul',
  'jul.',
  'aug',
  'aug.',
  'august',
  'sept',
  'sept.',
  'sep.',
  'september',
  'oct',
  'oct.',
  'october',
  'nov',
  'nov.',
  'november',
  'dec',
  'dec.',
  'december',
])

// Units, magnitudes and time zones that may be glued to a number in capitals:
// "4GB", "2GHz", "10M", "2230GMT", "1990S" (a decade in a headline).
const gluedUnits =
  /^(GMT|BST|UTC|CET|EST|EDT|PST|PDT|ET|AM|PM|MB|GB|KB|TB|MBPS|Mbps|GBPS|Gbps|KBPS|Kbps|GHZ|GHz|MHZ|MHz|KHZ|kHz|HZ|Hz|KW|kW|MW|GW|KWH|kWh|MWH|MWh|W|V|BC|AD|C|F|K|M|MN|BN|B|S|TH|ST|ND|RD|CC|HP|MPH|KM|KG|MM|CM|ML|L|LB|LBS|OZ|FT|IN|T)$/

// Words after a number that make it a time of day: "0530 GMT", "0930 hours".
const timeWords = /^(GMT|BST|UTC|CET|EST|EDT|PST|ET|hours|hrs|h|am|pm|GMT\.)$/

// Words after which a number is an identifier, not a quantity: "House Bill 332",
// "Route 40", "No. 1", "Room 101". Lower-cased.
const identifierWords = new Set([
  'bill',
  'route',
  'highway',
  'hwy',
  'interstate',
  'no',
  'no.',
  'number',
  'room',
  'district',
  'precinct',
  'ward',
  'chapter',
  'section',
  'article',
  'amendment',
  'box',
  'channel',
  'flight',
  'station',
  'page',
  'local',
  'apt',
  'suite',
  'lot',
  'pier',
  'gate',
  'platform',
  'act',
  'resolution',
  'psalm',
  'psalms',
  'item',
  'exhibit',
  'plan',
  'unit',
  'post',
  'division',
  'troop',
  'company',
  'battalion',
  'squad',
  'engine',
  'ladder',
  'hb',
  'sb',
  'h.b.',
  's.b.',
  'model',
  'type',
  'mark',
  'grade',
  'class',
  'level',
  'zone',
  'region',
  'area',
  'figure',
  'table',
  'fig',
  'vol',
  'volume',
  // "Common Pleas Court 7", "Building 3": a numbered room or place of a proper name.
  'court',
  'courtroom',
  'building',
  'hangar',
  'berth',
  // Numbered wars, forces, laws and works: "World War 1", "Task Force 12", "Public
  // Law 480", "Opus 27".
  'opus',
  'war',
  'force',
  'fleet',
  'corps',
  'squadron',
  'group',
  'law',
])
// Abbreviations, before their period, that a designation's number follows.
const abbreviatedIdentifiers = new Set([
  'no',
  'nos',
  'op',
  'opp',
  'vol',
  'vols',
  'fig',
  'figs',
  'p',
  'pp',
  'chap',
  'ref',
])
// Catalogues of a composer's works, before a work's number: Köchel (Mozart),
// Deutsch (Schubert), Hoboken (Haydn), the Bach-Werke-Verzeichnis; case-sensitive.
const catalogueAbbreviations = /^(K|KV|D|Hob|BWV)$/
// Ordinals in words, compounded: "twenty-first", "Fifty-fifth".
const compoundOrdinal =
  /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)$/i
// Titles before a ruler's name, which takes a regnal number: "King Olaf 5",
// "Pope Pius 12" (Brown writes Roman numerals as digits).
const regnalTitles = new Set([
  'king',
  'queen',
  'pope',
  'emperor',
  'empress',
  'czar',
  'tsar',
  'kaiser',
  'shah',
  'sultan',
  'prince',
  'princess',
  'duke',
  'duchess',
])
// Lexicon tags of a word that "one" can count: "the one pass", "any one banker",
// "each one plan", "this one season".
const nounishTags = new Set(['Singular', 'Actor', 'Infinitive', 'Duration'])
// Before "one day", these make it "some day": "would one day appear".
const modalsBeforeOneDay = /^(will|would|shall|should|may|might|could|must|can|perhaps|maybe)$/
// Golf clubs are named by number: "a seven-iron shot", "his 3-wood".
const clubWords = /^(iron|irons|wood|woods)$/
// Determiners after which "one" before a noun is a numeral ("any one banker",
// "the one pass", "this one game"), though "any one", "the one" alone are pronouns.
// ("no one" stays a pronoun: "no one fed the cat"; "some one" is left to "some".)
const determinersBeforeOne = new Set(['the', 'any', 'every', 'each', 'this', 'that', 'which'])
// Words that open a clause, after which "one" may be its subject: "if one wishes".
const clauseOpeners = new Set([
  'if',
  'when',
  'whenever',
  'unless',
  'until',
  'because',
  'since',
  'as',
  'while',
  'once',
  'where',
  'wherever',
  'though',
  'although',
])
// Singular nouns in -s that may follow a numeral "one": "once one means of escape".
const singularsInS = new Set(['means', 'news', 'lens', 'corps', 'canvas', 'atlas', 'works'])
// Books of the Bible, as cited with chapter and verse ("John 3: 16").
const bibleBooks = new Set(
  'genesis exodus leviticus numbers deuteronomy joshua judges ruth samuel kings chronicles ezra nehemiah esther job psalm psalms proverbs ecclesiastes isaiah jeremiah lamentations ezekiel daniel hosea joel amos obadiah jonah micah nahum habakkuk zephaniah haggai zechariah malachi matthew mark luke john acts romans corinthians galatians ephesians philippians colossians thessalonians timothy titus philemon hebrews james peter jude revelation revelations'.split(
    ' ',
  ),
)
// Whether the number at `index` is part of a chapter-and-verse reference: after a
// book name, within a run of numbers, colons, hyphens and commas that has a colon
// right after its first number ("Romans 3: 10-12, 23").
function inBibleReference(tokens: readonly Token[], index: number): boolean {
  let at = index
  while (at > 0 && index - at < 8) {
    const before = tokens[at - 1]
    if (before === undefined || !(before.kind === 'number' || /^[:,-]$/.test(before.text))) break
    at--
  }
  return (
    bibleBooks.has(lower(tokens[at - 1])) &&
    tokens[at]?.kind === 'number' &&
    tokens[at + 1]?.text === ':'
  )
}

// Words that end a street address after a house number: "1401 Main St.".
const streetWords = new Set([
  'st',
  'street',
  'ave',
  'avenue',
  'rd',
  'road',
  'blvd',
  'boulevard',
  'drive',
  'dr',
  'lane',
  'ln',
  'place',
  'pl',
  'way',
  'court',
  'ct',
  'terrace',
  'parkway',
  'pkwy',
  'highway',
  'hwy',
  'square',
  'circle',
  'pike',
  'alley',
  'row',
])
// After "one", these words make it a pronoun ("one another", "one who"), not a count.
const oneAsPronounAfter = new Set([
  'another',
  'who',
  'whom',
  'whose',
  'that',
  'which',
  'must',
  'can',
  'could',
  'would',
  'should',
  'might',
  'may',
  'will',
  // Negated modals and auxiliaries: "one cannot say".
  'cannot',
  "can't",
  "couldn't",
  "wouldn't",
  "shouldn't",
  "mustn't",
  "won't",
  "doesn't",
  "didn't",
  'does',
  'did',
  'be',
  'is',
  'was',
  'has',
  'had',
  "'s",
  'gets',
  'feels',
  'sees',
  'knows',
  'thing',
  'way',
])
// Before "one", these words make it a pronoun or a determiner phrase ("no one",
// "the one", "each one"), not a count.
const oneAsPronounBefore = new Set([
  'no',
  'any',
  'every',
  'each',
  'some',
  'the',
  'this',
  'that',
  'which',
  'little',
  'big',
  'only',
  'last',
  'other',
  'another',
  'such',
  'a',
  'an',
  'anyone',
  'every',
  'everyone',
  'new',
  'old',
  'right',
  'wrong',
  'good',
  'best',
  'first',
  'next',
  'same',
  'loved',
])
// Words that cannot be what a figure counts: function words end `counted`.
const stopCounted = new Set([
  'of',
  'and',
  'or',
  'but',
  'in',
  'on',
  'at',
  'to',
  'for',
  'from',
  'by',
  'with',
  'was',
  'were',
  'is',
  'are',
  'be',
  'been',
  'had',
  'has',
  'have',
  'the',
  'a',
  'an',
  'that',
  'which',
  'who',
  'than',
  'as',
  'this',
  'these',
  'those',
  'it',
  'its',
  'their',
  'his',
  'her',
  'he',
  'she',
  'they',
  'we',
  'i',
  'will',
  'would',
  'could',
  'should',
  'may',
  'might',
  'said',
  'per',
  'cent',
  'percent',
  'ago',
  'old',
  'later',
  'earlier',
  'before',
  'after',
  'since',
  'until',
])

const isCapitalized = (token: Token | undefined): boolean =>
  token !== undefined && token.kind === 'word' && /^[A-Z]/.test(token.text)
const adjacent = (a: Token | undefined, b: Token | undefined): boolean =>
  a !== undefined && b !== undefined && b.start === a.end

/** Options of {@link findFigures}. */
export interface FindFiguresOptions {
  /** Start offset of the part of the text to search. Default: `0`. */
  readonly start?: number
  /** End offset of the part of the text to search. Default: the text's length. */
  readonly end?: number
}

/**
 * Finds the figures in `text`: digits with separators and decimals, number words,
 * magnitudes, percentages, money, ages in apposition, durations, dates and years,
 * ranges and vague quantities, each with its approximator, value and bounds.
 * List enumerators ("1.", "(2)", "3)"), house numbers, identifiers ("Route 40",
 * "World War 1", "Task Force 12"), regnal numbers ("King Olaf 5"), number words in
 * names ("the Big Ten") and golf clubs ("a seven-iron") are left out.
 *
 * @example
 * findFigures('More than 2,000 foreigners')[0]?.atLeast // => 2001
 */
export function findFigures(text: string, options: FindFiguresOptions = {}): FoundFigure[] {
  const tokens = tokenize(text, options.start ?? 0, options.end ?? text.length)
  const names = repeatedNameNumbers(tokens)
  const found: FoundFigure[] = []
  let index = 0
  while (index < tokens.length) {
    const figure = mayStartCore(tokens, index) ? figureAt(text, tokens, index, names) : undefined
    if (figure === undefined) {
      index++
      continue
    }
    found.push(figure.figure)
    index = figure.next
  }
  return found
}

// Decades in words, from the twenties ("the late twenties", "in his fifties").
const decadeWords = [
  'twenties',
  'thirties',
  'forties',
  'fifties',
  'sixties',
  'seventies',
  'eighties',
  'nineties',
] as const

// Words without a hyphen that can start a number core besides number words,
// fractions' numerators, digit counts and vague magnitudes (see `coreAt`): "half",
// "twice", "thrice", "the sixties".
const coreStartWords: ReadonlySet<string> = new Set(['half', 'thrice', 'twice', ...decadeWords])

/**
 * False for a token that cannot start a number core, so that `coreAt` would return
 * `undefined` there: most words of a text, read without the core's tests. A
 * number, a number word, a word `coreAt` starts a core with, a hyphenated word whose
 * first part is one, and "a" or "an" before a magnitude, a fraction or "score" may
 * start one. Kept in step with `coreAt`, by a test over real text that every token
 * this rejects has no core.
 *
 * @example
 * mayStartCore([{ text: 'the', start: 0, end: 3, kind: 'word' }], 0) // => false
 */
export function mayStartCore(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]
  if (token === undefined) return false
  if (token.kind === 'number') return true
  if (token.kind !== 'word') return false
  const word = token.text.toLowerCase()
  // A hyphenated word by its first part: "double-digit", "two-thirds",
  // "seven-stories", "half-hour", "twenty-two".
  const hyphen = word.indexOf('-')
  if (hyphen >= 0) {
    const first = word.slice(0, hyphen)
    return (
      digitCounts.has(first) || numerators.has(first) || first === 'half' || isNumberWord(first)
    )
  }
  // "a" and "an" start a core only as the number one before a magnitude, a
  // fraction or "score": "a dozen", "a third of", "a score of states".
  if (word === 'a' || word === 'an') {
    const next = lower(tokens[index + 1])
    return magnitudeWords.has(next) || denominators.has(next) || next === 'score'
  }
  return (
    coreStartWords.has(word) ||
    digitCounts.has(word) ||
    vagueMagnitudes.has(word) ||
    numerators.has(word) ||
    isNumberWord(word)
  )
}

/** A number core: tokens `[from, to)` and what they say. */
interface Core {
  readonly from: number
  readonly to: number
  readonly value?: number
  readonly atLeast?: number
  readonly atMost?: number
  readonly vague: boolean
  readonly words: boolean
  readonly written: string
}

/**
 * A fraction in digits from token `index`: "1/8", or a whole number and a
 * fraction joined by a hyphen, "11-1/2" (11.5). The denominator is one a price
 * or rate is quoted in (2, 3, 4, 8, 16, 32, 64) and greater than the numerator;
 * "5/14/82" (a date) is none.
 */
function digitFractionAt(
  tokens: readonly Token[],
  index: number,
): { value: number; to: number } | undefined {
  const glued = (at: number) => adjacent(tokens[at - 1], tokens[at])
  const simple = (at: number): { value: number; to: number } | undefined => {
    const numerator = tokens[at]
    const denominator = tokens[at + 2]
    if (
      tokens[at + 1]?.text !== '/' ||
      !glued(at + 1) ||
      !glued(at + 2) ||
      !/^\d+$/.test(numerator?.text ?? '') ||
      !/^(2|3|4|8|16|32|64)$/.test(denominator?.text ?? '') ||
      (tokens[at + 3]?.text === '/' && glued(at + 3)) ||
      (tokens[at - 1]?.text === '/' && glued(at))
    )
      return undefined
    const top = Number(numerator?.text)
    const bottom = Number(denominator?.text)
    return top > 0 && top < bottom ? { value: top / bottom, to: at + 3 } : undefined
  }
  if (tokens[index + 1]?.text === '-' && glued(index + 1) && glued(index + 2)) {
    const part = simple(index + 2)
    if (part !== undefined)
      return {
        value: Number(tokens[index]?.text) + Math.round(part.value * 1e4) / 1e4,
        to: part.to,
      }
  }
  const only = simple(index)
  return only === undefined ? undefined : { value: Math.round(only.value * 1e4) / 1e4, to: only.to }
}

/** "1986/87", "1999/2000": a crop or fiscal year from one year into the next, as one figure. */
function seasonAt(tokens: readonly Token[], index: number): Core | undefined {
  const first = Number(tokens[index]?.text)
  const second = tokens[index + 2]?.text ?? ''
  if (
    tokens[index + 1]?.text !== '/' ||
    !adjacent(tokens[index], tokens[index + 1]) ||
    !adjacent(tokens[index + 1], tokens[index + 2]) ||
    !/^(\d\d|\d{4})$/.test(second)
  )
    return undefined
  const next = second.length === 2 ? Math.floor(first / 100) * 100 + Number(second) : Number(second)
  if (next !== first + 1) return undefined
  return {
    from: index,
    to: index + 3,
    atLeast: first,
    atMost: next,
    vague: false,
    words: false,
    written: tokens[index]?.text ?? '',
  }
}

export function coreAt(tokens: readonly Token[], index: number): Core | undefined {
  const token = tokens[index]
  if (token === undefined) return undefined
  const word = lower(token)
  // Vague plural magnitudes: "tens of thousands", "hundreds", "millions of people".
  // "double figures", "triple digits": a vague magnitude by its number of digits
  // (round 11: "overnight rates hit triple figures"); "double-digit" is the same
  // glued by a hyphen.
  const digitsGlued = /^(single|double|triple)-(figures?|digits?)$/.exec(word)
  const digitsWord = digitCounts.get(digitsGlued?.[1] ?? word)
  if (
    digitsWord !== undefined &&
    (digitsGlued !== null || /^(figures?|digits?)$/.test(lower(tokens[index + 1])))
  )
    return {
      from: index,
      to: index + (digitsGlued !== null ? 1 : 2),
      atLeast: digitsWord[0],
      atMost: digitsWord[1],
      vague: true,
      words: true,
      written: '',
    }
  const vague = vagueMagnitudes.get(word)
  if (vague !== undefined) {
    // "scores" and "tens" are vague quantities only before "of" ("scores of
    // people"), otherwise they are nouns ("test scores").
    if ((word === 'scores' || word === 'tens') && lower(tokens[index + 1]) !== 'of')
      return undefined
    let to = index + 1
    let [atLeast, atMost] = vague
    // "tens of thousands", "hundreds of thousands": multiply the bounds.
    const ofNext = vagueMagnitudes.get(lower(tokens[index + 2]))
    if (lower(tokens[index + 1]) === 'of' && ofNext !== undefined) {
      atLeast *= ofNext[0]
      atMost =
        atMost === undefined || ofNext[1] === undefined ? undefined : (atMost + 1) * ofNext[0] - 1
      to = index + 3
    }
    return {
      from: index,
      to,
      atLeast,
      ...(atMost === undefined ? {} : { atMost }),
      vague: true,
      words: true,
      written: '',
    }
  }
  if (token.kind === 'number') {
    const raw = token.text
    // Decades: "1930s" are years, from the first to the last of the decade.
    const decadeFrom = (first: number) => ({
      from: index,
      to: index + 1,
      atLeast: first,
      atMost: first + 9,
      vague: false,
      words: false,
      written: raw,
    })
    const decade = /^(\d{3})0'?s$/.exec(raw)
    if (decade !== null) return decadeFrom(Number(decade[1]) * 10)
    // A decade in two digits (round 13): after an apostrophe, years of the twentieth
    // century, as the texts here are ("the late '50's", "the '60s"); after a
    // possessive or "early", "mid", "late", a decade of a life, an age ("in his
    // 40s", "her early 30s").
    const shortDecade = /^(\d)0['’]?s$/.exec(raw)
    if (shortDecade !== null) {
      const tens = Number(shortDecade[1]) * 10
      if (/^['’]$/.test(tokens[index - 1]?.text ?? '')) return decadeFrom(1900 + tens)
      if (/^(his|her|their|my|our|your|early|mid|late|mid-)$/.test(lower(tokens[index - 1])))
        return decadeFrom(tens)
    }
    // 0.32.0: an age group, "the over 55s", "under 18s", "the over-65s" (the
    // approximator is read before it as for any number).
    const ageGroup = /^(\d\d)['’]?s$/.exec(raw)
    if (
      ageGroup !== null &&
      (/^(over|under)$/.test(lower(tokens[index - 1])) ||
        (tokens[index - 1]?.text === '-' && /^(over|under)$/.test(lower(tokens[index - 2]))))
    ) {
      const age = Number(ageGroup[1])
      return {
        from: index,
        to: index + 1,
        atLeast: age,
        atMost: age,
        vague: false,
        words: false,
        written: raw,
      }
    }
    // A crop or fiscal year of wire copy (round 9): "1986/87" is one year span.
    const season = /^(1[6-9]|20)\d\d$/.test(raw) ? seasonAt(tokens, index) : undefined
    if (season !== undefined) return season
    // A possessive "'s" after a year that is no decade ("1985's 67 mln tons",
    // round 10) belongs to the text, not to the number ("the '20's", "two Merc
    // 800's" are left as before).
    const digits = raw
      .replace(/^[$£]/, '')
      .replace(/(%|st|nd|rd|th)$/, '')
      .replace(/^(\d{4})'s$/, '$1')
    // A separator must group three digits ("2,000"); "1,2" is two numbers in a list.
    if (!/^\d{1,3}(,\d{3})*(\.\d+)?$|^\d+(\.\d+)?$/.test(digits)) return undefined
    // 0.36.0: a currency word before the amount stands for its sign ("dollars 600m").
    const currency = currencyBefore(tokens, index)
    // Fractions of wire copy (round 9): "1/8", "11-1/2", "10-7/8 pct" are one number.
    const fraction = /^\d+$/.test(digits) ? digitFractionAt(tokens, index) : undefined
    let to = fraction?.to ?? index + 1
    const parts = [fraction === undefined ? digits : String(fraction.value)]
    // Magnitudes after digits: "2.5 million", "15 thousand".
    while (magnitudeWords.has(lower(tokens[to])) && lower(tokens[to]) !== 'dozen') {
      parts.push(lower(tokens[to]))
      to++
    }
    // A magnitude glued to the digits, as the press writes it (round 10): "3bn",
    // "$3bn", "£2.4bn", "1.2tn"; "m" and "mn" only after a currency sign ("£3m";
    // "a 3m wall" is three metres).
    const gluedMagnitude = tokens[to]
    if (
      to === index + 1 &&
      gluedMagnitude !== undefined &&
      adjacent(token, gluedMagnitude) &&
      (/^(bn|tn|trn)$/.test(gluedMagnitude.text) ||
        (/^(m|mn)$/.test(gluedMagnitude.text) &&
          (/^[$£]/.test(raw) ||
            currency !== undefined ||
            // 0.36.0: or a currency word after it, "5.45m euros".
            moneyWords.has(lower(tokens[to + 1])))))
    ) {
      parts.push(
        /^b/.test(gluedMagnitude.text)
          ? 'billion'
          : /^t/.test(gluedMagnitude.text)
            ? 'trillion'
            : 'million',
      )
      to++
    }
    // Times of day "10:30": the minutes belong to the number.
    if (
      tokens[to]?.text === ':' &&
      adjacent(tokens[to - 1], tokens[to]) &&
      /^\d\d$/.test(tokens[to + 1]?.text ?? '')
    ) {
      return {
        from: index,
        to: to + 2,
        value: Number(digits),
        vague: false,
        words: false,
        written: raw,
      }
    }
    const value = parseNumberWords(parts)
    // 0.33.0: a country's letters glued before a dollar sign belong to the amount
    // ("about US$10.6 million", "HK$3bn"), so that its approximator is read.
    const country = tokens[index - 1]
    const from =
      (raw.startsWith('$') &&
        country !== undefined &&
        adjacent(country, token) &&
        dollarCountries.has(country.text)) ||
      currency !== undefined
        ? index - 1
        : index
    return value === undefined
      ? undefined
      : { from, to, value, vague: false, words: false, written: raw }
  }
  // Fractions: "two thirds", "two-thirds", "three quarters", "a third of", "one fifth of".
  const fraction = fractionAt(tokens, index)
  if (fraction !== undefined) return fraction
  // A number word glued to its noun: "seven-stories", "two-run", "three-inning"
  // ("one-" is left out: "one-sided", "one-way" are no counts).
  const glued = /^([A-Za-z]+)-[A-Za-z]/.exec(token.text)
  if (
    token.kind === 'word' &&
    glued !== null &&
    !isNumberWord(token.text) &&
    isNumberWord(glued[1] ?? '') &&
    !magnitudeWords.has((glued[1] ?? '').toLowerCase()) &&
    // "one-" only before a unit of time or measure (round 13: "a one-year
    // moratorium"; "one-sided", "one-way" are no counts).
    ((glued[1] ?? '').toLowerCase() !== 'one' ||
      /^one-(year|month|week|day|hour|minute|mile|inch|foot|yard|point|percent|cent|dollar|acre|ton|tonne|pound|ounce|gallon|liter|litre|meter|metre|vote|game|run|inning|round|act|page|seat|story|storey|room|bedroom)s?$/i.test(
        token.text,
      )) &&
    // "zero-coupon bonds", "a zero-sum game" count nothing (round 9).
    (glued[1] ?? '').toLowerCase() !== 'zero' &&
    // "twenty-first", "Fifty-fifth Street" are ordinals, not counts.
    !compoundOrdinal.test(token.text)
  ) {
    const value = parseNumberWords([glued[1] ?? ''])
    if (value !== undefined)
      return { from: index, to: index + 1, value, vague: false, words: true, written: token.text }
  }
  // One half: glued to a unit, "a half-point cut", "a half-hour", "a half-mile"
  // (round 10; not "half-hearted", "half-closed", "half-way"); or a fraction as a
  // word before what it divides, "half the salary", "half of them", or after an
  // approximator ("Nearly half had travelled").
  if (
    (token.kind === 'word' &&
      /^half-(point|percent|percentage|cent|hour|day|week|month|year|mile|inch|foot|yard|pound|ounce|ton|tonne|dozen|million|billion|century|decade|acre|gallon|minute|second)s?$/i.test(
        token.text,
      )) ||
    (word === 'half' &&
      (/^(the|that|this|of|its|his|her|their|a|an|our|my|your)$/.test(lower(tokens[index + 1])) ||
        matchWordsBefore(tokens, index, approximatorsBefore) !== undefined) &&
      lower(tokens[index - 1]) !== 'a') ||
    (word === 'half' && halfAsNoun(tokens, index))
  )
    return {
      from: index,
      to: index + 1,
      value: 0.5,
      vague: false,
      words: true,
      written: token.text,
    }
  // "thrice" as "twice" (round 13).
  if (word === 'thrice')
    return { from: index, to: index + 1, value: 3, vague: false, words: true, written: token.text }
  // A decade of years or of a life in words after a determiner or "early", "mid",
  // "late" (round 13): "in his fifties", "the sixties", "the late twenties".
  const decade = decadeWords.indexOf(word as (typeof decadeWords)[number])
  if (
    decade >= 0 &&
    /^(the|his|her|their|its|my|our|your|early|mid|late|mid-|')$/.test(lower(tokens[index - 1]))
  ) {
    const tens = decade + 2
    // After a possessive (past "early", "mid", "late"), a decade of a life: ages;
    // otherwise years of the twentieth century, as the texts here are.
    const before = /^(early|mid|late|mid-)$/.test(lower(tokens[index - 1]))
      ? lower(tokens[index - 2])
      : lower(tokens[index - 1])
    const first = (/^(his|her|their|its|my|our|your)$/.test(before) ? 0 : 1900) + tens * 10
    return {
      from: index,
      to: index + 1,
      atLeast: first,
      atMost: first + 9,
      vague: false,
      words: true,
      written: token.text,
    }
  }
  // "twice": two times, a count or a multiplier ("invaded twice", "twice that
  // high", "twice the price"), as the gold marks it (round 13); "think twice" is an
  // idiom.
  if (word === 'twice' && !/^(think|thinks|thought|thinking)$/.test(lower(tokens[index - 1])))
    return { from: index, to: index + 1, value: 2, vague: false, words: true, written: token.text }
  // "a score of states": twenty, only before "of" and a word that is no number
  // ("won by a score of 5 to 3" is a result, not a count).
  if (
    (word === 'a' || word === 'an') &&
    lower(tokens[index + 1]) === 'score' &&
    lower(tokens[index + 2]) === 'of' &&
    tokens[index + 3]?.kind === 'word' &&
    !isNumberWord(tokens[index + 3]?.text ?? '')
  )
    return {
      from: index,
      to: index + 2,
      value: 20,
      vague: false,
      words: true,
      written: `${token.text} ${tokens[index + 1]?.text ?? ''}`,
    }
  // "a dozen", "a hundred", "a million": the article is the number one.
  const startsWithArticle =
    (word === 'a' || word === 'an') && magnitudeWords.has(lower(tokens[index + 1]))
  if (!isNumberWord(token.text) && !startsWithArticle) return undefined
  let to = index + 1
  for (;;) {
    const next = tokens[to]
    const nextWord = lower(next)
    if (next !== undefined && next.kind === 'word' && isNumberWord(next.text)) {
      to++
      continue
    }
    // "and" joins number words only after a magnitude: "two hundred and five".
    if (
      nextWord === 'and' &&
      magnitudeWords.has(lower(tokens[to - 1])) &&
      isNumberWord(tokens[to + 1]?.text ?? '') &&
      !magnitudeWords.has(lower(tokens[to + 1]))
    ) {
      to += 2
      continue
    }
    break
  }
  // "the twenty-five thousandth corpse", "the twenty-five thousand and first": the
  // number words begin an ordinal (round 13).
  // Right after the number words only an ordinal of a magnitude or of tens ("one
  // third", "one fifth" are fractions, "one second" a count); after "and", any.
  if (
    /^(hundredth|thousandth|millionth|billionth|\p{L}+tieth)$/u.test(lower(tokens[to])) ||
    (lower(tokens[to]) === 'and' && ordinalWords.test(lower(tokens[to + 1])))
  )
    return undefined
  const words = tokens.slice(index, to).map((part) => part.text)
  const value = parseNumberWords(words)
  if (value === undefined) return undefined
  return { from: index, to, value, vague: false, words: true, written: words.join(' ') }
}

// Ordinals in words that may end a run of number words (round 13): "the twenty-five
// thousandth", "the two hundred and first".
const ordinalWords =
  /^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|(thir|four|fif|six|seven|eigh|nine)teenth|(twen|thir|for|fif|six|seven|eigh|nine)tieth|hundredth|thousandth|millionth|billionth)$/

// "half" as a noun or a share in apposition (round 13): "the other half", "the
// first half", "a half and half plan", "cut 40 billion dlrs, half through spending".
function halfAsNoun(tokens: readonly Token[], index: number): boolean {
  const previous = lower(tokens[index - 1])
  const next = lower(tokens[index + 1])
  return (
    /^(other|first|second|last|latter|former|bottom|top|upper|lower|remaining|another|better|back|front|northern|southern|eastern|western)$/.test(
      previous,
    ) ||
    (next === 'and' && lower(tokens[index + 2]) === 'half') ||
    (previous === 'and' && lower(tokens[index - 2]) === 'half') ||
    (tokens[index - 1]?.text === ',' &&
      /^(through|by|in|from|to|for|on|at|with|via|going|coming|each)$/.test(next))
  )
}

const denominators = new Map([
  ['half', 2],
  ['halves', 2],
  ['third', 3],
  ['thirds', 3],
  ['quarter', 4],
  ['quarters', 4],
  ['fourth', 4],
  ['fourths', 4],
  ['fifth', 5],
  ['fifths', 5],
  ['sixth', 6],
  ['sixths', 6],
  ['eighth', 8],
  ['eighths', 8],
  ['tenth', 10],
  ['tenths', 10],
])
const numerators = new Map([
  ['a', 1],
  ['an', 1],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['seven', 7],
  ['nine', 9],
])

/**
 * A fraction in words, valued as a proportion (rounded to three places): "two
 * thirds" (0.667), "two-thirds", "three quarters" (0.75), "a third of", "one fifth
 * of". A singular fraction needs "of" after it ("a third term" is an ordinal,
 * "a quarter" a coin).
 */
function fractionAt(tokens: readonly Token[], index: number): Core | undefined {
  const token = tokens[index]
  if (token === undefined) return undefined
  const value = (numerator: number, denominator: number) =>
    Math.round((numerator / denominator) * 1000) / 1000
  // Hyphenated: "two-thirds", "one-third", "three-quarters".
  const glued = /^([A-Za-z]+)-([A-Za-z]+)$/.exec(token.text)
  if (glued !== null) {
    const numerator = numerators.get((glued[1] ?? '').toLowerCase())
    const denominator = denominators.get((glued[2] ?? '').toLowerCase())
    if (numerator === undefined || denominator === undefined || numerator >= denominator)
      return undefined
    return {
      from: index,
      to: index + 1,
      value: value(numerator, denominator),
      vague: false,
      words: true,
      written: token.text,
    }
  }
  const numerator = numerators.get(lower(token))
  const denominatorWord = lower(tokens[index + 1])
  const denominator = denominators.get(denominatorWord)
  if (numerator === undefined || denominator === undefined || numerator >= denominator)
    return undefined
  const plural = denominatorWord.endsWith('s')
  if (numerator === 1 ? plural || lower(tokens[index + 2]) !== 'of' : !plural) return undefined
  if (denominator === 2 && numerator === 1) return undefined // "a half", "one half": left as before
  return {
    from: index,
    to: index + 2,
    value: value(numerator, denominator),
    vague: false,
    words: true,
    written: `${token.text} ${tokens[index + 1]?.text ?? ''}`,
  }
}

function matchWordsBefore(
  tokens: readonly Token[],
  index: number,
  table: ReadonlyArray<readonly [string, ApproximatorEffect]>,
): { from: number; phrase: string; effect: ApproximatorEffect } | undefined {
  for (const [phrase, effect, words] of splitTable(table)) {
    const from = index - words.length
    if (from >= 0 && wordsAt(tokens, from, words)) return { from, phrase, effect }
  }
  return undefined
}

/** Each table's phrases split into words, once (the matchers run at every number). */
const splitTables = new WeakMap<
  ReadonlyArray<readonly [string, ApproximatorEffect]>,
  ReadonlyArray<readonly [string, ApproximatorEffect, readonly string[]]>
>()
function splitTable(
  table: ReadonlyArray<readonly [string, ApproximatorEffect]>,
): ReadonlyArray<readonly [string, ApproximatorEffect, readonly string[]]> {
  let split = splitTables.get(table)
  if (split === undefined) {
    split = table.map(([phrase, effect]) => [phrase, effect, phrase.split(' ')] as const)
    splitTables.set(table, split)
  }
  return split
}

/** True when the lower-cased tokens from `index` are `words`. */
function wordsAt(tokens: readonly Token[], index: number, words: readonly string[]): boolean {
  return words.every((word, offset) => lower(tokens[index + offset]) === word)
}

function matchWordsAfter(
  tokens: readonly Token[],
  index: number,
  table: ReadonlyArray<readonly [string, ApproximatorEffect]>,
): { to: number; phrase: string; effect: ApproximatorEffect } | undefined {
  for (const [phrase, effect, words] of splitTable(table)) {
    if (wordsAt(tokens, index, words)) return { to: index + words.length, phrase, effect }
  }
  return undefined
}

// Whether a number (digits or a number word other than "one") comes earlier in
// the sentence of token `index`, within twenty tokens.
function countsBefore(tokens: readonly Token[], index: number): boolean {
  for (let at = index - 1; at >= Math.max(0, index - 20); at--) {
    const token = tokens[at]
    if (token === undefined || /^[.?!;:]$/.test(token.text)) break
    if (token.kind === 'number') return true
    if (token.kind === 'word' && lower(token) !== 'one' && isNumberWord(lower(token))) return true
  }
  return false
}

// Whether a number word, "another" or "the other" comes later in the sentence
// after token `index` (exclusive), within twenty tokens: "one …, the other …".
function countsAfter(tokens: readonly Token[], index: number): boolean {
  for (let at = index; at < Math.min(tokens.length, index + 20); at++) {
    const token = tokens[at]
    if (token === undefined || /^[.?!;:]$/.test(token.text)) break
    if (token.kind === 'number') return true
    if (token.kind !== 'word') continue
    const word = lower(token)
    if (isNumberWord(word) || word === 'another') return true
    if (word === 'other' && lower(tokens[at - 1]) === 'the') return true
  }
  return false
}

// Adverbs that may stand between a generic "one" and its verb ("one often
// finds"); comparatives that make "one" a count ("one more", "one less") are not.
const adverbsAfterOne = new Set(['still', 'never', 'often', 'ever', 'even', 'now', 'then'])
const notAdverbsAfterOne = new Set(['more', 'less', 'too', 'only', 'again'])
function isAdverbAfterOne(token: Token | undefined): boolean {
  if (token === undefined || token.kind !== 'word' || isCapitalized(token)) return false
  const word = lower(token)
  if (notAdverbsAfterOne.has(word)) return false
  return (
    adverbsAfterOne.has(word) ||
    /^\p{Ll}{3,}ly$/u.test(word) ||
    lexiconTags(word).includes('Adverb')
  )
}

// Modals and auxiliaries, or a verb in the past or the present tense: "would",
// "has", "finds", "liked".
const auxiliaries =
  /^(must|can|could|would|should|might|may|will|shall|cannot|does|did|is|was|has|had|gets|feels|sees|knows)$/
function isFiniteVerb(token: Token | undefined): boolean {
  if (token === undefined || token.kind !== 'word') return false
  const word = lower(token)
  if (auxiliaries.test(word)) return true
  const tags = lexiconTags(word)
  return tags.includes('PresentTense') || tags.includes('PastTense')
}

// A participle after "one" in apposition: "one eroded by", "one built of",
// "one written for" (words in -ed that the lexicon does not know, or knows as
// adjectives, "battered", count too; not nouns like "seed", "bed").
function isParticiple(token: Token | undefined): boolean {
  if (token === undefined || token.kind !== 'word' || isCapitalized(token)) return false
  const word = lower(token)
  const tags = lexiconTags(word)
  if (tags.includes('Participle') || tags.includes('PastTense')) return true
  return (
    /^\p{Ll}{3,}ed$/u.test(word) &&
    !tags.includes('Cardinal') &&
    tags.every((tag) => tag === 'Adjective')
  )
}

// Prepositions of "one in which", "one for whom", "one by which".
const appositivePrepositions = /^(in|on|at|for|by|from|with|through|during|under|to)$/

// Tags of a word before a number that is no product's name: a place, a person's
// name, a day, a month, or a function word ("Scotland 53", "Roger Maris 41",
// "Tuesday 9", "All 28").
const notProductName =
  /^(Country|City|Place|Region|Demonym|WeekDay|Month|Date|FirstName|LastName|MaleName|FemaleName|Honorific|Determiner|Preposition|Conjunction|Pronoun|Adverb|QuestionWord|Cardinal|Ordinal)$/
// Tags of a word after the number that ends a name's number: a verb, a
// preposition or a conjunction ("Media Player 10 took", "Gran Turismo 4 for").
const afterVersion =
  /^(Verb|PastTense|PresentTense|Copula|Modal|Auxiliary|Preposition|Conjunction|Infinitive)$/

/**
 * Rules 0.27.0: a version, edition or model number after a product's or a work's
 * name ("Media Player 10 took the award", "Halo 2 has broken records", "the
 * PlayStation 2.", "the Top 20 Video Countdown", "Xbox 2 will"; rounds 46 and 48,
 * technology news): one to three digits right after a capitalised word, then the
 * end of the sentence, a capitalised word, or a verb, a preposition or a
 * conjunction. Not a count or a measure ("UK 69%", "Aquino 16 months", "Average 34
 * points"), a value in a list ("American Motors 790, down", "Windows 95, 98"), a
 * number after a place, a person, a day or a function word ("Roger Maris 41.",
 * "Tuesday 9 November", "All 28 people"), nor a headline in capitals.
 */
function versionNumber(tokens: readonly Token[], core: Core): boolean {
  const first = tokens[core.from]
  const previous = tokens[core.from - 1]
  const next = tokens[core.to]
  if (
    first === undefined ||
    previous === undefined ||
    !/^\d{1,3}$/.test(first.text) ||
    core.to - core.from !== 1 ||
    previous.end === first.start ||
    !mayNameNumber(previous, tokens[core.from - 2])
  )
    return false
  const tags = next?.kind === 'word' ? lexiconTags(lower(next)) : []
  const verbAfter =
    next?.kind === 'word' &&
    !isCapitalized(next) &&
    tags.some((tag) => afterVersion.test(tag)) &&
    !tags.some((tag) => /^(Plural|Singular|Noun|Uncountable)$/.test(tag))
  // A capitalised word opening the sentence may be a verb, an adverb or a gerund
  // ("Serves 12.", "Completing 12 of 15 passes", "Over 400 Portland firms"): the
  // name's number then needs a verb after it ("Halo 2 has broken records").
  const opening = tokens[core.from - 2]
  if (opening === undefined || /^[.!?"“”:;(]$/.test(opening.text))
    return (
      verbAfter &&
      tags.some((tag) => /^(Copula|PastTense|PresentTense|Modal|Auxiliary|Verb)$/.test(tag))
    )
  // A value in a list of values before it ("Labour 35, Conservatives 33."), or a
  // unit after it ("18 per cent").
  if (
    tokens
      .slice(Math.max(0, core.from - 8), core.from - 1)
      .some((token) => token.kind === 'number') ||
    /^(per|percent|pc|pct)$/.test(lower(next))
  )
    return false
  if (next === undefined) return true
  if (next.kind === 'punct') return /^[.;!?)"”]$/.test(next.text)
  if (next.kind !== 'word') return false
  if (isCapitalized(next)) return !gluedUnits.test(next.text) && !months.has(lower(next))
  return verbAfter
}

// A name's word before its number: capitalised, not in capitals, not a possessive,
// an abbreviation, a month, an approximator, a place, a person, a day or a function
// word ("Half Life 2", "Commodore 64", "Firefox 1.0"; not "Scotland 53", "Roger
// Maris 41", "Tuesday 9", "All 28").
function mayNameNumber(previous: Token | undefined, before: Token | undefined): boolean {
  return (
    previous !== undefined &&
    isCapitalized(previous) &&
    !/^[A-Z]+$/.test(previous.text) &&
    !/['’]s?$/.test(previous.text) &&
    !previous.text.includes('.') &&
    !months.has(lower(previous)) &&
    !/^(over|under|about|around|nearly|almost|some|only|just|up|more|less|than|exactly|roughly|approximately|all|serves|makes|yields)$/.test(
      lower(previous),
    ) &&
    !lexiconTags(lower(previous)).some((tag) => notProductName.test(tag)) &&
    !lexiconTags(lower(before)).some((tag) => /Name$/.test(tag))
  )
}

/**
 * Rules 0.29.0: the numbers of a name that a text repeats, as "Word number" keys
 * ("Half Life 2" seven times in a review, "Commodore 64", "Cray 1", "Firefox
 * 1.0"; rounds 50–53, technology news). A count after a capitalised word is
 * seldom written twice the same way in one story; a product's, a machine's or a
 * list's name is. Each occurrence of a repeated key is then an identifier, where
 * the single-occurrence test of {@link versionNumber} needs a verb, a capital or
 * the sentence's end after it. A year stays a figure ("Euro 2004", the year of an
 * event's edition, as the gold's calls have it).
 */
function repeatedNameNumbers(tokens: readonly Token[]): ReadonlySet<string> {
  const counts = new Map<string, number>()
  for (let index = 1; index < tokens.length; index++) {
    const token = tokens[index]
    const previous = tokens[index - 1]
    if (
      token?.kind !== 'number' ||
      !/^\d{1,4}(\.\d+)?$/.test(token.text) ||
      /^(1[89]|20)\d\d$/.test(token.text) ||
      previous === undefined ||
      previous.end === token.start ||
      !mayNameNumber(previous, tokens[index - 2])
    )
      continue
    const key = `${previous.text} ${token.text}`
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return new Set([...counts].filter(([, count]) => count > 1).map(([key]) => key))
}

// 0.34.0: names of product series whose number is part of the name.
const productSeries: ReadonlySet<string> = new Set([
  'PlayStation',
  'Playstation',
  'Xbox',
  'XBox',
  'Windows',
  'Halo',
  'Doom',
  'Quake',
  'Nokia',
  'Opera',
  'Firefox',
  'Pentium',
  'Athlon',
  'GameCube',
  'iPod',
  'iTunes',
])

// 0.33.0: the letters of a country glued before a dollar sign, and its currency.
const dollarCountries: ReadonlyMap<string, string> = new Map([
  ['US', 'USD'],
  ['A', 'AUD'],
  ['AU', 'AUD'],
  ['C', 'CAD'],
  ['NZ', 'NZD'],
  ['HK', 'HKD'],
  ['S', 'SGD'],
  ['NT', 'TWD'],
  ['R', 'BRL'],
])

// Words of a measure that a number of four digits or more may qualify without its
// hyphen, in a compound ("a 1000 year old tree", "a 2333 point index").
const measureNouns =
  /^(year|month|week|day|hour|minute|second|mile|metre|meter|kilometre|kilometer|foot|feet|yard|acre|hectare|tonne|ton|pound|dollar|euro|point|page|word|seat|strong|man|member|mile|litre|liter|gallon|barrel|bed|room|unit|home|house|vote|voter|student|pupil|square|cubic|degree|odd)$/

/**
 * Rules 0.29.0: a model number of four digits or more, written without its
 * thousands comma as a count of that size would be, and no year: before a singular
 * noun ("their 7610 phone", "a Nokia 3220 handset"), a possessive ("the 7610's
 * functions"), a plus ("an Athlon 3500+ processor") or a dot glued to a name
 * ("7610.extended.theme.manager.zip"); rounds 52–53, technology news. Digits of a
 * character reference ("caf&#233;", an entity the dataset left undecoded) are no
 * number at all. A year ("the 1611 version", "the 1770's") stays a figure.
 */
function modelNumber(text: string, tokens: readonly Token[], core: Core): boolean {
  const first = tokens[core.from]
  const next = tokens[core.to]
  const previous = tokens[core.from - 1]
  if (first === undefined || core.to - core.from !== 1) return false
  if (previous?.text === '#' && adjacent(previous, first) && text[previous.start - 1] === '&')
    return true
  // A number of five digits or more, written without its thousands comma, alone:
  // a short code, a phone or a reference number ("text the word to 85130").
  if (
    /^\d{5,}$/.test(first.text) &&
    !/^[$£€¥]$/.test(previous?.text ?? '') &&
    (next === undefined || next.kind === 'punct') &&
    !/^[%]$/.test(next?.text ?? '')
  )
    return true
  const digits = /^(\d{4,})(['’]s)?$/.exec(first.text)
  if (digits === null || /^(1\d|20)\d\d$/.test(digits[1] ?? '')) return false
  if (digits[2] !== undefined) return true
  if (next === undefined || !adjacent(first, next)) {
    if (next?.kind !== 'word' || isCapitalized(next) || measureNouns.test(lower(next))) return false
    const tags = lexiconTags(lower(next))
    // A noun the lexicon knows as singular, or a word of five letters or more it
    // does not know, neither a plural nor an adjective by its ending ("handset";
    // not "rpm", "monoclinic").
    return (
      (tags.includes('Singular') && !tags.includes('Plural') && !tags.includes('Adjective')) ||
      (tags.length === 0 &&
        /^\p{Ll}{5,}$/u.test(next.text) &&
        !/(s|ic|al|ous|ive|ent|ant|ed|ing|ly|ful|less|able|ible|ary)$/.test(next.text))
    )
  }
  return (
    /^(['’]s?|\+)$/.test(next.text) ||
    (next.text === '.' && /^\.[a-z]/.test(text.slice(next.start, next.start + 2)))
  )
}

function isExcluded(
  text: string,
  tokens: readonly Token[],
  core: Core,
  names: ReadonlySet<string> = new Set(),
): boolean {
  const first = tokens[core.from]
  const previous = tokens[core.from - 1]
  const next = tokens[core.to]
  if (first === undefined) return true
  if (
    core.to - core.from === 1 &&
    previous !== undefined &&
    names.has(`${previous.text} ${first.text}`) &&
    !/^(per|percent|pc|pct|%)$/.test(lower(next))
  )
    return true
  // 0.34.0: "Half" opening a name inside a sentence ("something like Half Life 2").
  if (
    first.text === 'Half' &&
    next?.kind === 'word' &&
    isCapitalized(next) &&
    previous !== undefined &&
    !/^[.!?"“”:;(]$/.test(previous.text)
  )
    return true
  // 0.34.0: the number of a product series the press names by it, said once or
  // more ("PlayStation 3", "Xbox 2", "Windows 95", "Halo 2", "Half Life 2", "OS/2",
  // "Nokia 6600", "Opera 8.0"; development technology rounds 46–66).
  if (
    core.to - core.from === 1 &&
    previous !== undefined &&
    /^\d{1,4}(\.\d+)?$/.test(first.text) &&
    (productSeries.has(previous.text) ||
      (previous.text === 'Life' && tokens[core.from - 2]?.text === 'Half') ||
      (previous.text === '/' &&
        tokens[core.from - 2]?.text === 'OS' &&
        adjacent(previous, first))) &&
    !/^(per|percent|pc|pct|%)$/.test(lower(next))
  )
    return true
  // Rules 0.27.0: a place in a chart is a rank, like an ordinal: "in at number
  // seven", "moving up the charts into number eight" (round 48).
  if (
    previous?.text === 'number' &&
    /^(at|to|into|from)$/.test(lower(tokens[core.from - 2])) &&
    core.to - core.from === 1
  )
    return true
  // Rules 0.29.0: more places in a chart, "dropped one place to five", "inched up
  // four places to four", "debuting at number 11 and 12" (rounds 48 and 52).
  if (
    core.to - core.from === 1 &&
    ((lower(previous) === 'to' &&
      /^(place|places|spot|spots)$/.test(lower(tokens[core.from - 2]))) ||
      (/^(and|or)$/.test(lower(previous)) &&
        tokens[core.from - 2]?.kind === 'number' &&
        lower(tokens[core.from - 3]) === 'number'))
  )
    return true
  if (first.kind === 'number') {
    // Chapter and verse after a book of the Bible: "Luke 23:34", "Matthew 6: 14-15"
    // (a reference, like "Op. 31", not a count nor a time).
    if (inBibleReference(tokens, core.from)) return true
    // List enumerators: "1." or "(1)" or "1)" opening a line or a sentence.
    const lineStart = text.lastIndexOf('\n', first.start - 1) + 1
    const before = text.slice(lineStart, first.start)
    if (
      /^\s*\(?$/.test(before) &&
      (next?.text === '.' || next?.text === ')') &&
      adjacent(first, next)
    )
      return true
    if (previous?.text === '(' && next?.text === ')' && /^\d$/.test(first.text)) return true
    // "The plan is simple. 1) Roads. 2) Schools.": one or two digits and a closing
    // parenthesis after the end of a sentence (not the period of "(Aug. 29)").
    if (
      /^\d\d?$/.test(first.text) &&
      next?.text === ')' &&
      adjacent(first, next) &&
      (previous?.text === ':' ||
        previous?.text === ';' ||
        previous?.text === '!' ||
        previous?.text === '?' ||
        (previous?.text === '.' &&
          !months.has(lower(tokens[core.from - 2])) &&
          !months.has(`${lower(tokens[core.from - 2])}.`)))
    )
      return true
    // Enumerators inside a run-on list: "for several reasons: 1 Broglio's record …;
    // 2 The desire …" — one digit after a colon or semicolon, before a capital.
    if (
      /^\d$/.test(first.text) &&
      (previous?.text === ':' || previous?.text === ';') &&
      next?.kind === 'word' &&
      isCapitalized(next)
    )
      return true
    // Enumerators before a dash: "three tasks remain: 1 -- Roads for the valley;
    // 2 -- A school." A lone small whole number after a colon, a semicolon or the
    // end of a sentence, then " --" or an em dash, labels an item of a list (not
    // "by Jan. 4 -- the deadline", where the period is an abbreviation's).
    if (
      /^\d\d?$/.test(first.text) &&
      ((next?.text === '-' &&
        tokens[core.to + 1]?.text === '-' &&
        adjacent(next, tokens[core.to + 1])) ||
        next?.text === '—') &&
      (previous?.text === ':' ||
        previous?.text === ';' ||
        previous?.text === '!' ||
        previous?.text === '?' ||
        (previous?.text === '.' &&
          !months.has(lower(tokens[core.from - 2])) &&
          !months.has(`${lower(tokens[core.from - 2])}.`) &&
          !abbreviatedIdentifiers.has(lower(tokens[core.from - 2]))))
    )
      return true
    // Ordinals in digits ("his 20th season") are ranks, not figures; a day of the
    // month ("Sept. 20th", "20th of May") is a date.
    if (
      /^\d+(?:st|nd|rd|th)$/.test(first.text) &&
      !months.has(previous?.text === '.' ? lower(tokens[core.from - 2]) : lower(previous)) &&
      !(lower(next) === 'of' && months.has(lower(tokens[core.to + 1])))
    )
      return true
    // Part of a code or model name glued to letters: "B-52", "A1"; not a time
    // prefix before a year or decade ("mid-1983", "pre-1980", "late-1960s", round 10).
    if (
      previous !== undefined &&
      adjacent(previous, first) &&
      // 0.33.0: a dollar sign after a country's letters is money ("US$10.6
      // million", "HK$3bn"), no code.
      !(first.text.startsWith('$') && dollarCountries.has(previous.text)) &&
      (previous.kind === 'word' ||
        (previous.text === '-' &&
          tokens[core.from - 2]?.kind === 'word' &&
          adjacent(tokens[core.from - 2], previous) &&
          !(
            /^(mid|pre|post|early|late|end)$/i.test(tokens[core.from - 2]?.text ?? '') &&
            /^\d{4}s?$/.test(first.text)
          )))
    )
      return true
    // Digits of a name glued to capitals after them: "3G phones", "3D graphics"
    // (round 46, technology news); not a unit, a time zone or a magnitude glued on
    // ("2230GMT", "4GB", "10M", "THE 1990S").
    if (
      /^\d+$/.test(first.text) &&
      core.to - core.from === 1 &&
      next?.kind === 'word' &&
      adjacent(first, next) &&
      /^[A-Z]/.test(next.text) &&
      !gluedUnits.test(next.text)
    )
      return true
    // A code with a leading zero: "declared 056 to be the area code", "dial 0800"
    // (round 46); not a time of day ("0530 GMT", "at 0930 hours") nor the
    // decimals of an amount ("$.054 per mile").
    if (
      /^0\d{2,}$/.test(first.text) &&
      core.to - core.from === 1 &&
      !(previous?.text === '.' && adjacent(previous, first)) &&
      !(next?.text === '.' || next?.text === ',') &&
      !timeWords.test(next?.text ?? '')
    )
      return true
    if (versionNumber(tokens, core)) return true
    if (modelNumber(text, tokens, core)) return true
    // Rules 0.29.0: a software version in lower case, "announcing that version 1.0
    // of the browser is available" (round 50).
    if (
      lower(previous) === 'version' &&
      core.to - core.from === 1 &&
      /^\d+(\.\d+)*$/.test(first.text) &&
      !/^(per|percent|%)$/.test(lower(next))
    )
      return true
    // Identifiers: "House Bill 332", "Route 40", "No. 1".
    if (identifierWords.has(lower(previous)) && isCapitalized(previous)) return true
    // 0.35.0: designations the press writes in lower case, "in breach of section 5
    // of the code", "UN resolution 1441", "put me in lane seven" (dev. rounds 34–62).
    if (/^(section|resolution|clause|paragraph|lane)$/.test(previous?.text ?? '')) return true
    // Regnal numbers: "King Olaf 5", "Pope Pius 12".
    if (
      isCapitalized(previous) &&
      regnalTitles.has(lower(tokens[core.from - 2])) &&
      isCapitalized(tokens[core.from - 2]) &&
      /^\d\d?$/.test(first.text)
    )
      return true
    // Golf clubs: "a 5-iron".
    if (next?.text === '-' && adjacent(first, next) && clubWords.test(lower(tokens[core.to + 1])))
      return true
    if (lower(previous) === 'no' && tokens[core.from - 1]?.text === 'No') return true
    // Numbers after an abbreviation of a designation: "No. 5", "Op. 27", "Vol. 3",
    // "fig. 2", "p. 40", "chap. 6".
    if (previous?.text === '.' && abbreviatedIdentifiers.has(lower(tokens[core.from - 2])))
      return true
    // Catalogue numbers of music: "Mozart's sonata K. 331", "the Schubert trio
    // D. 929", "BWV 1050", "Hob. 94" — the number names a work (the abbreviations
    // in capitals, as catalogues write them, so "d. 1827" for "died" is not one).
    if (
      catalogueAbbreviations.test(
        previous?.text === '.' ? (tokens[core.from - 2]?.text ?? '') : (previous?.text ?? ''),
      ) &&
      /^\d+[a-z]?$/.test(first.text)
    )
      return true
    // …and the end of their range: "pp. 78-79".
    if (
      previous?.text === '-' &&
      adjacent(previous, first) &&
      tokens[core.from - 2]?.kind === 'number' &&
      tokens[core.from - 3]?.text === '.' &&
      abbreviatedIdentifiers.has(lower(tokens[core.from - 4]))
    )
      return true
    // Catalogue, model and licence numbers after a code in capitals: "RCA LM 2611",
    // "an IBM 704"; not a measure glued to its unit ("the NRL 50-foot dish").
    // In an all-capitals headline of wire copy (round 10) the words around are in
    // capitals too: "SALES DOWN 14 PCT", "NO OIL FOR 4 MONTHS" count (a capital
    // word after the number, or a capital function word before it).
    if (
      previous !== undefined &&
      /^[A-Z]{2,}$/.test(previous.text) &&
      previous.end + 1 === first.start &&
      /^\d+$/.test(first.text) &&
      !(next?.text === '-' && adjacent(first, next)) &&
      !(next?.kind === 'word' && headlineUnits.test(next.text)) &&
      !headlineFunctionWords.test(previous.text) &&
      !months.has(lower(previous)) &&
      // A year between capitals is a year of the headline (round 11): "SEES HIGHER
      // 1987 LOAN LOSSES", "SOVIET 1988 GRAIN TARGET".
      !(
        /^(19\d\d|20[0-3]\d)$/.test(first.text) &&
        next?.kind === 'word' &&
        /^[A-Z]{2,}$/.test(next.text)
      )
    )
      return true
    // An ordinal in capitals: "2ND QTR", "1ST HALF" (round 10).
    if (
      /^\d+$/.test(first.text) &&
      next !== undefined &&
      adjacent(first, next) &&
      /^(ST|ND|RD|TH)$/.test(next.text) &&
      !months.has(previous?.text === '.' ? lower(tokens[core.from - 2]) : lower(previous))
    )
      return true
    // House numbers: a whole number followed by one to four capitalized words,
    // initials or numbered streets and a street word ("1401 Main St.", "200 E.
    // Pratt Street", "3646 N. 2d St."); numbered streets themselves ("2d St.",
    // "42nd Street").
    if (/^\d+(?:st|nd|rd|th)?$/.test(first.text)) {
      const glued = tokens[core.to]
      const ordinal =
        /\d(?:st|nd|rd|th)$/.test(first.text) ||
        (glued !== undefined && adjacent(first, glued) && /^(?:st|nd|rd|th|d)$/.test(glued.text))
      const from =
        ordinal && glued !== undefined && adjacent(first, glued) && glued.kind === 'word'
          ? core.to + 1
          : core.to
      for (let ahead = from; ahead < from + 6 && ahead < tokens.length; ahead++) {
        const word = tokens[ahead]
        if (word === undefined) break
        const numbered =
          word.kind === 'number' ||
          (/^(?:st|nd|rd|th|d)$/.test(word.text) && adjacent(tokens[ahead - 1], word))
        if (!(isCapitalized(word) || word.text === '.' || numbered)) break
        if ((ahead > from || ordinal) && streetWords.has(lower(word).replace(/\.$/, ''))) {
          if (ahead === from || isCapitalized(word)) return true
        }
      }
    }
  } else if (first.kind === 'word' && isNumberWord(first.text.split('-')[0] ?? '')) {
    // A number word glued to a golf club: "he hit a seven-iron".
    if (clubWords.test(lower(first).split('-')[1] ?? '')) return true
    // 0.35.0: a running lane, "put me in lane seven" (as "lane 7" above).
    if (previous?.text === 'lane') return true
    // A capitalized number word after a capitalized word, inside a sentence, is
    // part of a name or title: "the Big Ten", "Volume Two", "A Comedy in Three Acts".
    // (Not after a month: "April Three" is a date, as wire copy spells it; nor in
    // an all-capitals headline, "ACME TO CUT FIVE PCT OF STAFF", round 10.)
    const inCapitals =
      /^[A-Z][A-Z-]+$/.test(first.text) && /^[A-Z][A-Z.'-]+$/.test(previous?.text ?? '')
    if (
      /^[A-Z]/.test(first.text) &&
      previous !== undefined &&
      previous.kind === 'word' &&
      isCapitalized(previous) &&
      !months.has(lower(previous)) &&
      !inCapitals
    )
      return true
    // After "of" and a capitalized word, a capitalized number word ends a name:
    // "the Group of Five", "the Gang of Four", "A Tale of Two Cities" (round 10).
    if (
      /^[A-Z]/.test(first.text) &&
      previous?.text === 'of' &&
      tokens[core.from - 2]?.kind === 'word' &&
      isCapitalized(tokens[core.from - 2])
    )
      return true
    // Inside a sentence, after a lower-case word or a comma, a capitalized number
    // word before a capitalized word is a name or title too: "the Forty Martyrs",
    // "the Five Sacred Mountains", "the Love for Three Oranges".
    if (
      /^[A-Z]/.test(first.text) &&
      previous !== undefined &&
      ((previous.kind === 'word' && /^\p{Ll}/u.test(previous.text)) || previous.text === ',') &&
      isCapitalized(next)
    )
      return true
  }
  if (lower(first) === 'one' && core.to === core.from + 1) {
    // "one" is a pronoun more often than a count.
    // "won only one game", "the one pass", "any one banker": before a noun "one"
    // counts, unless a determiner precedes "only" ("the only one").
    const nextTags = lexiconTags(lower(next))
    // "any one of the three", "not only one of the great singers": "one of" after
    // "any", or after "only" without a determiner, picks one of a set and counts
    // ("the only one of its kind" stays a pronoun).
    const partitive =
      lower(next) === 'of' &&
      (lower(previous) === 'any' ||
        (lower(previous) === 'only' && !oneAsPronounBefore.has(lower(tokens[core.from - 2]))))
    if (partitive) return false
    // "at one and the same time", "they are one and the same": an idiom of identity.
    if (
      lower(next) === 'and' &&
      lower(tokens[core.to + 1]) === 'the' &&
      lower(tokens[core.to + 2]) === 'same'
    )
      return true
    // "a different sponsor -- one with more nerve": "one" in apposition after a dash
    // or comma, before "with", "without" or "like", stands for the noun before it,
    // unless the sentence counts before it ("two cars, one with a dent").
    if (
      (previous?.text === ',' || previous?.text === '-' || previous?.text === '—') &&
      /^(with|without|like)$/.test(lower(next)) &&
      !countsBefore(tokens, core.from)
    )
      return true
    // "one still would have liked", "One frequently has the feeling", "one often
    // finds": "one" before an adverb and then a verb or a modal is its generic
    // subject ("one more was added" counts, and so does "two left; one still
    // remains" after a number).
    if (
      isAdverbAfterOne(next) &&
      isFiniteVerb(tokens[core.to + 1]) &&
      !countsBefore(tokens, core.from)
    )
      return true
    // "into this household, one worn down by quarrels", "a morning, one in which
    // nothing went wrong": "one" in apposition after a comma or a dash, before a
    // participle or a preposition and "which"/"whom", resumes the noun before it —
    // unless the sentence counts around it ("two plans, one in which …, the other …").
    if (
      (previous?.text === ',' || previous?.text === '-' || previous?.text === '—') &&
      (isParticiple(next) ||
        (appositivePrepositions.test(lower(next)) &&
          /^(which|whom)$/.test(lower(tokens[core.to + 1])))) &&
      !countsBefore(tokens, core.from) &&
      !countsAfter(tokens, core.to)
    )
      return true
    const beforeNoun =
      next !== undefined &&
      next.kind === 'word' &&
      !isCapitalized(next) &&
      // A noun, or a word that is a noun as often as a bare verb ("any one plan"):
      // after "one" as a pronoun a verb would be inflected ("one plans").
      // A unit of wire copy is a noun too: "narrowed only one pct" (round 11).
      (nextTags.some((tag) => nounishTags.has(tag)) || singularUnits.test(lower(next))) &&
      (lower(previous) === 'only'
        ? !oneAsPronounBefore.has(lower(tokens[core.from - 2]))
        : determinersBeforeOne.has(lower(previous)))
    if (
      !beforeNoun &&
      (oneAsPronounBefore.has(lower(previous)) ||
        oneAsPronounAfter.has(lower(next).replace(/['’]s$/, '')))
    )
      return true
    if (next === undefined || next.kind === 'punct') return true
    // "the only sane one open to us", "a good one, too": after a determiner and a
    // modifier, "one" stands for a noun unless a noun follows (round 13).
    if (
      /^(the|a|an|this|that|only|another|any|each|every|no|his|her|their|its|our|my|your)$/.test(
        lower(tokens[core.from - 2]),
      ) &&
      previous?.kind === 'word' &&
      !isCapitalized(previous) &&
      !isNumberWord(previous.text) &&
      (lexiconTags(lower(previous)).includes('Adjective') ||
        /(?:ful|ous|ive|able|ible|al|ic|ish|less|ent|ant|ary|est|ane|ern|ier|ger|ler|der)$/.test(
          lower(previous),
        )) &&
      !/ly$/.test(lower(previous)) &&
      lower(next) !== 'of' &&
      !(nextTags.some((tag) => nounishTags.has(tag)) || singularUnits.test(lower(next)))
    )
      return true
    // 0.35.0: more idioms the press uses, no count: "on the one hand", "in one
    // piece", "in one go", "from day one", and compounds written without their
    // hyphen ("a one stop shop", "a one trick pony", "one click shopping", "one
    // nation politics"; dev. rounds 34–62).
    if (lower(next) === 'hand' && /^(on|the)$/.test(lower(previous))) return true
    if (lower(previous) === 'in' && /^(piece|go)$/.test(lower(next))) return true
    if (lower(previous) === 'day' && !isNumberWord(lower(next))) return true
    if (/^(stop|trick|click)$/.test(lower(next))) return true
    // ("to make one nation out of these" counts.)
    if (
      lower(next) === 'nation' &&
      /^(politics|tory|tories|conservative|conservatives|conservatism|labour)$/.test(
        lower(tokens[core.to + 1]),
      )
    )
      return true
    // "at one time" (formerly), "would one day" (some day), "one by one" are idioms;
    // "one afternoon", "one week" are counts.
    // "at one stage" is the same idiom (round 11); "at one point in the afternoon"
    // stays a count, as the Brown gold marks it.
    if (lower(previous) === 'at' && /^(time|stage)$/.test(lower(next))) return true
    if (modalsBeforeOneDay.test(lower(previous)) && lower(next) === 'day') return true
    if (lower(next) === 'by' && lower(tokens[core.to + 1]) === 'one') return true
    if (lower(previous) === 'by' && lower(tokens[core.from - 2]) === 'one') return true
    // "if one wishes to", "when one recalls that": after a word that opens a clause,
    // "one" before a word in -s is the subject of a verb, since a numeral "one"
    // takes no plural ("as one pious writer", "once one series ends": words in -ss,
    // -us, -is, -ies are left alone).
    if (
      clauseOpeners.has(lower(previous)) &&
      /^\p{Ll}+s$/u.test(next?.text ?? '') &&
      !/(?:ss|us|is|ies)$/.test(next?.text ?? '') &&
      !singularsInS.has(lower(next))
    )
      return true
    // "before one went astray", "if one supposes": "one" as the subject of a verb
    // in the past or the present tense.
    if (nextTags.includes('PastTense') || nextTags.includes('PresentTense')) return true
    // "the task was one of sorting letters": "one of" before a verb's -ing form.
    if (lower(next) === 'of' && /^\p{Ll}+ing$/u.test(tokens[core.to + 1]?.text ?? '')) return true
  }
  return false
}

function figureAt(
  text: string,
  tokens: readonly Token[],
  index: number,
  names: ReadonlySet<string>,
): { figure: FoundFigure; next: number } | undefined {
  let core = coreAt(tokens, index)
  if (core === undefined || isExcluded(text, tokens, core, names)) return undefined
  let numberType: FoundNumberType = 'count'
  let unit: string | undefined
  let when: string | undefined
  let confidence = core.words ? 0.85 : 0.95
  const firstToken = tokens[core.from]
  // (After a country's letters glued to a dollar sign, the amount's own token.)
  // 0.36.0: or a currency word before the amount ("dollars 600m").
  const currencyWord =
    firstToken?.kind === 'word' ? currencyBefore(tokens, core.from + 1) : undefined
  const prefixed =
    firstToken?.kind === 'word' &&
    (dollarCountries.has(firstToken.text) || currencyWord !== undefined)
  const raw = (prefixed ? tokens[core.from + 1]?.text : firstToken?.text) ?? ''
  let { value, atLeast, atMost } = core
  let vague = core.vague
  let approximator: string | undefined
  let from = core.from
  let approximatorTo: number | undefined

  // Ranges: "nine or ten", "5 to 10", "hundreds or thousands", "between 5 and 10".
  const joiner = lower(tokens[core.to])
  if (
    (joiner === 'or' || joiner === 'to' || joiner === '-' || joiner === 'and') &&
    !(joiner === '-' && !adjacent(tokens[core.to - 1], tokens[core.to]))
  ) {
    const second = coreAt(tokens, core.to + 1)
    // A year before "to" and a number that is no year: "rise in 1987 to 1.45 mln"
    // is a date and a level, not a range (round 9).
    const yearThenLevel =
      joiner === 'to' &&
      /^\d{4}$/.test(raw) &&
      (core.value ?? 0) >= 1600 &&
      (core.value ?? 0) <= 2099 &&
      /^(in|since|by|during|for|until|of)$/.test(lower(tokens[core.from - 1])) &&
      second !== undefined &&
      !(
        (second.value ?? 0) >= 1600 &&
        (second.value ?? 0) <= 2099 &&
        Number.isInteger(second.value)
      )
    const isBetween =
      lower(tokens[core.from - 1]) === 'between' || lower(tokens[core.from - 1]) === 'from'
    const secondFits =
      second !== undefined &&
      second.words === core.words &&
      (joiner !== 'and' || isBetween) &&
      (joiner !== '-' || (!core.words && raw.length <= 4))
    if (second !== undefined && secondFits && !yearThenLevel) {
      const low = core.atLeast ?? core.value
      const high = second.atMost ?? second.value ?? second.atLeast
      if (low !== undefined && high !== undefined && high >= low) {
        atLeast = low
        atMost = high
        value = undefined
        vague = core.vague || second.vague
        // "hundreds or thousands" keeps its words as the approximator (model convention).
        if (vague)
          approximator = `${tokens
            .slice(core.from, second.to)
            .map((token) => token.text.toLowerCase())
            .join(' ')}`
        core = { ...core, to: second.to }
        if (isBetween && joiner === 'and') {
          approximator = 'between'
          from = core.from - 1
          approximatorTo = tokens[core.from - 1]?.end
        }
      }
    }
  }
  const fromNumber = from

  // Approximators before: "more than", "about", "some", "nearly".
  // An article may stand between a bound and a number in digits: "at least a 50.1
  // pct stake", "about a 10 pct rise" (round 10).
  const article =
    (!core.words || /-/.test(tokens[fromNumber]?.text ?? '')) &&
    /^(a|an)$/.test(lower(tokens[fromNumber - 1]))
      ? fromNumber - 1
      : undefined
  const matched =
    matchWordsBefore(tokens, fromNumber, approximatorsBefore) ??
    (article === undefined
      ? undefined
      : (() => {
          const bound = matchWordsBefore(tokens, article, approximatorsBefore)
          // "bring about a 10 per cent cut": the particle of a phrasal verb.
          const particle =
            bound?.phrase === 'about' &&
            /^(bring|brings|brought|bringing|come|comes|came|coming)$/.test(
              lower(tokens[bound.from - 1]),
            )
          return bound !== undefined && boundsBeforeArticle.has(bound.phrase) && !particle
            ? bound
            : undefined
        })())
  const approximatorEnd =
    matched !== undefined && article === matched.from + matched.phrase.split(' ').length
      ? article
      : fromNumber
  // "what would be done about two charges", "promoted over six captains": "about"
  // and "over" after a word that governs them are prepositions, not approximators.
  const governor = lower(tokens[(matched?.from ?? 0) - 1])
  const before =
    (matched?.phrase === 'about' && aboutGovernors.test(governor)) ||
    ((matched?.phrase === 'above' || matched?.phrase === 'below') &&
      differenceBefore.test(governor)) ||
    // A year after a bound is the point compared with ("slightly below 1985's 121.3
    // mln", round 13), whatever word comes before "above" or "below".
    (/(^|\s)(above|below)$/.test(matched?.phrase ?? '') &&
      /^(1[89]|20)\d\d(['’]s)?$/.test(tokens[fromNumber]?.text ?? '')) ||
    // "a few", "several" make a vague magnitude of a magnitude word only ("a few
    // hundred"); before digits they count what follows ("a few 30- and 50-megaton
    // bombs", round 13).
    ((matched?.phrase === 'a few' || matched?.phrase === 'several') && !core.words) ||
    (matched?.phrase === 'up to' && movementGovernors.test(governor)) ||
    (matched?.phrase === 'over' &&
      (overGovernors.test(governor) || overMeansDuring(tokens, matched.from, core.to)))
      ? undefined
      : matched
  if (before !== undefined && !notApproximators.has(before.phrase) && approximator === undefined) {
    const base = value ?? atLeast
    if (base !== undefined) {
      const whole = Number.isInteger(base)
      switch (before.effect) {
        case 'above':
          atLeast = whole ? base + 1 : base
          atMost = undefined
          value = undefined
          break
        case 'below':
          atMost = whole ? base - 1 : base
          atLeast = undefined
          value = undefined
          break
        case 'atLeast':
          atLeast = base
          atMost = undefined
          value = undefined
          break
        case 'atMost':
          atMost = base
          atLeast = undefined
          value = undefined
          break
        case 'nearly':
          atMost = value === undefined ? atMost : value
          break
        case 'point':
          break
      }
    }
    approximator = before.phrase
    from = before.from
    approximatorTo = tokens[approximatorEnd - 1]?.end
  }
  // "some" before number words is often a determiner ("some one"), so the
  // figure only gets its approximator when a number follows.
  let to = core.to
  // "seven years or more": the approximator may follow the counted noun (the
  // noun still gives the unit, so the figure's end is moved after the units).
  // "200-odd members": "odd" glued to the number by a hyphen approximates it too.
  const hyphenOdd =
    tokens[to]?.text === '-' &&
    adjacent(tokens[to - 1], tokens[to]) &&
    lower(tokens[to + 1]) === 'odd' &&
    adjacent(tokens[to], tokens[to + 1]) &&
    !core.words
      ? { to: to + 2, phrase: 'odd', effect: 'point' as const }
      : undefined
  const direct = hyphenOdd ?? matchWordsAfter(tokens, to, approximatorsAfter)
  const after =
    direct ??
    (tokens[to]?.kind === 'word' &&
    (/s$/.test(lower(tokens[to])) || singularUnits.test(lower(tokens[to]))) &&
    lower(tokens[to + 1]) === 'or' &&
    lower(tokens[to + 3]) !== 'than'
      ? (() => {
          const found = matchWordsAfter(tokens, to + 1, approximatorsAfter)
          return found === undefined || found.phrase === 'odd' ? undefined : found
        })()
      : undefined)
  if (
    after !== undefined &&
    approximator === undefined &&
    !(after.phrase === 'odd' && tokens[to]?.text !== 'odd' && hyphenOdd === undefined)
  ) {
    approximator = after.phrase
    const base = value ?? atLeast
    if (after.effect === 'atLeast' && base !== undefined) {
      atLeast = base
      value = undefined
    } else if (after.effect === 'atMost' && base !== undefined) {
      atMost = base
      value = undefined
    }
    if (direct !== undefined) to = after.to
  }
  const deferredTo = after !== undefined && direct === undefined ? after.to : undefined

  const unitWord = lower(tokens[to])
  const unitSingular = unitWord.replace(/s$/, '')
  // The word before the figure, skipping the period of an abbreviation ("Jan. 15").
  const previous =
    tokens[from - 1]?.text === '.' ? lower(tokens[from - 2]) : lower(tokens[from - 1])
  if (
    raw.endsWith('%') ||
    unitWord === 'percent' ||
    unitWord === 'pct' ||
    (unitWord === 'per' && lower(tokens[to + 1]) === 'cent')
  ) {
    numberType = 'percentage'
    unit = 'percent'
    if (unitWord === 'per') to += 2
    else if (unitWord === 'percent' || unitWord === 'pct') to += 1
  } else if (raw.startsWith('$') || raw.startsWith('£') || currencyWord !== undefined) {
    numberType = 'money'
    // 0.33.0: a country's letters before the dollar sign name the currency.
    const country = prefixed ? dollarCountries.get(firstToken?.text ?? '') : undefined
    unit = currencyWord ?? country ?? (raw.startsWith('$') ? 'USD' : 'GBP')
  } else if (moneyWords.has(unitWord)) {
    numberType = 'money'
    unit = moneyWords.get(unitWord)
    if (/^(cent|cts?$)/.test(unitWord) && value !== undefined) value = value / 100
    to += 1
  } else if (
    durationUnits.has(unitSingular) ||
    (unitWord.includes('-') && durationUnits.has(unitWord.split('-')[0] ?? ''))
  ) {
    // "38 years old", "a 38-year-old" are ages; other durations stay durations.
    const compound = unitWord.includes('-')
    const isAge = compound ? /-old$/.test(unitWord) : lower(tokens[to + 1]) === 'old'
    numberType = isAge ? 'age' : 'duration'
    unit = durationUnits.get(compound ? (unitWord.split('-')[0] ?? '') : unitSingular)
    to += isAge && !compound ? 2 : 1
  } else if (/^\d+-(year|month|week|day|hour|minute)s?(-old)?$/.test(raw)) {
    numberType = raw.endsWith('-old') ? 'age' : 'duration'
  } else if (measureUnits.has(unitWord)) {
    numberType = 'measure'
    unit = unitWord === 'square' ? `square ${lower(tokens[to + 1])}` : unitWord
    to += unitWord === 'square' ? 2 : 1
  } else if (/^(st|nd|rd|th)$/.test(raw.replace(/^\d+/, '')) && !months.has(previous)) {
    numberType = 'ordinal'
  } else if (/^\d{3}0'?s$/.test(raw) || (shortDecade.test(raw) && (atLeast ?? 0) >= 1900)) {
    numberType = 'year'
    when = `${atLeast}/${atMost}`
  } else if (shortDecade.test(raw)) {
    // A decade of a life: "in his 40s", "in her fifties" (see the decades above).
    numberType = 'age'
    unit = 'year'
  } else if (
    unitWord === 'a.m.' ||
    unitWord === 'p.m.' ||
    unitWord === "o'clock" ||
    tokens[core.from + 1]?.text === ':'
  ) {
    numberType = 'other'
    unit = 'time'
    if (unitWord === 'a.m.' || unitWord === 'p.m.' || unitWord === "o'clock") to += 1
  } else if (
    months.has(previous) &&
    value !== undefined &&
    Number.isInteger(value) &&
    value >= 1 &&
    value <= 31 &&
    !core.words
  ) {
    numberType = 'date'
    confidence = previous === 'may' ? 0.8 : 0.95
  } else if (
    // A day before its month, as British and wire copy write dates: "18 August 1992".
    months.has(unitWord) &&
    unitWord !== 'may' &&
    value !== undefined &&
    Number.isInteger(value) &&
    value >= 1 &&
    value <= 31 &&
    !core.words
  ) {
    numberType = 'date'
    confidence = 0.95
  } else if (
    !core.words &&
    /^\d{4}$/.test(raw) &&
    tokens[core.from + 1]?.text === '/' &&
    atLeast !== undefined &&
    atMost === atLeast + 1
  ) {
    // A crop or fiscal year (round 9): "the 1986/87 season".
    numberType = 'year'
    when = `${atLeast}/${atMost}`
  } else if (
    !core.words &&
    /^\d{4}$/.test(raw) &&
    value !== undefined &&
    value >= 1600 &&
    value <= 2099 &&
    !/s$/.test(unitWord)
  ) {
    numberType = 'year'
    when = raw
  } else if (
    !core.words &&
    /^\d{1,3}$/.test(raw) &&
    tokens[from - 1]?.text === ',' &&
    isCapitalized(tokens[from - 2]) &&
    tokens[to]?.text === ',' &&
    value !== undefined &&
    value >= 1 &&
    value <= 120
  ) {
    // Ages in apposition, news style: "Wiley, 38, said".
    numberType = 'age'
    unit = 'year'
  }
  if (lower(firstToken) === 'one' && core.to === core.from + 1) confidence = 0.6

  // What is counted: the following content words, up to three ("501 Bulgarians").
  let counted: string | undefined
  if (numberType === 'count' || numberType === 'measure') {
    let at = to
    if (lower(tokens[at]) === 'of' && vague) at++
    const words: string[] = []
    while (words.length < 3) {
      const token = tokens[at]
      if (token === undefined || token.kind !== 'word' || stopCounted.has(lower(token))) break
      words.push(token.text)
      at++
    }
    if (words.length > 0) counted = words.join(' ')
  }

  const first = tokens[from]
  const numberStartToken = tokens[fromNumber]
  if (deferredTo !== undefined && deferredTo > to && approximator === after?.phrase) to = deferredTo
  const last = tokens[to - 1]
  const coreLast = tokens[core.to - 1]
  if (
    first === undefined ||
    last === undefined ||
    numberStartToken === undefined ||
    coreLast === undefined
  )
    return undefined
  const figure: FoundFigure = {
    start: first.start,
    end: last.end,
    numberStart: numberStartToken.start,
    numberEnd: coreLast.end,
    ...(value === undefined ? {} : { value }),
    ...(atLeast === undefined || (value !== undefined && atLeast === value && atMost === undefined)
      ? {}
      : { atLeast }),
    ...(atMost === undefined ||
    (value !== undefined && atMost === value && atLeast === undefined && approximator === undefined)
      ? {}
      : { atMost }),
    ...(approximator === undefined ? {} : { approximator }),
    ...(approximatorTo === undefined ? {} : { approximatorEnd: approximatorTo }),
    vague,
    ...(unit === undefined ? {} : { unit }),
    numberType,
    ...(counted === undefined ? {} : { counted }),
    ...(when === undefined ? {} : { when }),
    confidence,
  }
  return { figure, next: to }
}
