// @scholion/html — public API. This file only re-exports, by name.

export type { KindStyle } from './lib/kinds.js'
export { kindStyles } from './lib/kinds.js'
export type { RenderOptions, ToHastOptions } from './lib/options.js'
export type { PageOptions } from './lib/page.js'
export { toPage } from './lib/page.js'
export { readingText } from './lib/reading-text.js'
export type { RehypeScholionOptions } from './lib/rehype-scholion.js'
export { rehypeScholion } from './lib/rehype-scholion.js'
export type { RenderReport } from './lib/render-edition.js'
export { renderEdition, renderEditionWithReport } from './lib/render-edition.js'
export { editionScript } from './lib/script.js'
export { sha256Base64 } from './lib/sha256.js'
export { editionCss, pageCss } from './lib/style.js'
export type { EditionTree } from './lib/to-hast.js'
export { renderEditionTree, toHast } from './lib/to-hast.js'
export type {
  EditionAnnotation,
  EditionAnnotations,
  EditionDocument,
  EditionMetadata,
  EditionRelation,
  EditionSpan,
  EditionSpanAnchor,
} from './lib/types.js'
