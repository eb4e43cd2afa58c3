/**
 * A kind of annotation: its name, schema, extra span fields and relation rules.
 */
import * as z from 'zod'
import {
  type AnnotationCommon,
  annotationIdentityShape,
  annotationMetadataShape,
  type UnknownProperties,
} from './annotation-base.js'
import type { DeepReadonly } from './immutable.js'
import type { RelationRule } from './relation-rules.js'

/**
 * What Scholion knows about a kind of annotation.
 *
 * @example
 * const quote: KindDefinition = defineKind({ kind: 'quote', fields: { language: z.string().optional() } })
 */
export interface KindDefinition {
  /** The value of `kind`. */
  readonly kind: string
  /** Validates a whole annotation of this kind (identity, spans, metadata and own fields). */
  readonly schema: z.ZodType
  /**
   * Order of this kind's keys when saving: identity (`id`, `kind`, `spans`), then its
   * own fields in definition order, then the common metadata.
   */
  readonly keyOrder: readonly string[]
  /**
   * Fields other than `spans` holding arrays of spans (such as uncertainty `scope`),
   * so loading range-checks them and re-anchoring visits them.
   */
  readonly spanFields: readonly string[]
  /**
   * Relation rules this kind takes part in. When given, relations touching this
   * kind are checked against all rules; when absent, they are not kind-checked.
   */
  readonly relations?: readonly RelationRule[]
}

/** Options of {@link defineKind}. */
export interface DefineKindOptions<Fields extends z.ZodRawShape> {
  /** The value of `kind`; must be unique within a registry. */
  readonly kind: string
  /** Kind-specific fields (make them optional, so drafts stay valid). */
  readonly fields: Fields
  /** Names of fields in `fields` holding arrays of spans. Default: none. */
  readonly spanFields?: readonly string[]
  /** Relation rules for this kind. Default: relations with it are not kind-checked. */
  readonly relations?: readonly RelationRule[]
  /**
   * Cross-field checks (for example `atLeast <= atMost`), reported like schema errors.
   * Runs even when some fields are invalid, so it must check the types of the fields
   * it reads. Default: none.
   */
  readonly check?: (annotation: Record<string, unknown>, context: z.RefinementCtx) => void
  /** Description for the JSON Schema. Default: none. */
  readonly description?: string
  /**
   * Name of the schema in the JSON Schema's `$defs`. Must be unique in the process
   * (zod keeps one global registry of them). Default: inlined, no name.
   */
  readonly schemaId?: string
}

/**
 * Builds a {@link KindDefinition} from kind-specific fields, adding the identity,
 * span and metadata fields every annotation has. Unknown properties are kept.
 *
 * @example
 * const quote = defineKind({
 *   kind: 'quote',
 *   fields: { language: z.string().optional() },
 * })
 * const registry = createKindRegistry().register(quote)
 */
export function defineKind<Fields extends z.ZodRawShape>(
  options: DefineKindOptions<Fields>,
): KindDefinition & {
  readonly schema: z.ZodType<Record<string, unknown>>
} {
  const { kind, fields, check, description } = options
  for (const name of options.spanFields ?? []) {
    if (!(name in fields)) {
      throw new RangeError(`Unexpected span field \`${name}\`, expected one of the kind's fields`)
    }
  }
  let schema: z.ZodType<Record<string, unknown>> = z.looseObject({
    id: annotationIdentityShape.id,
    kind: z.literal(kind).meta({ description: `Always \`${kind}\`.` }),
    spans: annotationIdentityShape.spans,
    ...fields,
    ...annotationMetadataShape,
  })
  if (check) {
    // Run even when fields have errors, so a loader reports every problem at once;
    // hence `check` must test the types of the fields it reads.
    schema = schema.superRefine(check, {
      when: (payload) => typeof payload.value === 'object' && payload.value !== null,
    })
  }
  if (description !== undefined || options.schemaId !== undefined) {
    schema = schema.meta({
      ...(options.schemaId === undefined ? {} : { id: options.schemaId }),
      ...(description === undefined ? {} : { description }),
    })
  }
  const keyOrder = [
    'id',
    'kind',
    'spans',
    ...Object.keys(fields).filter((key) => key !== 'id' && key !== 'kind' && key !== 'spans'),
    ...Object.keys(annotationMetadataShape),
  ]
  const definition = {
    kind,
    schema,
    keyOrder: [...new Set(keyOrder)],
    spanFields: options.spanFields ?? [],
  }
  return options.relations === undefined
    ? definition
    : { ...definition, relations: options.relations }
}

/**
 * The type of an annotation of kind `Kind` with kind-specific `Fields` (a zod shape).
 *
 * @example
 * type Quote = KindAnnotation<'quote', { language: z.ZodOptional<z.ZodString> }>
 */
export type KindAnnotation<Kind extends string, Fields extends z.ZodRawShape> = DeepReadonly<
  Omit<AnnotationCommon, 'kind'> & { kind: Kind } & z.output<z.ZodObject<Fields>> &
    UnknownProperties
>

/**
 * What creating an annotation of kind `Kind` takes: like {@link KindAnnotation} with
 * `id` and `spans` optional.
 *
 * @example
 * const init: KindAnnotationInit<'quote', {}> = { kind: 'quote' }
 */
export type KindAnnotationInit<Kind extends string, Fields extends z.ZodRawShape> = DeepReadonly<
  Omit<AnnotationCommon, 'kind' | 'id' | 'spans'> &
    Partial<Pick<AnnotationCommon, 'id' | 'spans'>> & { kind: Kind } & z.output<
      z.ZodObject<Fields>
    > &
    UnknownProperties
>
