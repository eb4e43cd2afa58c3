/**
 * IRIs for exported resources: a base, and ids made from annotation ids.
 */

/**
 * True when `value` is an absolute IRI: a scheme (`https:`, `urn:`, `mailto:` …)
 * followed by at least one character and no white space.
 *
 * @example
 * isAbsoluteIri('urn:isbn:0451450523') // => true
 * isAbsoluteIri('not a uri') // => false
 */
export function isAbsoluteIri(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]+$/.test(value)
}

/**
 * The default base IRI of an export: `urn:scholion:` followed by the first 16 hex
 * digits of the document's text hash (or `document` when there is none) and `/`.
 *
 * @example
 * defaultBaseIri('sha256:' + 'ab'.repeat(32)) // => 'urn:scholion:abababababababab/'
 */
export function defaultBaseIri(textHash: string | undefined): string {
  const hex = textHash?.startsWith('sha256:') ? textHash.slice(7, 23) : undefined
  return `urn:scholion:${hex ?? 'document'}/`
}

/**
 * Encodes an annotation id as one IRI path segment (percent-encoding what
 * `encodeURIComponent` does, so `/`, `#`, `?` and spaces never leak into the IRI).
 *
 * @example
 * idSegment('fig 2/3') // => 'fig%202%2F3'
 */
export function idSegment(id: string): string {
  return encodeURIComponent(id)
}

/**
 * Decodes an IRI path segment made by {@link idSegment}; `undefined` when it is not
 * valid percent-encoding.
 *
 * @example
 * decodeIdSegment('fig%202%2F3') // => 'fig 2/3'
 */
export function decodeIdSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment)
  } catch {
    return undefined
  }
}
