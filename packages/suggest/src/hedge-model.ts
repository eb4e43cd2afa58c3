// @scholion/suggest/hedge-model — the learned hedge model, a module of its own so
// that its weights (about 3 MB) are loaded only by those who ask for them.
import type { HedgeModel } from './lib/hedges/hedge-model.js'
import trained from './lib/hedges/hedge-model-weights.json' with { type: 'json' }

/**
 * The learned hedge model (`scholion-hedge-model/1`): a logistic regression over
 * words and their neighbours, trained on the development gold of
 * `bench/suggest/gold/`. Pass it to `suggest(text, { hedgeModel: learnedHedgeModel })`.
 *
 * @example
 * learnedHedgeModel.version // => 'scholion-hedge-model/1'
 */
export const learnedHedgeModel: HedgeModel = trained

export type { HedgeModel } from './lib/hedges/hedge-model.js'
