/**
 * Merging suggestions into an annotation file without duplicating what is there.
 */
import type { Annotation, AnnotationFile, Relation } from '@scholion/core'
import type { Suggestions } from './suggest.js'

/** Options of {@link mergeSuggestions}. */
export interface MergeSuggestionsOptions {
  /**
   * Kinds for which an overlapping annotation of the same kind does not block a
   * suggestion. Default: `['note']` — notes are commentary, never suggested, and
   * listed only so the option has a safe default.
   */
  readonly allowOverlap?: readonly string[]
}

/**
 * What {@link mergeSuggestions} did.
 *
 * @example
 * const result: MergeResult = { file: { format: 'scholion/1', annotations: [] }, added: [], skipped: [] }
 */
export interface MergeResult {
  /** The merged file: the input's annotations unchanged, then the added suggestions. */
  readonly file: AnnotationFile
  /** Ids of the suggestions added (renamed when the id was taken). */
  readonly added: readonly string[]
  /** Ids of the suggestions left out because the file already annotates their span. */
  readonly skipped: readonly string[]
}

function overlaps(a: Annotation, b: Annotation): boolean {
  return a.spans.some((x) => b.spans.some((y) => x.start < y.end && y.start < x.end))
}

/**
 * Merges `suggestions` into `file`. A suggestion is left out when the file already
 * has an annotation of the same kind with an overlapping span (any annotator, any
 * status); relations to it then point to that annotation instead. Existing
 * annotations and relations are never changed, so a reviewed annotation stays as
 * it was. Suggested ids already used in the file get a numeric suffix. Relations
 * are added once (same type, from and to).
 *
 * @example
 * const { file } = mergeSuggestions({ format: 'scholion/1', annotations: [] }, suggest('Two men said so.'))
 * file.annotations.length > 0 // => true
 */
export function mergeSuggestions(
  file: AnnotationFile,
  suggestions: Suggestions,
  options: MergeSuggestionsOptions = {},
): MergeResult {
  const allowOverlap = new Set(options.allowOverlap ?? ['note'])
  const existing = file.annotations
  const ids = new Set(existing.map((annotation) => annotation.id))
  // Where each suggested id ends up: a new id, or an existing annotation's id.
  const target = new Map<string, string>()
  const added: Annotation[] = []
  const addedIds: string[] = []
  const skipped: string[] = []
  for (const suggestion of suggestions.annotations) {
    const covering = allowOverlap.has(suggestion.kind)
      ? undefined
      : existing.find(
          (annotation) => annotation.kind === suggestion.kind && overlaps(annotation, suggestion),
        )
    if (covering !== undefined) {
      target.set(suggestion.id, covering.id)
      skipped.push(suggestion.id)
      continue
    }
    let id = suggestion.id
    for (let suffix = 2; ids.has(id); suffix++) id = `${suggestion.id}-${suffix}`
    ids.add(id)
    target.set(suggestion.id, id)
    added.push(id === suggestion.id ? suggestion : { ...suggestion, id })
    addedIds.push(id)
  }
  const relations: Relation[] = [...(file.relations ?? [])]
  const key = (relation: Relation) => `${relation.type}\u0000${relation.from}\u0000${relation.to}`
  const seen = new Set(relations.map(key))
  const addedSet = new Set(addedIds)
  for (const relation of suggestions.relations) {
    const from = target.get(relation.from)
    const to = target.get(relation.to)
    if (from === undefined || to === undefined) continue
    // Only relations touching something new: the file's own links stay as they are.
    if (!addedSet.has(from) && !addedSet.has(to)) continue
    const mapped: Relation = { ...relation, from, to }
    if (seen.has(key(mapped))) continue
    seen.add(key(mapped))
    relations.push(mapped)
  }
  return {
    file: {
      ...file,
      annotations: [...existing, ...added],
      ...(relations.length > 0 ? { relations } : {}),
    },
    added: addedIds,
    skipped,
  }
}
