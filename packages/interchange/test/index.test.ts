import * as interchange from '@scholion/interchange'
import { expect, test } from 'vitest'

test('public API: the export list', () => {
  expect(Object.keys(interchange).sort()).toEqual(
    [
      'agentToCreator',
      'annoContextIri',
      'bratAttributes',
      'bratIdPrefix',
      'checkContext',
      'checkW3cAnnotation',
      'creatorToAgent',
      'csvCell',
      'decodeIdSegment',
      'defaultBaseIri',
      'derivedBodies',
      'exportContext',
      'fromBrat',
      'fromW3c',
      'idSegment',
      'isAbsoluteIri',
      'jsonTerms',
      'motivationOf',
      'parseCsv',
      'scalarTerms',
      'scholionContext',
      'scholionContextIri',
      'scholionNamespace',
      'tableColumns',
      'tableRows',
      'teiNamespace',
      'teiPointer',
      'toBrat',
      'toCsv',
      'toJsonl',
      'toTei',
      'toW3c',
      'w3cIris',
    ].sort(),
  )
})
