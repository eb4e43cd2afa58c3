/**
 * Claims: what a text asserts, how it is reported, how firmly, and whether it holds.
 */
import * as z from 'zod'
import { creatorSchema, utcTimestampSchema } from './annotation-base.js'
import { defineKind, type KindAnnotation } from './kind-definition.js'

/**
 * Claim modes: `direct` (quoted words), `indirect` (reported speech), `mixed` (a
 * paraphrase with quoted fragments), `authorial` (the author's own assertion).
 *
 * @example
 * claimModes.includes('indirect') // => true
 */
export const claimModes = ['direct', 'indirect', 'mixed', 'authorial'] as const

/**
 * Claim categories, after Full Fact's claim types (Konstantinovskiy et al. 2021):
 * quantity in the past or present, correlation or causation, current laws or rules,
 * prediction, personal experience, another type of claim, and not a claim.
 *
 * @example
 * claimCategories.includes('quantity') // => true
 */
export const claimCategories = [
  'quantity',
  'causal',
  'rule',
  'prediction',
  'personal-experience',
  'other',
  'not-a-claim',
] as const

/**
 * Degrees of factuality after FactBank: how committed the source presents itself to
 * the claim being a fact (`uncommitted`: no commitment, as in "may", "it is unclear").
 *
 * @example
 * factualityCertainties[0] // => 'certain'
 */
export const factualityCertainties = ['certain', 'probable', 'possible', 'uncommitted'] as const

/**
 * Review verdicts for fact-checkers.
 *
 * @example
 * reviewVerdicts.includes('unverifiable') // => true
 */
export const reviewVerdicts = [
  'accurate',
  'mostly-accurate',
  'mixed',
  'misleading',
  'inaccurate',
  'unverifiable',
  'disputed',
] as const

const evidenceSchema = z
  .looseObject({
    url: z.string().min(1).meta({ description: 'Where the evidence is (URL, DOI, archive id).' }),
    title: z.string().optional().meta({ description: 'Title of the source.' }),
    note: z.string().optional().meta({ description: 'What it shows (Markdown).' }),
  })
  .meta({ id: 'Evidence', description: 'A source used to review a claim.' })

/**
 * The fields of a claim, as zod schemas (all optional).
 *
 * @example
 * Object.keys(claimFields) // => ['mode', 'cue', 'category', 'factuality', 'review']
 */
export const claimFields = {
  mode: z.enum(claimModes).optional().meta({
    description:
      'direct (quoted words), indirect (reported speech), mixed (paraphrase with quoted fragments) or authorial (the author asserts it).',
  }),
  cue: z.string().optional().meta({
    description: 'The reporting cue as written, such as "said" or "according to".',
  }),
  category: z.enum(claimCategories).optional().meta({
    description: "Full Fact's claim type.",
  }),
  factuality: z
    .looseObject({
      certainty: z.enum(factualityCertainties).optional().meta({
        description:
          'How firmly the source presents it (FactBank): certain, probable, possible or uncommitted.',
      }),
      polarity: z.enum(['positive', 'negative', 'unknown']).optional().meta({
        description: 'Whether it is asserted (positive) or denied (negative) (FactBank).',
      }),
    })
    .optional()
    .meta({
      description:
        'Factuality as the source presents it, not as it is: FactBank certainty and polarity (CT+ is certain/positive).',
    }),
  review: z
    .looseObject({
      verdict: z
        .enum(reviewVerdicts)
        .optional()
        .meta({ description: 'Outcome of the fact-check.' }),
      summary: z.string().optional().meta({ description: 'Reasoning (Markdown).' }),
      evidence: z.array(evidenceSchema).optional().meta({ description: 'Sources consulted.' }),
      reviewer: creatorSchema.optional(),
      reviewed: utcTimestampSchema.optional().meta({ description: 'When it was reviewed (UTC).' }),
    })
    .optional()
    .meta({ description: "A fact-checker's review of the claim." }),
}

/**
 * The kind `claim`.
 *
 * @example
 * claimKind.schema.safeParse({ id: 'c1', kind: 'claim', spans: [], mode: 'indirect' }).success // => true
 */
export const claimKind = defineKind({
  kind: 'claim',
  fields: claimFields,
  schemaId: 'ClaimAnnotation',
  description: 'Something the text asserts. Who asserts it: relation attributedTo → speaker.',
})

/**
 * A claim annotation.
 *
 * @example
 * const claim: ClaimAnnotation = {
 *   id: 'claim-foreigners', kind: 'claim', spans: [], mode: 'indirect', cue: 'said',
 *   category: 'quantity', factuality: { certainty: 'certain', polarity: 'positive' },
 * }
 */
export type ClaimAnnotation = KindAnnotation<'claim', typeof claimFields>
