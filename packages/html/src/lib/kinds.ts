/**
 * How one kind of annotation is shown: its class token (used in class names and by the
 * built-in stylesheet), its labels and the non-colour signal that tells it apart.
 *
 * @example
 * ```ts
 * import type { KindStyle } from '@scholion/html'
 *
 * const style: KindStyle = { kind: 'claim', token: 'claim', label: 'Claim', plural: 'Claims', signal: 'solid underline' }
 * ```
 */
export interface KindStyle {
  /** The kind as written in the annotation (escaped wherever shown). */
  readonly kind: string
  /**
   * `claim`, `figure`, `speaker`, `uncertainty`, `note`, `boilerplate`, or `other-1` …
   * `other-8`.
   */
  readonly token: string
  /** Singular label. */
  readonly label: string
  /** Plural label (legend). */
  readonly plural: string
  /** The line style that marks it besides colour, in words (legend). */
  readonly signal: string
}

/** The built-in kinds, in legend order. */
const builtIn: ReadonlyArray<KindStyle> = [
  { kind: 'claim', token: 'claim', label: 'Claim', plural: 'Claims', signal: 'solid underline' },
  {
    kind: 'figure',
    token: 'figure',
    label: 'Figure',
    plural: 'Figures',
    signal: 'double underline',
  },
  {
    kind: 'speaker',
    token: 'speaker',
    label: 'Speaker',
    plural: 'Speakers',
    signal: 'dotted underline',
  },
  {
    kind: 'uncertainty',
    token: 'uncertainty',
    label: 'Uncertainty',
    plural: 'Uncertainties',
    signal: 'wavy underline',
  },
  { kind: 'note', token: 'note', label: 'Note', plural: 'Notes', signal: 'dashed underline' },
  {
    kind: 'boilerplate',
    token: 'boilerplate',
    label: 'Set aside',
    plural: 'Set aside',
    signal: 'collapsed or dimmed, never highlighted',
  },
]

/** How many distinct style slots custom kinds get; further custom kinds share the last. */
export const otherKindSlots = 8

/**
 * Assigns a {@link KindStyle} to every kind that occurs: built-in kinds first in a fixed
 * order, then custom kinds in alphabetical order, in the slots `other-1` … `other-8`
 * (kinds beyond the eighth share `other-8`, and so share a filter).
 *
 * @example
 * ```ts
 * kindStyles(['figure', 'quote']).map((style) => style.token) // ['figure', 'other-1']
 * ```
 */
export function kindStyles(kinds: Iterable<string>): ReadonlyArray<KindStyle> {
  const present = new Set(kinds)
  const result: KindStyle[] = builtIn.filter((style) => present.has(style.kind))
  const custom = [...present].filter((kind) => !builtIn.some((style) => style.kind === kind)).sort()
  custom.forEach((kind, index) => {
    const label = kind.trim() === '' ? 'Annotation' : kind
    result.push({
      kind,
      token: `other-${Math.min(index + 1, otherKindSlots)}`,
      label,
      plural: label,
      signal: 'dashed box',
    })
  })
  return result
}
