// @scholion/interchange — public API. This file only re-exports, by name.

// IRIs
export { decodeIdSegment, defaultBaseIri, idSegment, isAbsoluteIri } from './lib/iri.js'

// W3C Web Annotation
export type { W3cAgent } from './lib/w3c/types.js'
export { agentToCreator, creatorToAgent } from './lib/w3c/agent.js'
export type { FromW3cOptions, FromW3cResult } from './lib/w3c/from-w3c.js'
export { fromW3c } from './lib/w3c/from-w3c.js'
export { motivationOf } from './lib/w3c/motivation.js'
export type { ToW3cOptions } from './lib/w3c/to-w3c.js'
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
