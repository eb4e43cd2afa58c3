import type { Suggestions } from '@scholion/suggest'

/**
 * The suggested claims in a form tests can compare: each claim's quoted content,
 * mode and cue, and the quoted mentions of the speaker it is `attributedTo`.
 */
export function claims(suggestions: Suggestions) {
  const speakers = new Map(
    suggestions.annotations
      .filter((annotation) => annotation.kind === 'speaker')
      .map((annotation) => [annotation.id, annotation]),
  )
  return suggestions.annotations
    .filter((annotation) => annotation.kind === 'claim')
    .map((claim) => {
      const to = suggestions.relations.find((relation) => relation.from === claim.id)?.to ?? ''
      return {
        content: claim.spans.map((span) => span.exact),
        mode: claim.mode,
        cue: claim.cue,
        speaker: speakers.get(to)?.spans.map((span) => span.exact),
      }
    })
}
