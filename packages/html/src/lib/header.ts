import type { Element, ElementContent } from 'hast'
import { h } from 'hastscript'
import { noteMarkdown } from './note-markdown.js'
import { display } from './notes.js'
import type { EditionMetadata } from './types.js'

/** ISO 8601 dates and date-times that `<time datetime>` accepts as they are. */
const isoDate =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/**
 * Renders the edition header from the `document` block: the title as a heading; a compact
 * byline (publication, date, agency and dateline, author); and, in a `<details>` element
 * ("About this text"), every provenance field as a description list (publication,
 * published, dateline, agency, author, URL, source, language, retrieved) followed by the
 * `notes` (Markdown, sanitized like note bodies). Only `http:`/`https:` URLs become links;
 * every value is escaped. `published` wins over the older `date`.
 *
 * @example
 * ```ts
 * renderHeader({ title: 'Gulag', publication: 'The Independent', published: '1992-08-18' }, 'scholion-title', 1)
 * ```
 */
export function renderHeader(
  metadata: EditionMetadata,
  titleId: string,
  headingLevel: number,
): Element {
  const title = display(metadata.title) ?? 'Annotated edition'
  const publication = display(metadata.publication)
  const published = display(metadata.published) ?? display(metadata.date)
  const dateline = display(metadata.dateline)
  const agency = display(metadata.agency)
  const author = display(metadata.author)
  const url = display(metadata.url)
  const source = display(metadata.source)
  const language = display(metadata.language)
  const retrieved = display(metadata.retrieved)
  const notes = typeof metadata.notes === 'string' ? metadata.notes : undefined

  const byline: ElementContent[][] = []
  if (publication !== undefined) byline.push([h('cite', publication)])
  if (published !== undefined) byline.push([dateElement(published, true)])
  const wire = [agency, dateline].filter((part): part is string => part !== undefined)
  if (wire.length > 0) byline.push([{ type: 'text', value: wire.join(', ') }])
  if (author !== undefined) byline.push([{ type: 'text', value: `by ${author}` }])

  const rows: Array<readonly [string, ElementContent]> = []
  if (publication !== undefined) rows.push(['Publication', { type: 'text', value: publication }])
  if (published !== undefined) rows.push(['Published', dateElement(published, false)])
  if (dateline !== undefined) rows.push(['Dateline', { type: 'text', value: dateline }])
  if (agency !== undefined) rows.push(['Agency', { type: 'text', value: agency }])
  if (author !== undefined) rows.push(['Author', { type: 'text', value: author }])
  if (url !== undefined) rows.push(['URL', linkOrText(url)])
  if (source !== undefined) rows.push(['Source', linkOrText(source)])
  if (language !== undefined) rows.push(['Language', { type: 'text', value: language }])
  if (retrieved !== undefined) rows.push(['Retrieved', dateElement(retrieved, false)])
  const notesTree =
    notes !== undefined && notes.trim() !== '' ? noteMarkdown(notes, headingLevel + 2) : []

  return h('header.scholion-header', [
    h(`h${headingLevel}.scholion-title`, { id: titleId }, title),
    ...(byline.length > 0
      ? [
          h(
            'p.scholion-byline',
            byline.flatMap((part, index) =>
              index === 0 ? part : [{ type: 'text' as const, value: ' · ' }, ...part],
            ),
          ),
        ]
      : []),
    ...(rows.length > 0 || notesTree.length > 0
      ? [
          h('details.scholion-provenance', [
            h('summary', 'About this text'),
            ...(rows.length > 0
              ? [
                  h(
                    'dl.scholion-metadata',
                    rows.flatMap(([label, value]) => [h('dt', label), h('dd', [value])]),
                  ),
                ]
              : []),
            ...(notesTree.length > 0 ? [h('div.scholion-provenance-notes', notesTree)] : []),
          ]),
        ]
      : []),
  ])
}

/**
 * A `<time>` for ISO 8601 values (in words, `18 August 1992`, when `words` is set and the
 * value is a date), else text.
 */
function dateElement(value: string, words: boolean): ElementContent {
  const match = isoDate.exec(value)
  if (!match) return { type: 'text', value }
  const month = months[Number(match[2]) - 1]
  const day = Number(match[3])
  const shown =
    words && month !== undefined && day >= 1 && day <= 31 ? `${day} ${month} ${match[1]}` : value
  return h('time', { dateTime: value }, shown)
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
