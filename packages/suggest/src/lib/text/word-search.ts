/**
 * Searching a text by its words' first letters: the one word scanner of the
 * package.
 *
 * A large alternation of phrases (the hedge lexicon, the reporting cues, the nouns
 * of saying) scanned over a whole text makes V8 try it at every word. Its matches
 * can only start where a word starts with the first word of one of its phrases; so
 * the text's words are read once, and at each word's start only the expressions
 * that can start with its leading letters are tried, sticky. Three layers:
 *
 * - {@link wordIndex} and {@link scanWords}: the walk over the words and the
 *   dispatch by leading letters (folded or as written) to targets of any kind;
 * - {@link matchAt}: trying a sticky expression at one place;
 * - {@link wordSearch}: the leftmost match of one expression, as its global
 *   `exec` finds it, with the first words read off the expression
 *   ({@link leadingWords}).
 *
 * The hedge finder (`../hedges/find-hedges.ts`) uses the first two with its own
 * targets: several expressions, each compiled on first use (with Latin ranges for
 * Latin-1 text) and each resumed after its own last match, which one `exec`
 * cannot express.
 *
 * Offsets are UTF-16 code unit offsets into the searched text.
 */

/**
 * A search for the matches of one expression, as its global `exec` finds them.
 *
 * @example
 * const search = wordSearch(/(?<![\p{L}'’-])(?:said|told)(?![\p{L}'’-])/giu)
 * search.exec('He said so.', 0)?.index // => 3
 */
export interface WordSearch {
  /** The leftmost match at or after `from`, or `null`. */
  exec(text: string, from: number): RegExpExecArray | null
  /** The words a match can start with (lower-cased), or `undefined` when any. */
  readonly firstWords: ReadonlySet<string> | undefined
}

/**
 * The first words an expression's matches can start with: for each alternative of
 * the alternation after its leading look-behind, its leading letters up to white
 * space, a space or the end of the alternative, with the alternatives of groups
 * (`ha(?:s|d|ve)`) and optional letters (`puts?`) spelt out. `undefined` when an
 * alternative starts otherwise (a character class, a wildcard).
 *
 * @example
 * [...(leadingWords('(?<![\\p{L}])(?:ha(?:s|d)\\s+it|puts?\\s+it)(?![\\p{L}])') ?? [])] // => ['has', 'had', 'put', 'puts']
 */
export function leadingWords(source: string): Set<string> | undefined {
  const lookBehind = /^\(\?<!\[[^\]]*\]\)\(\?:/.exec(source)
  if (lookBehind === null) return undefined
  const end = closing(source, lookBehind[0].length - 3)
  if (end === undefined) return undefined
  const words = new Set<string>()
  for (const alternative of alternatives(source.slice(lookBehind[0].length, end))) {
    const spelt = spell(alternative)
    if (spelt === undefined) return undefined
    for (const { letters } of spelt) {
      if (letters === '') return undefined
      words.add(letters.toLowerCase())
    }
  }
  return words
}

/** Index of the `)` that closes the group opening at `open`. */
function closing(source: string, open: number): number | undefined {
  let depth = 0
  let inClass = false
  for (let index = open; index < source.length; index++) {
    const character = source[index]
    if (character === '\\') index++
    else if (inClass) inClass = character !== ']'
    else if (character === '[') inClass = true
    else if (character === '(') depth++
    else if (character === ')' && --depth === 0) return index
  }
  return undefined
}

/** The top-level alternatives of a source. */
function alternatives(source: string): string[] {
  const parts: string[] = []
  let depth = 0
  let inClass = false
  let start = 0
  for (let index = 0; index < source.length; index++) {
    const character = source[index]
    if (character === '\\') index++
    else if (inClass) inClass = character !== ']'
    else if (character === '[') inClass = true
    else if (character === '(') depth++
    else if (character === ')') depth--
    else if (character === '|' && depth === 0) {
      parts.push(source.slice(start, index))
      start = index + 1
    }
  }
  parts.push(source.slice(start))
  return parts
}

/** A way an alternative can start: its leading letters, and whether the word ended. */
interface Spelt {
  readonly letters: string
  readonly ended: boolean
}

/**
 * The leading words of one alternative; `undefined` when something other than
 * letters, groups of them, optional letters, white space or a look-ahead stands
 * before a word's end.
 */
function spell(alternative: string): Spelt[] | undefined {
  let ways: Spelt[] = [{ letters: '', ended: false }]
  let index = 0
  while (index < alternative.length && ways.some((way) => !way.ended)) {
    const character = alternative[index] as string
    let next: Spelt[]
    let length: number
    if (/[A-Za-z]/.test(character)) {
      next = [{ letters: character, ended: false }]
      length = 1
    } else if (character === ' ' || alternative.startsWith('\\s+', index)) {
      next = [{ letters: '', ended: true }]
      length = character === ' ' ? 1 : 3
    } else if (alternative.startsWith('(?=', index) || alternative.startsWith('(?!', index)) {
      const end = closing(alternative, index)
      if (end === undefined) return undefined
      index = end + 1
      continue
    } else if (alternative.startsWith('(?:', index)) {
      const end = closing(alternative, index)
      if (end === undefined) return undefined
      const inner: Spelt[] = []
      for (const part of alternatives(alternative.slice(index + 3, end))) {
        const spelt = spell(part)
        if (spelt === undefined) return undefined
        inner.push(...spelt)
      }
      next = inner
      length = end + 1 - index
    } else return undefined
    const optional = alternative[index + length] === '?'
    ways = ways.flatMap((way) =>
      way.ended
        ? [way]
        : [
            ...next.map((part) => ({ letters: way.letters + part.letters, ended: part.ended })),
            ...(optional ? [way] : []),
          ],
    )
    index += length + (optional ? 1 : 0)
  }
  // The end of the alternative ends its word: the expression's look-ahead after the
  // alternation allows no letter there.
  return ways.map((way) => ({ letters: way.letters, ended: true }))
}

/**
 * Targets to try at the start of a word, by the word's leading letters: made by
 * {@link wordIndex}, walked by {@link scanWords}, which alone reads its fields.
 */
export interface WordIndex<Target> {
  /** Which ASCII characters are word characters (1) and which not (0). */
  readonly asciiWord: Uint8Array
  /** The word character expression, anchored, for the characters beyond ASCII. */
  readonly unicodeWord: RegExp
  /** Buckets by {@link foldedHash}, keys lower-cased. */
  readonly folded: ReadonlyMap<number, ReadonlyArray<Bucket<Target>>>
  /** Buckets by {@link exactHash}, keys as written. */
  readonly exact: ReadonlyMap<number, ReadonlyArray<Bucket<Target>>>
  /** Targets for a word whose leading letters go beyond ASCII. */
  readonly beyondAscii: readonly Target[]
}

/** One key of a {@link WordIndex} and its targets. */
interface Bucket<Target> {
  readonly key: string
  readonly targets: readonly Target[]
}

/** Options of {@link wordIndex}. */
export interface WordIndexOptions<Target> {
  /**
   * The characters that make up a word, as an expression for one character (such
   * as `/[\p{L}\p{N}'’-]/u`; its `u` flag is needed for letters beyond the Basic
   * Multilingual Plane). A word starts at a word character after a character that
   * is none (or at the start of the scan), and only there are targets tried: so
   * every character a match may not follow must be one, and every letter too.
   * Required.
   */
  readonly wordCharacter: RegExp
  /**
   * Targets by the leading letters of a word, compared case-insensitively (ASCII
   * letters only). Several keys may share a target. Default: none.
   */
  readonly folded?: ReadonlyMap<string, readonly Target[]>
  /** Targets by the leading letters of a word exactly as written. Default: none. */
  readonly exact?: ReadonlyMap<string, readonly Target[]>
  /**
   * Targets for a word whose leading letters are not all ASCII: its letters may
   * fold to a key's in ways lower-casing does not give ("ſ" to "s", the Kelvin sign
   * to "k"), so it is looked up by no key. Default: none.
   */
  readonly beyondAscii?: readonly Target[]
}

// Keys and the text's words are compared by a hash of their letters first, so that
// a word is looked up without making a string of it; a hit is then checked letter
// by letter, so that a collision never tries a target at a word it is not for.
/** A hash of the lower-cased ASCII letters of `text` in `[start, end)`. */
function foldedHash(text: string, start: number, end: number): number {
  let hash = 0
  for (let index = start; index < end; index++)
    hash = (Math.imul(hash, 31) + (text.charCodeAt(index) | 32)) | 0
  return hash
}
/** A hash of the code units of `text` in `[start, end)`. */
function exactHash(text: string, start: number, end: number): number {
  let hash = 0
  for (let index = start; index < end; index++)
    hash = (Math.imul(hash, 31) + text.charCodeAt(index)) | 0
  return hash
}

/** Keys to buckets by hash; keys that collide share a list. */
function buckets<Target>(
  keys: ReadonlyMap<string, readonly Target[]> | undefined,
  fold: boolean,
): Map<number, Array<Bucket<Target>>> {
  const byHash = new Map<number, Array<Bucket<Target>>>()
  for (const [written, targets] of keys ?? []) {
    // Lower-cased ASCII only, as a word's letters are compared.
    const key = fold ? written.replace(/[A-Z]/g, (letter) => letter.toLowerCase()) : written
    const hash = fold ? foldedHash(key, 0, key.length) : exactHash(key, 0, key.length)
    const list = byHash.get(hash) ?? []
    const same = list.findIndex((bucket) => bucket.key === key)
    if (same < 0) list.push({ key, targets })
    else list[same] = { key, targets: [...(list[same] as Bucket<Target>).targets, ...targets] }
    byHash.set(hash, list)
  }
  return byHash
}

/** The targets of the bucket whose key is the text's letters in `[start, end)`. */
function lookUp<Target>(
  list: ReadonlyArray<Bucket<Target>> | undefined,
  text: string,
  start: number,
  end: number,
  fold: boolean,
): readonly Target[] | undefined {
  if (list === undefined) return undefined
  search: for (let bucket = 0; bucket < list.length; bucket++) {
    const { key, targets } = list[bucket] as Bucket<Target>
    if (key.length !== end - start) continue
    for (let index = 0; index < key.length; index++) {
      const code = text.charCodeAt(start + index)
      if ((fold ? code | 32 : code) !== key.charCodeAt(index)) continue search
    }
    return targets
  }
  return undefined
}

const letter = /\p{L}/u

/** Code units of the code point at `index`: 2 for a surrogate pair, else 1. */
function width(text: string, index: number, code: number): 1 | 2 {
  if (code < 0xd800 || code >= 0xdc00) return 1
  const next = text.charCodeAt(index + 1)
  return next >= 0xdc00 && next < 0xe000 ? 2 : 1
}

/** Whether the character beyond ASCII at `at` (code unit `code`) is a word character. */
const wordBeyondAscii = (unicodeWord: RegExp, text: string, at: number, code: number) =>
  unicodeWord.test(text.slice(at, at + width(text, at, code)))

/**
 * An index of targets by the leading letters of the words they can start at: the
 * dispatch of {@link scanWords}. A word's leading letters are the letters from its
 * start up to its first character that is no letter (`well` of "well-known",
 * `U` of "U.S."); keys are such letters. A word whose leading letters go beyond
 * ASCII is looked up by no key (it takes `beyondAscii`), so keys beyond ASCII are
 * never found.
 *
 * @example
 * const index = wordIndex({
 *   wordCharacter: /[\p{L}'’-]/u,
 *   folded: new Map([['may', ['may, any case']]]),
 *   exact: new Map([['May', ['the month']]]),
 * })
 */
export function wordIndex<Target>(options: WordIndexOptions<Target>): WordIndex<Target> {
  const { wordCharacter } = options
  const unicodeWord = new RegExp(
    `^(?:${wordCharacter.source})`,
    wordCharacter.flags.replace(/[gy]/g, ''),
  )
  // ASCII characters by a table read off the expression; others by the expression.
  const asciiWord = new Uint8Array(128)
  for (let code = 0; code < 128; code++)
    asciiWord[code] = unicodeWord.test(String.fromCharCode(code)) ? 1 : 0
  return {
    asciiWord,
    unicodeWord,
    folded: buckets(options.folded, true),
    exact: buckets(options.exact, false),
    beyondAscii: options.beyondAscii ?? [],
  }
}

/** Options of {@link scanWords}. */
export interface ScanWordsOptions {
  /**
   * Where the scan starts, as a code unit offset; a word is taken to start there
   * if a word character stands there, whatever stands before it (a target that
   * cares looks behind itself). Default: `0`.
   */
  readonly from?: number
}

/**
 * Walks the words of `text` from left to right and, at each word's start, calls
 * `visit` with each target of its leading letters: those of `folded` (lower-cased),
 * then those of `exact`, or those of `beyondAscii` when the letters go beyond ASCII.
 * A word that starts with no letter (a digit, an apostrophe) gets none. Stops at
 * the first value other than `undefined` that `visit` returns, and returns it: the
 * leftmost result, when `visit` tries a sticky expression ({@link matchAt}).
 * `undefined` when `visit` never returned one.
 *
 * @example
 * const index = wordIndex({ wordCharacter: /[\p{L}]/u, folded: new Map([['said', [/said\b/iy]]]) })
 * scanWords('He SAID so.', index, (said, start, text) => matchAt(said, text, start))?.index // => 3
 */
export function scanWords<Target, Result>(
  text: string,
  index: WordIndex<Target>,
  visit: (target: Target, start: number, text: string) => Result | undefined,
  options: ScanWordsOptions = {},
): Result | undefined {
  const { asciiWord, unicodeWord, folded, exact, beyondAscii } = index
  const withFolded = folded.size > 0
  const withExact = exact.size > 0
  const length = text.length
  let at = options.from ?? 0
  while (at < length) {
    // Skip to the start of the next word, then read its leading letters.
    let code = text.charCodeAt(at)
    if (code < 128 ? asciiWord[code] === 0 : !wordBeyondAscii(unicodeWord, text, at, code)) {
      at += code < 128 ? 1 : width(text, at, code)
      continue
    }
    const start = at
    let ascii = true
    let foldedKey = 0
    let exactKey = 0
    while (at < length) {
      code = text.charCodeAt(at)
      if ((code | 32) >= 97 && (code | 32) <= 122) {
        foldedKey = (Math.imul(foldedKey, 31) + (code | 32)) | 0
        if (withExact) exactKey = (Math.imul(exactKey, 31) + code) | 0
        at += 1
      } else if (code >= 128 && letter.test(text.slice(at, at + width(text, at, code)))) {
        ascii = false
        at += width(text, at, code)
      } else break
    }
    if (at > start) {
      // The targets of the word's leading letters, in order: folded, as written.
      let targets: readonly Target[] | undefined
      let more: readonly Target[] | undefined
      if (!ascii) targets = beyondAscii
      else {
        if (withFolded) targets = lookUp(folded.get(foldedKey), text, start, at, true)
        if (withExact) more = lookUp(exact.get(exactKey), text, start, at, false)
      }
      // Indexed loops: a word of a common first word ("to", "in") is tried often.
      if (targets !== undefined)
        for (let target = 0; target < targets.length; target++) {
          const result = visit(targets[target] as Target, start, text)
          if (result !== undefined) return result
        }
      if (more !== undefined)
        for (let target = 0; target < more.length; target++) {
          const result = visit(more[target] as Target, start, text)
          if (result !== undefined) return result
        }
    }
    // The rest of the word: no match starts inside it.
    while (at < length) {
      code = text.charCodeAt(at)
      if (code < 128 ? asciiWord[code] === 0 : !wordBeyondAscii(unicodeWord, text, at, code)) break
      at += code < 128 ? 1 : width(text, at, code)
    }
  }
  return undefined
}

/**
 * The match of a sticky expression (flag `y`) that starts at `start` exactly, or
 * `undefined`.
 *
 * @example
 * matchAt(/said/iy, 'He said so.', 3)?.[0] // => 'said'
 */
export function matchAt(
  expression: RegExp,
  text: string,
  start: number,
): RegExpExecArray | undefined {
  expression.lastIndex = start
  return expression.exec(text) ?? undefined
}

/**
 * A search for the matches of `pattern`, a global expression made of a
 * look-behind, an alternation of phrases and a look-ahead (as the cue patterns
 * are): the same matches as `pattern.exec` from `from`. Where the look-behind
 * allows no letter before a match and the phrases start with words of letters,
 * the expression is tried, sticky, only at the starts of words (by the
 * look-behind's class) whose leading letters are one of the phrases' first words
 * or go beyond ASCII (which may fold to an ASCII letter: "ſ" to "s"), through
 * {@link scanWords}. V8 otherwise tries the whole alternation at every word of the
 * text: ~0.4 s for the attribution cues on the 6 MB bench text.
 *
 * @example
 * wordSearch(/(?<![\p{L}])(?:according\s+to)(?![\p{L}])/giu).firstWords?.has('according') // => true
 */
export function wordSearch(pattern: RegExp): WordSearch {
  const flags = pattern.flags.replace(/[gy]/g, '')
  // Only where the look-behind allows no letter before a match do matches start at
  // the start of a word; otherwise the expression scans the text itself.
  const lookBehind = /^\(\?<!(\[(?!\^)[^\]]*\\p\{L\}[^\]]*\])\)/.exec(pattern.source)
  const firstWords = lookBehind === null ? undefined : leadingWords(pattern.source)
  if (lookBehind === null || firstWords === undefined) {
    const global = new RegExp(pattern.source, `${flags}g`)
    return {
      exec: (text, from) => {
        global.lastIndex = from
        return global.exec(text)
      },
      firstWords,
    }
  }
  const sticky = new RegExp(pattern.source, `${flags}y`)
  // The look-behind's own class, read without `i`: a character in it never
  // precedes a match, so no match starts inside a word of such characters. (With
  // `i`, case-insensitive matching may add characters to the class, never remove
  // any; the sticky expression keeps its look-behind and decides.)
  const index = wordIndex({
    wordCharacter: new RegExp(lookBehind[1] as string, 'u'),
    folded: new Map([...firstWords].map((word) => [word, [sticky]])),
    beyondAscii: [sticky],
  })
  const visit = (expression: RegExp, start: number, text: string) =>
    matchAt(expression, text, start)
  return {
    exec: (text, from) => scanWords(text, index, visit, { from }) ?? null,
    firstWords,
  }
}
