import type { Element, ElementContent } from 'hast'
import { h } from 'hastscript'
import type { NoteContext } from './notes.js'
import { renderNote } from './notes.js'

/**
 * Renders the "unanchored" section: every annotation with no span placed in the text (its
 * full note, with its quote and why it was not placed), then every unplaced span of
 * annotations that are otherwise anchored. Returns `undefined` when there is nothing to
 * list. Nothing is ever dropped.
 *
 * @example
 * ```ts
 * renderUnanchored({ text, plan, headingLevel: 3 }, 'scholion-', 2)
 * ```
 */
export function renderUnanchored(
  context: NoteContext,
  prefix: string,
  headingLevel: number,
): Element | undefined {
  const { plan } = context
  const partial = plan.anchored.filter((planned) => planned.unanchored.length > 0)
  if (plan.unanchored.length === 0 && partial.length === 0) return undefined
  const titleId = `${prefix}unanchored-title`
  const children: ElementContent[] = [
    h(`h${headingLevel}`, { id: titleId }, `Unanchored (${plan.unanchoredSpanCount})`),
    h(
      'p',
      'These passages could not be placed in the current text: their passage is gone, or several passages match. They are kept with their quotes.',
    ),
  ]
  if (plan.unanchored.length > 0) {
    children.push(
      h(
        'ol.scholion-note-list',
        plan.unanchored.map((planned) => renderNote(planned, context)),
      ),
    )
  }
  if (partial.length > 0) {
    children.push(
      h('p', 'Further passages of annotations shown in the text:'),
      h(
        'ul.scholion-unplaced',
        partial.flatMap((planned) =>
          planned.unanchored.map((entry) =>
            h('li', [
              h('q', typeof entry.span.exact === 'string' ? entry.span.exact : ''),
              ` — ${entry.reason}; see `,
              h(
                'a',
                { href: `#${planned.ids.note}` },
                `${planned.kind.label} (note ${planned.number})`,
              ),
            ]),
          ),
        ),
      ),
    )
  }
  return h('section.scholion-unanchored', { ariaLabelledBy: titleId }, children)
}
