/**
 * Scholion → brat standoff: the text (`.txt`) and its annotations (`.ann`).
 */
import {
  type Annotation,
  type AnnotationFile,
  annotationSpans,
  createCodePointIndex,
  type Problem,
} from '@scholion/core'

/**
 * brat attributes written for scalar fields: the attribute name and the field.
 * Values with white space are written with `_` for spaces (brat attribute values
 * are single tokens); `vague` is a binary attribute (present when true).
 *
 * @example
 * bratAttributes.find(([name]) => name === 'NumberType') // => ['NumberType', 'numberType']
 */
export const bratAttributes: readonly (readonly [string, string])[] = [
  ['Status', 'status'],
  ['Mode', 'mode'],
  ['Category', 'category'],
  ['NumberType', 'numberType'],
  ['SpeakerType', 'type'],
  ['Origin', 'origin'],
  ['UncertaintyType', 'uncertaintyType'],
  ['Degree', 'degree'],
  ['Certainty', 'factuality.certainty'],
  ['Polarity', 'factuality.polarity'],
]

/**
 * What {@link toBrat} writes: the text for `.txt`, the standoff for `.ann`, and
 * what could not be written (as warnings).
 *
 * @example
 * const { txt, ann, problems } = toBrat(file, document.text)
 */
export interface BratDocument {
  /** The reading text, unchanged: brat offsets index it. */
  readonly txt: string
  /** The `.ann` file. */
  readonly ann: string
  /** Spans and relations that brat cannot hold (empty spans, relations without spans). */
  readonly problems: readonly Problem[]
}

/**
 * Prefix of the `AnnotatorNotes` text that carries the Scholion id of a text-bound
 * annotation, so imports find it again: `id=fig-2000`.
 *
 * @example
 * bratIdPrefix // => 'id='
 */
export const bratIdPrefix = 'id='

function get(annotation: Annotation, path: string): unknown {
  let value: unknown = annotation
  for (const key of path.split('.')) {
    value =
      typeof value === 'object' && value !== null
        ? (value as Record<string, unknown>)[key]
        : undefined
  }
  return value
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim()
}

/** A short, readable summary of an annotation's free-text fields for its note. */
function summary(annotation: Annotation): string {
  const record = annotation as Readonly<Record<string, unknown>>
  const parts: string[] = []
  for (const key of [
    'name',
    'role',
    'written',
    'value',
    'atLeast',
    'atMost',
    'approximator',
    'counted',
    'unit',
    'cue',
    'explanation',
    'body',
  ]) {
    const value = record[key]
    if (typeof value === 'string' || typeof value === 'number')
      parts.push(`${key}: ${oneLine(String(value))}`)
  }
  return parts.join('; ')
}

/**
 * Converts an annotation file to brat standoff.
 *
 * - Each annotation with spans becomes one text-bound annotation `T<n>` typed by
 *   its kind, with all its spans (and span fields such as uncertainty `scope`) as
 *   fragments separated by `;`, offsets in Unicode code points as brat counts
 *   them. A span containing line breaks is cut into fragments at them (the `.ann`
 *   text column is one line); brat writes the fragments' text joined by spaces.
 * - Scalar fields become attributes `A<n>` (see {@link bratAttributes}).
 * - A note `#<n> AnnotatorNotes` carries `id=<Scholion id>` and a summary of the
 *   free-text fields.
 * - Relations become `R<n>` with `Arg1` (from) and `Arg2` (to).
 *
 * Empty spans and relations touching annotations without spans cannot be
 * written; they are listed in `problems`.
 *
 * @example
 * const { txt, ann } = toBrat(file, document.text)
 */
export function toBrat(file: AnnotationFile, text: string): BratDocument {
  const points = createCodePointIndex(text)
  const lines: string[] = []
  const problems: Problem[] = []
  const tIds = new Map<string, string>()
  let t = 0
  let a = 0
  let note = 0
  for (const annotation of file.annotations) {
    const fragments: [number, number][] = []
    for (const { span } of annotationSpans(annotation)) {
      const start = points.toCodePoint(span.start)
      const end = points.toCodePoint(span.end)
      if (start === undefined || end === undefined || start >= end) {
        problems.push({
          code: 'brat-span',
          severity: 'warning',
          annotationId: annotation.id,
          message: `Unexpected span [${span.start}, ${span.end}) of \`${annotation.id}\` that brat cannot hold, expected a non-empty range inside the text`,
        })
        continue
      }
      // Cut at line breaks: brat's text column is one line.
      let from = span.start
      const slice = text.slice(span.start, span.end)
      const breaks = /[\r\n]+/g
      for (let match = breaks.exec(slice); match !== null; match = breaks.exec(slice)) {
        const cut = span.start + match.index
        if (cut > from)
          fragments.push([points.toCodePoint(from) as number, points.toCodePoint(cut) as number])
        from = cut + match[0].length
      }
      if (span.end > from) fragments.push([points.toCodePoint(from) as number, end])
    }
    if (fragments.length === 0) {
      if (annotation.spans.length === 0) {
        problems.push({
          code: 'brat-span',
          severity: 'warning',
          annotationId: annotation.id,
          message: `Unexpected annotation \`${annotation.id}\` without spans, expected at least one span: brat annotations are bound to text`,
        })
      }
      continue
    }
    fragments.sort((x, y) => x[0] - y[0] || x[1] - y[1])
    const tId = `T${++t}`
    tIds.set(annotation.id, tId)
    const type = annotation.kind.replace(/[^\w-]/g, '_')
    const quoted = fragments
      .map(([start, end]) => text.slice(points.toCodeUnit(start), points.toCodeUnit(end)))
      .join(' ')
    lines.push(
      `${tId}\t${type} ${fragments.map(([start, end]) => `${start} ${end}`).join(';')}\t${quoted}`,
    )
    for (const [name, path] of bratAttributes) {
      if (name === 'SpeakerType' && annotation.kind !== 'speaker') continue
      const value = get(annotation, path)
      if (typeof value === 'string' && value !== '')
        lines.push(`A${++a}\t${name} ${tId} ${value.replace(/\s+/g, '_')}`)
    }
    if (get(annotation, 'vague') === true) lines.push(`A${++a}\tVague ${tId}`)
    const about = summary(annotation)
    lines.push(
      `#${++note}\tAnnotatorNotes ${tId}\t${bratIdPrefix}${annotation.id}${about ? ` | ${about}` : ''}`,
    )
  }
  let r = 0
  for (const relation of file.relations ?? []) {
    const from = tIds.get(relation.from)
    const to = tIds.get(relation.to)
    if (from === undefined || to === undefined) {
      problems.push({
        code: 'brat-relation',
        severity: 'warning',
        message: `Unexpected relation ${relation.type} \`${relation.from}\` → \`${relation.to}\` between annotations brat does not hold, expected both ends bound to text`,
      })
      continue
    }
    lines.push(`R${++r}\t${relation.type} Arg1:${from} Arg2:${to}`)
  }
  return { txt: text, ann: lines.length === 0 ? '' : `${lines.join('\n')}\n`, problems }
}
