import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { scholionJsonSchema, scholionJsonSchemaText } from '../../src/lib/format/json-schema.js'
import { createKindRegistry } from '../../src/lib/model/kind-registry.js'

const committedPath = fileURLToPath(new URL('../../schema/scholion-1.schema.json', import.meta.url))

describe('scholionJsonSchema', () => {
  it('equals the committed schema/scholion-1.schema.json (run with SCHOLION_WRITE_SCHEMA=1 to update)', () => {
    const generated = scholionJsonSchemaText()
    if (process.env.SCHOLION_WRITE_SCHEMA === '1') writeFileSync(committedPath, generated)
    expect(readFileSync(committedPath, 'utf8')).toBe(generated)
  })

  it('is stable across calls and registries built the same way', () => {
    expect(scholionJsonSchemaText()).toBe(scholionJsonSchemaText())
    expect(scholionJsonSchemaText({ registry: createKindRegistry() })).toBe(
      scholionJsonSchemaText(),
    )
  })

  it('requires only format and annotations at the top, and id, kind, spans in annotations', () => {
    const schema = scholionJsonSchema() as {
      required: string[]
      $defs: Record<string, { required?: string[] }>
    }
    expect(schema.required).toEqual(['format', 'annotations'])
    for (const name of [
      'ClaimAnnotation',
      'FigureAnnotation',
      'SpeakerAnnotation',
      'UncertaintyAnnotation',
      'NoteAnnotation',
    ]) {
      expect(schema.$defs[name]?.required, name).toEqual(['id', 'kind', 'spans'])
    }
    expect(schema.$defs.Span?.required).toEqual(['start', 'end', 'exact'])
  })
})
