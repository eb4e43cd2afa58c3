import { formatProblem, type Problem } from '@scholion/core'
import type { toW3c } from '@scholion/interchange'
import type { Arguments, Command } from '../lib/command.js'
import type { Context } from '../lib/context.js'
import { UsageError } from '../lib/errors.js'
import { type ExitCode, exitCodes } from '../lib/exit-codes.js'
import { formatOption } from '../lib/format-option.js'
import { writeAtomic } from '../lib/io.js'
import { loadInputs } from '../lib/load-inputs.js'

const formats = ['w3c', 'tei', 'brat', 'csv', 'jsonl'] as const
type Format = (typeof formats)[number]

const help = `Usage: scholion export <article> <annotations.json> --format <format> [-o <out>]

Converts an annotation file to another tool's format (see docs/interchange.md).

Formats:
  w3c    W3C Web Annotation (JSON-LD): an AnnotationCollection with its pages
         embedded; positions in Unicode code points
  tei    TEI P5: the text and a <standOff> with the annotations
  brat   brat standoff: <out>.txt and <out>.ann (offsets in code points);
         without -o, the .ann on stdout
  csv    one row per span (RFC 4180; cells starting with = + - @ are prefixed
         with ' so spreadsheets do not run them as formulas)
  jsonl  JSON Lines: one object per span

Options:
  -f, --format <format>  one of: ${formats.join(', ')} (required)
  -o, --output <file>    where to write (atomically); default: stdout
  --base <iri>           w3c: base IRI of ids (default urn:scholion:<text hash>/)
  --source <iri>         w3c: IRI of the article (default document.url, else <base>text)
  --page-size <n>        w3c: annotations per page (default 100)
  --no-formula-guard     csv: write cells as they are (for pandas or R only)
  -h, --help             show this help

Exit codes: 0 when written; 1 when the annotation file has errors (nothing is
written) or an input cannot be read; 2 for usage errors.`

async function runExport(args: Arguments, context: Context): Promise<ExitCode> {
  const [articlePath, annotationsPath] = args.positionals as [string, string]
  const format = formatOption(args.values.format, formats)
  const output = args.values.output as string | undefined
  const pageSizeValue = args.values['page-size'] as string | undefined
  const pageSize = pageSizeValue === undefined ? undefined : Number(pageSizeValue)
  if (pageSize !== undefined && !(Number.isInteger(pageSize) && pageSize >= 1)) {
    throw new UsageError(`Unexpected --page-size \`${pageSizeValue}\`, expected an integer >= 1`)
  }

  const { document, file, problems } = await loadInputs(articlePath, annotationsPath, context.cwd)
  for (const problem of problems) context.stderr.write(`${formatProblem(problem)}\n`)
  const errors = problems.filter((problem) => problem.severity === 'error').length
  if (errors > 0) {
    context.stderr.write(
      `scholion export: ${annotationsPath} has ${errors} ${errors === 1 ? 'error' : 'errors'}; fix ${errors === 1 ? 'it' : 'them'} first. Nothing was written.\n`,
    )
    return exitCodes.findings
  }
  // Loaded on use, not at start-up (commands that do not need it start faster).
  const { toBrat, toCsv, toJsonl, toTei, toW3c } = await import('@scholion/interchange')
  const text = document.text
  const warnings: Problem[] = []
  const files: { path: string | undefined; data: string }[] = []

  switch (format as Format) {
    case 'w3c': {
      let collection: ReturnType<typeof toW3c>
      try {
        collection = toW3c(file, text, {
          ...(typeof args.values.base === 'string' ? { base: args.values.base } : {}),
          ...(typeof args.values.source === 'string' ? { source: args.values.source } : {}),
          ...(pageSize === undefined ? {} : { pageSize }),
        })
      } catch (error) {
        if (error instanceof RangeError) throw new UsageError(error.message)
        throw error
      }
      files.push({ path: output, data: `${JSON.stringify(collection, null, 2)}\n` })
      break
    }
    case 'tei': {
      const { xml, problems: teiProblems } = toTei(file, text)
      warnings.push(...teiProblems)
      files.push({ path: output, data: xml })
      break
    }
    case 'brat': {
      const { txt, ann, problems: bratProblems } = toBrat(file, text)
      warnings.push(...bratProblems)
      if (output === undefined) files.push({ path: undefined, data: ann })
      else {
        const stem = output.replace(/\.(?:ann|txt)$/, '')
        files.push({ path: `${stem}.txt`, data: txt }, { path: `${stem}.ann`, data: ann })
      }
      break
    }
    case 'csv':
      files.push({
        path: output,
        data: toCsv(file, text, { guardFormulas: args.values['no-formula-guard'] !== true }),
      })
      break
    case 'jsonl':
      files.push({ path: output, data: toJsonl(file, text) })
      break
  }

  for (const warning of warnings) {
    context.stderr.write(`${formatProblem({ ...warning, file: annotationsPath })}\n`)
  }
  for (const { path, data } of files) {
    if (path === undefined) context.stdout.write(data)
    else await writeAtomic(path, data, context.cwd)
  }
  const written = files.flatMap((entry) => (entry.path === undefined ? [] : [entry.path]))
  if (written.length > 0) {
    context.stderr.write(
      `Exported ${file.annotations.length} annotations and ${file.relations?.length ?? 0} relations as ${format} to ${written.join(' and ')}.\n`,
    )
  }
  return exitCodes.ok
}

/** `scholion export`: an annotation file to W3C, TEI, brat, CSV or JSON Lines. */
export const exportCommand: Command = {
  name: 'export',
  summary: 'convert annotations to W3C Web Annotation, TEI, brat, CSV or JSON Lines',
  help,
  options: {
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
    base: { type: 'string' },
    source: { type: 'string' },
    'page-size': { type: 'string' },
    'no-formula-guard': { type: 'boolean' },
  },
  arity: [2, 2],
  run: runExport,
}
