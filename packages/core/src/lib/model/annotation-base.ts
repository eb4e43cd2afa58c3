/**
 * The fields every annotation has, whatever its kind: identity and spans (the only
 * required fields, so drafts may be incomplete) and who made it, when, and how sure.
 */
import * as z from 'zod'
import type { DeepReadonly } from './immutable.js'
import { spanSchema } from './span.js'

/**
 * Schema of an ISO 8601 date-time in UTC, such as `2024-05-01T12:00:00Z`.
 *
 * UTC only, so that timestamps from several annotators sort and diff as strings.
 *
 * @example
 * utcTimestampSchema.parse('2024-05-01T12:00:00.000Z')
 */
export const utcTimestampSchema = z.iso.datetime({
  error: 'an ISO 8601 date-time in UTC such as `2024-05-01T12:00:00Z`',
})

/**
 * Schema of a creator: a name, or `{ name, id? }` where `id` is a URI or handle.
 *
 * @example
 * creatorSchema.parse({ name: 'A. Editor', id: 'https://orcid.org/0000-0002-1825-0097' })
 */
export const creatorSchema = z
  .union(
    [
      z.string().min(1),
      z.looseObject({
        name: z.string().min(1).meta({ description: 'Name of the person or program.' }),
        id: z
          .string()
          .min(1)
          .optional()
          .meta({ description: 'A stable identifier: ORCID, URL, handle, program name@version.' }),
      }),
    ],
    { error: 'a name or an object `{ name, id? }`' },
  )
  .meta({
    id: 'Creator',
    description: 'Who made something: a name, or { name, id? }.',
  })

/**
 * A creator: a name, or `{ name, id? }`.
 *
 * @example
 * const creator: Creator = { name: 'scholion-suggest', id: 'scholion-suggest@0.11.0' }
 */
export type Creator = DeepReadonly<z.output<typeof creatorSchema>>

/**
 * Schema fields identifying an annotation and placing it in the text. Kind schemas
 * start with these (see `defineKind`).
 *
 * @example
 * z.looseObject({ ...annotationIdentityShape, kind: z.literal('quote') })
 */
export const annotationIdentityShape = {
  id: z
    .string()
    .regex(/^\S+$/, { error: 'a non-empty id without white space' })
    .meta({ description: 'Unique id within the file; other tools and relations refer to it.' }),
  kind: z
    .string()
    .min(1)
    .meta({ description: 'claim, figure, speaker, uncertainty, note, or a custom kind.' }),
  spans: z.array(spanSchema).meta({
    description:
      'Where the annotation is in the reading text. May be empty for annotations attached only through relations.',
  }),
}

/**
 * Schema fields of provenance and review state, common to every kind; all optional.
 *
 * @example
 * z.looseObject({ ...annotationIdentityShape, ...annotationMetadataShape })
 */
export const annotationMetadataShape = {
  status: z
    .enum(['draft', 'reviewed'])
    .optional()
    .meta({ description: 'draft (default when absent) or reviewed by a person.' }),
  creator: creatorSchema.optional(),
  created: utcTimestampSchema.optional().meta({ description: 'When it was made (UTC).' }),
  modified: utcTimestampSchema.optional().meta({ description: 'When it last changed (UTC).' }),
  confidence: z.number().min(0).max(1).optional().meta({
    description: "A suggester's confidence in [0, 1]; absent for people's annotations.",
  }),
  tags: z.array(z.string()).optional().meta({ description: 'Free labels for filtering.' }),
}

/**
 * Schema checking only what every annotation needs: `id`, `kind`, `spans`, and the
 * common metadata when present. Unknown kinds are validated with it alone.
 *
 * @example
 * annotationBaseSchema.safeParse({ id: 'q1', kind: 'quote', spans: [] }).success // => true
 */
export const annotationBaseSchema = z.looseObject({
  ...annotationIdentityShape,
  ...annotationMetadataShape,
})

/**
 * The typed fields every annotation has (identity and metadata), without the index
 * signature for unknown properties.
 *
 * @example
 * const common: AnnotationCommon = { id: 'a1', kind: 'note', spans: [], status: 'draft' }
 */
export type AnnotationCommon = z.output<
  z.ZodObject<typeof annotationIdentityShape & typeof annotationMetadataShape>
>

/**
 * Unknown properties, kept as they were read so that nothing is lost on save.
 *
 * @example
 * const extra: UnknownProperties = { 'x-reviewed-by-tool': true }
 */
export interface UnknownProperties {
  readonly [key: string]: unknown
}

/**
 * An annotation of any kind, known or not: `id`, `kind`, `spans`, common metadata,
 * and whatever else its kind defines.
 *
 * @example
 * const quote: AnyAnnotation = { id: 'q1', kind: 'quote', spans: [], speakerNote: 'kept as is' }
 */
export type AnyAnnotation = DeepReadonly<AnnotationCommon & UnknownProperties>
