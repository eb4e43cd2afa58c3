import { type Problem, ScholionError } from '@scholion/core'

/**
 * A mistake in how the command was called: unknown option, missing argument.
 * Reported with the command's usage line and exit code 2.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}

/**
 * An input that cannot be used (missing file, not UTF-8, unwritable output).
 * Reported as its problems, with exit code 1.
 */
export function inputError(problem: Omit<Problem, 'severity'>): ScholionError {
  return new ScholionError([{ ...problem, severity: 'error' }])
}
