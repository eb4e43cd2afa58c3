import type { Element, ElementContent, Properties, Root, RootContent, Text } from 'hast'
import type { Plan, PlannedAnnotation, PlannedSpan } from './plan.js'
import { compareStrings } from './plan.js'

/**
 * Elements whose content model allows no inline element (text directly inside them can
 * only be inter-element whitespace), and raw-text or escapable raw-text elements, where a
 * `<mark>` would become literal text. Text directly in them is never highlighted.
 */
export const noInline: ReadonlySet<string> = new Set([
  'colgroup',
  'datalist',
  'dl',
  'frameset',
  'head',
  'hgroup',
  'html',
  'iframe',
  'menu',
  'noembed',
  'noframes',
  'noscript',
  'ol',
  'optgroup',
  'option',
  'picture',
  'plaintext',
  'script',
  'select',
  'style',
  'table',
  'tbody',
  'template',
  'textarea',
  'tfoot',
  'thead',
  'title',
  'tr',
  'ul',
  'xmp',
])

/** Interactive elements: a note reference link must not be nested in one. */
const interactive = new Set(['a', 'button', 'details', 'label', 'select', 'summary', 'textarea'])

/** One highlighted range: an anchored span of an annotation, with its nesting rank. */
interface Range {
  readonly planned: PlannedAnnotation
  readonly span: PlannedSpan
  readonly start: number
  readonly end: number
  /** Nesting order: start ascending, end descending, annotation id. Lower is outer. */
  rank: number
  /** Fragments made so far (the first gets the span's element id). */
  fragments: number
  /** Where its last fragment with visible text is, for the note reference. */
  last: Placement | undefined
  /** Where its last fragment of any kind is (fallback). */
  lastAny: Placement | undefined
}

/** A place in the new tree: insert after `node` in `siblings`. */
interface Placement {
  readonly siblings: ElementContent[]
  readonly node: ElementContent
}

/** What {@link highlight} reports besides the tree. */
export interface HighlightResult {
  /** The article with highlights, a new tree. */
  readonly tree: Root
  /** Spans that produced no fragment (only unmarkable whitespace), by annotation id. */
  readonly invisible: ReadonlyMap<string, number>
}

/**
 * Splits the text nodes of `tree` at every annotation boundary in one sweep over the sorted
 * boundaries, and wraps the pieces in `<mark>` elements nested in a stable order (start
 * ascending, end descending, id). The article's own elements are never restructured:
 * highlights split at their edges. Text where HTML allows no inline element (directly in
 * `ul`, `table`, …) is left unwrapped. After the last visible fragment of each span comes an
 * empty reference link to its note (its number is CSS-generated, so it adds no text).
 *
 * The input tree is not mutated.
 *
 * @example
 * ```ts
 * const { tree } = highlight(article, plan, 'scholion-')
 * ```
 */
export function highlight(tree: Root, plan: Plan): HighlightResult {
  const ranges: Range[] = []
  for (const planned of [...plan.setAside, ...plan.anchored]) {
    for (const span of planned.spans) {
      ranges.push({
        planned,
        span,
        start: span.start,
        end: span.end,
        rank: 0,
        fragments: 0,
        last: undefined,
        lastAny: undefined,
      })
    }
  }
  ranges.sort(
    (a, b) =>
      a.start - b.start ||
      b.end - a.end ||
      compareStrings(a.planned.annotation.id, b.planned.annotation.id) ||
      a.span.order - b.span.order,
  )
  ranges.forEach((range, index) => {
    range.rank = index
  })

  // Sorted, unique boundaries.
  const boundaryList: number[] = []
  for (const range of ranges) boundaryList.push(range.start, range.end)
  boundaryList.sort((a, b) => a - b)
  const boundaries: number[] = []
  for (const value of boundaryList) {
    if (boundaries[boundaries.length - 1] !== value) boundaries.push(value)
  }

  // Sweep state.
  let offset = 0
  let nextBoundary = 0
  let nextRange = 0
  let active: Range[] = []

  /** Brings `active` to the ranges covering the piece that starts at `position`. */
  const advance = (position: number): void => {
    // `active` is replaced, never mutated: earlier pieces keep their own list.
    let next: Range[] | undefined
    for (const range of active) {
      if (range.end <= position) {
        next = active.filter((candidate) => candidate.end > position)
        break
      }
    }
    // Ranges enter in rank order, so appending keeps the list sorted by rank; set-aside
    // passages (boilerplate) go before all highlights, so hiding them hides what is inside.
    while (nextRange < ranges.length && (ranges[nextRange] as Range).start <= position) {
      const range = ranges[nextRange] as Range
      if (range.end > position) {
        next ??= active.slice()
        if (range.planned.setAside === undefined) next.push(range)
        else {
          let at = 0
          while (at < next.length && (next[at] as Range).planned.setAside !== undefined) at++
          next.splice(at, 0, range)
        }
      }
      nextRange++
    }
    if (next !== undefined) active = next
  }

  const visitChildren = (
    children: ReadonlyArray<RootContent>,
    parentName: string | undefined,
    insideInteractive: Placement | undefined,
    out: ElementContent[],
  ): void => {
    for (const child of children) {
      if (child.type === 'text') {
        visitText(child, parentName, insideInteractive, out)
      } else if (child.type === 'element') {
        const copy: Element = { ...child, children: [] }
        out.push(copy)
        const placement =
          insideInteractive ??
          (interactive.has(child.tagName) ? { siblings: out, node: copy } : undefined)
        visitChildren(child.children, child.tagName, placement, copy.children)
        // `template` content (in `content`) is inert; it is kept as is.
      } else if (child.type === 'doctype') {
        // A doctype inside an article is meaningless; drop it.
      } else {
        out.push(child as ElementContent)
      }
    }
  }

  const visitText = (
    node: Text,
    parentName: string | undefined,
    insideInteractive: Placement | undefined,
    out: ElementContent[],
  ): void => {
    const start = offset
    const end = start + node.value.length
    offset = end
    if (node.value.length === 0) {
      out.push(node)
      return
    }
    // Boundaries strictly inside this text node.
    while (nextBoundary < boundaries.length && (boundaries[nextBoundary] as number) <= start) {
      nextBoundary++
    }
    const cuts: number[] = [start]
    while (nextBoundary < boundaries.length && (boundaries[nextBoundary] as number) < end) {
      cuts.push(boundaries[nextBoundary] as number)
      nextBoundary++
    }
    cuts.push(end)

    const markable = parentName === undefined || !noInline.has(parentName)
    const pieces: Piece[] = []
    for (let index = 0; index < cuts.length - 1; index++) {
      const from = cuts[index] as number
      const to = cuts[index + 1] as number
      advance(from)
      pieces.push({
        value: node.value.slice(from - start, to - start),
        active: markable ? active : [],
      })
    }
    if (pieces.length === 1 && (pieces[0] as Piece).active.length === 0) {
      out.push(node)
      return
    }
    build(pieces, 0, out, insideInteractive)
  }

  const build = (
    pieces: ReadonlyArray<Piece>,
    depth: number,
    out: ElementContent[],
    insideInteractive: Placement | undefined,
  ): void => {
    let index = 0
    while (index < pieces.length) {
      const piece = pieces[index] as Piece
      const range = piece.active[depth]
      if (range === undefined) {
        let value = piece.value
        index++
        while (index < pieces.length && (pieces[index] as Piece).active.length <= depth) {
          value += (pieces[index] as Piece).value
          index++
        }
        out.push({ type: 'text', value })
        continue
      }
      let stop = index + 1
      while (stop < pieces.length && (pieces[stop] as Piece).active[depth] === range) stop++
      const mark = fragment(range, insideInteractive === undefined)
      out.push(mark)
      build(pieces.slice(index, stop), depth + 1, mark.children, insideInteractive)
      const placement = insideInteractive ?? { siblings: out, node: mark }
      range.lastAny = placement
      if (
        /\S/.test(
          pieces
            .slice(index, stop)
            .map((p) => p.value)
            .join(''),
        )
      )
        range.last = placement
      index = stop
    }
  }

  const fragment = (range: Range, focusable: boolean): Element => {
    const { planned, span } = range
    if (planned.setAside !== undefined) {
      // Not a highlight: a plain span the stylesheet hides, dims or leaves as it is.
      const properties: Properties = {
        className: ['scholion-aside', `scholion-aside-${planned.setAside}`],
        dataAnnotations: planned.annotation.id,
      }
      if (range.fragments === 0) properties.id = span.elementId
      range.fragments++
      return { type: 'element', tagName: 'span', properties, children: [] }
    }
    const properties: Properties = {
      className: ['scholion-mark', `scholion-kind-${planned.kind.token}`],
      dataAnnotations: planned.annotation.id,
      ariaDetails: planned.ids.note,
    }
    if (planned.draft) properties.dataStatus = 'draft'
    if (range.fragments === 0) {
      properties.id = span.elementId
      // Focus target for keyboard navigation, except inside a link or other control,
      // where HTML allows no `tabindex` (the script focuses the control instead).
      if (focusable) properties.tabIndex = -1
      properties.dataScholionStart = ''
    }
    range.fragments++
    return { type: 'element', tagName: 'mark', properties, children: [] }
  }

  const children: RootContent[] = []
  visitChildren(tree.children, undefined, undefined, children as ElementContent[])

  // Note references after the last visible fragment of each span, in rank order.
  const invisible = new Map<string, number>()
  const refsAfter = new Map<ElementContent, Element[]>()
  const siblingsOf = new Map<ElementContent, ElementContent[]>()
  for (const range of ranges) {
    // Set-aside passages get no note reference (and no numbered note).
    if (range.planned.setAside !== undefined) continue
    const placement = range.last ?? range.lastAny
    if (placement === undefined) {
      const id = range.planned.annotation.id
      invisible.set(id, (invisible.get(id) ?? 0) + 1)
      continue
    }
    const list = refsAfter.get(placement.node) ?? []
    list.push(reference(range.planned))
    refsAfter.set(placement.node, list)
    siblingsOf.set(placement.node, placement.siblings)
  }
  for (const [node, refs] of refsAfter) {
    const siblings = siblingsOf.get(node) as ElementContent[]
    siblings.splice(siblings.indexOf(node) + 1, 0, ...refs)
  }

  return { tree: { ...tree, children }, invisible }
}

interface Piece {
  readonly value: string
  /** Ranges covering the piece, outermost first. */
  readonly active: ReadonlyArray<Range>
}

/** An empty link to the note; its number comes from CSS (`attr(data-n)`), not text. */
function reference(planned: PlannedAnnotation): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      className: ['scholion-ref', `scholion-kind-${planned.kind.token}`],
      href: `#${planned.ids.note}`,
      dataAnnotation: planned.annotation.id,
      dataN: String(planned.number),
      ariaLabel: `Note ${planned.number}: ${planned.kind.label}`,
    },
    children: [],
  }
}
