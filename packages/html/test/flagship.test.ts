import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { renderEdition } from '../src/index.js'
import { axeSource, expectedMarked, launchBrowser, textReport } from './helpers/browser.js'
import { flagshipEdition } from './helpers/flagship.js'
import { vnuErrors } from './helpers/vnu.js'

// The flagship edition (examples/gulag-1992), rendered from core's own objects: the file
// goes to the renderer as parsed and resolved, spans with nested `anchor`, no reshaping.
const { document: article, file } = flagshipEdition()
const html = renderEdition(article, file)
const screenshots = new URL('../../../out/screenshots/', import.meta.url)
mkdirSync(screenshots, { recursive: true })
const directory = mkdtempSync(join(tmpdir(), 'scholion-flagship-'))
const path = join(directory, 'gulag-1992.html')
writeFileSync(path, html)

const firstSentence =
  "MOSCOW (Reuter) - More than 2,000 foreigners were imprisoned in Siberian labour camps during Josef Stalin's reign of terror, Russia's Security Ministry said yesterday."

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

async function open(context: BrowserContext): Promise<Page> {
  const page = await context.newPage()
  await page.goto(pathToFileURL(path).href)
  return page
}

async function axe(page: Page): Promise<unknown[]> {
  await page.addScriptTag({ content: axeSource })
  return page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: {
          run: (context: Document) => Promise<{ violations: Array<{ id: string; help: string }> }>
        }
      }
    ).axe.run(document)
    return result.violations.map((violation) => `${violation.id}: ${violation.help}`)
  })
}

describe('the flagship edition (gulag-1992) in Chromium', () => {
  test('every span anchors exactly and goes in as core shaped it', () => {
    const statuses = new Set(
      file.annotations.flatMap((annotation) => annotation.spans.map((span) => span.anchor?.status)),
    )
    expect([...statuses]).toEqual(['exact'])
    expect(file.annotations.some((annotation) => annotation.kind === 'boilerplate')).toBe(true)
  })

  for (const [name, width, height] of [
    ['wide', 1400, 900],
    ['narrow', 390, 844],
  ] as const) {
    test(`${name} (${width}px): contracts, axe-core, screenshot`, async () => {
      const context = await browser.newContext({ viewport: { width, height }, bypassCSP: true })
      const page = await open(context)
      const report = await textReport(page)
      expect(report.count).toBe(1)
      expect(report.text).toBe(article.text)
      expect(report.misplacedMarks).toBe(0)
      expect(report.selfNested).toBe(0)
      for (const annotation of file.annotations) {
        const spans = annotation.spans.map((span) => [span.start, span.end] as const)
        expect(report.marked[annotation.id] ?? '', `marked text of ${annotation.id}`).toBe(
          expectedMarked(article.text, spans, report.unmarkable),
        )
      }
      await page.screenshot({
        path: new URL(`gulag-1992-${name}.png`, screenshots).pathname,
        fullPage: false,
      })
      expect(await axe(page)).toEqual([])
      await context.close()
    })
  }

  test('Nu Html Checker: zero errors', () => {
    expect(vnuErrors({ 'gulag-1992.html': html })).toEqual([])
  }, 120_000)

  test('1400px: site furniture is not visible, the first sentence is in the first viewport', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
    const page = await open(context)
    const boilerplate = file.annotations.filter((annotation) => annotation.kind === 'boilerplate')
    for (const annotation of boilerplate) {
      const fragments = page.locator(`[data-annotations="${annotation.id}"]`)
      expect(await fragments.count()).toBeGreaterThan(0)
      for (const fragment of await fragments.all()) expect(await fragment.isVisible()).toBe(false)
    }
    // Nothing of the donation appeal is on screen, not even its speaker mention.
    expect(await page.getByText('Your support helps us').isVisible()).toBe(false)
    const start = article.text.indexOf(firstSentence)
    expect(start).toBeGreaterThan(0)
    const box = await page.evaluate(
      ([from, to]) => {
        const root = document.querySelector('[data-scholion-text]') as Element
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
        const range = document.createRange()
        let offset = 0
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = (node.nodeValue ?? '').length
          if (offset <= from && from < offset + length) range.setStart(node, from - offset)
          if (offset < to && to <= offset + length) range.setEnd(node, to - offset)
          offset += length
        }
        const rect = range.getBoundingClientRect()
        return { top: rect.top, bottom: rect.bottom, viewport: window.innerHeight }
      },
      [start, start + firstSentence.length] as const,
    )
    expect(box.top).toBeGreaterThanOrEqual(0)
    expect(box.bottom).toBeLessThanOrEqual(box.viewport)
    // A visible marker stands where each collapsed passage sits; its words come from CSS.
    const markers = page.locator('.scholion-aside-marker')
    expect(await markers.count()).toBeGreaterThanOrEqual(3)
    expect(await markers.first().isVisible()).toBe(true)
    expect(
      await markers.first().evaluate((element) => getComputedStyle(element, '::before').content),
    ).toBe('"Set aside: notification banner"')
    await context.close()
  })

  test('without JavaScript, a marker shows the set-aside passages, and the text stays the text', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1400, height: 900 },
    })
    const page = await open(context)
    const appeal = page.getByText('Your support helps us to tell the story')
    expect(await appeal.isVisible()).toBe(false)
    await page.locator('.scholion-aside-marker').nth(1).click()
    expect(await page.locator('.scholion-show-aside').isChecked()).toBe(true)
    expect(await appeal.isVisible()).toBe(true)
    // Shown, site furniture is still not highlighted.
    const background = await page
      .locator('[data-annotations="bp-donation-appeal"]')
      .first()
      .evaluate((element) => getComputedStyle(element).backgroundColor)
    expect(background).toBe('rgba(0, 0, 0, 0)')
    expect((await textReport(page)).text).toBe(article.text)
    await context.close()
  })

  test('notes: titles say what they are about; boilerplate has no numbered note card', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
    const page = await open(context)
    const heading = (id: string) =>
      page.locator(`#scholion-note-${id} .scholion-note-heading`).textContent()
    const krayushkin = file.annotations.find((annotation) => annotation.id === 'spk-krayushkin')
    expect(await heading('spk-krayushkin')).toBe(krayushkin?.name)
    expect(await page.locator('.scholion-note[data-kind="boilerplate"]').count()).toBe(0)
    expect(await page.locator('.scholion-aside-list li').count()).toBe(5)
    const badges = await page.locator('.scholion-notes .scholion-badge').allTextContents()
    expect(badges).not.toContain('boilerplate')
    expect(new Set(badges)).toEqual(new Set(['Claim', 'Figure', 'Speaker', 'Uncertainty', 'Note']))
    // Header: provenance from the document block.
    const byline = await page.locator('.scholion-byline').textContent()
    expect(byline).toBe('The Independent · 18 August 1992 · Reuters, MOSCOW')
    await context.close()
  })
})
