import type { Element, ElementContent } from 'hast'
import { h } from 'hastscript'
import { noteMarkdown } from './note-markdown.js'
import { noteTitle } from './note-title.js'
import type { Plan, PlannedAnnotation } from './plan.js'
import type { EditionRelation } from './types.js'

/** Longest quote shown in a note, in UTF-16 code units; longer ones are cut with `…`. */
const quoteLimit = 300

/** Fields shown for each built-in kind, with their labels, in order. */
const kindFields: Readonly<Record<string, ReadonlyArray<readonly [string, string]>>> = {
  claim: [
    ['mode', 'Mode'],
    ['cue', 'Cue'],
    ['category', 'Category'],
    ['factuality', 'Factuality'],
  ],
  figure: [
    ['value', 'Value'],
    ['when', 'When'],
    ['approximator', 'Approximator'],
    ['atLeast', 'At least'],
    ['atMost', 'At most'],
    ['vague', 'Vague'],
    ['counted', 'Counted'],
    ['unit', 'Unit'],
    ['numberType', 'Number type'],
  ],
  speaker: [
    ['type', 'Type'],
    ['role', 'Role'],
  ],
  uncertainty: [
    ['origin', 'Origin'],
    ['uncertaintyType', 'Type'],
    ['degree', 'Degree'],
    ['explanation', 'Explanation'],
  ],
  note: [],
  boilerplate: [
    ['role', 'Role'],
    ['display', 'Display'],
    ['description', 'Description'],
  ],
}

/** Fields never shown generically (structure, or shown elsewhere). */
const reserved = new Set([
  'id',
  'kind',
  'spans',
  'status',
  'confidence',
  'creator',
  'body',
  'created',
  'modified',
  'speaker',
  'identifiers',
])

/** How a relation reads from each end. */
const relationLabels: Readonly<Record<string, readonly [string, string]>> = {
  partOf: ['Part of', 'Has part'],
  qualifies: ['Qualifies', 'Qualified by'],
  sameAs: ['Same as', 'Same as'],
  corroborates: ['Corroborates', 'Corroborated by'],
  contradicts: ['Contradicts', 'Contradicted by'],
}

/**
 * What `h('tag.class', content)` builds, without hastscript's selector parsing and
 * property lookups (10,000 notes make that a measurable cost): a text node for a
 * string, the nodes of a list (copied) otherwise.
 */
function el(
  tagName: string,
  className: string | undefined,
  content: string | ElementContent[],
): Element {
  return {
    type: 'element',
    tagName,
    properties: className === undefined ? {} : { className: [className] },
    children: typeof content === 'string' ? [{ type: 'text', value: content }] : [...content],
  }
}

/**
 * An element with the given hast properties (camelCase names, class names as a list), as
 * `h(tagName, properties, content)` builds it for such properties, without its lookups.
 */
function element(
  tagName: string,
  properties: Record<string, string | string[]>,
  content: string | ElementContent[],
): Element {
  return {
    type: 'element',
    tagName,
    properties,
    children: typeof content === 'string' ? [{ type: 'text', value: content }] : [...content],
  }
}

/** Context for rendering notes. */
export interface NoteContext {
  readonly text: string
  readonly plan: Plan
  /** Heading level of note headings (2–6). */
  readonly headingLevel: number
}

/**
 * Renders the note of one annotation as an `<li>`: number, kind, draft state, quote(s),
 * the fields of its kind, relations, Markdown body (sanitized) and links back to the
 * passage. Every string is a text node or attribute value, so it is escaped on output.
 *
 * @example
 * ```ts
 * const li = renderNote(planned, { text, plan, headingLevel: 3 })
 * ```
 */
export function renderNote(planned: PlannedAnnotation, context: NoteContext): Element {
  const { annotation, kind } = planned
  const speaker = speakerOf(planned, context.plan)
  const heading = noteTitle(
    planned,
    context.text,
    speaker === undefined ? undefined : speakerLabel(speaker, context.text),
  )
  const title: ElementContent[] = [
    el('span', 'scholion-note-number', `${planned.number}.`),
    { type: 'text', value: ' ' },
    element('span', { className: ['scholion-badge', `scholion-kind-${kind.token}`] }, kind.label),
    { type: 'text', value: ' ' },
    el('span', 'scholion-note-heading', heading.text),
  ]
  if (planned.draft) {
    title.push(
      { type: 'text', value: ' ' },
      el(
        'span',
        'scholion-draft',
        planned.confidence === undefined
          ? 'Draft'
          : `Draft, confidence ${Math.round(planned.confidence * 100)}%`,
      ),
    )
  }
  const children: ElementContent[] = [el(`h${context.headingLevel}`, 'scholion-note-title', title)]
  // An unplaced quote always shows, with why it was not placed.
  if (!heading.coversQuote || planned.unanchored.length > 0) {
    children.push(...quotes(planned, context))
  }

  const fields: Array<readonly [string, ElementContent[]]> = []
  if (speaker) fields.push(['Speaker', [noteLink(speaker, speakerLabel(speaker, context.text))]])
  const known = kindFields[annotation.kind]
  if (known) {
    for (const [key, label] of known) {
      const raw = (annotation as unknown as Record<string, unknown>)[key]
      const value = key === 'factuality' ? factuality(raw) : display(raw)
      if (value !== undefined) fields.push([label, [{ type: 'text', value }]])
    }
  } else {
    for (const [key, raw] of Object.entries(annotation)) {
      if (reserved.has(key)) continue
      const value = display(raw)
      if (value !== undefined) fields.push([key, [{ type: 'text', value }]])
    }
  }
  if (annotation.kind === 'speaker') {
    const identifiers = identifierList(annotation.identifiers)
    if (identifiers.length > 0) fields.push(['Identifiers', identifiers])
    const claims = claimsOf(planned, context.plan)
    if (claims.length > 0) {
      fields.push([
        'Claims',
        [
          h(
            'ul.scholion-inline-list',
            claims.map((claim) => h('li', [noteLink(claim)])),
          ),
        ],
      ])
    }
  }
  for (const [label, targets] of relationsOf(planned, context.plan)) {
    fields.push([
      label,
      [
        h(
          'ul.scholion-inline-list',
          targets.map((t) => h('li', [noteLink(t)])),
        ),
      ],
    ])
  }
  const creator = creatorName(annotation.creator)
  if (creator !== undefined) fields.push(['Creator', [{ type: 'text', value: creator }]])
  if (planned.confidence !== undefined && !planned.draft) {
    fields.push([
      'Confidence',
      [{ type: 'text', value: `${Math.round(planned.confidence * 100)}%` }],
    ])
  }
  if (fields.length > 0) {
    children.push(
      el(
        'dl',
        'scholion-fields',
        fields.flatMap(([label, value]) => [
          el('dt', undefined, label),
          el('dd', undefined, value),
        ]),
      ),
    )
  }
  if (typeof annotation.body === 'string' && annotation.body.trim() !== '') {
    children.push(
      el(
        'div',
        'scholion-note-body',
        noteMarkdown(annotation.body, Math.min(6, context.headingLevel + 1)),
      ),
    )
  }
  const first = planned.spans[0]
  if (first) {
    children.push(
      el('p', 'scholion-backlink', [
        element(
          'a',
          {
            href: `#${first.elementId}`,
            ariaLabel: `Back to passage of note ${planned.number}`,
          },
          '↩ Back to passage',
        ),
      ]),
    )
  }
  const properties: Record<string, string | string[]> = {
    id: planned.ids.note,
    className: ['scholion-note', `scholion-note-kind-${kind.token}`],
    dataAnnotation: annotation.id,
    dataKind: annotation.kind,
  }
  if (planned.draft) properties.dataStatus = 'draft'
  // Every passage in site furniture (a publisher named only in a donation appeal): quieter.
  const asides = context.plan.setAside.flatMap((aside) => aside.spans)
  if (
    planned.spans.length > 0 &&
    planned.spans.every((span) =>
      asides.some((aside) => aside.start <= span.start && span.end <= aside.end),
    )
  ) {
    ;(properties.className as string[]).push('scholion-note-aside')
  }
  return element('li', properties, children)
}

/** The quote(s): one blockquote, or a list of mentions linking to each passage. */
function quotes(planned: PlannedAnnotation, context: NoteContext): ElementContent[] {
  const asides = context.plan.setAside.flatMap((aside) => aside.spans)
  const items: Array<{ quote: string; href: string | undefined; reason: string | undefined }> = [
    ...planned.spans.map((span) => ({
      quote: context.text.slice(span.start, span.end),
      href: `#${span.elementId}`,
      // A mention in site furniture (a publisher named in a donation appeal) is said to be so.
      reason: asides.some((aside) => aside.start <= span.start && span.end <= aside.end)
        ? 'in site furniture set aside'
        : undefined,
    })),
    ...planned.unanchored.map((entry) => ({
      quote: typeof entry.span.exact === 'string' ? entry.span.exact : '',
      href: undefined,
      reason: entry.reason,
    })),
  ]
  if (items.length === 0) return []
  if (items.length === 1 && planned.annotation.kind !== 'speaker') {
    const item = items[0] as (typeof items)[number]
    const result: ElementContent[] = [
      el('blockquote', 'scholion-quote', [el('p', undefined, cut(item.quote))]),
    ]
    if (item.reason && item.href === undefined) {
      result.push(h('p.scholion-reason', `Unanchored — ${item.reason}.`))
    } else if (item.reason) result.push(h('p.scholion-reason', `In site furniture, set aside.`))
    return result
  }
  const label = planned.annotation.kind === 'speaker' ? 'Mentions' : 'Passages'
  return [
    h('p.scholion-list-label', label),
    h(
      'ol.scholion-mentions',
      items.map((item) =>
        h('li', [
          item.href
            ? h('a', { href: item.href }, h('q', cut(item.quote)))
            : h('q', cut(item.quote)),
          ...(item.reason
            ? [
                {
                  type: 'text' as const,
                  value:
                    item.href === undefined
                      ? ` (unanchored — ${item.reason})`
                      : ` (${item.reason})`,
                },
              ]
            : []),
        ]),
      ),
    ),
  ]
}

/** Lookups over a plan's relations, built once per plan so notes cost O(1) each. */
interface RelationIndex {
  readonly speakerOf: ReadonlyMap<string, PlannedAnnotation>
  readonly claimsOf: ReadonlyMap<string, PlannedAnnotation[]>
  readonly byAnnotation: ReadonlyMap<string, EditionRelation[]>
}

const indexes = new WeakMap<Plan, RelationIndex>()

function relationIndex(plan: Plan): RelationIndex {
  const cached = indexes.get(plan)
  if (cached) return cached
  const speakerOf = new Map<string, PlannedAnnotation>()
  const byAnnotation = new Map<string, EditionRelation[]>()
  for (const relation of plan.relations) {
    if (relation.type === 'attributedTo' && !speakerOf.has(relation.from)) {
      const from = plan.byId.get(relation.from)
      const to = plan.byId.get(relation.to)
      if (from?.annotation.kind === 'claim' && to) speakerOf.set(relation.from, to)
    }
    for (const id of new Set([relation.from, relation.to])) {
      const list = byAnnotation.get(id) ?? []
      list.push(relation)
      byAnnotation.set(id, list)
    }
  }
  for (const planned of plan.byId.values()) {
    const id = planned.annotation.id
    const field = planned.annotation.speaker
    if (planned.annotation.kind === 'claim' && !speakerOf.has(id) && typeof field === 'string') {
      const speaker = plan.byId.get(field)
      if (speaker) speakerOf.set(id, speaker)
    }
  }
  const claimsOf = new Map<string, PlannedAnnotation[]>()
  for (const [claimId, speaker] of speakerOf) {
    const list = claimsOf.get(speaker.annotation.id) ?? []
    list.push(plan.byId.get(claimId) as PlannedAnnotation)
    claimsOf.set(speaker.annotation.id, list)
  }
  for (const list of claimsOf.values()) list.sort((a, b) => a.number - b.number)
  const index = { speakerOf, claimsOf, byAnnotation }
  indexes.set(plan, index)
  return index
}

/** The speaker of a claim: its `attributedTo` relation, else its `speaker` field. */
function speakerOf(planned: PlannedAnnotation, plan: Plan): PlannedAnnotation | undefined {
  return relationIndex(plan).speakerOf.get(planned.annotation.id)
}

/** The claims attributed to a speaker, in note order. */
function claimsOf(speaker: PlannedAnnotation, plan: Plan): PlannedAnnotation[] {
  return relationIndex(plan).claimsOf.get(speaker.annotation.id) ?? []
}

/** Relations other than `attributedTo`, grouped by how they read from this annotation. */
function relationsOf(
  planned: PlannedAnnotation,
  plan: Plan,
): Array<readonly [string, PlannedAnnotation[]]> {
  const groups = new Map<string, PlannedAnnotation[]>()
  const id = planned.annotation.id
  for (const relation of relationIndex(plan).byAnnotation.get(id) ?? []) {
    if (relation.type === 'attributedTo') continue
    const labels = relationLabels[relation.type] ?? [relation.type, `${relation.type} (reverse)`]
    let label: string | undefined
    let other: string | undefined
    if (relation.from === id) {
      label = labels[0]
      other = relation.to
    } else if (relation.to === id) {
      label = labels[1]
      other = relation.from
    }
    if (label === undefined || other === undefined) continue
    const target = plan.byId.get(other)
    if (!target) continue
    const list = groups.get(label) ?? []
    if (!list.includes(target)) list.push(target)
    groups.set(label, list)
  }
  return [...groups]
}

/** A link to another annotation's note (or, for set-aside passages, their list entry). */
function noteLink(target: PlannedAnnotation, label?: string): Element {
  const where = target.number === 0 ? 'set aside' : `note ${target.number}`
  return element('a', { href: `#${target.ids.note}` }, `${label ?? target.kind.label} (${where})`)
}

/** A claim's factuality: a word, or core's `{ certainty, polarity }` in words. */
function factuality(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return display(value)
  const { certainty, polarity } = value as { certainty?: unknown; polarity?: unknown }
  const parts = [display(certainty), polarity === 'negative' ? 'negated' : undefined]
  if (polarity === 'unknown') parts.push('polarity unknown')
  const shown = parts.filter((part): part is string => part !== undefined)
  return shown.length > 0 ? shown.join(', ') : undefined
}

/** A speaker's name: its `name` field, else its first quote. */
function speakerLabel(speaker: PlannedAnnotation, text: string): string {
  if (typeof speaker.annotation.name === 'string' && speaker.annotation.name.trim() !== '') {
    return speaker.annotation.name
  }
  const span = speaker.spans[0]
  if (span) return cut(text.slice(span.start, span.end))
  const exact = speaker.unanchored[0]?.span.exact
  return typeof exact === 'string' ? cut(exact) : 'Speaker'
}

/** External identifiers as text (`wikidata: Q123`); values are never turned into links. */
function identifierList(value: unknown): ElementContent[] {
  if (value === null || typeof value !== 'object') return []
  const entries = Array.isArray(value)
    ? value.map((item, index) => [String(index + 1), item] as const)
    : Object.entries(value)
  const items = entries.flatMap(([key, raw]) => {
    const shown = display(raw)
    return shown === undefined ? [] : [h('li', `${key}: ${shown}`)]
  })
  return items.length > 0 ? [h('ul.scholion-inline-list', items)] : []
}

function creatorName(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value
  if (value !== null && typeof value === 'object' && 'name' in value) {
    const name = (value as { name?: unknown }).name
    if (typeof name === 'string' && name.trim() !== '') return name
  }
  return undefined
}

/** A field value as text, or `undefined` when it is not shown (objects, empty). */
export function display(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  if (Array.isArray(value)) {
    const parts = value.map(display).filter((part): part is string => part !== undefined)
    return parts.length > 0 ? parts.join(', ') : undefined
  }
  return undefined
}

function cut(value: string): string {
  if (value.length <= quoteLimit) return value
  // Never end on the first half of a surrogate pair.
  const code = value.charCodeAt(quoteLimit - 1)
  const end = code >= 0xd800 && code <= 0xdbff ? quoteLimit - 1 : quoteLimit
  return `${value.slice(0, end)}…`
}
