// Prints precision and recall of @scholion/suggest against the gold files, and
// times a 6 MB run. Run from the repository root: `node bench/suggest/score.mjs`.
// The TypeScript sources are loaded through Vite's module runner (no build step).
import { runnerImport } from 'vite'

const root = new URL('../../', import.meta.url).pathname
const config = {
  configFile: false,
  logLevel: 'silent',
  resolve: { alias: { '@scholion/core': `${root}packages/core/src/index.ts` } },
}
// The 6 MB run is timed first, in a process that has run nothing else, as
// `scholion suggest` runs. Each `runnerImport` loads its own copy of the modules,
// and a second copy timed after the scoring was slow and erratic: 5.3–9.9 s in
// the runs of 2026-11-27, against 3.4–4.8 s in a fresh process and 4.6 s for the
// scorer's own copy after the scoring — a cost of measuring that way, not of the
// suggester.
const { module: speed } = await runnerImport(`${root}bench/suggest/speed.ts`, config)
const { characters, milliseconds, annotations } = speed.measure()
// Then with the learned hedge model (`scholion suggest` uses it by default since
// 0.37.0; `suggest()` only when given it), in the same process after the first run.
const { module: shipped } = await runnerImport(`${root}packages/suggest/src/hedge-model.ts`, config)
const withModel = speed.measure({ hedgeModel: shipped.learnedHedgeModel })
const { module: scorer } = await runnerImport(`${root}bench/suggest/score.ts`, config)

for (const set of ['development', 'held-out', 'all']) {
  const samples = scorer.goldOf(set).map((gold) => gold.sample)
  if (samples.length === 0) {
    console.log(`${set}: no samples`)
    continue
  }
  const results = scorer.scoreAll(set)
  console.log(
    `${set} (${samples.length} samples: ${samples.join(', ')}):\nkind          precision  recall   (correct/suggested, found/gold)`,
  )
  for (const [kind, { precision, recall, score }] of Object.entries(results)) {
    console.log(
      `${kind.padEnd(13)} ${(precision * 100).toFixed(1).padStart(6)}%  ${(recall * 100).toFixed(1).padStart(6)}%   (${score.correct}/${score.suggested}, ${score.truePositives}/${score.gold})`,
    )
  }
}
// The learned hedge model (`scholion suggest` by default, `--no-learned-hedges`
// to leave it out): hedges only, held-out gold; its training data is the
// development gold, so its figures there say nothing.
if (scorer.goldOf('held-out').length > 0) {
  const { precision, recall, score } = scorer.scoreAll('held-out', {
    hedgeModel: shipped.learnedHedgeModel,
  }).hedges
  console.log(
    `held-out hedges with the learned hedge model (${shipped.learnedHedgeModel.version}): ${(precision * 100).toFixed(1)}% / ${(recall * 100).toFixed(1)}% (${score.correct}/${score.suggested}, ${score.truePositives}/${score.gold})`,
  )
}
// The agreement study: samples annotated a second time, independently
// (bench/suggest/agreement/); the second annotation scored against the first by
// the suggester's rule, beside the suggester against each.
const pairs = scorer.readAgreement()
if (pairs.length > 0) {
  const line = (label, results) =>
    `  ${label.padEnd(28)} ${Object.entries(results)
      .map(
        ([kind, { precision, recall }]) =>
          `${kind} ${(precision * 100).toFixed(1)} / ${(recall * 100).toFixed(1)}`,
      )
      .join(', ')}`
  const folders = [...new Set(pairs.map(({ folder }) => folder)), undefined]
  console.log('agreement (precision / recall against the first annotation):')
  for (const folder of folders) {
    const chosen = pairs.filter((pair) => folder === undefined || pair.folder === folder)
    console.log(`${folder ?? 'all folders'} (${chosen.length} samples):`)
    console.log(
      line(
        'second annotator',
        scorer.results(chosen.map(({ first, second }) => scorer.compareAnnotations(first, second))),
      ),
    )
    console.log(
      line('suggester', scorer.results(chosen.map(({ first }) => scorer.scoreGold(first)))),
    )
    console.log(
      line(
        'suggester vs the second',
        scorer.results(chosen.map(({ second }) => scorer.scoreGold(second))),
      ),
    )
  }
}
console.log(
  `speed, rules alone (suggest() by default, scholion suggest --no-learned-hedges): ${(characters / 1e6).toFixed(1)} MB in ${(milliseconds / 1000).toFixed(2)} s, ${annotations} suggestions`,
)
console.log(
  `speed with the learned hedge model (scholion suggest by default): ${(withModel.characters / 1e6).toFixed(1)} MB in ${(withModel.milliseconds / 1000).toFixed(2)} s, ${withModel.annotations} suggestions`,
)

const { module: seed } = await runnerImport(`${root}bench/suggest/seed.ts`, config)
const seedScore = seed.scoreSeed()
if (seedScore === undefined)
  console.log('seed: examples/gulag-1992/article.scholion.json not found')
else {
  const withModelSeed = seed.scoreSeed({ hedgeModel: shipped.learnedHedgeModel })
  console.log(
    'seed article (examples/gulag-1992), found / in the edition (rules alone; with the learned hedge model):',
  )
  for (const [kind, { found, total }] of Object.entries(seedScore))
    console.log(`  ${kind.padEnd(13)} ${found}/${total}; ${withModelSeed[kind].found}/${total}`)
}
