/**
 * Finding hedge cues in a text with a lexicon.
 */
import { matchAt, scanWords, type WordIndex, wordIndex } from '../text/word-search.js'
import type { HedgeEntry, HedgeLexicon } from './hedge-lexicon.js'

/**
 * A hedge cue found in the text: `[start, end)` of the cue and its lexicon entry.
 *
 * @example
 * const found: FoundHedge = { start: 4, end: 14, entry: { cue: 'apparently', type: 'hedge', degree: 'medium' } }
 */
export interface FoundHedge {
  /** Start of the cue, inclusive. */
  readonly start: number
  /** End of the cue, exclusive. */
  readonly end: number
  /** The entry that matched. */
  readonly entry: HedgeEntry
}

const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()[\]\\]/g, '\\$&')

/**
 * Turns a cue pattern into a regular expression source: words joined by white
 * space, each word a group of its alternatives, whole words only.
 *
 * @example
 * cueSource('seem|seems to') // => '(?:seem|seems)\\s+(?:to)'
 */
export function cueSource(cue: string): string {
  return cue
    .trim()
    .split(/\s+/)
    .map((word) => `(?:${word.split('|').map(escapeRegExp).join('|')})`)
    .join('\\s+')
}

// Number words for the context word `#` (a number): the cardinals a writer spells out.
const numberWords =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|half|dozen|(?:a|an)\\s+(?:hundred|thousand|million|billion|dozen|half|quarter)'

// Titles written with a period, which do not end a sentence.
const titles = 'Mr|Mrs|Ms|Dr|St|Jr|Sr|Gov|Sen|Rep|Gen|Col|Lt|Capt|Prof|Rev|Mt|Ft'

/**
 * A context pattern (`before`, `notBefore`, `after`, `notAfter`) as a regular
 * expression source: like {@link cueSource}, with `#` (a number in digits or a
 * number word, also "a hundred", "a million"), `*Aa` (a capitalised word), `*AA` (a
 * word in capitals; both for case-sensitive entries), `*` (any word that does not
 * end in a period, but for titles such as "Mr." and dotted abbreviations such as
 * "U.S."), `*'s` (a possessive), `*,` (a word with its comma), `*ing`, `*est`,
 * … (a word ending in those letters), `*{m,n}` (m to n words `*`, for context
 * before the cue) and `...` (up to eight words, none ending in a period: it stays
 * in its sentence). Every word is followed by white space.
 */
function contextSource(pattern: string): string {
  const word = (alternative: string) =>
    alternative === '*'
      ? // A word that does not end the sentence: no final period, except in a title
        // ("Mr.", "Gov.") or a dotted abbreviation ("U.S.", "p.m."). (Case cannot
        // tell an abbreviation: most patterns match case-insensitively.)
        `(?:[\\p{L}'’.-]*[\\p{L}'’-]|(?:${titles})\\.|\\p{L}(?:\\.\\p{L})+\\.)`
      : alternative === '*Aa' || alternative === '*AA'
        ? // A capitalised word, or one in capitals (version 13; meant for
          // case-sensitive entries: a case-insensitive one reads any word so). A
          // word in capitals may end in the period of an abbreviation ("U.S.").
          alternative === '*Aa'
          ? "\\p{Lu}[\\p{L}'’-]*"
          : "\\p{Lu}[\\p{Lu}'’.-]*[\\p{Lu}.]"
        : alternative === '#'
          ? // A number in digits or a number word (version 13): ", say, 20 tonnes",
            // "Say four million"; since version 18 also a wire fraction, "1-7/8",
            // "11-1/2".
            `(?:\\$?\\p{N}[\\p{N},./]*(?:-\\p{N}[\\p{N}/]*)?|${numberWords})`
          : alternative === '*,'
            ? // A word followed by its comma: "the accord, expected in May".
              "[\\p{L}\\p{N}'’.-]*[\\p{L}\\p{N}'’-],"
            : alternative === "*'s"
              ? "[\\p{L}.-]+['’]s"
              : /^\*\p{L}+$/u.test(alternative)
                ? // The stem has the suffix's case: "*ence" matches "evidence" and, in a
                  // case-sensitive entry, not "Providence"; "*ING" matches "POINTING".
                  `${/^\*\p{Lu}+$/u.test(alternative) ? '\\p{Lu}' : /^\*\p{Ll}+$/u.test(alternative) ? '\\p{Ll}' : '\\p{L}'}+${escapeRegExp(alternative.slice(1))}`
                : escapeRegExp(alternative)
  return pattern
    .trim()
    .split(/\s+/)
    .map((part) => {
      if (part === '...') return "(?:[\\p{L}\\p{N}'’.,-]*[\\p{L}\\p{N}'’,-]\\s+){0,8}"
      // "*{1,3}": one to three words, each as `*` (a shorter source than listing
      // "*", "* *", "* * *" as patterns of their own).
      const repeat = /^\*\{(\d+),(\d+)\}$/.exec(part)
      if (repeat !== null) return `(?:${word('*')}\\s+){${repeat[1]},${repeat[2]}}`
      return `(?:${part.split('|').map(word).join('|')})\\s+`
    })
    .join('')
}

/** One context pattern or several, as a list. */
const patternsOf = (patterns: string | readonly string[] | undefined): readonly string[] =>
  patterns === undefined ? [] : typeof patterns === 'string' ? [patterns] : patterns

/** The cue with its context conditions, as one regular expression source. */
function entrySource(entry: HedgeEntry): string {
  const boundary = "(?<![\\p{L}\\p{N}'’-])"
  // Patterns after the cue start with white space and end at a word's end.
  const following = (pattern: string) =>
    `\\s+${contextSource(pattern).replace(/\\s\+$/, '')}(?![\\p{L}\\p{N}-])`
  const before = patternsOf(entry.before)
  const lookBehind =
    before.length === 0
      ? ''
      : `(?<=${before.map((pattern) => `${boundary}${contextSource(pattern)}`).join('|')})`
  const notBefore = patternsOf(entry.notBefore)
    .map((pattern) => `(?<!${boundary}${contextSource(pattern)})`)
    .join('')
  const after = patternsOf(entry.after)
  const lookAhead =
    after.length === 0 ? '' : `(?=${after.map((pattern) => following(pattern)).join('|')})`
  const notAfter = patternsOf(entry.notAfter)
    .map((pattern) => `(?!${following(pattern)})`)
    .join('')
  const cue = cueSource(entry.cue)
  // Context before the cue is looked at only where the cue itself follows: a
  // look-behind tried at every word of the text costs more than the cue's own test.
  const guard = lookBehind === '' && notBefore === '' ? '' : `(?=${cue})`
  return `${guard}${lookBehind}${notBefore}${cue}${lookAhead}${notAfter}`
}

/**
 * The entries of one compiled expression whose cues can start with one word: tried,
 * sticky, only where a word with those leading letters starts (the targets of the
 * lexicon's {@link WordIndex}). Compiled on first use, in the one variant the text
 * needs.
 */
interface HedgeTarget {
  /** Index of the expression in `patterns`: results keep the expressions' order. */
  readonly pattern: number
  readonly entries: readonly HedgeEntry[]
  readonly source: string
  readonly flags: string
  sticky?: RegExp
  /** The same expression with Latin classes, for texts whose letters are all Latin-1. */
  latinSticky?: RegExp
}

/** A compiled lexicon: one regular expression per case mode, entries by group. */
export interface CompiledLexicon {
  /**
   * Each expression's source and flags (`u`, or `iu` for case-insensitive entries),
   * with its entries in the order of its capturing groups. Compiled only where
   * used: a search by words (below) needs none of them for most texts, and V8 takes
   * ~0.2 s to build them.
   */
  readonly patterns: ReadonlyArray<{
    readonly source: string
    readonly flags: string
    readonly entries: readonly HedgeEntry[]
  }>
  /**
   * The same expressions split by the leading letters of their cues' first words
   * (folded for case-insensitive expressions, as written for the others), with the
   * whole expressions for words with letters beyond ASCII, so that a search reads
   * the text's words once ({@link scanWords}) and tries at each only the few cues
   * that can start there. Without it, every expression scans the whole text.
   */
  readonly byWord?: WordIndex<HedgeTarget>
}

// Most characters of pattern source in one compiled regular expression.
const maxSource = 16_000

// Letters, digits and apostrophes on either side mean the cue is part of a word.
// The same characters make up the words the search by words walks: a cue starts
// only at a word's start, so its expressions there need no boundary before them.
const wordCharacter = /[\p{L}\p{N}'’-]/u
const wrap = (sources: readonly string[]) =>
  `(?<![\\p{L}\\p{N}'’-])(?:${sources.join('|')})(?![\\p{L}\\p{N}-])`

// The leading letters of a cue's first word, for each of its alternatives: every
// cue of the lexicon starts with a letter (checked when compiling).
const firstWordKeys = (entry: HedgeEntry): string[] =>
  (entry.cue.trim().split(/\s+/)[0] ?? '').split('|').map((alternative) => {
    const letters = /^\p{L}+/u.exec(alternative)?.[0]
    if (letters === undefined)
      throw new Error(`hedge cue "${entry.cue}": the first word must start with a letter`)
    return letters
  })

/**
 * Compiles a lexicon into regular expressions (case-insensitive and case-sensitive
 * entries apart, and entries with context before the cue apart from those
 * without, each group in runs of at most 16,000 characters of pattern), each
 * an alternation with one capturing group per entry, longest cues first so that
 * "could not be estimated" wins over "not be estimated".
 *
 * @example
 * compileLexicon({ version: 'x', entries: [{ cue: 'apparently', type: 'hedge', degree: 'medium' }] }).patterns.length // => 1
 */
export function compileLexicon(lexicon: HedgeLexicon): CompiledLexicon {
  const patterns: Array<{ source: string; flags: string; entries: HedgeEntry[] }> = []
  const folded = new Map<string, HedgeTarget[]>()
  const exact = new Map<string, HedgeTarget[]>()
  // Entries without context before the cue are compiled apart from those with it:
  // an alternation that mixes literal cues with look-behinds runs slower than the
  // two apart (measured on 2 MB of the Brown corpus: 481 ms mixed, 69 + 266 ms
  // apart), since the literal alternatives lose their quick first-character test.
  const hasBefore = (entry: HedgeEntry) =>
    entry.before !== undefined || entry.notBefore !== undefined
  for (const [caseSensitive, withBefore] of [
    [false, false],
    [false, true],
    [true, false],
    [true, true],
  ] as const) {
    const entries = lexicon.entries
      .filter(
        (entry) =>
          (entry.caseSensitive ?? false) === caseSensitive && hasBefore(entry) === withBefore,
      )
      .toSorted(
        (a, b) =>
          b.cue.split(/\s+/).length - a.cue.split(/\s+/).length || b.cue.length - a.cue.length,
      )
    // Entries are compiled in runs of at most `maxSource` characters of pattern:
    // V8 runs a much larger regular expression far slower (measured on the Brown
    // corpus: one of 36,000 characters took 3.3 s, four of at most 16,000 0.85 s;
    // the slowdown sets in between 20,000 and 24,000 characters).
    // A cue found by two runs at one place is resolved as within one: the longer wins.
    let run: HedgeEntry[] = []
    let sources: string[] = []
    let length = 0
    const flush = () => {
      if (run.length === 0) return
      const flags = caseSensitive ? 'u' : 'iu'
      const pattern = patterns.length
      patterns.push({ source: wrap(sources), flags, entries: run })
      // Per leading letters, the run's entries that can start there, in the run's
      // order: at any place the same entry matches first as in the whole run.
      const byKey = new Map<string, { entries: HedgeEntry[]; sources: string[] }>()
      run.forEach((entry, index) => {
        for (const key of new Set(
          firstWordKeys(entry).map((letters) => (caseSensitive ? letters : letters.toLowerCase())),
        )) {
          const target = byKey.get(key) ?? { entries: [], sources: [] }
          target.entries.push(entry)
          target.sources.push(sources[index] as string)
          byKey.set(key, target)
        }
      })
      // Keys with the same entries share one expression ("is", "are", "was", "were"
      // start the same cues): each is compiled once, on first use. Tried only at a
      // word's start, it needs no boundary before it.
      const targets = caseSensitive ? exact : folded
      const shared = new Map<string, HedgeTarget>()
      for (const [key, target] of byKey) {
        const source = `(?:${target.sources.join('|')})(?![\\p{L}\\p{N}-])`
        const wordTarget = shared.get(source) ?? {
          pattern,
          entries: target.entries,
          source,
          flags: `y${flags}`,
        }
        shared.set(source, wordTarget)
        targets.set(key, [...(targets.get(key) ?? []), wordTarget])
      }
      run = []
      sources = []
      length = 0
    }
    for (const entry of entries) {
      const source = `(${entrySource(entry)})`
      if (length > 0 && length + source.length > maxSource) flush()
      run.push(entry)
      sources.push(source)
      length += source.length + 1
    }
    flush()
  }
  // A word with letters beyond ASCII may fold to a cue's letters in ways that
  // lower-casing does not give ("ſ" to "s"): every whole expression is tried there,
  // sticky, with its boundary before it.
  const beyondAscii = patterns.map(({ source, flags, entries }, pattern) => ({
    pattern,
    entries,
    source,
    flags: `y${flags}`,
  }))
  return {
    patterns,
    byWord: wordIndex({ wordCharacter, folded, exact, beyondAscii }),
  }
}

// Unicode property classes cost V8 far more to compile than short ranges: about
// 0.3 ms for `[\\p{L}\\p{N}-]` in a case-insensitive expression against 0.03 ms for
// a few ranges, and the lexicon's expressions hold some 2,000 of them. A text whose
// letters and digits are all ASCII or Latin-1 (most English text) reads them the
// same way through these ranges, so its expressions are compiled with them.
const latinClasses: Readonly<Record<string, string>> = {
  L: 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u00FF',
  Lu: 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE',
  Ll: 'a-z\\u00DF-\\u00F6\\u00F8-\\u00FF',
  N: '0-9\\u00B2\\u00B3\\u00B9\\u00BC-\\u00BE',
}
// Any letter or digit beyond those ranges, or one that case-insensitive matching
// relates to a letter in them ("ſ" to "s", the Kelvin sign to "k"): both are beyond.
function beyondLatin(text: string): boolean {
  // Characters beyond ASCII are found by a plain scan, then each is looked at.
  const nonAscii = /[\u0080-\uFFFF]/g
  for (let found = nonAscii.exec(text); found !== null; found = nonAscii.exec(text)) {
    const code = found[0].charCodeAt(0)
    const latin1 =
      (code >= 0xc0 && code <= 0xff && code !== 0xd7 && code !== 0xf7) ||
      code === 0xb2 ||
      code === 0xb3 ||
      code === 0xb9 ||
      (code >= 0xbc && code <= 0xbe)
    if (!latin1 && letterOrDigit.test(text.slice(found.index, found.index + 2))) return true
  }
  return false
}
const letterOrDigit = /^[\p{L}\p{N}]/u

/**
 * An expression source with its property classes (`\\p{L}`, `\\p{Lu}`, `\\p{Ll}`,
 * `\\p{N}`) written as the Latin ranges of {@link latinClasses}.
 */
export function latinSource(source: string): string {
  let out = ''
  let inClass = false
  for (let index = 0; index < source.length; index += 1) {
    const character = source[index] as string
    if (character === '\\') {
      const property = /^\\p\{(L|Lu|Ll|N)\}/.exec(source.slice(index, index + 6))
      if (property !== null) {
        const ranges = latinClasses[property[1] as string] as string
        out += inClass ? ranges : `[${ranges}]`
        index += property[0].length - 1
      } else {
        if (source[index + 1] === 'p' || source[index + 1] === 'P')
          throw new Error(`no Latin ranges for ${source.slice(index, index + 8)}`)
        out += source.slice(index, index + 2)
        index += 1
      }
      continue
    }
    if (character === '[' && !inClass) inClass = true
    else if (character === ']' && inClass) inClass = false
    out += character
  }
  return out
}

// The whole expressions of lexicons searched without words, compiled once each.
const globalExpressions = new WeakMap<CompiledLexicon['patterns'][number], RegExp>()

/**
 * Finds every cue of a compiled lexicon in `text`, in text order. Where two cues
 * overlap, the one found first (the longer, by the compile order) is kept.
 *
 * @example
 * findHedges('It apparently failed.', compileLexicon(defaultHedgeLexicon))[0]?.start // => 3
 */
export function findHedges(text: string, lexicon: CompiledLexicon): FoundHedge[] {
  const found: FoundHedge[] = []
  const record = (match: RegExpExecArray, entries: readonly HedgeEntry[]) => {
    const group = match.findIndex((value, index) => index > 0 && value !== undefined)
    const entry = entries[group - 1]
    if (entry !== undefined)
      found.push({ start: match.index, end: match.index + match[0].length, entry })
  }
  const { byWord } = lexicon
  if (byWord === undefined) {
    for (const pattern of lexicon.patterns) {
      const { source, flags, entries } = pattern
      let regex = globalExpressions.get(pattern)
      if (regex === undefined) {
        regex = new RegExp(source, `g${flags}`)
        globalExpressions.set(pattern, regex)
      }
      regex.lastIndex = 0
      for (let match = regex.exec(text); match !== null; match = regex.exec(text))
        record(match, entries)
    }
  } else {
    // As each global expression would: its leftmost match at or after the end of
    // its last one. A match starts where a word starts (the boundary before it),
    // with the leading letters of one of its cues' first words; so each word's
    // start is tried with the targets of its leading letters only. The shared
    // scanner walks the words; what is tried there is this lexicon's policy: each
    // expression is resumed after its own last match (`next`), which is why the
    // lexicon is not one `wordSearch`, and compiled on first use with the classes
    // the text needs.
    const next = new Array<number>(lexicon.patterns.length).fill(0)
    const latin = !beyondLatin(text)
    const stickyOf = (target: HedgeTarget): RegExp => {
      if (latin) {
        target.latinSticky ??= new RegExp(latinSource(target.source), target.flags)
        return target.latinSticky
      }
      target.sticky ??= new RegExp(target.source, target.flags)
      return target.sticky
    }
    // Every target of every word is tried: `visit` records and never stops the scan.
    scanWords(text, byWord, (target, start) => {
      if (start < (next[target.pattern] as number)) return undefined
      const match = matchAt(stickyOf(target), text, start)
      if (match === undefined) return undefined
      record(match, target.entries)
      next[target.pattern] = match.index + match[0].length
      return undefined
    })
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: FoundHedge[] = []
  for (const hedge of found) {
    const last = kept.at(-1)
    if (last !== undefined && hedge.start < last.end) continue
    kept.push(hedge)
  }
  return kept
}
