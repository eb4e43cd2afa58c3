/**
 * Registries of annotation kinds: the built-in six plus any custom kinds.
 */
import { boilerplateKind } from './boilerplate.js'
import { claimKind } from './claim.js'
import { figureKind } from './figure.js'
import type { KindDefinition } from './kind-definition.js'
import { noteKind } from './note.js'
import { builtInRelationRules, type RelationRule } from './relation-rules.js'
import { speakerKind } from './speaker.js'
import { uncertaintyKind } from './uncertainty.js'

/**
 * The built-in kinds, in documentation order.
 *
 * @example
 * builtInKinds.map((definition) => definition.kind)
 * // => ['claim', 'figure', 'speaker', 'uncertainty', 'note', 'boilerplate']
 */
export const builtInKinds: readonly KindDefinition[] = [
  claimKind,
  figureKind,
  speakerKind,
  uncertaintyKind,
  noteKind,
  boilerplateKind,
]

/**
 * An immutable set of kind definitions. `register` returns a new registry.
 *
 * @example
 * const registry = createKindRegistry().register(defineKind({ kind: 'quote', fields: {} }))
 * registry.get('quote')?.kind // => 'quote'
 * registry.get('poem') // => undefined
 */
export interface KindRegistry {
  /** Registered kinds, built-in first, then custom in registration order. */
  readonly kinds: readonly string[]
  /** The definition of `kind`, or `undefined` when it is not registered. */
  get(kind: string): KindDefinition | undefined
  /** True when `kind` is registered. */
  has(kind: string): boolean
  /**
   * True when relations with this kind are kind-checked: built-in kinds, and custom
   * kinds that declare `relations`.
   */
  checksRelations(kind: string): boolean
  /** The relation rules of all registered kinds. */
  readonly relationRules: readonly RelationRule[]
  /**
   * A new registry with `definition` added. Throws a `RangeError` when its kind is
   * already registered (kinds cannot be redefined; built-ins mean the same everywhere).
   */
  register(definition: KindDefinition): KindRegistry
}

/**
 * Creates a registry of the built-in kinds plus `custom` ones.
 *
 * @example
 * createKindRegistry().kinds // => ['claim', 'figure', 'speaker', 'uncertainty', 'note', 'boilerplate']
 */
export function createKindRegistry(custom: readonly KindDefinition[] = []): KindRegistry {
  return custom.reduce(
    (registry, definition) => registry.register(definition),
    build(builtInKinds, new Set()),
  )
}

function build(
  definitions: readonly KindDefinition[],
  customKinds: ReadonlySet<string>,
): KindRegistry {
  const byKind = new Map(definitions.map((definition) => [definition.kind, definition]))
  const relationRules = [
    ...builtInRelationRules,
    ...definitions.flatMap((definition) =>
      customKinds.has(definition.kind) ? (definition.relations ?? []) : [],
    ),
  ]
  const registry: KindRegistry = {
    kinds: definitions.map((definition) => definition.kind),
    get: (kind) => byKind.get(kind),
    has: (kind) => byKind.has(kind),
    checksRelations(kind) {
      const definition = byKind.get(kind)
      if (definition === undefined) return false
      return !customKinds.has(kind) || definition.relations !== undefined
    },
    relationRules,
    register(definition) {
      if (byKind.has(definition.kind)) {
        throw new RangeError(
          `Unexpected kind \`${definition.kind}\`, expected a kind that is not registered yet`,
        )
      }
      return build([...definitions, definition], new Set([...customKinds, definition.kind]))
    },
  }
  return Object.freeze(registry)
}

/**
 * The registry of the built-in kinds, shared (it is immutable).
 *
 * @example
 * defaultKindRegistry.has('figure') // => true
 */
export const defaultKindRegistry: KindRegistry = createKindRegistry()
