import type { AnnotationFile } from '@scholion/core'
import { fromBrat, fromW3c, toCsv, toTei, toW3c } from '@scholion/interchange'
import * as fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { fromXml } from 'xast-util-from-xml'

const text = 'MOSCOW (Reuter) - More than 2,000 foreigners 😃 were imprisoned.'

describe('untrusted W3C input', () => {
  test('property: any JSON value is answered with problems, never a throw', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = fromW3c(value, text)
        expect(Array.isArray(result.problems)).toBe(true)
        fromW3c(JSON.stringify(value), text)
      }),
      { numRuns: 500 },
    )
  })

  test('property: annotation-shaped objects with random fields never throw', () => {
    const anything = fc.oneof(fc.jsonValue(), fc.constant(undefined))
    fc.assert(
      fc.property(
        anything,
        anything,
        anything,
        anything,
        anything,
        (id, body, target, selector, creator) => {
          const annotation = {
            '@context': 'http://www.w3.org/ns/anno.jsonld',
            type: 'Annotation',
            id: id ?? 'http://example.org/1',
            body,
            creator,
            target: target ?? {
              source: 'http://example.org/a',
              selector: selector ?? { type: 'TextQuoteSelector', exact: 'More' },
            },
          }
          fromW3c(annotation, text)
          fromW3c(
            {
              '@context': 'http://www.w3.org/ns/anno.jsonld',
              type: 'AnnotationPage',
              items: [annotation, id],
            },
            text,
          )
        },
      ),
      { numRuns: 500 },
    )
  })

  test('property: any quote and position, never a throw; anchored spans are in the text', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 12 }),
        fc.option(fc.string({ maxLength: 8 }), { nil: undefined }),
        fc.option(fc.string({ maxLength: 8 }), { nil: undefined }),
        fc.option(fc.tuple(fc.nat(80), fc.nat(80)), { nil: undefined }),
        (exact, prefix, suffix, position) => {
          const selector: unknown[] = [
            {
              type: 'TextQuoteSelector',
              exact,
              ...(prefix === undefined ? {} : { prefix }),
              ...(suffix === undefined ? {} : { suffix }),
            },
          ]
          if (position)
            selector.push({
              type: 'TextPositionSelector',
              start: Math.min(...position),
              end: Math.max(...position),
            })
          const { file } = fromW3c(
            {
              '@context': 'http://www.w3.org/ns/anno.jsonld',
              id: 'http://example.org/1',
              type: 'Annotation',
              target: { source: 'http://example.org/a', selector },
            },
            text,
          )
          for (const span of file?.annotations[0]?.spans ?? []) {
            expect(span.start).toBeLessThanOrEqual(span.end)
            if (
              span.anchor === undefined ||
              ['exact', 'fuzzy', 'mapped'].includes(span.anchor.status)
            ) {
              expect(span.end).toBeLessThanOrEqual(text.length)
            }
          }
        },
      ),
      { numRuns: 500 },
    )
  })

  test('__proto__ keys stay data', () => {
    const json = `{"@context":"http://www.w3.org/ns/anno.jsonld","id":"http://example.org/1","type":"Annotation","__proto__":{"polluted":true},"body":{"id":"http://example.org/b/body","type":"Dataset","scholion:kind":"note","scholion:extra":{"__proto__":{"polluted":true}}},"target":"http://example.org/a"}`
    const { file } = fromW3c(json, text)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(file?.annotations.length).toBe(1)
  })

  test('a page cycle does not loop', () => {
    const collection = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'http://example.org/c',
      type: 'AnnotationCollection',
      first: 'http://example.org/p1',
      '@included': [
        {
          id: 'http://example.org/p1',
          type: 'AnnotationPage',
          items: [],
          next: 'http://example.org/p2',
        },
        {
          id: 'http://example.org/p2',
          type: 'AnnotationPage',
          items: [],
          next: 'http://example.org/p1',
        },
      ],
    }
    expect(fromW3c(collection, text).problems).toEqual([])
  })
})

describe('untrusted brat input', () => {
  test('property: any text is answered with problems, never a throw', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (ann) => {
        fromBrat(ann, text)
      }),
      { numRuns: 500 },
    )
  })
})

describe('hostile annotation content in exports', () => {
  const hostile = '=cmd|" /C calc"!A0 </ab><script>alert(1)</script>]]>&amp;'
  const file = {
    format: 'scholion/1',
    document: { title: hostile },
    annotations: [
      {
        id: 'n1',
        kind: 'note',
        spans: [{ start: 0, end: 6, exact: 'MOSCOW' }],
        body: hostile,
        tags: [hostile],
      },
    ],
  } as unknown as AnnotationFile

  test('TEI: markup in fields stays text', () => {
    const { xml } = toTei(file, text)
    expect(xml).not.toContain('<script>')
    expect(() => fromXml(xml)).not.toThrow()
  })

  test('CSV: formulas are guarded', () => {
    const csv = toCsv(file, text)
    expect(csv).toContain(`'=cmd`)
    expect(csv).not.toMatch(/(^|,)=cmd/m)
  })

  test('W3C: ids are percent-encoded', () => {
    const odd = {
      ...file,
      annotations: [{ ...file.annotations[0], id: 'a"b<c>#d?e/f' }],
    } as unknown as AnnotationFile
    const id = toW3c(odd, text).first?.items[0]?.id
    expect(id).toBe('urn:scholion:document/annotations/a%22b%3Cc%3E%23d%3Fe%2Ff')
  })
})
