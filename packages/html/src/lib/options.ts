import type { EditionMetadata } from './types.js'

/**
 * Options for {@link toHast} (and the shared part of every other entry point).
 *
 * @example
 * ```ts
 * import type { ToHastOptions } from '@scholion/html'
 *
 * const options: ToHastOptions = { idPrefix: 'ed1-', title: 'My edition' }
 * ```
 */
export interface ToHastOptions {
  /**
   * Prefix of every `id` the renderer makes (permalinks, notes, filters), so several
   * editions can share a page. Must be a non-empty run of ASCII letters, digits, `-`, `_`,
   * starting with a letter; anything else throws a `RangeError`.
   * Default: `'scholion-'`.
   */
  readonly idPrefix?: string | undefined
  /** Title shown in the header; overrides the annotation file's `document.title`. Default: none. */
  readonly title?: string | undefined
  /** Metadata merged over the annotation file's `document` (these fields win). Default: none. */
  readonly metadata?: EditionMetadata | undefined
  /**
   * **Dangerous.** Keep the article's raw HTML (`raw` nodes) and skip sanitizing the
   * article tree. Only for articles you trust completely: raw HTML can run scripts (the
   * standalone page's Content-Security-Policy still blocks inline scripts) and its text is
   * not part of the reading text, so the textContent contract may break.
   * Default: `false` (raw nodes are dropped; the article tree is sanitized with a
   * GitHub-like schema that keeps all text).
   */
  readonly allowDangerousHtml?: boolean | undefined
  /**
   * Heading level of the edition's title. Section headings (legend, notes, unanchored)
   * are one level below, note headings two below. Default: `1`.
   */
  readonly headingLevel?: 1 | 2 | 3 | 4 | undefined
}

/**
 * Options for {@link renderEdition}: everything of {@link ToHastOptions} plus the page.
 *
 * @example
 * ```ts
 * import type { RenderOptions } from '@scholion/html'
 *
 * const options: RenderOptions = { fragment: true }
 * ```
 */
export interface RenderOptions extends ToHastOptions {
  /**
   * Render only the edition element (no `<html>`, no inline CSS/JS): embed it in your own
   * page and include {@link editionCss} (and, optionally, {@link editionScript}).
   * Default: `false` (a standalone page: one file, CSS and JS inline, a
   * Content-Security-Policy with hashes, no external requests).
   */
  readonly fragment?: boolean | undefined
  /** Language of the page (`<html lang>`). Default: `'en'`. */
  readonly lang?: string | undefined
  /**
   * Include the small script (keyboard navigation, hover linking) in the standalone page.
   * Everything works without it. Default: `true`.
   */
  readonly script?: boolean | undefined
  /**
   * Extra CSS appended after the built-in styles in the standalone page, e.g. to set the
   * `--scholion-*` custom properties. It is hashed into the Content-Security-Policy.
   * Must not contain `</style`. Default: `''`.
   */
  readonly css?: string | undefined
}

/** Options with defaults filled in. */
export interface ResolvedOptions {
  readonly idPrefix: string
  readonly title: string | undefined
  readonly metadata: EditionMetadata | undefined
  readonly allowDangerousHtml: boolean
  readonly headingLevel: 1 | 2 | 3 | 4
}

const idPrefixPattern = /^[A-Za-z][A-Za-z0-9_-]*$/

/**
 * Fills in defaults and checks the options.
 *
 * @example
 * ```ts
 * resolveOptions({}).idPrefix // 'scholion-'
 * ```
 */
export function resolveOptions(options: ToHastOptions | undefined): ResolvedOptions {
  const idPrefix = options?.idPrefix ?? 'scholion-'
  if (!idPrefixPattern.test(idPrefix)) {
    throw new RangeError(
      `Unexpected idPrefix \`${idPrefix}\`, expected ASCII letters, digits, \`-\` or \`_\`, starting with a letter`,
    )
  }
  const headingLevel = options?.headingLevel ?? 1
  if (![1, 2, 3, 4].includes(headingLevel)) {
    throw new RangeError(
      `Unexpected headingLevel \`${String(headingLevel)}\`, expected 1, 2, 3 or 4`,
    )
  }
  return {
    idPrefix,
    title: options?.title,
    metadata: options?.metadata,
    allowDangerousHtml: options?.allowDangerousHtml === true,
    headingLevel,
  }
}
