/**
 * Boilerplate: text that came with a source but is not part of it — a web page's
 * notification banner, donation appeal, comment and login prompts, a scanned
 * page's running heads. Marked rather than deleted, so the reading text stays the
 * source exactly as found, while editions can set it aside.
 */
import * as z from 'zod'
import { defineKind, type KindAnnotation } from './kind-definition.js'

/**
 * How an edition should show boilerplate: `collapsed` (hidden until the reader
 * asks), `dimmed` (shown, de-emphasised) or `shown` (as the article text).
 *
 * @example
 * boilerplateDisplays.includes('collapsed') // => true
 */
export const boilerplateDisplays = ['collapsed', 'dimmed', 'shown'] as const

/**
 * The fields of a boilerplate annotation, as zod schemas (all optional).
 *
 * @example
 * Object.keys(boilerplateFields) // => ['role', 'display', 'description']
 */
export const boilerplateFields = {
  role: z.string().optional().meta({
    description:
      'What the furniture is: "notification-banner", "donation-appeal", "comments", "login", "navigation", "advertising", "running-head", …',
  }),
  display: z.enum(boilerplateDisplays).optional().meta({
    description: 'How editions show it: collapsed (the default when absent), dimmed or shown.',
  }),
  description: z.string().optional().meta({
    description: 'Why this is not part of the source, for the reader.',
  }),
}

/**
 * The kind `boilerplate`.
 *
 * @example
 * boilerplateKind.schema.safeParse({ id: 'bp', kind: 'boilerplate', spans: [], display: 'dimmed' }).success // => true
 */
export const boilerplateKind = defineKind({
  kind: 'boilerplate',
  fields: boilerplateFields,
  schemaId: 'BoilerplateAnnotation',
  description:
    'Text that came with the source but is not part of it (site furniture); editions set it aside.',
})

/**
 * A boilerplate annotation.
 *
 * @example
 * const banner: BoilerplateAnnotation = { id: 'bp-banner', kind: 'boilerplate', spans: [], role: 'notification-banner' }
 */
export type BoilerplateAnnotation = KindAnnotation<'boilerplate', typeof boilerplateFields>
