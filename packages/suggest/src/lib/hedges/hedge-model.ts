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
  // shape computed once (a 6 MB text has a million words).
  // A text repeats its words: each form is read once.
  const forms = new Map<string, { normal: string; stem: string; shape: string }>()
  const formOf = (text: string) => {
    let form = forms.get(text)
    if (form === undefined) {
      const normalized = normal(text)
      form = { normal: normalized, stem: stem(normalized), shape: shape(text) }
      forms.set(text, form)
    }
    return form
  }
  const read = list.map((word) => formOf(word.text))
  const normals = read.map((form) => form.normal)
  const stems = read.map((form) => form.stem)
  const shapes = read.map((form) => form.shape)
  const weight = (feature: string) => weights.get(feature) ?? 0
  const rated = list.map((word, index) => {
    const p2 = normals[index - 2] ?? '<none>'
    const p1 = normals[index - 1] ?? '<none>'
    const w = normals[index] as string
    const n1 = normals[index + 1] ?? '<none>'
    const n2 = normals[index + 2] ?? '<none>'
    const sp1 = stems[index - 1] ?? stem('<none>')
    const sw = stems[index] as string
    const sn1 = stems[index + 1] ?? stem('<none>')
    const sum =
      weight('bias') +
      weight(`w=${w}`) +
      weight(`p1=${p1}`) +
      weight(`n1=${n1}`) +
      weight(`p2=${p2}`) +
      weight(`n2=${n2}`) +
      weight(`p1w=${p1}|${w}`) +
      weight(`wn1=${w}|${n1}`) +
      weight(`p1n1=${p1}|${n1}`) +
      weight(`p2p1w=${p2}|${p1}|${w}`) +
      weight(`wn1n2=${w}|${n1}|${n2}`) +
      weight(`p1wn1=${p1}|${w}|${n1}`) +
      weight(`st=${sw}`) +
      weight(`p1st=${sp1}|${sw}`) +
      weight(`stn1=${sw}|${sn1}`) +
      weight(`suf3=${w.slice(-3)}`) +
      weight(`pre4=${w.slice(0, 4)}`) +
      weight(`shape=${shapes[index]}`)
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
