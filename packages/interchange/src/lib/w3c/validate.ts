/**
 * Checking a JSON value against the MUST constraints of the W3C Web Annotation
 * data model, before anything is imported from it.
 */
import { isAbsoluteIri } from '../iri.js'
import { annoContextIri } from './vocabulary.js'

/**
 * One violated constraint: where (a JSON path such as `$.body[1].value`) and what
 * is wrong, phrased ``Unexpected …, expected …``.
 *
 * @example
 * const violation: W3cViolation = { path: '$.id', message: 'Unexpected `not a uri`, expected …' }
 */
export interface W3cViolation {
  /** JSON path of the offending value. */
  readonly path: string
  /** What is wrong and what was expected. */
  readonly message: string
}

/**
 * Options of {@link checkW3cAnnotation}.
 *
 * @example
 * const options: CheckW3cAnnotationOptions = { embedded: true }
 */
export interface CheckW3cAnnotationOptions {
  /**
   * True when the annotation is embedded in a page or collection whose `@context`
   * was already checked, so it may leave `@context` out. Default: `false`.
   */
  readonly embedded?: boolean
}

type Json = Readonly<Record<string, unknown>>

const dateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/
const choiceTypes = ['Choice', 'List', 'Composite', 'Independents']
const directions = ['ltr', 'rtl', 'auto']

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value)
  return `\`${text.length > 60 ? `${text.slice(0, 57)}…` : text}\``
}

function types(value: Json): readonly unknown[] {
  return Array.isArray(value.type) ? value.type : value.type === undefined ? [] : [value.type]
}

/**
 * Lists the violations of the data model's MUST constraints by one annotation:
 * `@context` including the Web Annotation context; exactly one IRI `id`; `type`
 * including `Annotation`; at least one `target`, each an IRI or a resource; not
 * both `body` and `bodyValue`; a single string `bodyValue`; each body an IRI, an
 * External Web Resource (with an IRI `id`), a `TextualBody` (with a single string
 * `value`), a Choice or Set (one of `Choice`, `List`, `Composite`, `Independents`,
 * with `items`) or a Specific Resource (with `source`), with the constraints on
 * each (no `items` on resources, no `value` or `source` on Choices, no `purpose`
 * on External Web Resources); single date-times for `created`, `modified` and
 * `generated`; IRIs for `rights`, `canonical` and `via`; a single `ltr`, `rtl` or
 * `auto` text direction; a single string `processingLanguage`; strings for
 * `format` and `language`; selectors that are IRIs or objects with their required
 * keys (`value` for Fragment, CSS, XPath selectors; `exact` for quotes; integer
 * `start` ≤ `end` for positions; both ends for ranges). An empty list means valid.
 *
 * @example
 * checkW3cAnnotation({ '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'urn:x:1', type: 'Annotation', target: 'urn:x:t' })
 * // => []
 */
export function checkW3cAnnotation(
  value: unknown,
  options: CheckW3cAnnotationOptions = {},
): W3cViolation[] {
  const violations: W3cViolation[] = []
  const fail = (path: string, message: string): void => {
    violations.push({ path, message })
  }
  if (!isObject(value)) {
    fail('$', `Unexpected ${show(value)}, expected an annotation object`)
    return violations
  }
  if (!options.embedded || value['@context'] !== undefined) checkContext(value, '$', fail)
  checkSingleIri(value.id, '$.id', 'the annotation id', fail, true)
  if (!types(value).includes('Annotation')) {
    fail('$.type', `Unexpected type ${show(value.type)}, expected \`Annotation\``)
  }
  if (value.target === undefined) {
    fail('$.target', 'Unexpected missing `target`, expected at least one target')
  } else {
    const targets = Array.isArray(value.target) ? value.target : [value.target]
    if (targets.length === 0) fail('$.target', 'Unexpected empty `target`, expected at least one')
    targets.forEach((target, index) => {
      checkResource(
        target,
        Array.isArray(value.target) ? `$.target[${index}]` : '$.target',
        'target',
        fail,
      )
    })
  }
  if (value.body !== undefined && value.bodyValue !== undefined) {
    fail('$.bodyValue', 'Unexpected both `body` and `bodyValue`, expected one of them')
  }
  if (value.bodyValue !== undefined && !isSingleString(value.bodyValue)) {
    fail('$.bodyValue', `Unexpected bodyValue ${show(value.bodyValue)}, expected a single string`)
  }
  if (value.body !== undefined) {
    const bodies = Array.isArray(value.body) ? value.body : [value.body]
    bodies.forEach((body, index) => {
      checkResource(body, Array.isArray(value.body) ? `$.body[${index}]` : '$.body', 'body', fail)
    })
  }
  checkCommon(value, '$', fail)
  return violations
}

/**
 * Checks the `@context` of an annotation, page or collection.
 *
 * @example
 * checkContext({ '@context': 'fish' }, '$', (path, message) => console.log(path, message))
 */
export function checkContext(
  value: Json,
  path: string,
  fail: (path: string, message: string) => void,
): void {
  const context = value['@context']
  const ok =
    context === annoContextIri || (Array.isArray(context) && context.includes(annoContextIri))
  if (!ok) {
    fail(
      `${path}['@context']`,
      `Unexpected @context ${show(context)}, expected \`${annoContextIri}\` or an array including it`,
    )
  }
}

function isSingleString(value: unknown): boolean {
  return (
    typeof value === 'string' ||
    (Array.isArray(value) && value.length === 1 && typeof value[0] === 'string')
  )
}

function checkSingleIri(
  value: unknown,
  path: string,
  what: string,
  fail: (path: string, message: string) => void,
  required: boolean,
): void {
  if (value === undefined) {
    if (required) fail(path, `Unexpected missing ${what}, expected exactly one IRI`)
    return
  }
  const single = Array.isArray(value) && value.length === 1 ? value[0] : value
  if (!isAbsoluteIri(single)) {
    fail(path, `Unexpected ${what} ${show(value)}, expected exactly one absolute IRI`)
  }
}

/** Constraints on keys any annotation, body or target may have. */
function checkCommon(
  value: Json,
  path: string,
  fail: (path: string, message: string) => void,
): void {
  for (const key of ['created', 'modified', 'generated']) {
    const date = value[key]
    if (
      date !== undefined &&
      !(typeof date === 'string' && dateTime.test(date) && !Number.isNaN(Date.parse(date)))
    ) {
      fail(
        `${path}.${key}`,
        `Unexpected ${key} ${show(date)}, expected one date-time such as \`2015-01-28T12:00:00Z\``,
      )
    }
  }
  for (const key of ['canonical', 'via'])
    checkSingleIri(value[key], `${path}.${key}`, key, fail, false)
  const rights = value.rights
  if (
    rights !== undefined &&
    !(
      isAbsoluteIri(rights) ||
      (Array.isArray(rights) && rights.length > 0 && rights.every(isAbsoluteIri))
    )
  ) {
    fail(`${path}.rights`, `Unexpected rights ${show(rights)}, expected one or more IRIs`)
  }
}

function checkResource(
  value: unknown,
  path: string,
  role: 'body' | 'target',
  fail: (path: string, message: string) => void,
): void {
  if (typeof value === 'string') {
    if (!isAbsoluteIri(value))
      fail(path, `Unexpected ${role} ${show(value)}, expected an IRI or a resource object`)
    return
  }
  if (!isObject(value)) {
    fail(path, `Unexpected ${role} ${show(value)}, expected an IRI or a resource object`)
    return
  }
  const kinds = types(value)
  const choice = kinds.filter((kind) => typeof kind === 'string' && choiceTypes.includes(kind))
  const textual = value.value !== undefined || kinds.includes('TextualBody')
  const specific = value.source !== undefined || kinds.includes('SpecificResource')

  if (choice.length > 1) {
    fail(
      `${path}.type`,
      `Unexpected types ${show(value.type)}, expected one of ${choiceTypes.join(', ')}`,
    )
  }
  if (choice.length > 0) {
    if (!Array.isArray(value.items) || value.items.length === 0) {
      fail(`${path}.items`, `Unexpected ${choice[0]} without items, expected an \`items\` array`)
    } else {
      value.items.forEach((item, index) => {
        checkResource(item, `${path}.items[${index}]`, role, fail)
      })
    }
    if (value.value !== undefined)
      fail(`${path}.value`, `Unexpected \`value\` on a ${choice[0]}, expected none`)
    if (value.source !== undefined)
      fail(`${path}.source`, `Unexpected \`source\` on a ${choice[0]}, expected none`)
    if (value.purpose !== undefined)
      fail(`${path}.purpose`, `Unexpected \`purpose\` on a ${choice[0]}, expected none`)
  } else if (specific) {
    if (value.source === undefined) {
      fail(
        `${path}.source`,
        'Unexpected SpecificResource without `source`, expected the resource it is part of',
      )
    } else if (
      !isAbsoluteIri(value.source) &&
      !(isObject(value.source) && isAbsoluteIri(value.source.id))
    ) {
      fail(`${path}.source`, `Unexpected source ${show(value.source)}, expected an IRI`)
    }
    if (value.value !== undefined)
      fail(`${path}.value`, 'Unexpected `value` on a SpecificResource, expected none')
    if (value.items !== undefined)
      fail(`${path}.items`, 'Unexpected `items` on a SpecificResource, expected none')
    if (value.selector !== undefined) {
      const selectors = Array.isArray(value.selector) ? value.selector : [value.selector]
      selectors.forEach((selector, index) => {
        checkSelector(
          selector,
          Array.isArray(value.selector) ? `${path}.selector[${index}]` : `${path}.selector`,
          fail,
        )
      })
    }
  } else if (textual) {
    if (role === 'target') {
      fail(path, 'Unexpected textual body as a target, expected an IRI or a resource with an `id`')
    }
    if (typeof value.value !== 'string') {
      fail(`${path}.value`, `Unexpected value ${show(value.value)}, expected one string`)
    }
    if (value.items !== undefined)
      fail(`${path}.items`, 'Unexpected `items` on a TextualBody, expected none')
    if (value.source !== undefined)
      fail(`${path}.source`, 'Unexpected `source` on a TextualBody, expected none')
  } else {
    // An External Web Resource: identified by its IRI.
    checkSingleIri(value.id, `${path}.id`, `${role} id`, fail, true)
    if (value.items !== undefined)
      fail(
        `${path}.items`,
        'Unexpected `items` on an External Web Resource, expected them only on a Choice or Set',
      )
    if (role === 'body' && value.purpose !== undefined) {
      fail(
        `${path}.purpose`,
        'Unexpected `purpose` on an External Web Resource, expected it on a TextualBody or SpecificResource',
      )
    }
  }
  const direction = value.textDirection
  if (
    direction !== undefined &&
    !(typeof direction === 'string' && directions.includes(direction))
  ) {
    fail(
      `${path}.textDirection`,
      `Unexpected textDirection ${show(direction)}, expected one of ltr, rtl, auto`,
    )
  }
  if (value.processingLanguage !== undefined && !isSingleString(value.processingLanguage)) {
    fail(
      `${path}.processingLanguage`,
      `Unexpected processingLanguage ${show(value.processingLanguage)}, expected one language tag`,
    )
  }
  for (const key of ['format', 'language']) {
    const field = value[key]
    if (
      field !== undefined &&
      !(
        typeof field === 'string' ||
        (Array.isArray(field) && field.every((item) => typeof item === 'string'))
      )
    ) {
      fail(`${path}.${key}`, `Unexpected ${key} ${show(field)}, expected a string or strings`)
    }
  }
  checkCommon(value, path, fail)
}

function checkSelector(
  value: unknown,
  path: string,
  fail: (path: string, message: string) => void,
): void {
  if (typeof value === 'string') {
    if (!isAbsoluteIri(value))
      fail(path, `Unexpected selector ${show(value)}, expected an IRI or a selector object`)
    return
  }
  if (!isObject(value)) {
    fail(path, `Unexpected selector ${show(value)}, expected an IRI or a selector object`)
    return
  }
  const kinds = types(value)
  if (
    kinds.some(
      (kind) => kind === 'FragmentSelector' || kind === 'CssSelector' || kind === 'XPathSelector',
    )
  ) {
    if (typeof value.value !== 'string')
      fail(`${path}.value`, `Unexpected value ${show(value.value)}, expected one string`)
  }
  if (kinds.includes('TextQuoteSelector')) {
    if (typeof value.exact !== 'string')
      fail(`${path}.exact`, `Unexpected exact ${show(value.exact)}, expected one string`)
    for (const key of ['prefix', 'suffix']) {
      if (value[key] !== undefined && typeof value[key] !== 'string')
        fail(`${path}.${key}`, `Unexpected ${key} ${show(value[key])}, expected one string`)
    }
  }
  if (kinds.includes('TextPositionSelector') || kinds.includes('DataPositionSelector')) {
    const { start, end } = value
    if (!Number.isInteger(start) || (start as number) < 0)
      fail(`${path}.start`, `Unexpected start ${show(start)}, expected an integer >= 0`)
    if (!Number.isInteger(end) || (end as number) < 0)
      fail(`${path}.end`, `Unexpected end ${show(end)}, expected an integer >= 0`)
    else if (Number.isInteger(start) && (end as number) < (start as number))
      fail(
        `${path}.end`,
        `Unexpected end ${show(end)} before start ${show(start)}, expected start <= end`,
      )
  }
  if (kinds.includes('RangeSelector')) {
    if (value.startSelector === undefined)
      fail(`${path}.startSelector`, 'Unexpected RangeSelector without `startSelector`')
    else checkSelector(value.startSelector, `${path}.startSelector`, fail)
    if (value.endSelector === undefined)
      fail(`${path}.endSelector`, 'Unexpected RangeSelector without `endSelector`')
    else checkSelector(value.endSelector, `${path}.endSelector`, fail)
  }
  if (value.refinedBy !== undefined) {
    const refinements = Array.isArray(value.refinedBy) ? value.refinedBy : [value.refinedBy]
    refinements.forEach((refinement, index) => {
      checkSelector(refinement, `${path}.refinedBy[${index}]`, fail)
    })
  }
}
