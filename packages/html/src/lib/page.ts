import type { Element, Root } from 'hast'
import { h } from 'hastscript'
import { display } from './notes.js'
import { editionScript } from './script.js'
import { sha256Base64 } from './sha256.js'
import { editionCss, pageCss } from './style.js'

/**
 * Options for {@link toPage}.
 *
 * @example
 * ```ts
 * import type { PageOptions } from '@scholion/html'
 *
 * const options: PageOptions = { lang: 'en', script: false }
 * ```
 */
export interface PageOptions {
  /** Language of the page (`<html lang>`). Default: `'en'`. */
  readonly lang?: string | undefined
  /** Inline the enhancement script. Default: `true`. */
  readonly script?: boolean | undefined
  /** Extra CSS after the built-in styles; must not contain `</style`. Default: `''`. */
  readonly css?: string | undefined
}

/**
 * Wraps an edition tree (from {@link toHast}) in a standalone HTML page: one file, CSS and
 * JS inline, works from `file://`, makes no external request. A Content-Security-Policy
 * `<meta>` allows only the inline style and script by their SHA-256 hashes (no
 * `unsafe-inline`), no other script, style, font, frame, object or connection, and images
 * only from `data:` URLs.
 *
 * @example
 * ```ts
 * import { toHtml } from 'hast-util-to-html'
 *
 * const html = toHtml(toPage(toHast(document, file)))
 * ```
 */
export function toPage(edition: Root, options?: PageOptions | undefined): Root {
  const extra = options?.css ?? ''
  if (/<\/style/i.test(extra)) {
    throw new RangeError('Unexpected `</style` in the `css` option, expected CSS only')
  }
  const lang = options?.lang ?? 'en'
  if (!/^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(lang)) {
    throw new RangeError(`Unexpected lang \`${lang}\`, expected a BCP 47 tag such as \`en\``)
  }
  const withScript = options?.script !== false
  const css = [pageCss, editionCss, extra].filter(Boolean).join('\n')
  const policy = [
    "default-src 'none'",
    `style-src 'sha256-${sha256Base64(css)}'`,
    `script-src ${withScript ? `'sha256-${sha256Base64(editionScript)}'` : "'none'"}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ')
  const title = documentTitle(edition)
  const head: Element = h('head', [
    h('meta', { charSet: 'utf-8' }),
    h('meta', { httpEquiv: 'Content-Security-Policy', content: policy }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('meta', { name: 'generator', content: 'Scholion' }),
    h('title', title),
    h('style', css),
  ])
  const body: Element = h('body', [
    h('main', edition.children as Element[]),
    ...(withScript ? [h('script', editionScript)] : []),
  ])
  return {
    type: 'root',
    children: [{ type: 'doctype' }, h('html', { lang }, [head, body])],
  }
}

/** The text of the edition's title heading, for `<title>`. */
function documentTitle(edition: Root): string {
  let title: string | undefined
  const visit = (node: Root | Element): void => {
    for (const child of node.children) {
      if (title !== undefined) return
      if (child.type !== 'element') continue
      const className = child.properties.className
      if (Array.isArray(className) && className.includes('scholion-title')) {
        title = child.children.map((c) => (c.type === 'text' ? c.value : '')).join('')
        return
      }
      visit(child)
    }
  }
  visit(edition)
  return display(title) ?? 'Annotated edition'
}
