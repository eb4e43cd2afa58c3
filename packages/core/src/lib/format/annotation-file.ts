/**
 * The annotation file, format `scholion/1`: one JSON file per document.
 */
import * as z from 'zod'
import type { Annotation } from '../model/annotation.js'
import { annotationBaseSchema, type UnknownProperties } from '../model/annotation-base.js'
import { type DocumentInfo, documentSchema } from '../model/document.js'
import type { DeepReadonly } from '../model/immutable.js'
import { defaultKindRegistry, type KindRegistry } from '../model/kind-registry.js'
import { type Relation, relationSchema } from '../model/relation.js'

/**
 * The value of `format` this version reads and writes.
 *
 * @example
 * formatVersion // => 'scholion/1'
 */
export const formatVersion = 'scholion/1'

/**
 * A loaded annotation file.
 *
 * @example
 * const file: AnnotationFile = { format: 'scholion/1', annotations: [] }
 */
export type AnnotationFile = DeepReadonly<
  {
    format: typeof formatVersion
    document?: DocumentInfo
    annotations: Annotation[]
    relations?: Relation[]
  } & UnknownProperties
>

/**
 * Builds the zod schema of a whole file for a registry: annotations of each
 * registered kind are checked by its schema, any other kind by the common fields.
 * Loading does not use it (it checks piece by piece, to report every problem with
 * its place); it is the source of the JSON Schema.
 *
 * @example
 * annotationFileSchema().safeParse({ format: 'scholion/1', annotations: [] }).success // => true
 */
export function annotationFileSchema(registry: KindRegistry = defaultKindRegistry): z.ZodType {
  const known = registry.kinds
  const kindSchemas = known.flatMap((kind) => {
    const schema = registry.get(kind)?.schema
    return schema === undefined ? [] : [schema]
  })
  const otherKind = annotationBaseSchema
    .extend({
      kind: z
        .string()
        .min(1)
        .refine((kind) => !known.includes(kind), { error: 'a kind that is not registered' })
        .meta({
          description: 'A custom kind; kept and passed through as it is.',
          not: { enum: [...known] },
        }),
    })
    .meta({
      title: 'Annotation of another kind',
      description:
        'An annotation of a kind this schema does not know: only id, kind, spans and the common fields are checked.',
    })
  return z
    .looseObject({
      format: z.literal(formatVersion).meta({ description: 'Always "scholion/1".' }),
      document: documentSchema.optional(),
      annotations: z
        .array(z.union([...kindSchemas, otherKind]))
        .meta({ description: 'The annotations, in reading order (see the format spec).' }),
      relations: z
        .array(relationSchema)
        .optional()
        .meta({ description: 'Typed links between annotations.' }),
    })
    .meta({
      title: 'Scholion annotation file (scholion/1)',
      description:
        'Annotations of one document: claims, figures, speakers, uncertainty and notes, anchored to spans of its reading text (UTF-16 code units, half-open).',
    })
}
