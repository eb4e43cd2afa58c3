/**
 * Times `suggest` on the whole Brown corpus as running text (about 6 MB).
 */
import { type SuggestOptions, suggest } from '../../packages/suggest/src/index.js'
import { brownText } from '../../test-support/brown.mjs'

/**
 * Runs `suggest` once over the Brown corpus, with the options given (for
 * example the learned hedge model), and reports its size and time.
 */
export function measure(options: SuggestOptions = {}): {
  characters: number
  milliseconds: number
  annotations: number
} {
  const text = brownText()
  const started = performance.now()
  const { annotations } = suggest(text, options)
  return {
    characters: text.length,
    milliseconds: performance.now() - started,
    annotations: annotations.length,
  }
}
