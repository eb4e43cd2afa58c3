import { type AnchorStatus, anchorStatuses } from '@scholion/core'

/** Counts of spans per anchoring status, every status present (0 when none). */
export type StatusCounts = Record<AnchorStatus, number>

/** Counts `statuses` per status. */
export function countStatuses(statuses: Iterable<AnchorStatus>): StatusCounts {
  const counts = Object.fromEntries(anchorStatuses.map((status) => [status, 0])) as StatusCounts
  for (const status of statuses) counts[status]++
  return counts
}

/** `3 exact, 1 fuzzy, 0 mapped …` in status order, leaving out zeros except `exact`. */
export function formatCounts(counts: StatusCounts): string {
  return anchorStatuses
    .filter((status) => status === 'exact' || counts[status] > 0)
    .map((status) => `${counts[status]} ${status}`)
    .join(', ')
}
