import type { Element, Root, RootContent } from 'hast'
import { toHtml } from 'hast-util-to-html'
import type { RenderOptions } from './options.js'
import { toPage } from './page.js'
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

/**
 * Serializes with hast-util-to-html (raw nodes only when the caller allowed them), then
 * writes carriage returns as `&#xD;`: an HTML parser turns a literal CR into LF, and the
 * reading text must survive character for character.
 *
 * The page of a 6 MB document is about 17 M characters. hast-util-to-html joins each
 * element's children into one string, so every level of nesting above the text copies
 * the whole text again (and once a note title brings in a `“`, each copy is two bytes a
 * character): hundreds of megabytes of garbage at the peak. Here the big containers are
 * opened and closed by hand and only their small subtrees go through toHtml, into one
 * list of pieces joined once. The output is the same string: with the options used
 * (optional tags never omitted), an element's serialization depends on nothing outside
 * it except a raw-text parent (`script`, `style`) or an SVG ancestor, and the walk never
 * splits those.
 */
function serialize(tree: Root): string {
  const pieces: string[] = []
  const push = (html: string): void => {
    pieces.push(html.includes('\r') ? html.replace(/\r/g, '&#xD;') : html)
  }
  const whole = (node: RootContent): string =>
    toHtml({ type: 'root', children: [node] }, { allowDangerousHtml: true })
  const visit = (node: RootContent): void => {
    if (node.type !== 'element' || !splittable(node) || !larger(node, splitAbove)) {
      push(whole(node))
      return
    }
    // The element's own tags exactly as toHtml writes them: around a marker child.
    const shell = whole({ ...node, children: [{ type: 'raw', value: marker }] })
    const at = shell.lastIndexOf(marker)
    push(shell.slice(0, at))
    for (const child of node.children) visit(child)
    push(shell.slice(at + marker.length))
  }
  for (const child of tree.children) visit(child)
  return pieces.join('')
}

/** Elements with more descendants than this are opened by hand (see {@link serialize}). */
const splitAbove = 2000

/** Stands for an element's content while its tags are serialized; never output. */
const marker = '\u0000scholion-content\u0000'

/**
 * Elements whose children serialize the same alone as inside them, and whose tags do not
 * depend on their content: HTML elements with an element child (so their content is
 * never empty, which would make a void element self-closing), not raw text (`script`,
 * `style`: their text is not escaped), not `template` (serialized from its `content`)
 * and not `svg` (a namespace of its own).
 */
function splittable(node: Element): boolean {
  return (
    node.tagName !== 'script' &&
    node.tagName !== 'style' &&
    node.tagName !== 'template' &&
    node.tagName !== 'svg' &&
    node.children.some((child) => child.type === 'element')
  )
}

/**
 * Whether `node` has at least `limit` nodes under it (itself included), counted without
 * recursion (trees can be deep) and stopping at the limit: `visit` asks at every level,
 * so a full count would walk the big containers again and again.
 */
function larger(node: Element, limit: number): boolean {
  let count = 0
  const stack: Array<Root | RootContent> = [node]
  while (stack.length > 0) {
    const next = stack.pop() as Root | RootContent
    if (++count >= limit) return true
    if ('children' in next) for (const child of next.children) stack.push(child)
  }
  return false
}
