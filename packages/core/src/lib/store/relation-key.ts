/**
 * Relation identity: two relations are the same relation when their `type`,
 * `from` and `to` are equal, whatever other fields they carry.
 */

import type { RelationLike } from './shapes.js'

/**
 * A string naming a relation's identity, usable as a `Map` key. JSON keeps the
 * three parts apart whatever characters the ids contain.
 *
 * @example
 * relationKey({ type: 'attributedTo', from: 'claim-1', to: 'speaker-1' })
 * // => '["attributedTo","claim-1","speaker-1"]'
 */
export function relationKey(relation: RelationLike): string {
  return JSON.stringify([relation.type, relation.from, relation.to])
}

/**
 * Whether two relations are the same relation (same `type`, `from` and `to`).
 *
 * @example
 * sameRelation({ type: 'sameAs', from: 'a', to: 'b' }, { type: 'sameAs', from: 'a', to: 'b' }) // => true
 * sameRelation({ type: 'sameAs', from: 'a', to: 'b' }, { type: 'sameAs', from: 'b', to: 'a' }) // => false
 */
export function sameRelation(a: RelationLike, b: RelationLike): boolean {
  return a.type === b.type && a.from === b.from && a.to === b.to
}
