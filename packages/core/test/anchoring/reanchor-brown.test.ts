/**
 * Re-anchoring real text after realistic edits, with ground truth (see
 * edit-scenario.ts): with the previous text, and by quote and context only.
 */
import { describe, expect, it } from 'vitest'
import { brownSample, brownSampleIds } from '../../../../test-support/brown.mjs'
import { createAnchorer } from '../../src/lib/anchoring/anchorer.js'
import { buildScenario, type Scenario, type Tally, tally } from './edit-scenario.js'

const ids = brownSampleIds()
const extraSentences = ids
  .slice(-40)
  .flatMap((id) => brownSample(id))
  .flatMap((paragraph) => paragraph.split(/(?<=[.?!]) (?=[A-Z])/))
  .filter((sentence) => sentence.length > 20 && sentence.length < 200)

const scenarios: [name: string, build: () => Scenario][] = [
  [
    'press and religion (a, d: 60 samples)',
    () =>
      buildScenario(
        ids.slice(0, 60).flatMap((id) => brownSample(id)),
        { seed: 1, spans: 1500, extraSentences },
      ),
  ],
  [
    'learned and fiction (j, k: 60 samples)',
    () =>
      buildScenario(
        ids.slice(300, 360).flatMap((id) => brownSample(id)),
        { seed: 2, spans: 1500, extraSentences },
      ),
  ],
]

function summary(result: Tally): string {
  const { failures, ...counts } = result
  const lines = failures
    .slice(0, 12)
    .map(
      (failure) =>
        `  ${failure.role} ${JSON.stringify(failure.truth)} → ${failure.result.status} ${failure.result.start}-${failure.result.end} (${failure.result.score.toFixed(2)}) ${JSON.stringify(failure.exact)}`,
    )
  return [JSON.stringify(counts), ...lines].join('\n')
}

describe.each(scenarios)('re-anchoring after realistic edits: %s', (_name, build) => {
  const scenario = build()

  it('with the previous text: every surviving span found, nothing misanchored', () => {
    const anchorer = createAnchorer(scenario.newText, { previousText: scenario.oldText })
    const result = tally(
      scenario.spans,
      anchorer.resolveAll(scenario.spans.map((span) => span.selector)),
    )
    console.log('with previous text', summary(result), JSON.stringify(scenario.edits))
    expect(result.misanchored).toBe(0)
    expect(result.boundaryOff).toBe(0)
    expect(result.survivingReported).toBe(0)
    expect(result.correct).toBe(result.surviving)
  })

  it('by quote and context only: ≥ 99.5% of surviving spans found, nothing misanchored', () => {
    const anchorer = createAnchorer(scenario.newText)
    const result = tally(
      scenario.spans,
      anchorer.resolveAll(scenario.spans.map((span) => span.selector)),
    )
    console.log('quote only', summary(result))
    expect(result.misanchored).toBe(0)
    expect(result.boundaryOff).toBe(0)
    expect(result.correct / result.surviving).toBeGreaterThanOrEqual(0.995)
  })
})
