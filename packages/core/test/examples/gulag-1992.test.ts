/**
 * The flagship example: examples/gulag-1992/article.scholion.json against its article.
 *
 * Besides loading and anchoring, it checks the edition against a checklist of what a
 * careful editor must annotate in this article: figures, speakers and their mentions,
 * attributed claims, hedges and vague quantities, the editor's own doubts, and the
 * site boilerplate.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  annotationFileSchema,
  builtInRelationRules,
  createAnchorer,
  defaultKindRegistry,
  isAnchored,
  parseAnnotationFile,
  relationFits,
  type SpanSelector,
  serializeAnnotationFile,
} from '../../src/index.js'

const exampleDirectory = fileURLToPath(new URL('../../../../examples/gulag-1992/', import.meta.url))
const text = readFileSync(`${exampleDirectory}article.txt`, 'utf8')
const fileText = readFileSync(`${exampleDirectory}article.scholion.json`, 'utf8')
const revisedText = readFileSync(`${exampleDirectory}revised/article.txt`, 'utf8')
const revisedFileText = readFileSync(`${exampleDirectory}revised/article.scholion.json`, 'utf8')

interface Span {
  start: number
  end: number
  exact: string
  prefix?: string
  suffix?: string
}
interface Annotation {
  id: string
  kind: string
  spans: Span[]
  [field: string]: unknown
}
interface Relation {
  type: string
  from: string
  to: string
}
const file = JSON.parse(fileText) as {
  format: string
  document: Record<string, unknown>
  annotations: Annotation[]
  relations: Relation[]
}
const byId = new Map(file.annotations.map((annotation) => [annotation.id, annotation]))
const ofKind = (kind: string) => file.annotations.filter((annotation) => annotation.kind === kind)
const relationsOf = (type: string, from: string) =>
  file.relations.filter((relation) => relation.type === type && relation.from === from)

/** Position of `quote` in the text: its first occurrence at or after the unique `after`. */
function locate(quote: string, after?: string): { start: number; end: number } {
  let from = 0
  if (after !== undefined) {
    from = text.indexOf(after)
    if (from < 0 || text.indexOf(after, from + 1) >= 0) throw new Error(`Bad marker ${after}`)
  }
  const start = text.indexOf(quote, from)
  if (start < 0) throw new Error(`Checklist quote not in the text: ${quote}`)
  return { start, end: start + quote.length }
}

/** Annotations of `kind` with a span covering `quote` (at its located position). */
function covering(kind: string, quote: string, after?: string): Annotation[] {
  const { start, end } = locate(quote, after)
  return ofKind(kind).filter((annotation) =>
    allSpans(annotation).some((span) => span.start <= start && span.end >= end),
  )
}

/** A span as the anchorer takes it (context defaults to empty). */
function selector(span: Span): SpanSelector {
  return { ...span, prefix: span.prefix ?? '', suffix: span.suffix ?? '' }
}

/** Every span of an annotation: `spans` and span-valued fields (`scope`). */
function allSpans(annotation: Annotation): Span[] {
  const scope = Array.isArray(annotation.scope) ? (annotation.scope as Span[]) : []
  return [...annotation.spans, ...scope]
}

// The checklist: what a careful editor must have annotated. [quote, marker before it]
const figureChecklist: [string, string?][] = [
  ['2,000', "'2,000 foreigners"],
  ['Tuesday 18 August 1992 18:02 EDT'],
  ['More than 2,000'],
  ['yesterday'],
  ['31 countries'],
  ['501 Bulgarians'],
  ['155 Mongolians'],
  ['116 Germans'],
  ['29 Hungarians'],
  ['two Britons'],
  ['large numbers of foreigners'],
  ['Tens of thousands of Poles'],
  ['hundreds or thousands of foreign Communists'],
  ['1930s'],
  ['Many more'],
  ['Many Socialist foreigners'],
  ['1917'],
  ['1920s'],
  ['30-year'],
  ['1953'],
  ['Millions of people'],
  ['more than 200 Austrian prisoners'],
  ['last year'],
  ['2.5 million'],
]

const speakerChecklist: [id: string, mentions: [string, string?][]][] = [
  ['reuters', [['Reuter', 'MOSCOW (']]],
  [
    'security ministry',
    [
      ["Russia's Security Ministry"],
      ['ministry', 'Krayushkin of the'],
      ['Security Ministry', 'Gen Krayushkin said the'],
      ['ministry', 'A ministry spokesman'],
    ],
  ],
  [
    'krayushkin',
    [
      ['Maj Gen Anatoly Krayushkin'],
      ['Gen Krayushkin', "media,' "],
      ['Gen Krayushkin', 'Itar-Tass news agency said'],
      ['Gen Krayushkin', 'security police.\n\n'],
    ],
  ],
  ['itar-tass', [['Itar-Tass']]],
  ['spokesman', [['A ministry spokesman']]],
]

// [a quote inside the claim, a mention of its speaker, mode]
const claimChecklist: [string, string, string][] = [
  ['More than 2,000 foreigners were imprisoned', "Russia's Security Ministry", 'indirect'],
  ['listed foreign prisoners from 31 countries', 'Maj Gen Anatoly Krayushkin', 'indirect'],
  ['significantly higher than has been revealed', 'Maj Gen Anatoly Krayushkin', 'direct'],
  ['501 Bulgarians', 'Reuter', 'authorial'],
  ['The fate of the foreigners on the list was unclear', 'Reuter', 'authorial'],
  ['apparently do not account', 'Reuter', 'authorial'],
  ['were executed by the NKVD', 'Reuter', 'authorial'],
  ['seem to omit', 'Reuter', 'authorial'],
  ['may not have shown in the statistics', 'Reuter', 'authorial'],
  ['fired with a mission to build Communism', 'Reuter', 'authorial'],
  ['conspiratorial work', 'Reuter', 'authorial'],
  ['viewed with growing suspicion', 'Reuter', 'authorial'],
  ['stranded', 'Reuter', 'authorial'],
  ["Stalin's 30-year rule ended in 1953", 'Reuter', 'authorial'],
  ['virtual annihilation', 'Reuter', 'authorial'],
  ['were sent to labour camps', 'Reuter', 'authorial'],
  ['a list of more than 200 Austrian prisoners', 'Itar-Tass', 'indirect'],
  ['2.5 million ex-Soviet citizens', 'Maj Gen Anatoly Krayushkin', 'indirect'],
  ['open reading room', 'A ministry spokesman', 'indirect'],
]

// Hedges and vague quantities in the text: [cue, marker]
const hedgeChecklist: [string, string?][] = [
  ['More than', '(Reuter) - '],
  ['significantly higher'],
  ['was unclear'],
  ['apparently'],
  ['large numbers'],
  ['Tens of thousands'],
  ['seem to'],
  ['hundreds or thousands'],
  ['Many more'],
  ['may not have'],
  ['Many', 'statistics.\n\n'],
  ['end of the 1920s'],
  ['virtual'],
  ['Millions'],
  ['more than', 'Austrian diplomat'],
  ['soon'],
]

// Where the editor must say what is doubtful: [quote, marker]
const editorDoubtChecklist: [string, string?][] = [
  ['501 Bulgarians'],
  ['yesterday'],
  ['Tuesday 18 August 1992'],
  ['last year'],
  ['30-year'],
  ['2.5 million'],
  ['the list', 'foreigners on '],
  ['more than 200 Austrian prisoners'],
]

const boilerplateChecklist = [
  'Stay up to date with notifications',
  'Notifications can be managed in browser preferences.',
  'Your support helps us to tell the story',
  'Your support makes all the difference.',
  'Join our commenting forum',
  'Thank you for registering',
  'Please refresh your browser to be logged in',
]

// Website furniture is marked with the built-in kind `boilerplate`.
const registry = defaultKindRegistry

describe('examples/gulag-1992', () => {
  it('loads with no problems at all', () => {
    const { file: loaded, problems } = parseAnnotationFile(fileText, {
      file: 'article.scholion.json',
      text,
    })
    expect(problems).toEqual([])
    expect(loaded?.annotations.length).toBe(file.annotations.length)
  })

  it('is saved in canonical form (as serializeAnnotationFile writes it)', () => {
    const { file: loaded } = parseAnnotationFile(fileText, { text, registry })
    expect(loaded).toBeDefined()
    if (loaded) expect(serializeAnnotationFile(loaded, { registry })).toBe(fileText)
  })

  it('validates every annotation against the schema of its kind', () => {
    for (const annotation of file.annotations) {
      const schema = registry.get(annotation.kind)?.schema
      expect(schema, annotation.kind).toBeDefined()
      if (schema === undefined) continue
      const result = schema.safeParse(annotation)
      expect(result.success ? [] : result.error.issues, annotation.id).toEqual([])
    }
  })

  it('validates against the JSON Schema source of the default registry', () => {
    const result = annotationFileSchema(defaultKindRegistry).safeParse(file)
    expect(result.success ? [] : result.error.issues).toEqual([])
    expect(file.format).toBe('scholion/1')
  })

  it('describes its document: provenance and the hash of the article text', () => {
    const hash = `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`
    expect(file.document).toMatchObject({
      source: 'article.txt',
      textHash: hash,
      publication: 'The Independent',
      agency: 'Reuters',
      dateline: 'MOSCOW',
      published: '1992-08-18',
    })
    expect(file.document.notes).toContain('scraped')
  })

  it('anchors every span exactly, with at least 32 characters of context (less at the edges)', () => {
    for (const annotation of file.annotations) {
      for (const span of allSpans(annotation)) {
        const where = `${annotation.id} ${JSON.stringify(span.exact)}`
        expect(text.slice(span.start, span.end), where).toBe(span.exact)
        expect(span.prefix, where).toBe(
          text.slice(span.start - (span.prefix?.length ?? 0), span.start),
        )
        expect(span.suffix, where).toBe(text.slice(span.end, span.end + (span.suffix?.length ?? 0)))
        expect(span.prefix?.length, where).toBeGreaterThanOrEqual(Math.min(32, span.start))
        expect(span.suffix?.length, where).toBeGreaterThanOrEqual(
          Math.min(32, text.length - span.end),
        )
      }
    }
  })

  it('gives every annotation a unique id, creator, UTC creation time and reviewed status', () => {
    expect(byId.size).toBe(file.annotations.length)
    for (const annotation of file.annotations) {
      expect(annotation.creator, annotation.id).toBeTruthy()
      expect(annotation.created, annotation.id).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/)
      expect(annotation.status, annotation.id).toBe('reviewed')
      expect(annotation.spans.length, annotation.id).toBeGreaterThan(0)
    }
  })

  it('keeps the annotations in reading order', () => {
    const keys = file.annotations.map((annotation) => annotation.spans[0]?.start ?? 0)
    expect(keys).toEqual([...keys].sort((a, b) => a - b))
  })

  it('has only relations whose ends exist and whose kinds fit', () => {
    for (const relation of file.relations) {
      const from = byId.get(relation.from)
      const to = byId.get(relation.to)
      expect(from, JSON.stringify(relation)).toBeDefined()
      expect(to, JSON.stringify(relation)).toBeDefined()
      if (!from || !to) continue
      const builtIn = ['claim', 'figure', 'speaker', 'uncertainty', 'note', 'boilerplate']
      if (builtIn.includes(from.kind) && builtIn.includes(to.kind)) {
        expect(
          relationFits(builtInRelationRules, relation.type as 'qualifies', from.kind, to.kind),
          JSON.stringify(relation),
        ).toBe(true)
      }
    }
  })

  it.each(figureChecklist)('annotates the figure %j', (quote, after) => {
    const figures = covering('figure', quote, after)
    expect(figures.length, quote).toBeGreaterThan(0)
    for (const figure of figures) expect(figure.numberType, figure.id).toBeDefined()
  })

  it('records bounds and approximators of the approximate figures', () => {
    const [total] = covering('figure', 'More than 2,000')
    expect(total).toMatchObject({ approximator: 'more than', atLeast: 2001, numberType: 'count' })
    const [poles] = covering('figure', 'Tens of thousands of Poles')
    expect(poles).toMatchObject({ vague: true, approximator: 'tens of' })
    const [communists] = covering('figure', 'hundreds or thousands of foreign Communists')
    expect(communists).toMatchObject({ vague: true, approximator: 'hundreds or thousands' })
    const [millions] = covering('figure', '2.5 million')
    expect(millions).toMatchObject({ value: 2_500_000 })
    const [duration] = covering('figure', '30-year')
    expect(duration).toMatchObject({ value: 30, numberType: 'duration' })
  })

  it('puts each nationality within the total (partOf)', () => {
    const [total] = covering('figure', 'More than 2,000')
    for (const quote of [
      '501 Bulgarians',
      '155 Mongolians',
      '116 Germans',
      '29 Hungarians',
      'two Britons',
    ]) {
      const [part] = covering('figure', quote)
      expect(
        relationsOf('partOf', part?.id ?? '').some((relation) => relation.to === total?.id),
        quote,
      ).toBe(true)
    }
  })

  it.each(speakerChecklist)('annotates the speaker %s with all mentions', (_name, mentions) => {
    const [first, ...rest] = mentions
    const candidates = covering('speaker', ...(first as [string, string?]))
    expect(candidates.length).toBe(1)
    const speaker = candidates[0] as Annotation
    expect(speaker.type).toBeDefined()
    expect(speaker.role).toBeDefined()
    for (const [quote, after] of rest) {
      const { start, end } = locate(quote, after)
      expect(
        speaker.spans.some((span) => span.start <= start && span.end >= end),
        `${speaker.id}: ${quote}`,
      ).toBe(true)
    }
  })

  it.each(claimChecklist)(
    'annotates the claim %j, attributed to %j (%s)',
    (quote, mention, mode) => {
      const claims = covering('claim', quote)
      expect(claims.length, quote).toBeGreaterThan(0)
      const [speaker] = covering('speaker', mention)
      expect(speaker, mention).toBeDefined()
      const claim = claims.find((candidate) =>
        relationsOf('attributedTo', candidate.id).some((relation) => relation.to === speaker?.id),
      )
      expect(claim, `${quote} → ${speaker?.id}`).toBeDefined()
      expect(claim?.mode).toBe(mode)
      if (mode !== 'authorial') expect(claim?.cue).toBeTruthy()
    },
  )

  it('attributes every claim to a speaker', () => {
    for (const claim of ofKind('claim')) {
      const targets = relationsOf('attributedTo', claim.id).map((relation) => byId.get(relation.to))
      expect(targets.length, claim.id).toBeGreaterThan(0)
      for (const target of targets) expect(target?.kind, claim.id).toBe('speaker')
    }
  })

  it.each(hedgeChecklist)('annotates the hedge or vague quantity %j', (quote, after) => {
    const found = covering('uncertainty', quote, after).filter(
      (uncertainty) => uncertainty.origin === 'text',
    )
    expect(found.length, quote).toBeGreaterThan(0)
  })

  it('links every uncertainty to what it qualifies', () => {
    for (const uncertainty of ofKind('uncertainty')) {
      expect(relationsOf('qualifies', uncertainty.id).length, uncertainty.id).toBeGreaterThan(0)
      if (uncertainty.origin === 'editor') {
        expect(uncertainty.explanation, uncertainty.id).toBeTruthy()
      }
    }
  })

  it.each(editorDoubtChecklist)('states the editor’s doubt about %j', (quote, after) => {
    const found = covering('uncertainty', quote, after).filter(
      (uncertainty) => uncertainty.origin === 'editor',
    )
    expect(found.length, quote).toBeGreaterThan(0)
  })

  it('adds up the listed nationalities in the editor’s note on the total', () => {
    const [doubt] = covering('uncertainty', '501 Bulgarians').filter(
      (uncertainty) => uncertainty.origin === 'editor',
    )
    expect(doubt?.explanation).toContain('803')
  })

  it('marks the site boilerplate, and nothing of the article, as boilerplate', () => {
    for (const quote of boilerplateChecklist) {
      expect(covering('boilerplate', quote).length, quote).toBe(1)
    }
    const article = { start: text.indexOf('MOSCOW (Reuter)'), end: text.indexOf('KGB files.') + 10 }
    for (const boilerplate of ofKind('boilerplate')) {
      for (const span of boilerplate.spans) {
        expect(span.end <= article.start || span.start >= article.end, boilerplate.id).toBe(true)
      }
    }
  })

  it('has teaching notes on sourcing, contextualisation, corroboration and close reading', () => {
    const notes = ofKind('note')
    for (const tag of ['sourcing', 'contextualisation', 'corroboration', 'close-reading']) {
      expect(
        notes.some((note) => (note.tags as string[] | undefined)?.includes(tag)),
        tag,
      ).toBe(true)
    }
    for (const note of notes) {
      expect(typeof note.body, note.id).toBe('string')
      expect(relationsOf('qualifies', note.id).length, note.id).toBeGreaterThan(0)
    }
  })

  it('anchors every span exactly with the anchorer', () => {
    const spans = file.annotations.flatMap(allSpans).map(selector)
    const results = createAnchorer(text).resolveAll(spans)
    expect(results.filter((result) => result.status !== 'exact')).toEqual([])
  })

  it('carries every span onto the revised text through the diff', () => {
    const spans = file.annotations.flatMap(allSpans).map(selector)
    const results = createAnchorer(revisedText, { previousText: text }).resolveAll(spans)
    expect(results.filter((result) => !isAnchored(result.status))).toEqual([])
    const mention = results[spans.findIndex((span) => span.exact === 'Maj Gen Anatoly Krayushkin')]
    expect(mention?.selector.exact).toBe('Maj-Gen Anatoly Krayushkin')
  })

  describe('the revised text and its re-anchored file', () => {
    const revised = JSON.parse(revisedFileText) as typeof file
    const sha = (value: string) =>
      `sha256:${createHash('sha256').update(value, 'utf8').digest('hex')}`

    it('loads without errors and carries the revised text’s hash', () => {
      const { problems } = parseAnnotationFile(revisedFileText, { text: revisedText, registry })
      expect(problems).toEqual([])
      expect(revised.document.textHash).toBe(sha(revisedText))
    })

    it('anchors every span, scope spans included, on the revised text, with a status', () => {
      for (const annotation of revised.annotations) {
        for (const span of allSpans(annotation)) {
          const where = `${annotation.id} ${JSON.stringify(span.exact)}`
          expect(revisedText.slice(span.start, span.end), where).toBe(span.exact)
          const anchor = (span as Span & { anchor?: { status: 'exact' } }).anchor
          expect(anchor && isAnchored(anchor.status), where).toBe(true)
        }
      }
    })

    it('keeps every annotation and relation, changing only where spans are', () => {
      const withoutSpans = (annotation: Annotation) => {
        const { spans: _spans, scope: _scope, ...rest } = annotation
        return rest
      }
      expect(revised.annotations.map(withoutSpans)).toEqual(file.annotations.map(withoutSpans))
      expect(revised.relations).toEqual(file.relations)
      const { textHash: _a, ...documentAfter } = revised.document
      const { textHash: _b, ...documentBefore } = file.document
      expect(documentAfter).toEqual(documentBefore)
    })
  })
})
