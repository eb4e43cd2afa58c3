import type { Root } from 'hast'

/**
 * The document to render: an article as a hast tree.
 *
 * Structural on purpose: a `Document` from `@scholion/core` (`loadDocument`) fits, and so
 * does anything else with a `hast` field. The reading text is the concatenation of the
 * values of all text nodes of `hast` in document order; span offsets are UTF-16 code unit
 * offsets into it, half-open `[start, end)`.
 *
 * @example
 * ```ts
 * import type { EditionDocument } from '@scholion/html'
 *
 * const document: EditionDocument = {
 *   text: 'Hello',
 *   hast: { type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'Hello' }] }] },
 * }
 * ```
 */
export interface EditionDocument {
  /** The article as hast. Not mutated. */
  readonly hast: Root
  /**
   * The reading text (optional). When given, it must equal the concatenated text of
   * `hast`; the renderer checks this and throws a `RangeError` when it does not.
   */
  readonly text?: string | undefined
}

/**
 * Metadata shown in the edition's header. All fields optional; every value is escaped.
 *
 * @example
 * ```ts
 * import type { EditionMetadata } from '@scholion/html'
 *
 * const metadata: EditionMetadata = { title: '2,000 foreigners in Gulag', publication: 'The Independent', date: '1992-08-18' }
 * ```
 */
export interface EditionMetadata {
  /** Title of the article. */
  readonly title?: unknown
  /** Where the text comes from: a file name or an `http(s)` URL (linked when it is one). */
  readonly source?: unknown
  /** The publication (newspaper, journal, site). */
  readonly publication?: unknown
  /** Publication date or date-time, ISO 8601 (`1992-08-18`): core's `document.published`. */
  readonly published?: unknown
  /** Publication date, as `published` (older name; `published` wins when both are given). */
  readonly date?: unknown
  /** The dateline as printed (`MOSCOW`). */
  readonly dateline?: unknown
  /** News agency the text comes from (`Reuters`). */
  readonly agency?: unknown
  /** Author or byline, as printed. */
  readonly author?: unknown
  /** Where the text was retrieved from (`http(s)` only is linked; other schemes are shown as text). */
  readonly url?: unknown
  /** When the text was retrieved (ISO 8601, UTC). */
  readonly retrieved?: unknown
  /**
   * Language of the text, a BCP 47 tag (`en-GB`). Set as `lang` on the text element when it
   * is a well-formed tag, so screen readers pronounce the article in its language.
   */
  readonly language?: unknown
  /** Notes on the text and its provenance, in Markdown (sanitized like note bodies). */
  readonly notes?: unknown
}

/**
 * One span of an annotation, already resolved against the current text by the caller.
 *
 * `start`/`end` are reading-text offsets (UTF-16 code units, half-open). A span whose
 * `status` is `orphan` or `ambiguous` is unanchored: it is listed in the unanchored section
 * with its `exact` quote, never dropped and never highlighted. A span without a status is
 * treated as `exact` and checked: when `exact` is given and differs from the text at
 * `[start, end)`, the span is listed as unanchored rather than highlighting the wrong text.
 *
 * @example
 * ```ts
 * import type { EditionSpan } from '@scholion/html'
 *
 * const span: EditionSpan = { start: 10, end: 15, exact: '2,000', status: 'exact' }
 * ```
 */
export interface EditionSpan {
  /** Start offset in the reading text (inclusive). */
  readonly start?: number | undefined
  /** End offset in the reading text (exclusive). */
  readonly end?: number | undefined
  /** The quote as recorded. */
  readonly exact?: string | undefined
  /**
   * Anchoring status, flat: `exact`, `mapped`, `fuzzy`, `ambiguous`, `orphan`. Wins over
   * `anchor.status` when both are given.
   */
  readonly status?: string | undefined
  /** Anchoring score, flat, when there is one. */
  readonly score?: unknown
  /**
   * Anchoring verdict as `scholion/1` files keep it (written by re-anchoring):
   * `{ status, score }`. Read when there is no flat `status`.
   */
  readonly anchor?: EditionSpanAnchor | undefined
}

/**
 * A span's anchoring verdict, nested as in `scholion/1` (`span.anchor`).
 *
 * @example
 * ```ts
 * import type { EditionSpanAnchor } from '@scholion/html'
 *
 * const anchor: EditionSpanAnchor = { status: 'fuzzy', score: 0.93 }
 * ```
 */
export interface EditionSpanAnchor {
  /** `exact`, `mapped`, `fuzzy`, `ambiguous` or `orphan`. */
  readonly status?: string | undefined
  /** Confidence of the match, 0 to 1. */
  readonly score?: number | undefined
}

/**
 * An annotation as the renderer reads it: only `id`, `kind` and `spans` are required;
 * every other field is optional and read defensively (wrong types are ignored), so any
 * richer annotation model fits. Unknown kinds render generically.
 *
 * @example
 * ```ts
 * import type { EditionAnnotation } from '@scholion/html'
 *
 * const figure: EditionAnnotation = {
 *   id: 'fig-2000',
 *   kind: 'figure',
 *   spans: [{ start: 21, end: 26, exact: '2,000' }],
 *   value: 2000,
 *   approximator: 'more than',
 *   counted: 'foreigners imprisoned',
 * }
 * ```
 */
export interface EditionAnnotation {
  /** Unique id within the file. */
  readonly id: string
  /**
   * `claim`, `figure`, `speaker`, `uncertainty`, `note`, `boilerplate` (site furniture, set
   * aside rather than highlighted), or any custom kind.
   */
  readonly kind: string
  /** Where it is in the text. */
  readonly spans: ReadonlyArray<EditionSpan>
  /** `draft` or `reviewed`; drafts are shown distinctly. */
  readonly status?: unknown
  /** Confidence between 0 and 1 (shown for drafts and in the note). */
  readonly confidence?: unknown
  /** Who made it: a string or an object with a `name`. */
  readonly creator?: unknown
  /** Free commentary in Markdown (any kind); sanitized when rendered. */
  readonly body?: unknown
  // claim
  /** Claim: `direct`, `indirect`, `authorial`… */
  readonly mode?: unknown
  /** Claim: the cue (“said”, “according to”). */
  readonly cue?: unknown
  /** Claim: category (quantity, prediction, causal…). */
  readonly category?: unknown
  /**
   * Claim: factuality as presented: a word (`certain`, `probable`, `possible`,
   * `uncommitted`) or core's `{ certainty, polarity }`.
   */
  readonly factuality?: unknown
  /** Claim: id of the speaker, when not given by an `attributedTo` relation. */
  readonly speaker?: unknown
  // figure
  /** Figure: the figure as written, when it differs from the span text. */
  readonly written?: unknown
  /** Figure: for years and dates, the date in ISO 8601 (`1953`, `1992-08-17`). */
  readonly when?: unknown
  /** Figure: the value. */
  readonly value?: unknown
  /** Figure: lower bound. */
  readonly atLeast?: unknown
  /** Figure: upper bound. */
  readonly atMost?: unknown
  /** Figure: approximator (“more than”, “about”). */
  readonly approximator?: unknown
  /** Figure: vague quantity without a point value. */
  readonly vague?: unknown
  /** Figure: what is counted. */
  readonly counted?: unknown
  /** Figure: unit. */
  readonly unit?: unknown
  /** Figure: number type (count, year, duration, percentage, money). */
  readonly numberType?: unknown
  // speaker
  /** Speaker: name. */
  readonly name?: unknown
  /** Speaker: person, organisation, agency, anonymous… */
  readonly type?: unknown
  /** Speaker: role. Boilerplate: what the furniture is (`donation-appeal`, `comments`…). */
  readonly role?: unknown
  /** Speaker: external identifiers, e.g. `{ wikidata: 'Q123' }`. */
  readonly identifiers?: unknown
  // uncertainty
  /** Uncertainty: `text` or `editor`. */
  readonly origin?: unknown
  /** Uncertainty: hedge, vague quantity, unclear attribution… */
  readonly uncertaintyType?: unknown
  /** Uncertainty: degree. */
  readonly degree?: unknown
  /** Uncertainty: explanation (plain text). */
  readonly explanation?: unknown
  // boilerplate
  /**
   * Boilerplate: how the edition shows it: `collapsed` (hidden behind a toggle; the default
   * when absent or unknown), `dimmed` (shown, de-emphasised) or `shown` (as the text).
   */
  readonly display?: unknown
  /** Boilerplate: why the passage is not part of the source, for the reader. */
  readonly description?: unknown
}

/**
 * A relation between two annotations.
 *
 * @example
 * ```ts
 * import type { EditionRelation } from '@scholion/html'
 *
 * const relation: EditionRelation = { type: 'attributedTo', from: 'claim-1', to: 'speaker-1' }
 * ```
 */
export interface EditionRelation {
  /** `attributedTo`, `partOf`, `qualifies`, `sameAs`, `corroborates`, `contradicts`, or custom. */
  readonly type: string
  /** Id of the annotation the relation goes from. */
  readonly from: string
  /** Id of the annotation the relation goes to. */
  readonly to: string
}

/**
 * The annotations of one document (a `scholion/1` file fits).
 *
 * @example
 * ```ts
 * import type { EditionAnnotations } from '@scholion/html'
 *
 * const file: EditionAnnotations = { document: { title: 'Gulag' }, annotations: [], relations: [] }
 * ```
 */
export interface EditionAnnotations {
  /** Document metadata, shown in the header. */
  readonly document?: EditionMetadata | undefined
  /** The annotations. */
  readonly annotations?: ReadonlyArray<EditionAnnotation> | undefined
  /** Relations between annotations. */
  readonly relations?: ReadonlyArray<EditionRelation> | undefined
}
