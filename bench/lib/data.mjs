// Benchmark data: random annotated spans over a text, a revision of the text with
// about 1 % of its words edited at scattered places, and the ground truth for every
// span — computed by tracking our own edits, never by asking the library.

/** A small seeded PRNG (mulberry32), so every run uses the same data. */
export function createRandom(seed) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) | 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  next.int = (n) => Math.floor(next() * n)
  return next
}

/** Every whitespace-separated token: `[start, end)` pairs, flat. */
export function tokenize(text) {
  const offsets = []
  const re = /\S+/g
  for (let m = re.exec(text); m; m = re.exec(text)) offsets.push(m.index, m.index + m[0].length)
  return Int32Array.from(offsets)
}

const leading = /^["'([]+/
const trailing = /["')\].,;:!?]+$/

/**
 * `count` random word-aligned ranges of 1–10 words (shorter ones more often, as
 * people annotate: a figure, a name, a phrase, a clause), inside one paragraph,
 * without the quotation marks and punctuation around them.
 */
export function randomRanges(text, count, random, tokens = tokenize(text)) {
  const words = tokens.length / 2
  const ranges = []
  while (ranges.length < count) {
    const first = random.int(words)
    // 1–3 words half of the time, up to 10 otherwise.
    const length = random() < 0.5 ? 1 + random.int(3) : 1 + random.int(10)
    const last = Math.min(words - 1, first + length - 1)
    let start = tokens[2 * first]
    let end = tokens[2 * last + 1]
    const slice = text.slice(start, end)
    if (slice.includes('\n\n')) continue
    // Strip quotation marks and punctuation (and the spaces they leave) at the edges.
    for (let changed = true; changed && end > start; ) {
      const inner = text.slice(start, end)
      const cut = (inner.match(leading)?.[0].length ?? 0) + (inner.match(/^\s+/)?.[0].length ?? 0)
      const tail = (inner.match(trailing)?.[0].length ?? 0) + (inner.match(/\s+$/)?.[0].length ?? 0)
      changed = cut + tail > 0
      start += Math.min(cut, end - start)
      end = Math.max(start, end - tail)
    }
    if (end - start < 2) continue
    ranges.push({ start, end })
  }
  return ranges
}

/**
 * Edits about `rate` of the words at random, scattered places: a word replaced by
 * another word of the text (40 %), a typo — one letter changed (20 %), a word
 * deleted with its following space (20 %), a word inserted before a word (20 %).
 * Returns the edits (ascending, on the old text) and the new text.
 */
export function reviseText(text, rate, random, tokens = tokenize(text)) {
  const words = tokens.length / 2
  const alphabetic = []
  for (let i = 0; i < words; i++) {
    const word = text.slice(tokens[2 * i], tokens[2 * i + 1])
    if (/^[a-z]{2,}$/i.test(word)) alphabetic.push(word)
  }
  const pick = () => alphabetic[random.int(alphabetic.length)]
  const edits = []
  let lastTouched = -2
  for (let i = 0; i < words; i++) {
    if (random() >= rate || i <= lastTouched + 1) continue // never two adjacent words
    const start = tokens[2 * i]
    const end = tokens[2 * i + 1]
    const token = text.slice(start, end)
    const letters = token.match(/[a-z]+/i)
    const kind = random()
    if (kind < 0.4 && letters) {
      const from = start + letters.index
      let word = pick()
      while (word === letters[0]) word = pick()
      edits.push({ from, to: from + letters[0].length, insert: word, kind: 'replace' })
    } else if (kind < 0.6 && letters && letters[0].length >= 3) {
      const at = start + letters.index + 1 + random.int(letters[0].length - 1)
      const old = text[at]
      let letter = old
      while (letter.toLowerCase() === old.toLowerCase())
        letter = String.fromCharCode(97 + random.int(26))
      edits.push({ from: at, to: at + 1, insert: letter, kind: 'typo' })
    } else if (kind < 0.8 && text[end] === ' ' && /\S/.test(text[end + 1] ?? '')) {
      edits.push({ from: start, to: end + 1, insert: '', kind: 'delete' })
    } else if (kind >= 0.8) {
      edits.push({ from: start, to: start, insert: `${pick().toLowerCase()} `, kind: 'insert' })
    } else continue
    lastTouched = i
  }
  const parts = []
  let at = 0
  for (const edit of edits) {
    parts.push(text.slice(at, edit.from), edit.insert)
    at = edit.to
  }
  parts.push(text.slice(at))
  return { edits, text: parts.join('') }
}

/**
 * Maps an old offset through the edits, ProseMirror style: inside a replaced range
 * or at a pure insertion, `assoc` < 0 keeps it before the new text, > 0 after it.
 */
function createMapper(edits) {
  const froms = Int32Array.from(edits, (edit) => edit.from)
  const shifts = new Float64Array(edits.length + 1)
  for (let i = 0; i < edits.length; i++) {
    const edit = edits[i]
    shifts[i + 1] = shifts[i] + edit.insert.length - (edit.to - edit.from)
  }
  return (pos, assoc) => {
    // Last edit with from <= pos.
    let low = 0
    let high = edits.length
    while (low < high) {
      const mid = (low + high) >> 1
      if (froms[mid] <= pos) low = mid + 1
      else high = mid
    }
    // Only the last edit starting at or before pos can hold it (edits do not overlap).
    const edit = edits[low - 1]
    if (edit && pos <= edit.to) {
      const newFrom = edit.from + shifts[low - 1]
      if (pos === edit.from && pos === edit.to)
        return assoc < 0 ? newFrom : newFrom + edit.insert.length
      if (pos === edit.from) return newFrom
      if (pos === edit.to) return newFrom + edit.insert.length
      return assoc < 0 ? newFrom : newFrom + edit.insert.length
    }
    return pos + shifts[low]
  }
}

/**
 * Where each old range should be in the new text, or `undefined` when it is gone:
 * less than half of its characters survive the edits (a one-word span whose word
 * was replaced or deleted). Ends map with assoc +1 / −1, so words inserted at a
 * span's edge stay outside and words inserted inside belong to it; whitespace at
 * the edges is trimmed.
 */
export function groundTruth(ranges, edits, newText) {
  const map = createMapper(edits)
  const froms = Int32Array.from(edits, (edit) => edit.from)
  return ranges.map(({ start, end }) => {
    let removed = 0
    let touched = false
    // Edits overlapping [start, end): binary search the first with from >= start - 64.
    let low = 0
    let high = edits.length
    while (low < high) {
      const mid = (low + high) >> 1
      if (froms[mid] < start - 64) low = mid + 1
      else high = mid
    }
    for (let i = low; i < edits.length && edits[i].from <= end; i++) {
      const edit = edits[i]
      const overlap = Math.min(end, edit.to) - Math.max(start, edit.from)
      if (overlap > 0) removed += overlap
      if (overlap > 0 || (edit.from === edit.to && edit.from > start && edit.from < end))
        touched = true
    }
    if ((end - start - removed) / (end - start) < 0.5) return { gone: true, touched: true }
    let newStart = map(start, 1)
    let newEnd = map(end, -1)
    while (newStart < newEnd && /\s/.test(newText[newStart])) newStart++
    while (newEnd > newStart && /\s/.test(newText[newEnd - 1])) newEnd--
    if (newEnd <= newStart) return { gone: true, touched: true }
    return { gone: false, touched, start: newStart, end: newEnd }
  })
}

/** Verdict on one result: `correct`, `edges` (overlaps the truth, edges differ), `misanchored` or `unanchored`. */
export function judge(text, truth, start, end) {
  if (start === undefined || end === undefined) return 'unanchored'
  while (start < end && /\s/.test(text[start])) start++
  while (end > start && /\s/.test(text[end - 1])) end--
  if (truth.gone) return 'misanchored'
  if (start === truth.start && end === truth.end) return 'correct'
  if (start < truth.end && end > truth.start) return 'edges'
  return 'misanchored'
}

/**
 * The text as Markdown full of syntax, for a render that cannot take the plain-prose
 * shortcut: every 9th word in emphasis, every 23rd strong, every 61st a link to an
 * `https://` address, every 97th inline code; a heading before every 15th paragraph,
 * every 11th paragraph a list item and every 13th a block quote. Deterministic.
 */
export function markdownWithSyntax(text) {
  let word = 0
  return text
    .split('\n\n')
    .map((paragraph, index) => {
      let out = paragraph
        .split(' ')
        .map((token) => {
          word++
          const match = /^([A-Za-z]{3,})([,.]?)$/.exec(token)
          if (!match) return token
          const [, letters, mark] = match
          if (word % 9 === 0) return `*${letters}*${mark}`
          if (word % 23 === 0) return `**${letters}**${mark}`
          if (word % 61 === 0) return `[${letters}](https://example.org/${word})${mark}`
          if (word % 97 === 0) return `\`${letters}\`${mark}`
          return token
        })
        .join(' ')
      if (index % 15 === 0) out = `## Section ${index}\n\n${out}`
      if (index % 11 === 5) out = `- ${out}`
      if (index % 13 === 7) out = `> ${out}`
      return out
    })
    .join('\n\n')
}
