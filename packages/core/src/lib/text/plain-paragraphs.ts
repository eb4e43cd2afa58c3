/**
 * A fast path for prose: blocks of plain text are made into paragraphs directly, and
 * only the rest of the document goes through the parser.
 *
 * Why: micromark reads every character through its state machines, which costs about
 * 0.25 µs per character and 40–60 µs per paragraph — most of the time of loading a
 * long article, whose blocks are nearly all paragraphs of ordinary prose. A block
 * (lines between blank lines) with no character that CommonMark or GFM could read as
 * syntax can only be one paragraph holding one text node: its value is the source
 * slice, its position the block's. So each run of such blocks is replaced by a
 * one-letter paragraph, the shorter source is parsed, and the placeholders are swapped
 * for the real paragraphs while every other position is moved back to where it is in
 * the full source. The result equals the parser's own tree, positions included; a
 * property test checks this on random Markdown, and a test on the Brown corpus.
 *
 * When something unexpected happens (a placeholder that did not come out as a
 * paragraph of the root, for example inside a fenced code block that spans blank
 * lines) the caller parses the whole source instead.
 */
import type { Nodes as MdastNodes, Root as MdastRoot, Paragraph, RootContent } from 'mdast'

/** One line of a plain block: what it may and may not contain. */
const plainLine =
  // The first character: not indentation, not a block marker (`#`, `>`, `-`, `+`,
  // `*`, `=`, `:`, `|`, `~`, `` ` ``, `<`, `[`), nor anything excluded below.
  // Afterwards: no inline syntax (`\`, `` ` ``, `*`, `_`, `[`, `]`, `<`, `&`), no GFM
  // trigger (`|`, `~`, `@`), no tab, carriage return, NUL or byte order mark. The last
  // character is not a space (a hard break, or whitespace the paragraph drops).
  /^[^ \t#>+\-*=:|~`<[\]\\_&@\r\0\uFEFF][^\t\\`*_[\]<&|~@\r\0\uFEFF]*(?<! )$/

/** An ordered list marker at the start of a line (`1.`, `12)`). */
const orderedMarker = /^[0-9]{1,9}[.)]/

/** GFM's literal autolinks need one of these; `@` is excluded character by character. */
const literalAutolink = /www\.|https?:\/\//i

/** A line with nothing but spaces and tabs. */
const blankLine = /^[ \t]*$/

/** Where a run of plain blocks was, in the full source and in the shorter one. */
interface Run {
  /** First line (1-based) and its start offset, in the full source. */
  readonly startLine: number
  readonly startOffset: number
  /** Last line and the offset where its text ends, in the full source. */
  readonly endLine: number
  readonly endOffset: number
  readonly endColumn: number
  /** The plain blocks of the run: [start, end) offsets and first and last line. */
  readonly blocks: ReadonlyArray<readonly [number, number, number, number]>
}

/** Below this, the parser alone is fast enough. */
const minimumSaving = 2048

/**
 * Parses `source` with `parse`, handing only its non-plain blocks to it. Returns
 * `undefined` when there is nothing worth skipping or the shortcut cannot be trusted;
 * the caller then parses the whole source.
 *
 * @example
 * parseWithPlainParagraphs(longProse, (s) => processor.parse(s))
 */
export function parseWithPlainParagraphs(
  source: string,
  parse: (source: string) => MdastRoot,
  saving = minimumSaving,
): MdastRoot | undefined {
  // Line starts (offsets) and line ends (offsets before the line ending), 0-based index.
  const starts: number[] = []
  const ends: number[] = []
  const lineEnding = /\r\n|\r|\n/g
  let from = 0
  for (let match = lineEnding.exec(source); match !== null; match = lineEnding.exec(source)) {
    starts.push(from)
    ends.push(match.index)
    from = match.index + match[0].length
  }
  starts.push(from)
  ends.push(source.length)
  const lineCount = starts.length

  // Blocks: maximal runs of non-blank lines; plain ones grouped into runs of blocks
  // with only blank lines between them.
  const runs: Run[] = []
  let skipped = 0
  let current: { startLine: number; blocks: Array<[number, number, number, number]> } | undefined
  const closeRun = () => {
    if (current === undefined) return
    const last = current.blocks[current.blocks.length - 1] as [number, number, number, number]
    runs.push({
      startLine: current.startLine,
      startOffset: starts[current.startLine - 1] as number,
      endLine: last[3],
      endOffset: last[1],
      endColumn: last[1] - (starts[last[3] - 1] as number) + 1,
      blocks: current.blocks,
    })
    current = undefined
  }
  let line = 0
  while (line < lineCount) {
    const lineText = (index: number) => source.slice(starts[index], ends[index])
    if (blankLine.test(lineText(line))) {
      line++
      continue
    }
    const first = line
    let plain = true
    while (line < lineCount) {
      const text = lineText(line)
      if (blankLine.test(text)) break
      if (plain && (!plainLine.test(text) || orderedMarker.test(text))) plain = false
      line++
    }
    const blockStart = starts[first] as number
    const blockEnd = ends[line - 1] as number
    if (plain && literalAutolink.test(source.slice(blockStart, blockEnd))) plain = false
    if (!plain) {
      closeRun()
      continue
    }
    if (current === undefined) current = { startLine: first + 1, blocks: [] }
    current.blocks.push([blockStart, blockEnd, first + 1, line])
    skipped += blockEnd - blockStart
  }
  closeRun()
  if (runs.length === 0 || skipped < saving) return undefined

  // The shorter source: each run becomes the single line `a`. `lineMap[i]` is the full
  // source's line of the shorter source's line i + 1, or minus the run's index + 1 for
  // a placeholder line.
  const parts: string[] = []
  const lineMap: number[] = []
  let copiedUpTo = 0
  let nextLine = 1
  runs.forEach((run, index) => {
    parts.push(source.slice(copiedUpTo, run.startOffset), 'a')
    for (; nextLine < run.startLine; nextLine++) lineMap.push(nextLine)
    lineMap.push(-(index + 1))
    nextLine = run.endLine + 1
    copiedUpTo = run.endOffset
  })
  parts.push(source.slice(copiedUpTo))
  for (; nextLine <= lineCount; nextLine++) lineMap.push(nextLine)
  const tree = parse(parts.join(''))

  // Each placeholder must be a paragraph of the root holding exactly `a`.
  const replacements = new Map<RootContent, Paragraph[]>()
  for (const child of tree.children) {
    const start = child.position?.start
    if (child.type !== 'paragraph' || start === undefined) continue
    const mapped = lineMap[start.line - 1]
    if (mapped === undefined || mapped >= 0) continue
    const run = runs[-mapped - 1] as Run
    const text = child.children[0]
    if (
      child.children.length !== 1 ||
      text?.type !== 'text' ||
      text.value !== 'a' ||
      start.column !== 1 ||
      child.position?.end.line !== start.line ||
      child.position.end.column !== 2
    ) {
      return undefined
    }
    replacements.set(
      child,
      run.blocks.map(([blockStart, blockEnd, firstLine, lastLine]) => {
        const position = {
          start: { line: firstLine, column: 1, offset: blockStart },
          end: {
            line: lastLine,
            column: blockEnd - (starts[lastLine - 1] as number) + 1,
            offset: blockEnd,
          },
        }
        return {
          type: 'paragraph',
          children: [
            {
              type: 'text',
              value: source.slice(blockStart, blockEnd),
              position: {
                start: { ...position.start },
                end: { ...position.end },
              },
            },
          ],
          position,
        }
      }),
    )
  }
  if (replacements.size !== runs.length) return undefined

  // Every other position moves back to the full source.
  const movePoint = (point: { line: number; column: number; offset?: number | undefined }) => {
    const mapped = lineMap[point.line - 1]
    if (mapped === undefined) return false
    if (mapped > 0) {
      point.line = mapped
      point.offset = (starts[mapped - 1] as number) + point.column - 1
      return true
    }
    // Only the root can start or end on a placeholder line, where the run does.
    const run = runs[-mapped - 1] as Run
    if (point.column === 1) {
      point.line = run.startLine
      point.offset = run.startOffset
    } else {
      point.line = run.endLine
      point.column = run.endColumn
      point.offset = run.endOffset
    }
    return true
  }
  const stack: MdastNodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as MdastNodes
    const position = node.position
    if (position !== undefined && !(movePoint(position.start) && movePoint(position.end))) {
      return undefined
    }
    if ('children' in node) for (const child of node.children) stack.push(child)
  }
  const children: RootContent[] = []
  for (const child of tree.children) {
    const replacement = replacements.get(child)
    if (replacement === undefined) children.push(child)
    else children.push(...replacement)
  }
  tree.children = children
  return tree
}
