/**
 * Scale check (not timed, not asserting speed): the whole Brown corpus (~6 MB),
 * scattered edits, 10,000 spans. Prints the time taken so a human can read it;
 * asserts only correctness: nothing misanchored, ≥ 99.5% found. Run alone with:
 *   npx vitest run packages/core/test/anchoring/scale.test.ts
 */
import { expect, it } from 'vitest'
import { brownText } from '../../../../test-support/brown.js'
import { createAnchorer } from '../../src/lib/anchoring/anchorer.js'
import { random } from './edit-scenario.js'

it('6 MB text, 10,000 spans, scattered edits: nothing misanchored', () => {
  const oldText = brownText()
  const rand = random(7)
  // 200 scattered insertions of a short sentence, at spaces.
  const inserts = Array.from({ length: 200 }, () => Math.floor(rand() * oldText.length))
    .map((at) => oldText.indexOf(' ', at) + 1)
    .filter((at) => at > 0)
    .sort((a, b) => a - b)
  let newText = ''
  let cursor = 0
  for (const at of inserts) {
    newText += `${oldText.slice(cursor, at)}(an added remark) `
    cursor = at
  }
  newText += oldText.slice(cursor)
  const shiftAt = (offset: number) => {
    let count = 0
    for (const at of inserts) if (at <= offset) count++
    return count * '(an added remark) '.length
  }
  const describer = createAnchorer(oldText)
  const spans = Array.from({ length: 10_000 }, () => {
    const start = oldText.indexOf(' ', Math.floor(rand() * (oldText.length - 200))) + 1
    const end = oldText.indexOf(' ', start + 5 + Math.floor(rand() * 60))
    return describer.describe({ start, end })
  }).filter((span) => !inserts.some((at) => at > span.start && at < span.end))

  for (const [label, options] of [
    ['with previous text', { previousText: oldText }],
    ['quote only', {}],
  ] as const) {
    const began = performance.now()
    const anchorer = createAnchorer(newText, options)
    const built = performance.now()
    const results = anchorer.resolveAll(spans)
    const done = performance.now()
    let correct = 0
    let misanchored = 0
    const reported: string[] = []
    results.forEach((result, index) => {
      const span = spans[index]
      if (!span) return
      if (result.start === undefined)
        reported.push(`${result.status} ${JSON.stringify(span.exact)}`)
      else if (result.start === span.start + shiftAt(span.start)) correct++
      else {
        misanchored++
        const expected = span.start + shiftAt(span.start)
        console.log(
          'MIS',
          result.status,
          result.via,
          result.score,
          result.start,
          expected,
          JSON.stringify(span),
          JSON.stringify(newText.slice((result.start as number) - 40, (result.end as number) + 40)),
          JSON.stringify(newText.slice(expected - 40, expected + span.exact.length + 40)),
        )
      }
    })
    console.log(
      `${label}: ${(newText.length / 1e6).toFixed(1)} MB, ${spans.length} spans — index+diff ${(built - began).toFixed(0)} ms, resolveAll ${(done - built).toFixed(0)} ms, correct ${correct}, misanchored ${misanchored}, reported ${reported.length}`,
      reported.slice(0, 5),
    )
    expect(misanchored).toBe(0)
    expect(correct / spans.length).toBeGreaterThanOrEqual(0.995)
  }
})
