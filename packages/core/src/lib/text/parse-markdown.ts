/**
 * Parsing Markdown to mdast: CommonMark with GitHub's extensions (remark-parse +
 * remark-gfm), but with the GFM extensions switched on only when the source could
 * contain one of their constructs.
 *
 * Why: the GFM tokenizers are tried at almost every character (the literal autolink
 * extension at every letter, the table extension at every line), which makes a parse
 * about 2.4× slower than plain CommonMark — on prose that has no table, no `~`, no
 * `@` and no URL, for nothing. Every GFM construct needs a trigger in the source, so
 * when none is present the two parses give the same tree, positions included (a
 * property test checks this on random Markdown, and a test on the Brown corpus).
 * Literal autolinks, the only GFM construct an article full of links triggers, are
 * checked on a CommonMark parse first (see {@link parseMarkdown}).
 *
 * Exported from `@scholion/core` (the renderer parses note bodies with it too).
 */
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { type Data, unified } from 'unified'
import { parseWithPlainParagraphs } from './plain-paragraphs.js'

const commonmark = unified().use(remarkParse)
const gfm = unified().use(remarkParse).use(remarkGfm).freeze()

/** mdast-util-from-markdown's extensions, as remark-parse reads them from a processor's data. */
type FromMarkdownExtensions = NonNullable<Data['fromMarkdownExtensions']>
type FromMarkdownExtension = Exclude<FromMarkdownExtensions[number], readonly unknown[]>
type Transform = NonNullable<FromMarkdownExtension['transforms']>[number]

/**
 * The transforms of remark-gfm's mdast extensions: the literal-autolink transform,
 * which looks for URLs and e-mail addresses in every text node once the tree is built
 * (a regular-expression search per text node: 2.2 s in a CPU profile of a 6 MB parse
 * full of links and emphasis, on a loaded machine, where every URL stood in a link's
 * destination and it found nothing). {@link parseMarkdown} runs them itself, and only
 * when a text node holds what the transform looks for.
 */
const gfmTransforms: Transform[] = []

/** `extension` without its transforms, which go to {@link gfmTransforms}. */
function withoutTransforms(extension: FromMarkdownExtension): FromMarkdownExtension {
  if (!extension.transforms || extension.transforms.length === 0) return extension
  gfmTransforms.push(...extension.transforms)
  return { ...extension, transforms: [] }
}

const gfmData = gfm.data()
const gfmFromMarkdown = (gfmData.fromMarkdownExtensions ?? []).map((entry) =>
  Array.isArray(entry) ? entry.map(withoutTransforms) : withoutTransforms(entry),
)

/**
 * CommonMark with GFM's syntax: remark-gfm's extensions, taken from a processor that
 * uses it, less the transforms.
 */
const gfmSyntax = unified()
  .use(remarkParse)
  .use(function gfmWithoutTransforms() {
    const data = this.data()
    data.micromarkExtensions = [...(gfmData.micromarkExtensions ?? [])]
    data.fromMarkdownExtensions = gfmFromMarkdown
  })
  .freeze()

/**
 * What the GFM tokenizers start on, in the raw source (they see characters, not
 * decoded references):
 *
 * - tables: a `|`, or — a table without pipes — a delimiter row of one cell with an
 *   alignment colon (`:-`, `-:`, `:-:`) alone on its line after container prefixes;
 * - strikethrough: `~`;
 * - footnote calls and definitions: `[^`;
 * - task list items: `[`, one space, tab, line ending, `x` or `X`, then `]` (a
 *   bracketed word such as `[ Hearst ]` is no checkbox);
 * - literal autolinks: `www.`, `http://`, `https://` (any case) and, for e-mail,
 *   `mailto:` and `xmpp:` addresses, an `@`.
 */
const syntaxTrigger =
  /[|~@]|\[\^|\[(?:[ \t\r\nxX]|\r\n)\]|www\.|https?:\/\/|^[ \t>]*(?::-+:?|-+:)[ \t]*$/im

/** {@link syntaxTrigger} less the literal autolinks: tables, strikethrough, footnotes, tasks. */
const constructTrigger = /[|~]|\[\^|\[(?:[ \t\r\nxX]|\r\n)\]|^[ \t>]*(?::-+:?|-+:)[ \t]*$/m

/**
 * What the literal-autolink *transform* looks for. Unlike the tokenizers it runs on the
 * tree's text values, where character references are decoded and backslash escapes
 * removed, so `www&#46;example.org` or `a&#64;b.org` become links too.
 */
const autolinkTrigger = /@|www\.|https?:\/\//i

/** A backslash escape, or a character reference (the shapes CommonMark decodes). */
const escapeOrReference =
  /\\[!-/:-@[-`{-~]|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/g

// Character references decode exactly as the parser decodes them: ask the parser.
// Documents use few distinct references, so a small cache makes this cheap.
const references = new Map<string, string>()
const referenceCacheLimit = 4096

/**
 * Decodes one character reference such as `&amp;` exactly as the parser does (an
 * unknown name stays as it is).
 *
 * @example
 * decodeReference('&amp;') // => '&'
 * decodeReference('&nosuch;') // => '&nosuch;'
 */
export function decodeReference(reference: string): string {
  const known = references.get(reference)
  if (known !== undefined) return known
  // A reference alone is a paragraph with one text node; GFM plays no part in it.
  const tree = commonmark.parse(reference)
  const paragraph = tree.children[0]
  const first = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined
  const decoded =
    first?.type === 'text' && paragraph?.type === 'paragraph' && paragraph.children.length === 1
      ? first.value
      : reference
  if (references.size >= referenceCacheLimit) references.clear()
  references.set(reference, decoded)
  return decoded
}

/**
 * Whether parsing `source` with the GFM extensions could give another tree than
 * parsing it as plain CommonMark. Conservative: `true` whenever a GFM construct might
 * start somewhere (see {@link syntaxTrigger} and {@link autolinkTrigger}).
 *
 * @example
 * needsGfm('Plain *prose*.') // => false
 * needsGfm('| a |\n| - |') // => true
 * needsGfm('Mail me&#64;example.org') // => true
 */
export function needsGfm(source: string): boolean {
  if (syntaxTrigger.test(source)) return true
  // The text as the transform sees it, near enough: references decoded and escapes
  // dropped. Joining across node boundaries can only find more, never fewer.
  let changed = false
  const decoded = source.replace(escapeOrReference, (match) => {
    changed = true
    return match.charCodeAt(0) === 92 ? match.slice(1) : decodeReference(match)
  })
  return changed && autolinkTrigger.test(decoded)
}

/**
 * Parses Markdown to mdast as remark-parse + remark-gfm do, skipping the GFM
 * extensions when {@link needsGfm} says they cannot matter, and making blocks of plain
 * prose into paragraphs without the parser (see `plain-paragraphs.ts`): the same tree,
 * positions included, much faster.
 *
 * A source whose only GFM triggers are those of literal autolinks (`www.`, `http://`,
 * `https://`, `@`) is parsed as CommonMark first: literal autolinks are found in text,
 * so when no text node of that tree holds a trigger (the URLs stood in link
 * destinations, say), it is the GFM tree too. GFM's tokenizers made the parse of a
 * 6 MB article full of links ~1.3 times slower.
 *
 * @example
 * parseMarkdown('Some *emphasis*.').children[0]?.type // => 'paragraph'
 */
export function parseMarkdown(source: string): MdastRoot {
  if (!needsGfm(source)) return parseWith(commonmark, source)
  const hasLiteralAutolink = (tree: MdastRoot) =>
    someText(tree, (value) => autolinkTrigger.test(value))
  if (!constructTrigger.test(source)) {
    const tree = parseWith(commonmark, source)
    if (!hasLiteralAutolink(tree)) return tree
  }
  const tree = parseWith(gfmSyntax, source)
  if (hasLiteralAutolink(tree)) for (const transform of gfmTransforms) transform(tree)
  return tree
}

/**
 * Parses with `processor`, paragraphs of plain prose made directly and the parser
 * reading the rest. (They hold no GFM trigger, so the GFM transforms find nothing in
 * them either.)
 */
function parseWith(processor: typeof commonmark, source: string): MdastRoot {
  const parse = (markdown: string) => processor.parse(markdown)
  return parseWithPlainParagraphs(source, parse) ?? parse(source)
}

/** Whether a text node of `tree` satisfies `test` (depth first, stopping at the first). */
function someText(tree: MdastRoot, test: (value: string) => boolean): boolean {
  const stack: MdastNodes[] = [tree]
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type === 'text' && test(node.value)) return true
    if ('children' in node) for (const child of node.children) stack.push(child)
  }
  return false
}

/**
 * Parses with the GFM extensions always on (what {@link parseMarkdown} must equal).
 * For tests.
 */
export function parseMarkdownWithGfm(source: string): MdastRoot {
  return gfm.parse(source)
}
