/**
 * Creating annotations in code, with ids and timestamps filled in.
 */
import { nanoid } from 'nanoid'
import { ScholionError } from '../problem.js'
import type { AnnotationByKind, AnnotationInitByKind, BuiltInKind } from './annotation.js'
import type { AnnotationCommon, AnyAnnotation } from './annotation-base.js'
import type { DeepReadonly } from './immutable.js'
import { defaultKindRegistry, type KindRegistry } from './kind-registry.js'

/**
 * What {@link createAnnotation} takes for any kind: an annotation with `id` and
 * `spans` optional.
 *
 * @example
 * const init: AnyAnnotationInit = { kind: 'quote', language: 'ru' }
 */
export type AnyAnnotationInit = DeepReadonly<
  Omit<AnnotationCommon, 'id' | 'spans'> &
    Partial<Pick<AnnotationCommon, 'id' | 'spans'>> & { readonly [key: string]: unknown }
>

/** Options of {@link createAnnotation}. */
export interface CreateAnnotationOptions {
  /**
   * Sets `created` when it is not given: `true` for now, or a given time. Default:
   * `false` (no timestamp; tests and reproducible builds want none).
   */
  readonly stamp?: boolean | Date
  /** Kinds to validate against. Default: the built-in kinds. */
  readonly registry?: KindRegistry
}

/**
 * Creates an annotation: `id` defaults to the kind and a random nanoid
 * (`figure-V1StGXR8_Z5j`), `spans` to `[]`. The result is validated against its kind;
 * a `ScholionError` is thrown when it does not fit (that is a programming mistake).
 *
 * @example
 * const figure = createAnnotation({ kind: 'figure', value: 501, counted: 'Bulgarians' }, { stamp: true })
 * figure.id // => 'figure-…'
 */
export function createAnnotation<Kind extends BuiltInKind>(
  init: AnnotationInitByKind[Kind],
  options?: CreateAnnotationOptions,
): AnnotationByKind[Kind]
export function createAnnotation(
  init: AnyAnnotationInit,
  options?: CreateAnnotationOptions,
): AnyAnnotation
export function createAnnotation(
  init: AnyAnnotationInit,
  options: CreateAnnotationOptions = {},
): AnyAnnotation {
  const registry = options.registry ?? defaultKindRegistry
  const stamp = options.stamp ?? false
  const created =
    init.created ??
    (stamp === false ? undefined : (stamp === true ? new Date() : stamp).toISOString())
  const annotation: AnyAnnotation = {
    ...init,
    id: init.id ?? `${init.kind}-${nanoid(12)}`,
    kind: init.kind,
    spans: init.spans ?? [],
    ...(created === undefined ? {} : { created }),
  }
  const schema = registry.get(annotation.kind)?.schema
  const result = schema?.safeParse(annotation)
  if (result !== undefined && !result.success) {
    throw new ScholionError(
      result.error.issues.map((issue) => ({
        code: 'invalid-annotation',
        message: `${issue.message} at \`${issue.path.join('.')}\` in new ${annotation.kind} \`${annotation.id}\``,
        severity: 'error',
        annotationId: annotation.id,
      })),
    )
  }
  return annotation
}
