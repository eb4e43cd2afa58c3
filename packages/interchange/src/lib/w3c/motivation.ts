/**
 * Which W3C motivation each kind of annotation has.
 */
import type { Annotation } from '@scholion/core'

/**
 * The W3C motivation of an annotation (see docs/interchange.md for why):
 *
 * - `claim`: `assessing` when it carries a fact-check `review`, else `classifying`
 *   (it marks a passage as a claim of some category, mode and factuality);
 * - `figure`: `describing` (it says what the number is worth and counts);
 * - `speaker`: `identifying` (it says who the mentions refer to);
 * - `uncertainty`: `questioning` for the editor's own doubt (`origin: 'editor'`),
 *   else `assessing` (it grades a hedge the source makes);
 * - `note`: `commenting`;
 * - any other kind: `describing`.
 *
 * Relations are exported as `linking`. On import the motivation is only a hint:
 * the kind comes from the Scholion body when there is one.
 *
 * @example
 * motivationOf({ id: 'n1', kind: 'note', spans: [] }) // => 'commenting'
 */
export function motivationOf(annotation: Annotation): string {
  switch (annotation.kind) {
    case 'claim':
      return annotation.review === undefined ? 'classifying' : 'assessing'
    case 'figure':
      return 'describing'
    case 'speaker':
      return 'identifying'
    case 'uncertainty':
      return annotation.origin === 'editor' ? 'questioning' : 'assessing'
    case 'note':
      return 'commenting'
    default:
      return 'describing'
  }
}
