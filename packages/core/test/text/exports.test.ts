import { expect, it } from 'vitest'
import * as core from '../../src/index.js'

it('exports the documents and reading-text API', () => {
  for (const name of [
    'decodeText',
    'loadDocument',
    'loadText',
    'loadMarkdown',
    'createSourceMap',
    'formatFromFile',
  ]) {
    expect(core).toHaveProperty(name, expect.any(Function))
  }
})
