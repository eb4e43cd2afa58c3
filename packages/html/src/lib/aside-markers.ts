import type { Element, ElementContent } from 'hast'
import type { Plan } from './plan.js'
import { setAsideRole } from './set-aside.js'

/** Elements in which a marker (a `<label>`) may not stand: interactive and raw-text ones. */
const noMarker = new Set([
  'a',
  'button',
  'label',
  'select',
  'summary',
  'textarea',
  'script',
  'style',
  'template',
  'title',
])

/** Elements whose children must be list items: a marker there is wrapped in an `<li>`. */
const lists = new Set(['ol', 'ul', 'menu'])

/** Elements allowing neither inline content nor list items: no marker there. */
const structural = new Set([
  'colgroup',
  'datalist',
  'dl',
  'hgroup',
  'optgroup',
  'picture',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
])

/** What {@link markCollapsed} returns. */
export interface CollapsedResult {
  /** The text element's new children. */
  readonly children: ElementContent[]
  /** For each collapsed set-aside annotation, the id of the first marker standing for it. */
  readonly markers: ReadonlyMap<string, string>
}

interface Walk {
  readonly nodes: ElementContent[]
  /** Has some non-whitespace text. */
  readonly hasText: boolean
  /** All its non-whitespace text is in collapsed set-aside passages. */
  readonly collapsed: boolean
}

/**
 * Prepares collapsed set-aside passages (boilerplate with `display: 'collapsed'`), after
 * {@link highlight} wrapped them in `span.scholion-aside-collapsed`:
 *
 * - every element of the article whose whole text is collapsed gets the class
 *   `scholion-aside-block`, so the stylesheet hides the block itself, not only its text
 *   (no empty paragraph margins remain);
 * - before each run of hidden content, where the reader would otherwise see nothing, an
 *   empty `<label for={toggleId}>` marker (`scholion-aside-marker`) is inserted. It holds
 *   no text node — its words come from CSS (`attr(data-label)`), so the text element's
 *   `textContent` stays the reading text — and clicking it shows the passages. Screen
 *   readers read the generated words in place.
 *
 * Only properties are added to the article's elements; none is restructured. The input is
 * not mutated.
 *
 * @example
 * ```ts
 * const { children, markers } = markCollapsed(highlighted.children, plan, 'scholion-', 'scholion-show-aside')
 * ```
 */
export function markCollapsed(
  children: ReadonlyArray<ElementContent>,
  plan: Plan,
  prefix: string,
  toggleId: string,
): CollapsedResult {
  const roles = new Map<string, string>()
  for (const planned of plan.setAside) {
    if (planned.setAside === 'collapsed') {
      roles.set(planned.annotation.id, setAsideRole(planned.annotation))
    }
  }
  const markers = new Map<string, string>()
  if (roles.size === 0) return { children: [...children], markers }
  let count = 0

  /** Ids of the collapsed passages a node belongs to or contains, in order. */
  const collapsedIds = (node: ElementContent, into: string[]): void => {
    if (node.type !== 'element') return
    const ids = node.properties.dataAnnotations
    if (typeof ids === 'string' && roles.has(ids) && !into.includes(ids)) into.push(ids)
    for (const child of node.children) collapsedIds(child, into)
  }

  const marker = (ids: ReadonlyArray<string>): Element => {
    count++
    const id = `${prefix}aside-${count}`
    for (const annotation of ids) if (!markers.has(annotation)) markers.set(annotation, id)
    const label = [...new Set(ids.map((annotation) => roles.get(annotation) as string))].join(', ')
    return {
      type: 'element',
      tagName: 'label',
      properties: {
        id,
        className: ['scholion-aside-marker'],
        htmlFor: [toggleId],
        dataLabel: label,
      },
      children: [],
    }
  }

  /** Inserts a marker before each run of hidden siblings (whitespace between them joins the run). */
  const withMarkers = (
    nodes: ElementContent[],
    hidden: ReadonlyArray<boolean>,
    parent: string | undefined,
  ): ElementContent[] => {
    if (parent !== undefined && (noMarker.has(parent) || structural.has(parent))) return nodes
    const result: ElementContent[] = []
    let inRun = false
    let runIds: string[] = []
    let runAt = -1
    const close = () => {
      if (inRun && runIds.length > 0) {
        const label = marker(runIds)
        const node: ElementContent =
          parent !== undefined && lists.has(parent)
            ? { type: 'element', tagName: 'li', properties: {}, children: [label] }
            : label
        result.splice(runAt, 0, node)
      }
      inRun = false
      runIds = []
    }
    nodes.forEach((node, index) => {
      const blank = node.type === 'text' && !/\S/.test(node.value)
      if (hidden[index] === true) {
        if (!inRun) {
          inRun = true
          runAt = result.length
        }
        collapsedIds(node, runIds)
      } else if (!(blank && inRun)) {
        close()
      }
      result.push(node)
    })
    close()
    return result
  }

  const walk = (
    nodes: ReadonlyArray<ElementContent>,
    inside: boolean,
  ): Walk & { hidden: boolean[] } => {
    const out: ElementContent[] = []
    const hidden: boolean[] = []
    let hasText = false
    let collapsed = true
    for (const node of nodes) {
      if (node.type === 'text') {
        const visible = /\S/.test(node.value)
        if (visible) {
          hasText = true
          if (!inside) collapsed = false
        }
        out.push(node)
        hidden.push(inside && visible)
        continue
      }
      if (node.type !== 'element') {
        out.push(node)
        hidden.push(false)
        continue
      }
      const className = node.properties.className
      const isPassage = Array.isArray(className) && className.includes('scholion-aside-collapsed')
      const inner = walk(node.children, inside || isPassage)
      const whole = inner.hasText && inner.collapsed
      let element: Element = node
      if (whole && !isPassage && !inside) {
        // The article's element: only a class is added, so the block disappears with its text.
        const classes = Array.isArray(className) ? className : []
        element = {
          ...node,
          properties: { ...node.properties, className: [...classes, 'scholion-aside-block'] },
          children: inner.nodes,
        }
      } else {
        element = {
          ...node,
          children:
            whole || inside ? inner.nodes : withMarkers(inner.nodes, inner.hidden, node.tagName),
        }
      }
      if (inner.hasText) {
        hasText = true
        if (!whole) collapsed = false
      }
      out.push(element)
      hidden.push(whole || isPassage)
    }
    return { nodes: out, hasText, collapsed, hidden }
  }

  const root = walk(children, false)
  return { children: withMarkers(root.nodes, root.hidden, undefined), markers }
}
