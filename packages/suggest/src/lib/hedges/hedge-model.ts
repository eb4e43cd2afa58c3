/**
 * A learned hedge model, optional: a logistic regression over each word of a text
 * and its neighbours, trained on the project's development gold (see
 * `bench/suggest/train-hedge-model.mjs` and docs/suggestions.md, "The learned hedge
 * model"). Its runs of words rated at or above its threshold are suggested as
 * hedges where the lexicon found none. It finds hedges the lexicon misses and makes
 * more false ones: the library uses it only when given it (`suggest(text, {
 * hedgeModel })`); `scholion suggest` gives it by default since 0.37.0
 * (`--no-learned-hedges` to leave it out).
 */

/** A trained model: weights of the word features, and the threshold that decides. */
export interface HedgeModel {
  /** Name and version, written into each suggestion's tags (`model:<version>`). */
  readonly version: string
  /** Lowest probability at which a word is suggested. */
  readonly threshold: number
  /** Weight per feature (see {@link wordFeatures}); a feature not listed weighs 0. */
  readonly weights: Readonly<Record<string, number>>
}

/** A word or mark of a text, `[start, end)` in UTF-16 code units. */
export interface Word {
  readonly start: number
  readonly end: number
  readonly text: string
}

// A model's weights as a map, made once per model.
const maps = new WeakMap<HedgeModel, ReadonlyMap<string, number>>()
const weightsOf = (model: HedgeModel): ReadonlyMap<string, number> => {
  let map = maps.get(model)
  if (map === undefined) {
    map = new Map(Object.entries(model.weights))
    maps.set(model, map)
  }
  return map
}

// For each feature of two or three words, the first words that have a weight in
// it ("p1w=may|be" puts "may" under "p1w"): a word that is not there gives the
// feature no weight, and its key need not be built and looked up.
const leadsMaps = new WeakMap<HedgeModel, ReadonlyMap<string, ReadonlySet<string>>>()
const leadsOf = (model: HedgeModel): ReadonlyMap<string, ReadonlySet<string>> => {
  let leads = leadsMaps.get(model)
  if (leads === undefined) {
    const built = new Map<string, Set<string>>()
    for (const key of Object.keys(model.weights)) {
      const equals = key.indexOf('=')
      let bar = key.indexOf('|', equals)
      if (equals < 0 || bar < 0) continue
      const family = key.slice(0, equals)
      let set = built.get(family)
      if (set === undefined) {
        set = new Set()
        built.set(family, set)
      }
      // (A mark "|" is a word too: every cut at a bar is taken, which can only
      // add words to the set, never leave one out.)
      while (bar >= 0) {
        set.add(key.slice(equals + 1, bar))
        bar = key.indexOf('|', bar + 1)
      }
    }
    leads = built
    leadsMaps.set(model, leads)
  }
  return leads
}

const wordPattern = /[\p{L}\p{N}]+(?:['’.\-/,][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu

/**
 * Words (letters and digits, with inner apostrophes, periods, hyphens, slashes and
 * commas) and single marks, as the model reads a text.
 *
 * @example
 * modelWords('U.S. output may rise.').map((word) => word.text) // => ['U.S', '.', 'output', 'may', 'rise', '.']
 */
export function modelWords(text: string): Word[] {
  return Array.from(text.matchAll(wordPattern), (match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
  }))
}

const normal = (word: string | undefined) =>
  word === undefined ? '<none>' : /^\p{N}/u.test(word) ? '<num>' : word.toLowerCase()
// A crude stem, so that "believes", "believed" and "believing" share a feature.
const stem = (word: string) => word.replace(/(?:ies|ied)$/, 'y').replace(/(?:ing|ed|es|s|ly)$/, '')
const shape = (word: string) =>
  /^\p{Lu}+$/u.test(word) && word.length > 1
    ? 'AA'
    : /^\p{Lu}/u.test(word)
      ? 'Aa'
      : /^\p{N}/u.test(word)
        ? '9'
        : /^\p{L}/u.test(word)
          ? 'a'
          : '.'

/**
 * The features of word `index`: itself, two words either side, their pairs and
 * triples, stems, a suffix, a prefix and its shape.
 *
 * @example
 * wordFeatures(modelWords('it may rain'), 1).includes('p1w=it|may') // => true
 */
export function wordFeatures(
  list: ReadonlyArray<{ readonly text: string }>,
  index: number,
): string[] {
  const at = (offset: number) => normal(list[index + offset]?.text)
  const [p2, p1, w, n1, n2] = [at(-2), at(-1), at(0), at(1), at(2)]
  return [
    'bias',
    `w=${w}`,
    `p1=${p1}`,
    `n1=${n1}`,
    `p2=${p2}`,
    `n2=${n2}`,
    `p1w=${p1}|${w}`,
    `wn1=${w}|${n1}`,
    `p1n1=${p1}|${n1}`,
    `p2p1w=${p2}|${p1}|${w}`,
    `wn1n2=${w}|${n1}|${n2}`,
    `p1wn1=${p1}|${w}|${n1}`,
    `st=${stem(w)}`,
    `p1st=${stem(p1)}|${stem(w)}`,
    `stn1=${stem(w)}|${stem(n1)}`,
    `suf3=${w.slice(-3)}`,
    `pre4=${w.slice(0, 4)}`,
    `shape=${shape(list[index]?.text ?? '')}`,
  ]
}

/**
 * Runs of the rows `chosen` picks, joined across white space: `[start, end)` each.
 *
 * @example
 * runsOf({ text: 'a b c', rows: modelWords('a b c') }, (word) => word.text !== 'c') // => [[0, 3]]
 */
export function runsOf<R extends { readonly start: number; readonly end: number }>(
  sample: { readonly text: string; readonly rows: readonly R[] },
  chosen: (row: R) => boolean,
): Array<[number, number]> {
  const found: Array<[number, number]> = []
  let open: [number, number] | undefined
  for (const row of sample.rows) {
    if (!chosen(row)) {
      open = undefined
      continue
    }
    if (open !== undefined && /^\s*$/.test(sample.text.slice(open[1], row.start))) open[1] = row.end
    else {
      open = [row.start, row.end]
      found.push(open)
    }
  }
  return found
}

// Words of closed classes: articles, pronouns, prepositions, auxiliaries and words
// of degree. A learned run of these alone ("at", "more", "I") is a fragment of a
// longer cue ("at least", "more than", "I think"), which the lexicon judges whole.
const closedClass = new Set(
  (
    'a an the this that these those i me we us you he him she her it they them my our your his its their ' +
    'at to of in on for by with from into onto over under about up down off out as than ' +
    'do does did done be is are was were been am have has had not no ' +
    'more most less least much many some any all'
  ).split(' '),
)

/**
 * Whether a learned run may stand as a hedge: it holds a word outside the closed
 * classes, and it is not "May" with a capital, a month or a name in running text
 * (the model reads words in lower case).
 *
 * @example
 * learnable('at') // => false
 * learnable('suspicion') // => true
 */
export function learnable(run: string): boolean {
  if (run === 'May') return false
  return run
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’]+/u)
    .some((word) => word !== '' && !closedClass.has(word))
}

/**
 * The model's hedges in a text: runs of words it rates at or above its threshold,
 * each with the highest probability of its words.
 *
 * @example
 * findModelHedges('It may rain.', { version: 'm/1', threshold: 0.5, weights: { bias: -4, 'w=may': 8 } })
 * // => [{ start: 3, end: 6, probability: 0.98 }]
 */
export function findModelHedges(
  text: string,
  model: HedgeModel,
): Array<{ start: number; end: number; probability: number }> {
  const list = modelWords(text)
  const weights = weightsOf(model)
  // The features of wordFeatures, built from each word's normal form, stem and
  // shape. The weights of a form's features of one word are read once per form,
  // not once per word (a 6 MB text has a million words and about 50,000 forms);
  // the sum is taken in wordFeatures' order, so it is the same number.
  const weight = (feature: string) => weights.get(feature) ?? 0
  interface Form {
    readonly normal: string
    readonly stem: string
    readonly w: number
    readonly p1: number
    readonly n1: number
    readonly p2: number
    readonly n2: number
    readonly st: number
    readonly suf3: number
    readonly pre4: number
    readonly shape: number
  }
  const forms = new Map<string, Form>()
  const formOf = (text: string): Form => {
    let form = forms.get(text)
    if (form === undefined) {
      const normalized = normal(text)
      const stemmed = stem(normalized)
      form = {
        normal: normalized,
        stem: stemmed,
        w: weight(`w=${normalized}`),
        p1: weight(`p1=${normalized}`),
        n1: weight(`n1=${normalized}`),
        p2: weight(`p2=${normalized}`),
        n2: weight(`n2=${normalized}`),
        st: weight(`st=${stemmed}`),
        suf3: weight(`suf3=${normalized.slice(-3)}`),
        pre4: weight(`pre4=${normalized.slice(0, 4)}`),
        shape: weight(`shape=${shape(text)}`),
      }
      forms.set(text, form)
    }
    return form
  }
  const read = list.map((word) => formOf(word.text))
  const none = '<none>'
  const noneStem = stem(none)
  const bias = weight('bias')
  const leads = leadsOf(model)
  const empty: ReadonlySet<string> = new Set()
  const leadsIn = (family: string) => leads.get(family) ?? empty
  const p1wLeads = leadsIn('p1w')
  const wn1Leads = leadsIn('wn1')
  const p1n1Leads = leadsIn('p1n1')
  const p2p1wLeads = leadsIn('p2p1w')
  const wn1n2Leads = leadsIn('wn1n2')
  const p1wn1Leads = leadsIn('p1wn1')
  const p1stLeads = leadsIn('p1st')
  const stn1Leads = leadsIn('stn1')
  const noneP1 = weight(`p1=${none}`)
  const noneN1 = weight(`n1=${none}`)
  const noneP2 = weight(`p2=${none}`)
  const noneN2 = weight(`n2=${none}`)
  const rated = list.map((word, index) => {
    const form = read[index] as Form
    const before = read[index - 1]
    const after = read[index + 1]
    const before2 = read[index - 2]
    const after2 = read[index + 2]
    const p2 = before2?.normal ?? none
    const p1 = before?.normal ?? none
    const w = form.normal
    const n1 = after?.normal ?? none
    const n2 = after2?.normal ?? none
    const sp1 = before?.stem ?? noneStem
    const sw = form.stem
    const sn1 = after?.stem ?? noneStem
    const sum =
      bias +
      form.w +
      (before?.p1 ?? noneP1) +
      (after?.n1 ?? noneN1) +
      (before2?.p2 ?? noneP2) +
      (after2?.n2 ?? noneN2) +
      (p1wLeads.has(p1) ? weight(`p1w=${p1}|${w}`) : 0) +
      (wn1Leads.has(w) ? weight(`wn1=${w}|${n1}`) : 0) +
      (p1n1Leads.has(p1) ? weight(`p1n1=${p1}|${n1}`) : 0) +
      (p2p1wLeads.has(p2) ? weight(`p2p1w=${p2}|${p1}|${w}`) : 0) +
      (wn1n2Leads.has(w) ? weight(`wn1n2=${w}|${n1}|${n2}`) : 0) +
      (p1wn1Leads.has(p1) ? weight(`p1wn1=${p1}|${w}|${n1}`) : 0) +
      form.st +
      (p1stLeads.has(sp1) ? weight(`p1st=${sp1}|${sw}`) : 0) +
      (stn1Leads.has(sw) ? weight(`stn1=${sw}|${sn1}`) : 0) +
      form.suf3 +
      form.pre4 +
      form.shape
    return { start: word.start, end: word.end, probability: 1 / (1 + Math.exp(-sum)) }
  })
  // Runs are in text order and their words in order: one walk finds each run's best.
  const found: Array<{ start: number; end: number; probability: number }> = []
  let at = 0
  for (const [start, end] of runsOf(
    { text, rows: rated },
    (word) => word.probability >= model.threshold,
  )) {
    let best = 0
    while (at < rated.length && (rated[at]?.start ?? end) < end) {
      const word = rated[at] as (typeof rated)[number]
      if (word.start >= start) best = Math.max(best, word.probability)
      at++
    }
    found.push({ start, end, probability: Math.round(best * 100) / 100 })
  }
  return found
}
