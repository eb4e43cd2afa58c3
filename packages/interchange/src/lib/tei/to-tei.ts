/**
 * Scholion → TEI P5: the text, and the annotations as standoff markup.
 */
import {
  type Annotation,
  type AnnotationFile,
  annotationSpans,
  type CodePointIndex,
  type Creator,
  createCodePointIndex,
  type Problem,
  type Span,
} from '@scholion/core'
import type { Element, ElementContent, Root } from 'xast'
import { toXml } from 'xast-util-to-xml'
import { x } from 'xastscript'
import { motivationOf } from '../w3c/motivation.js'

/**
 * Options of {@link toTei}.
 *
 * @example
 * const options: ToTeiOptions = { textId: 'article-text' }
 */
export interface ToTeiOptions {
  /**
   * `xml:id` of the element holding the text, which every pointer names.
   * Default: `scholion-text`.
   */
  readonly textId?: string
}

/**
 * What {@link toTei} writes: the XML, and what it had to change (characters XML
 * cannot hold).
 *
 * @example
 * const { xml, problems } = toTei(file, document.text)
 */
export interface TeiDocument {
  /** The TEI document, UTF-8 XML with a declaration. */
  readonly xml: string
  /** Warnings: characters replaced, ids renamed. */
  readonly problems: readonly Problem[]
}

/**
 * The TEI namespace.
 *
 * @example
 * teiNamespace // => 'http://www.tei-c.org/ns/1.0'
 */
export const teiNamespace = 'http://www.tei-c.org/ns/1.0'

/** True for code units XML 1.0 cannot hold: C0 controls other than tab, LF, CR; U+FFFE; U+FFFF. */
function forbiddenUnit(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) ||
    code === 0xfffe ||
    code === 0xffff
  )
}

/** Replaces what XML cannot hold (see `forbiddenUnit`, and lone surrogates) by U+FFFD, one for one. */
function xmlSafe(text: string): string {
  let result = ''
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        result += text.slice(index, index + 2)
        index++
        continue
      }
      result += '\uFFFD'
    } else if ((code >= 0xdc00 && code <= 0xdfff) || forbiddenUnit(code)) result += '\uFFFD'
    else result += text[index]
  }
  return result
}

/** Escapes text content: `&`, `<`, `>`, and CR as `&#13;` (parsers would turn a literal CR into LF). */
function escapeText(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('\r', '&#13;')
}

const ncName = /^[A-Za-z_][\w.-]*$/

/**
 * A TEI pointer to a span: `#string-range(//ab[@xml:id='<textId>'],<offset>,<length>)`,
 * offset and length in characters (Unicode code points, as XPath counts them) into
 * the string value of the text element. `undefined` for spans outside the text.
 *
 * @example
 * teiPointer(createCodePointIndex('a😃b'), 'scholion-text', { start: 3, end: 4, exact: 'b' })
 * // => "#string-range(//ab[@xml:id='scholion-text'],2,1)"
 */
export function teiPointer(points: CodePointIndex, textId: string, span: Span): string | undefined {
  const start = points.toCodePoint(span.start)
  const end = points.toCodePoint(span.end)
  if (start === undefined || end === undefined || end < start) return undefined
  return `#string-range(//ab[@xml:id='${textId}'],${start},${end - start})`
}

/**
 * Converts an annotation file and its text to a TEI P5 document:
 *
 * - `teiHeader`: title, one `respStmt` per creator (what `@resp` points to),
 *   publication statement, source description from the `document` block;
 * - `text`: the reading text as it is, in one `<ab xml:id="scholion-text">`;
 * - `standOff`: speakers in `listPerson` (`person`, `personGrp` for groups) and
 *   `listOrg` (organisations, agencies), with names, roles, `idno`s and their
 *   mentions as `ptr`s; uncertainty as `certainty` (`@cert` from the degree,
 *   `@type`, `@locus`, `@target` the scope, else the cue); claims, figures, notes
 *   and other kinds as `annotation` elements in `listAnnotation` (figures with a
 *   `num` or `measure` carrying `@value`, `@atLeast`, `@atMost`); relations as
 *   `relation` elements in `listRelation` (`@active` from, `@passive` to).
 *
 * Spans are pointed at with `string-range()` (see {@link teiPointer}).
 *
 * @example
 * const { xml } = toTei(file, document.text)
 */
export function toTei(file: AnnotationFile, text: string, options: ToTeiOptions = {}): TeiDocument {
  const textId = options.textId ?? 'scholion-text'
  const problems: Problem[] = []
  const points = createCodePointIndex(text)
  const info = file.document

  // Characters XML cannot hold become U+FFFD: one code point for one, so pointers stay right.
  const safe = xmlSafe(text)
  if (safe !== text) {
    problems.push({
      code: 'tei-character',
      severity: 'warning',
      message:
        'Replaced characters XML 1.0 cannot hold (control characters, lone surrogates) with U+FFFD in the text',
    })
  }
  const clean = escapeText(safe)

  // xml:ids: annotation ids when they are XML names, else a safe form.
  const xmlIds = new Map<string, string>()
  const used = new Set<string>([textId])
  for (const annotation of file.annotations) {
    let id = ncName.test(annotation.id)
      ? annotation.id
      : `a-${annotation.id.replace(/[^\w.-]/g, '_')}`
    while (used.has(id)) id = `${id}_`
    used.add(id)
    xmlIds.set(annotation.id, id)
    if (id !== annotation.id) {
      problems.push({
        code: 'tei-id',
        severity: 'warning',
        annotationId: annotation.id,
        message: `Wrote \`${annotation.id}\` as xml:id \`${id}\`: an xml:id must be an XML name`,
      })
    }
  }
  const ref = (id: string) => `#${xmlIds.get(id) ?? id}`

  // Creators → respStmt.
  const resps = new Map<string, { xmlId: string; creator: Creator }>()
  const respOf = (annotation: Annotation): Record<string, string> => {
    const creator = annotation.creator
    if (creator === undefined) return {}
    const key = JSON.stringify(creator)
    let entry = resps.get(key)
    if (entry === undefined) {
      entry = { xmlId: `resp-${resps.size + 1}`, creator }
      resps.set(key, entry)
    }
    return { resp: `#${entry.xmlId}` }
  }

  const pointers = (spans: readonly Span[]) =>
    spans.flatMap((span) => {
      const pointer = teiPointer(points, textId, span)
      return pointer === undefined ? [] : [pointer]
    })
  const targetOf = (annotation: Annotation) => {
    const list = pointers(annotationSpans(annotation).map((located) => located.span))
    return list.length === 0 ? {} : { target: list.join(' ') }
  }
  const when = (annotation: Annotation) =>
    (annotation.modified ?? annotation.created)
      ? [
          x('date', {
            type: annotation.modified ? 'modified' : 'created',
            when: String(annotation.modified ?? annotation.created),
          }),
        ]
      : []

  const persons: Element[] = []
  const orgs: Element[] = []
  const certainties: Element[] = []
  const others: Element[] = []
  for (const annotation of file.annotations) {
    const record = annotation as Readonly<Record<string, unknown>>
    const xmlId = xmlIds.get(annotation.id) as string
    const string = (key: string) =>
      typeof record[key] === 'string' ? (record[key] as string) : undefined
    if (annotation.kind === 'speaker') {
      const type = string('type')
      const org = type === 'organisation' || type === 'agency'
      const name = string('name')
      const mentions = pointers(annotation.spans).map((target) =>
        x('ptr', { type: 'mention', target }),
      )
      const identifiers =
        typeof record.identifiers === 'object' && record.identifiers !== null
          ? Object.entries(record.identifiers as Record<string, unknown>)
          : []
      const children: ElementContent[] = [
        ...(name === undefined ? [] : [x(org ? 'orgName' : 'persName', name)]),
        ...(string('role') === undefined ? [] : [x(org ? 'desc' : 'occupation', string('role'))]),
        ...identifiers.map(([scheme, value]) => x('idno', { type: scheme }, String(value))),
        ...(mentions.length === 0 ? [] : [x('note', { type: 'mentions' }, mentions)]),
      ]
      const element = org ? 'org' : type === 'group' ? 'personGrp' : 'person'
      const attributes = {
        'xml:id': xmlId,
        ...respOf(annotation),
        ...(org ? { type } : type === 'anonymous' ? { role: 'anonymous' } : {}),
      }
      ;(org ? orgs : persons).push(x(element, attributes, children))
      continue
    }
    if (annotation.kind === 'uncertainty') {
      const scope = Array.isArray(record.scope) ? pointers(record.scope as Span[]) : []
      const cue = pointers(annotation.spans)
      const degree = string('degree')
      const type = string('uncertaintyType')
      // @cert is how sure the statement is: the inverse of Scholion's degree of doubt.
      const cert =
        degree === 'high'
          ? 'low'
          : degree === 'low'
            ? 'high'
            : degree === 'medium'
              ? 'medium'
              : 'unknown'
      const locus =
        type === 'vague-quantity'
          ? 'value'
          : type === 'identity' || type === 'unclear-attribution'
            ? 'name'
            : type === 'dating'
              ? 'value'
              : 'value'
      const target = scope.length > 0 ? scope : cue
      certainties.push(
        x(
          'certainty',
          {
            'xml:id': xmlId,
            cert,
            locus,
            ...(type ? { type } : {}),
            ...(string('origin') ? { ana: `#origin-${string('origin')}` } : {}),
            ...(target.length ? { target: target.join(' ') } : {}),
            ...respOf(annotation),
          },
          [
            x('desc', [
              ...(string('explanation') === undefined
                ? []
                : [{ type: 'text' as const, value: string('explanation') as string }]),
              ...(scope.length > 0
                ? cue.map((pointer) => x('ptr', { type: 'cue', target: pointer }))
                : []),
            ]),
          ],
        ),
      )
      continue
    }
    const body: ElementContent[] = []
    if (annotation.kind === 'figure') {
      const written = string('written') ?? annotation.spans[0]?.exact ?? ''
      const ranging = {
        ...(typeof record.atLeast === 'number' ? { atLeast: String(record.atLeast) } : {}),
        ...(typeof record.atMost === 'number' ? { atMost: String(record.atMost) } : {}),
      }
      const type = string('numberType')
      const counted = string('counted')
      const unit = string('unit')
      body.push(
        counted !== undefined || unit !== undefined
          ? x(
              'measure',
              {
                ...(type ? { type } : {}),
                ...(typeof record.value === 'number' ? { quantity: String(record.value) } : {}),
                ...ranging,
                ...(unit ? { unit } : {}),
                ...(counted ? { commodity: counted } : {}),
              },
              written,
            )
          : x(
              'num',
              {
                ...(type ? { type } : {}),
                ...(typeof record.value === 'number' ? { value: String(record.value) } : {}),
                ...ranging,
              },
              written,
            ),
      )
      for (const key of ['approximator', 'when'] as const) {
        if (string(key) !== undefined) body.push(x('note', { type: key }, string(key)))
      }
      if (record.vague === true) body.push(x('note', { type: 'vague' }, 'true'))
    } else if (annotation.kind === 'note') {
      if (string('body') !== undefined) body.push(x('note', { type: 'commentary' }, string('body')))
    } else {
      // Claims and other kinds: each scalar field as a labelled term.
      const terms: Element[] = []
      const add = (type: string, value: unknown) => {
        if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
          terms.push(x('term', { type }, String(value)))
      }
      for (const [key, value] of Object.entries(record)) {
        if (['id', 'kind', 'spans', 'creator', 'created', 'modified', 'tags'].includes(key))
          continue
        if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
          for (const [inner, innerValue] of Object.entries(value))
            add(`${key}.${inner}`, innerValue)
        } else add(key, value)
      }
      if (terms.length > 0) body.push(x('note', { type: annotation.kind }, terms))
    }
    if (Array.isArray(annotation.tags))
      for (const tag of annotation.tags) body.push(x('note', { type: 'tag' }, String(tag)))
    others.push(
      x(
        'annotation',
        {
          'xml:id': xmlId,
          motivation: motivationOf(annotation),
          ana: `#kind-${annotation.kind.replace(/[^\w.-]/g, '_')}`,
          ...targetOf(annotation),
          ...respOf(annotation),
        },
        [...when(annotation), ...body],
      ),
    )
  }
  const relations = (file.relations ?? []).map((relation) =>
    x(
      'relation',
      {
        name: relation.type,
        active: ref(relation.from),
        passive: ref(relation.to),
        ...(relation.id && ncName.test(relation.id) ? { 'xml:id': relation.id } : {}),
      },
      relation.note === undefined ? [] : [x('desc', relation.note)],
    ),
  )

  const bibl =
    info === undefined
      ? []
      : [
          x('bibl', [
            ...(info.title === undefined ? [] : [x('title', info.title)]),
            ...(info.author === undefined ? [] : [x('author', info.author)]),
            ...(info.agency === undefined ? [] : [x('distributor', info.agency)]),
            ...(info.publication === undefined ? [] : [x('publisher', info.publication)]),
            ...(info.dateline === undefined ? [] : [x('pubPlace', info.dateline)]),
            ...(info.published === undefined
              ? []
              : [x('date', { when: info.published }, info.published)]),
            ...(info.url === undefined ? [] : [x('ref', { target: info.url }, info.url)]),
            ...(info.textHash === undefined
              ? []
              : [x('idno', { type: 'textHash' }, info.textHash)]),
          ]),
        ]
  const header = x('teiHeader', [
    x('fileDesc', [
      x('titleStmt', [
        x('title', info?.title ?? 'Annotated text'),
        ...[...resps.values()].map(({ xmlId, creator }) =>
          x('respStmt', { 'xml:id': xmlId }, [
            x('resp', 'annotation'),
            typeof creator === 'string'
              ? x('name', creator)
              : x('name', creator.id ? { ref: creator.id } : {}, creator.name),
          ]),
        ),
      ]),
      x('publicationStmt', [
        x('p', 'Exported by Scholion (@scholion/interchange) from a scholion/1 annotation file.'),
      ]),
      x('sourceDesc', bibl.length > 0 ? bibl : [x('p', 'Unknown source.')]),
    ]),
    ...(info?.language === undefined
      ? []
      : [
          x('profileDesc', [
            x('langUsage', [x('language', { ident: info.language }, info.language)]),
          ]),
        ]),
  ])
  const standOff = x('standOff', [
    ...(persons.length > 0 ? [x('listPerson', persons)] : []),
    ...(orgs.length > 0 ? [x('listOrg', orgs)] : []),
    ...(others.length > 0 ? [x('listAnnotation', others)] : []),
    ...certainties,
    ...(relations.length > 0 ? [x('listRelation', relations)] : []),
  ])
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8"' },
      { type: 'text', value: '\n' },
      x('TEI', { xmlns: teiNamespace, ...(info?.language ? { 'xml:lang': info.language } : {}) }, [
        header,
        x('text', [
          x('body', [
            x('ab', { 'xml:id': textId }, [
              { type: 'raw', value: clean } as unknown as ElementContent,
            ]),
          ]),
        ]),
        standOff,
      ]),
    ],
  }
  // Field values (notes, names) may hold characters XML cannot: made safe here.
  const visit = (node: Root | ElementContent) => {
    // Text escapes `>` too (xast-util-to-xml leaves it, and `]]>` is not allowed in content).
    if (node.type === 'text') {
      Object.assign(node, { type: 'raw', value: escapeText(xmlSafe(node.value)) })
      return
    }
    if (node.type === 'element') {
      for (const [key, value] of Object.entries(node.attributes)) {
        if (typeof value === 'string') node.attributes[key] = xmlSafe(value)
      }
    }
    if ('children' in node) for (const child of node.children) visit(child as ElementContent)
  }
  visit(tree)
  // Raw nodes hold text escaped above.
  return { xml: `${toXml(tree, { allowDangerousXml: true })}\n`, problems }
}
