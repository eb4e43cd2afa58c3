/**
 * Speakers: the sources a text attributes statements to, each with all its mentions.
 */
import * as z from 'zod'
import { defineKind, type KindAnnotation } from './kind-definition.js'

/**
 * Types of speaker.
 *
 * @example
 * speakerTypes.includes('anonymous') // => true
 */
export const speakerTypes = ['person', 'organisation', 'agency', 'anonymous', 'group'] as const

/**
 * The fields of a speaker, as zod schemas (all optional). A speaker's `spans` are its
 * mentions: "Maj Gen Anatoly Krayushkin", "Gen Krayushkin", …
 *
 * @example
 * Object.keys(speakerFields) // => ['name', 'type', 'role', 'identifiers']
 */
export const speakerFields = {
  name: z.string().optional().meta({
    description: 'Canonical name: "Anatoly Krayushkin". For anonymous sources, a description.',
  }),
  type: z.enum(speakerTypes).optional().meta({
    description:
      'person, organisation, agency (news agency), anonymous (unnamed source) or group (people spoken of together).',
  }),
  role: z.string().optional().meta({
    description: 'Role as the text gives it: "ministry spokesman", "Maj Gen, Security Ministry".',
  }),
  identifiers: z.record(z.string(), z.string()).optional().meta({
    description: 'External identifiers by scheme: { "wikidata": "Q…", "viaf": "…", "url": "…" }.',
  }),
}

/**
 * The kind `speaker`: one entity, several mention spans.
 *
 * @example
 * speakerKind.schema.safeParse({ id: 's', kind: 'speaker', spans: [], type: 'agency' }).success // => true
 */
export const speakerKind = defineKind({
  kind: 'speaker',
  fields: speakerFields,
  schemaId: 'SpeakerAnnotation',
  description: 'A source of statements; its spans are all its mentions in the text.',
})

/**
 * A speaker annotation.
 *
 * @example
 * const tass: SpeakerAnnotation = { id: 'speaker-itar-tass', kind: 'speaker', spans: [], name: 'ITAR-TASS', type: 'agency' }
 */
export type SpeakerAnnotation = KindAnnotation<'speaker', typeof speakerFields>
