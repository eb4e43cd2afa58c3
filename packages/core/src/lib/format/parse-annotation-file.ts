/**
 * Loading annotation files: every problem at once, each with its place.
 */
import {
  findNodeAtLocation,
  type Node,
  type ParseError,
  parseTree,
  printParseErrorCode,
  visit,
} from 'jsonc-parser'
import * as z from 'zod'
import type { Annotation } from '../model/annotation.js'
import { annotationBaseSchema } from '../model/annotation-base.js'
import { annotationSpans } from '../model/annotation-spans.js'
import { documentSchema } from '../model/document.js'
import { defaultKindRegistry, type KindRegistry } from '../model/kind-registry.js'
import type { Relation } from '../model/relation.js'
import { relationSchema, relationTypes } from '../model/relation.js'
import { relationFits } from '../model/relation-rules.js'
import { spanSchema } from '../model/span.js'
import type { Problem } from '../problem.js'
import { splitsSurrogatePair } from '../text/code-points.js'
import { createLineIndex } from '../text/line-index.js'
import { type AnnotationFile, formatVersion } from './annotation-file.js'
import { formatJsonPath, type JsonPath } from './json-path.js'

/** Options of {@link parseAnnotationFile}. */
export interface ParseAnnotationFileOptions {
  /** Name of the file, copied into every problem. Default: none. */
  readonly file?: string
  /**
   * The reading text the annotations are about. When given, spans are checked to lie
   * within it and not to split surrogate pairs. Default: none (no range checks).
   */
  readonly text?: string
  /** Kinds to validate against. Default: the built-in kinds. */
  readonly registry?: KindRegistry
}

/**
 * What {@link parseAnnotationFile} found: the file, when its structure is usable, and
 * every problem.
 *
 * @example
 * const { file, problems } = parseAnnotationFile(json)
 * if (problems.some((problem) => problem.severity === 'error')) report(problems)
 */
export interface ParseAnnotationFileResult {
  /**
   * The file, whenever the JSON parsed and its top level is usable (an object whose
   * `annotations` is an array), even with problems, so tools can show what they can.
   * Annotations and relations whose `id`, `kind`, `spans` (or `type`, `from`, `to`)
   * are unusable are left out; other invalid fields are kept as they were, so do not
   * save a file that had errors unless you mean to.
   */
  readonly file?: AnnotationFile
  /** Every problem, errors and warnings, in document order of discovery. */
  readonly problems: readonly Problem[]
}

type JsonObject = Record<string, unknown>

const topLevelSchema = z.looseObject({
  format: z.literal(formatVersion),
  document: documentSchema.optional(),
  annotations: z.array(z.unknown()),
  relations: z.array(z.unknown()).optional(),
})
const topLevelKeys = ['format', 'document', 'annotations', 'relations']
const documentKeys = Object.keys(documentSchema.shape)
const spanKeys = Object.keys(spanSchema.shape)
const relationKeys = Object.keys(relationSchema.shape)
// An annotation is kept in the result when these hold, whatever else is wrong with it.
const usableAnnotationSchema = z.looseObject({
  id: z.string().min(1),
  kind: z.string().min(1),
  spans: z.array(z.looseObject({ start: z.int().min(0), end: z.int().min(0), exact: z.string() })),
})
const usableRelationSchema = z.looseObject({ type: z.string(), from: z.string(), to: z.string() })

/**
 * Parses and validates an annotation file (`scholion/1`), reporting every problem at
 * once with its JSON path, line:column in the JSON and annotation id: syntax errors,
 * a wrong `format`, wrong types, missing fields, inverted spans, spans outside the
 * text or splitting a surrogate pair (when `text` is given), duplicate ids, relations
 * to unknown ids and relations between kinds that do not fit. Unknown kinds and
 * unknown properties are kept and reported as warnings.
 *
 * A span whose `exact` differs from the text at its position is not a problem here:
 * that is for re-anchoring to find.
 *
 * @example
 * const { file, problems } = parseAnnotationFile(json, { file: 'article.scholion.json', text })
 * for (const problem of problems) console.error(formatProblem(problem))
 */
export function parseAnnotationFile(
  json: string,
  options: ParseAnnotationFileOptions = {},
): ParseAnnotationFileResult {
  const registry = options.registry ?? defaultKindRegistry
  const text = options.text
  const lines = createLineIndex(json)
  const problems: Problem[] = []
  // A byte order mark is not JSON, but editors write it; skip it and keep offsets right.
  const bom = json.charCodeAt(0) === 0xfeff ? 1 : 0
  const body = bom ? json.slice(1) : json

  function place(offset: number | undefined): Partial<Problem> {
    if (offset === undefined) return {}
    const point = lines.toLineColumn(offset + bom)
    return { offset: offset + bom, ...(point ? { line: point.line, column: point.column } : {}) }
  }

  function push(problem: Omit<Problem, 'file'>): void {
    problems.push(options.file === undefined ? problem : { ...problem, file: options.file })
  }

  const treeOptions = {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  }
  let root: unknown
  try {
    // JSON.parse gives plain objects with standard semantics (an own `__proto__` key
    // stays data), and it is ten times faster than building a syntax tree: the tree is
    // built only to explain a syntax error or to place a problem.
    root = JSON.parse(body)
  } catch (error) {
    const syntaxErrors: ParseError[] = []
    const tree = parseTree(body, syntaxErrors, treeOptions)
    for (const syntaxError of syntaxErrors) {
      const found = body.slice(
        syntaxError.offset,
        syntaxError.offset + Math.min(syntaxError.length, 20),
      )
      push({
        code: 'json-syntax',
        severity: 'error',
        message: `Unexpected ${found ? `\`${found}\`` : 'end of file'}, expected valid JSON (${describeSyntaxError(syntaxError)})`,
        ...place(syntaxError.offset),
      })
    }
    if (syntaxErrors.length === 0) {
      push({
        code: 'json-syntax',
        severity: 'error',
        message:
          tree === undefined
            ? 'Unexpected end of file, expected JSON'
            : `Unexpected JSON: ${String(error)}`,
        ...place(0),
      })
    }
    return { problems }
  }

  let syntaxTree: Node | undefined
  function nodeAt(path: JsonPath): Node | undefined {
    syntaxTree ??= parseTree(body, [], treeOptions)
    if (syntaxTree === undefined) return undefined
    for (let length = path.length; length >= 0; length--) {
      const node = findNodeAtLocation(syntaxTree, path.slice(0, length) as (string | number)[])
      if (node !== undefined) return node
    }
    return undefined
  }
  function at(path: JsonPath): Partial<Problem> {
    return { jsonPath: formatJsonPath(path), ...place(nodeAt(path)?.offset) }
  }
  function report(
    code: string,
    severity: Problem['severity'],
    message: string,
    path: JsonPath,
    annotationId?: string,
  ): void {
    push({
      code,
      severity,
      message,
      ...at(path),
      ...(annotationId === undefined ? {} : { annotationId }),
    })
  }
  function reportIssues(
    issues: readonly z.core.$ZodIssue[],
    prefix: JsonPath,
    annotationId?: string,
  ): void {
    for (const issue of issues) {
      const path = [
        ...prefix,
        ...issue.path.filter((key): key is string | number => typeof key !== 'symbol'),
      ]
      const { code, message } = describeIssue(issue, root, path, annotationId)
      report(code, 'error', message, path, annotationId)
    }
  }
  function warnUnknownKeys(
    value: JsonObject,
    known: readonly string[],
    path: JsonPath,
    annotationId?: string,
  ): void {
    for (const key of Object.keys(value)) {
      if (known.includes(key)) continue
      report(
        'unknown-property',
        'warning',
        `Unknown property \`${key}\` at \`${formatJsonPath(path)}\`${inAnnotation(annotationId)}, kept as it is; expected one of ${known.map((name) => `\`${name}\``).join(', ')}`,
        [...path, key],
        annotationId,
      )
    }
  }

  // Placed at the repeated key itself (the one whose value is used), not the first.
  reportDuplicateKeys(body, (key, path, offset) =>
    push({
      code: 'duplicate-key',
      severity: 'warning',
      message: `Duplicate key \`${key}\` at \`${formatJsonPath(path)}\`, expected each key once (the last one is used)`,
      jsonPath: formatJsonPath(path),
      ...place(offset),
    }),
  )

  if (!isObject(root)) {
    report(
      'invalid-type',
      'error',
      `Unexpected ${show(root)} at \`$\`, expected an object with \`format\` and \`annotations\``,
      [],
    )
    return { problems }
  }
  const topLevel = topLevelSchema.safeParse(root)
  if (!topLevel.success) reportIssues(topLevel.error.issues, [])
  warnUnknownKeys(root, topLevelKeys, [])
  if (isObject(root.document)) warnUnknownKeys(root.document, documentKeys, ['document'])

  const annotations = Array.isArray(root.annotations) ? root.annotations : []
  const kept: Annotation[] = []
  const indicesById = new Map<string, number[]>()
  const kindById = new Map<string, string>()

  annotations.forEach((value: unknown, index) => {
    const prefix = ['annotations', index]
    if (!isObject(value)) {
      report(
        'invalid-type',
        'error',
        `Unexpected ${show(value)} at \`${formatJsonPath(prefix)}\`, expected an annotation object`,
        prefix,
      )
      return
    }
    const id = typeof value.id === 'string' && value.id !== '' ? value.id : undefined
    const kind = typeof value.kind === 'string' && value.kind !== '' ? value.kind : undefined
    const definition = kind === undefined ? undefined : registry.get(kind)
    const result = (definition?.schema ?? annotationBaseSchema).safeParse(value)
    if (!result.success) reportIssues(result.error.issues, prefix, id)
    if (kind !== undefined && definition === undefined) {
      report(
        'unknown-kind',
        'warning',
        `Unknown kind \`${kind}\` at \`${formatJsonPath([...prefix, 'kind'])}\`${inAnnotation(id)}, kept as it is; expected one of ${registry.kinds.map((name) => `\`${name}\``).join(', ')} or a registered kind`,
        [...prefix, 'kind'],
        id,
      )
    }
    if (definition !== undefined) warnUnknownKeys(value, definition.keyOrder, prefix, id)

    for (const { field, index: spanIndex, span } of annotationSpans(value as Annotation, {
      registry,
    })) {
      const spanPath = [...prefix, field, spanIndex]
      warnUnknownKeys(span, spanKeys, spanPath, id)
      const { start, end } = span
      if (Number.isInteger(start) && Number.isInteger(end)) checkSpanRange(start, end, spanPath, id)
    }
    if (usableAnnotationSchema.safeParse(value).success) kept.push(value as Annotation)
    if (id !== undefined) {
      indicesById.set(id, [...(indicesById.get(id) ?? []), index])
      if (kind !== undefined && !kindById.has(id)) kindById.set(id, kind)
    }
  })

  function checkSpanRange(
    start: number,
    end: number,
    path: JsonPath,
    id: string | undefined,
  ): void {
    if (end < start) {
      report(
        'span-inverted',
        'error',
        `Unexpected \`end\` ${end} before \`start\` ${start} at \`${formatJsonPath(path)}\`${inAnnotation(id)}, expected start <= end (spans are half-open [start, end))`,
        [...path, 'end'],
        id,
      )
    }
    if (text === undefined) return
    for (const [name, offset] of [
      ['start', start],
      ['end', end],
    ] as const) {
      const offsetPath = [...path, name]
      if (offset > text.length) {
        report(
          'span-out-of-range',
          'error',
          `Unexpected \`${name}\` ${offset} at \`${formatJsonPath(offsetPath)}\`${inAnnotation(id)}, expected an offset within the text (0 to ${text.length})`,
          offsetPath,
          id,
        )
      } else if (splitsSurrogatePair(text, offset)) {
        report(
          'span-splits-surrogate',
          'error',
          `Unexpected \`${name}\` ${offset} at \`${formatJsonPath(offsetPath)}\`${inAnnotation(id)} splitting a surrogate pair, expected an offset between whole characters (${offset - 1} or ${offset + 1})`,
          offsetPath,
          id,
        )
      }
    }
  }

  for (const [id, indices] of indicesById) {
    if (indices.length < 2) continue
    for (const index of indices) {
      const others = indices
        .filter((other) => other !== index)
        .map((other) => {
          const point = place(nodeAt(['annotations', other, 'id'])?.offset)
          return `\`${formatJsonPath(['annotations', other, 'id'])}\`${point.line === undefined ? '' : ` (${point.line}:${point.column})`}`
        })
      report(
        'duplicate-id',
        'error',
        `Duplicate id \`${id}\` at \`${formatJsonPath(['annotations', index, 'id'])}\`, also at ${others.join(', ')}; expected ids unique within the file`,
        ['annotations', index, 'id'],
        id,
      )
    }
  }

  const relations = Array.isArray(root.relations) ? root.relations : undefined
  const keptRelations: Relation[] = []
  const seenRelations = new Set<string>()
  relations?.forEach((value: unknown, index) => {
    const prefix = ['relations', index]
    if (!isObject(value)) {
      report(
        'invalid-type',
        'error',
        `Unexpected ${show(value)} at \`${formatJsonPath(prefix)}\`, expected a relation object`,
        prefix,
      )
      return
    }
    const result = relationSchema.safeParse(value)
    if (!result.success) reportIssues(result.error.issues, prefix)
    warnUnknownKeys(value, relationKeys, prefix)
    if (!usableRelationSchema.safeParse(value).success) return
    const relation = value as Relation
    keptRelations.push(relation)
    const fromKind = kindById.get(relation.from)
    const toKind = kindById.get(relation.to)
    for (const end of ['from', 'to'] as const) {
      if (!indicesById.has(relation[end])) {
        report(
          'unknown-relation-end',
          'error',
          `Unexpected \`${relation[end]}\` at \`${formatJsonPath([...prefix, end])}\`, expected the id of an annotation in this file`,
          [...prefix, end],
        )
      }
    }
    if (relation.from === relation.to) {
      report(
        'relation-to-itself',
        'warning',
        `Unexpected relation from \`${relation.from}\` to itself at \`${formatJsonPath(prefix)}\`, expected two different annotations`,
        prefix,
        relation.from,
      )
    }
    const signature = JSON.stringify([relation.type, relation.from, relation.to])
    if (seenRelations.has(signature)) {
      report(
        'duplicate-relation',
        'warning',
        `Duplicate relation ${relation.type} from \`${relation.from}\` to \`${relation.to}\` at \`${formatJsonPath(prefix)}\`, expected each relation once`,
        prefix,
      )
    }
    seenRelations.add(signature)
    const type = relationTypes.find((known) => known === relation.type)
    if (
      type !== undefined &&
      fromKind !== undefined &&
      toKind !== undefined &&
      registry.checksRelations(fromKind) &&
      registry.checksRelations(toKind) &&
      !relationFits(registry.relationRules, type, fromKind, toKind)
    ) {
      const allowed = registry.relationRules
        .filter((rule) => rule.type === type)
        .map(
          (rule) =>
            `${rule.from === '*' ? 'any kind' : rule.from.join('|')} → ${rule.to === '*' ? 'any kind' : rule.to === 'same' ? 'the same kind' : rule.to.join('|')}`,
        )
      report(
        'relation-kind-mismatch',
        'error',
        `Unexpected ${type} from ${fromKind} \`${relation.from}\` to ${toKind} \`${relation.to}\` at \`${formatJsonPath(prefix)}\`, expected ${allowed.join(' or ')}`,
        prefix,
        relation.from,
      )
    }
  })

  const usable =
    Array.isArray(root.annotations) &&
    (root.document === undefined || isObject(root.document)) &&
    (root.relations === undefined || relations !== undefined)
  if (!usable) return { problems }
  const file = {
    ...root,
    annotations: kept,
    ...(relations === undefined ? {} : { relations: keptRelations }),
  } as unknown as AnnotationFile
  return { file, problems }
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function inAnnotation(id: string | undefined): string {
  return id === undefined ? '' : ` in annotation \`${id}\``
}

/** A short, quoted rendering of a JSON value for messages. */
function show(value: unknown): string {
  if (value === undefined) return 'nothing'
  const json = JSON.stringify(value)
  return `\`${json.length > 40 ? `${json.slice(0, 37)}…` : json}\``
}

function valueAt(root: unknown, path: JsonPath): { found: boolean; value: unknown } {
  let value = root
  for (const key of path) {
    if (
      typeof key === 'number'
        ? Array.isArray(value) && key < value.length
        : isObject(value) && Object.hasOwn(value, key)
    ) {
      value = (value as Record<string | number, unknown>)[key]
    } else {
      return { found: false, value: undefined }
    }
  }
  return { found: true, value }
}

const typeNames: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'true or false',
  array: 'an array',
  object: 'an object',
}

function describeIssue(
  issue: z.core.$ZodIssue,
  root: unknown,
  path: JsonPath,
  annotationId: string | undefined,
): { code: string; message: string } {
  const { found, value } = valueAt(root, path)
  const where = `at \`${formatJsonPath(path)}\`${inAnnotation(annotationId)}`
  const unexpected = `Unexpected ${show(value)} ${where}`
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeNames[issue.expected] ?? issue.expected
      if (!found) {
        const key = path[path.length - 1]
        return {
          code: 'missing-field',
          message: `Missing \`${String(key)}\` at \`${formatJsonPath(path.slice(0, -1))}\`${inAnnotation(annotationId)}, expected ${expected}`,
        }
      }
      return { code: 'invalid-type', message: `${unexpected}, expected ${expected}` }
    }
    case 'invalid_value': {
      const values = issue.values.map((item) => `\`${JSON.stringify(item)}\``)
      const expected = values.length === 1 ? values[0] : `one of ${values.join(', ')}`
      const code =
        path.length === 1 && path[0] === 'format' ? 'unsupported-format' : 'invalid-value'
      return { code, message: `${unexpected}, expected ${expected}` }
    }
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum
      const comparison =
        issue.code === 'too_small' ? (issue.inclusive ? '>=' : '>') : issue.inclusive ? '<=' : '<'
      const expected =
        issue.origin === 'string' && issue.code === 'too_small' && Number(bound) === 1
          ? 'a non-empty string'
          : issue.origin === 'string' || issue.origin === 'array'
            ? `a length ${comparison} ${String(bound)}`
            : `a number ${comparison} ${String(bound)}`
      return { code: 'out-of-range', message: `${unexpected}, expected ${expected}` }
    }
    case 'invalid_format':
    case 'invalid_union':
      return { code: 'invalid-value', message: `${unexpected}, expected ${issue.message}` }
    case 'custom': {
      const params = issue.params as { unexpected?: string; expected?: string } | undefined
      if (params?.unexpected !== undefined && params.expected !== undefined) {
        return {
          code: 'invalid-value',
          message: `Unexpected ${params.unexpected} ${where}, expected ${params.expected}`,
        }
      }
      return { code: 'invalid-value', message: `${unexpected}: ${issue.message}` }
    }
    default:
      return { code: 'invalid-value', message: `${unexpected}: ${issue.message}` }
  }
}

function describeSyntaxError(error: ParseError): string {
  // printParseErrorCode gives `CommaExpected`; make it read like prose.
  return printParseErrorCode(error.error)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
}

/**
 * A JSON token that matters for keys: a string literal (a key when a colon follows)
 * or a bracket. Literals are matched whole, so a quote or bracket inside one never
 * counts; everything else (numbers, `true`, commas, white space) is skipped.
 */
const keyToken = /"(?:[^"\\]|\\.)*"(\s*:)?|[{}[\]]/g

/**
 * Whether any object of `json` (which `JSON.parse` accepted) repeats a key. Why not
 * jsonc-parser's visitor alone: it reads every character of every string through its
 * scanner, ~70 ms for an annotation file of 3 MB, where this pass of one regular
 * expression takes a few; the visitor runs only when there is a duplicate to place.
 */
export function hasDuplicateKeys(json: string): boolean {
  // The keys seen so far in each open object; `undefined` for an open array.
  const open: Array<Set<string> | undefined> = []
  keyToken.lastIndex = 0
  for (let match = keyToken.exec(json); match !== null; match = keyToken.exec(json)) {
    const token = match[0]
    if (token === '{') open.push(new Set())
    else if (token === '[') open.push(undefined)
    else if (token === '}' || token === ']') open.pop()
    else if (match[1] !== undefined) {
      const seen = open.at(-1)
      if (seen === undefined) continue
      const literal = token.slice(0, token.length - match[1].length)
      const key = literal.includes('\\') ? (JSON.parse(literal) as string) : literal.slice(1, -1)
      if (seen.has(key)) return true
      seen.add(key)
    }
  }
  return false
}

function reportDuplicateKeys(
  json: string,
  onDuplicate: (key: string, path: JsonPath, offset: number) => void,
): void {
  if (!hasDuplicateKeys(json)) return
  // A scan without a tree: the keys seen so far in each open object.
  const open: Array<Set<string>> = []
  visit(json, {
    onObjectBegin: () => {
      open.push(new Set())
    },
    onObjectEnd: () => {
      open.pop()
    },
    onObjectProperty: (key, offset, _length, _line, _column, pathSupplier) => {
      const seen = open.at(-1)
      if (seen === undefined) return
      if (seen.has(key)) onDuplicate(key, [...pathSupplier(), key], offset)
      seen.add(key)
    },
  })
}
