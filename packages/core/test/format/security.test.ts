import { describe, expect, it } from 'vitest'
import { parseAnnotationFile } from '../../src/lib/format/parse-annotation-file.js'
import { serializeAnnotationFile } from '../../src/lib/format/serialize-annotation-file.js'

describe('security', () => {
  it('keeps `__proto__` keys as data, without polluting prototypes, and writes them back', () => {
    const json =
      '{"format":"scholion/1","annotations":[{"id":"a","kind":"note","spans":[],"__proto__":{"polluted":true}}]}'
    const { file } = parseAnnotationFile(json)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    const annotation = file?.annotations[0]
    expect(annotation && Object.hasOwn(annotation, '__proto__')).toBe(true)
    expect(file && serializeAnnotationFile(file)).toContain('"__proto__": {')
  })
})
