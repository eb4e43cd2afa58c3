import type { Root } from 'hast'
import type { ToHastOptions } from './options.js'
import type { PageOptions } from './page.js'
import { toPage } from './page.js'
import { toHast } from './to-hast.js'
import type { EditionAnnotations } from './types.js'

/**
 * Options for {@link rehypeScholion}.
 *
 * @example
 * ```ts
 * import type { RehypeScholionOptions } from '@scholion/html'
 *
 * const options: RehypeScholionOptions = { annotations: { annotations: [] }, page: true }
 * ```
 */
export interface RehypeScholionOptions extends ToHastOptions, PageOptions {
  /** The annotations (a `scholion/1` file fits). Default: none (an edition without notes). */
  readonly annotations?: EditionAnnotations | undefined
  /**
   * Return a standalone page (doctype, `<html>`, inline CSS/JS, CSP) instead of the
   * edition element. Default: `false`.
   */
  readonly page?: boolean | undefined
}

/**
 * Rehype plugin: turns the article tree in the pipeline into an annotated edition. The
 * tree's text must be the reading text the annotations' offsets refer to, i.e. the same
 * tree `@scholion/core`'s `loadDocument` makes (remark-parse, remark-gfm,
 * mdast-util-to-hast defaults). Serialize with `rehype-stringify` (set
 * `allowDangerousHtml` there too only if you allowed raw HTML here).
 *
 * @example
 * ```ts
 * import { unified } from 'unified'
 * import remarkParse from 'remark-parse'
 * import remarkRehype from 'remark-rehype'
 * import rehypeStringify from 'rehype-stringify'
 * import { rehypeScholion } from '@scholion/html'
 *
 * const html = await unified()
 *   .use(remarkParse)
 *   .use(remarkRehype)
 *   .use(rehypeScholion, { annotations: file, page: true })
 *   .use(rehypeStringify)
 *   .process(markdown)
 * ```
 */
export function rehypeScholion(options?: RehypeScholionOptions | undefined) {
  return (tree: Root): Root => {
    const edition = toHast({ hast: tree }, options?.annotations, options)
    return options?.page === true ? toPage(edition, options) : edition
  }
}
