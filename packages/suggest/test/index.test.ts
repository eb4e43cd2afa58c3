import * as suggestModule from '@scholion/suggest'
import { describe, expect, it } from 'vitest'

describe('@scholion/suggest', () => {
  it('exports exactly its public API', () => {
    expect(Object.keys(suggestModule).sort()).toEqual([
      'defaultHedgeLexicon',
      'mergeSuggestions',
      'parseNumberWords',
      'suggest',
      'suggesterCreator',
      'suggesterName',
      'suggesterVersion',
    ])
  })
})
