import fc from 'fast-check'
import { visit } from 'jsonc-parser'
import { describe, expect, it } from 'vitest'
import { hasDuplicateKeys } from '../../src/lib/format/parse-annotation-file.js'

/** The reference: jsonc-parser's visitor, keys seen per open object. */
function duplicatesByVisitor(json: string): boolean {
  const open: Array<Set<string>> = []
  let found = false
  visit(json, {
    onObjectBegin: () => {
      open.push(new Set())
    },
    onObjectEnd: () => {
      open.pop()
    },
    onObjectProperty: (key) => {
      const seen = open.at(-1) as Set<string>
      if (seen.has(key)) found = true
      seen.add(key)
    },
  })
  return found
}

/** Keys and strings that look like syntax: quotes, brackets, colons, escapes. */
const pieces = ['a', 'b', 'id', '"', '\\', ':', '{', '}', '[', ']', ',', ' ', 'é', '😃']
const word = fc.array(fc.constantFrom(...pieces), { maxLength: 4 }).map((parts) => parts.join(''))
/** A string literal, sometimes with every character escaped as `\uXXXX`. */
const literal = fc
  .tuple(word, fc.boolean())
  .map(([value, escaped]) =>
    escaped
      ? `"${[...value].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}"`
      : JSON.stringify(value),
  )
const { json } = fc.letrec<{ json: string; object: string; array: string }>((tie) => ({
  json: fc.oneof(
    { depthSize: 'small' },
    literal,
    fc.constantFrom('1', '-2.5e3', 'true', 'null'),
    tie('object'),
    tie('array'),
  ),
  object: fc
    .array(fc.tuple(literal, fc.constantFrom('', ' ', '\n'), tie('json')), { maxLength: 4 })
    .map(
      (entries) => `{${entries.map(([key, space, value]) => `${key}${space}:${value}`).join(',')}}`,
    ),
  array: fc.array(tie('json'), { maxLength: 4 }).map((items) => `[${items.join(', ')}]`),
}))

describe('hasDuplicateKeys', () => {
  it('agrees with jsonc-parser on random JSON (keys and strings full of syntax)', () => {
    fc.assert(
      fc.property(json, (text) => {
        expect(() => JSON.parse(text)).not.toThrow()
        expect(hasDuplicateKeys(text)).toBe(duplicatesByVisitor(text))
      }),
      { numRuns: 3000 },
    )
  })

  it.each([
    ['{"a":1,"a":2}', true],
    ['{"a":1,"b":{"a":2}}', false],
    ['{"a":"\\"a\\":","b":["a","a"]}', false],
    ['{"a":1,"\\u0061":2}', true],
    ['[{"a":1},{"a":1}]', false],
    ['{"x":[{"k":1}],"x":0}', true],
  ])('%s: %s', (text, expected) => {
    expect(hasDuplicateKeys(text)).toBe(expected)
  })
})
