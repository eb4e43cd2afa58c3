import { needsGfm, parseMarkdown } from '@scholion/core'
import type { Element, ElementContent, Nodes, Root, RootContent } from 'hast'
import type { Schema } from 'hast-util-sanitize'
import { defaultSchema, sanitize } from 'hast-util-sanitize'
import type { Root as MdastRoot, PhrasingContent } from 'mdast'
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
 * one line of plain paragraph text are parsed together, 64 to a paragraph, one per line
 * (or, when a construct joins two lines, as paragraphs of one document), and their trees
 * are split apart again with their positions made relative to their own body: the same
 * trees as parsed one by one (property tests check it). Other bodies are parsed alone.
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
 * Bodies that parse the same as lines of one paragraph: one line that starts with a
 * letter (so no block construct, no link reference definition, no continuation of the
 * line before) and does not end with a space, tab or backslash (a hard break, or
 * whitespace a line end strips), with no GFM trigger (each alone is parsed without GFM,
 * so the batch must be too).
 */
const batchable = /^[A-Za-z][^\r\n]*(?<![ \t\\])$/

/**
 * Parses bodies together, 64 to a paragraph, one body per line. Why: micromark's cost is
 * mostly per paragraph (each gets tokenizers of its own), so one-line bodies parse
 * several times faster as lines of a few paragraphs than as a paragraph each.
 *
 * Inline parsing reads a line end like the start or end of a paragraph (whitespace for
 * the flanking rules), so a body parses alone as it does inside the paragraph unless a
 * construct joins it to its neighbour: emphasis, a code span, a link or raw HTML across
 * the line end. Such a construct is a node of the paragraph crossing the line end, and
 * every body line holds no line end of its own, so: text nodes are split at their line
 * ends, and if any other node crosses one, the batch is parsed as separate paragraphs
 * instead (which is always right, only slower).
 */
function parseTogether(bodies: Iterable<string>): Map<string, Root> {
  const result = new Map<string, Root>()
  const batch: string[] = []
  const seen = new Set<string>()
  for (const body of bodies) {
    if (seen.has(body)) continue
    seen.add(body)
    if (batchable.test(body) && !needsGfm(body)) batch.push(body)
  }
  for (let from = 0; from < batch.length; from += linesPerParagraph) {
    const chunk = batch.slice(from, from + linesPerParagraph)
    if (chunk.length < 2) continue
    const paragraphs = asLines(chunk) ?? asParagraphs(chunk)
    if (paragraphs === undefined) continue
    let offset = 0
    chunk.forEach((body, index) => {
      const paragraph = relocate(paragraphs[index] as RootContent, paragraphs.lines * index, offset)
      const clean = sanitize(imagesToText({ type: 'root', children: [paragraph] }), noteSchema)
      result.set(body, clean.type === 'root' ? clean : { type: 'root', children: [] })
      offset += body.length + paragraphs.separator
    })
  }
  return result
}

/**
 * Bodies per paragraph. Not all in one: resolving emphasis splices the paragraph's
 * event list once per delimiter, which grows with the square of a paragraph's length.
 */
const linesPerParagraph = 64

/** One hast paragraph per body, and where body `i` starts: line `lines × i + 1`. */
type Batch = RootContent[] & { readonly lines: number; readonly separator: number }

/** The bodies as lines of one paragraph, or `undefined` if a construct joins two. */
function asLines(batch: readonly string[]): Batch | undefined {
  const tree = parseMarkdown(batch.join('\n'))
  const paragraph = tree.children[0]
  if (tree.children.length !== 1 || paragraph?.type !== 'paragraph') return undefined
  // Where each body ends in the joined source (its line end follows).
  const ends: number[] = []
  let end = -1
  for (const body of batch) {
    end += body.length + 1
    ends.push(end)
  }
  const perBody: PhrasingContent[][] = batch.map(() => [])
  let index = 0
  for (const child of paragraph.children) {
    const start = child.position?.start.offset
    const stop = child.position?.end.offset
    if (start === undefined || stop === undefined) return undefined
    while (start > (ends[index] as number)) index++
    if (child.type !== 'text') {
      if (stop > (ends[index] as number)) return undefined
      perBody[index]?.push(child)
      continue
    }
    // A text node: one piece per line, each within its body.
    const pieces = child.value.split('\n')
    pieces.forEach((value, piece) => {
      const line = index + piece
      const lineStart = line === 0 ? 0 : (ends[line - 1] as number) + 1
      const from = piece === 0 ? start : lineStart
      const to = piece === pieces.length - 1 ? stop : (ends[line] as number)
      if (value === '') return
      perBody[line]?.push({
        type: 'text',
        value,
        position: { start: pointAt(from, line), end: pointAt(to, line) },
      })
    })
    index += pieces.length - 1
  }
  function pointAt(offset: number, line: number) {
    const lineStart = line === 0 ? 0 : (ends[line - 1] as number) + 1
    return { line: line + 1, column: offset - lineStart + 1, offset }
  }
  const root: MdastRoot = {
    type: 'root',
    children: perBody.map((children, line) => ({
      type: 'paragraph',
      children,
      position: {
        start: pointAt(line === 0 ? 0 : (ends[line - 1] as number) + 1, line),
        end: pointAt(ends[line] as number, line),
      },
    })),
  }
  const hast = toHast(root, { allowDangerousHtml: false }) as Root
  return withLayout(hast, batch.length, 1, 1)
}

/** The bodies as paragraphs of one document, a blank line between them. */
function asParagraphs(batch: readonly string[]): Batch | undefined {
  const source = batch.join('\n\n')
  if (needsGfm(source)) return undefined
  const hast = toHast(parseMarkdown(source), { allowDangerousHtml: false }) as Root
  return withLayout(hast, batch.length, 2, 2)
}

/** The `p` elements of `hast`, if there is one per body. */
function withLayout(
  hast: Root,
  count: number,
  lines: number,
  separator: number,
): Batch | undefined {
  // to-hast puts a `\n` text node between blocks: paragraphs are the other children.
  const paragraphs = hast.children.filter((child) => child.type !== 'text')
  if (
    paragraphs.length !== count ||
    paragraphs.some((child) => child.type !== 'element' || child.tagName !== 'p')
  ) {
    return undefined
  }
  return Object.assign(paragraphs, { lines, separator })
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
