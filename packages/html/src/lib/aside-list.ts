import type { Element } from 'hast'
import { h } from 'hastscript'
import type { Plan } from './plan.js'
import { setAsideRole } from './set-aside.js'

/** How each display reads in the list. */
const displayWords = {
  collapsed: 'hidden',
  dimmed: 'dimmed',
  shown: 'shown as text',
} as const

/**
 * Renders the compact list of set-aside passages (boilerplate) that closes the notes: one
 * line per passage with what it is, how it is shown and the editor's description, linking
 * to the passage (or, when it is collapsed, to the marker where it sits). Set-aside
 * passages get no numbered note card. Returns `undefined` when there are none.
 *
 * @example
 * ```ts
 * renderAsideList(plan, markers, 3)
 * ```
 */
export function renderAsideList(
  plan: Plan,
  markers: ReadonlyMap<string, string>,
  headingLevel: number,
  prefix: string,
): Element | undefined {
  if (plan.setAside.length === 0) return undefined
  const titleId = `${prefix}aside-title`
  return h('section.scholion-aside-list', { ariaLabelledBy: titleId }, [
    h(`h${headingLevel}`, { id: titleId }, 'Set aside: site furniture'),
    h(
      'ul',
      plan.setAside.map((planned) => {
        const display = planned.setAside ?? 'collapsed'
        const target = markers.get(planned.annotation.id) ?? planned.spans[0]?.elementId
        const role = setAsideRole(planned.annotation)
        const description = planned.annotation.description
        return h(
          'li',
          { id: planned.ids.note, dataAnnotation: planned.annotation.id, dataKind: 'boilerplate' },
          [
            target === undefined ? role : h('a', { href: `#${target}` }, role),
            ` (${displayWords[display]})`,
            ...(typeof description === 'string' && description.trim() !== ''
              ? [`: ${description}`]
              : []),
          ],
        )
      }),
    ),
  ])
}
