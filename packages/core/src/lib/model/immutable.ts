/**
 * Deep read-only views of plain data.
 *
 * Annotation files are plain JSON values; Scholion never mutates them and returns
 * new values instead. The types say so, so that callers get a compile error rather
 * than a shared, silently changed object.
 */

/**
 * `T` with every property and array element read-only, all the way down.
 *
 * @example
 * const span: DeepReadonly<{ start: number }> = { start: 0 }
 * // span.start = 1 // does not compile
 */
export type DeepReadonly<T> = T extends (...parameters: never[]) => unknown
  ? T
  : T extends readonly (infer Item)[]
    ? readonly DeepReadonly<Item>[]
    : T extends object
      ? { readonly [Key in keyof T]: DeepReadonly<T[Key]> }
      : T
