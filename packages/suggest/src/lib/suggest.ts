/**
 * Suggesting draft annotations for a text: figures, hedges, speakers and claims.
 */
import {
  type Annotation,
  type ClaimAnnotation,
  type Creator,
  createSpan,
  type FigureAnnotation,
  type Relation,
  type ScholionDocument,
  type Span,
  type SpeakerAnnotation,
  type UncertaintyAnnotation,
} from '@scholion/core'
import { findAttributions } from './attributions/find-attributions.js'
import { resolveSpeakers } from './attributions/resolve-speakers.js'
import { findFigures } from './figures/find-figures.js'
import { compileLexicon, findHedges } from './hedges/find-hedges.js'
import { defaultHedgeLexicon, type HedgeEntry, type HedgeLexicon } from './hedges/hedge-lexicon.js'
import { findModelHedges, type HedgeModel, learnable } from './hedges/hedge-model.js'
import { findQuotations } from './text/quotations.js'
import { splitSentences } from './text/sentences.js'
import { withTokens } from './text/tokens.js'
import { suggesterName, suggesterVersion } from './version.js'

/**
 * Which kinds of suggestion to make.
 *
 * @example
 * const only: SuggestKinds = { figures: true, hedges: false, attributions: false }
 */
export interface SuggestKinds {
  /** Figures. Default: `true`. */
  readonly figures?: boolean
  /** Uncertainties: hedge cues, and approximators and vague quantities of figures. Default: `true`. */
  readonly hedges?: boolean
  /** Speakers and the claims attributed to them. Default: `true`. */
  readonly attributions?: boolean
}

/** Options of {@link suggest}. */
export interface SuggestOptions {
  /** Which kinds to suggest. Default: all. */
  readonly kinds?: SuggestKinds
  /**
   * The hedge lexicon, replacing the default. Default: `defaultHedgeLexicon`
   * (version `scholion-hedges/30`).
   */
  readonly lexicon?: HedgeLexicon
  /** Cues added to the lexicon (yours, checked first). Default: none. */
  readonly extraHedges?: readonly HedgeEntry[]
  /**
   * A learned hedge model whose hedges are added where the lexicon's overlap none
   * (`learnedHedgeModel` of `@scholion/suggest/hedge-model`), with confidence
   * {@link learnedHedgeConfidence}. More hedges found, more false ones: see
   * docs/suggestions.md. Default: none.
   */
  readonly hedgeModel?: HedgeModel
  /**
   * Also suggest an uncertainty of type `vague-quantity` for every approximator
   * ("more than") and vague quantity ("tens of thousands"), linked to its figure by
   * `qualifies`. Default: `true`.
   */
  readonly vagueness?: boolean
  /** Drop suggestions below this confidence. Default: `0` (keep all). */
  readonly minConfidence?: number
  /** Prefix of every suggested id. Default: `'sugg'`. */
  readonly idPrefix?: string
  /**
   * Timestamp written to `created`: a date, or `false` for none. Default: `false`,
   * so that the same text gives the same suggestions (tests, diffs).
   */
  readonly created?: Date | false
  /** Length of `prefix`/`suffix` context in spans. Default: `32`, as core's `createSpan`. */
  readonly context?: number
}

/**
 * Draft suggestions: annotations (all `status: 'draft'`) and their relations.
 *
 * @example
 * const none: Suggestions = { annotations: [], relations: [] }
 */
export interface Suggestions {
  /** Suggested annotations, in text order of their first span. */
  readonly annotations: readonly Annotation[]
  /** `attributedTo` (claim → speaker) and `qualifies` (uncertainty → figure). */
  readonly relations: readonly Relation[]
}

/**
 * The creator written into every suggestion.
 *
 * @example
 * suggesterCreator // => { name: 'scholion-suggest', id: 'scholion-suggest@0.38.1' }
 */
export const suggesterCreator: Creator = {
  name: suggesterName,
  id: `${suggesterName}@${suggesterVersion}`,
}

const round = (value: number) => Math.round(value * 100) / 100

/**
 * The entries that have exclusions (`notBefore`, `notAfter`), without them: where
 * these find a cue that the whole lexicon does not, an exclusion held.
 */
const withoutExclusions = (entries: readonly HedgeEntry[]): HedgeLexicon => ({
  version: 'exclusions-lifted',
  entries: entries
    .filter((entry) => entry.notBefore !== undefined || entry.notAfter !== undefined)
    .map(({ notBefore: _notBefore, notAfter: _notAfter, ...entry }) => entry),
})

/**
 * Confidence of a hedge found by a learned model and not by the lexicon: about
 * three in five of them were right on blind stories (docs/suggestions.md), so
 * `minConfidence` above it keeps the lexicon's hedges only.
 *
 * @example
 * learnedHedgeConfidence // => 0.55
 */
export const learnedHedgeConfidence = 0.55

/**
 * Suggests draft annotations for a document or a reading text: figures with values
 * and bounds, uncertainties (hedge cues from the lexicon, approximators, vague
 * quantities), speakers with all their mentions, and claims `attributedTo` them.
 * Every suggestion has `status: 'draft'`, `creator` naming the suggester and its
 * version, and a `confidence`.
 *
 * @example
 * const { annotations } = suggest('More than 2,000 foreigners were held, the ministry said.')
 * annotations.map((annotation) => annotation.kind) // => ['claim', 'figure', 'uncertainty', 'speaker']
 */
export function suggest(
  input: ScholionDocument | string,
  options: SuggestOptions = {},
): Suggestions {
  const text = typeof input === 'string' ? input : input.text
  const kinds = options.kinds ?? {}
  // Figures and attributions read the text's tokens (the whole text, then each
  // sentence with a cue, several times): tokenized once for the pass.
  return kinds.figures === false && kinds.attributions === false
    ? suggestIn(text, options)
    : withTokens(text, () => suggestIn(text, options))
}

function suggestIn(text: string, options: SuggestOptions): Suggestions {
  const kinds = options.kinds ?? {}
  const prefix = options.idPrefix ?? 'sugg'
  const minConfidence = options.minConfidence ?? 0
  const context = options.context ?? 32
  const created =
    options.created === undefined || options.created === false
      ? undefined
      : options.created.toISOString()
  const base = {
    status: 'draft' as const,
    creator: suggesterCreator,
    ...(created === undefined ? {} : { created }),
  }
  const span = (start: number, end: number): Span => createSpan(text, start, end, { context })
  const annotations: Annotation[] = []
  const relations: Relation[] = []

  if (kinds.figures !== false || kinds.hedges !== false) {
    const vagueness = kinds.hedges !== false && (options.vagueness ?? true)
    for (const figure of findFigures(text)) {
      if (figure.confidence < minConfidence) continue
      const id = `${prefix}-fig-${figure.start}-${figure.end}`
      if (kinds.figures !== false) {
        const annotation: FigureAnnotation = {
          id,
          kind: 'figure',
          spans: [span(figure.start, figure.end)],
          ...(figure.value === undefined ? {} : { value: figure.value }),
          ...(figure.atLeast === undefined ? {} : { atLeast: figure.atLeast }),
          ...(figure.atMost === undefined ? {} : { atMost: figure.atMost }),
          ...(figure.approximator === undefined ? {} : { approximator: figure.approximator }),
          ...(figure.vague ? { vague: true } : {}),
          ...(figure.counted === undefined ? {} : { counted: figure.counted }),
          ...(figure.unit === undefined ? {} : { unit: figure.unit }),
          numberType: figure.numberType,
          ...(figure.when === undefined ? {} : { when: figure.when }),
          ...base,
          confidence: figure.confidence,
        }
        annotations.push(annotation)
      }
      if (!vagueness) continue
      // The approximator ("more than"), or the vague quantity itself ("tens of
      // thousands"), is the cue of a vague-quantity uncertainty about the figure.
      // "between 5 and 10" states exact bounds: a range, not an estimate.
      const cue =
        figure.approximator === 'between'
          ? undefined
          : figure.approximatorEnd !== undefined
            ? { start: figure.start, end: figure.approximatorEnd }
            : figure.vague
              ? { start: figure.numberStart, end: figure.numberEnd }
              : figure.approximator !== undefined
                ? { start: figure.numberEnd, end: figure.end }
                : undefined
      if (cue === undefined || cue.end <= cue.start) continue
      const uncertaintyId = `${prefix}-unc-${cue.start}-${cue.end}`
      const uncertainty: UncertaintyAnnotation = {
        id: uncertaintyId,
        kind: 'uncertainty',
        spans: [span(cue.start, cue.end)],
        origin: 'text',
        uncertaintyType: 'vague-quantity',
        // Vague quantities span an order of magnitude; approximators a few per cent.
        degree: figure.vague ? 'high' : 'low',
        scope: [span(figure.start, figure.end)],
        ...base,
        confidence: round(figure.confidence * 0.95),
      }
      annotations.push(uncertainty)
      if (kinds.figures !== false)
        relations.push({ type: 'qualifies', from: uncertaintyId, to: id })
    }
  }

  const sentences =
    kinds.hedges !== false || kinds.attributions !== false ? splitSentences(text) : []
  if (kinds.hedges !== false) {
    const lexicon = options.lexicon ?? defaultHedgeLexicon
    const entries = [...(options.extraHedges ?? []), ...lexicon.entries]
    const compiled = compileLexicon({ version: lexicon.version, entries })
    let sentenceIndex = 0
    const taken = new Set(
      annotations
        .filter((annotation) => annotation.kind === 'uncertainty')
        .map((annotation) => annotation.spans[0]?.start),
    )
    for (const hedge of findHedges(text, compiled)) {
      const confidence = hedge.entry.confidence ?? 0.85
      if (confidence < minConfidence || taken.has(hedge.start)) continue
      while (
        sentenceIndex < sentences.length &&
        (sentences[sentenceIndex]?.end ?? 0) <= hedge.start
      )
        sentenceIndex++
      const sentence = sentences[sentenceIndex]
      // The scope is the sentence the cue stands in: where a hedge's scope ends
      // inside a sentence needs parsing, and the editor narrows it when reviewing.
      const scope =
        sentence !== undefined && sentence.start <= hedge.start
          ? [span(sentence.start, sentence.end)]
          : []
      const annotation: UncertaintyAnnotation = {
        id: `${prefix}-unc-${hedge.start}-${hedge.end}`,
        kind: 'uncertainty',
        spans: [span(hedge.start, hedge.end)],
        origin: 'text',
        uncertaintyType: hedge.entry.type,
        degree: hedge.entry.degree,
        ...(scope.length > 0 ? { scope } : {}),
        tags: [`lexicon:${lexicon.version}`],
        ...base,
        confidence,
      }
      annotations.push(annotation)
    }
    if (options.hedgeModel !== undefined && learnedHedgeConfidence >= minConfidence) {
      const model = options.hedgeModel
      const found = annotations
        .filter((annotation) => annotation.kind === 'uncertainty')
        .map((annotation) => annotation.spans[0] as Span)
      // The lexicon's exclusions bind the model too: where an entry's cue and the
      // context it needs are found but one of its exclusions holds ("might" in a
      // question of manner, "could" in a purpose clause), the lexicon has judged the
      // place, and the model adds nothing there (0.35.0).
      for (const hedge of findHedges(text, compileLexicon(withoutExclusions(entries))))
        found.push(span(hedge.start, hedge.end))
      found.sort((a, b) => a.start - b.start)
      // Both lists are in text order: one walk tells which learned spans overlap none.
      let at = 0
      for (const hedge of findModelHedges(text, model)) {
        while (at < found.length && (found[at] as Span).end <= hedge.start) at++
        // Spans may nest now (an entry's cue found with and without its exclusions):
        // any of the next spans that starts before the learned span ends overlaps it.
        let overlaps = false
        for (let next = at; next < found.length && (found[next] as Span).start < hedge.end; next++)
          if ((found[next] as Span).end > hedge.start) overlaps = true
        if (overlaps || !learnable(text.slice(hedge.start, hedge.end))) continue
        annotations.push({
          id: `${prefix}-unc-${hedge.start}-${hedge.end}`,
          kind: 'uncertainty',
          spans: [span(hedge.start, hedge.end)],
          origin: 'text',
          uncertaintyType: 'hedge',
          degree: 'medium',
          tags: [`model:${model.version}`],
          ...base,
          confidence: learnedHedgeConfidence,
        })
      }
    }
  }

  if (kinds.attributions !== false) {
    const quotations = findQuotations(text)
    const found = findAttributions(text, { quotations, sentences })
    const { speakers, speakerOf } = resolveSpeakers(found, { text })
    const speakerIds = speakers.map(
      (speaker) => `${prefix}-spk-${speaker.mentions[0]?.start ?? speaker.index}`,
    )
    const used = new Set<number>()
    found.forEach((attribution, index) => {
      const speakerIndex = speakerOf[index] ?? 0
      const speaker = speakers[speakerIndex]
      const speakerId = speakerIds[speakerIndex]
      const first = attribution.content[0]
      if (speaker === undefined || speakerId === undefined || first === undefined) return
      // Named speakers are most reliable; resolved pronouns less; unresolved least.
      const confidence = speaker.unresolved
        ? 0.4
        : attribution.mention.pronoun !== undefined
          ? 0.65
          : 0.8
      if (confidence < minConfidence) return
      used.add(speakerIndex)
      const claimId = `${prefix}-claim-${first.start}-${attribution.cueStart}`
      const claim: ClaimAnnotation = {
        id: claimId,
        kind: 'claim',
        spans: attribution.content.map((part) => span(part.start, part.end)),
        mode: attribution.mode,
        cue: attribution.cue,
        ...base,
        confidence,
      }
      annotations.push(claim)
      relations.push({ type: 'attributedTo', from: claimId, to: speakerId })
    })
    for (const speaker of speakers) {
      const id = speakerIds[speaker.index]
      if (id === undefined || !used.has(speaker.index)) continue
      const annotation: SpeakerAnnotation = {
        id,
        kind: 'speaker',
        spans: speaker.mentions.map((mention) => span(mention.start, mention.end)),
        name: speaker.name,
        type: speaker.type,
        ...(speaker.role === undefined ? {} : { role: speaker.role }),
        ...(speaker.unresolved ? { tags: ['unresolved-pronoun'] } : {}),
        ...base,
        confidence: speaker.unresolved ? 0.4 : 0.8,
      }
      annotations.push(annotation)
    }
  }

  const firstStart = (annotation: Annotation) => annotation.spans[0]?.start ?? 0
  annotations.sort(
    (a, b) => firstStart(a) - firstStart(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
  return { annotations, relations }
}
