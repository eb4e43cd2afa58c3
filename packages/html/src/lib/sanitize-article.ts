import type { Element, Nodes, Root, RootContent } from 'hast'
import type { Schema } from 'hast-util-sanitize'
import { defaultSchema, sanitize } from 'hast-util-sanitize'
import { readingText } from './reading-text.js'

/** Prefix added to the article's own `id`/`name` values (as GitHub does) unless present. */
const clobberPrefix = 'user-content-'

/**
 * The article schema: GitHub's, except that nothing is stripped with its content (a
 * disallowed element is replaced by its children, so every text node survives and the
 * reading text is kept) and `id`s are prefixed by {@link sanitizeArticle} only when not yet
 * prefixed (footnote ids from mdast-util-to-hast already are); `aria-describedby` and
 * `aria-labelledby` references are prefixed the same way, so they still point at their ids.
 */
const articleSchema: Schema = {
  ...defaultSchema,
  strip: [],
  clobber: [],
  clobberPrefix: '',
}

/**
 * Sanitizes an article tree without losing text: dangerous elements are unwrapped,
 * dangerous attributes and `javascript:`/`data:` URLs removed, comments and raw HTML
 * dropped. Returns a new tree; the input is not mutated.
 *
 * Throws a `RangeError` if the reading text changed (it cannot with the schema above; the
 * check guards the contract against a future schema change). `before` is the tree's
 * reading text, when the caller has it already.
 *
 * @example
 * ```ts
 * const clean = sanitizeArticle(tree)
 * ```
 */
export function sanitizeArticle(tree: Root, before: string = readingText(tree)): Root {
  const result = sanitize(tree, articleSchema)
  const root: Root =
    result.type === 'root' ? result : { type: 'root', children: [result as RootContent] }
  const clean = prefixIds(root) as Root
  const after = readingText(clean)
  if (before !== after) {
    throw new RangeError(
      `Unexpected change of the reading text while sanitizing (${before.length} → ${after.length} characters), expected none`,
    )
  }
  return clean
}

function prefixIds(node: Nodes): Nodes {
  if (node.type === 'element') {
    const properties = { ...node.properties }
    for (const key of ['id', 'name'] as const) {
      const value = properties[key]
      if (typeof value === 'string' && !value.startsWith(clobberPrefix)) {
        properties[key] = clobberPrefix + value
      }
    }
    // References to ids (footnote references point at `footnote-label`) follow the ids.
    for (const key of ['ariaDescribedBy', 'ariaLabelledBy'] as const) {
      const value: unknown = properties[key]
      const tokens = Array.isArray(value)
        ? value
        : typeof value === 'string'
          ? value.split(/\s+/)
          : []
      if (tokens.length > 0) {
        properties[key] = tokens.map((token: unknown) => {
          const id = String(token)
          return id.startsWith(clobberPrefix) ? id : clobberPrefix + id
        })
      }
    }
    const element: Element = {
      ...node,
      properties,
      children: node.children
        // An image whose URL was unsafe has no `src` left: drop it (it has no text).
        .filter(
          (child) =>
            !(child.type === 'element' && child.tagName === 'img' && !child.properties.src),
        )
        .map((child) => prefixIds(child) as Element['children'][number]),
    }
    return element
  }
  if (node.type === 'root') {
    return {
      ...node,
      children: node.children
        .filter(
          (child) =>
            !(child.type === 'element' && child.tagName === 'img' && !child.properties.src),
        )
        .map((child) => prefixIds(child) as RootContent),
    }
  }
  return node
}
