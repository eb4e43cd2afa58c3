import { dirname, relative, resolve } from 'node:path'
import {
  type AnnotationFile,
  computeTextHash,
  formatProblem,
  loadDocument,
  type Problem,
  parseAnnotationFile,
  serializeAnnotationFile,
} from '@scholion/core'
import type { Arguments, Command } from '../lib/command.js'
import type { Context } from '../lib/context.js'
import { type ExitCode, exitCodes } from '../lib/exit-codes.js'
import { formatOption } from '../lib/format-option.js'
import { readInput, writeAtomic } from '../lib/io.js'

const formats = ['w3c', 'brat'] as const

const help = `Usage: scholion import <article> <file> --format w3c|brat [-o <out.json>]

Reads annotations made with another tool into a scholion/1 annotation file for
the article (see docs/interchange.md).

Formats:
  w3c   W3C Web Annotation JSON-LD: one Annotation, an AnnotationPage or an
        AnnotationCollection (pages embedded). Each annotation is checked
        against the model's MUST constraints (invalid ones are rejected), its
        text selectors are anchored on the article (quote first, position as a
        hint), and what Scholion cannot hold is kept in its \`w3c\` property.
  brat  a brat .ann file (offsets in code points) for the article's text

Options:
  -f, --format <format>  w3c or brat (required)
  -o, --output <file>    where to write the annotation file (atomically);
                         default: stdout
  --source <iri>         w3c: IRI of the article; targets on other resources
                         are refused (default: every text selector is taken to
                         select the article)
  --base <iri>           w3c: base IRI of ids to strip (as given to export)
  -h, --help             show this help

Every problem goes to stderr with its JSON path or line. Exit codes: 0 when
everything was imported (warnings aside); 1 when something was rejected as
invalid (what could be imported is still written) or nothing could be read;
2 for usage errors.`

async function runImport(args: Arguments, context: Context): Promise<ExitCode> {
  const [articlePath, inputPath] = args.positionals as [string, string]
  const format = formatOption(args.values.format, formats)
  const output = args.values.output as string | undefined
  const article = await readInput(articlePath, context.cwd)
  const document = loadDocument(article.text, { file: article.path })
  const input = await readInput(inputPath, context.cwd)
  // Loaded on use, not at start-up (commands that do not need it start faster).
  const { fromBrat, fromW3c } = await import('@scholion/interchange')

  let imported: AnnotationFile | undefined
  let problems: readonly Problem[]
  let summary: string
  if (format === 'w3c') {
    const result = fromW3c(input.text, document.text, {
      file: inputPath,
      ...(typeof args.values.source === 'string' ? { source: args.values.source } : {}),
      ...(typeof args.values.base === 'string' ? { base: args.values.base } : {}),
    })
    imported = result.file
    problems = result.problems
    summary = `Imported ${result.imported} ${result.imported === 1 ? 'annotation' : 'annotations and relations'}; refused or rejected ${result.refused}.`
  } else {
    const result = fromBrat(input.text, document.text, { file: inputPath })
    imported = result.file
    problems = result.problems
    summary = `Imported ${result.file.annotations.length} annotations and ${result.file.relations?.length ?? 0} relations.`
  }
  for (const problem of problems) context.stderr.write(`${formatProblem(problem)}\n`)
  const errors = problems.filter((problem) => problem.severity === 'error').length

  if (imported === undefined || (imported.annotations.length === 0 && errors > 0)) {
    context.stderr.write(
      `scholion import: nothing to import from ${inputPath}. Nothing was written.\n`,
    )
    return exitCodes.findings
  }

  // Record which text the annotations are anchored on.
  const source =
    output === undefined
      ? articlePath
      : relative(dirname(resolve(context.cwd, output)), article.absolute) || articlePath
  const file = {
    ...imported,
    document: { ...imported.document, source, textHash: await computeTextHash(document.text) },
  } as AnnotationFile
  const json = serializeAnnotationFile(file)
  // What was written must load: report anything the format itself objects to.
  const check = parseAnnotationFile(json, { file: output ?? '<stdout>', text: document.text })
  const checkErrors = check.problems.filter((problem) => problem.severity === 'error')
  for (const problem of checkErrors) context.stderr.write(`${formatProblem(problem)}\n`)

  if (output === undefined) context.stdout.write(json)
  else await writeAtomic(output, json, context.cwd)
  context.stderr.write(`${summary}${output === undefined ? '' : ` Written to ${output}.`}\n`)
  return errors + checkErrors.length > 0 ? exitCodes.findings : exitCodes.ok
}

/** `scholion import`: W3C Web Annotation or brat into a scholion/1 file. */
export const importCommand: Command = {
  name: 'import',
  summary: 'read W3C Web Annotation or brat annotations into a scholion/1 file',
  help,
  options: {
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
    source: { type: 'string' },
    base: { type: 'string' },
  },
  arity: [2, 2],
  run: runImport,
}
