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
export { needsGfm, parseMarkdown } from './lib/text/parse-markdown.js'
export type {
  SourceMap,
  SourceMapLookupOptions,
  SourcePoint,
  SourceSegment,
} from './lib/text/source-map.js'
export { createSourceMap } from './lib/text/source-map.js'

// model and format scholion/1
export type { AnnotationFile } from './lib/format/annotation-file.js'
export { annotationFileSchema, formatVersion } from './lib/format/annotation-file.js'
export { compareCodeUnits, sortAnnotationFile } from './lib/format/canonical-order.js'
export type { JsonPath } from './lib/format/json-path.js'
export { formatJsonPath } from './lib/format/json-path.js'
export type { ScholionJsonSchemaOptions } from './lib/format/json-schema.js'
export {
  scholionJsonSchema,
  scholionJsonSchemaText,
  scholionSchemaId,
} from './lib/format/json-schema.js'
export type {
  ParseAnnotationFileOptions,
  ParseAnnotationFileResult,
} from './lib/format/parse-annotation-file.js'
export { parseAnnotationFile } from './lib/format/parse-annotation-file.js'
export type { SerializeAnnotationFileOptions } from './lib/format/serialize-annotation-file.js'
export { serializeAnnotationFile } from './lib/format/serialize-annotation-file.js'
export type {
  Annotation,
  AnnotationByKind,
  AnnotationInitByKind,
  BuiltInKind,
} from './lib/model/annotation.js'
export { isKind } from './lib/model/annotation.js'
export type {
  AnnotationCommon,
  AnyAnnotation,
  Creator,
  UnknownProperties,
} from './lib/model/annotation-base.js'
export {
  annotationBaseSchema,
  annotationIdentityShape,
  annotationMetadataShape,
  creatorSchema,
  utcTimestampSchema,
} from './lib/model/annotation-base.js'
export type { AnnotationSpansOptions, LocatedSpan } from './lib/model/annotation-spans.js'
export { annotationSpans } from './lib/model/annotation-spans.js'
export type { ClaimAnnotation } from './lib/model/claim.js'
export {
  claimCategories,
  claimFields,
  claimKind,
  claimModes,
  factualityCertainties,
  reviewVerdicts,
} from './lib/model/claim.js'
export type { AnyAnnotationInit, CreateAnnotationOptions } from './lib/model/create-annotation.js'
export { createAnnotation } from './lib/model/create-annotation.js'
export type { CreateSpanOptions } from './lib/model/create-span.js'
export { createSpan } from './lib/model/create-span.js'
export type { DocumentInfo } from './lib/model/document.js'
export { documentSchema, textHashSchema } from './lib/model/document.js'
export type { FigureAnnotation } from './lib/model/figure.js'
export { figureFields, figureKind, numberTypes } from './lib/model/figure.js'
export type { DeepReadonly } from './lib/model/immutable.js'
export type {
  DefineKindOptions,
  KindAnnotation,
  KindAnnotationInit,
  KindDefinition,
} from './lib/model/kind-definition.js'
export { defineKind } from './lib/model/kind-definition.js'
export type { KindRegistry } from './lib/model/kind-registry.js'
export { builtInKinds, createKindRegistry, defaultKindRegistry } from './lib/model/kind-registry.js'
export type { NoteAnnotation } from './lib/model/note.js'
export { noteFields, noteKind } from './lib/model/note.js'
export type { BoilerplateAnnotation } from './lib/model/boilerplate.js'
export {
  boilerplateDisplays,
  boilerplateFields,
  boilerplateKind,
} from './lib/model/boilerplate.js'
export type { Relation, RelationType } from './lib/model/relation.js'
export { relationSchema, relationTypes } from './lib/model/relation.js'
export type { RelationRule } from './lib/model/relation-rules.js'
export { builtInRelationRules, relationFits } from './lib/model/relation-rules.js'
export type { Span, SpanAnchor } from './lib/model/span.js'
export { anchorSchema, spanSchema } from './lib/model/span.js'
export type { SpeakerAnnotation } from './lib/model/speaker.js'
export { speakerFields, speakerKind, speakerTypes } from './lib/model/speaker.js'
export { computeTextHash } from './lib/model/text-hash.js'
export type { UncertaintyAnnotation } from './lib/model/uncertainty.js'
export { uncertaintyFields, uncertaintyKind, uncertaintyTypes } from './lib/model/uncertainty.js'

// anchoring
export type { AnchorStatus } from './lib/anchoring/status.js'
export { anchorStatuses, isAnchored } from './lib/anchoring/status.js'
export type { Anchorer } from './lib/anchoring/anchorer.js'
export { createAnchorer } from './lib/anchoring/anchorer.js'
export type { AnchorerOptions } from './lib/anchoring/options.js'
export type { AnchorResult, AnchorVia } from './lib/anchoring/result.js'
export type { DescribeSpanOptions, SpanSelector, TextRange } from './lib/anchoring/selector.js'
export {
  defaultContextLength,
  defaultMaxContextLength,
  describeSpan,
} from './lib/anchoring/selector.js'
// mapping: positions through edits
export type { DiffTextsOptions } from './lib/mapping/diff-texts.js'
export { diffTexts } from './lib/mapping/diff-texts.js'
export { EditMap } from './lib/mapping/edit-map.js'
export type { InvertibleMappable, Mappable, MapResult } from './lib/mapping/mappable.js'
export { Mapping } from './lib/mapping/mapping.js'

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
