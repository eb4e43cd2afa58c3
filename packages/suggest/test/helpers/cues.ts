import { suggest } from '@scholion/suggest'

/**
 * The quoted cues of the uncertainties `suggest` finds in `text` (hedges only, no
 * figures' approximators), in text order.
 */
export const cues = (text: string) =>
  suggest(text, { kinds: { figures: false, attributions: false } }).annotations.flatMap(
    (annotation) => (annotation.kind === 'uncertainty' ? [annotation.spans[0]?.exact] : []),
  )
