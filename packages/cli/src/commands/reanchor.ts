import {
  type AnchorStatus,
  type AnnotationFile,
  computeTextHash,
  createAnchorer,
  formatProblem,
  isAnchored,
  loadDocument,
  serializeAnnotationFile,
} from '@scholion/core'
import type { Arguments, Command } from '../lib/command.js'
import type { Context } from '../lib/context.js'
import { UsageError } from '../lib/errors.js'
import { type ExitCode, exitCodes } from '../lib/exit-codes.js'
import { readInput, writeAtomic } from '../lib/io.js'
import { loadInputs } from '../lib/load-inputs.js'
import { applyResolutions, resolveFileSpans, spanLabel } from '../lib/resolve-spans.js'
import { countStatuses, formatCounts } from '../lib/summary.js'
import { truncate } from '../lib/table.js'

const help = `Usage: scholion reanchor <new-article> <annotations.json> [--previous <old-article>] [-o <out.json>] [--json]

Moves every span of an annotation file onto a new version of its article.

Each span gets \`anchor: { status, score }\`: exact, mapped (carried through the
diff from --previous), fuzzy (found by approximate search), ambiguous or orphan.
Anchored spans get their new position and fresh context; ambiguous and orphaned
spans keep their last selectors. No annotation is ever dropped.

The updated file goes to -o (written atomically; the input is overwritten only
if -o names it) or, without -o, to stdout. A summary goes to stderr.

Options:
  --previous <file>  the article the annotations were made on: its diff with the
                     new article carries spans through the edits exactly
  -o, --output <file>  where to write the updated annotation file
  --json             print a JSON report on stdout (needs -o)
  -h, --help         show this help

Exit codes: 0 when every span is anchored (exact, mapped or fuzzy); 1 when some
are ambiguous or orphan (the file is still written), or an input is invalid;
2 for usage errors.`

interface SpanOutcome {
  id: string
  kind: string
  field: string
  span: number
  status: AnchorStatus
  score: number
  exact: string
  from: { start: number; end: number }
  to?: { start: number; end: number }
}

async function runReanchor(args: Arguments, context: Context): Promise<ExitCode> {
  const [articlePath, annotationsPath] = args.positionals as [string, string]
  const output = args.values.output as string | undefined
  const previousPath = args.values.previous as string | undefined
  if (args.values.json && output === undefined) {
    throw new UsageError('`--json` prints the report on stdout, so the file needs `-o <out.json>`')
  }

  const previous =
    previousPath === undefined ? undefined : await readInput(previousPath, context.cwd)
  const { document, file, problems } = await loadInputs(articlePath, annotationsPath, context.cwd, {
    checkRanges: false,
  })
  const errors = problems.filter((problem) => problem.severity === 'error')
  if (errors.length > 0) {
    for (const problem of problems) context.stderr.write(`${formatProblem(problem)}\n`)
    context.stderr.write(
      `scholion reanchor: ${annotationsPath} has ${errors.length} ${errors.length === 1 ? 'error' : 'errors'}; fix ${errors.length === 1 ? 'it' : 'them'} first. Nothing was written.\n`,
    )
    return exitCodes.findings
  }

  // The previous article is read the same way as the new one, so both reading texts compare.
  const previousText =
    previous === undefined ? undefined : loadDocument(previous.text, { file: previous.path }).text
  const anchorer = createAnchorer(document.text, previousText === undefined ? {} : { previousText })
  const resolved = resolveFileSpans(file, anchorer)
  const outcomes: SpanOutcome[] = resolved.map(({ id, kind, field, index, span, result }) => ({
    id,
    kind,
    field,
    span: index,
    status: result.status,
    score: result.score,
    exact: span.exact,
    from: { start: span.start, end: span.end },
    ...(isAnchored(result.status)
      ? { to: { start: result.selector.start, end: result.selector.end } }
      : {}),
  }))

  const updated = {
    ...applyResolutions(file, resolved),
    document: { ...file.document, textHash: await computeTextHash(document.text) },
  } as AnnotationFile
  const serialized = serializeAnnotationFile(updated)
  if (output === undefined) context.stdout.write(serialized)
  else await writeAtomic(output, serialized, context.cwd)

  const counts = countStatuses(outcomes.map((outcome) => outcome.status))
  const unanchored = outcomes.filter((outcome) => !isAnchored(outcome.status))
  if (args.values.json) {
    context.stdout.write(
      `${JSON.stringify(
        {
          ok: unanchored.length === 0,
          article: articlePath,
          previous: previousPath ?? null,
          output,
          summary: { annotations: file.annotations.length, spans: outcomes.length, ...counts },
          spans: outcomes,
        },
        null,
        2,
      )}\n`,
    )
  } else {
    for (const outcome of unanchored) {
      context.stderr.write(
        `${outcome.status}: ${spanLabel({ id: outcome.id, field: outcome.field, index: outcome.span })} (${outcome.kind}) ${JSON.stringify(truncate(outcome.exact, 60))} — kept with its last selectors\n`,
      )
    }
    context.stderr.write(
      `Re-anchored ${outcomes.length} spans of ${file.annotations.length} annotations onto ${articlePath}: ${formatCounts(counts)}.${output === undefined ? '' : ` Wrote ${output}.`}\n`,
    )
  }
  return unanchored.length === 0 ? exitCodes.ok : exitCodes.findings
}

/** `scholion reanchor`: carry an annotation file over to a new version of its article. */
export const reanchor: Command = {
  name: 'reanchor',
  summary: 'move every span onto a new version of the article; nothing is dropped',
  help,
  options: {
    previous: { type: 'string' },
    output: { type: 'string', short: 'o' },
    json: { type: 'boolean' },
  },
  arity: [2, 2],
  run: runReanchor,
}
