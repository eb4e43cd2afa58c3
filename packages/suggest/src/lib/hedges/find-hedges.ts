/**
 * Finding hedge cues in a text with a lexicon.
 */
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
            // "Say four million".
            `(?:\\$?\\p{N}[\\p{N},./]*|${numberWords})`
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

/** A compiled lexicon: one regular expression per case mode, entries by group. */
export interface CompiledLexicon {
  readonly patterns: ReadonlyArray<{
    readonly regex: RegExp
    readonly entries: readonly HedgeEntry[]
    /**
     * For entries with context before the cue: the first words of their cues, found
     * first, and `regex` as a sticky expression tried only where one starts.
     */
    readonly prefilter?: { readonly firstWords: RegExp; readonly sticky: RegExp }
  }>
}

// Most characters of pattern source in one compiled regular expression.
const maxSource = 16_000

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
  const patterns: Array<{
    regex: RegExp
    entries: HedgeEntry[]
    prefilter?: { firstWords: RegExp; sticky: RegExp }
  }> = []
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
      // Letters, digits and apostrophes on either side mean the cue is part of a word.
      const source = `(?<![\\p{L}\\p{N}'’-])(?:${sources.join('|')})(?![\\p{L}\\p{N}-])`
      const regex = new RegExp(source, caseSensitive ? 'gu' : 'giu')
      if (!withBefore) patterns.push({ regex, entries: run })
      else {
        // An alternation of look-behinds is tried at every word of the text, one
        // pass of about 300 ms over 6 MB per expression (version 13: six such
        // expressions). The cues' first words are literal and found fast; the
        // expression is then tried, sticky, only where one of them starts (its
        // look-behinds still see the text before). Same matches: every match starts
        // with the first word of its cue.
        const firstWords = [
          ...new Set(run.flatMap((entry) => entry.cue.trim().split(/\s+/)[0]?.split('|') ?? [])),
        ]
          .map(escapeRegExp)
          .join('|')
        patterns.push({
          regex,
          entries: run,
          prefilter: {
            firstWords: new RegExp(
              `(?<![\\p{L}\\p{N}'’-])(?:${firstWords})(?![\\p{L}\\p{N}-])`,
              caseSensitive ? 'gu' : 'giu',
            ),
            sticky: new RegExp(source, caseSensitive ? 'yu' : 'yiu'),
          },
        })
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
  return { patterns }
}

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
  for (const { regex, entries, prefilter } of lexicon.patterns) {
    if (prefilter === undefined) {
      regex.lastIndex = 0
      for (let match = regex.exec(text); match !== null; match = regex.exec(text))
        record(match, entries)
      continue
    }
    // As the global expression would: the leftmost match at or after the end of
    // the last one, tried only where a cue's first word starts.
    const { firstWords, sticky } = prefilter
    firstWords.lastIndex = 0
    let next = 0
    for (let word = firstWords.exec(text); word !== null; word = firstWords.exec(text)) {
      if (word.index < next) continue
      sticky.lastIndex = word.index
      const match = sticky.exec(text)
      if (match === null) continue
      record(match, entries)
      next = match.index + match[0].length
    }
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
