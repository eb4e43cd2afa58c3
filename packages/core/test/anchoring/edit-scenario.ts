/**
 * Realistic edits of real text, with ground truth: where each span of the old text
 * is in the new text, or that it is gone. Shared by the re-anchoring tests.
 *
 * The old text is Brown-corpus prose with some paragraphs hard-wrapped. Edits are
 * non-overlapping, non-touching operations on it: sentences inserted and deleted,
 * typos fixed (inside spans too), paragraphs re-wrapped and unwrapped, paragraphs
 * moved, a span's sentence deleted while its words survive elsewhere, and a span
 * edited while a verbatim copy of its old words is inserted elsewhere. The oracle
 * that computes where spans went is a plain linear walk, independent of the
 * library's mapping code.
 */
import { describeSpan, type SpanSelector } from '../../src/lib/anchoring/selector.js'

/** A seeded pseudo-random generator (mulberry32), so scenarios are reproducible. */
export function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** What a span's ground truth is. */
export type Truth =
  | { readonly kind: 'at'; readonly start: number; readonly end: number }
  | { readonly kind: 'gone' }

/** One test span with its category and ground truth. */
export interface ScenarioSpan {
  readonly selector: SpanSelector
  readonly truth: Truth
  /** Why the span is here: `random`, `lookalike` (sentence deleted, words elsewhere) or `copied` (edited, old words inserted elsewhere). */
  readonly role: 'random' | 'lookalike' | 'copied'
}

/** A scenario: old and new text, and spans described on the old text. */
export interface Scenario {
  readonly oldText: string
  readonly newText: string
  readonly spans: readonly ScenarioSpan[]
  /** Edit counts by kind, for reporting. */
  readonly edits: Readonly<Record<string, number>>
}

/** An operation on the old text: `[from, to)` replaced by `insert`; `moveOf` marks a moved paragraph's insertion. */
interface Operation {
  readonly from: number
  readonly to: number
  readonly insert: string
  readonly kind: string
  /** For the insertion of a moved paragraph: where the paragraph starts in the old text. */
  readonly moveOf?: number
}

interface Paragraph {
  readonly start: number
  /** End of the paragraph's text (before the blank line). */
  readonly end: number
}

/** Options of {@link buildScenario}. */
export interface ScenarioOptions {
  readonly seed: number
  readonly spans: number
  /** Sentences from elsewhere, to insert. */
  readonly extraSentences: readonly string[]
}

/**
 * Builds a scenario from paragraphs of running text.
 */
export function buildScenario(paragraphs: readonly string[], options: ScenarioOptions): Scenario {
  const rand = random(options.seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T

  // Old text: some paragraphs hard-wrapped at about 72 columns (unwrapped by the edits).
  const wrapped = new Set<number>()
  const oldParts = paragraphs.map((paragraph, index) => {
    if (rand() < 0.06) {
      wrapped.add(index)
      return wrap(paragraph, 72)
    }
    return paragraph
  })
  const oldText = oldParts.join('\n\n')
  const paras: Paragraph[] = []
  let offset = 0
  for (const part of oldParts) {
    paras.push({ start: offset, end: offset + part.length })
    offset += part.length + 2
  }

  const operations: Operation[] = []
  const busy: [number, number][] = []
  /** Reserves `[from, to]` (plus one character each side so operations never touch). */
  const reserve = (from: number, to: number): boolean => {
    for (const [a, b] of busy) if (from - 1 <= b && to + 1 >= a) return false
    busy.push([from, to])
    return true
  }
  const counts: Record<string, number> = {}
  const add = (operation: Operation) => {
    operations.push(operation)
    counts[operation.kind] = (counts[operation.kind] ?? 0) + 1
  }

  // Spans: word-aligned, 1–10 words, inside one paragraph.
  const words = [...oldText.matchAll(/[^\s]+/g)].map(
    (match) => [match.index, match.index + match[0].length] as const,
  )
  const paragraphOf = (at: number) => paras.find((p) => p.start <= at && at <= p.end)
  const randomSpan = (): readonly [number, number] | undefined => {
    const first = Math.floor(rand() * words.length)
    const count = 1 + Math.floor(rand() * 10)
    const last = Math.min(words.length - 1, first + count - 1)
    const start = (words[first] as readonly [number, number])[0]
    const end = (words[last] as readonly [number, number])[1]
    return paragraphOf(start) === paragraphOf(end) ? [start, end] : undefined
  }

  const special: { range: readonly [number, number]; role: 'lookalike' | 'copied' }[] = []

  // Spans. Sentence insertions and deletions stay out of their interiors: a span
  // that gains or loses a whole sentence in its middle has no single right answer
  // by quote (with the previous text, unit tests cover it).
  const ranges: (readonly [number, number])[] = []
  while (ranges.length < options.spans) {
    const range = randomSpan()
    if (range) ranges.push(range)
  }
  const splitsSpan = (from: number, to: number) =>
    ranges.some(([start, end]) => (start < from && from < end) || (start < to && to < end))

  // Paragraph moves: whole paragraphs, untouched otherwise.
  const moved = new Set<number>()
  for (let n = 0; n < 20; n++) {
    const index = 1 + Math.floor(rand() * (paras.length - 3))
    const destination = 1 + Math.floor(rand() * (paras.length - 2))
    if (Math.abs(destination - index) < 2 || moved.has(index) || moved.has(destination)) continue
    const source = paras[index] as Paragraph
    const target = paras[destination] as Paragraph
    const nextStart = (paras[index + 1] as Paragraph).start
    if (!reserve(source.start, nextStart)) continue
    if (!reserve(target.start, target.start)) continue
    moved.add(index)
    moved.add(destination)
    add({ from: source.start, to: nextStart, insert: '', kind: 'paragraph-moved' })
    add({
      from: target.start,
      to: target.start,
      insert: oldText.slice(source.start, nextStart),
      kind: 'paragraph-moved-insert',
      moveOf: source.start,
    })
  }

  const sentenceStarts = (p: Paragraph): number[] => {
    const starts = [p.start]
    const text = oldText.slice(p.start, p.end)
    for (const match of text.matchAll(/[.?!]"? (?=[A-Z"])/g))
      starts.push(p.start + match.index + match[0].length)
    return starts
  }

  // A span's sentence deleted while its words survive elsewhere.
  for (let n = 0; n < 400 && special.filter((s) => s.role === 'lookalike').length < 60; n++) {
    const range = randomSpan()
    if (!range) continue
    const exact = oldText.slice(range[0], range[1])
    if (exact.length < 8) continue
    const first = oldText.indexOf(exact)
    const second = oldText.indexOf(exact, first + 1)
    if (second === -1) continue
    const p = paragraphOf(range[0]) as Paragraph
    const starts = sentenceStarts(p)
    let i = starts.length - 2
    while (i >= 0 && (starts[i] as number) > range[0]) i--
    if (i < 0 || (starts[i + 1] as number) < range[1]) continue
    const from = starts[i] as number
    const to = starts[i + 1] as number
    // The other occurrence must lie outside the deleted sentence.
    const elsewhere = [first, second].some(
      (at) => at !== range[0] && (at + exact.length <= from || at >= to),
    )
    if (!elsewhere || splitsSpan(from, to) || !reserve(from, to)) continue
    add({ from, to, insert: '', kind: 'sentence-deleted-words-elsewhere' })
    special.push({ range, role: 'lookalike' })
  }

  // A span edited (a typo fixed) while a verbatim copy of its old words is inserted elsewhere.
  for (let n = 0; n < 400 && special.filter((s) => s.role === 'copied').length < 60; n++) {
    const range = randomSpan()
    if (!range || range[1] - range[0] < 12) continue
    const typo = typoIn(oldText, range[0], range[1], rand)
    if (!typo) continue
    const p = pick(paras)
    const at = pick(sentenceStarts(p))
    if (Math.abs(at - range[0]) < 2000 || splitsSpan(at, at)) continue
    if (!reserve(range[0], range[1])) continue
    if (!reserve(at, at)) continue
    add({ ...typo, kind: 'span-edited-copy-inserted' })
    add({
      from: at,
      to: at,
      insert: `It was, we read, ${oldText.slice(range[0], range[1])}. `,
      kind: 'old-words-copied',
    })
    special.push({ range, role: 'copied' })
  }

  // Sentences inserted and deleted.
  for (let n = 0; n < 200; n++) {
    const p = pick(paras)
    const at = pick(sentenceStarts(p))
    if (!splitsSpan(at, at) && reserve(at, at)) {
      add({
        from: at,
        to: at,
        insert: `${pick(options.extraSentences)} `,
        kind: 'sentence-inserted',
      })
    }
  }
  for (let n = 0; n < 200; n++) {
    const p = pick(paras)
    const starts = sentenceStarts(p)
    if (starts.length < 2) continue
    const i = Math.floor(rand() * (starts.length - 1))
    const from = starts[i] as number
    const to = starts[i + 1] as number
    if (!splitsSpan(from, to) && reserve(from, to))
      add({ from, to, insert: '', kind: 'sentence-deleted' })
  }

  // Typos fixed inside some spans.
  for (const range of ranges) {
    if (rand() > 0.08) continue
    const typo = typoIn(oldText, range[0], range[1], rand)
    if (typo && reserve(typo.from, typo.to)) add({ ...typo, kind: 'typo-fixed-in-span' })
  }
  for (let n = 0; n < 300; n++) {
    const [start, end] = words[Math.floor(rand() * words.length)] as readonly [number, number]
    const typo = typoIn(oldText, start, end, rand)
    if (typo && reserve(typo.from, typo.to)) add({ ...typo, kind: 'typo-fixed' })
  }

  // Re-wrapping: unwrap the hard-wrapped paragraphs, hard-wrap some others.
  for (const index of wrapped) {
    const p = paras[index] as Paragraph
    for (
      let at = oldText.indexOf('\n', p.start);
      at !== -1 && at < p.end;
      at = oldText.indexOf('\n', at + 1)
    ) {
      if (reserve(at, at + 1)) add({ from: at, to: at + 1, insert: ' ', kind: 'line-unwrapped' })
    }
  }
  for (let n = 0; n < 40; n++) {
    const p = pick(paras)
    let column = 0
    for (let at = p.start; at < p.end; at++) {
      column++
      if (oldText[at] === ' ' && column > 60 && reserve(at, at + 1)) {
        add({ from: at, to: at + 1, insert: '\n', kind: 'line-wrapped' })
        column = 0
      }
    }
  }

  // Apply, computing where each old offset lands.
  operations.sort((a, b) => a.from - b.from || a.to - b.to)
  let newText = ''
  let cursor = 0
  const placed: { operation: Operation; newFrom: number }[] = []
  for (const operation of operations) {
    newText += oldText.slice(cursor, operation.from)
    placed.push({ operation, newFrom: newText.length })
    newText += operation.insert
    cursor = operation.to
  }
  newText += oldText.slice(cursor)

  /** New offset of old offset `x`; `assoc` > 0 goes after an insertion at `x`. */
  const mapOld = (x: number, assoc: number): number => {
    let delta = 0
    for (const { operation } of placed) {
      if (operation.from > x || (operation.from === x && operation.to === x && assoc < 0)) break
      if (operation.from === x && operation.to > x) break
      if (operation.to > x) throw new Error('mapOld inside an operation')
      delta += operation.insert.length - (operation.to - operation.from)
    }
    return x + delta
  }

  const truthOf = (start: number, end: number): Truth | undefined => {
    for (const { operation } of placed) {
      // Operations that only touch the span are outside it.
      if (operation.to <= start || operation.from >= end) continue
      if (operation.kind === 'paragraph-moved') {
        if (operation.from <= start && end <= operation.to) {
          const insertion = placed.find((entry) => entry.operation.moveOf === operation.from)
          if (!insertion) return undefined
          return {
            kind: 'at',
            start: insertion.newFrom + (start - operation.from),
            end: insertion.newFrom + (end - operation.from),
          }
        }
        return undefined
      }
      if (operation.insert === '' && operation.from <= start && end <= operation.to)
        return { kind: 'gone' }
      // Edits strictly inside the span are part of it; others straddle its edges.
      if (!(operation.from > start && operation.to < end)) return undefined
    }
    return { kind: 'at', start: mapOld(start, 1), end: mapOld(end, -1) }
  }

  const spans: ScenarioSpan[] = []
  const all = [...ranges.map((range) => ({ range, role: 'random' as const })), ...special]
  for (const { range, role } of all) {
    const truth = truthOf(range[0], range[1])
    if (!truth) continue
    spans.push({ selector: describeSpan(oldText, { start: range[0], end: range[1] }), truth, role })
  }
  return { oldText, newText, spans, edits: counts }
}

/** A typo "fixed" inside a word of `[start, end)`: substitution, deletion or insertion of one letter, away from the word's ends. */
function typoIn(
  text: string,
  start: number,
  end: number,
  rand: () => number,
): { from: number; to: number; insert: string } | undefined {
  const candidates = [...text.slice(start, end).matchAll(/[A-Za-z]{5,}/g)]
  if (candidates.length === 0) return undefined
  const word = candidates[Math.floor(rand() * candidates.length)] as RegExpMatchArray
  const wordStart = start + (word.index as number)
  const at = wordStart + 2 + Math.floor(rand() * (word[0].length - 4))
  const letter = 'etaoinshrdlu'[Math.floor(rand() * 12)] as string
  const kind = rand()
  if (kind < 0.5) return { from: at, to: at + 1, insert: text[at] === letter ? 'z' : letter }
  if (kind < 0.75) return { from: at, to: at + 1, insert: '' }
  return { from: at, to: at, insert: letter }
}

function wrap(paragraph: string, width: number): string {
  let out = ''
  let column = 0
  for (const word of paragraph.split(' ')) {
    if (column > 0 && column + word.length + 1 > width) {
      out += '\n'
      column = 0
    } else if (column > 0) {
      out += ' '
      column++
    }
    out += word
    column += word.length
  }
  return out
}

/** Outcome counts of re-anchoring a scenario. */
export interface Tally {
  total: number
  surviving: number
  gone: number
  correct: number
  /** Anchored overlapping the true place, but with different edges. */
  boundaryOff: number
  /** Anchored somewhere else, or anchored although the passage is gone. */
  misanchored: number
  /** Surviving spans reported ambiguous or orphan. */
  survivingReported: number
  /** Gone spans reported ambiguous or orphan (the right answer). */
  goneReported: number
  byStatus: Record<string, number>
  failures: {
    role: string
    truth: Truth
    result: { status: string; start?: number; end?: number; score: number }
    exact: string
  }[]
}

/** Compares results with the ground truth. */
export function tally(
  spans: readonly ScenarioSpan[],
  results: readonly { status: string; start?: number; end?: number; score: number }[],
): Tally {
  const out: Tally = {
    total: spans.length,
    surviving: 0,
    gone: 0,
    correct: 0,
    boundaryOff: 0,
    misanchored: 0,
    survivingReported: 0,
    goneReported: 0,
    byStatus: {},
    failures: [],
  }
  spans.forEach((span, index) => {
    const result = results[index] as { status: string; start?: number; end?: number; score: number }
    out.byStatus[result.status] = (out.byStatus[result.status] ?? 0) + 1
    const anchored = result.start !== undefined && result.end !== undefined
    const fail = () =>
      out.failures.push({ role: span.role, truth: span.truth, result, exact: span.selector.exact })
    if (span.truth.kind === 'gone') {
      out.gone++
      if (anchored) {
        out.misanchored++
        fail()
      } else out.goneReported++
      return
    }
    out.surviving++
    if (!anchored) {
      out.survivingReported++
      fail()
    } else if (result.start === span.truth.start && result.end === span.truth.end) out.correct++
    else if (
      (result.start as number) < span.truth.end &&
      (result.end as number) > span.truth.start
    ) {
      out.boundaryOff++
      fail()
    } else {
      out.misanchored++
      fail()
    }
  })
  return out
}
