// @scholion/interchange — public API. This file only re-exports, by name.

// IRIs
export { decodeIdSegment, defaultBaseIri, idSegment, isAbsoluteIri } from './lib/iri.js'

// W3C Web Annotation
export type { W3cAgent } from './lib/w3c/types.js'
export { agentToCreator, creatorToAgent } from './lib/w3c/agent.js'
export type { FromW3cOptions, FromW3cResult } from './lib/w3c/from-w3c.js'
export { fromW3c } from './lib/w3c/from-w3c.js'
export { motivationOf } from './lib/w3c/motivation.js'
export type { ToW3cOptions, W3cIris } from './lib/w3c/to-w3c.js'
export { derivedBodies, toW3c, w3cIris } from './lib/w3c/to-w3c.js'
export type {
  JsonObject,
  JsonValue,
  W3cAnnotation,
  W3cBody,
  W3cCollection,
  W3cPage,
  W3cTextPositionSelector,
  W3cTextQuoteSelector,
  W3cTextTarget,
} from './lib/w3c/types.js'
export type { CheckW3cAnnotationOptions, W3cViolation } from './lib/w3c/validate.js'
export { checkContext, checkW3cAnnotation } from './lib/w3c/validate.js'
export {
  annoContextIri,
  exportContext,
  jsonTerms,
  scalarTerms,
  scholionContext,
  scholionContextIri,
  scholionNamespace,
} from './lib/w3c/vocabulary.js'

// TEI P5 standoff
export type { TeiDocument, ToTeiOptions } from './lib/tei/to-tei.js'
export { teiNamespace, teiPointer, toTei } from './lib/tei/to-tei.js'

// brat standoff
export type { FromBratOptions, FromBratResult } from './lib/brat/from-brat.js'
export { fromBrat } from './lib/brat/from-brat.js'
export type { BratDocument } from './lib/brat/to-brat.js'
export { bratAttributes, bratIdPrefix, toBrat } from './lib/brat/to-brat.js'

// flat tables
export type { ToCsvOptions } from './lib/table/csv.js'
export { csvCell, parseCsv, toCsv } from './lib/table/csv.js'
export type { ToJsonlOptions } from './lib/table/jsonl.js'
export { toJsonl } from './lib/table/jsonl.js'
export type { TableCell, TableRow, TableRowsOptions } from './lib/table/rows.js'
export { tableColumns, tableRows } from './lib/table/rows.js'
