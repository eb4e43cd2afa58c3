/**
 * Scholion → W3C Web Annotation: an AnnotationCollection with its pages embedded.
 */
import {
  type Annotation,
  type AnnotationFile,
  type CodePointIndex,
  createCodePointIndex,
  type Relation,
  type Span,
} from '@scholion/core'
import { defaultBaseIri, idSegment, isAbsoluteIri } from '../iri.js'
import { creatorToAgent } from './agent.js'
import { builtInSpanFields, fieldTerms, isUtcDateTime, spanKeys } from './fields.js'
import { motivationOf } from './motivation.js'
import type {
  JsonObject,
  JsonValue,
  W3cAnnotation,
  W3cBody,
  W3cCollection,
  W3cPage,
  W3cTextPositionSelector,
  W3cTextQuoteSelector,
  W3cTextTarget,
} from './types.js'
import { exportContext } from './vocabulary.js'

/**
 * Options of {@link toW3c}.
 *
 * @example
 * const options: ToW3cOptions = { base: 'https://example.org/gulag/', pageSize: 50 }
 */
export interface ToW3cOptions {
  /**
   * Base IRI of every id: the collection is `<base>annotations`, its pages
   * `<base>annotations/page/<n>`, annotations `<base>annotations/<id>` and relations
   * `<base>relations/<type>/<from>/<to>` (ids percent-encoded). Default:
   * `urn:scholion:<first 16 hex digits of document.textHash>/`, or
   * `urn:scholion:document/` without a hash.
   */
  readonly base?: string
  /**
   * IRI of the article, the `source` of every target. Default: `document.url` when it
   * is an absolute IRI, else `<base>text`.
   */
  readonly source?: string
  /** Annotations per page (relations count too). Default: `100`. */
  readonly pageSize?: number
  /** Label of the collection. Default: `document.title`, else none. */
  readonly label?: string
  /**
   * Span fields other than `spans`, by kind, for custom kinds that have them.
   * Default: none beyond the built-in `uncertainty.scope`.
   */
  readonly spanFields?: Readonly<Record<string, readonly string[]>>
}

/** What every annotation's conversion needs. */
interface ExportContext {
  readonly text: string
  readonly points: CodePointIndex
  readonly base: string
  readonly source: string
  readonly spanFields: Readonly<Record<string, readonly string[]>>
}

/**
 * The IRIs of an export, made from its base.
 *
 * @example
 * const iris: W3cIris = w3cIris('https://example.org/ed/')
 */
export interface W3cIris {
  /** The collection: `<base>annotations`. */
  readonly collection: string
  /** Page `index` (0-based): `<base>annotations/page/<index + 1>`. */
  page(index: number): string
  /** An annotation: `<base>annotations/<id, percent-encoded>`. */
  annotation(id: string): string
  /** A relation: `<base>relations/<type>/<from>/<to>`, each percent-encoded. */
  relation(relation: Relation): string
}

/**
 * The IRIs an export with `base` gives to the collection, a page, an annotation and
 * a relation. Imports use the same scheme to read ids back.
 *
 * @example
 * w3cIris('urn:x/').annotation('fig-2000') // => 'urn:x/annotations/fig-2000'
 */
export function w3cIris(base: string): W3cIris {
  return {
    collection: `${base}annotations`,
    page: (index: number) => `${base}annotations/page/${index + 1}`,
    annotation: (id: string) => `${base}annotations/${idSegment(id)}`,
    relation: (relation: Relation) =>
      `${base}relations/${idSegment(relation.type)}/${idSegment(relation.from)}/${idSegment(relation.to)}`,
  }
}

/**
 * Converts an annotation file to a W3C Web Annotation `AnnotationCollection`.
 *
 * Every annotation becomes an `Annotation` with: an id IRI; a motivation for its kind
 * (see {@link motivationOf}); a first body of type `Dataset` holding every field
 * under `scholion:` terms (lossless; see the context in `context/scholion.jsonld`),
 * then textual bodies a generic client can show (a note's text, a speaker's name,
 * tags); one `SpecificResource` target per span, with a `TextQuoteSelector` and a
 * `TextPositionSelector` counting Unicode code points; `creator` as an Agent;
 * `created` / `modified` in UTC. Relations become `linking` annotations whose
 * targets are the two annotations. Page 1 is embedded as `first`, later pages as
 * JSON-LD 1.1 `@included` nodes chained by `next` / `prev`.
 *
 * @example
 * const collection = toW3c(file, document.text, { base: 'https://example.org/gulag/' })
 * collection.first?.items[0]?.target
 */
export function toW3c(
  file: AnnotationFile,
  text: string,
  options: ToW3cOptions = {},
): W3cCollection {
  const base = options.base ?? defaultBaseIri(file.document?.textHash)
  if (!isAbsoluteIri(base)) {
    throw new RangeError(
      `Unexpected base \`${base}\`, expected an absolute IRI such as \`https://example.org/edition/\``,
    )
  }
  const url = file.document?.url
  const source = options.source ?? (isAbsoluteIri(url) ? url : `${base}text`)
  if (!isAbsoluteIri(source)) {
    throw new RangeError(`Unexpected source \`${source}\`, expected an absolute IRI`)
  }
  const pageSize = options.pageSize ?? 100
  if (!Number.isInteger(pageSize) || pageSize < 1) {
    throw new RangeError(`Unexpected pageSize \`${pageSize}\`, expected an integer >= 1`)
  }
  const context: ExportContext = {
    text,
    points: createCodePointIndex(text),
    base,
    source,
    spanFields: { ...builtInSpanFields, ...options.spanFields },
  }
  const iris = w3cIris(base)
  const items: W3cAnnotation[] = [
    ...file.annotations.map((annotation) => annotationToW3c(annotation, context)),
    ...linkingAnnotations(file.relations ?? [], iris),
  ]

  const label = options.label ?? file.document?.title
  // `partOf` as an object with the collection's total (as in the model's examples):
  // the test suite's page assertions read `total` and `label` there.
  const partOf = {
    id: iris.collection,
    ...(label === undefined ? {} : { label }),
    total: items.length,
  }
  const pages: W3cPage[] = []
  for (let start = 0; start < items.length; start += pageSize) {
    const index = pages.length
    const last = start + pageSize >= items.length
    pages.push({
      id: iris.page(index),
      type: 'AnnotationPage',
      partOf,
      startIndex: start,
      ...(index > 0 ? { prev: iris.page(index - 1) } : {}),
      ...(last ? {} : { next: iris.page(index + 1) }),
      items: items.slice(start, start + pageSize),
    })
  }

  const extra = Object.fromEntries(
    Object.entries(file).filter(
      ([key, value]) =>
        !['format', 'document', 'annotations', 'relations'].includes(key) && value !== undefined,
    ),
  ) as JsonObject
  const [first, ...rest] = pages
  return {
    '@context': [...exportContext],
    id: iris.collection,
    type: 'AnnotationCollection',
    ...(label === undefined ? {} : { label }),
    total: items.length,
    ...(first === undefined ? {} : { first, last: iris.page(pages.length - 1) }),
    ...(rest.length > 0 ? { '@included': rest } : {}),
    ...(file.document === undefined
      ? {}
      : { 'scholion:document': file.document as unknown as JsonValue }),
    ...(Object.keys(extra).length > 0 ? { 'scholion:extra': extra } : {}),
  }
}

function annotationToW3c(annotation: Annotation, context: ExportContext): W3cAnnotation {
  const iri = w3cIris(context.base).annotation(annotation.id)
  const spanFields = context.spanFields[annotation.kind] ?? []
  const record = annotation as Readonly<Record<string, unknown>>

  const fields: Record<string, JsonValue> = { 'scholion:kind': annotation.kind }
  const extra: Record<string, JsonValue> = {}
  const targets: W3cTextTarget[] = annotation.spans.map((span) =>
    spanToTarget(span, undefined, context),
  )
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || ['id', 'kind', 'spans', 'creator'].includes(key)) continue
    if ((key === 'created' || key === 'modified') && isUtcDateTime(value)) continue
    if (spanFields.includes(key) && Array.isArray(value) && value.every(isSpanLike)) {
      for (const span of value) targets.push(spanToTarget(span, key, context))
      continue
    }
    if (fieldTerms.includes(key)) fields[`scholion:${key}`] = value as JsonValue
    else extra[key] = value as JsonValue
  }
  if (Object.keys(extra).length > 0) fields['scholion:extra'] = extra

  const body: W3cBody[] = [
    { id: `${iri}/body`, type: 'Dataset', ...fields },
    ...derivedBodies(annotation),
  ]
  const created = isUtcDateTime(annotation.created) ? annotation.created : undefined
  const modified = isUtcDateTime(annotation.modified) ? annotation.modified : undefined
  return {
    id: iri,
    type: 'Annotation',
    motivation: motivationOf(annotation),
    ...(created === undefined ? {} : { created }),
    ...(modified === undefined ? {} : { modified }),
    ...(annotation.creator === undefined ? {} : { creator: creatorToAgent(annotation.creator) }),
    body,
    // An annotation without spans is about the whole article.
    target: targets.length === 0 ? context.source : targets,
  }
}

/**
 * Textual bodies a generic Web Annotation client can show: a note's text
 * (`commenting`, Markdown), a speaker's name (`identifying`) and each tag
 * (`tagging`). They repeat fields of the Scholion body; imports that find the
 * Scholion body ignore them when they are unchanged and keep them otherwise.
 *
 * @example
 * derivedBodies({ id: 'n', kind: 'note', spans: [], body: 'See *NKVD*' })
 * // => [{ type: 'TextualBody', value: 'See *NKVD*', format: 'text/markdown', purpose: 'commenting' }]
 */
export function derivedBodies(annotation: Annotation): W3cBody[] {
  const record = annotation as Readonly<Record<string, unknown>>
  const bodies: W3cBody[] = []
  if (annotation.kind === 'note' && typeof record.body === 'string') {
    bodies.push({
      type: 'TextualBody',
      value: record.body,
      format: 'text/markdown',
      purpose: 'commenting',
    })
  }
  if (annotation.kind === 'speaker' && typeof record.name === 'string') {
    bodies.push({ type: 'TextualBody', value: record.name, purpose: 'identifying' })
  }
  if (Array.isArray(annotation.tags)) {
    for (const tag of annotation.tags) {
      if (typeof tag === 'string')
        bodies.push({ type: 'TextualBody', value: tag, purpose: 'tagging' })
    }
  }
  return bodies
}

function isSpanLike(value: unknown): value is Span {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function spanToTarget(
  span: Span,
  field: string | undefined,
  context: ExportContext,
): W3cTextTarget {
  const quote: W3cTextQuoteSelector = {
    type: 'TextQuoteSelector',
    exact: span.exact,
    ...(span.prefix === undefined ? {} : { prefix: span.prefix }),
    ...(span.suffix === undefined ? {} : { suffix: span.suffix }),
  }
  const start = span.start <= span.end ? context.points.toCodePoint(span.start) : undefined
  const end = start === undefined ? undefined : context.points.toCodePoint(span.end)
  const position: W3cTextPositionSelector | undefined =
    start !== undefined && end !== undefined
      ? { type: 'TextPositionSelector', start, end }
      : undefined
  const rest = Object.fromEntries(
    Object.entries(span).filter(([key, value]) => !spanKeys.includes(key) && value !== undefined),
  ) as JsonObject
  return {
    type: 'SpecificResource',
    source: context.source,
    selector: position === undefined ? [quote] : [quote, position],
    ...(field === undefined ? {} : { 'scholion:field': field }),
    ...(span.anchor === undefined
      ? {}
      : { 'scholion:anchor': span.anchor as unknown as JsonValue }),
    ...(Object.keys(rest).length > 0 ? { 'scholion:span': rest } : {}),
    // Positions a code-point selector cannot express (outside the text, splitting a
    // surrogate pair) are kept in UTF-16 code units, so nothing is lost.
    ...(position === undefined
      ? { 'scholion:position': { start: span.start, end: span.end } }
      : {}),
  }
}

function linkingAnnotations(relations: readonly Relation[], iris: W3cIris): W3cAnnotation[] {
  const seen = new Map<string, number>()
  return relations.map((relation) => {
    let iri = iris.relation(relation)
    const count = (seen.get(iri) ?? 0) + 1
    seen.set(iri, count)
    if (count > 1) iri = `${iri}/${count}`
    const extra = Object.fromEntries(
      Object.entries(relation).filter(
        ([key, value]) =>
          !['type', 'from', 'to', 'id', 'note'].includes(key) && value !== undefined,
      ),
    ) as JsonObject
    const from = iris.annotation(relation.from)
    const to = iris.annotation(relation.to)
    return {
      id: iri,
      type: 'Annotation',
      motivation: 'linking',
      body: [
        {
          id: `${iri}/body`,
          type: 'Dataset',
          'scholion:relationType': relation.type,
          'scholion:from': from,
          'scholion:to': to,
          ...(relation.id === undefined ? {} : { 'scholion:id': relation.id }),
          ...(relation.note === undefined ? {} : { 'scholion:note': relation.note }),
          ...(Object.keys(extra).length > 0 ? { 'scholion:extra': extra } : {}),
        },
      ],
      target: [from, to],
    }
  })
}
