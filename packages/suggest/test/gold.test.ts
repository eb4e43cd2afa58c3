import { describe, expect, it } from 'vitest'
import { scoreAll } from '../../../bench/suggest/score.js'

// Thresholds of issue 7, measured on the hand-made gold in bench/suggest/gold.
// `node bench/suggest/score.mjs` prints the full table.
describe('gold (Brown press reportage)', () => {
  const results = scoreAll()
  it.each([
    ['figures', 0.95, 0.95],
    ['hedges', 0.85, 0.85],
    ['attributions', 0.8, 0.8],
  ] as const)('%s: precision ≥ %s, recall ≥ %s', (kind, precision, recall) => {
    expect(results[kind].precision).toBeGreaterThanOrEqual(precision)
    expect(results[kind].recall).toBeGreaterThanOrEqual(recall)
  })
})
