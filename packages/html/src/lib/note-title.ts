import type { ElementContent, Nodes } from 'hast'
import { noteMarkdown } from './note-markdown.js'
import type { PlannedAnnotation } from './plan.js'
import { setAsideRole } from './set-aside.js'

/** Longest quote in a note title, in UTF-16 code units, before it is cut at a word. */
const titleQuoteLimit = 72

/** Longest opening of a note body used as its title (notes are long; their title is a cue). */
const noteWordsLimit = 56

/** Uncertainty types (core's `uncertaintyTypes`) in words. */
const uncertaintyWords: Readonly<Record<string, string>> = {
  hedge: 'Hedge',
  'vague-quantity': 'Vague quantity',
  'unclear-attribution': 'Unclear attribution',
  incompleteness: 'Incomplete',
  credibility: 'Credibility',
  dating: 'Dating',
  identity: 'Identity',
  transcription: 'Transcription',
  other: 'Uncertain',
}

/**
 * What a note's title says.
 *
 * @example
 * ```ts
 * const title: NoteTitle = { text: '“More than 2,000”', coversQuote: true }
 * ```
 */
export interface NoteTitle {
  /** The title, plain text (escaped on output). */
  readonly text: string
  /** The title already shows the whole (single) quote, so the note need not repeat it. */
  readonly coversQuote: boolean
}

/**
 * The title of an annotation's note: what the note is about, in words, rather than its
 * kind (the kind is shown beside it as a label):
 *
 * - speaker: its name (else its first mention);
 * - figure: the figure as written (`written`, else the quote);
 * - claim: a short quote of the claim, then its speaker's name;
 * - uncertainty: its type in words, then the quote of its cue (`Editor’s doubt` first when
 *   the doubt is the editor’s);
 * - note: the first words of its body;
 * - boilerplate: what the furniture is;
 * - anything else: its quote.
 *
 * @example
 * ```ts
 * noteTitle(planned, text, 'Security Ministry').text // '“More than 2,000 foreigners were imprisoned …” — Security Ministry'
 * ```
 */
export function noteTitle(
  planned: PlannedAnnotation,
  text: string,
  speakerName: string | undefined,
): NoteTitle {
  const { annotation } = planned
  const quote = firstQuote(planned, text)
  const single = planned.spans.length + planned.unanchored.length === 1
  const short = quote === undefined ? undefined : shorten(quote)
  const quoted = short === undefined ? undefined : `“${short}”`
  const whole = single && short === quote?.replace(/\s+/g, ' ').trim()
  switch (annotation.kind) {
    case 'speaker': {
      const name = nonEmpty(annotation.name)
      return { text: name ?? short ?? 'Speaker', coversQuote: false }
    }
    case 'figure': {
      const written = nonEmpty(annotation.written)
      if (written !== undefined) return { text: `“${shorten(written)}”`, coversQuote: false }
      return { text: quoted ?? 'Figure', coversQuote: whole }
    }
    case 'claim': {
      const by = speakerName === undefined ? '' : ` — ${speakerName}`
      return { text: `${quoted ?? 'Claim'}${by}`, coversQuote: whole }
    }
    case 'uncertainty': {
      const type = nonEmpty(annotation.uncertaintyType)
      let words = type === undefined ? 'Uncertain' : (uncertaintyWords[type] ?? type)
      if (annotation.origin === 'editor') {
        words = `Editor’s doubt${type === undefined ? '' : `, ${words.toLowerCase()}`}`
      }
      return { text: quoted === undefined ? words : `${words}: ${quoted}`, coversQuote: whole }
    }
    case 'note': {
      const body = typeof annotation.body === 'string' ? plainText(annotation.body) : ''
      const words = body === '' ? undefined : shorten(body, noteWordsLimit)
      return { text: words ?? quoted ?? 'Note', coversQuote: words === undefined && whole }
    }
    case 'boilerplate': {
      const role = setAsideRole(annotation)
      return { text: role.charAt(0).toUpperCase() + role.slice(1), coversQuote: false }
    }
    default:
      return { text: quoted ?? planned.kind.label, coversQuote: whole }
  }
}

/** The first quote: of the first placed span, else the recorded quote of an unplaced one. */
function firstQuote(planned: PlannedAnnotation, text: string): string | undefined {
  const span = planned.spans[0]
  if (span) return text.slice(span.start, span.end)
  const exact = planned.unanchored[0]?.span.exact
  return typeof exact === 'string' && exact.trim() !== '' ? exact : undefined
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
}

/**
 * Collapses whitespace and cuts at the last word boundary before the limit, with `…`.
 * Never ends on the first half of a surrogate pair.
 */
export function shorten(value: string, limit = titleQuoteLimit): string {
  const flat = value.replace(/\s+/g, ' ').trim()
  if (flat.length <= limit) return flat
  let end = flat.lastIndexOf(' ', limit)
  if (end < limit / 2) {
    end = limit
    const code = flat.charCodeAt(end - 1)
    if (code >= 0xd800 && code <= 0xdbff) end--
  }
  // A no-break space keeps the ellipsis on the line of the last word.
  return `${flat.slice(0, end).replace(/[\s,;:.–—-]+$/, '')}\u00a0…`
}

/** The text of a Markdown body, as the sanitized note shows it (no markup). */
function plainText(markdown: string): string {
  const parts: string[] = []
  const visit = (node: Nodes | ElementContent): void => {
    if (node.type === 'text') parts.push(node.value)
    else if ('children' in node) {
      for (const child of node.children) visit(child)
      if (node.type === 'element' && /^(p|h[1-6]|li|blockquote|pre)$/.test(node.tagName)) {
        parts.push(' ')
      }
    }
  }
  for (const node of noteMarkdown(markdown, 1)) visit(node)
  return parts.join('').replace(/\s+/g, ' ').trim()
}
