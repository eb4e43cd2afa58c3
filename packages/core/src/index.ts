// @scholion/core — public API. This file only re-exports, by name.

// problems and errors
export type { Problem, ProblemLocation } from './lib/problem.js'
export { formatLocation, formatProblem, ScholionError } from './lib/problem.js'

// text: reading text, source maps, coordinate spaces
export type { CodePointIndex } from './lib/text/code-points.js'
export { createCodePointIndex, splitsSurrogatePair } from './lib/text/code-points.js'
export type { LineColumn, LineIndex } from './lib/text/line-index.js'
export { createLineIndex } from './lib/text/line-index.js'
// (text: documents — section owned by the text work)
export type { DecodedText, DecodeTextOptions, TextEncodingName } from './lib/text/decode.js'
export { decodeText } from './lib/text/decode.js'
export type { Block, DocumentFormat, ScholionDocument } from './lib/text/document.js'
export type { LoadDocumentOptions } from './lib/text/load-document.js'
export { formatFromFile, loadDocument } from './lib/text/load-document.js'
export { loadMarkdown } from './lib/text/load-markdown.js'
export { loadText } from './lib/text/load-text.js'
export type {
  SourceMap,
  SourceMapLookupOptions,
  SourcePoint,
  SourceSegment,
} from './lib/text/source-map.js'
export { createSourceMap } from './lib/text/source-map.js'

// model and format scholion/1
// (section owned by the model work)

// anchoring
export type { AnchorStatus } from './lib/anchoring/status.js'
export { anchorStatuses, isAnchored } from './lib/anchoring/status.js'
// (section owned by the anchoring work)

// store
export type {
  AnnotationSet,
  RemoveOptions,
} from './lib/store/annotation-set.js'
export { createAnnotationSet } from './lib/store/annotation-set.js'
export type {
  CheckOptions,
  IntegrityFinding,
  IntegrityFindingCode,
  KindRule,
} from './lib/store/check.js'
export { annotationExtent, compareAnnotations } from './lib/store/order.js'
export { rangeCovers, rangesOverlap } from './lib/store/overlap.js'
export { sameRelation } from './lib/store/relation-key.js'
export type { AnnotationLike, OffsetRange, RelationLike } from './lib/store/shapes.js'
