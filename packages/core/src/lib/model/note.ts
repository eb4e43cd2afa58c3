/**
 * Notes: free commentary.
 */
import * as z from 'zod'
import { defineKind, type KindAnnotation } from './kind-definition.js'

/**
 * The fields of a note, as zod schemas.
 *
 * @example
 * Object.keys(noteFields) // => ['body']
 */
export const noteFields = {
  body: z.string().optional().meta({
    description: 'The commentary, in Markdown (sanitized when rendered).',
  }),
}

/**
 * The kind `note`.
 *
 * @example
 * noteKind.schema.safeParse({ id: 'n', kind: 'note', spans: [], body: '*NKVD*: the secret police' }).success // => true
 */
export const noteKind = defineKind({
  kind: 'note',
  fields: noteFields,
  schemaId: 'NoteAnnotation',
  description: 'Free commentary in Markdown; relation qualifies → what it is about.',
})

/**
 * A note annotation.
 *
 * @example
 * const note: NoteAnnotation = { id: 'note-nkvd', kind: 'note', spans: [], body: 'The NKVD became the KGB.' }
 */
export type NoteAnnotation = KindAnnotation<'note', typeof noteFields>
