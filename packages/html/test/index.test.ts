import { createHash } from 'node:crypto'
import { expect, test } from 'vitest'
import * as html from '../src/index.js'
import { sha256Base64 } from '../src/index.js'

test('public API: exactly these exports', () => {
  expect(Object.keys(html).sort()).toEqual([
    'editionCss',
    'editionScript',
    'kindStyles',
    'pageCss',
    'readingText',
    'rehypeScholion',
    'renderEdition',
    'renderEditionTree',
    'renderEditionWithReport',
    'sha256Base64',
    'toHast',
    'toPage',
  ])
})

test.each([
  '',
  'abc',
  'x'.repeat(55),
  'x'.repeat(56),
  'x'.repeat(64),
  'héllo 😃 '.repeat(300),
  html.editionCss,
  html.editionScript,
])('sha256Base64 agrees with node:crypto (%#)', (value) => {
  expect(sha256Base64(value)).toBe(createHash('sha256').update(value, 'utf8').digest('base64'))
})

test('inline assets cannot close their elements', () => {
  expect(html.editionCss).not.toMatch(/<\/style/i)
  expect(html.editionScript).not.toMatch(/<\/script/i)
  expect(html.editionScript).not.toMatch(/<!--/)
})
