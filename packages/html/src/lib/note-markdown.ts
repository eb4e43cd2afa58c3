import { parseMarkdown } from '@scholion/core'
import type { Element, ElementContent, Nodes, Root } from 'hast'
import type { Schema } from 'hast-util-sanitize'
import { defaultSchema, sanitize } from 'hast-util-sanitize'
import { toHast } from 'mdast-util-to-hast'

/** URL schemes allowed in note links: no `javascript:`, no `data:`, no `vbscript:`. */
const safeProtocols = ['http', 'https', 'mailto']

/**
 * The note schema: GitHub's, minus images (they would make requests) and minus `id`/`name`
 * (notes live many to a page), with only web and mail links.
 */
const noteSchema: Schema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((name) => name !== 'img' && name !== 'input'),
  protocols: { href: safeProtocols, cite: safeProtocols },
  clobber: [],
  clobberPrefix: '',
  attributes: {
    ...defaultSchema.attributes,
    '*': (defaultSchema.attributes?.['*'] ?? []).filter(
      (attribute) => attribute !== 'id' && attribute !== 'name',
    ),
  },
}

/** The last body rendered and its sanitized tree (headings not yet shifted). */
let last: { readonly markdown: string; readonly root: Root } | undefined

/**
 * Renders a note body written in Markdown (CommonMark + GFM) to sanitized hast: raw HTML is
 * dropped, links keep only `http:`, `https:` and `mailto:` URLs (so `javascript:` and
 * `data:` are removed), images become their alt text, and headings are shifted down to
 * start at `headingLevel` so they fit under the note's own heading.
 *
 * @example
 * ```ts
 * noteMarkdown('See [the archive](https://example.org).', 4)
 * ```
 */
export function noteMarkdown(markdown: string, headingLevel: number): ElementContent[] {
  // A note's title (its first words) and its body both come from the same Markdown,
  // one right after the other: remember the last one instead of parsing it twice.
  // shiftHeadings copies every parent, so callers never share a mutable node.
  if (last?.markdown !== markdown) last = { markdown, root: sanitizedTree(markdown) }
  return shiftHeadings(last.root, headingLevel).children as ElementContent[]
}

function sanitizedTree(markdown: string): Root {
  // GFM only where the body could use it: same tree, much cheaper per note.
  const hast = toHast(parseMarkdown(markdown), { allowDangerousHtml: false }) as Nodes
  const withAlt = imagesToText(hast)
  const clean = sanitize(withAlt, noteSchema)
  return clean.type === 'root' ? clean : { type: 'root', children: [] }
}

/** Replaces `img` elements by a text node with their alt text. */
function imagesToText<T extends Nodes>(node: T): T {
  if (!('children' in node)) return node
  const children = node.children.map((child) => {
    if (child.type === 'element' && child.tagName === 'img') {
      const alt = child.properties.alt
      return { type: 'text' as const, value: typeof alt === 'string' ? alt : '' }
    }
    return imagesToText(child)
  })
  return { ...node, children }
}

/** Moves `h1`…`h6` so that `h1` becomes `h{level}` (capped at `h6`). */
function shiftHeadings<T extends Nodes>(node: T, level: number): T {
  if (!('children' in node)) return node
  const children = node.children.map((child) => shiftHeadings(child, level))
  if (node.type === 'element') {
    const match = /^h([1-6])$/.exec(node.tagName)
    if (match) {
      const shifted = Math.min(6, Number(match[1]) + level - 1)
      return { ...node, tagName: `h${shifted}`, children } as Element as T
    }
  }
  return { ...node, children }
}
