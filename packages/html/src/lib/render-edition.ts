import type { RenderOptions } from './options.js'
import { toPage } from './page.js'
import { serialize } from './serialize.js'
import { renderEditionTree } from './to-hast.js'
import type { EditionAnnotations, EditionDocument } from './types.js'

/**
 * What {@link renderEditionWithReport} returns.
 *
 * @example
 * ```ts
 * const { html, unanchoredSpans } = renderEditionWithReport(document, file)
 * ```
 */
export interface RenderReport {
  /** The HTML: a standalone page, or the edition element with `fragment: true`. */
  readonly html: string
  /** Spans listed as unanchored instead of highlighted. */
  readonly unanchoredSpans: number
}

/**
 * Renders a document and its annotations to HTML: by default a standalone page (CSS and
 * JS inline, a Content-Security-Policy with hashes, no external requests, works from
 * `file://`); with `fragment: true` only the edition element.
 *
 * @example
 * ```ts
 * import { loadDocument } from '@scholion/core'
 * import { renderEdition } from '@scholion/html'
 *
 * const document = loadDocument('More than 2,000 foreigners.', { format: 'text' })
 * const html = renderEdition(document, {
 *   annotations: [{ id: 'f1', kind: 'figure', spans: [{ start: 10, end: 15, exact: '2,000' }], value: 2000 }],
 * })
 * ```
 */
export function renderEdition(
  document: EditionDocument,
  annotations?: EditionAnnotations | undefined,
  options?: RenderOptions | undefined,
): string {
  return renderEditionWithReport(document, annotations, options).html
}

/**
 * Like {@link renderEdition}, and also reports how many spans were unanchored (what the
 * CLI warns about).
 *
 * @example
 * ```ts
 * const { html, unanchoredSpans } = renderEditionWithReport(document, file, { fragment: true })
 * ```
 */
export function renderEditionWithReport(
  document: EditionDocument,
  annotations?: EditionAnnotations | undefined,
  options?: RenderOptions | undefined,
): RenderReport {
  const { tree, unanchoredSpans } = renderEditionTree(document, annotations, options)
  const output =
    options?.fragment === true
      ? tree
      : toPage(tree, { lang: options?.lang, script: options?.script, css: options?.css })
  return { html: serialize(output), unanchoredSpans }
}
