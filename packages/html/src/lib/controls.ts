import type { Element, ElementContent } from 'hast'
import { h } from 'hastscript'
import type { Plan } from './plan.js'
import { setAsideKind } from './set-aside.js'

/**
 * Id of the checkbox that shows collapsed set-aside passages.
 *
 * @example
 * ```ts
 * asideToggleId('scholion-') // 'scholion-show-aside'
 * ```
 */
export function asideToggleId(prefix: string): string {
  return `${prefix}show-aside`
}

/**
 * Renders the legend and the filters: one checkbox per kind present (set-aside passages
 * excepted), labelled with the kind, its count and the line style that tells it apart
 * besides colour; and, when passages are collapsed, the checkbox that shows them. Unchecking a box
 * hides that kind's highlights and notes with CSS alone (`:has()`), no script needed.
 * Also holds the keyboard help and the live region, which only the script uses (hidden
 * until it runs).
 *
 * @example
 * ```ts
 * renderControls(plan, 'scholion-', 2)
 * ```
 */
export function renderControls(plan: Plan, prefix: string, headingLevel: number): Element {
  const counts = new Map<string, number>()
  for (const planned of [...plan.anchored, ...plan.unanchored]) {
    counts.set(planned.kind.token, (counts.get(planned.kind.token) ?? 0) + 1)
  }
  const seen = new Set<string>()
  const items: ElementContent[] = []
  for (const style of plan.kinds) {
    // Set-aside passages are not highlighted, so they have no filter (see the toggle below).
    if (style.kind === setAsideKind) continue
    // Custom kinds beyond the slots share a token, and so one filter.
    if (seen.has(style.token)) continue
    seen.add(style.token)
    const sharing = plan.kinds.filter((other) => other.token === style.token)
    const label = sharing.map((other) => other.plural).join(', ')
    const id = `${prefix}filter-${style.token}`
    items.push(
      h('li', [
        h('input', {
          type: 'checkbox',
          id,
          className: ['scholion-filter', `scholion-filter-${style.token}`],
          checked: true,
        }),
        { type: 'text', value: ' ' },
        h('label', { htmlFor: id }, [
          h('span', {
            className: ['scholion-swatch', 'scholion-mark', `scholion-kind-${style.token}`],
            ariaHidden: 'true',
          }),
          { type: 'text', value: ` ${label} (${counts.get(style.token) ?? 0}) ` },
          h('span.scholion-signal', `— ${style.signal}`),
        ]),
      ]),
    )
  }
  const total = plan.anchored.length + plan.unanchored.length
  const asides = plan.setAside.length
  const summary =
    `${total} annotation${total === 1 ? '' : 's'}` +
    (plan.unanchored.length > 0 ? `, ${plan.unanchored.length} not placed in the text` : '') +
    (asides > 0
      ? `; ${asides} passage${asides === 1 ? '' : 's'} of site furniture set aside`
      : '') +
    (plan.anchored.some((planned) => planned.draft) ? '; drafts are hatched' : '') +
    '.'
  const collapsed = plan.setAside.filter((planned) => planned.setAside === 'collapsed').length
  const titleId = `${prefix}controls-title`
  return h('section.scholion-controls', { ariaLabelledBy: titleId }, [
    h(`h${headingLevel}`, { id: titleId }, 'Annotations'),
    h('p.scholion-summary', summary),
    ...(items.length > 0
      ? [
          h('fieldset.scholion-filters', [
            h('legend', 'Show highlights and notes of'),
            h('ul.scholion-legend', items),
          ]),
        ]
      : []),
    ...(collapsed > 0
      ? [
          h('p.scholion-aside-toggle', [
            h('input', {
              type: 'checkbox',
              id: asideToggleId(prefix),
              className: ['scholion-show-aside'],
            }),
            ' ',
            h(
              'label',
              { htmlFor: asideToggleId(prefix) },
              `Show the ${collapsed} hidden passage${collapsed === 1 ? '' : 's'} of site furniture`,
            ),
          ]),
        ]
      : []),
    h('details.scholion-keys', { hidden: true }, [
      h('summary', 'Keyboard shortcuts'),
      h('p', [
        'Keys: ',
        h('kbd', 'n'),
        ' / ',
        h('kbd', 'p'),
        ' next / previous annotation; ',
        h('kbd', 'Shift'),
        ' + ',
        h('kbd', 'n'),
        ' / ',
        h('kbd', 'p'),
        ' next / previous of the same kind; ',
        h('kbd', 'Enter'),
        ' on a highlight opens its note.',
      ]),
      h('p', [
        h('input', {
          type: 'checkbox',
          id: `${prefix}shortcuts`,
          className: ['scholion-shortcuts'],
          checked: true,
        }),
        ' ',
        h('label', { htmlFor: `${prefix}shortcuts` }, 'Single-key shortcuts'),
      ]),
    ]),
    h('div.scholion-status', { role: 'status' }),
  ])
}
