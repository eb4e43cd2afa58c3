import type { EditionSpan } from './types.js'

/**
 * The anchoring status of a span in either shape: flat (`span.status`, what callers that
 * resolve spans themselves pass) or nested as `scholion/1` keeps it (`span.anchor.status`,
 * what re-anchoring writes). The flat one wins when both are given; `undefined` when
 * neither is a string.
 *
 * @example
 * ```ts
 * spanStatus({ start: 0, end: 3, anchor: { status: 'orphan', score: 0 } }) // 'orphan'
 * spanStatus({ start: 0, end: 3, status: 'fuzzy' }) // 'fuzzy'
 * ```
 */
export function spanStatus(span: EditionSpan): string | undefined {
  if (typeof span.status === 'string') return span.status
  const anchor: unknown = span.anchor
  if (anchor !== null && typeof anchor === 'object' && 'status' in anchor) {
    const status = (anchor as { status?: unknown }).status
    if (typeof status === 'string') return status
  }
  return undefined
}
