// Timing helpers: medians of repeated runs, stratified samples for slow peers.

/** Median of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/**
 * A full collection before each timed run, then a pause for it to finish: with a few
 * hundred megabytes live, the sweeping a forced collection leaves to background threads
 * competed with the next run on two cores and made it up to 3× slower (a probe in the
 * bench: 100,000 range queries took 129–187 ms right after `gc()`, 57–76 ms after a
 * 300 ms pause). The timings measure the code, not the aftermath of the bench's own
 * `gc()`.
 */
async function collectGarbage() {
  if (globalThis.gc === undefined) return
  globalThis.gc()
  await new Promise((resolve) => setTimeout(resolve, 300))
}

/** Runs `fn` `runs` times (after `warmup` untimed runs); returns the times in ms and the last result. */
export async function repeat(fn, runs, warmup = 0) {
  for (let i = 0; i < warmup; i++) await fn()
  const times = []
  let result
  for (let i = 0; i < runs; i++) {
    await collectGarbage()
    const start = performance.now()
    result = await fn()
    times.push(performance.now() - start)
  }
  return { times, median: median(times), result }
}

/**
 * Like {@link repeat} for several functions at once, run in turns (a, b, a, b, …), so
 * that a change in the machine's load between runs touches every side alike and their
 * ratio stays fair. Returns one `{ times, median, result }` per function.
 */
export async function repeatInTurns(fns, runs, warmup = 0) {
  for (let i = 0; i < warmup; i++) for (const fn of fns) await fn()
  const all = fns.map(() => ({ times: [], median: 0, result: undefined }))
  for (let i = 0; i < runs; i++) {
    for (const [index, fn] of fns.entries()) {
      await collectGarbage()
      const start = performance.now()
      all[index].result = await fn()
      all[index].times.push(performance.now() - start)
    }
  }
  for (const entry of all) entry.median = median(entry.times)
  return all
}

/**
 * Runs a slow per-span matcher on a stratified sample: strata are visited round
 * robin (in their given random order) until each is exhausted or `budgetMs` is
 * spent. Returns per-stratum times and verdicts, for estimates weighted by each
 * stratum's share of the whole population.
 */
export async function sampleStrata(strata, run, budgetMs) {
  const results = strata.map(() => ({ times: [], verdicts: [] }))
  const cursors = strata.map(() => 0)
  const started = performance.now()
  for (let busy = true; busy && performance.now() - started < budgetMs; ) {
    busy = false
    for (let s = 0; s < strata.length; s++) {
      const stratum = strata[s]
      if (cursors[s] >= stratum.sample.length) continue
      busy = true
      const index = stratum.sample[cursors[s]++]
      const start = performance.now()
      const verdict = await run(index)
      results[s].times.push(performance.now() - start)
      results[s].verdicts.push(verdict)
    }
  }
  // Estimates: total time and share of each verdict over the population.
  const population = strata.reduce((sum, stratum) => sum + stratum.size, 0)
  let totalMs = 0
  const shares = {}
  let sampled = 0
  strata.forEach((stratum, s) => {
    const { times, verdicts } = results[s]
    sampled += times.length
    if (times.length === 0) return
    totalMs += (stratum.size * times.reduce((a, b) => a + b, 0)) / times.length
    for (const verdict of verdicts)
      shares[verdict] = (shares[verdict] ?? 0) + stratum.size / verdicts.length / population
  })
  return { totalMs, shares, sampled, perStratum: results.map((r) => r.times.length) }
}

/** Shuffled copy (Fisher–Yates) with the given random source. */
export function shuffle(items, random) {
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.int(i + 1)
    ;[copy[i], copy[j]] = [copy[j], copy[i]]
  }
  return copy
}

/** Formats milliseconds: `85 ms`, `1.24 s`, `26 min`. */
export function formatMs(ms) {
  if (ms < 10) return `${ms.toFixed(1)} ms`
  if (ms < 1000) return `${ms.toFixed(0)} ms`
  if (ms < 120_000) return `${(ms / 1000).toFixed(2)} s`
  return `${(ms / 60_000).toFixed(1)} min`
}

/** `12.3 %` */
export function percent(share) {
  return `${(100 * share).toFixed(share > 0 && share < 0.001 ? 3 : 2)} %`
}
