/**
 * The JSON-LD vocabulary of W3C exports: the Web Annotation context, and Scholion's
 * own context for what the Web Annotation vocabulary lacks.
 */
import { fieldTerms } from './fields.js'

/**
 * IRI of the Web Annotation JSON-LD context.
 *
 * @example
 * annoContextIri // => 'http://www.w3.org/ns/anno.jsonld'
 */
export const annoContextIri = 'http://www.w3.org/ns/anno.jsonld'

/**
 * IRI of Scholion's JSON-LD context. The document served there is the file
 * `context/scholion.jsonld` of this package (also {@link scholionContext}).
 *
 * @example
 * scholionContextIri // => 'https://scholion.dev/ns/scholion.jsonld'
 */
export const scholionContextIri = 'https://scholion.dev/ns/scholion.jsonld'

/**
 * Namespace of Scholion terms: `scholion:kind` expands to `https://scholion.dev/ns#kind`.
 *
 * @example
 * scholionNamespace + 'kind' // => 'https://scholion.dev/ns#kind'
 */
export const scholionNamespace = 'https://scholion.dev/ns#'

/**
 * Structured fields written as JSON literals (`"@type": "@json"`), so that their
 * inner structure and order survive any JSON-LD processing unchanged.
 *
 * @example
 * jsonTerms.includes('factuality') // => true
 */
export const jsonTerms: readonly string[] = [
  'tags',
  'factuality',
  'review',
  'identifiers',
  'extra',
  'creator',
  'anchor',
  'span',
  'position',
  'document',
]

/**
 * Scalar terms, written as `scholion:<term>` with their JSON value (strings, numbers,
 * booleans): `kind`, every annotation field of {@link fieldTerms} that is not
 * structured, and the terms of relations (`relationType`, `id`, `note`, `field`).
 *
 * @example
 * scalarTerms.includes('atLeast') // => true
 */
export const scalarTerms: readonly string[] = [
  'kind',
  ...fieldTerms.filter((term) => !jsonTerms.includes(term)),
  'relationType',
  'id',
  'note',
  'field',
]

/**
 * Scholion's JSON-LD context, as published in `context/scholion.jsonld`.
 *
 * Every term is a compact IRI with the `scholion:` prefix, so it never clashes with
 * the Web Annotation terms (`value`, `type`, `id` …). `scholion:from` and
 * `scholion:to` are IRIs (the annotations a relation links).
 *
 * @example
 * scholionContext['@context'].scholion // => 'https://scholion.dev/ns#'
 */
export const scholionContext = {
  '@context': {
    '@version': 1.1,
    scholion: scholionNamespace,
    ...Object.fromEntries(
      scalarTerms.map((term) => [`scholion:${term}`, { '@id': `scholion:${term}` }]),
    ),
    ...Object.fromEntries(
      jsonTerms.map((term) => [
        `scholion:${term}`,
        { '@id': `scholion:${term}`, '@type': '@json' },
      ]),
    ),
    'scholion:from': { '@id': 'scholion:from', '@type': '@id' },
    'scholion:to': { '@id': 'scholion:to', '@type': '@id' },
  },
} as const

/**
 * The `@context` of every exported collection: Web Annotation first (as the model
 * requires), then Scholion's.
 *
 * @example
 * exportContext // => ['http://www.w3.org/ns/anno.jsonld', 'https://scholion.dev/ns/scholion.jsonld']
 */
export const exportContext: readonly [string, string] = [annoContextIri, scholionContextIri]
