/**
 * Turns an annotation id (any string) into a token safe in an HTML `id`, a URL fragment
 * and a CSS identifier tail: ASCII letters, digits and `-` stay; every other UTF-16 code
 * unit (including `_`) becomes `_` plus four hex digits. The mapping is injective, so two
 * annotations never share an element id.
 *
 * @example
 * ```ts
 * idToken('fig-2000') // 'fig-2000'
 * idToken('a b') // 'a_0020b'
 * ```
 */
export function idToken(id: string): string {
  let result = ''
  for (let index = 0; index < id.length; index++) {
    const code = id.charCodeAt(index)
    const safe =
      (code >= 48 && code <= 57) || // 0-9
      (code >= 65 && code <= 90) || // A-Z
      (code >= 97 && code <= 122) || // a-z
      code === 45 // -
    result += safe ? id.charAt(index) : `_${code.toString(16).padStart(4, '0')}`
  }
  return result
}

/**
 * The element ids of one annotation. Every kind of id starts with the prefix and a
 * distinct word (`mark-`, `span`, `note-`, `ref`), so ids of different kinds never collide.
 *
 * @example
 * ```ts
 * annotationIds('scholion-', 'fig-2000').permalink // 'scholion-mark-fig-2000'
 * ```
 */
export interface AnnotationIds {
  /** Id of the first fragment of the first anchored span: the permalink. */
  readonly permalink: string
  /** Id of the note (`aria-details` target). */
  readonly note: string
  /** Id of the first fragment of span `index` (the permalink for the first). */
  readonly span: (index: number) => string
}

/**
 * Computes the element ids of an annotation.
 *
 * @example
 * ```ts
 * annotationIds('scholion-', 'c1').note // 'scholion-note-c1'
 * ```
 */
export function annotationIds(prefix: string, id: string): AnnotationIds {
  const token = idToken(id)
  const permalink = `${prefix}mark-${token}`
  return {
    permalink,
    note: `${prefix}note-${token}`,
    span: (index) => (index === 0 ? permalink : `${prefix}span${index}-${token}`),
  }
}
