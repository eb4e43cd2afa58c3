/**
 * How much of the flagship edition (examples/gulag-1992) the suggester finds:
 * the edition's figures, its hedges (uncertainties of origin `text`) and its
 * attributed claims, each matched by the rule of issue 7.
 */
import { existsSync, readFileSync } from 'node:fs'
import { type SuggestOptions, suggest } from '../../packages/suggest/src/index.js'

interface Span {
  readonly start: number
  readonly end: number
}
interface Item {
  readonly id: string
  readonly kind: string
  readonly spans: readonly Span[]
  readonly origin?: string
}
interface Link {
  readonly type: string
  readonly from: string
  readonly to: string
}

const overlap = (a: readonly Span[], b: readonly Span[]) =>
  a.some((x) => b.some((y) => x.start < y.end && y.start < x.end))

/**
 * Found / total per kind on the seed article; `undefined` when the edition is not
 * there. `options` as for `suggest` (the learned hedge model, as `scholion
 * suggest` runs by default).
 */
export function scoreSeed(
  options: SuggestOptions = {},
): Record<'figures' | 'hedges' | 'attributions', { found: number; total: number }> | undefined {
  const folder = new URL('../../examples/gulag-1992/', import.meta.url)
  const annotationsUrl = new URL('article.scholion.json', folder)
  if (!existsSync(annotationsUrl)) return undefined
  const text = readFileSync(new URL('article.txt', folder), 'utf8')
  const edition = JSON.parse(readFileSync(annotationsUrl, 'utf8')) as {
    annotations: Item[]
    relations?: Link[]
  }
  const { annotations, relations } = suggest(text, options)
  const suggested = annotations as readonly Item[]
  const ofKind = (items: readonly Item[], kind: string) =>
    items.filter((item) => item.kind === kind)
  const count = (gold: readonly Item[], test: (item: Item) => boolean) => ({
    found: gold.filter(test).length,
    total: gold.length,
  })

  const figures = ofKind(edition.annotations, 'figure')
  const hedges = ofKind(edition.annotations, 'uncertainty').filter((item) => item.origin === 'text')
  const byId = (items: readonly Item[]) => new Map(items.map((item) => [item.id, item]))
  const editionById = byId(edition.annotations)
  const suggestedById = byId(suggested)
  const speakerOf = (links: readonly Link[], map: Map<string, Item>, id: string) => {
    const link = links.find((relation) => relation.type === 'attributedTo' && relation.from === id)
    return link === undefined ? undefined : map.get(link.to)
  }
  const attributed = ofKind(edition.annotations, 'claim').filter(
    (claim) =>
      speakerOf(edition.relations ?? [], editionById, claim.id)?.kind === 'speaker' &&
      (claim as { mode?: string }).mode !== 'authorial',
  )
  return {
    figures: count(figures, (figure) =>
      ofKind(suggested, 'figure').some((item) => overlap(item.spans, figure.spans)),
    ),
    hedges: count(hedges, (hedge) =>
      ofKind(suggested, 'uncertainty').some((item) => overlap(item.spans, hedge.spans)),
    ),
    attributions: count(attributed, (claim) => {
      const speaker = speakerOf(edition.relations ?? [], editionById, claim.id)
      return ofKind(suggested, 'claim').some((item) => {
        const theirs = speakerOf(relations, suggestedById, item.id)
        return (
          overlap(item.spans, claim.spans) &&
          speaker !== undefined &&
          theirs !== undefined &&
          overlap(theirs.spans, speaker.spans)
        )
      })
    }),
  }
}
