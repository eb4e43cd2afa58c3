/**
 * The parts of the W3C Web Annotation model that exports write. Imports read any
 * JSON and check it (see `fromW3c`), so these types describe output only.
 */

/**
 * A JSON value.
 *
 * @example
 * const value: JsonValue = { a: [1, 'two', null] }
 */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue }

/**
 * A JSON object.
 *
 * @example
 * const object: JsonObject = { 'scholion:kind': 'figure' }
 */
export type JsonObject = { readonly [key: string]: JsonValue }

/**
 * A W3C `TextQuoteSelector`: the quote with its context.
 *
 * @example
 * const quote: W3cTextQuoteSelector = { type: 'TextQuoteSelector', exact: '2,000', prefix: 'More than ', suffix: ' foreigners' }
 */
export interface W3cTextQuoteSelector {
  readonly type: 'TextQuoteSelector'
  readonly exact: string
  readonly prefix?: string
  readonly suffix?: string
}

/**
 * A W3C `TextPositionSelector`; `start` and `end` count Unicode code points,
 * half-open.
 *
 * @example
 * const position: W3cTextPositionSelector = { type: 'TextPositionSelector', start: 10, end: 15 }
 */
export interface W3cTextPositionSelector {
  readonly type: 'TextPositionSelector'
  readonly start: number
  readonly end: number
}

/**
 * A target: a part of the article, selected by quote and position.
 *
 * @example
 * const target: W3cTextTarget = { type: 'SpecificResource', source: 'urn:x:text', selector: [quote, position] }
 */
export interface W3cTextTarget {
  readonly type: 'SpecificResource'
  readonly source: string
  readonly selector: readonly (W3cTextQuoteSelector | W3cTextPositionSelector)[]
  /** Span field other than `spans` the span belongs to (uncertainty `scope`). */
  readonly 'scholion:field'?: string
  /** The span's `anchor`, as re-anchoring last wrote it. */
  readonly 'scholion:anchor'?: JsonValue
  /** The span's unknown properties. */
  readonly 'scholion:span'?: JsonObject
  /** UTF-16 offsets of a span that has no code-point position (outside the text). */
  readonly 'scholion:position'?: JsonObject
}

/**
 * An Agent: who made an annotation.
 *
 * @example
 * const agent: W3cAgent = { id: 'https://orcid.org/0000-0002-1825-0097', name: 'A. Editor' }
 */
export interface W3cAgent {
  readonly id?: string
  readonly type?: string
  readonly name: string
  /** The creator exactly as Scholion had it, when `id` and `name` cannot say it. */
  readonly 'scholion:creator'?: JsonValue
}

/**
 * A body: the structured Scholion fields (a `Dataset` node), or a textual body.
 *
 * @example
 * const body: W3cBody = { type: 'TextualBody', value: 'important', purpose: 'tagging' }
 */
export type W3cBody =
  | ({ readonly id: string; readonly type: 'Dataset' } & JsonObject)
  | {
      readonly type: 'TextualBody'
      readonly value: string
      readonly purpose: string
      readonly format?: string
    }

/**
 * An annotation as exported.
 *
 * @example
 * const annotation: W3cAnnotation = { id: 'urn:scholion:document/annotations/n1', type: 'Annotation', motivation: 'commenting', body: [], target: 'urn:scholion:document/text' }
 */
export interface W3cAnnotation {
  readonly '@context'?: readonly string[]
  readonly id: string
  readonly type: 'Annotation'
  readonly motivation: string
  readonly created?: string
  readonly modified?: string
  readonly creator?: W3cAgent
  readonly body: readonly W3cBody[]
  readonly target: string | readonly (string | W3cTextTarget)[]
}

/**
 * An annotation page.
 *
 * @example
 * const page: W3cPage = { id: 'urn:x/annotations/page/1', type: 'AnnotationPage', partOf: { id: 'urn:x/annotations', total: 0 }, startIndex: 0, items: [] }
 */
export interface W3cPage {
  readonly id: string
  readonly type: 'AnnotationPage'
  /** The collection: its IRI, label and total. */
  readonly partOf: { readonly id: string; readonly label?: string; readonly total: number }
  readonly startIndex: number
  readonly next?: string
  readonly prev?: string
  readonly items: readonly W3cAnnotation[]
}

/**
 * An annotation collection with its pages embedded: the first as `first`, the
 * others as JSON-LD 1.1 `@included` nodes (linked by `next` / `prev`).
 *
 * @example
 * const empty: W3cCollection = { '@context': [...exportContext], id: 'urn:x/annotations', type: 'AnnotationCollection', total: 0 }
 */
export interface W3cCollection {
  readonly '@context': readonly string[]
  readonly id: string
  readonly type: 'AnnotationCollection'
  readonly label?: string
  readonly total: number
  readonly first?: W3cPage
  readonly last?: string
  readonly '@included'?: readonly W3cPage[]
  /** The file's `document` block. */
  readonly 'scholion:document'?: JsonValue
  /** The file's unknown top-level properties. */
  readonly 'scholion:extra'?: JsonObject
}
