/**
 * Saving annotation files: deterministic text that diffs well in git.
 */
import * as z from 'zod'
import { annotationIdentityShape, annotationMetadataShape } from '../model/annotation-base.js'
import { documentSchema } from '../model/document.js'
import { defaultKindRegistry, type KindRegistry } from '../model/kind-registry.js'
import { relationSchema } from '../model/relation.js'
import type { AnnotationFile } from './annotation-file.js'
import { compareCodeUnits, sortAnnotationFile } from './canonical-order.js'

/** Options of {@link serializeAnnotationFile}. */
export interface SerializeAnnotationFileOptions {
  /** Kinds whose key order to use. Default: the built-in kinds. */
  readonly registry?: KindRegistry
}

const topLevelOrder = ['format', 'document', 'annotations', 'relations']
const otherKindOrder = [
  ...Object.keys(annotationIdentityShape),
  ...Object.keys(annotationMetadataShape),
]

/**
 * Serializes an annotation file deterministically:
 *
 * - annotations in reading order and relations by `from`, `type`, `to`
 *   (see `sortAnnotationFile`);
 * - known keys in the documented fixed order (the order of the fields in the
 *   format specification), then unknown keys sorted by code units;
 * - 2-space indentation and a trailing newline.
 *
 * Unknown kinds and properties are written as they were read. Keys whose value is
 * `undefined` are left out, as `JSON.stringify` does.
 *
 * @example
 * serializeAnnotationFile({ format: 'scholion/1', annotations: [] })
 * // => '{\n  "format": "scholion/1",\n  "annotations": []\n}\n'
 */
export function serializeAnnotationFile(
  file: AnnotationFile,
  options: SerializeAnnotationFileOptions = {},
): string {
  const registry = options.registry ?? defaultKindRegistry
  const sorted = sortAnnotationFile(file)

  function emitTop(value: Readonly<Record<string, unknown>>): string {
    return emitObject(value, topLevelOrder, 0, (key, child, depth) => {
      if (key === 'document') return emit(child, documentSchema, depth)
      if (key === 'relations') return emitArray(child, relationSchema, depth)
      if (key === 'annotations' && Array.isArray(child)) {
        return emitItems(child, depth, (annotation, itemDepth) =>
          emitAnnotation(annotation, itemDepth),
        )
      }
      return emit(child, undefined, depth)
    })
  }

  function emitAnnotation(value: unknown, depth: number): string {
    if (!isObject(value)) return emit(value, undefined, depth)
    const definition = typeof value.kind === 'string' ? registry.get(value.kind) : undefined
    const shape = shapeOf(definition?.schema) ?? {
      ...annotationIdentityShape,
      ...annotationMetadataShape,
    }
    return emitObject(
      value,
      definition?.keyOrder ?? otherKindOrder,
      depth,
      (key, child, childDepth) => emit(child, shape[key], childDepth),
    )
  }

  return `${emitTop(sorted)}\n`
}

type Shape = Readonly<Record<string, z.ZodType | undefined>>

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Removes wrappers that do not change the shape of the data (optional, nullable, default). */
function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema
  while (
    current instanceof z.ZodOptional ||
    current instanceof z.ZodNullable ||
    current instanceof z.ZodDefault
  ) {
    current = current.unwrap() as z.ZodType
  }
  return current
}

/** The object shape of a schema, looking through wrappers and into unions. */
function shapeOf(schema: z.ZodType | undefined): Shape | undefined {
  const inner = unwrap(schema)
  if (inner instanceof z.ZodObject) return inner.shape as Shape
  if (inner instanceof z.ZodUnion) {
    for (const option of inner.options as readonly z.ZodType[]) {
      const shape = shapeOf(option)
      if (shape !== undefined) return shape
    }
  }
  return undefined
}

function elementOf(schema: z.ZodType | undefined): z.ZodType | undefined {
  const inner = unwrap(schema)
  return inner instanceof z.ZodArray ? (inner.element as z.ZodType) : undefined
}

function pad(depth: number): string {
  return '  '.repeat(depth)
}

/** Emits any JSON value; `schema` (when known) gives the order of object keys. */
function emit(value: unknown, schema: z.ZodType | undefined, depth: number): string {
  if (Array.isArray(value)) return emitArray(value, elementOf(schema), depth)
  if (isObject(value)) {
    const shape = shapeOf(schema)
    return emitObject(
      value,
      shape === undefined ? [] : Object.keys(shape),
      depth,
      (key, child, childDepth) => emit(child, shape?.[key], childDepth),
    )
  }
  // Like JSON.stringify: non-finite numbers and unrepresentable values become null.
  return JSON.stringify(value) ?? 'null'
}

function emitArray(value: unknown, element: z.ZodType | undefined, depth: number): string {
  if (!Array.isArray(value)) return emit(value, undefined, depth)
  return emitItems(value, depth, (item, itemDepth) => emit(item, element, itemDepth))
}

function emitItems(
  items: readonly unknown[],
  depth: number,
  emitItem: (item: unknown, depth: number) => string,
): string {
  if (items.length === 0) return '[]'
  const lines = items.map((item) => `${pad(depth + 1)}${emitItem(item, depth + 1)}`)
  return `[\n${lines.join(',\n')}\n${pad(depth)}]`
}

function emitObject(
  value: Readonly<Record<string, unknown>>,
  order: readonly string[],
  depth: number,
  emitChild: (key: string, child: unknown, depth: number) => string,
): string {
  const keys = Object.keys(value).filter((key) => value[key] !== undefined)
  const known = order.filter((key) => keys.includes(key))
  const unknown = keys.filter((key) => !order.includes(key)).sort(compareCodeUnits)
  const ordered = [...known, ...unknown]
  if (ordered.length === 0) return '{}'
  const lines = ordered.map(
    (key) => `${pad(depth + 1)}${JSON.stringify(key)}: ${emitChild(key, value[key], depth + 1)}`,
  )
  return `{\n${lines.join(',\n')}\n${pad(depth)}}`
}
