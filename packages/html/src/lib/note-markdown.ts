import { needsGfm, parseMarkdown } from '@scholion/core'
import type { Element, ElementContent, Nodes, Root, RootContent } from 'hast'
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
  const ready = prepared?.get(markdown)
  if (ready !== undefined) return shiftHeadings(ready, headingLevel).children as ElementContent[]
  if (last?.markdown !== markdown) last = { markdown, root: sanitizedTree(markdown) }
  return shiftHeadings(last.root, headingLevel).children as ElementContent[]
}

/** Note bodies parsed ahead by {@link withNoteBodies}; set only while it runs. */
let prepared: ReadonlyMap<string, Root> | undefined

/**
 * Runs `render` with the given note bodies parsed ahead, so that {@link noteMarkdown}
 * finds them ready. Why: a parse has a fixed cost (the parser is set up anew each time)
 * that dominates for short bodies — 10,000 notes cost most of a second. Bodies that are
 * one line of plain paragraph text are parsed together, as paragraphs of one document,
 * and their trees are split apart again with their positions made relative to their own
 * body: the same trees as parsed one by one (a property test checks it). Other bodies
 * are parsed alone, as before.
 *
 * @example
 * ```ts
 * const notes = withNoteBodies(bodies, () => planned.map((p) => renderNote(p, context)))
 * ```
 */
export function withNoteBodies<T>(bodies: Iterable<string>, render: () => T): T {
  const previous = prepared
  prepared = parseTogether(bodies)
  try {
    return render()
  } finally {
    prepared = previous
  }
}

/**
 * Bodies that parse the same as paragraphs of a larger document: one line that starts
 * with a letter (so no block construct, no link reference definition, no continuation of
 * the paragraph before) and does not end with a space, tab or backslash (a paragraph's
 * end would strip or keep them differently), with no GFM trigger (each alone is parsed
 * without GFM, so the batch must be too).
 */
const batchable = /^[A-Za-z][^\r\n]*(?<![ \t\\])$/

function parseTogether(bodies: Iterable<string>): Map<string, Root> {
  const result = new Map<string, Root>()
  const batch: string[] = []
  const seen = new Set<string>()
  for (const body of bodies) {
    if (seen.has(body)) continue
    seen.add(body)
    if (batchable.test(body) && !needsGfm(body)) batch.push(body)
  }
  if (batch.length < 2) return result
  // A blank line between bodies: each is a paragraph of its own.
  const source = batch.join('\n\n')
  if (needsGfm(source)) return result
  const hast = toHast(parseMarkdown(source), { allowDangerousHtml: false }) as Root
  // to-hast puts a `\n` text node between blocks: paragraphs are the even children.
  const paragraphs = hast.children.filter((child) => child.type !== 'text')
  if (
    paragraphs.length !== batch.length ||
    paragraphs.some((child) => child.type !== 'element' || child.tagName !== 'p')
  ) {
    return result
  }
  let offset = 0
  batch.forEach((body, index) => {
    // Body `index` is on line 2 × index + 1, from `offset`; alone it is on line 1 from 0.
    const paragraph = relocate(paragraphs[index] as RootContent, 2 * index, offset)
    const clean = sanitize(imagesToText({ type: 'root', children: [paragraph] }), noteSchema)
    result.set(body, clean.type === 'root' ? clean : { type: 'root', children: [] })
    offset += body.length + 2
  })
  return result
}

/** A copy of `node` with every position moved up `lines` lines and back `offset` characters. */
function relocate<T extends Nodes>(node: T, lines: number, offset: number): T {
  const copy = { ...node }
  const position = node.position
  if (position !== undefined) {
    copy.position = {
      start: movePoint(position.start, lines, offset),
      end: movePoint(position.end, lines, offset),
    }
  }
  if ('children' in node && 'children' in copy) {
    ;(copy as { children: Nodes[] }).children = node.children.map((child) =>
      relocate(child, lines, offset),
    )
  }
  return copy
}

/** A place in a source, as hast positions hold it. */
type Point = NonNullable<Nodes['position']>['start']

function movePoint(point: Point, lines: number, offset: number): Point {
  const moved: Point = { ...point, line: point.line - lines }
  if (point.offset !== undefined) moved.offset = point.offset - offset
  return moved
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
