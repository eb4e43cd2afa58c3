import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Root } from 'hast'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { renderEdition, toHast } from '../src/index.js'
import { launchBrowser, textReport } from './helpers/browser.js'
import { markdown } from './helpers/fixtures.js'
import { hostileAnnotations, hostileMarkdown, payloads } from './helpers/hostile.js'

let browser: Browser
const directory = mkdtempSync(join(tmpdir(), 'scholion-security-'))

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** Opens HTML and records every sign of script execution. */
async function openWatched(
  html: string,
  how: 'file' | 'content',
): Promise<{ page: Page; events: string[] }> {
  const context = await browser.newContext()
  const page = await context.newPage()
  const events: string[] = []
  page.on('dialog', (dialog) => {
    events.push(`dialog: ${dialog.message()}`)
    void dialog.dismiss()
  })
  page.on('pageerror', (error) => events.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    // CSP reports of blocked attempts are fine; anything else is suspicious.
    if (!message.text().includes('Content Security Policy'))
      events.push(`console: ${message.text()}`)
  })
  page.on('popup', () => events.push('popup'))
  context.on('request', (request) => {
    if (!request.url().startsWith('file:') && !request.url().startsWith('about:'))
      events.push(`request: ${request.url()}`)
  })
  if (how === 'file') {
    const path = join(directory, `page-${Math.random().toString(36).slice(2)}.html`)
    writeFileSync(path, html)
    await page.goto(pathToFileURL(path).href)
  } else {
    await page.setContent(html)
  }
  // Give event handlers (onerror, onload) a chance to fire, and hover/click everything.
  await page.mouse.move(10, 10)
  for (const mark of await page.locator('mark').all()) await mark.hover()
  await page.waitForTimeout(100)
  return { page, events }
}

/** Properties of the DOM that must hold whatever the input. */
async function inspect(page: Page) {
  return page.evaluate(() => {
    const all = Array.from(document.querySelectorAll('*'))
    return {
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      eventAttributes: all.flatMap((element) =>
        Array.from(element.attributes)
          .filter((attribute) => attribute.name.toLowerCase().startsWith('on'))
          .map((attribute) => `${element.tagName}[${attribute.name}]`),
      ),
      scripts: document.querySelectorAll('script').length,
      frames: document.querySelectorAll('iframe, object, embed, frame').length,
      styles: document.querySelectorAll('style').length,
      badUrls: all.flatMap((element) =>
        ['href', 'src', 'action', 'formaction', 'xlink:href']
          .map((name) => element.getAttribute(name))
          .filter(
            (value): value is string =>
              value !== null && /^\s*(javascript|data|vbscript):/i.test(value),
          ),
      ),
      images: document.querySelectorAll('img, svg').length,
      annotationsAttributes: Array.from(document.querySelectorAll('[data-annotations]')).map(
        (element) => element.getAttribute('data-annotations') ?? '',
      ),
      title: document.querySelector('.scholion-title')?.textContent ?? '',
    }
  })
}

describe('hostile article and annotations', () => {
  const document = markdown(hostileMarkdown)
  const file = hostileAnnotations(document.text)

  for (const [mode, how, html] of [
    ['standalone page from file://', 'file', renderEdition(document, file)],
    [
      'fragment without any CSP',
      'content',
      `<!doctype html><html lang="en"><title>t</title><body>${renderEdition(document, file, { fragment: true })}`,
    ],
  ] as const) {
    test(`${mode}: no script runs, nothing breaks out of an attribute`, async () => {
      const { page, events } = await openWatched(html, how)
      const result = await inspect(page)
      expect(events).toEqual([])
      expect(result.pwned).toBeNull()
      expect(result.eventAttributes).toEqual([])
      expect(result.scripts).toBe(how === 'file' ? 1 : 0)
      expect(result.styles).toBe(how === 'file' ? 1 : 0)
      expect(result.frames).toBe(0)
      expect(result.images).toBe(0)
      expect(result.badUrls).toEqual([])
      // Hostile ids came through as exact attribute values: no breakout, no truncation.
      for (const id of (file.annotations ?? [])
        .filter((a) => a.spans.some((s) => !s.status))
        .map((a) => a.id)) {
        expect(result.annotationsAttributes).toContain(id)
      }
      expect(result.title).toBe(payloads[0])
      // The hostile strings are shown as text.
      const body = await page.locator('body').textContent()
      expect(body).toContain(payloads[1])
      // The contract holds for a hostile article too.
      const report = await textReport(page)
      expect(report.text).toBe(document.text)
      await page.context().close()
    })
  }

  test('note links keep only http(s)/mailto; javascript: and data: are removed', () => {
    const html = renderEdition(document, file, { fragment: true })
    expect(html).not.toMatch(/href="\s*(javascript|data):/i)
    // hast-util-to-html double-quotes every attribute value and escapes `"` in it, so
    // blanking quoted values leaves only markup: no tag may come from the input.
    const markup = html.replace(/="[^"]*"/g, '=""')
    expect(markup).not.toMatch(/<(script|iframe|img|svg|style)/i)
    expect(html).toContain('href="https://example.org"')
  })
})

describe('raw HTML', () => {
  const tree: Root = {
    type: 'root',
    children: [
      {
        type: 'element',
        tagName: 'p',
        properties: {},
        children: [
          { type: 'text', value: 'Before ' },
          { type: 'raw', value: '<script>window.__pwned = 40</script><b onclick="x()">raw</b>' },
          { type: 'text', value: 'after' },
        ],
      },
      {
        type: 'element',
        tagName: 'script',
        properties: {},
        children: [{ type: 'text', value: 'window.__pwned = 41' }],
      },
    ],
  }

  test('dropped by default; elements like <script> are unwrapped, keeping their text as text', async () => {
    const html = renderEdition({ hast: tree }, {}, { fragment: true })
    expect(html).not.toContain('<script')
    expect(html).not.toContain('onclick')
    const { page, events } = await openWatched(`<!doctype html><title>t</title>${html}`, 'content')
    expect(events).toEqual([])
    expect((await inspect(page)).pwned).toBeNull()
    expect((await textReport(page)).text).toBe('Before afterwindow.__pwned = 41')
    await page.context().close()
  })

  test('kept only with allowDangerousHtml, and the page CSP still blocks inline scripts', async () => {
    const fragment = renderEdition({ hast: tree }, {}, { fragment: true, allowDangerousHtml: true })
    expect(fragment).toContain('<script>window.__pwned = 40</script>')
    const page = renderEdition({ hast: tree }, {}, { allowDangerousHtml: true })
    const { page: tab } = await openWatched(page, 'file')
    expect((await inspect(tab)).pwned).toBeNull()
    await tab.context().close()
  })

  test('the input tree is not mutated', () => {
    const before = JSON.stringify(tree)
    toHast(
      { hast: tree },
      { annotations: [{ id: 'a', kind: 'note', spans: [{ start: 0, end: 6 }] }] },
    )
    expect(JSON.stringify(tree)).toBe(before)
  })
})

describe('options that could inject', () => {
  test('css must not close the style element; lang must be a language tag', () => {
    const document = { hast: { type: 'root', children: [] } as Root }
    expect(() => renderEdition(document, {}, { css: '</style><script>x()</script>' })).toThrow(
      RangeError,
    )
    expect(() => renderEdition(document, {}, { lang: 'en" onload="x()' })).toThrow(RangeError)
    expect(() => renderEdition(document, {}, { idPrefix: '"><script>' })).toThrow(RangeError)
  })
})
