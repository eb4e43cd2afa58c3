// (4) in a fresh process: the same 100,000 range queries over the same 50,000
// annotations as bench/run.mjs, for comparison with the figure taken inside the
// bench's process after (1)–(3). Prints { median, times } as JSON.
// Usage: node --expose-gc bench/query-child.mjs <text length> <runs>
import { createRandom } from './lib/data.mjs'
import { repeat } from './lib/measure.mjs'

const [length, runs] = process.argv.slice(2).map(Number)
const core = await import(new URL('../packages/core/dist/index.js', import.meta.url))
const random = createRandom(5)
const annotations = Array.from({ length: 50_000 }, (_, i) => {
  const start = random.int(length - 300)
  return { id: `s${i}`, kind: 'note', spans: [{ start, end: start + 1 + random.int(200) }] }
})
const queries = Array.from({ length: 100_000 }, () => {
  const start = random.int(length - 100)
  return { start, end: start + random.int(100) }
})
const set = core.createAnnotationSet(annotations)
set.at(0)
const { median, times } = await repeat(
  () => {
    let hits = 0
    for (const query of queries) hits += set.overlapping(query).length
    return hits
  },
  runs,
  1,
)
process.stdout.write(`${JSON.stringify({ median, times })}\n`)
