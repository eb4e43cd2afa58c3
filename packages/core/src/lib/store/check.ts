/**
 * Integrity check of an annotation set: every relation's ends exist, no
 * relation appears twice, and (with a rule) relation types fit the kinds they
 * connect. Findings are values, never thrown, so a loader can report them all.
 */

import type { Problem } from '../problem.js'
import { relationKey } from './relation-key.js'
import type { AnnotationLike, RelationLike } from './shapes.js'

/** Machine-readable codes of {@link IntegrityFinding}s. */
export type IntegrityFindingCode =
  /** A relation's `from` or `to` names no annotation in the set. */
  | 'relation-end-missing'
  /** A relation with the same `type`, `from` and `to` came earlier. */
  | 'relation-duplicate'
  /** The `fits` rule rejected the relation type for the kinds of its ends. */
  | 'relation-kind-mismatch'

/**
 * One integrity problem. It is a {@link Problem}, so the CLI formats it like any
 * other; `jsonPath` points into `relations` as the set holds them (the file's
 * order when the set was created from a file).
 *
 * @example
 * const finding: IntegrityFinding = {
 *   code: 'relation-end-missing',
 *   severity: 'error',
 *   message: 'Unknown annotation `speaker-9` at `to` of relation …',
 *   jsonPath: '$.relations[0].to',
 *   annotationId: 'speaker-9',
 *   ids: ['claim-1', 'speaker-9'],
 *   relationIndex: 0,
 * }
 */
export interface IntegrityFinding extends Problem {
  readonly code: IntegrityFindingCode
  /** The relation's `from` and `to` ids (the annotations concerned). */
  readonly ids: readonly string[]
  /** Position of the relation in the set's `relations`. */
  readonly relationIndex: number
}

/**
 * A rule saying whether a relation type may connect two kinds: `true` fits,
 * `false` does not (a finding), `undefined` means the rule has no opinion (for
 * example about a custom type), which is accepted.
 *
 * @example
 * const fits: KindRule = (type, fromKind, toKind) =>
 *   type === 'attributedTo' ? fromKind === 'claim' && toKind === 'speaker' : undefined
 */
export type KindRule = (type: string, fromKind: string, toKind: string) => boolean | undefined

/** Options for {@link checkIntegrity}. */
export interface CheckOptions {
  /** Kind compatibility rule; default: none, so kinds are not checked. */
  readonly fits?: KindRule
}

/** What {@link checkIntegrity} reads from a set. */
export interface CheckableSet {
  /** Looks an annotation up by id. */
  get(id: string): AnnotationLike | undefined
  /** All relations, in set order. */
  readonly relations: readonly RelationLike[]
}

/**
 * Checks the relations of a set and returns every finding, in relation order.
 * `AnnotationSet.prototype.check` calls this.
 *
 * @example
 * checkIntegrity(set, {
 *   fits: (type, from, to) => (type === 'attributedTo' ? from === 'claim' && to === 'speaker' : undefined),
 * })
 * // => [{ code: 'relation-kind-mismatch', ids: ['fig-2000', 'claim-1'], … }]
 */
export function checkIntegrity(
  set: CheckableSet,
  options: CheckOptions = {},
): readonly IntegrityFinding[] {
  const findings: IntegrityFinding[] = []
  const firstSeen = new Map<string, number>()

  set.relations.forEach((relation, relationIndex) => {
    const ids = [relation.from, relation.to] as const
    const name = `relation \`${relation.type}\` from \`${relation.from}\` to \`${relation.to}\``
    const base = { ids, relationIndex }

    const key = relationKey(relation)
    const first = firstSeen.get(key)
    if (first === undefined) {
      firstSeen.set(key, relationIndex)
    } else {
      findings.push({
        ...base,
        code: 'relation-duplicate',
        severity: 'warning',
        message: `Duplicate ${name}, expected each type, from and to once (first at \`relations[${first}]\`)`,
        jsonPath: `$.relations[${relationIndex}]`,
        annotationId: relation.from,
      })
    }

    const from = set.get(relation.from)
    const to = set.get(relation.to)
    for (const [end, found] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (found !== undefined) continue
      const id = relation[end]
      findings.push({
        ...base,
        code: 'relation-end-missing',
        severity: 'error',
        message: `Unknown annotation \`${id}\` at \`${end}\` of ${name}, expected the id of an annotation in the set`,
        jsonPath: `$.relations[${relationIndex}].${end}`,
        annotationId: id,
      })
    }

    if (
      from !== undefined &&
      to !== undefined &&
      options.fits?.(relation.type, from.kind, to.kind) === false
    ) {
      findings.push({
        ...base,
        code: 'relation-kind-mismatch',
        severity: 'error',
        message: `Unexpected ${name} between kinds \`${from.kind}\` and \`${to.kind}\`, expected kinds that fit \`${relation.type}\``,
        jsonPath: `$.relations[${relationIndex}].type`,
        annotationId: relation.from,
      })
    }
  })

  return findings
}
