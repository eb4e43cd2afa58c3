/**
 * Relations between annotations: who said a claim, what a figure is part of, what an
 * uncertainty qualifies, what corroborates or contradicts what.
 */
import * as z from 'zod'
import type { DeepReadonly } from './immutable.js'

/**
 * Every relation type, in documentation order.
 *
 * - `attributedTo`: a claim, figure or uncertainty → the speaker it comes from;
 * - `partOf`: a figure → a larger figure (501 Bulgarians → 2,000 foreigners); a claim → a claim;
 * - `qualifies`: an uncertainty or note → whatever it is about;
 * - `sameAs`: two annotations of one kind denoting the same thing;
 * - `corroborates`, `contradicts`: a claim or figure → a claim or figure.
 *
 * @example
 * relationTypes.includes('attributedTo') // => true
 */
export const relationTypes = [
  'attributedTo',
  'partOf',
  'qualifies',
  'sameAs',
  'corroborates',
  'contradicts',
] as const

/**
 * A relation type.
 *
 * @example
 * const type: RelationType = 'qualifies'
 */
export type RelationType = (typeof relationTypes)[number]

/**
 * Schema of a relation `{ type, from, to, id?, note? }`; `from` and `to` are annotation ids.
 *
 * @example
 * relationSchema.parse({ type: 'attributedTo', from: 'claim-1', to: 'speaker-krayushkin' })
 */
export const relationSchema = z
  .looseObject({
    type: z.enum(relationTypes).meta({ description: 'What the relation says.' }),
    from: z.string().min(1).meta({ description: 'Id of the annotation the relation starts at.' }),
    to: z.string().min(1).meta({ description: 'Id of the annotation the relation points to.' }),
    id: z.string().min(1).optional().meta({ description: 'Optional id of the relation itself.' }),
    note: z.string().optional().meta({ description: 'Optional comment (Markdown).' }),
  })
  .meta({ id: 'Relation', description: 'A typed link between two annotations, by id.' })

/**
 * A relation between two annotations.
 *
 * @example
 * const relation: Relation = { type: 'attributedTo', from: 'claim-1', to: 'speaker-krayushkin' }
 */
export type Relation = DeepReadonly<z.output<typeof relationSchema>>
