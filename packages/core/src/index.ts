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

// model and format scholion/1
// (section owned by the model work)

// anchoring
export type { AnchorStatus } from './lib/anchoring/status.js'
export { anchorStatuses, isAnchored } from './lib/anchoring/status.js'
// (section owned by the anchoring work)

// store
// (section owned by the store work)
