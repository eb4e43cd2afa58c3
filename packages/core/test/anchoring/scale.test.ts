/**
 * Scale check (not timed, not asserting speed): the whole Brown corpus (~6 MB),
 * scattered edits, 10,000 spans. Prints the time taken so a human can read it;
 * asserts only correctness: nothing misanchored, ≥ 99.5% found. Run alone with:
 *   npx vitest run packages/core/test/anchoring/scale.test.ts
 */
import { expect, it } from 'vitest'
import { brownText } from '../../../../test-support/brown.mjs'
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

/**
 * Scattered word edits, as in the benchmark (bench/lib/data.mjs): about 1 % of the
 * words, never two adjacent — a word replaced by another word of the text (40 %),
 * a letter changed (20 %), a word deleted with its following space (20 %), a word
 * inserted (20 %). Ground truth by tracking these edits: a span is gone when less
 * than half of its characters survive; otherwise its ends map through the edits
 * (inserted words at its edges stay outside), whitespace trimmed.
 */
it('6 MB text, 10,000 word-aligned spans, ~10,000 scattered word edits: nothing misanchored', () => {
  const oldText = brownText()
  const rand = random(2024)
  const words: [number, number][] = []
  for (const match of oldText.matchAll(/\S+/g))
    words.push([match.index, match.index + match[0].length])
  const vocabulary = words
    .map(([start, end]) => oldText.slice(start, end))
    .filter((word) => /^[a-z]{2,}$/i.test(word))
  const pick = () => vocabulary[Math.floor(rand() * vocabulary.length)] as string
  const edits: { from: number; to: number; insert: string }[] = []
  let lastTouched = -2
  words.forEach(([start, end], index) => {
    if (rand() >= 0.01 || index <= lastTouched + 1) return
    const letters = /[a-z]+/i.exec(oldText.slice(start, end))
    const kind = rand()
    if (kind < 0.4 && letters) {
      let word = pick()
      while (word === letters[0]) word = pick()
      edits.push({
        from: start + letters.index,
        to: start + letters.index + letters[0].length,
        insert: word,
      })
    } else if (kind < 0.6 && letters && letters[0].length >= 3) {
      const at = start + letters.index + 1 + Math.floor(rand() * (letters[0].length - 1))
      const old = oldText[at] as string
      let letter = old
      while (letter.toLowerCase() === old.toLowerCase())
        letter = String.fromCharCode(97 + Math.floor(rand() * 26))
      edits.push({ from: at, to: at + 1, insert: letter })
    } else if (kind < 0.8 && oldText[end] === ' ' && /\S/.test(oldText[end + 1] ?? '')) {
      edits.push({ from: start, to: end + 1, insert: '' })
    } else if (kind >= 0.8) {
      edits.push({ from: start, to: start, insert: `${pick().toLowerCase()} ` })
    } else return
    lastTouched = index
  })
  let newText = ''
  let cursor = 0
  for (const edit of edits) {
    newText += oldText.slice(cursor, edit.from) + edit.insert
    cursor = edit.to
  }
  newText += oldText.slice(cursor)
  // Maps an old offset through the edits (a plain walk, not the library's EditMap).
  const mapThrough = (pos: number, assoc: 1 | -1) => {
    let shift = 0
    for (const edit of edits) {
      if (edit.from > pos) break
      if (pos <= edit.to && !(pos === edit.to && edit.from < edit.to)) {
        const inside = pos === edit.from && edit.from < edit.to
        return edit.from + shift + (inside || assoc < 0 ? 0 : edit.insert.length)
      }
      shift += edit.insert.length - (edit.to - edit.from)
    }
    return pos + shift
  }
  const describer = createAnchorer(oldText)
  const spans = Array.from({ length: 10_000 }, () => {
    const first = Math.floor(rand() * (words.length - 10))
    const count = rand() < 0.5 ? 1 + Math.floor(rand() * 3) : 1 + Math.floor(rand() * 10)
    const start = (words[first] as [number, number])[0]
    const end = (words[first + count - 1] as [number, number])[1]
    return describer.describe({ start, end })
  }).filter((span) => !span.exact.includes('\n\n'))
  const truth = spans.map(({ start, end }) => {
    let removed = 0
    for (const edit of edits) {
      if (edit.from >= end) break
      removed += Math.max(0, Math.min(end, edit.to) - Math.max(start, edit.from))
    }
    if ((end - start - removed) / (end - start) < 0.5) return undefined
    let from = mapThrough(start, 1)
    let to = mapThrough(end, -1)
    while (from < to && /\s/.test(newText[from] as string)) from++
    while (to > from && /\s/.test(newText[to - 1] as string)) to--
    return to > from ? ([from, to] as const) : undefined
  })

  for (const [label, options, least] of [
    // With the previous text every surviving span is found; an edge may differ where
    // two minimal diffs exist ("and " inserted before or after an "and" at the span's
    // end), so exactness is asserted at 99.9 %.
    ['with previous text', { previousText: oldText }, 0.999],
    ['quote only', {}, 0.99],
  ] as const) {
    const began = performance.now()
    const results = createAnchorer(newText, options).resolveAll(spans)
    const took = performance.now() - began
    let correct = 0
    let edges = 0
    let misanchored = 0
    let missed = 0
    let goneReported = 0
    results.forEach((result, index) => {
      const expected = truth[index]
      if (result.start === undefined || result.end === undefined) {
        if (expected) {
          missed++
          console.log(
            'missed',
            result.status,
            JSON.stringify(spans[index]?.exact),
            'expected',
            JSON.stringify(newText.slice(expected[0], expected[1])),
          )
        } else goneReported++
        return
      }
      let { start, end } = result
      while (start < end && /\s/.test(newText[start] as string)) start++
      while (end > start && /\s/.test(newText[end - 1] as string)) end--
      const verdict = !expected
        ? 'misanchored'
        : start === expected[0] && end === expected[1]
          ? 'correct'
          : start < expected[1] && end > expected[0]
            ? 'edges'
            : 'misanchored'
      if (verdict === 'correct') correct++
      else if (verdict === 'edges') edges++
      else misanchored++
      if (verdict === 'misanchored') {
        const span = spans[index]
        console.log(
          verdict,
          result.status,
          JSON.stringify(span?.exact),
          '→',
          JSON.stringify(newText.slice(start, end)),
          'expected',
          JSON.stringify(expected && newText.slice(expected[0], expected[1])),
        )
      }
    })
    const surviving = truth.filter(Boolean).length
    console.log(
      `${label}: ${edits.length} word edits, ${spans.length} spans (${spans.length - surviving} gone) — createAnchorer + resolveAll ${took.toFixed(0)} ms; correct ${correct}, edges off ${edges}, misanchored ${misanchored}, surviving missed ${missed}, gone reported ${goneReported}`,
    )
    expect(misanchored).toBe(0)
    expect(correct / surviving).toBeGreaterThanOrEqual(least)
    if ('previousText' in options) expect(missed).toBe(0)
  }
})
