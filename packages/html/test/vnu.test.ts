import { readFileSync } from 'node:fs'
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
import { vnuErrors } from './helpers/vnu.js'

const seed = readFileSync(
  new URL('../../../examples/gulag-1992/article.txt', import.meta.url),
  'utf8',
)

test('Nu Html Checker: zero errors on standalone pages', () => {
  const { document, file } = seedEdition(seed)
  const tricky = markdown(trickyMarkdown)
  const hostile = markdown(hostileMarkdown)
  const errors = vnuErrors({
    'seed.html': renderEdition(document, file),
    'tricky.html': renderEdition(tricky, trickyAnnotations(tricky.text)),
    'hostile.html': renderEdition(hostile, hostileAnnotations(hostile.text)),
    'empty.html': renderEdition(plain(''), {}),
    'no-script.html': renderEdition(document, file, {
      script: false,
      lang: 'en-GB',
      headingLevel: 2,
    }),
  })
  expect(errors).toEqual([])
}, 120_000)
