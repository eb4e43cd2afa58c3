/**
 * How a span was found in the current text:
 *
 * - `exact`: the text at its recorded position is its quote;
 * - `mapped`: its position was carried through a diff from the previous text and verified;
 * - `fuzzy`: found by searching for its quote and context — verbatim or approximately
 *   (the result's `via` says which) — with a clear winner;
 * - `ambiguous`: several places match about equally well — not attached, kept as it was;
 * - `orphan`: its passage is gone — not attached, kept as it was.
 */
export type AnchorStatus = 'exact' | 'mapped' | 'fuzzy' | 'ambiguous' | 'orphan'

/** Every {@link AnchorStatus}, in order from best to worst. */
export const anchorStatuses: readonly AnchorStatus[] = [
  'exact',
  'mapped',
  'fuzzy',
  'ambiguous',
  'orphan',
]

/** True when a span with this status has a place in the current text. */
export function isAnchored(status: AnchorStatus): boolean {
  return status === 'exact' || status === 'mapped' || status === 'fuzzy'
}
