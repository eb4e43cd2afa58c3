import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { expect, test } from 'vitest'
import { rehypeScholion } from '../src/index.js'
import { markdown } from './helpers/fixtures.js'

const source = '# Gulag\n\nMore than *2,000 foreigners*, the ministry said.\n'

test('rehypeScholion in a real unified pipeline: remark-parse → remark-rehype → rehypeScholion → rehype-stringify', async () => {
  const text = markdown(source).text
  const start = text.indexOf('2,000')
  const file = await unified()
    .use(remarkParse)
    .use(remarkRehype)
    .use(rehypeScholion, {
      annotations: {
        document: { title: 'Pipeline' },
        annotations: [
          {
            id: 'f1',
            kind: 'figure',
            spans: [{ start, end: start + 5, exact: '2,000' }],
            value: 2000,
          },
          { id: 'bp', kind: 'boilerplate', spans: [{ start: 0, end: 5, exact: 'Gulag' }] },
        ],
      },
    })
    .use(rehypeStringify)
    .process(source)
  const html = String(file)
  expect(html).toMatch(/^<article class="scholion-edition"/)
  expect(html).toContain(
    '<em><mark class="scholion-mark scholion-kind-figure" data-annotations="f1" aria-details="scholion-note-f1" id="scholion-mark-f1" tabindex="-1" data-scholion-start="">2,000</mark>',
  )
  expect(html).toContain(
    '<h1 class="scholion-aside-block"><span class="scholion-aside scholion-aside-collapsed" data-annotations="bp" id="scholion-mark-bp">Gulag</span></h1>',
  )
})

test('rehypeScholion with page: a standalone page out of the pipeline', async () => {
  const file = await unified()
    .use(remarkParse)
    .use(remarkRehype)
    .use(rehypeScholion, { page: true, title: 'Pipeline' })
    .use(rehypeStringify)
    .process(source)
  const html = String(file)
  expect(html).toMatch(
    /^<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy"/,
  )
  expect(html).toContain('<title>Pipeline</title>')
  expect(html).toContain('data-scholion-text')
})
