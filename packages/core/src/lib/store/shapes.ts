/**
 * The least the store needs to know about annotations and relations.
 *
 * The store is generic over these shapes so it works with the full annotation
 * model, with custom kinds, and with plain test objects alike. Offsets are
 * reading-text offsets: UTF-16 code units, half-open `[start, end)`.
 */

/**
 * A range of reading-text offsets, half-open: `[start, end)`, in UTF-16 code units.
 * `start === end` is an empty range: a caret before the character at `start`.
 *
 * @example
 * const range: OffsetRange = { start: 1150, end: 1155 } // "2,000" in the seed article
 */
export interface OffsetRange {
  /** First offset in the range. */
  readonly start: number
  /** Offset just past the range; equal to `start` for an empty range. */
  readonly end: number
}

/**
 * What the store reads from an annotation: a unique id, a kind and its spans.
 * Every other field is carried along untouched.
 *
 * @example
 * const figure: AnnotationLike = {
 *   id: 'fig-2000',
 *   kind: 'figure',
 *   spans: [{ start: 1150, end: 1155 }],
 * }
 */
export interface AnnotationLike {
  /** Unique within a set. */
  readonly id: string
  /** Kind such as `claim`, `figure`, `speaker`; unknown kinds are fine. */
  readonly kind: string
  /** Where the annotation is anchored; may be empty (an unanchored note). */
  readonly spans: readonly OffsetRange[]
}

/**
 * What the store reads from a relation: its type and the ids of both ends.
 * Two relations with the same `type`, `from` and `to` are the same relation.
 *
 * @example
 * const relation: RelationLike = {
 *   type: 'attributedTo',
 *   from: 'claim-1',
 *   to: 'speaker-krayushkin',
 * }
 */
export interface RelationLike {
  /** Relation type such as `attributedTo` or `qualifies`. */
  readonly type: string
  /** Id of the annotation the relation starts at. */
  readonly from: string
  /** Id of the annotation the relation points to. */
  readonly to: string
}
