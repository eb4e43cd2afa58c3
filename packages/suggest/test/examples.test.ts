import { suggest } from '@scholion/suggest'
import { describe, expect, it } from 'vitest'

// The example in the readme and in suggest's TSDoc.
describe('documented example', () => {
  it('suggests a claim, a figure, its approximator and the speaker', () => {
    const { annotations } = suggest('More than 2,000 foreigners were held, the ministry said.')
    expect(annotations.map((annotation) => annotation.kind)).toEqual([
      'claim',
      'figure',
      'uncertainty',
      'speaker',
    ])
  })
})
