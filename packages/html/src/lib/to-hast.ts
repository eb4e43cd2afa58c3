import type { Element, ElementContent, Root } from 'hast'
import { h } from 'hastscript'
import { renderAsideList } from './aside-list.js'
import { markCollapsed } from './aside-markers.js'
import { asideToggleId, renderControls } from './controls.js'
import { renderHeader } from './header.js'
import { highlight } from './highlight.js'
import { withNoteBodies } from './note-markdown.js'
import { display, renderNote } from './notes.js'
import type { ToHastOptions } from './options.js'
import { resolveOptions } from './options.js'
import type { Plan } from './plan.js'
import { planAnnotations } from './plan.js'
import { readingText } from './reading-text.js'
import { sanitizeArticle } from './sanitize-article.js'
import type { EditionAnnotations, EditionDocument, EditionMetadata } from './types.js'
import { renderUnanchored } from './unanchored.js'

/** A well-formed BCP 47 language tag (shape only), as `lang` accepts it. */
const bcp47 = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/

/**
 * What {@link renderEditionTree} returns: the tree and what a caller may want to report.
 *
 * @example
 * ```ts
 * const { tree, unanchoredSpans } = renderEditionTree(document, file)
 * ```
 */
export interface EditionTree {
  /** A root with one `<article class="scholion-edition">`. */
  readonly tree: Root
  /** Number of spans listed as unanchored (orphan, ambiguous, invalid, stale or empty). */
  readonly unanchoredSpans: number
  /** Number of annotations with at least one highlighted span. */
  readonly anchoredAnnotations: number
}

/**
 * Renders a document and its annotations to a hast tree: one
 * `<article class="scholion-edition">` holding the header (metadata), the legend and
 * filters, the text (the one element with `data-scholion-text`, whose text content is the
 * document's reading text), the notes and the unanchored section.
 *
 * The inputs are not mutated. Throws a `RangeError` when `document.text` is given and is
 * not the reading text of `document.hast`, when an option is invalid, or when two
 * annotations share an id.
 *
 * @example
 * ```ts
 * import { loadDocument } from '@scholion/core'
 * import { toHast } from '@scholion/html'
 *
 * const document = loadDocument('Hello *world*', { format: 'markdown' })
 * const tree = toHast(document, {
 *   annotations: [{ id: 'n1', kind: 'note', spans: [{ start: 6, end: 11 }], body: 'Hi.' }],
 * })
 * ```
 */
export function toHast(
  document: EditionDocument,
  annotations?: EditionAnnotations | undefined,
  options?: ToHastOptions | undefined,
): Root {
  return renderEditionTree(document, annotations, options).tree
}

/**
 * Like {@link toHast}, and also says how many spans went to the unanchored section (for a
 * CLI warning).
 *
 * @example
 * ```ts
 * const { unanchoredSpans } = renderEditionTree(document, file)
 * if (unanchoredSpans > 0) console.warn(`${unanchoredSpans} spans could not be placed`)
 * ```
 */
export function renderEditionTree(
  document: EditionDocument,
  annotations?: EditionAnnotations | undefined,
  options?: ToHastOptions | undefined,
): EditionTree {
  const settings = resolveOptions(options)
  const prefix = settings.idPrefix
  const text = readingText(document.hast)
  if (document.text !== undefined && document.text !== text) {
    throw new RangeError(
      `Unexpected document text of ${document.text.length} characters, expected the reading text of its hast (${text.length} characters)`,
    )
  }
  const article = settings.allowDangerousHtml ? document.hast : sanitizeArticle(document.hast, text)
  const plan: Plan = planAnnotations(
    text,
    annotations?.annotations ?? [],
    annotations?.relations ?? [],
    prefix,
  )
  const { tree: highlighted } = highlight(article, plan)

  const level = settings.headingLevel
  const metadata: EditionMetadata = {
    ...annotations?.document,
    ...settings.metadata,
    ...(settings.title === undefined ? {} : { title: settings.title }),
  }
  const titleId = `${prefix}title`
  const context = { text, plan, headingLevel: Math.min(6, level + 2) }
  const notesTitleId = `${prefix}notes-title`
  const { children: textChildren, markers } = markCollapsed(
    highlighted.children as ElementContent[],
    plan,
    prefix,
    asideToggleId(prefix),
  )
  const language = display(metadata.language)
  const textContainer: Element = {
    type: 'element',
    tagName: 'div',
    properties: {
      className: ['scholion-text'],
      dataScholionText: '',
      id: `${prefix}text`,
      // The article's own language, when the file says which (screen readers switch voice).
      ...(language !== undefined && bcp47.test(language) ? { lang: language } : {}),
    },
    children: textChildren,
  }
  const asideList = renderAsideList(plan, markers, level + 2, prefix)
  // Every note body parsed ahead, together where that gives the same trees (much faster).
  const bodies: string[] = []
  for (const planned of plan.byId.values()) {
    if (typeof planned.annotation.body === 'string') bodies.push(planned.annotation.body)
  }
  const { notes, unanchored } = withNoteBodies(bodies, () => ({
    notes: h('section.scholion-notes', { ariaLabelledBy: notesTitleId }, [
      h(`h${level + 1}`, { id: notesTitleId }, 'Notes'),
      plan.anchored.length > 0
        ? h(
            'ol.scholion-note-list',
            plan.anchored.map((planned) => renderNote(planned, context)),
          )
        : h('p', 'No annotation is placed in the text.'),
      ...(asideList ? [asideList] : []),
    ]),
    unanchored: renderUnanchored(context, prefix, level + 1),
  }))
  const edition = h('article.scholion-edition', { ariaLabelledBy: titleId }, [
    renderHeader(metadata, titleId, level),
    renderControls(plan, prefix, level + 1),
    h('div.scholion-body', [textContainer, notes]),
    ...(unanchored ? [unanchored] : []),
  ])
  return {
    tree: { type: 'root', children: [edition] },
    unanchoredSpans: plan.unanchoredSpanCount,
    anchoredAnnotations: plan.anchored.length,
  }
}
