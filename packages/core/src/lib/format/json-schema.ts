/**
 * The JSON Schema of `scholion/1`, generated from the zod schemas (one source for
 * types, validation and schema). `packages/core/schema/scholion-1.schema.json` is
 * its committed copy; a test fails when they differ.
 */
import * as z from 'zod'
import { defaultKindRegistry, type KindRegistry } from '../model/kind-registry.js'
import { annotationFileSchema } from './annotation-file.js'

/**
 * Where the published schema lives (its `$id`).
 *
 * @example
 * scholionSchemaId // => 'https://unpkg.com/@scholion/core/schema/scholion-1.schema.json'
 */
export const scholionSchemaId = 'https://unpkg.com/@scholion/core/schema/scholion-1.schema.json'

/** Options of {@link scholionJsonSchema}. */
export interface ScholionJsonSchemaOptions {
  /** Kinds to describe. Default: the built-in kinds (custom kinds are allowed as "other"). */
  readonly registry?: KindRegistry
}

/**
 * The JSON Schema (draft 2020-12) of annotation files. Cross-field rules (bounds of
 * figures, unique ids, relation ends and kinds, span ranges) are checked by
 * `parseAnnotationFile`, not by the schema.
 *
 * @example
 * const schema = scholionJsonSchema()
 * schema.$id // => scholionSchemaId
 */
export function scholionJsonSchema(
  options: ScholionJsonSchemaOptions = {},
): Readonly<Record<string, unknown>> {
  const generated = z.toJSONSchema(annotationFileSchema(options.registry ?? defaultKindRegistry), {
    target: 'draft-2020-12',
    // Refinements (such as "a kind that is not registered") are expressed by `not`
    // in metadata; the checks themselves cannot be exported.
    unrepresentable: 'any',
  })
  const { $schema, ...rest } = generated
  return { $schema, $id: scholionSchemaId, ...rest }
}

/**
 * The JSON Schema as the text of `schema/scholion-1.schema.json`: 2-space indented,
 * with a trailing newline.
 *
 * @example
 * JSON.parse(scholionJsonSchemaText()).$id // => scholionSchemaId
 */
export function scholionJsonSchemaText(options: ScholionJsonSchemaOptions = {}): string {
  return `${JSON.stringify(scholionJsonSchema(options), null, 2)}\n`
}
