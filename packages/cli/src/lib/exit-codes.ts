/**
 * Exit codes of the `scholion` command, documented in docs/cli.md.
 *
 * - `0` success: inputs valid, and (for `check`) every span exact, (for
 *   `reanchor`/`render`) every span anchored;
 * - `1` findings: the inputs could be read but something in them is wrong or
 *   unanchored (invalid annotations, spans that are not exact, orphans), or an
 *   input file is missing, unreadable or not UTF-8;
 * - `2` usage: unknown command or option, missing or extra arguments;
 * - `70` internal error: a bug in Scholion (please report it; set
 *   `SCHOLION_DEBUG=1` for the stack trace).
 */
export const exitCodes = {
  ok: 0,
  findings: 1,
  usage: 2,
  internal: 70,
} as const

/** One of {@link exitCodes}. */
export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes]
