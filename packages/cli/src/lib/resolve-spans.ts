import {
  type Anchorer,
  type AnchorResult,
  type Annotation,
  type AnnotationFile,
  annotationSpans,
  isAnchored,
  type Span,
} from '@scholion/core'

/** One span of an annotation file and how it resolved. */
export interface ResolvedSpan {
  readonly id: string
  readonly kind: string
  /** Field holding the span: `spans`, or a kind's other span field such as `scope`. */
  readonly field: string
  readonly index: number
  readonly span: Span
  readonly result: AnchorResult
}

/** `id`, `id[1]` or `id.scope[0]`: how a span is named in reports. */
export function spanLabel(resolved: Pick<ResolvedSpan, 'id' | 'field' | 'index'>): string {
  if (resolved.field === 'spans')
    return resolved.index === 0 ? resolved.id : `${resolved.id}[${resolved.index}]`
  return `${resolved.id}.${resolved.field}[${resolved.index}]`
}

/**
 * Resolves every span of every annotation — `spans` and the span fields of its
 * kind (an uncertainty's `scope`) — against the anchorer's text, in file order.
 */
export function resolveFileSpans(file: AnnotationFile, anchorer: Anchorer): ResolvedSpan[] {
  const resolved: ResolvedSpan[] = []
  for (const annotation of file.annotations) {
    for (const { field, index, span } of annotationSpans(annotation)) {
      const result = anchorer.resolve({
        start: span.start,
        end: span.end,
        exact: span.exact,
        prefix: span.prefix ?? '',
        suffix: span.suffix ?? '',
      })
      resolved.push({ id: annotation.id, kind: annotation.kind, field, index, span, result })
    }
  }
  return resolved
}

/**
 * The annotation file with every span updated from its resolution: anchored spans
 * take their new selectors, ambiguous and orphaned spans keep their last ones, and
 * every span records `anchor: { status, score }`. Nothing else changes.
 */
export function applyResolutions(
  file: AnnotationFile,
  resolved: readonly ResolvedSpan[],
): AnnotationFile {
  const byAnnotation = new Map<string, Map<string, ResolvedSpan>>()
  for (const entry of resolved) {
    const entries = byAnnotation.get(entry.id) ?? new Map<string, ResolvedSpan>()
    entries.set(`${entry.field}\u0000${entry.index}`, entry)
    byAnnotation.set(entry.id, entries)
  }
  const annotations = file.annotations.map((annotation) => {
    const entries = byAnnotation.get(annotation.id)
    if (entries === undefined) return annotation
    const updated: Record<string, unknown> = { ...annotation }
    const fields = new Set([...entries.values()].map((entry) => entry.field))
    for (const field of fields) {
      const value = updated[field]
      if (!Array.isArray(value)) continue
      updated[field] = value.map((span: Span, index: number) => {
        const entry = entries.get(`${field}\u0000${index}`)
        if (entry === undefined) return span
        const { result } = entry
        const selectors = isAnchored(result.status) ? result.selector : span
        return {
          ...span,
          start: selectors.start,
          end: selectors.end,
          exact: selectors.exact,
          prefix: selectors.prefix ?? '',
          suffix: selectors.suffix ?? '',
          anchor: { status: result.status, score: result.score },
        }
      })
    }
    return updated as Annotation
  })
  return { ...file, annotations } as AnnotationFile
}
