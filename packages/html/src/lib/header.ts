import type { Element, ElementContent } from 'hast'
import { h } from 'hastscript'
import { display } from './notes.js'
import type { EditionMetadata } from './types.js'

/** ISO 8601 dates and date-times that `<time datetime>` accepts as they are. */
const isoDate =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/

/**
 * Renders the edition header: the title as a heading, then source, publication, author,
 * date and URL as a description list. Only `http:`/`https:` URLs become links; every
 * value is escaped.
 *
 * @example
 * ```ts
 * renderHeader({ title: 'Gulag', date: '1992-08-18' }, 'scholion-title', 1)
 * ```
 */
export function renderHeader(
  metadata: EditionMetadata,
  titleId: string,
  headingLevel: number,
): Element {
  const title = display(metadata.title) ?? 'Annotated edition'
  const rows: Array<readonly [string, ElementContent]> = []
  const source = display(metadata.source)
  if (source !== undefined) rows.push(['Source', linkOrText(source)])
  const publication = display(metadata.publication)
  if (publication !== undefined) rows.push(['Publication', { type: 'text', value: publication }])
  const author = display(metadata.author)
  if (author !== undefined) rows.push(['Author', { type: 'text', value: author }])
  const date = display(metadata.date)
  if (date !== undefined) {
    rows.push([
      'Date',
      isoDate.test(date) ? h('time', { dateTime: date }, date) : { type: 'text', value: date },
    ])
  }
  const url = display(metadata.url)
  if (url !== undefined) rows.push(['URL', linkOrText(url)])
  return h('header.scholion-header', [
    h(`h${headingLevel}.scholion-title`, { id: titleId }, title),
    ...(rows.length > 0
      ? [
          h(
            'dl.scholion-metadata',
            rows.flatMap(([label, value]) => [h('dt', label), h('dd', [value])]),
          ),
        ]
      : []),
  ])
}

/** A link when `value` is an absolute `http(s)` URL, else text. */
function linkOrText(value: string): ElementContent {
  let url: URL | undefined
  try {
    url = new URL(value)
  } catch {
    url = undefined
  }
  if (url && (url.protocol === 'http:' || url.protocol === 'https:') && !/\s/.test(value)) {
    return h('a', { href: url.href, rel: 'noopener noreferrer' }, value)
  }
  return { type: 'text', value }
}
