import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { chromium } from 'playwright-core'
import { noInline } from '../../src/lib/highlight.js'

export const chromiumPath = '/usr/bin/chromium'

/**
 * Launches Debian's Chromium. When it is missing, runs scripts/ensure-chromium.mjs, which
 * installs it (as root) or fails saying how: browser tests never skip silently.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    const script = fileURLToPath(
      new URL('../../../../scripts/ensure-chromium.mjs', import.meta.url),
    )
    const result = spawnSync(process.execPath, [script], { stdio: 'inherit' })
    if (result.status !== 0 || !existsSync(chromiumPath)) {
      throw new Error(
        `Chromium is required at ${chromiumPath} for the browser tests; install it with \`apt-get install -y chromium\` (see scripts/ensure-chromium.mjs)`,
      )
    }
  }
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  })
}

const require = createRequire(import.meta.url)

/** The source of axe-core, to inject into pages. */
export const axeSource: string = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

/** Elements in which HTML allows no inline element: the renderer's own list. */
export const noInlineTags = [...noInline]

/** What the browser reports about the edition's text element. */
export interface TextReport {
  /** Number of elements with `data-scholion-text`. */
  readonly count: number
  /** Its `textContent`. */
  readonly text: string
  /** Per annotation id, the concatenated text of the nodes marked with it, in order. */
  readonly marked: Record<string, string>
  /** Reading-text ranges of text nodes directly inside elements that allow no inline content. */
  readonly unmarkable: ReadonlyArray<readonly [number, number]>
  /** Marks whose parent allows no inline content (must be none). */
  readonly misplacedMarks: number
  /** Marks nested in a mark of the same annotation (must be none). */
  readonly selfNested: number
}

/** Reads the text element of the first edition in the page. */
export async function textReport(page: Page): Promise<TextReport> {
  return page.evaluate((noInline: string[]) => {
    const blocked = new Set(noInline.map((tag) => tag.toUpperCase()))
    const roots = document.querySelectorAll('[data-scholion-text]')
    const root = roots[0] as Element
    const marked: Record<string, string> = {}
    const unmarkable: Array<[number, number]> = []
    let offset = 0
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const value = node.nodeValue ?? ''
      const parent = node.parentElement as Element
      if (blocked.has(parent.tagName)) unmarkable.push([offset, offset + value.length])
      const seen = new Set<string>()
      for (
        let element: Element | null = parent;
        element && element !== root;
        element = element.parentElement
      ) {
        const ids = element.getAttribute('data-annotations')
        if (ids === null) continue
        for (const id of ids.split(' ')) {
          if (id === '' || seen.has(id)) continue
          seen.add(id)
          marked[id] = (marked[id] ?? '') + value
        }
      }
      offset += value.length
    }
    let misplacedMarks = 0
    let selfNested = 0
    for (const mark of Array.from(root.querySelectorAll('[data-annotations]'))) {
      if (mark.parentElement && blocked.has(mark.parentElement.tagName)) misplacedMarks++
      const id = mark.getAttribute('data-annotations') ?? ''
      let up = mark.parentElement
      while (up && up !== root) {
        if ((up.getAttribute('data-annotations') ?? '').split(' ').includes(id)) selfNested++
        up = up.parentElement
      }
    }
    return {
      count: roots.length,
      text: root.textContent ?? '',
      marked,
      unmarkable,
      misplacedMarks,
      selfNested,
    }
  }, noInlineTags)
}

/**
 * The text an annotation should mark: the characters of the union of its spans, in order,
 * minus those where HTML allows no inline element (whitespace between list items, rows).
 */
export function expectedMarked(
  text: string,
  spans: ReadonlyArray<readonly [number, number]>,
  unmarkable: ReadonlyArray<readonly [number, number]>,
): string {
  const mask = new Uint8Array(text.length)
  for (const [start, end] of spans) mask.fill(1, start, end)
  for (const [start, end] of unmarkable) mask.fill(0, start, end)
  let result = ''
  for (let index = 0; index < text.length; index++)
    if (mask[index] === 1) result += text.charAt(index)
  return result
}
