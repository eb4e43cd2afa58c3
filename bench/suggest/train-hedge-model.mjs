// Trains the learned hedge model that @scholion/suggest ships (off by default:
// `suggest(text, { hedgeModel: learnedHedgeModel })`, `scholion suggest
// --learned-hedges`) and writes it to
// packages/suggest/src/lib/hedges/hedge-model-weights.json. Run from the
// repository root after development gold changes:
//
//   node bench/suggest/train-hedge-model.mjs
//
// The model of bench/suggest/learned-hedges.ts with its settings, trained on
// every development gold file (none held out); weights under 0.01 dropped and
// the rest rounded to three decimals, which leaves its suggestions on the
// development gold unchanged (checked below) and the file about 3 MB.
import { renameSync, writeFileSync } from 'node:fs'
import { runnerImport } from 'vite'

const root = new URL('../../', import.meta.url).pathname
const load = async (path) =>
  (
    await runnerImport(`${root}${path}`, {
      configFile: false,
      logLevel: 'silent',
      resolve: { alias: { '@scholion/core': `${root}packages/core/src/index.ts` } },
    })
  ).module
const experiment = await load('bench/suggest/learned-hedges.ts')
const scorer = await load('bench/suggest/score.ts')
const { findModelHedges } = await load('packages/suggest/src/lib/hedges/hedge-model.ts')

const development = scorer.goldOf('development').map(experiment.sampleOf)
const model = experiment.train(development.flatMap((sample) => sample.rows))
const floor = 0.01
const weights = Object.fromEntries(
  [...model]
    .filter(([feature, weight]) => feature === 'bias' || Math.abs(weight) >= floor)
    .map(([feature, weight]) => [feature, Math.round(weight * 1000) / 1000])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
)
const shipped = {
  version: 'scholion-hedge-model/1',
  threshold: experiment.settings.threshold,
  trainedOn: {
    samples: development.length,
    hedges: development.reduce((sum, sample) => sum + sample.hedges.length, 0),
  },
  settings: experiment.settings,
  floor,
  weights,
}
let changed = 0
for (const sample of development) {
  const full = JSON.stringify(experiment.suggestIn(sample, model))
  const small = JSON.stringify(
    findModelHedges(sample.text, shipped).map((hedge) => [hedge.start, hedge.end]),
  )
  if (full !== small) changed++
}
const target = `${root}packages/suggest/src/lib/hedges/hedge-model-weights.json`
writeFileSync(`${target}.tmp`, `${JSON.stringify(shipped)}\n`)
renameSync(`${target}.tmp`, target)
console.log(
  `trained on ${shipped.trainedOn.samples} samples (${shipped.trainedOn.hedges} hedges); ${Object.keys(weights).length} of ${model.size} weights kept; development samples whose suggestions changed by the pruning: ${changed}`,
)
