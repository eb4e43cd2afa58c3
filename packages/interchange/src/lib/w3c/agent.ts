/**
 * Creators as W3C Agents, and back.
 */
import type { Creator } from '@scholion/core'
import { isAbsoluteIri } from '../iri.js'
import type { JsonValue, W3cAgent } from './types.js'

/**
 * The Agent of a creator: `name`, and `id` when the creator's id is an IRI
 * (ORCID, a web page). A creator that `id` and `name` cannot restore exactly (a
 * handle such as `scholion-suggest@0.11.0`, extra properties, `{ name }` written as
 * an object) also gets `scholion:creator` with the creator verbatim.
 *
 * @example
 * creatorToAgent('A. Editor') // => { name: 'A. Editor' }
 * creatorToAgent({ name: 'A', id: 'https://orcid.org/1' }) // => { id: 'https://orcid.org/1', name: 'A' }
 */
export function creatorToAgent(creator: Creator): W3cAgent {
  if (typeof creator === 'string') return { name: creator }
  const id = isAbsoluteIri(creator.id) ? creator.id : undefined
  const agent: W3cAgent = id === undefined ? { name: creator.name } : { id, name: creator.name }
  const restored = agentToCreator(agent)
  return JSON.stringify(restored) === JSON.stringify(creator)
    ? agent
    : { ...agent, 'scholion:creator': creator as unknown as JsonValue }
}

/**
 * The creator an Agent stands for: `scholion:creator` when present, else
 * `{ name, id }` when it has an IRI, else its name. `undefined` when it has no
 * usable name or id.
 *
 * @example
 * agentToCreator({ name: 'A. Editor' }) // => 'A. Editor'
 */
export function agentToCreator(agent: unknown): Creator | undefined {
  if (isAbsoluteIri(agent)) return { name: agent, id: agent }
  if (typeof agent !== 'object' || agent === null || Array.isArray(agent)) return undefined
  const record = agent as Readonly<Record<string, unknown>>
  const verbatim = record['scholion:creator']
  if (typeof verbatim === 'string' && verbatim !== '') return verbatim
  if (
    typeof verbatim === 'object' &&
    verbatim !== null &&
    typeof (verbatim as Record<string, unknown>).name === 'string'
  ) {
    return verbatim as Creator
  }
  const rawName = Array.isArray(record.name) ? record.name[0] : record.name
  const name = typeof rawName === 'string' && rawName !== '' ? rawName : undefined
  const nickname = typeof record.nickname === 'string' ? record.nickname : undefined
  const id = isAbsoluteIri(record.id) ? record.id : undefined
  const label = name ?? nickname ?? id
  if (label === undefined) return undefined
  return id === undefined ? label : { name: label, id }
}
