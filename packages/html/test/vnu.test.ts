import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { renderEdition } from '../src/index.js'
import {
  markdown,
  plain,
  seedEdition,
  trickyAnnotations,
  trickyMarkdown,
} from './helpers/fixtures.js'
import { hostileAnnotations, hostileMarkdown } from './helpers/hostile.js'

const require = createRequire(import.meta.url)
const vnuJar = join(require.resolve('vnu-jar/package.json'), '..', 'build', 'dist', 'vnu.jar')
const seed = readFileSync(
  new URL('../../../../shared/seeds/000_31bab4c4e10ba636.txt', import.meta.url),
  'utf8',
)

interface VnuMessage {
  type: string
  subType?: string
  url: string
  lastLine?: number
  message: string
  extract?: string
}

test('Nu Html Checker: zero errors on standalone pages', () => {
  const directory = mkdtempSync(join(tmpdir(), 'scholion-vnu-'))
  const { document, file } = seedEdition(seed)
  const tricky = markdown(trickyMarkdown)
  const hostile = markdown(hostileMarkdown)
  const pages: Record<string, string> = {
    'seed.html': renderEdition(document, file),
    'tricky.html': renderEdition(tricky, trickyAnnotations(tricky.text)),
    'hostile.html': renderEdition(hostile, hostileAnnotations(hostile.text)),
    'empty.html': renderEdition(plain(''), {}),
    'no-script.html': renderEdition(document, file, {
      script: false,
      lang: 'en-GB',
      headingLevel: 2,
    }),
  }
  const paths = Object.entries(pages).map(([name, html]) => {
    const path = join(directory, name)
    writeFileSync(path, html)
    return path
  })
  const result = spawnSync('java', ['-jar', vnuJar, '--format', 'json', ...paths], {
    encoding: 'utf8',
  })
  expect(result.error).toBeUndefined()
  const report = JSON.parse(result.stderr || result.stdout) as { messages: VnuMessage[] }
  const errors = report.messages
    .filter((message) => message.type === 'error' || message.subType === 'fatal')
    .map(
      (message) =>
        `${message.url.split('/').pop()}:${message.lastLine}: ${message.message} — ${message.extract ?? ''}`,
    )
  expect(errors).toEqual([])
  // The checker did run on every page.
  expect(report.messages.every((message) => typeof message.message === 'string')).toBe(true)
}, 120_000)
