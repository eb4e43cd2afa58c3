/**
 * Flat rows: one per annotation span, for spreadsheets, pandas and R.
 */
import {
  type Annotation,
  type AnnotationFile,
  annotationSpans,
  createCodePointIndex,
  type KindRegistry,
} from '@scholion/core'

/**
 * A cell value: text, a number, a boolean, or `null` when empty.
 *
 * @example
 * const cell: TableCell = 2001
 */
export type TableCell = string | number | boolean | null

/**
 * One row: the columns of {@link tableColumns}, by name.
 *
 * @example
 * const row: TableRow = { id: 'fig-2000', kind: 'figure', quote: '2,000', start: 1150 }
 */
export type TableRow = Readonly<Record<(typeof tableColumns)[number], TableCell>>

/**
 * The columns, in order:
 *
 * - `id`, `kind`; `field` (`spans`, or a span field such as `scope`) and `span`
 *   (index in it; `null` for an annotation without spans, which gets one row);
 * - `quote` (`exact`); `start`, `end` (UTF-16 code units, as in `scholion/1`) and
 *   `start_cp`, `end_cp` (Unicode code points, as Python, R and brat count);
 * - `anchor` (the span's last re-anchoring status), `status`, `creator` (its name),
 *   `created`, `modified`, `tags` (joined with `; `);
 * - claim: `mode`, `cue`, `category`, `certainty`, `polarity`, `verdict`;
 * - figure: `written`, `value`, `at_least`, `at_most`, `approximator`, `vague`,
 *   `counted`, `unit`, `number_type`, `when`;
 * - speaker: `name`, `speaker_type`, `role`;
 * - uncertainty: `origin`, `uncertainty_type`, `degree`, `explanation`;
 * - note: `body`.
 *
 * A kind's columns are empty for other kinds (custom kinds fill those whose field
 * names they share, such as `role`).
 *
 * @example
 * tableColumns[0] // => 'id'
 */
export const tableColumns = [
  'id',
  'kind',
  'field',
  'span',
  'quote',
  'start',
  'end',
  'start_cp',
  'end_cp',
  'anchor',
  'status',
  'creator',
  'created',
  'modified',
  'tags',
  'mode',
  'cue',
  'category',
  'certainty',
  'polarity',
  'verdict',
  'written',
  'value',
  'at_least',
  'at_most',
  'approximator',
  'vague',
  'counted',
  'unit',
  'number_type',
  'when',
  'name',
  'speaker_type',
  'role',
  'origin',
  'uncertainty_type',
  'degree',
  'explanation',
  'body',
] as const

/**
 * Options of {@link tableRows}.
 *
 * @example
 * const options: TableRowsOptions = { registry: createKindRegistry([quoteKind]) }
 */
export interface TableRowsOptions {
  /** Kinds whose span fields to list (uncertainty `scope` …). Default: the built-in kinds. */
  readonly registry?: KindRegistry
}

type Record_ = Readonly<Record<string, unknown>>

function scalar(value: unknown): TableCell {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? value
    : null
}

function kindColumns(
  annotation: Annotation,
): Partial<Record<(typeof tableColumns)[number], TableCell>> {
  const record = annotation as Record_
  const factuality = (
    typeof record.factuality === 'object' && record.factuality !== null ? record.factuality : {}
  ) as Record_
  const review = (
    typeof record.review === 'object' && record.review !== null ? record.review : {}
  ) as Record_
  const creator = record.creator
  return {
    status: scalar(record.status),
    creator:
      typeof creator === 'string'
        ? creator
        : typeof creator === 'object' && creator !== null
          ? scalar((creator as Record_).name)
          : null,
    created: scalar(record.created),
    modified: scalar(record.modified),
    tags: Array.isArray(record.tags)
      ? record.tags.filter((tag) => typeof tag === 'string').join('; ')
      : null,
    mode: scalar(record.mode),
    cue: scalar(record.cue),
    category: scalar(record.category),
    certainty: scalar(factuality.certainty),
    polarity: scalar(factuality.polarity),
    verdict: scalar(review.verdict),
    written: scalar(record.written),
    value: scalar(record.value),
    at_least: scalar(record.atLeast),
    at_most: scalar(record.atMost),
    approximator: scalar(record.approximator),
    vague: scalar(record.vague),
    counted: scalar(record.counted),
    unit: scalar(record.unit),
    number_type: scalar(record.numberType),
    when: scalar(record.when),
    name: scalar(record.name),
    speaker_type: annotation.kind === 'speaker' ? scalar(record.type) : null,
    role: scalar(record.role),
    origin: scalar(record.origin),
    uncertainty_type: scalar(record.uncertaintyType),
    degree: scalar(record.degree),
    explanation: scalar(record.explanation),
    body: annotation.kind === 'note' ? scalar(record.body) : null,
  }
}

/**
 * One row per span of every annotation (its `spans`, then its span fields), in
 * file order; an annotation without spans gets one row with empty span columns,
 * so no annotation is lost. Code-point columns are empty for spans outside the
 * text.
 *
 * @example
 * tableRows(file, document.text)[0]?.quote // => 'Stay up to date…'
 */
export function tableRows(
  file: AnnotationFile,
  text: string,
  options: TableRowsOptions = {},
): TableRow[] {
  const points = createCodePointIndex(text)
  const rows: TableRow[] = []
  for (const annotation of file.annotations) {
    const common = kindColumns(annotation)
    const located = annotationSpans(
      annotation,
      options.registry ? { registry: options.registry } : {},
    )
    const base = Object.fromEntries(tableColumns.map((column) => [column, null])) as Record<
      (typeof tableColumns)[number],
      TableCell
    >
    if (located.length === 0) {
      rows.push({ ...base, ...common, id: annotation.id, kind: annotation.kind })
      continue
    }
    for (const { field, index, span } of located) {
      rows.push({
        ...base,
        ...common,
        id: annotation.id,
        kind: annotation.kind,
        field,
        span: index,
        quote: span.exact,
        start: span.start,
        end: span.end,
        start_cp: points.toCodePoint(span.start) ?? null,
        end_cp: points.toCodePoint(span.end) ?? null,
        anchor: scalar(span.anchor?.status),
      })
    }
  }
  return rows
}
