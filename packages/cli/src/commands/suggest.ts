import {
  type AnnotationFile,
  computeTextHash,
  formatProblem,
  loadDocument,
  serializeAnnotationFile,
} from '@scholion/core'
import { suggesterVersion } from '@scholion/suggest/version'
import type { Arguments, Command } from '../lib/command.js'
import type { Context } from '../lib/context.js'
import { UsageError } from '../lib/errors.js'
import { type ExitCode, exitCodes } from '../lib/exit-codes.js'
import { readInput, writeAtomic } from '../lib/io.js'
import { loadInputs } from '../lib/load-inputs.js'

const help = `Usage: scholion suggest <article> [annotations.json] [-o <out.json>] [--min-confidence <n>] [--no-learned-hedges]

Suggests draft annotations for an editor to review: figures (values, bounds,
approximators, number types), uncertainties (hedge cues, approximators, vague
quantities), speakers with all their mentions, and claims attributed to them.

Every suggestion has status "draft", creator scholion-suggest@${suggesterVersion} and a
confidence. With an annotation file, suggestions are merged into it: nothing
already annotated (an annotation of the same kind with an overlapping span) is
suggested again, and existing annotations are never changed.

The result goes to -o (written atomically) or, without -o, to stdout. A summary
goes to stderr.

Options:
  -o, --output <file>       where to write the annotation file
  --min-confidence <n>      leave out suggestions below n (0 to 1; default 0)
  --no-learned-hedges       leave out the hedges of the learned hedge model,
                            suggested where the lexicon found none (confidence
                            0.55; by default they are in: more hedges found,
                            more false ones; docs/suggestions.md). So does
                            --min-confidence 0.6
  --learned-hedges          the default since scholion-suggest 0.37.0, accepted
                            so that earlier scripts still run
  -h, --help                show this help

Exit codes: 0 on success; 1 when an input cannot be read or the annotation file
is invalid; 2 for usage errors.`

async function runSuggest(args: Arguments, context: Context): Promise<ExitCode> {
  const [articlePath, annotationsPath] = args.positionals as [string, string | undefined]
  const output = args.values.output as string | undefined
  const minimum = args.values['min-confidence'] as string | undefined
  const minConfidence = minimum === undefined ? 0 : Number(minimum)
  if (!Number.isFinite(minConfidence) || minConfidence < 0 || minConfidence > 1) {
    throw new UsageError(
      `Unexpected \`--min-confidence ${minimum}\`, expected a number from 0 to 1`,
    )
  }
  let text: string
  let file: AnnotationFile
  if (annotationsPath === undefined) {
    const article = await readInput(articlePath, context.cwd)
    text = loadDocument(article.text, { file: article.path }).text
    file = {
      format: 'scholion/1',
      document: { source: articlePath, textHash: await computeTextHash(text) },
      annotations: [],
    }
  } else {
    const inputs = await loadInputs(articlePath, annotationsPath, context.cwd)
    const errors = inputs.problems.filter((problem) => problem.severity === 'error')
    for (const problem of inputs.problems) context.stderr.write(`${formatProblem(problem)}\n`)
    if (errors.length > 0) return exitCodes.findings
    text = inputs.document.text
    file = inputs.file
  }
  // Loaded on use, not at start-up: the suggester brings compromise and its lexicon.
  const { mergeSuggestions, suggest } = await import('@scholion/suggest')
  // The learned hedge model is in by default since 0.37.0 (it finds more of the
  // hedges an editor must mark, at a lower confidence that --min-confidence can
  // filter); its weights (about 3 MB) are loaded only when used.
  if (args.values['learned-hedges'] === true && args.values['no-learned-hedges'] === true)
    throw new UsageError(
      'Unexpected `--learned-hedges` with `--no-learned-hedges`, expected one of them',
    )
  const hedgeModel =
    args.values['no-learned-hedges'] === true
      ? undefined
      : (await import('@scholion/suggest/hedge-model')).learnedHedgeModel
  const suggestions = suggest(text, {
    minConfidence,
    created: new Date(),
    ...(hedgeModel === undefined ? {} : { hedgeModel }),
  })
  const { file: merged, added, skipped } = mergeSuggestions(file, suggestions)
  const serialized = serializeAnnotationFile(merged)
  if (output === undefined) context.stdout.write(serialized)
  else await writeAtomic(output, serialized, context.cwd)
  const byKind = new Map<string, number>()
  const addedIds = new Set(added)
  for (const annotation of merged.annotations) {
    if (addedIds.has(annotation.id))
      byKind.set(annotation.kind, (byKind.get(annotation.kind) ?? 0) + 1)
  }
  const counts = [...byKind].map(([kind, count]) => `${count} ${kind}`).join(', ')
  context.stderr.write(
    `${added.length} suggestions added (${counts || 'none'}); ${skipped.length} already annotated\n`,
  )
  return exitCodes.ok
}

/** `scholion suggest`: draft figures, hedges, speakers and attributed claims. */
export const suggestCommand: Command = {
  name: 'suggest',
  summary: 'draft figures, hedges, speakers and attributed claims for review',
  help,
  options: {
    output: { type: 'string', short: 'o' },
    'min-confidence': { type: 'string' },
    'learned-hedges': { type: 'boolean' },
    'no-learned-hedges': { type: 'boolean' },
  },
  arity: [1, 2],
  run: runSuggest,
}
