/**
 * Annotations of the built-in kinds, and narrowing an annotation to its kind.
 */
import type { AnyAnnotation } from './annotation-base.js'
import type { BoilerplateAnnotation, boilerplateFields } from './boilerplate.js'
import type { ClaimAnnotation, claimFields } from './claim.js'
import type { FigureAnnotation, figureFields } from './figure.js'
import type { KindAnnotationInit } from './kind-definition.js'
import type { NoteAnnotation, noteFields } from './note.js'
import type { SpeakerAnnotation, speakerFields } from './speaker.js'
import type { UncertaintyAnnotation, uncertaintyFields } from './uncertainty.js'

/**
 * Annotation types of the built-in kinds, by kind.
 *
 * @example
 * type Figure = AnnotationByKind['figure']
 */
export interface AnnotationByKind {
  claim: ClaimAnnotation
  figure: FigureAnnotation
  speaker: SpeakerAnnotation
  uncertainty: UncertaintyAnnotation
  note: NoteAnnotation
  boilerplate: BoilerplateAnnotation
}

/**
 * What creating an annotation of a built-in kind takes (`id` and `spans` optional), by kind.
 *
 * @example
 * const init: AnnotationInitByKind['note'] = { kind: 'note', body: 'See also …' }
 */
export interface AnnotationInitByKind {
  claim: KindAnnotationInit<'claim', typeof claimFields>
  figure: KindAnnotationInit<'figure', typeof figureFields>
  speaker: KindAnnotationInit<'speaker', typeof speakerFields>
  uncertainty: KindAnnotationInit<'uncertainty', typeof uncertaintyFields>
  note: KindAnnotationInit<'note', typeof noteFields>
  boilerplate: KindAnnotationInit<'boilerplate', typeof boilerplateFields>
}

/**
 * A built-in kind name.
 *
 * @example
 * const kind: BuiltInKind = 'speaker'
 */
export type BuiltInKind = keyof AnnotationByKind

/**
 * An annotation in a file: one of the built-in kinds, or any other kind, kept as is.
 * Narrow it with {@link isKind} (a `kind` check alone cannot narrow, because custom
 * kinds are any string).
 *
 * @example
 * function label(annotation: Annotation): string {
 *   return isKind(annotation, 'speaker') ? (annotation.name ?? annotation.id) : annotation.id
 * }
 */
export type Annotation = AnnotationByKind[BuiltInKind] | AnyAnnotation

/**
 * True when `annotation` is of `kind`, narrowing its type. It checks `kind` only: the
 * fields were checked when the file was loaded.
 *
 * @example
 * if (isKind(annotation, 'figure')) annotation.value
 */
export function isKind<Kind extends BuiltInKind>(
  annotation: Annotation,
  kind: Kind,
): annotation is AnnotationByKind[Kind] {
  return annotation.kind === kind
}
