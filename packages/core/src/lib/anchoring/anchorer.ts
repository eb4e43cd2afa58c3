/**
 * Re-anchoring: finding each span of a previous version of a text in the current
 * one — by position, through the diff, by exact search, then by approximate
 * search — and saying how sure we are, or that we are not.
 */
import { diffTexts } from '../mapping/diff-texts.js'
import type { EditMap } from '../mapping/edit-map.js'
import type { MapResult } from '../mapping/mappable.js'
import { splitsSurrogatePair } from '../text/code-points.js'
import {
  type CompiledPattern,
  compilePattern,
  findApproximateEnds,
  findMatchEnd,
  findMatchStart,
} from './myers.js'
import { normalizeWhitespace } from './normalize.js'
import {
  type AnchorerOptions,
  type AnchorerSettings,
  positionScale,
  resolveSettings,
  scoreWeights,
} from './options.js'
import { createQGramIndex, gramLength, type QGramIndex } from './qgram-index.js'
import type { AnchorResult, AnchorVia } from './result.js'
import { createSampledIndex, sampledMinimumLength } from './sampled-index.js'
import { countByScanning, describeSpanWith, type SpanSelector, type TextRange } from './selector.js'
import { similarity } from './similarity.js'

/**
 * Re-anchors spans in one text, which it normalises and indexes once.
 *
 * @example
 * const anchorer = createAnchorer(newText, { previousText: oldText })
 * const results = anchorer.resolveAll(spans)
 * results.filter((result) => result.status === 'orphan') // spans whose passage is gone
 */
export interface Anchorer {
  /** The current text. */
  readonly text: string
  /** Edits from the previous text to the current one, when a previous text was given. */
  readonly edits: EditMap | undefined
  /** Re-anchors one span. */
  resolve(span: SpanSelector): AnchorResult
  /** Re-anchors spans in order; same as mapping {@link Anchorer.resolve}. */
  resolveAll(spans: readonly SpanSelector[]): AnchorResult[]
  /**
   * Describes a range of the current text (as {@link describeSpan} does, using the
   * index to check uniqueness).
   */
  describe(range: TextRange): SpanSelector
}

/** A place a span might be, with its scores. */
interface Candidate {
  readonly start: number
  readonly end: number
  readonly via: AnchorVia
  readonly quote: number
  readonly context: number
  /** Similarity of the better-kept context side (1 when there is no context). */
  readonly bestSide: number
  readonly agrees: boolean
  readonly total: number
  readonly credible: boolean
  /** Survives the look-alike filter (see `allowed` below). */
  readonly allowed: boolean
}

/** Patterns longer than this are matched by their two ends only; see `quotePatterns`. */
const maxPatternLength = 512

/**
 * Needles too short for the sampled index that are counted by scanning the text
 * before the full index is built for them (see `describe`).
 */
const maxShortScans = 8

/** Candidate buckets larger than this are too common a gram to seed a search with. */
const maxSeedBucket = 512

/** Seed clusters kept per pattern in a global search, most-voted first. */
const maxSeedClusters = 24

/** Local matches kept per windowed scan, fewest errors first. */
const maxWindowMatches = 32

/**
 * A verbatim quote with one context side this intact (an edit, if any, only on the
 * other side) is accepted by the exact search, before approximate candidates —
 * whose drifted position scores could otherwise favour a formulaic look-alike.
 */
const intactSide = 0.95

/** Characters of context compared by `borrowsContext` (the default context length). */
const borrowedWindow = 32

/** How much total score an overlapping alignment with a closer quote may give up and still win. */
const overlapTolerance = 0.1

/**
 * A position check without a diff also needs its context to agree (one side at
 * least), unless the quote is this long: a short quote such as "the" is often
 * found at its old offset by coincidence after an edit shifted the text.
 */
const selfEvidentQuote = 32

/**
 * An exact-search winner is accepted before any approximate search only with this
 * much mean context similarity; weaker winners compete with approximate candidates,
 * so that an inserted verbatim copy cannot beat the lightly edited original.
 */
const strongContext = 0.8

/**
 * Builds an {@link Anchorer} for `text`: normalises whitespace, builds a q-gram
 * index and, when `previousText` is given, diffs it against `text` — once.
 *
 * Each span goes through: (1) position check; (2) mapping through the diff;
 * (3) exact search of every occurrence; (4) approximate search near the expected
 * position, then over the whole text through the index. A search result must
 * agree with the span's context and beat every other candidate by a margin;
 * otherwise the span is `ambiguous` (several good candidates) or `orphan`.
 *
 * @example
 * const anchorer = createAnchorer('Tens of thousands of Poles were held.', {
 *   previousText: 'Thousands of Poles were held.',
 * })
 * anchorer.resolve({ start: 0, end: 9, exact: 'Thousands', prefix: '', suffix: ' of Poles were held.' })
 * // => { status: 'mapped', start: 8, end: 17, … }
 */
export function createAnchorer(text: string, options: AnchorerOptions = {}): Anchorer {
  const settings = resolveSettings(options)
  const normal = normalizeWhitespace(text)
  // The full q-gram index is built on first use: spans still at their recorded
  // place never need it (their re-described selectors are checked for uniqueness
  // through the sampled index, which is a hundred times cheaper to build).
  let fullIndex: QGramIndex | undefined
  const index = (): QGramIndex => {
    fullIndex ??= createQGramIndex(normal)
    return fullIndex
  }
  const sampled = createSampledIndex(normal)
  let shortScans = 0
  const previousText = options.previousText ?? ''
  const edits =
    options.previousText === undefined ? undefined : diffTexts(options.previousText, text)
  const describeOptions = {
    contextLength: settings.contextLength,
    maxContextLength: settings.maxContextLength,
  }

  function describe(range: TextRange): SpanSelector {
    return describeSpanWith(text, range, describeOptions, (needle, limit, from) => {
      // The normalised text has the same length as the text, so the needle's
      // normal form is its slice of it (no second pass over the needle).
      const normalNeedle = normal.slice(from, from + needle.length)
      if (normalNeedle.length >= sampledMinimumLength) return sampled.count(normalNeedle, limit)
      // A needle this short stands at an edge of the text (its context is cut
      // there). A few are counted by scanning rather than by building the full
      // index for them, which on 6 MB costs a hundred scans.
      if (fullIndex === undefined && shortScans < maxShortScans) {
        shortScans++
        return countByScanning(normal, normalNeedle, limit)
      }
      return Math.min(limit, index().findAll(normalNeedle, limit).length)
    })
  }

  function anchored(
    start: number,
    end: number,
    status: 'exact' | 'mapped' | 'fuzzy',
    score: number,
    via: AnchorVia,
  ): AnchorResult {
    return { status, score, selector: describe({ start, end }), start, end, via }
  }

  function resolve(span: SpanSelector): AnchorResult {
    // Built on first use: spans still at their recorded place never need it (its
    // constructor normalises the quote and both contexts).
    let search: SpanSearch | undefined
    const state = (): SpanSearch => {
      search ??= new SpanSearch(span, text, normal, index, edits, settings)
      return search
    }
    const length = span.end - span.start
    const inRange =
      Number.isInteger(span.start) &&
      Number.isInteger(span.end) &&
      span.start >= 0 &&
      span.end <= text.length &&
      length >= 0

    // (1) Position check.
    if (
      inRange &&
      text.slice(span.start, span.end) === span.exact &&
      !splitsSurrogatePair(text, span.start) &&
      !splitsSurrogatePair(text, span.end)
    ) {
      const unmoved = edits
        ? edits.map(span.start, 1) === span.start && edits.map(span.end, -1) === span.end
        : span.exact.length >= selfEvidentQuote ||
          contextIntact(text, span) ||
          state().score(span.start, span.end, 'position').agrees
      if (unmoved) return anchored(span.start, span.end, 'exact', 1, 'position')
    }

    // (2) Mapping through the diff.
    if (edits) {
      const startResult = edits.mapResult(span.start, 1)
      const endResult = edits.mapResult(span.end, -1)
      const from = startResult.pos
      const to = Math.max(from, endResult.pos)
      // The span's own place, widest: whatever now stands where it stood, including
      // any text that replaced it.
      const ownFrom = edits.map(span.start, -1)
      const ownTo = edits.map(span.end, 1)
      const slice = text.slice(from, to)
      if (slice === span.exact) return anchored(from, to, 'mapped', 1, 'mapping')
      // Whether at least half of the span's old text is still there as real text
      // (not letters the character diff happened to keep; see `survivingText`): if
      // not, its own place holds another passage now, and no search may find the
      // span there either.
      const survived =
        length > 0 ? survivingText(edits, previousText, span.start, span.end) / length : 1
      state().setOwnRange(ownFrom, ownTo, survived >= settings.minSurvived)
      // The words may be intact while the diff's clean-up folded them into a larger
      // replacement: a single verbatim occurrence inside the span's own place (never
      // beside it, where a look-alike may stand) is the span — if its context agrees
      // too. A rewritten paragraph can be one replacement, and the same words in a
      // new sentence of it are not the span's passage.
      if (length > 0) {
        const found = occurrences(text, span.exact, ownFrom, ownTo - length + 1, 2)
        if (found.length === 1) {
          const at = found[0] as number
          if (state().score(at, at + length, 'mapping').agrees) {
            return anchored(at, at + length, 'mapped', 1, 'mapping')
          }
        }
      }
      // An edge strictly inside a replacement has no trustworthy image; one inside a
      // pure deletion has: the point where the deleted text was.
      const edgeKept = (pos: number, result: MapResult) =>
        !(result.deletedBefore && result.deletedAfter) || edits.map(pos, -1) === edits.map(pos, 1)
      if (length > 0 && edgeKept(span.start, startResult) && edgeKept(span.end, endResult)) {
        // The span was edited: its mapped edges follow the quote's word boundaries
        // (an edit next to an edge must not leave it mid-word or on a space).
        const [mappedFrom, mappedTo] = state().snapToWords(
          ...trimSpaces(text, span.exact, from, to),
        )
        const score =
          mappedTo > mappedFrom ? similarity(text.slice(mappedFrom, mappedTo), span.exact) : 0
        // Enough of the old text survived (above), what is there now is not mostly
        // new text (words inserted inside a span belong to it), and no edge is left
        // inside a word longer than snapping reaches.
        if (
          survived >= settings.minSurvived &&
          score >= settings.minMappedSimilarity &&
          !state().cutsWord(mappedFrom, mappedTo)
        ) {
          return anchored(mappedFrom, mappedTo, 'mapped', score, 'mapping')
        }
      }
    }

    // (3) Exact search.
    state().addExactCandidates()
    const exact = state().decide(true)
    if (exact && (exact.context >= strongContext || exact.bestSide >= intactSide))
      return anchored(exact.start, exact.end, 'fuzzy', exact.total, exact.via)

    // (4) Approximate search: near the expected position first, then everywhere.
    state().addWindowCandidates()
    const near = state().decide(false)
    if (near) return anchored(near.start, near.end, 'fuzzy', near.total, near.via)
    state().addGlobalCandidates()
    const far = state().decide(false)
    if (far) return anchored(far.start, far.end, 'fuzzy', far.total, far.via)
    return {
      status: state().isAmbiguous() ? 'ambiguous' : 'orphan',
      score: state().bestScore(),
      selector: span,
      via: 'none',
    }
  }

  return {
    text,
    edits,
    resolve,
    resolveAll: (spans) => spans.map(resolve),
    describe,
  }
}

/** Offsets of `needle` in `text` starting within `[from, to)`, at most `limit`. */
function occurrences(
  text: string,
  needle: string,
  from: number,
  to: number,
  limit: number,
): number[] {
  const found: number[] = []
  const origin = Math.max(0, from)
  if (to <= origin) return found
  // Search a slice, not the text from `from` on: `indexOf` on the whole text would
  // scan to its end for a quote that no longer occurs (about 1 ms per span on 6 MB).
  const region = text.slice(origin, to + needle.length - 1)
  let at = region.indexOf(needle)
  while (at !== -1 && found.length < limit) {
    found.push(origin + at)
    at = region.indexOf(needle, at + 1)
  }
  return found
}

/** The search for one span: its patterns, hint, and the candidates found so far. */
class SpanSearch {
  readonly candidates = new Map<string, Candidate>()
  readonly quote: string
  readonly prefix: string
  readonly suffix: string
  hint: number
  ownFrom = -1
  ownTo = -1
  /** Whether enough of the span's old text survived in its own place (see `resolve`). */
  ownSurvives = true
  #compiledQuote: CompiledPattern | undefined

  constructor(
    readonly span: SpanSelector,
    readonly text: string,
    readonly normal: string,
    readonly indexOf: () => QGramIndex,
    readonly edits: EditMap | undefined,
    readonly settings: AnchorerSettings,
  ) {
    this.quote = normalizeWhitespace(span.exact)
    this.prefix = normalizeWhitespace(span.prefix)
    this.suffix = normalizeWhitespace(span.suffix)
    this.hint = Math.min(Math.max(0, Number.isFinite(span.start) ? span.start : 0), text.length)
  }

  /** The span's own place in the current text according to the diff. */
  setOwnRange(from: number, to: number, survives: boolean): void {
    this.ownFrom = from
    this.ownTo = to
    this.ownSurvives = survives
    this.hint = from
  }

  /**
   * Whether `[start, end)` is the span's context rather than its quote: the first
   * 32 characters of the suffix stand intact (≥ `intactSide`) from the candidate's
   * start, and fit better there than after its end — or the last 32 of the prefix
   * end intact at its end. A one-word quote whose word was deleted ("to show how
   * large" → "to how large") otherwise finds the next, similar word ("how") with
   * its context apparently agreeing. Only 32 characters are compared so that a
   * short quote shifted out of a long context does not look intact by dilution:
   * shifting by "the " costs 4 of 32, below 0.95.
   */
  borrowsContext(start: number, end: number): boolean {
    if (end <= start) return false
    const { text, span } = this
    const suffix = span.suffix.trimStart().slice(0, borrowedWindow)
    if (suffix.length > 0) {
      const from =
        start + (text.slice(start, end).length - text.slice(start, end).trimStart().length)
      const atStart = similarity(text.slice(from, from + suffix.length), suffix)
      if (atStart >= intactSide) {
        const after = text.slice(end, end + span.suffix.length).trimStart()
        if (atStart > similarity(after.slice(0, suffix.length), suffix)) return true
      }
    }
    const prefix = span.prefix.trimEnd().slice(-borrowedWindow)
    if (prefix.length > 0) {
      const to = start + text.slice(start, end).trimEnd().length
      const atEnd = similarity(text.slice(Math.max(0, to - prefix.length), to), prefix)
      if (atEnd >= intactSide) {
        const before = text.slice(Math.max(0, start - span.prefix.length), start).trimEnd()
        if (atEnd > similarity(before.slice(-prefix.length), prefix)) return true
      }
    }
    return false
  }

  /**
   * Whether `[start, end)` cuts a word at an edge where the quote began or ended
   * at a word boundary ("and their" found as "and retr" in "and retribution"): such
   * a place is not the span, however similar its letters.
   */
  cutsWord(start: number, end: number): boolean {
    const { text, span } = this
    const startsWord =
      isWordCharacter(span.exact, 0) && !isWordCharacter(span.prefix, span.prefix.length - 1)
    const endsWord =
      isWordCharacter(span.exact, span.exact.length - 1) && !isWordCharacter(span.suffix, 0)
    return (
      (startsWord && isWordCharacter(text, start - 1) && isWordCharacter(text, start)) ||
      (endsWord && isWordCharacter(text, end - 1) && isWordCharacter(text, end))
    )
  }

  get compiledQuote(): CompiledPattern {
    this.#compiledQuote ??= compilePattern(this.quote.slice(0, maxPatternLength))
    return this.#compiledQuote
  }

  errorsFor(length: number): number {
    return Math.floor(length * this.settings.maxErrorRate)
  }

  /** Scores the place `[start, end)`. */
  score(start: number, end: number, via: AnchorVia): Candidate {
    const { span, text, settings } = this
    const quote = similarity(text.slice(start, end), span.exact)
    const sides: number[] = []
    if (span.prefix.length > 0 && start > 0) {
      sides.push(
        similarity(text.slice(Math.max(0, start - span.prefix.length), start), span.prefix),
      )
    } else if (span.prefix.length > 0) sides.push(0)
    if (span.suffix.length > 0 && end < text.length) {
      sides.push(similarity(text.slice(end, end + span.suffix.length), span.suffix))
    } else if (span.suffix.length > 0) sides.push(0)
    // No context at all (the span was the whole text): the quote is the only evidence.
    const context = sides.length === 0 ? 1 : sides.reduce((a, b) => a + b, 0) / sides.length
    const agrees = sides.length === 0 || sides.some((side) => side >= settings.minContextSimilarity)
    const position = 1 / (1 + Math.abs(start - this.hint) / positionScale)
    const total =
      scoreWeights.quote * quote + scoreWeights.context * context + scoreWeights.position * position

    // Look-alike filter, when the previous text is known: a candidate must be the
    // span's own (mapped) place, if enough of its old text survived there, or mostly
    // new text. Text that was already there elsewhere was another passage then, and
    // still is; the words next to a span whose own words were deleted are not it.
    let allowed = true
    if (this.edits) {
      const inserted = end > start ? this.edits.insertedIn(start, end) / (end - start) : 0
      const own = this.ownFrom >= 0 && start <= this.ownTo && end >= this.ownFrom
      allowed = (own && this.ownSurvives) || inserted >= 0.5
    }
    const credible =
      allowed &&
      agrees &&
      quote >= settings.minQuoteSimilarity &&
      total >= settings.minScore &&
      !this.cutsWord(start, end) &&
      !this.borrowsContext(start, end)
    const bestSide = sides.length === 0 ? 1 : Math.max(...sides)
    return { start, end, via, quote, context, bestSide, agrees, total, credible, allowed }
  }

  add(rawStart: number, rawEnd: number, via: AnchorVia): void {
    let start = Math.max(0, rawStart)
    let end = Math.min(this.text.length, Math.max(start, rawEnd))
    if (via === 'fuzzy-search') {
      // An approximate alignment may take a space the quote does not have at an edge.
      const [from, to] = trimSpaces(this.text, this.span.exact, start, end)
      if (to > from) [start, end] = this.snapToWords(from, to)
    }
    if (splitsSurrogatePair(this.text, start)) start--
    if (splitsSurrogatePair(this.text, end)) end++
    const key = `${start}:${end}`
    const existing = this.candidates.get(key)
    if (existing && (existing.via === 'exact-search' || via !== 'exact-search')) return
    this.candidates.set(key, this.score(start, end, via))
  }

  /**
   * Approximate matching finds the cheapest alignment, which can stop inside a word
   * ("were unclear" matched in "were uncertain" ends at "uncer"). When the quote began
   * or ended at a word boundary, move the candidate's edge to the boundary of the word
   * it cuts, if that word's rest is short (at most a quarter of the quote, and 24
   * characters), so a span never ends mid-word because a word was edited.
   */
  snapToWords(start: number, end: number): [number, number] {
    const { text, span } = this
    const limit = Math.min(24, Math.max(2, Math.floor(span.exact.length / 4)))
    const startsWord =
      isWordCharacter(span.exact, 0) && !isWordCharacter(span.prefix, span.prefix.length - 1)
    if (startsWord && isWordCharacter(text, start - 1) && isWordCharacter(text, start)) {
      let at = start
      while (at > 0 && start - at <= limit && isWordCharacter(text, at - 1)) at--
      if (start - at <= limit) start = at
    }
    const endsWord =
      isWordCharacter(span.exact, span.exact.length - 1) && !isWordCharacter(span.suffix, 0)
    if (endsWord && isWordCharacter(text, end - 1) && isWordCharacter(text, end)) {
      let at = end
      while (at < text.length && at - end <= limit && isWordCharacter(text, at)) at++
      if (at - end <= limit) end = at
    }
    return [start, end]
  }

  addExactCandidates(): void {
    const { quote, prefix, suffix } = this
    const index = this.indexOf()
    const full = prefix + quote + suffix
    if (full.length >= gramLength && quote.length > 0) {
      for (const at of index.findAll(full, 64)) {
        this.add(at + prefix.length, at + prefix.length + quote.length, 'exact-search')
      }
      if (this.candidates.size > 0) return
    }
    if (quote.length === 0) return
    if (quote.length >= gramLength) {
      // Every occurrence (bounded: a quote found a thousand times is decided by
      // context among the first thousand, and is most likely ambiguous anyway).
      for (const at of index.findAll(quote, 1000)) this.add(at, at + quote.length, 'exact-search')
      return
    }
    // Short quotes: occurrences next to the nearest context, and any near the hint.
    const near = 16
    const before = prefix.slice(-near)
    const after = suffix.slice(0, near)
    for (const at of index.findAll(before + quote, 1000)) {
      this.add(at + before.length, at + before.length + quote.length, 'exact-search')
    }
    for (const at of index.findAll(quote + after, 1000))
      this.add(at, at + quote.length, 'exact-search')
    const from = Math.max(0, this.hint - this.settings.window)
    const to = Math.min(this.normal.length, this.hint + this.settings.window + quote.length)
    let at = this.normal.indexOf(quote, from)
    while (at !== -1 && at + quote.length <= to) {
      this.add(at, at + quote.length, 'exact-search')
      at = this.normal.indexOf(quote, at + 1)
    }
  }

  addWindowCandidates(): void {
    const { quote, prefix, suffix, normal, settings } = this
    const from = Math.max(0, this.hint - settings.window - prefix.length)
    const to = Math.min(normal.length, this.hint + quote.length + settings.window + suffix.length)
    if (quote.length > 0) {
      for (const end of this.localMatches(
        this.compiledQuote,
        from,
        to,
        this.errorsFor(quote.length),
      )) {
        this.addQuoteEndingAt(end)
      }
    }
    if (prefix.length > 0) {
      const pattern = compilePattern(prefix.slice(-maxPatternLength))
      for (const end of this.localMatches(pattern, from, to, this.errorsFor(prefix.length))) {
        this.addQuoteStartingAt(end)
      }
    }
    if (suffix.length > 0) {
      const head = suffix.slice(0, maxPatternLength)
      const pattern = compilePattern(head)
      const k = this.errorsFor(head.length)
      for (const end of this.localMatches(pattern, from, to, k)) {
        this.addQuoteEndingAt(findMatchStart(head, normal, end, end - head.length - k).start)
      }
    }
  }

  addGlobalCandidates(): void {
    const { quote, prefix, suffix, normal } = this
    if (quote.length > 0) {
      const pattern = quote.slice(0, maxPatternLength)
      const k = this.errorsFor(pattern.length)
      for (const [low, high] of this.seedClusters(pattern, k)) {
        const end = this.bestEnd(this.compiledQuote, low - k, high + pattern.length + k, k)
        if (end !== undefined) this.addQuoteEndingAt(end)
      }
    }
    if (prefix.length > 0) {
      const tail = prefix.slice(-maxPatternLength)
      const k = this.errorsFor(tail.length)
      const pattern = compilePattern(tail)
      for (const [low, high] of this.seedClusters(tail, k)) {
        const end = this.bestEnd(pattern, low - k, high + tail.length + k, k)
        if (end !== undefined) this.addQuoteStartingAt(end)
      }
    }
    if (suffix.length > 0) {
      const head = suffix.slice(0, maxPatternLength)
      const k = this.errorsFor(head.length)
      const pattern = compilePattern(head)
      for (const [low, high] of this.seedClusters(head, k)) {
        const end = this.bestEnd(pattern, low - k, high + head.length + k, k)
        if (end !== undefined) {
          this.addQuoteEndingAt(findMatchStart(head, normal, end, end - head.length - k).start)
        }
      }
    }
  }

  /** The quote's best alignment ending at `end`. */
  addQuoteEndingAt(end: number): void {
    const { quote, normal } = this
    const k = this.errorsFor(quote.length)
    const start = findMatchStart(quote, normal, end, end - quote.length - k).start
    this.add(start, end, 'fuzzy-search')
  }

  /** The quote's best alignment starting at `start`. */
  addQuoteStartingAt(start: number): void {
    const { quote, normal } = this
    const k = this.errorsFor(quote.length)
    const end = findMatchEnd(quote, normal, start, start + quote.length + k).end
    this.add(start, end, 'fuzzy-search')
  }

  /**
   * Ends of the best local matches of `pattern` in `[from, to)`: the lowest-error
   * end of each run of consecutive matching ends, fewest errors first.
   */
  localMatches(pattern: CompiledPattern, from: number, to: number, k: number): number[] {
    const { ends, errors } = findApproximateEnds(pattern, this.normal, from, to, k)
    const best: [end: number, errors: number][] = []
    for (let i = 0; i < ends.length; i++) {
      const end = ends[i] as number
      const error = errors[i] as number
      const last = best[best.length - 1]
      if (last && end - (ends[i - 1] as number) === 1 && i > 0) {
        if (error < last[1]) best[best.length - 1] = [end, error]
      } else {
        best.push([end, error])
      }
    }
    best.sort((a, b) => a[1] - b[1])
    return best.slice(0, maxWindowMatches).map(([end]) => end)
  }

  bestEnd(pattern: CompiledPattern, from: number, to: number, k: number): number | undefined {
    const { ends, errors } = findApproximateEnds(
      pattern,
      this.normal,
      Math.max(0, from),
      Math.min(this.normal.length, to),
      k,
    )
    let best: number | undefined
    let fewest = Number.POSITIVE_INFINITY
    for (let i = 0; i < ends.length; i++) {
      if ((errors[i] as number) < fewest) {
        fewest = errors[i] as number
        best = ends[i]
      }
    }
    return best
  }

  /**
   * Regions where `pattern` may start, from its non-overlapping 8-grams found in
   * the index (with at most k errors, k < pieces guarantees at least one intact
   * piece), as `[lowest, highest]` estimated starts, most-voted first.
   */
  seedClusters(pattern: string, k: number): [number, number][] {
    const diagonals: number[] = []
    for (let offset = 0; offset + gramLength <= pattern.length; offset += gramLength) {
      const bucket = this.indexOf().bucketOf(pattern, offset)
      if (bucket.length > maxSeedBucket) continue
      for (const position of bucket) diagonals.push(position - offset)
    }
    diagonals.sort((a, b) => a - b)
    const clusters: [low: number, high: number, votes: number][] = []
    for (const diagonal of diagonals) {
      const last = clusters[clusters.length - 1]
      if (last && diagonal - last[1] <= k + gramLength) {
        last[1] = diagonal
        last[2]++
      } else {
        clusters.push([diagonal, diagonal, 1])
      }
    }
    clusters.sort((a, b) => b[2] - a[2])
    return clusters.slice(0, maxSeedClusters).map(([low, high]) => [low, high])
  }

  /**
   * The winner among candidates: the best credible one, if it leads every other
   * plausible candidate (allowed, with a similar enough quote, not overlapping it)
   * by the margin.
   */
  decide(exactOnly: boolean): Candidate | undefined {
    let best: Candidate | undefined
    for (const candidate of this.candidates.values()) {
      if (exactOnly && candidate.via !== 'exact-search') continue
      if (candidate.credible && (!best || candidate.total > best.total)) best = candidate
    }
    if (!best) return undefined
    // Overlapping alignments of the same place: a context-led alignment can swallow
    // text inserted next to the span (and score well on context), so a nearly as
    // good alignment with a closer quote wins.
    for (const candidate of this.candidates.values()) {
      if (exactOnly && candidate.via !== 'exact-search') continue
      if (!candidate.credible || candidate.quote <= best.quote) continue
      if (candidate.start >= best.end || candidate.end <= best.start) continue
      if (candidate.total >= best.total - overlapTolerance) best = candidate
    }
    const runner = this.runnerUp(best)
    return runner === undefined || best.total - runner >= this.settings.minMargin ? best : undefined
  }

  runnerUp(best: Candidate): number | undefined {
    let runner: number | undefined
    for (const candidate of this.candidates.values()) {
      if (candidate === best || !candidate.allowed) continue
      if (candidate.quote < this.settings.minQuoteSimilarity) continue
      if (candidate.start < best.end && candidate.end > best.start) continue
      if (candidate.start === best.start && candidate.end === best.end) continue
      if (runner === undefined || candidate.total > runner) runner = candidate.total
    }
    return runner
  }

  /** Several credible candidates, or a credible one without a clear lead. */
  isAmbiguous(): boolean {
    for (const candidate of this.candidates.values()) if (candidate.credible) return true
    return false
  }

  bestScore(): number {
    let best = 0
    for (const candidate of this.candidates.values())
      if (candidate.allowed) best = Math.max(best, candidate.total)
    return best
  }
}

/**
 * Code units of the old span `[start, end)` that survive the edits as real text:
 * an unchanged space or punctuation mark counts; a word's unchanged letters count
 * only when they are at least half of the word (part of the word inside the span),
 * so a corrected letter keeps a word while letters that two different words
 * happen to share ("t" when "right" became "to") do not.
 *
 * @example
 * // 'in right' → 'in to', where the character diff kept the "t" of "right":
 * // "righ" deleted, "o" inserted. "in " survives; the "t" does not count.
 * const edits = new EditMap([3, 4, 0, 8, 0, 1])
 * survivingText(edits, 'in right', 0, 8) // => 3
 */
export function survivingText(edits: EditMap, oldText: string, start: number, end: number): number {
  // Which characters of the span are unchanged.
  const kept = new Uint8Array(Math.max(0, end - start)).fill(1)
  edits.forEachIn(start, end, (oldStart, oldEnd) => {
    kept.fill(0, Math.max(0, oldStart - start), Math.max(0, Math.min(end, oldEnd) - start))
  })
  let surviving = 0
  for (let index = start; index < end; ) {
    if (!isWordCharacter(oldText, index)) {
      surviving += kept[index - start] as number
      index++
      continue
    }
    let wordEnd = index
    let wordKept = 0
    while (wordEnd < end && isWordCharacter(oldText, wordEnd))
      wordKept += kept[wordEnd++ - start] as number
    if (wordKept * 2 >= wordEnd - index) surviving += wordKept
    index = wordEnd
  }
  return surviving
}

/**
 * Moves `[from, to)` inwards past whitespace that the quote does not have at that
 * edge (a word deleted at a span's end leaves the space before it inside).
 */
function trimSpaces(text: string, quote: string, from: number, to: number): [number, number] {
  const space = /\s/
  let start = from
  let end = to
  if (!space.test(quote[0] ?? '')) while (start < end && space.test(text[start] as string)) start++
  if (!space.test(quote[quote.length - 1] ?? ''))
    while (end > start && space.test(text[end - 1] as string)) end--
  return [start, end]
}

/** True when the character at `index` of `value` is a letter, digit or combining mark. */
function isWordCharacter(value: string, index: number): boolean {
  if (index < 0 || index >= value.length) return false
  return /[\p{L}\p{N}\p{M}]/u.test(value[index] as string)
}

/**
 * True when a side of the span's context stands verbatim next to it: the context then
 * agrees (similarity 1) and the costlier scoring is not needed. Most spans of an
 * unchanged text take this path.
 */
function contextIntact(text: string, span: SpanSelector): boolean {
  return (
    (span.prefix.length > 0 && text.endsWith(span.prefix, span.start)) ||
    (span.suffix.length > 0 && text.startsWith(span.suffix, span.end))
  )
}
