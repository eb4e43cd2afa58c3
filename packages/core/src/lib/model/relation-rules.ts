/**
 * Which kinds fit each end of a relation.
 */
import type { RelationType } from './relation.js'

/**
 * One allowed combination of kinds for a relation type: `from` and `to` list kinds,
 * `'*'` allows any kind, and `to: 'same'` requires the kind of `from`.
 *
 * @example
 * const rule: RelationRule = { type: 'attributedTo', from: ['quote'], to: ['speaker'] }
 */
export interface RelationRule {
  /** Relation type the rule is about. */
  readonly type: RelationType
  /** Kinds allowed at `from`, or `'*'` for any. */
  readonly from: readonly string[] | '*'
  /** Kinds allowed at `to`, `'*'` for any, or `'same'` for the kind at `from`. */
  readonly to: readonly string[] | '*' | 'same'
}

/**
 * The rules for the built-in kinds (see the table in `docs/data-model.md`).
 *
 * @example
 * builtInRelationRules.filter((rule) => rule.type === 'partOf').length // => 2
 */
export const builtInRelationRules: readonly RelationRule[] = [
  { type: 'attributedTo', from: ['claim', 'figure', 'uncertainty'], to: ['speaker'] },
  { type: 'partOf', from: ['figure'], to: ['figure'] },
  { type: 'partOf', from: ['claim'], to: ['claim'] },
  { type: 'qualifies', from: ['uncertainty', 'note'], to: '*' },
  { type: 'sameAs', from: '*', to: 'same' },
  { type: 'corroborates', from: ['claim', 'figure'], to: ['claim', 'figure'] },
  { type: 'contradicts', from: ['claim', 'figure'], to: ['claim', 'figure'] },
]

/**
 * True when some rule allows a relation of `type` from `fromKind` to `toKind`.
 *
 * @example
 * relationFits(builtInRelationRules, 'attributedTo', 'claim', 'speaker') // => true
 * relationFits(builtInRelationRules, 'attributedTo', 'speaker', 'claim') // => false
 */
export function relationFits(
  rules: readonly RelationRule[],
  type: RelationType,
  fromKind: string,
  toKind: string,
): boolean {
  return rules.some(
    (rule) =>
      rule.type === type &&
      (rule.from === '*' || rule.from.includes(fromKind)) &&
      (rule.to === '*' || (rule.to === 'same' ? fromKind === toKind : rule.to.includes(toKind))),
  )
}
