import { type AnnotationFile, createAnchorer, formatProblem, loadDocument } from '@scholion/core'
import type { Arguments, Command } from '../lib/command.js'
import type { Context } from '../lib/context.js'
import { type ExitCode, exitCodes } from '../lib/exit-codes.js'
import { readInput, writeAtomic } from '../lib/io.js'
import { loadInputs } from '../lib/load-inputs.js'
import { applyResolutions, resolveFileSpans } from '../lib/resolve-spans.js'

const help = `Usage: scholion render <article> [annotations.json] [-o <out.html>] [--fragment] [--title <title>]

Renders an annotated HTML edition of the article.

Every span is resolved first (see \`scholion reanchor\`): spans found in the
article are highlighted where they are now; ambiguous and orphaned spans are
listed in the edition's "Unanchored" section with their quote, and a warning says
how many. Without an annotation file, the article is rendered alone.

The output is one standalone page (CSS and script inline, a Content-Security-
Policy, no external requests; it works offline and from file://) or, with
--fragment, only the edition element for embedding.

Options:
  -o, --output <file>  where to write the HTML (atomically); default: stdout
  --fragment           the edition element only, not a whole page
  --title <title>      the page title (default: the file's document title)
  -h, --help           show this help

Exit codes: 0 rendered with every span anchored; 1 rendered with unanchored
spans (listed in the edition), or an input is invalid; 2 for usage errors.`

async function runRender(args: Arguments, context: Context): Promise<ExitCode> {
  const [articlePath, annotationsPath] = args.positionals as [string, string | undefined]
  const output = args.values.output as string | undefined
  const title = args.values.title as string | undefined

  let document: ReturnType<typeof loadDocument>
  let file: AnnotationFile | undefined
  if (annotationsPath === undefined) {
    const article = await readInput(articlePath, context.cwd)
    document = loadDocument(article.text, { file: article.path })
  } else {
    const inputs = await loadInputs(articlePath, annotationsPath, context.cwd, {
      checkRanges: false,
    })
    const errors = inputs.problems.filter((problem) => problem.severity === 'error')
    if (errors.length > 0) {
      for (const problem of inputs.problems) context.stderr.write(`${formatProblem(problem)}\n`)
      context.stderr.write(
        `scholion render: ${annotationsPath} has ${errors.length} ${errors.length === 1 ? 'error' : 'errors'}; nothing was rendered.\n`,
      )
      return exitCodes.findings
    }
    document = inputs.document
    // Resolve first: the renderer highlights spans where they are now.
    const resolved = resolveFileSpans(inputs.file, createAnchorer(document.text))
    file = applyResolutions(inputs.file, resolved)
  }

  // Loaded on use, not at start-up (commands that do not render start faster).
  const { renderEditionWithReport } = await import('@scholion/html')
  const { html, unanchoredSpans } = renderEditionWithReport(document, file, {
    fragment: args.values.fragment === true,
    ...(title === undefined ? {} : { title }),
  })
  if (output === undefined) context.stdout.write(html)
  else await writeAtomic(output, html, context.cwd)

  if (unanchoredSpans > 0) {
    context.stderr.write(
      `warning: ${unanchoredSpans} ${unanchoredSpans === 1 ? 'span' : 'spans'} could not be placed in ${articlePath}; the edition lists ${unanchoredSpans === 1 ? 'it' : 'them'} in its Unanchored section.\n`,
    )
  }
  if (output !== undefined) context.stderr.write(`Wrote ${output}.\n`)
  return unanchoredSpans === 0 ? exitCodes.ok : exitCodes.findings
}

/** `scholion render`: an annotated HTML edition. */
export const render: Command = {
  name: 'render',
  summary: 'render an annotated HTML edition (standalone page or fragment)',
  help,
  options: {
    output: { type: 'string', short: 'o' },
    fragment: { type: 'boolean' },
    title: { type: 'string' },
  },
  arity: [1, 2],
  run: runRender,
}
