/**
 * brat standoff → Scholion.
 */
import {
  type Annotation,
  type AnnotationFile,
  createCodePointIndex,
  describeSpan,
  type Problem,
  type Relation,
} from '@scholion/core'
import { bratAttributes, bratIdPrefix } from './to-brat.js'

/**
 * Options of {@link fromBrat}.
 *
 * @example
 * const options: FromBratOptions = { file: 'article.ann' }
 */
export interface FromBratOptions {
  /** Name of the `.ann` file, copied into every problem. Default: none. */
  readonly file?: string
}

/**
 * What {@link fromBrat} read.
 *
 * @example
 * const { file, problems } = fromBrat(ann, text)
 */
export interface FromBratResult {
  /** The annotations (one per `T` line) and relations (`R` lines). */
  readonly file: AnnotationFile
  /** Lines that could not be read, offsets that do not fit the text, lines ignored. */
  readonly problems: readonly Problem[]
}

/**
 * Reads a brat `.ann` file for `text` (the `.txt`, or the article's reading text).
 *
 * - `T` lines become annotations of the kind named by their type (ids from an
 *   `AnnotatorNotes` note `id=…` when there is one, else the brat id), one span
 *   per fragment, with offsets converted from code points to UTF-16 and context
 *   taken from the text. A fragment whose text differs from the `.ann` text column
 *   is reported.
 * - `A` lines set fields (see `bratAttributes`; `_` read back as spaces); other
 *   attributes are kept in the annotation's `brat` property.
 * - `R` lines become relations; `#` notes other than the id become a note's body.
 * - Event (`E`), normalisation (`N`) and equivalence (`*`) lines are reported and skipped.
 *
 * @example
 * const { file } = fromBrat('T1\tfigure 0 5\t2,000\n', '2,000 foreigners')
 * file.annotations[0]?.spans[0] // => { start: 0, end: 5, exact: '2,000', prefix: '', suffix: ' foreigners' }
 */
export function fromBrat(ann: string, text: string, options: FromBratOptions = {}): FromBratResult {
  const points = createCodePointIndex(text)
  const problems: Problem[] = []
  const push = (
    line: number,
    code: string,
    message: string,
    severity: 'error' | 'warning' = 'warning',
  ) =>
    problems.push({
      code,
      severity,
      line,
      column: 1,
      message,
      ...(options.file === undefined ? {} : { file: options.file }),
    })
  const annotations = new Map<string, Record<string, unknown>>()
  const relations: Relation[] = []
  const notes: { target: string; text: string; line: number }[] = []
  const attributes: { name: string; target: string; value: string | true; line: number }[] = []

  ann.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1
    if (raw.trim() === '') return
    const [id = '', middle = '', rest] = raw.split('\t')
    const head = id[0]
    if (head === 'T') {
      const match = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(middle)
      if (match === null) {
        push(
          line,
          'brat-syntax',
          `Unexpected \`${middle}\` in \`${id}\`, expected \`Type start end[;start end]…\``,
          'error',
        )
        return
      }
      const spans = []
      for (const pair of (match[2] as string).split(';')) {
        const [startPoint, endPoint] = pair.split(' ').map(Number) as [number, number]
        const start = points.toCodeUnit(startPoint)
        const end = points.toCodeUnit(endPoint)
        if (start === undefined || end === undefined || start > end) {
          push(
            line,
            'brat-offset',
            `Unexpected offsets ${pair} in \`${id}\`, expected code points within the text (0–${points.codePointLength}) with start <= end`,
            'error',
          )
          return
        }
        spans.push(describeSpan(text, { start, end }))
      }
      const quoted = spans.map((span) => span.exact).join(' ')
      if (rest !== undefined && rest !== quoted) {
        push(
          line,
          'brat-text',
          `Unexpected text \`${rest}\` for \`${id}\`, expected \`${quoted}\` as in the text at its offsets (offsets kept)`,
        )
      }
      annotations.set(id, { id, kind: match[1], spans })
    } else if (head === 'R') {
      const match = /^(\S+) Arg1:(\S+) Arg2:(\S+)$/.exec(middle)
      if (match === null) {
        push(
          line,
          'brat-syntax',
          `Unexpected \`${middle}\` in \`${id}\`, expected \`Type Arg1:T1 Arg2:T2\``,
          'error',
        )
        return
      }
      relations.push({ type: match[1], from: match[2], to: match[3] } as unknown as Relation)
    } else if (head === 'A' || head === 'M') {
      const [name, target, value] = middle.split(' ')
      if (name === undefined || target === undefined) {
        push(
          line,
          'brat-syntax',
          `Unexpected \`${middle}\` in \`${id}\`, expected \`Name T1 [value]\``,
          'error',
        )
        return
      }
      attributes.push({ name, target, value: value ?? true, line })
    } else if (head === '#') {
      const [, target] = middle.split(' ')
      if (target !== undefined) notes.push({ target, text: rest ?? '', line })
    } else {
      push(
        line,
        'brat-skipped',
        `Skipped \`${id}\`: ${head === 'E' ? 'events' : head === 'N' ? 'normalisations' : head === '*' ? 'equivalences' : 'this line type'} have no Scholion counterpart`,
      )
    }
  })

  for (const attribute of attributes) {
    const annotation = annotations.get(attribute.target)
    if (annotation === undefined) {
      push(
        attribute.line,
        'brat-reference',
        `Unexpected attribute target \`${attribute.target}\`, expected a T id`,
        'error',
      )
      continue
    }
    const known = bratAttributes.find(([name]) => name === attribute.name)
    const value =
      typeof attribute.value === 'string' ? attribute.value.replaceAll('_', ' ') : attribute.value
    if (attribute.name === 'Vague') annotation.vague = true
    else if (known !== undefined) {
      const [first, second] = known[1].split('.') as [string, string | undefined]
      if (second === undefined) annotation[first] = value
      else annotation[first] = { ...(annotation[first] as object | undefined), [second]: value }
    } else {
      annotation.brat = { ...(annotation.brat as object | undefined), [attribute.name]: value }
    }
  }
  const ids = new Map<string, string>()
  for (const note of notes) {
    const annotation = annotations.get(note.target)
    if (annotation === undefined) continue
    if (note.text.startsWith(bratIdPrefix)) {
      const id = /^id=(\S+)/.exec(note.text)?.[1]
      if (id !== undefined) ids.set(note.target, id)
    } else if (annotation.kind === 'note') annotation.body = note.text
    else annotation.brat = { ...(annotation.brat as object | undefined), note: note.text }
  }
  const idOf = (bratId: string) => ids.get(bratId) ?? bratId
  const list = [...annotations.entries()].map(
    ([bratId, annotation]) => ({ ...annotation, id: idOf(bratId) }) as unknown as Annotation,
  )
  const file = {
    format: 'scholion/1',
    annotations: list,
    ...(relations.length > 0
      ? {
          relations: relations.map((relation) => ({
            ...relation,
            from: idOf(relation.from),
            to: idOf(relation.to),
          })),
        }
      : {}),
  } as AnnotationFile
  return { file, problems }
}
