/**
 * An experiment: does a hedge model learned from the gold find what the lexicon
 * misses on stories it has never seen? A logistic regression over each word and
 * its neighbours, trained on gold hedges, suggests the words it rates at or above
 * a threshold; its spans that overlap no span of the rules are added to the
 * rules' own ("the union"). Scored by the rule of `score.ts`: a suggestion is
 * correct when it overlaps a gold hedge, a gold hedge found when a suggestion
 * overlaps it.
 *
 * Training lives here; the suggester ships the model this trains as an option
 * (`train-hedge-model.mjs` writes it; `@scholion/suggest/hedge-model`), with the
 * word reading and features of `packages/suggest/src/lib/hedges/hedge-model.ts`.
 * docs/suggestions.md ("A learned hedge model", "The learned hedge model,
 * shipped as an option") reports what it measured.
 */
import {
  modelWords,
  runsOf,
  wordFeatures,
} from '../../packages/suggest/src/lib/hedges/hedge-model.js'
import { type GoldFile, locate, sampleText } from './score.js'

export { runsOf }

/** `[start, end)` in a text. */
export type Range = readonly [number, number]

/** A word or punctuation mark of a text, with its features and gold label. */
export interface Row {
  readonly start: number
  readonly end: number
  readonly features: readonly string[]
  /** 1 when the word overlaps a gold hedge. */
  readonly label: 0 | 1
}

/** A gold sample read for the experiment: its region's text, gold hedges and rows. */
export interface Sample {
  readonly sample: string
  /** The round that made it (from its `annotator`), 0 when none is named. */
  readonly round: number
  readonly text: string
  readonly hedges: readonly Range[]
  readonly rows: readonly Row[]
}

/** The model's settings, fixed before any held-out sample was scored with it. */
export interface Settings {
  readonly epochs: number
  readonly rate: number
  /** Ratio by which each update shrinks a weight (L2 regularisation). */
  readonly shrink: number
  /** Lowest probability at which a word is suggested. */
  readonly threshold: number
  /** Seed of the shuffling: training is deterministic. */
  readonly seed: number
}

/**
 * The settings chosen on development rounds 22–28 (see docs/suggestions.md); the
 * threshold raised from 0.5 to 0.55 in session 13, chosen on two validation splits
 * (model C on rounds 54–59, model D on rounds 63–66, each trained without them):
 * as many hedges found, fewer false ones.
 */
export const settings: Settings = {
  epochs: 8,
  rate: 0.2,
  shrink: 1e-6,
  threshold: 0.55,
  seed: 7,
}

/** The model's reading of a text into words, and their features: the package's own. */
export { modelWords as words, wordFeatures as features }

/** The rows of a text: each word with its features, labelled by the gold hedges. */
export function rowsOf(text: string, hedges: readonly Range[]): Row[] {
  const list = modelWords(text)
  return list.map((word, index) => ({
    start: word.start,
    end: word.end,
    features: wordFeatures(list, index),
    label: hedges.some(([start, end]) => word.start < end && start < word.end) ? 1 : 0,
  }))
}

/** Reads a gold file's region and hedges into a sample. */
export function sampleOf(gold: GoldFile): Sample {
  const { text } = sampleText(gold)
  const hedges = gold.hedges.map((item) => {
    const range = locate(text, item.exact, item.sub)
    return [range.start, range.end] as const
  })
  const round = Number(/round[- ](\d+)/.exec(gold.annotator ?? '')?.[1] ?? 0)
  return { sample: gold.sample, round, text, hedges, rows: rowsOf(text, hedges) }
}

/** A trained model: a weight per feature. */
export type Model = ReadonlyMap<string, number>

/**
 * Trains a logistic regression by stochastic gradient descent, the rows shuffled
 * by a seeded generator each epoch, the rate falling as 1 / epoch.
 */
export function train(rows: readonly Row[], chosen: Settings = settings): Model {
  const weights = new Map<string, number>()
  descend(rows, chosen, (row, epoch) => {
    const step = ((row.label - probability(weights, row.features)) * chosen.rate) / (1 + epoch)
    for (const feature of row.features)
      weights.set(feature, (weights.get(feature) ?? 0) * (1 - chosen.shrink) + step)
  })
  return weights
}

/**
 * The loop of stochastic gradient descent: `chosen.epochs` passes over the rows,
 * shuffled before each by a generator seeded with `chosen.seed`, so that training
 * is deterministic; `update` takes one row and the epoch's number.
 */
export function descend<R>(
  rows: readonly R[],
  chosen: Settings,
  update: (row: R, epoch: number) => void,
): void {
  let state = chosen.seed
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
  const order = rows.map((_, index) => index)
  for (let epoch = 0; epoch < chosen.epochs; epoch++) {
    for (let index = order.length - 1; index > 0; index--) {
      const other = Math.floor(random() * (index + 1))
      ;[order[index], order[other]] = [order[other] as number, order[index] as number]
    }
    for (const index of order) update(rows[index] as R, epoch)
  }
}

/** The model's probability that a word with these features is (part of) a hedge. */
export function probability(model: Model, list: readonly string[]): number {
  let sum = 0
  for (const feature of list) sum += model.get(feature) ?? 0
  return 1 / (1 + Math.exp(-sum))
}

/**
 * The model's suggestions in a sample: runs of words rated at or above the
 * threshold, joined across white space.
 */
export function suggestIn(
  sample: Pick<Sample, 'text' | 'rows'>,
  model: Model,
  threshold = settings.threshold,
): Range[] {
  return runsOf(sample, (row) => probability(model, row.features) >= threshold)
}

const overlaps = (a: Range, b: Range) => a[0] < b[1] && b[0] < a[1]

/** The rules' spans, and the model's that overlap none of them. */
export function union(rules: readonly Range[], model: readonly Range[]): Range[] {
  return [...rules, ...model.filter((span) => !rules.some((rule) => overlaps(span, rule)))]
}

/** Counts by the rule of `score.ts`. */
export interface Count {
  correct: number
  suggested: number
  found: number
  gold: number
}

/** Adds one sample's counts to `count`. */
export function tally(count: Count, gold: readonly Range[], suggested: readonly Range[]): Count {
  count.gold += gold.length
  count.found += gold.filter((range) => suggested.some((span) => overlaps(span, range))).length
  count.suggested += suggested.length
  count.correct += suggested.filter((span) => gold.some((range) => overlaps(span, range))).length
  return count
}

/** "P / R (correct/suggested, found/gold)", percentages to one decimal. */
export function format({ correct, suggested, found, gold }: Count): string {
  const percent = (part: number, whole: number) =>
    whole === 0 ? '–' : ((part / whole) * 100).toFixed(1)
  return `${percent(correct, suggested)} / ${percent(found, gold)} (${correct}/${suggested}, ${found}/${gold})`
}
