/**
 * Problems: what is wrong with an input, where, and what was expected.
 *
 * Loaders collect every problem they find and return them as values; a
 * {@link ScholionError} carries one or more of them when a caller asked for
 * something that cannot be done (for example, reading a file that is not UTF-8).
 */

/** Where a problem is: any of file, line:column, JSON path and annotation id that apply. */
export interface ProblemLocation {
  /** File path or name, as the caller gave it. */
  readonly file?: string
  /** 1-based line. */
  readonly line?: number
  /** 1-based column, in UTF-16 code units. */
  readonly column?: number
  /** Offset in the file (UTF-16 code units of the decoded text, or bytes where `unit` says so). */
  readonly offset?: number
  /** JSON path such as `$.annotations[3].spans[0].end`. */
  readonly jsonPath?: string
  /** Id of the annotation concerned. */
  readonly annotationId?: string
}

/** One problem found in an input. */
export interface Problem extends ProblemLocation {
  /** Stable machine-readable code, such as `json-syntax` or `span-out-of-range`. */
  readonly code: string
  /** What is wrong, naming the offending value: ``Unexpected `x`, expected …``. */
  readonly message: string
  /** `error` makes the input invalid; `warning` does not. */
  readonly severity: 'error' | 'warning'
}

/** Formats a problem's location as `file:line:column (jsonPath, annotation id)`. */
export function formatLocation(location: ProblemLocation): string {
  let place = location.file ?? ''
  if (location.line !== undefined) {
    place += `${place ? ':' : ''}${location.line}:${location.column ?? 1}`
  }
  const details: string[] = []
  if (location.jsonPath !== undefined) details.push(location.jsonPath)
  if (location.annotationId !== undefined) details.push(`annotation \`${location.annotationId}\``)
  if (details.length > 0) place += `${place ? ' ' : ''}(${details.join(', ')})`
  return place
}

/** Formats a problem as one line: `file:1:2 (…): error: message [code]`. */
export function formatProblem(problem: Problem): string {
  const place = formatLocation(problem)
  return `${place ? `${place}: ` : ''}${problem.severity}: ${problem.message} [${problem.code}]`
}

/**
 * An error carrying the problems that caused it. `message` is the first problem,
 * formatted; `problems` has them all.
 */
export class ScholionError extends Error {
  readonly problems: readonly Problem[]

  constructor(problems: readonly Problem[]) {
    const first = problems[0]
    super(first ? formatProblem(first) : 'Unknown problem')
    this.name = 'ScholionError'
    this.problems = problems
  }
}
