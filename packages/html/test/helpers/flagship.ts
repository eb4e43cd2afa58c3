import { readFileSync } from 'node:fs'
import type { AnnotationFile, ScholionDocument } from '@scholion/core'
import { createAnchorer, loadDocument, parseAnnotationFile } from '@scholion/core'
import type { EditionAnnotations } from '../../src/index.js'

const example = new URL('../../../../examples/gulag-1992/', import.meta.url)

/**
 * The flagship edition (examples/gulag-1992) as `scholion render` sees it: the article
 * loaded with core's `loadDocument`, the annotation file parsed with
 * `parseAnnotationFile`, and every span resolved with core's anchorer, its verdict kept
 * nested in `anchor` as `scholion/1` has it. The file goes to the renderer as is.
 */
export function flagshipEdition(): { document: ScholionDocument; file: AnnotationFile } {
  const article = readFileSync(new URL('article.txt', example), 'utf8')
  const json = readFileSync(new URL('article.scholion.json', example), 'utf8')
  const document = loadDocument(article, { file: 'article.txt' })
  const parsed = parseAnnotationFile(json, { text: document.text })
  const errors = parsed.problems.filter((problem) => problem.severity === 'error')
  if (parsed.file === undefined || errors.length > 0) {
    throw new Error(`The flagship annotation file does not parse: ${JSON.stringify(errors)}`)
  }
  const anchorer = createAnchorer(document.text)
  const file: AnnotationFile = {
    ...parsed.file,
    annotations: parsed.file.annotations.map((annotation) => ({
      ...annotation,
      spans: annotation.spans.map((span) => {
        const result = anchorer.resolve({
          start: span.start,
          end: span.end,
          exact: span.exact,
          prefix: span.prefix ?? '',
          suffix: span.suffix ?? '',
        })
        const placed = result.status !== 'orphan' && result.status !== 'ambiguous'
        return {
          ...span,
          ...(placed ? { start: result.selector.start, end: result.selector.end } : {}),
          anchor: { status: result.status, score: result.score },
        }
      }),
    })),
  }
  return { document, file }
}

/** Core's annotation file is the renderer's input as it is, without a cast. */
export const flagshipAsInput: (file: AnnotationFile) => EditionAnnotations = (file) => file
