import type { AnnotationFile } from '@scholion/core'
import { toTei } from '@scholion/interchange'
import { describe, expect, test } from 'vitest'
import type { Element, Root, RootContent } from 'xast'
import { fromXml } from 'xast-util-from-xml'
import { loadExample } from './fixtures.js'

const example = loadExample()

function all(node: Root | Element, name: string): Element[] {
  const found: Element[] = []
  const visit = (child: Root | RootContent) => {
    if (child.type === 'element' && child.name === name) found.push(child)
    if ('children' in child) for (const grandchild of child.children) visit(grandchild)
  }
  visit(node)
  return found
}

function textOf(node: Element): string {
  return node.children
    .map((child) =>
      child.type === 'text' ? child.value : child.type === 'element' ? textOf(child) : '',
    )
    .join('')
}

/** Resolves `#string-range(//ab[@xml:id='…'],offset,length)` against the parsed text (code points). */
function resolve(pointer: string, text: string): string {
  const match = /^#string-range\(\/\/ab\[@xml:id='([^']+)'\],(\d+),(\d+)\)$/.exec(pointer)
  if (match === null) throw new Error(`bad pointer ${pointer}`)
  return [...text].slice(Number(match[2]), Number(match[2]) + Number(match[3])).join('')
}

describe('toTei', () => {
  test('well-formed; the text survives parsing; every pointer lands on its quote', () => {
    const { xml } = toTei(example.file, example.text)
    const tree = fromXml(xml)
    const [ab] = all(tree, 'ab')
    expect(ab).toBeDefined()
    const text = textOf(ab as Element)
    expect(text).toBe(example.text)
    const annotations = all(tree, 'annotation')
    expect(annotations.length).toBeGreaterThan(0)
    const byId = new Map(example.file.annotations.map((annotation) => [annotation.id, annotation]))
    for (const element of annotations) {
      const annotation = byId.get(String(element.attributes['xml:id']))
      expect(annotation).toBeDefined()
      const targets = String(element.attributes.target ?? '')
        .split(' ')
        .filter(Boolean)
      expect(targets.map((pointer) => resolve(pointer, text))).toEqual(
        annotation?.spans.map((span) => span.exact),
      )
    }
  })

  test('speakers, figures, certainty, relations, resp', () => {
    const { xml } = toTei(example.file, example.text)
    const tree = fromXml(xml)
    expect(all(tree, 'listPerson').length + all(tree, 'listOrg').length).toBeGreaterThan(0)
    const mentions = all(tree, 'ptr').filter((ptr) => ptr.attributes.type === 'mention')
    expect(mentions.length).toBeGreaterThan(0)
    const figures = [...all(tree, 'num'), ...all(tree, 'measure')]
    expect(figures.some((figure) => figure.attributes.atLeast !== undefined)).toBe(true)
    expect(all(tree, 'certainty').length).toBe(
      example.file.annotations.filter((annotation) => annotation.kind === 'uncertainty').length,
    )
    expect(all(tree, 'relation').length).toBe(example.file.relations?.length ?? 0)
    const resps = new Set(
      all(tree, 'respStmt').map((resp) => `#${String(resp.attributes['xml:id'])}`),
    )
    for (const element of [...all(tree, 'annotation'), ...all(tree, 'certainty')]) {
      if (element.attributes.resp !== undefined)
        expect(resps.has(String(element.attributes.resp))).toBe(true)
    }
  })

  test('astral characters, markup characters and bad ids', () => {
    const text = 'a 😃 <b> & ]]> \r\n 🇫🇷 fin\u0001'
    const start = text.indexOf('🇫🇷')
    const file = {
      format: 'scholion/1',
      annotations: [
        {
          id: '1 bad:id',
          kind: 'note',
          spans: [{ start, end: start + 4, exact: '🇫🇷' }],
          body: '<script>',
        },
      ],
    } as unknown as AnnotationFile
    const { xml, problems } = toTei(file, text)
    const tree = fromXml(xml)
    const [ab] = all(tree, 'ab')
    const parsed = textOf(ab as Element)
    expect(parsed).toBe(text.replace('\u0001', '\uFFFD'))
    const [annotation] = all(tree, 'annotation')
    expect(resolve(String(annotation?.attributes.target), parsed)).toBe('🇫🇷')
    expect(problems.map((problem) => problem.code).sort()).toEqual(['tei-character', 'tei-id'])
  })
})
