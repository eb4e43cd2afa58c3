import {
  type AnchorStatus,
  computeTextHash,
  createAnchorer,
  formatProblem,
  type Problem,
} from '@scholion/core'
import type { Arguments, Command } from '../lib/command.js'
import type { Context } from '../lib/context.js'
import { type ExitCode, exitCodes } from '../lib/exit-codes.js'
import { loadInputs } from '../lib/load-inputs.js'
import { resolveFileSpans, spanLabel } from '../lib/resolve-spans.js'
import { countStatuses, formatCounts } from '../lib/summary.js'
import { formatTable, truncate } from '../lib/table.js'

const help = `Usage: scholion check <article> <annotations.json> [--json]

Validates an annotation file against its article and anchors every span.

Prints every problem in the file (with file:line:column and JSON path), then a
table of spans: id, kind, status (exact, mapped, fuzzy, ambiguous, orphan),
where it is in the article (line:column) and its quote.

Options:
  --json       print the report as JSON on stdout instead of the table
  -h, --help   show this help

Exit codes: 0 when the file is valid and every span is exact; 1 otherwise
(problems, spans not exact, unreadable input); 2 for usage errors.`

/** One span's line in the report. */
interface SpanReport {
  id: string
  kind: string
  /** Field holding the span: `spans`, or a kind's other span field such as `scope`. */
  field: string
  span: number
  status: AnchorStatus
  score: number
  start: number
  end: number
  exact: string
  /** Where the span is now, when it is anchored but not where the file says. */
  found?: { start: number; end: number; line?: number; column?: number }
  line?: number
  column?: number
}

async function runCheck(args: Arguments, context: Context): Promise<ExitCode> {
  const [articlePath, annotationsPath] = args.positionals as [string, string]
  const {
    document,
    file,
    problems: fileProblems,
  } = await loadInputs(articlePath, annotationsPath, context.cwd)
  const problems: Problem[] = [...fileProblems]

  const recorded = file.document?.textHash
  if (recorded !== undefined) {
    const actual = await computeTextHash(document.text)
    if (actual !== recorded) {
      problems.push({
        code: 'text-hash',
        severity: 'warning',
        file: annotationsPath,
        jsonPath: '$.document.textHash',
        message: `The article's text hash is \`${actual}\`, expected \`${recorded}\` as recorded: the annotations were made on another version of the text (see \`scholion reanchor\`)`,
      })
    }
  }

  const reports: SpanReport[] = resolveFileSpans(file, createAnchorer(document.text)).map(
    ({ id, kind, field, index, span, result }) => {
      const at = document.sourceMap.toSource(Math.min(span.start, document.text.length))
      const report: SpanReport = {
        id,
        kind,
        field,
        span: index,
        status: result.status,
        score: result.score,
        start: span.start,
        end: span.end,
        exact: span.exact,
        ...(at ? { line: at.line, column: at.column } : {}),
      }
      if (result.status !== 'exact' && result.start !== undefined && result.end !== undefined) {
        const foundAt = document.sourceMap.toSource(result.start)
        report.found = {
          start: result.start,
          end: result.end,
          ...(foundAt ? { line: foundAt.line, column: foundAt.column } : {}),
        }
      }
      return report
    },
  )

  const counts = countStatuses(reports.map((report) => report.status))
  const errors = problems.filter((problem) => problem.severity === 'error').length
  const ok = errors === 0 && counts.exact === reports.length

  if (args.values.json) {
    context.stdout.write(
      `${JSON.stringify(
        {
          ok,
          article: articlePath,
          annotations: annotationsPath,
          problems,
          summary: { annotations: file.annotations.length, spans: reports.length, ...counts },
          spans: reports,
        },
        null,
        2,
      )}\n`,
    )
    return ok ? exitCodes.ok : exitCodes.findings
  }

  for (const problem of problems) context.stderr.write(`${formatProblem(problem)}\n`)
  if (reports.length > 0) {
    const rows = reports.map((report) => [
      spanLabel({ id: report.id, field: report.field, index: report.span }),
      report.kind,
      report.status === 'exact' ? 'exact' : `${report.status} ${report.score.toFixed(2)}`,
      report.found?.line !== undefined
        ? `${report.line ?? '?'}:${report.column ?? '?'} → ${report.found.line}:${report.found.column}`
        : `${report.line ?? '?'}:${report.column ?? '?'}`,
      JSON.stringify(truncate(report.exact, 48)),
    ])
    context.stdout.write(`${formatTable(['id', 'kind', 'status', 'at', 'quote'], rows)}\n\n`)
  }
  context.stdout.write(
    `${file.annotations.length} annotations, ${reports.length} spans: ${formatCounts(counts)}; ` +
      `${errors} ${errors === 1 ? 'error' : 'errors'}, ${problems.length - errors} ${problems.length - errors === 1 ? 'warning' : 'warnings'}.\n`,
  )
  return ok ? exitCodes.ok : exitCodes.findings
}

/** `scholion check`: validate an annotation file and anchor its spans. */
export const check: Command = {
  name: 'check',
  summary: 'validate an annotation file against its article and anchor every span',
  help,
  options: { json: { type: 'boolean' } },
  arity: [2, 2],
  run: runCheck,
}
