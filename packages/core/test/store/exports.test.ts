import { expect, it } from 'vitest'
import * as core from '../../src/index.js'

it('exports the store API from the package index', () => {
  const store = [
    'annotationExtent',
    'compareAnnotations',
    'createAnnotationSet',
    'rangeCovers',
    'rangesOverlap',
    'sameRelation',
  ]
  for (const name of store) expect(core).toHaveProperty(name, expect.any(Function))
  // Internals stay internal.
  for (const name of ['createIntervalIndex', 'toIndexRange', 'checkIntegrity', 'relationKey']) {
    expect(core).not.toHaveProperty(name)
  }
})
