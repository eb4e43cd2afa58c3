/**
 * Scores @scholion/suggest against hand-made gold annotations of Brown corpus
 * press reportage (`gold/*.json`), with the matching rule of issue 7:
 *
 * - a figure or hedge counts when a suggestion of its kind overlaps it;
 * - an attribution counts when a suggested claim overlaps its content and is
 *   `attributedTo` a speaker with a mention overlapping the true speaker.
 *
 * Precision is over the suggestions that start inside each gold file's region
 * (the part of the sample that was annotated); recall over the gold items.
 *
 * Gold items locate themselves by quotation, not offsets, so that they stay
 * readable and survive changes to the detokenizer: `exact` is the first
 * occurrence in the region, narrowed to `sub` (figures, hedges) or
 * `speakerExact` (speakers) when given: to its first occurrence in `exact` that
 * cuts no word, if there is one.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import type { Annotation, Relation } from '@scholion/core'
import { type SuggestOptions, suggest } from '../../packages/suggest/src/index.js'
import { brownText } from '../../test-support/brown.mjs'

/** One hand-made gold file. */
export interface GoldFile {
  readonly sample: string
  /**
   * The sample's text, as a path relative to `bench/suggest/` (a UTF-8 file
   * read as is). Without it, `sample` names a Brown corpus sample.
   */
  readonly text?: string
  /** True for files annotated before the rules were run on them (never tuned on). */
  readonly heldOut?: boolean
  /** Who made it ("round-29 annotator (…)"). */
  readonly annotator?: string
  /** The region ends after the first occurrence of this text. */
  readonly regionEnd: string
  readonly figures: ReadonlyArray<{ readonly exact: string; readonly sub?: string }>
  readonly hedges: ReadonlyArray<{ readonly exact: string; readonly sub?: string }>
  readonly attributions: ReadonlyArray<{
    readonly speaker: string
    readonly speakerExact?: string
    readonly content: string
  }>
}

/** Counts for one kind. */
export interface Score {
  truePositives: number
  suggested: number
  gold: number
  /** Suggestions that matched, for precision. */
  correct: number
}

interface Range {
  readonly start: number
  readonly end: number
}

const benchFolder = new URL('./', import.meta.url)
const goldFolder = new URL('./gold/', import.meta.url)

/** Reads every gold file. */
export function readGold(): GoldFile[] {
  return readdirSync(goldFolder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(new URL(name, goldFolder), 'utf8')) as GoldFile)
}

const wordCharacter = /[\p{L}\p{N}]/u
const cutsWord = (before: string | undefined, after: string | undefined) =>
  before !== undefined &&
  after !== undefined &&
  wordCharacter.test(before) &&
  wordCharacter.test(after)

/**
 * Where `sub` stands in `exact`: its first occurrence that cuts no word of
 * `exact` ("he" in `anywhere," he says` is the pronoun, not the end of
 * "anywhere"), or its first occurrence when each cuts one.
 */
export function subIndex(exact: string, sub: string): number {
  const first = exact.indexOf(sub)
  for (let at = first; at >= 0; at = exact.indexOf(sub, at + 1)) {
    const end = at + sub.length
    if (!cutsWord(exact[at - 1], sub[0]) && !cutsWord(sub.at(-1), exact[end])) return at
  }
  return first
}

/**
 * The range of a gold quotation: the first occurrence of `exact` in `text`,
 * narrowed to `sub` (see `subIndex`).
 */
export function locate(text: string, exact: string, sub?: string): Range {
  const at = text.indexOf(exact)
  if (at < 0) throw new Error(`Gold quote not found: \`${exact}\``)
  if (sub === undefined) return { start: at, end: at + exact.length }
  const inner = subIndex(exact, sub)
  if (inner < 0) throw new Error(`Gold sub-quote \`${sub}\` not in \`${exact}\``)
  return { start: at + inner, end: at + inner + sub.length }
}

const overlap = (a: Range, b: Range) => a.start < b.end && b.start < a.end
const anyOverlap = (spans: readonly Range[], range: Range) =>
  spans.some((span) => overlap(span, range))

/** A gold file's whole text, and its region: the text up to the end of `regionEnd`. */
export function sampleText(gold: GoldFile): { full: string; text: string; end: number } {
  const full =
    gold.text === undefined
      ? brownText([gold.sample])
      : readFileSync(new URL(gold.text, benchFolder), 'utf8')
  const regionEnd = full.indexOf(gold.regionEnd)
  if (regionEnd < 0) throw new Error(`Region end not found in ${gold.sample}`)
  const end = regionEnd + gold.regionEnd.length
  return { full, text: full.slice(0, end), end }
}

/** Scores one gold file; returns counts per kind. */
export function scoreGold(
  gold: GoldFile,
  options: SuggestOptions = {},
): Record<'figures' | 'hedges' | 'attributions', Score> {
  const { full, text, end } = sampleText(gold)
  const { annotations, relations } = suggest(full, options)
  const inRegion = (annotation: Annotation) => (annotation.spans[0]?.start ?? end) < end
  const byKind = (kind: string) =>
    annotations.filter((annotation) => annotation.kind === kind && inRegion(annotation))

  const simple = (items: GoldFile['figures'], kind: string): Score => {
    const goldRanges = items.map((item) => locate(text, item.exact, item.sub))
    const suggested = byKind(kind)
    return {
      gold: goldRanges.length,
      truePositives: goldRanges.filter((range) =>
        suggested.some((annotation) => anyOverlap(annotation.spans, range)),
      ).length,
      suggested: suggested.length,
      correct: suggested.filter((annotation) =>
        goldRanges.some((range) => anyOverlap(annotation.spans, range)),
      ).length,
    }
  }

  const speakers = new Map(
    annotations
      .filter((annotation) => annotation.kind === 'speaker')
      .map((annotation) => [annotation.id, annotation]),
  )
  const speakerOf = (claim: Annotation) => {
    const relation = relations.find(
      (candidate: Relation) => candidate.type === 'attributedTo' && candidate.from === claim.id,
    )
    return relation === undefined ? undefined : speakers.get(relation.to)
  }
  const goldAttributions = gold.attributions.map((item) => ({
    speaker: locate(text, item.speaker, item.speakerExact),
    content: locate(text, item.content),
  }))
  const claims = byKind('claim')
  const matches = (claim: Annotation, item: { speaker: Range; content: Range }) => {
    const speaker = speakerOf(claim)
    return (
      anyOverlap(claim.spans, item.content) &&
      speaker !== undefined &&
      anyOverlap(speaker.spans, item.speaker)
    )
  }
  return {
    figures: simple(gold.figures, 'figure'),
    hedges: simple(gold.hedges, 'uncertainty'),
    attributions: {
      gold: goldAttributions.length,
      truePositives: goldAttributions.filter((item) => claims.some((claim) => matches(claim, item)))
        .length,
      suggested: claims.length,
      correct: claims.filter((claim) => goldAttributions.some((item) => matches(claim, item)))
        .length,
    },
  }
}

/**
 * The gold files of a set: held-out ones say `"heldOut": true`, development ones do not.
 */
export function goldOf(set: 'all' | 'development' | 'held-out'): GoldFile[] {
  return readGold().filter((gold) =>
    set === 'all' ? true : set === 'held-out' ? gold.heldOut === true : gold.heldOut !== true,
  )
}

/** Counts per kind. */
export type Scores = Record<'figures' | 'hedges' | 'attributions', Score>

/** Precision and recall per kind. */
export type Results = Record<
  'figures' | 'hedges' | 'attributions',
  { precision: number; recall: number; score: Score }
>

/** Sums counts per kind and turns them into precision and recall. */
export function results(scores: Iterable<Scores>): Results {
  const total: Scores = {
    figures: { truePositives: 0, suggested: 0, gold: 0, correct: 0 },
    hedges: { truePositives: 0, suggested: 0, gold: 0, correct: 0 },
    attributions: { truePositives: 0, suggested: 0, gold: 0, correct: 0 },
  }
  for (const score of scores) {
    for (const kind of ['figures', 'hedges', 'attributions'] as const) {
      total[kind].truePositives += score[kind].truePositives
      total[kind].suggested += score[kind].suggested
      total[kind].gold += score[kind].gold
      total[kind].correct += score[kind].correct
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b)
  const result = (score: Score) => ({
    precision: ratio(score.correct, score.suggested),
    recall: ratio(score.truePositives, score.gold),
    score,
  })
  return {
    figures: result(total.figures),
    hedges: result(total.hedges),
    attributions: result(total.attributions),
  }
}

/**
 * Precision and recall per kind over the gold files: `'development'` (the files
 * the rules were tuned on), `'held-out'`, or `'all'` (default).
 */
export function scoreAll(
  set: 'all' | 'development' | 'held-out' = 'all',
  options: SuggestOptions = {},
): Results {
  return results(goldOf(set).map((gold) => scoreGold(gold, options)))
}

/**
 * How a second annotation of a sample agrees with the first, by the rule the
 * suggester is scored by: the second annotation's items stand for the
 * suggestions. A figure or hedge of one counts when one of the other overlaps
 * it; an attribution when one of the other overlaps both its content and its
 * speaker. Precision is the share of the second's items that match the first;
 * recall the share of the first's that the second matches.
 */
export function compareAnnotations(first: GoldFile, second: GoldFile): Scores {
  if (first.sample !== second.sample)
    throw new Error(`Not the same sample: ${first.sample} and ${second.sample}`)
  return compareIn(sampleText(first).text, first, second)
}

/** `compareAnnotations` on a given text (the region of both annotations). */
export function compareIn(text: string, first: GoldFile, second: GoldFile): Scores {
  const spans = (items: GoldFile['figures']) =>
    items.map((item) => locate(text, item.exact, item.sub))
  const simple = (mine: readonly Range[], theirs: readonly Range[]): Score => ({
    gold: mine.length,
    truePositives: mine.filter((range) => anyOverlap(theirs, range)).length,
    suggested: theirs.length,
    correct: theirs.filter((range) => anyOverlap(mine, range)).length,
  })
  const pairs = (gold: GoldFile) =>
    gold.attributions.map((item) => ({
      speaker: locate(text, item.speaker, item.speakerExact),
      content: locate(text, item.content),
    }))
  const firstPairs = pairs(first)
  const secondPairs = pairs(second)
  type Pair = (typeof firstPairs)[number]
  const same = (a: Pair, b: Pair) => overlap(a.content, b.content) && overlap(a.speaker, b.speaker)
  return {
    figures: simple(spans(first.figures), spans(second.figures)),
    hedges: simple(spans(first.hedges), spans(second.hedges)),
    attributions: {
      gold: firstPairs.length,
      truePositives: firstPairs.filter((a) => secondPairs.some((b) => same(a, b))).length,
      suggested: secondPairs.length,
      correct: secondPairs.filter((b) => firstPairs.some((a) => same(a, b))).length,
    },
  }
}

const agreementFolder = new URL('./agreement/', import.meta.url)

/**
 * The second annotations in `agreement/<folder>/` with the gold file each
 * annotates again, by folder.
 */
export function readAgreement(): Array<{ folder: string; first: GoldFile; second: GoldFile }> {
  if (!existsSync(agreementFolder)) return []
  const gold = new Map(readGold().map((file) => [file.sample, file]))
  return readdirSync(agreementFolder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .flatMap((folder) =>
      readdirSync(new URL(`${folder}/`, agreementFolder))
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => {
          const second = JSON.parse(
            readFileSync(new URL(`${folder}/${name}`, agreementFolder), 'utf8'),
          ) as GoldFile
          const first = gold.get(second.sample)
          if (first === undefined)
            throw new Error(`agreement/${folder}/${name}: no gold file for ${second.sample}`)
          return { folder, first, second }
        }),
    )
}
