/**
 * An immutable set of annotations and the relations between them, with the
 * queries an editor and a renderer need: by id, by kind, by position, and by
 * relation end.
 *
 * Every change returns a new set and leaves the old one as it was; a change
 * that changes nothing returns the very same set, so `next === set` tells a
 * caller whether to re-render. Annotation and relation objects are shared, never
 * copied or frozen; the store's own arrays are frozen. Indexes (position, kind,
 * relation ends) are built lazily, once per set, and carried over to the next
 * set when the change cannot affect them.
 */

import { type CheckOptions, checkIntegrity, type IntegrityFinding } from './check.js'
import { createIntervalIndex, type IntervalIndex } from './interval-index.js'
import { relationKey, sameRelation } from './relation-key.js'
import type { AnnotationLike, OffsetRange, RelationLike } from './shapes.js'

/** Options for {@link AnnotationSet.remove}. */
export interface RemoveOptions {
  /**
   * What to do with relations whose `from` or `to` is the removed annotation.
   * `'remove'` removes them too (call `relationsOf(id)` on the old set first to
   * learn which); `'refuse'` throws a `RangeError` naming them and changes
   * nothing. There is no option to keep them: that would leave dangling ends.
   * Default: `'remove'`.
   */
  readonly relations?: 'remove' | 'refuse'
}

/**
 * An immutable set of annotations (unique by id) and relations (unique by
 * `type`, `from`, `to` when added with `addRelation`).
 *
 * Iteration and `annotations` follow insertion order (an updated annotation
 * keeps its place); position queries return document order: start ascending,
 * end descending, then id (see `compareAnnotations`).
 *
 * @example
 * const set = createAnnotationSet([
 *   { id: 'fig-2000', kind: 'figure', spans: [{ start: 1150, end: 1155 }] },
 *   { id: 'claim-1', kind: 'claim', spans: [{ start: 1130, end: 1200 }] },
 * ])
 * set.at(1152).map((a) => a.id) // => ['claim-1', 'fig-2000']
 * const next = set.addRelation({ type: 'partOf', from: 'fig-2000', to: 'claim-1' })
 * set.relations.length // => 0 (unchanged)
 */
export interface AnnotationSet<
  A extends AnnotationLike = AnnotationLike,
  R extends RelationLike = RelationLike,
> extends Iterable<A> {
  /** Number of annotations. */
  readonly size: number
  /** All annotations, in insertion order (frozen). */
  readonly annotations: readonly A[]
  /** All relations, in insertion order (frozen). */
  readonly relations: readonly R[]

  /** The annotation with `id`; `undefined` when there is none. */
  get(id: string): A | undefined
  /** Whether an annotation with `id` is in the set. */
  has(id: string): boolean
  /** Annotations of one kind, in insertion order; empty when there are none. */
  byKind(kind: string): readonly A[]
  /**
   * Annotations with a span overlapping `range`, each once, in document order.
   * Ranges are half-open; an empty range (and an empty span) is a caret before
   * the character at its offset: see `rangesOverlap` for the exact rule.
   * O(log n + m) for n spans and m matching spans, plus a sort of the result
   * when it holds a multi-span annotation. Throws a `RangeError` when `range`
   * is not integers with `0 <= start <= end`.
   */
  overlapping(range: OffsetRange): readonly A[]
  /**
   * Annotations with a span covering the character at `offset`, or an empty
   * span at `offset`; the same as `overlapping({ start: offset, end: offset })`.
   */
  at(offset: number): readonly A[]
  /** Relations whose `from` is `id`, in insertion order. */
  relationsFrom(id: string): readonly R[]
  /** Relations whose `to` is `id`, in insertion order. */
  relationsTo(id: string): readonly R[]
  /** Relations with `id` at either end, each once, in insertion order. */
  relationsOf(id: string): readonly R[]

  /**
   * A set with `annotation` added at the end. Returns this set when that very
   * object is already in it; throws a `RangeError` when another annotation has
   * its id (use `update`) or a span is invalid.
   */
  add(annotation: A): AnnotationSet<A, R>
  /**
   * A set with the annotation of the same id replaced by `annotation`, in the
   * same place. Returns this set when that very object is already in it; throws
   * a `RangeError` when no annotation has its id or a span is invalid.
   * Relations are kept (they refer to ids, which do not change).
   */
  update(annotation: A): AnnotationSet<A, R>
  /**
   * A set without the annotation `id`; this set when there is none. Relations
   * touching it are removed or refused, per `options.relations`.
   */
  remove(id: string, options?: RemoveOptions): AnnotationSet<A, R>
  /**
   * A set with `relation` added at the end. Returns this set when a relation
   * with the same `type`, `from` and `to` is already in it (the one in the set
   * stays; to change its other fields, remove it first). Throws a `RangeError`
   * when `from` or `to` names no annotation in the set.
   */
  addRelation(relation: R): AnnotationSet<A, R>
  /**
   * A set without the relations having the `type`, `from` and `to` of
   * `relation` (duplicates loaded from a file go too); this set when there are
   * none.
   */
  removeRelation(relation: RelationLike): AnnotationSet<A, R>
  /**
   * Integrity findings: relation ends that do not exist, duplicate relations,
   * and (with `options.fits`) relation types that do not fit their ends' kinds.
   * Empty when all is well. Never throws.
   */
  check(options?: CheckOptions): readonly IntegrityFinding[]
}

/**
 * Creates an annotation set. Relations are taken as given, even when an end is
 * missing or a relation appears twice, so nothing loaded from a file is lost;
 * `check()` reports such problems. The inputs are copied, not kept or changed.
 *
 * Throws a `RangeError` when two annotations share an id or a span is not
 * integers with `0 <= start <= end`.
 *
 * @example
 * const set = createAnnotationSet(
 *   [
 *     { id: 'claim-1', kind: 'claim', spans: [{ start: 0, end: 42 }] },
 *     { id: 'speaker-1', kind: 'speaker', spans: [{ start: 44, end: 68 }] },
 *   ],
 *   [{ type: 'attributedTo', from: 'claim-1', to: 'speaker-1' }],
 * )
 * set.relationsOf('speaker-1').length // => 1
 * set.check() // => []
 */
export function createAnnotationSet<
  A extends AnnotationLike = AnnotationLike,
  R extends RelationLike = RelationLike,
>(annotations: Iterable<A> = [], relations: Iterable<R> = []): AnnotationSet<A, R> {
  const list = [...annotations]
  const positions = new Map<string, number>()
  list.forEach((annotation, position) => {
    assertValidAnnotation(annotation)
    if (positions.has(annotation.id)) {
      throw new RangeError(
        `Duplicate annotation id \`${annotation.id}\` at \`annotations[${position}]\`, expected unique ids (first at \`annotations[${positions.get(annotation.id)}]\`)`,
      )
    }
    positions.set(annotation.id, position)
  })
  return new Store<A, R>({
    annotations: Object.freeze(list),
    positions,
    relations: Object.freeze([...relations]),
    spanIndex: {},
    kindIndex: {},
    relationIndex: {},
  })
}

/** A value computed on first use, in a box that sets with the same inputs share. */
interface Lazy<T> {
  value?: T
}

interface RelationIndex<R> {
  readonly from: ReadonlyMap<string, readonly R[]>
  readonly to: ReadonlyMap<string, readonly R[]>
  readonly of: ReadonlyMap<string, readonly R[]>
}

interface State<A, R> {
  readonly annotations: readonly A[]
  /** Position of each id in `annotations`. */
  readonly positions: ReadonlyMap<string, number>
  readonly relations: readonly R[]
  /** Shared while positions, ids and spans are unchanged. */
  readonly spanIndex: Lazy<IntervalIndex>
  /** Shared while `annotations` is unchanged. */
  readonly kindIndex: Lazy<ReadonlyMap<string, readonly A[]>>
  /** Shared while `relations` is unchanged. */
  readonly relationIndex: Lazy<RelationIndex<R>>
}

const empty: readonly never[] = Object.freeze([])

class Store<A extends AnnotationLike, R extends RelationLike> implements AnnotationSet<A, R> {
  readonly #state: State<A, R>

  constructor(state: State<A, R>) {
    this.#state = state
  }

  get size(): number {
    return this.#state.annotations.length
  }

  get annotations(): readonly A[] {
    return this.#state.annotations
  }

  get relations(): readonly R[] {
    return this.#state.relations
  }

  [Symbol.iterator](): Iterator<A> {
    return this.#state.annotations[Symbol.iterator]()
  }

  get(id: string): A | undefined {
    const position = this.#state.positions.get(id)
    return position === undefined ? undefined : this.#state.annotations[position]
  }

  has(id: string): boolean {
    return this.#state.positions.has(id)
  }

  byKind(kind: string): readonly A[] {
    const cell = this.#state.kindIndex
    if (cell.value === undefined) {
      const kinds = new Map<string, A[]>()
      for (const annotation of this.#state.annotations) {
        const list = kinds.get(annotation.kind)
        if (list) list.push(annotation)
        else kinds.set(annotation.kind, [annotation])
      }
      for (const list of kinds.values()) Object.freeze(list)
      cell.value = kinds
    }
    return cell.value.get(kind) ?? empty
  }

  overlapping(range: OffsetRange): readonly A[] {
    assertValidRange(range, 'range')
    const cell = this.#state.spanIndex
    if (cell.value === undefined) cell.value = createIntervalIndex(this.#state.annotations)
    const annotations = this.#state.annotations
    const positions = cell.value.search(range)
    if (positions.length === 0) return empty
    return positions.map((position) => annotations[position] as A)
  }

  at(offset: number): readonly A[] {
    if (!Number.isSafeInteger(offset) || offset < 0) {
      throw new RangeError(`Unexpected offset \`${offset}\`, expected an integer >= 0`)
    }
    return this.overlapping({ start: offset, end: offset })
  }

  relationsFrom(id: string): readonly R[] {
    return this.#relationIndex().from.get(id) ?? empty
  }

  relationsTo(id: string): readonly R[] {
    return this.#relationIndex().to.get(id) ?? empty
  }

  relationsOf(id: string): readonly R[] {
    return this.#relationIndex().of.get(id) ?? empty
  }

  add(annotation: A): AnnotationSet<A, R> {
    const state = this.#state
    const position = state.positions.get(annotation.id)
    if (position !== undefined) {
      if (state.annotations[position] === annotation) return this
      throw new RangeError(
        `Duplicate annotation id \`${annotation.id}\`, expected a new id (use \`update\` to replace an annotation)`,
      )
    }
    assertValidAnnotation(annotation)
    const positions = new Map(state.positions)
    positions.set(annotation.id, state.annotations.length)
    return new Store<A, R>({
      ...state,
      annotations: Object.freeze([...state.annotations, annotation]),
      positions,
      spanIndex: {},
      kindIndex: {},
    })
  }

  update(annotation: A): AnnotationSet<A, R> {
    const state = this.#state
    const position = state.positions.get(annotation.id)
    if (position === undefined) {
      throw new RangeError(
        `Unknown annotation id \`${annotation.id}\`, expected the id of an annotation in the set (use \`add\` for a new one)`,
      )
    }
    const previous = state.annotations[position] as A
    if (previous === annotation) return this
    assertValidAnnotation(annotation)
    const annotations = [...state.annotations]
    annotations[position] = annotation
    return new Store<A, R>({
      ...state,
      annotations: Object.freeze(annotations),
      // Same ids at the same positions, so the index of positions stays valid;
      // the span index too when the spans did not move.
      spanIndex: sameSpans(previous.spans, annotation.spans) ? state.spanIndex : {},
      kindIndex: {},
    })
  }

  remove(id: string, options: RemoveOptions = {}): AnnotationSet<A, R> {
    const state = this.#state
    const position = state.positions.get(id)
    if (position === undefined) return this
    const touching = this.relationsOf(id)
    if (touching.length > 0 && options.relations === 'refuse') {
      const names = touching.map((r) => `\`${r.type}\` from \`${r.from}\` to \`${r.to}\``)
      throw new RangeError(
        `Cannot remove annotation \`${id}\`: relations ${names.join(', ')} refer to it, expected none (remove them first or use \`relations: 'remove'\`)`,
      )
    }
    const annotations = state.annotations.filter((_, index) => index !== position)
    const positions = new Map<string, number>()
    annotations.forEach((annotation, index) => {
      positions.set(annotation.id, index)
    })
    const relationsChange =
      touching.length === 0
        ? {}
        : {
            relations: Object.freeze(state.relations.filter((r) => r.from !== id && r.to !== id)),
            relationIndex: {},
          }
    return new Store<A, R>({
      ...state,
      ...relationsChange,
      annotations: Object.freeze(annotations),
      positions,
      spanIndex: {},
      kindIndex: {},
    })
  }

  addRelation(relation: R): AnnotationSet<A, R> {
    const state = this.#state
    for (const end of ['from', 'to'] as const) {
      if (!state.positions.has(relation[end])) {
        throw new RangeError(
          `Unknown annotation \`${relation[end]}\` at \`${end}\` of relation \`${relation.type}\`, expected the id of an annotation in the set`,
        )
      }
    }
    // A scan, not the lazy relation index: the array copy below is O(r) anyway, and
    // building the index per added relation would be wasted work.
    if (state.relations.some((r) => sameRelation(r, relation))) return this
    return new Store<A, R>({
      ...state,
      relations: Object.freeze([...state.relations, relation]),
      relationIndex: {},
    })
  }

  removeRelation(relation: RelationLike): AnnotationSet<A, R> {
    const state = this.#state
    if (!state.relations.some((r) => sameRelation(r, relation))) return this
    const key = relationKey(relation)
    return new Store<A, R>({
      ...state,
      relations: Object.freeze(state.relations.filter((r) => relationKey(r) !== key)),
      relationIndex: {},
    })
  }

  check(options: CheckOptions = {}): readonly IntegrityFinding[] {
    return checkIntegrity(this, options)
  }

  #relationIndex(): RelationIndex<R> {
    const cell = this.#state.relationIndex
    if (cell.value === undefined) {
      const from = new Map<string, R[]>()
      const to = new Map<string, R[]>()
      const of = new Map<string, R[]>()
      const push = (map: Map<string, R[]>, id: string, relation: R) => {
        const list = map.get(id)
        if (list) list.push(relation)
        else map.set(id, [relation])
      }
      for (const relation of this.#state.relations) {
        push(from, relation.from, relation)
        push(to, relation.to, relation)
        push(of, relation.from, relation)
        // A relation from an annotation to itself is listed once.
        if (relation.to !== relation.from) push(of, relation.to, relation)
      }
      for (const map of [from, to, of]) for (const list of map.values()) Object.freeze(list)
      cell.value = { from, to, of }
    }
    return cell.value
  }
}

function sameSpans(a: readonly OffsetRange[], b: readonly OffsetRange[]): boolean {
  if (a === b) return true
  if (a.length !== b.length) return false
  return a.every((span, index) => {
    const other = b[index] as OffsetRange
    return span.start === other.start && span.end === other.end
  })
}

function assertValidAnnotation(annotation: AnnotationLike): void {
  if (typeof annotation.id !== 'string') {
    throw new RangeError(`Unexpected annotation id \`${String(annotation.id)}\`, expected a string`)
  }
  annotation.spans.forEach((span, index) => {
    assertValidRange(span, `\`spans[${index}]\` of annotation \`${annotation.id}\``)
  })
}

function assertValidRange(range: OffsetRange, where: string): void {
  const { start, end } = range
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end < start) {
    throw new RangeError(
      `Unexpected ${where} \`[${start}, ${end})\`, expected integer offsets with 0 <= start <= end`,
    )
  }
}
