import type { EditionAnnotation } from './types.js'

/** The kind of annotation an edition sets aside instead of highlighting. */
export const setAsideKind = 'boilerplate'

/**
 * How a set-aside passage is shown: `collapsed` (hidden until the reader asks), `dimmed`
 * (shown, de-emphasised) or `shown` (as the text, without highlight).
 *
 * @example
 * ```ts
 * const display: SetAsideDisplay = 'collapsed'
 * ```
 */
export type SetAsideDisplay = 'collapsed' | 'dimmed' | 'shown'

/**
 * How an annotation is set aside, or `undefined` when it is an ordinary annotation. Only
 * the kind `boilerplate` is set aside; its `display` field says how, and anything other
 * than `dimmed` or `shown` (absent, misspelt) means `collapsed`, as core documents.
 *
 * @example
 * ```ts
 * setAsideDisplay({ id: 'bp', kind: 'boilerplate', spans: [] }) // 'collapsed'
 * setAsideDisplay({ id: 'bp', kind: 'boilerplate', spans: [], display: 'dimmed' }) // 'dimmed'
 * setAsideDisplay({ id: 'n', kind: 'note', spans: [] }) // undefined
 * ```
 */
export function setAsideDisplay(annotation: EditionAnnotation): SetAsideDisplay | undefined {
  if (annotation.kind !== setAsideKind) return undefined
  return annotation.display === 'dimmed' || annotation.display === 'shown'
    ? annotation.display
    : 'collapsed'
}

/**
 * What a set-aside passage is, in words, from its `role` (`donation-appeal` → `donation
 * appeal`); `site furniture` when it has none.
 *
 * @example
 * ```ts
 * setAsideRole({ id: 'bp', kind: 'boilerplate', spans: [], role: 'notification-banner' }) // 'notification banner'
 * ```
 */
export function setAsideRole(annotation: EditionAnnotation): string {
  const role = annotation.role
  if (typeof role !== 'string' || role.trim() === '') return 'site furniture'
  return role.trim().replace(/[-_]+/g, ' ')
}
