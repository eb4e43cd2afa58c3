/**
 * W3C Web Annotation → Scholion: read an Annotation, AnnotationPage or
 * AnnotationCollection, check it, and anchor its text selectors on the article.
 */
import {
  type Anchorer,
  type Annotation,
  type AnnotationFile,
  type CodePointIndex,
  createAnchorer,
  createCodePointIndex,
  type Problem,
  type Relation,
  type Span,
} from '@scholion/core'
import { decodeIdSegment } from '../iri.js'
import { agentToCreator } from './agent.js'
import { isUtcDateTime } from './fields.js'
import { motivationOf } from './motivation.js'
import { derivedBodies } from './to-w3c.js'
import { checkContext, checkW3cAnnotation } from './validate.js'

/**
 * Options of {@link fromW3c}.
 *
 * @example
 * const options: FromW3cOptions = { source: 'https://example.org/article', file: 'notes.jsonld' }
 */
export interface FromW3cOptions {
  /**
   * IRI of the article. Targets whose `source` is another resource are not anchored
   * (they are kept in the annotation's `w3c` property and reported). Default: every
   * text selector is taken to select the article, whatever its `source`.
   */
  readonly source?: string
  /**
   * Base IRI of annotation ids (as given to `toW3c`): an id `<base>annotations/x`
   * becomes `x`. Default: taken from the collection's id when it ends in
   * `annotations`, else from each id of that form; other ids become their last
   * path segment, and the full IRI is kept in `w3c.id`.
   */
  readonly base?: string
  /** Name of the file read, copied into every problem. Default: none. */
  readonly file?: string
}

/**
 * What {@link fromW3c} found.
 *
 * @example
 * const { file, problems, imported, refused } = fromW3c(json, text)
 */
export interface FromW3cResult {
  /**
   * The annotations and relations read, whenever the input is an Annotation,
   * AnnotationPage or AnnotationCollection; invalid or refused annotations are left
   * out (and reported).
   */
  readonly file?: AnnotationFile
  /**
   * Every problem: `error` for input that breaks the data model (the annotation is
   * rejected), `warning` for annotations refused (nothing in the article to attach
   * to), properties kept in `w3c` and spans that did not anchor exactly.
   */
  readonly problems: readonly Problem[]
  /** Annotations and relations imported. */
  readonly imported: number
  /** Annotations refused or rejected. */
  readonly refused: number
}

type Json = Readonly<Record<string, unknown>>

interface Item {
  readonly value: unknown
  readonly path: string
}

/** Annotation keys the import understands; any other is kept in `w3c`. */
const understoodKeys = [
  '@context',
  'id',
  'type',
  'motivation',
  'created',
  'modified',
  'creator',
  'body',
  'bodyValue',
  'target',
]

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value]
}

function hasType(value: Json, type: string): boolean {
  return asArray(value.type).includes(type)
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/**
 * Reads W3C Web Annotation JSON-LD (a string, or JSON already parsed) into an
 * annotation file for `text`, the article's reading text.
 *
 * - Every annotation is checked against the data model's MUST constraints
 *   (see {@link checkW3cAnnotation}); one that breaks them is rejected with an
 *   error naming the JSON path and what was expected.
 * - Annotations exported by Scholion (with a `scholion:kind` body) come back with
 *   every field; relations come back from `linking` annotations.
 * - Other annotations become notes: textual bodies that comment or describe make
 *   the note's text, `tagging` bodies its tags.
 * - Text selectors are anchored on `text`: the quote first, with the position
 *   (code points, converted to UTF-16) as a hint. Spans that do not anchor
 *   exactly carry an `anchor` with their status and are reported.
 * - What the Scholion model cannot hold (other bodies, non-text targets, `rights`,
 *   `audience` …) is kept in the annotation's `w3c` property and reported.
 * - An annotation with nothing to attach to in the article is refused, with the
 *   reason.
 *
 * @example
 * const { file, problems } = fromW3c(await readFile('notes.jsonld', 'utf8'), document.text, { source: 'https://example.org/article' })
 */
export function fromW3c(input: unknown, text: string, options: FromW3cOptions = {}): FromW3cResult {
  const problems: Problem[] = []
  const push = (problem: Problem) =>
    problems.push(options.file === undefined ? problem : { ...problem, file: options.file })
  const none = (): FromW3cResult => ({ problems, imported: 0, refused: 0 })

  let root: unknown = input
  if (typeof input === 'string') {
    try {
      root = JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input)
    } catch (error) {
      push({
        code: 'w3c-json',
        severity: 'error',
        message: `Unexpected content, expected JSON-LD (${error instanceof Error ? error.message : String(error)})`,
      })
      return none()
    }
  }
  if (!isObject(root)) {
    push({
      code: 'w3c-shape',
      severity: 'error',
      jsonPath: '$',
      message: `Unexpected ${Array.isArray(root) ? 'array' : typeof root}, expected an Annotation, AnnotationPage or AnnotationCollection object`,
    })
    return none()
  }

  const items: Item[] = []
  let embedded = false
  let base = options.base
  let documentInfo: unknown
  let extra: Json | undefined
  const containerFail = (path: string, message: string) =>
    push({ code: 'w3c-invalid', severity: 'error', jsonPath: path, message })

  if (hasType(root, 'AnnotationCollection')) {
    embedded = true
    checkContext(root, '$', containerFail)
    if (base === undefined && typeof root.id === 'string' && root.id.endsWith('annotations')) {
      base = root.id.slice(0, -'annotations'.length)
    }
    documentInfo = root['scholion:document']
    if (isObject(root['scholion:extra'])) extra = root['scholion:extra']
    collectPages(root, items, containerFail, push)
  } else if (hasType(root, 'AnnotationPage')) {
    embedded = true
    checkContext(root, '$', containerFail)
    collectItems(root.items, '$.items', items, containerFail, push)
  } else if (hasType(root, 'Annotation')) {
    items.push({ value: root, path: '$' })
  } else {
    push({
      code: 'w3c-shape',
      severity: 'error',
      jsonPath: '$.type',
      message: `Unexpected type ${JSON.stringify(root.type) ?? 'none'}, expected \`Annotation\`, \`AnnotationPage\` or \`AnnotationCollection\``,
    })
    return none()
  }
  if (problems.some((problem) => problem.severity === 'error') && items.length === 0) return none()

  const containerRefused = problems.filter((problem) => problem.code === 'w3c-refused').length
  const reader = new Reader(text, options, base, push)
  const annotations: Annotation[] = []
  const linking: { value: Json; path: string }[] = []
  let refused = containerRefused
  for (const item of items) {
    const violations = checkW3cAnnotation(item.value, { embedded })
    const value = item.value as Json
    const annotationId = typeof value?.id === 'string' ? value.id : undefined
    if (violations.length > 0) {
      refused++
      for (const violation of violations) {
        push({
          code: 'w3c-invalid',
          severity: 'error',
          jsonPath: item.path + violation.path.slice(1),
          ...(annotationId === undefined ? {} : { annotationId }),
          message: `${violation.message} (annotation rejected)`,
        })
      }
      continue
    }
    if (
      asArray(value.body).some(
        (body) => isObject(body) && body['scholion:relationType'] !== undefined,
      )
    ) {
      linking.push({ value, path: item.path })
      continue
    }
    const annotation = reader.annotation(value, item.path)
    if (annotation === undefined) refused++
    else annotations.push(annotation)
  }
  const relations = linking.flatMap(({ value, path }) => {
    const relation = reader.relation(value, path)
    if (relation === undefined) refused++
    return relation === undefined ? [] : [relation]
  })

  const file = {
    ...extra,
    format: 'scholion/1',
    ...(isObject(documentInfo) ? { document: documentInfo } : {}),
    annotations,
    ...(relations.length > 0 ? { relations } : {}),
  } as AnnotationFile
  return { file, problems, imported: annotations.length + relations.length, refused }
}

function collectPages(
  collection: Json,
  items: Item[],
  fail: (path: string, message: string) => void,
  push: (problem: Problem) => void,
): void {
  const included = asArray(collection['@included']).filter(isObject)
  const byId = new Map<string, { page: Json; path: string }>()
  included.forEach((page, index) => {
    if (typeof page.id === 'string') byId.set(page.id, { page, path: `$['@included'][${index}]` })
  })
  const total = collection.total
  let next: { page: Json; path: string } | undefined
  if (isObject(collection.first)) next = { page: collection.first, path: '$.first' }
  else if (typeof collection.first === 'string') {
    next = byId.get(collection.first)
    if (next === undefined) {
      // Valid W3C (pages served separately), but nothing to read here.
      push({
        code: 'w3c-refused',
        severity: 'warning',
        jsonPath: '$.first',
        message: `Refused collection \`${String(collection.id)}\`: its first page \`${collection.first}\` is not in the file, expected the pages embedded (\`first\` as an object, later pages in \`@included\`)`,
      })
      return
    }
  } else if (collection.first !== undefined || (typeof total === 'number' && total > 0)) {
    fail('$.first', 'Unexpected collection without its first page, expected `first`')
    return
  }
  const visited = new Set<Json>()
  while (next !== undefined && !visited.has(next.page)) {
    visited.add(next.page)
    if (!hasType(next.page, 'AnnotationPage')) {
      fail(
        `${next.path}.type`,
        `Unexpected type ${JSON.stringify(next.page.type)}, expected \`AnnotationPage\``,
      )
      return
    }
    collectItems(next.page.items, `${next.path}.items`, items, fail, push)
    const following: unknown = next.page.next
    if (following === undefined) break
    const id = isObject(following) ? following.id : following
    next = isObject(following)
      ? { page: following, path: `${next.path}.next` }
      : typeof id === 'string'
        ? byId.get(id)
        : undefined
    if (next === undefined) {
      push({
        code: 'w3c-refused',
        severity: 'warning',
        jsonPath: '$',
        message: `Refused the rest of the collection: page \`${String(id)}\` is not in the file, expected every page embedded (in \`@included\`)`,
      })
    }
  }
}

function collectItems(
  value: unknown,
  path: string,
  items: Item[],
  fail: (path: string, message: string) => void,
  push: (problem: Problem) => void,
): void {
  if (!Array.isArray(value)) {
    fail(
      path,
      `Unexpected items ${JSON.stringify(value) ?? 'none'}, expected an array of annotations`,
    )
    return
  }
  value.forEach((item, index) => {
    if (typeof item === 'string') {
      push({
        code: 'w3c-refused',
        severity: 'warning',
        jsonPath: `${path}[${index}]`,
        annotationId: item,
        message: `Refused annotation \`${item}\`: only its IRI is in the file, expected the annotation embedded`,
      })
    } else items.push({ value: item, path: `${path}[${index}]` })
  })
}

/** Turns checked W3C annotations into Scholion annotations and relations. */
class Reader {
  readonly #text: string
  readonly #points: CodePointIndex
  #anchorer: Anchorer | undefined
  readonly #options: FromW3cOptions
  readonly #base: string | undefined
  readonly #push: (problem: Problem) => void
  /** Annotation IRI → local id, for relations. */
  readonly #ids = new Map<string, string>()
  readonly #used = new Set<string>()
  /** Targets used for spans that also had something Scholion cannot hold (per annotation). */
  #keptTargets: unknown[] = []

  constructor(
    text: string,
    options: FromW3cOptions,
    base: string | undefined,
    push: (problem: Problem) => void,
  ) {
    this.#text = text
    this.#points = createCodePointIndex(text)
    this.#options = options
    this.#base = base
    this.#push = push
  }

  get anchorer(): Anchorer {
    this.#anchorer ??= createAnchorer(this.#text)
    return this.#anchorer
  }

  /** The local id of an IRI, and whether the IRI follows the export scheme. */
  localId(iri: string): { id: string; exact: boolean } {
    const known = this.#ids.get(iri)
    if (known !== undefined) return { id: known, exact: true }
    const prefix = this.#base === undefined ? undefined : `${this.#base}annotations/`
    let segment: string | undefined
    let exact = false
    if (prefix !== undefined && iri.startsWith(prefix) && !iri.slice(prefix.length).includes('/')) {
      segment = iri.slice(prefix.length)
      exact = true
    } else if (this.#base === undefined) {
      const match = /\/annotations\/([^/#?]+)$/.exec(iri)
      if (match?.[1] !== undefined) {
        segment = match[1]
        exact = true
      }
    }
    if (segment === undefined) segment = /([^/#:?=]+)[/#]?$/.exec(iri)?.[1] ?? 'annotation'
    const decoded = decodeIdSegment(segment)
    let id = (decoded ?? segment).replace(/\s+/g, '-') || 'annotation'
    if (decoded === undefined || /\s/.test(decoded ?? '')) exact = false
    if (this.#used.has(id)) {
      exact = false
      let count = 2
      while (this.#used.has(`${id}-${count}`)) count++
      id = `${id}-${count}`
    }
    return { id, exact }
  }

  annotation(value: Json, path: string): Annotation | undefined {
    const iri = value.id as string
    const kept: Record<string, unknown> = {}
    const structured = asArray(value.body).find(
      (body): body is Json => isObject(body) && typeof body['scholion:kind'] === 'string',
    )

    // Targets: spans, the whole article, or something kept.
    const spans: Record<string, Span[]> = {}
    let wholeArticle = false
    const keptTargets: unknown[] = []
    this.#keptTargets = keptTargets
    const reasons: string[] = []
    for (const target of asArray(value.target)) {
      const result = this.target(target, iri)
      if (result === 'article') wholeArticle = true
      else if (typeof result === 'string') {
        keptTargets.push(target)
        reasons.push(result)
      } else {
        const list = spans[result.field] ?? []
        list.push(result.span)
        spans[result.field] = list
      }
    }
    const spanCount = Object.values(spans).reduce((sum, list) => sum + list.length, 0)
    if (spanCount === 0 && !wholeArticle) {
      this.#push({
        code: 'w3c-refused',
        severity: 'warning',
        jsonPath: `${path}.target`,
        annotationId: iri,
        message: `Refused annotation \`${iri}\`: nothing in the article to attach it to (${reasons.join('; ') || 'no target'}), expected a SpecificResource with a TextQuoteSelector or TextPositionSelector${this.#options.source === undefined ? '' : `, or the article \`${this.#options.source}\``}`,
      })
      return undefined
    }
    if (keptTargets.length > 0) kept.target = keptTargets

    const { id, exact } = this.localId(iri)
    this.#ids.set(iri, id)
    this.#used.add(id)
    if (!exact) kept.id = iri

    let fields: Record<string, unknown>
    const keptBodies: unknown[] = []
    if (structured !== undefined) {
      fields = { kind: structured['scholion:kind'] }
      for (const [key, field] of Object.entries(structured)) {
        if (key === 'id' || key === 'type' || key === 'scholion:kind') continue
        if (key === 'scholion:extra' && isObject(field)) Object.assign(fields, field)
        else if (key.startsWith('scholion:')) fields[key.slice('scholion:'.length)] = field
      }
    } else {
      fields = { kind: 'note' }
    }
    for (const [field, list] of Object.entries(spans)) if (field !== 'spans') fields[field] = list

    // Bodies other than the structured one.
    const texts: string[] = []
    const tags: string[] = []
    const draft = { id, spans: spans.spans ?? [], ...fields } as unknown as Annotation
    const derived = structured === undefined ? [] : derivedBodies(draft)
    const bodies =
      value.bodyValue !== undefined
        ? [{ type: 'TextualBody', value: asArray(value.bodyValue)[0] }]
        : asArray(value.body)
    for (const body of bodies) {
      if (body === structured) continue
      if (structured !== undefined) {
        if (!derived.some((candidate) => sameJson(candidate, body))) keptBodies.push(body)
        continue
      }
      if (isObject(body) && typeof body.value === 'string' && !hasType(body, 'SpecificResource')) {
        const purposes = asArray(body.purpose)
        if (purposes.includes('tagging')) tags.push(body.value)
        else texts.push(body.value)
        const understood = Object.keys(body).every((key) =>
          ['type', 'value', 'purpose', 'format'].includes(key),
        )
        if (!understood) keptBodies.push(body)
      } else keptBodies.push(body)
    }
    if (structured === undefined) {
      if (texts.length > 0) fields.body = texts.join('\n\n')
      if (tags.length > 0) fields.tags = tags
    }
    if (keptBodies.length > 0)
      kept.body = value.bodyValue === undefined ? keptBodies : value.bodyValue

    // Provenance.
    const creator =
      value.creator === undefined
        ? undefined
        : agentToCreator(Array.isArray(value.creator) ? value.creator[0] : value.creator)
    if (
      value.creator !== undefined &&
      (creator === undefined ||
        Array.isArray(value.creator) ||
        (isObject(value.creator) &&
          structured === undefined &&
          Object.keys(value.creator).some((key) => !['id', 'name', 'type'].includes(key))))
    ) {
      kept.creator = value.creator
    }
    const dates: Record<string, string> = {}
    for (const key of ['created', 'modified'] as const) {
      const date = value[key]
      if (date === undefined) continue
      if (isUtcDateTime(date)) dates[key] = date
      else {
        // Valid per the check above, with an offset: stored in UTC, original kept.
        dates[key] = new Date(date as string).toISOString()
        kept[key] = date
      }
    }

    for (const key of Object.keys(value)) {
      if (!understoodKeys.includes(key)) kept[key] = value[key]
    }
    const annotation = {
      id,
      ...fields,
      spans: spans.spans ?? [],
      ...(creator === undefined ? {} : { creator }),
      ...dates,
    } as Record<string, unknown>
    const motivation = value.motivation
    if (motivation !== undefined && !sameJson(motivation, motivationOf(annotation as Annotation))) {
      kept.motivation = motivation
    }
    if (Object.keys(kept).length > 0) {
      annotation.w3c = kept
      this.#push({
        code: 'w3c-kept',
        severity: 'warning',
        jsonPath: path,
        annotationId: id,
        message: `Kept ${Object.keys(kept)
          .map((key) => `\`${key}\``)
          .join(
            ', ',
          )} of \`${iri}\` in the annotation's \`w3c\` property: Scholion has no field for ${Object.keys(kept).length === 1 ? 'it' : 'them'}`,
      })
    }
    return annotation as Annotation
  }

  /**
   * Reads one target: a span (with the field it belongs to), `'article'` for the
   * whole article, or the reason it cannot be used.
   */
  target(target: unknown, iri: string): { field: string; span: Span } | 'article' | string {
    const source = this.#options.source
    if (typeof target === 'string') {
      if (source === undefined || target === source) return 'article'
      return `target \`${target}\` is not the article`
    }
    if (!isObject(target)) return 'target is not a resource'
    if (!hasType(target, 'SpecificResource') && target.source === undefined) {
      const id = typeof target.id === 'string' ? target.id : undefined
      if (
        id !== undefined &&
        (source === undefined || id === source) &&
        Object.keys(target).every((key) => ['id', 'type', 'format', 'language'].includes(key))
      )
        return 'article'
      return `target ${id === undefined ? 'without a source' : `\`${id}\``} is not a part of the article`
    }
    const targetSource = isObject(target.source) ? target.source.id : target.source
    if (source !== undefined && targetSource !== source) {
      return `target source \`${String(targetSource)}\` is not the article \`${source}\``
    }
    const understood = [
      'type',
      'source',
      'selector',
      'scholion:field',
      'scholion:anchor',
      'scholion:span',
      'scholion:position',
    ]
    // Keys that change what the target is (a past state, a scope, a rendering) make
    // its selectors unusable on the article; others (an id, a format, a style) do
    // not, and the target is then also kept verbatim.
    const changing = Object.keys(target).filter((key) =>
      ['state', 'scope', 'renderedVia'].includes(key),
    )
    if (changing.length > 0)
      return `target has ${changing.map((key) => `\`${key}\``).join(', ')}, which Scholion cannot apply`
    let keep = Object.keys(target).some((key) => !understood.includes(key))
    let quote: Json | undefined
    let position: Json | undefined
    let refinedQuote: Json | undefined
    for (const selector of asArray(target.selector)) {
      if (!isObject(selector)) continue
      if (hasType(selector, 'TextQuoteSelector') && quote === undefined) quote = selector
      if (hasType(selector, 'TextPositionSelector') && position === undefined) position = selector
      // A quote inside a fragment: searched in the whole article (the fragment is
      // not known here); a position inside it is relative to it, so unusable.
      for (const refinement of asArray(selector.refinedBy)) {
        if (isObject(refinement) && hasType(refinement, 'TextQuoteSelector'))
          refinedQuote ??= refinement
      }
    }
    if (quote === undefined && position === undefined && refinedQuote !== undefined) {
      quote = refinedQuote
      keep = true
      this.warn(
        'w3c-refined',
        iri,
        `Searched the quote \`${short(String(refinedQuote.exact))}\` of \`${iri}\` in the whole article: the selector it refines is not applied`,
      )
    }
    if (quote === undefined && position === undefined) {
      return 'target has no TextQuoteSelector or TextPositionSelector'
    }
    if (keep) this.#keptTargets.push(target)
    const span = this.span(quote, position, target, iri)
    if (typeof span === 'string') return span
    const field = typeof target['scholion:field'] === 'string' ? target['scholion:field'] : 'spans'
    return { field, span }
  }

  span(
    quote: Json | undefined,
    position: Json | undefined,
    target: Json,
    iri: string,
  ): Span | string {
    const text = this.#text
    let hint: { start: number; end: number } | undefined
    if (position !== undefined) {
      const start = this.#points.toCodeUnit(position.start as number)
      const end = this.#points.toCodeUnit(position.end as number)
      if (start !== undefined && end !== undefined) hint = { start, end }
    } else if (isObject(target['scholion:position'])) {
      const { start, end } = target['scholion:position']
      if (Number.isInteger(start) && Number.isInteger(end))
        hint = { start: start as number, end: end as number }
    }
    const extra = isObject(target['scholion:span']) ? target['scholion:span'] : {}
    const anchor = isObject(target['scholion:anchor']) ? { anchor: target['scholion:anchor'] } : {}
    if (quote === undefined) {
      if (hint === undefined) {
        return `TextPositionSelector [${String(position?.start)}, ${String(position?.end)}) is outside the article (${this.#points.codePointLength} code points)`
      }
      const described = this.anchorer.describe(hint)
      this.warn(
        'w3c-unverified',
        iri,
        `Span [${hint.start}, ${hint.end}) of \`${iri}\` has a position only: its quote \`${short(described.exact)}\` is taken from the article unverified`,
      )
      return { ...extra, ...described } as Span
    }
    const exact = quote.exact as string
    const prefix = typeof quote.prefix === 'string' ? { prefix: quote.prefix } : {}
    const suffix = typeof quote.suffix === 'string' ? { suffix: quote.suffix } : {}
    if (
      hint !== undefined &&
      hint.start <= hint.end &&
      hint.end <= text.length &&
      text.slice(hint.start, hint.end) === exact
    ) {
      return {
        ...extra,
        start: hint.start,
        end: hint.end,
        exact,
        ...prefix,
        ...suffix,
        ...anchor,
      } as Span
    }
    let guess = hint
    if (guess === undefined) {
      const at = text.indexOf(exact)
      guess =
        at === -1
          ? { start: 0, end: Math.min(exact.length, text.length) }
          : { start: at, end: at + exact.length }
    }
    const result = this.anchorer.resolve({
      start: guess.start,
      end: guess.end,
      exact,
      prefix: quote.prefix === undefined ? '' : String(quote.prefix),
      suffix: quote.suffix === undefined ? '' : String(quote.suffix),
    })
    const found = { anchor: { status: result.status, score: result.score } }
    if (result.start !== undefined && result.end !== undefined) {
      if (result.status !== 'exact') {
        this.warn(
          'w3c-anchor',
          iri,
          `Quote \`${short(exact)}\` of \`${iri}\` anchored ${result.status} (score ${result.score.toFixed(2)}) at [${result.start}, ${result.end})`,
        )
      }
      return { ...extra, ...result.selector, ...found } as Span
    }
    this.warn(
      'w3c-anchor',
      iri,
      `Quote \`${short(exact)}\` of \`${iri}\` is ${result.status} in the article: kept with its selectors, not attached`,
    )
    const at = hint ?? { start: 0, end: 0 }
    return { ...extra, start: at.start, end: at.end, exact, ...prefix, ...suffix, ...found } as Span
  }

  relation(value: Json, path: string): Relation | undefined {
    const body = asArray(value.body).find(
      (item): item is Json => isObject(item) && item['scholion:relationType'] !== undefined,
    ) as Json
    const targets = asArray(value.target)
    const fromIri = body['scholion:from'] ?? targets[0]
    const toIri = body['scholion:to'] ?? targets[1]
    const iri = value.id as string
    if (
      typeof fromIri !== 'string' ||
      typeof toIri !== 'string' ||
      typeof body['scholion:relationType'] !== 'string'
    ) {
      this.#push({
        code: 'w3c-refused',
        severity: 'warning',
        jsonPath: path,
        annotationId: iri,
        message: `Refused linking annotation \`${iri}\`: expected a relation type and two annotation IRIs`,
      })
      return undefined
    }
    const from = this.localId(fromIri).id
    const to = this.localId(toIri).id
    for (const [end, target] of [
      [from, fromIri],
      [to, toIri],
    ] as const) {
      if (!this.#used.has(end)) {
        this.#push({
          code: 'w3c-relation',
          severity: 'warning',
          jsonPath: path,
          annotationId: iri,
          message: `Relation \`${iri}\` links \`${target}\`, which is not among the imported annotations`,
        })
      }
    }
    const extra = isObject(body['scholion:extra']) ? body['scholion:extra'] : {}
    return {
      ...extra,
      type: body['scholion:relationType'],
      from,
      to,
      ...(typeof body['scholion:id'] === 'string' ? { id: body['scholion:id'] } : {}),
      ...(typeof body['scholion:note'] === 'string' ? { note: body['scholion:note'] } : {}),
    } as Relation
  }

  warn(code: string, annotationId: string, message: string): void {
    this.#push({ code, severity: 'warning', annotationId, message })
  }
}

function short(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}…` : text
}
