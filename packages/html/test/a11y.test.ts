import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { renderEdition } from '../src/index.js'
import { axeSource, launchBrowser, textReport } from './helpers/browser.js'
import { markdown, seedEdition, trickyAnnotations, trickyMarkdown } from './helpers/fixtures.js'

const seed = readFileSync(
  new URL('../../../examples/gulag-1992/article.txt', import.meta.url),
  'utf8',
)
// Screenshots for people to look at, in the repository's gitignored `out/`.
const screenshots = new URL('../../../out/screenshots/', import.meta.url)
mkdirSync(screenshots, { recursive: true })
const directory = mkdtempSync(join(tmpdir(), 'scholion-html-'))

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

function pages(): Array<[string, string]> {
  const { document: edition, file } = seedEdition(seed)
  const tricky = markdown(trickyMarkdown)
  return [
    ['seed', renderEdition(edition, file)],
    ['tricky', renderEdition(tricky, trickyAnnotations(tricky.text))],
  ]
}

/** Writes a page to disk and opens it from file://, as a reader would. */
async function open(context: BrowserContext, name: string, html: string): Promise<Page> {
  const path = join(directory, `${name}.html`)
  writeFileSync(path, html)
  const page = await context.newPage()
  await page.goto(pathToFileURL(path).href)
  return page
}

interface AxeViolation {
  id: string
  impact: string
  help: string
  nodes: Array<{ target: string[]; failureSummary: string }>
}

async function axe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource })
  return page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: { run: (context: Document) => Promise<{ violations: AxeViolation[] }> }
      }
    ).axe.run(document)
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes
        .slice(0, 3)
        .map((node) => ({ target: node.target, failureSummary: node.failureSummary })),
    }))
  })
}

describe('standalone page in Chromium', () => {
  for (const [name, html] of pages()) {
    test(`${name}: loads from file:// with no CSP violation, no request, script running`, async () => {
      const context = await browser.newContext()
      const requests: string[] = []
      context.on('request', (request) => {
        if (!request.url().startsWith('file:')) requests.push(request.url())
      })
      const page = await context.newPage()
      const messages: string[] = []
      page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`))
      page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`))
      const path = join(directory, `${name}-csp.html`)
      writeFileSync(path, html)
      await page.goto(pathToFileURL(path).href)
      expect(messages).toEqual([])
      expect(requests).toEqual([])
      // The inline style applied (CSP hash matched) and the script ran (unhid the key help).
      expect(await page.locator('.scholion-keys').isVisible()).toBe(true)
      const background = await page
        .locator('mark.scholion-mark')
        .first()
        .evaluate((element) => getComputedStyle(element).backgroundColor)
      expect(background).not.toBe('rgb(255, 255, 0)')
      await context.close()
    })

    for (const scheme of ['light', 'dark'] as const) {
      for (const [width, height] of [
        [1280, 900],
        [390, 844],
      ] as const) {
        test(`${name}: axe-core finds no violation (${scheme}, ${width}px)`, async () => {
          const context = await browser.newContext({
            bypassCSP: true,
            colorScheme: scheme,
            viewport: { width, height },
          })
          const page = await open(context, `${name}-${scheme}-${width}`, html)
          const violations = await axe(page)
          expect(violations).toEqual([])
          if (name === 'seed' || (scheme === 'light' && width === 1280)) {
            await page.screenshot({
              path: new URL(`${name}-${scheme}-${width}.png`, screenshots).pathname,
              fullPage: false,
            })
          }
          await context.close()
        })
      }
    }
  }

  test('print layout: no background colours, notes after the text', async () => {
    const { document: edition, file } = seedEdition(seed)
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await open(context, 'print', renderEdition(edition, file))
    await page.emulateMedia({ media: 'print' })
    const mark = page.locator('mark.scholion-mark').first()
    expect(await mark.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe(
      'rgba(0, 0, 0, 0)',
    )
    const styles = await page
      .locator('mark.scholion-mark')
      .evaluateAll((marks) =>
        [...new Set(marks.map((element) => getComputedStyle(element).textDecorationStyle))].sort(),
      )
    expect(styles.length).toBeGreaterThanOrEqual(4)
    const [textBox, notesBox] = await Promise.all([
      page.locator('.scholion-text').boundingBox(),
      page.locator('.scholion-notes').boundingBox(),
    ])
    expect((notesBox?.y ?? 0) >= (textBox?.y ?? 0) + (textBox?.height ?? 0) - 1).toBe(true)
    expect(await page.locator('.scholion-controls').isVisible()).toBe(false)
    await page.screenshot({
      path: new URL('seed-print.png', screenshots).pathname,
      fullPage: false,
    })
    await context.close()
  })

  test('wide screens: notes in a margin column beside the text', async () => {
    const { document: edition, file } = seedEdition(seed)
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
    const page = await open(context, 'wide', renderEdition(edition, file))
    const [textBox, notesBox] = await Promise.all([
      page.locator('.scholion-text').boundingBox(),
      page.locator('.scholion-notes').boundingBox(),
    ])
    expect((notesBox?.x ?? 0) > (textBox?.x ?? 0) + (textBox?.width ?? 0)).toBe(true)
    await context.close()
  })

  test('filters hide a kind without JavaScript', async () => {
    const { document: edition, file } = seedEdition(seed)
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await open(context, 'nojs', renderEdition(edition, file))
    const figureNote = page.locator('.scholion-note-kind-figure').first()
    expect(await figureNote.isVisible()).toBe(true)
    await page.locator('label[for="scholion-filter-figure"]').click()
    expect(await figureNote.isVisible()).toBe(false)
    const background = await page
      .locator('mark.scholion-kind-figure')
      .first()
      .evaluate((element) => getComputedStyle(element).backgroundColor)
    expect(background).toBe('rgba(0, 0, 0, 0)')
    // The text itself is untouched.
    expect((await textReport(page)).text).toBe(edition.text)
    await context.close()
  })

  test('keyboard: n / p move through annotations, Shift for the same kind; hover links fragments and note', async () => {
    const { document: edition, file } = seedEdition(seed)
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await open(context, 'keys', renderEdition(edition, file))
    const focused = () =>
      page.evaluate(() => document.activeElement?.getAttribute('data-annotations') ?? null)
    await page.keyboard.press('n')
    const first = await focused()
    expect(first).not.toBeNull()
    await page.keyboard.press('n')
    const second = await focused()
    expect(second).not.toBe(first)
    await page.keyboard.press('p')
    expect(await focused()).toBe(first)
    expect(await page.locator('.scholion-status').textContent()).toMatch(/1 of \d+/)
    // Same kind: from a figure, Shift+N lands on a figure.
    await page.locator('#scholion-mark-fig-501').focus()
    await page.keyboard.press('Shift+N')
    const next = await page.evaluate(() => document.activeElement?.className ?? '')
    expect(next).toContain('scholion-kind-figure')
    // Enter moves to the note.
    await page.keyboard.press('Enter')
    expect(
      await page.evaluate(() => document.activeElement?.classList.contains('scholion-note')),
    ).toBe(true)
    // Hovering a mention of a speaker outlines all its mentions and its note.
    await page.locator('#scholion-span2-spk-krayushkin').hover()
    expect(await page.locator('.is-active[data-annotations="spk-krayushkin"]').count()).toBe(4)
    expect(await page.locator('#scholion-note-spk-krayushkin.is-active').count()).toBe(1)
    await context.close()
  })
})
