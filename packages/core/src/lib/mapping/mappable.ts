/**
 * The interface every offset mapping implements: carry a position of an old text
 * to the corresponding position of a new text (ProseMirror's `Mappable` is the model).
 */

/**
 * Where a position ended up, and whether the text around it survived.
 *
 * @example
 * const result: MapResult = { pos: 7, deleted: false, deletedBefore: false, deletedAfter: false }
 */
export interface MapResult {
  /** The mapped position (UTF-16 code units into the new text). */
  readonly pos: number
  /**
   * True when the character on the side `assoc` points to was deleted (or replaced):
   * the one after the position for `assoc > 0`, the one before for `assoc < 0`.
   */
  readonly deleted: boolean
  /** True when the character before the position was deleted or replaced. */
  readonly deletedBefore: boolean
  /** True when the character after the position was deleted or replaced. */
  readonly deletedAfter: boolean
}

/**
 * Something that maps positions of an old text to a new text.
 *
 * `assoc` says which side a position sticks to when text is inserted exactly at it:
 * `1` (the default) moves it after the insertion, `-1` keeps it before. A span maps
 * its start with `1` and its end with `-1`, so text typed at its edges stays outside.
 *
 * @example
 * const mappable: Mappable = new EditMap([0, 0, 3])
 * mappable.map(0) // => 3
 * mappable.map(0, -1) // => 0
 */
export interface Mappable {
  /** Maps a position; see {@link Mappable}. */
  map(pos: number, assoc?: number): number
  /** Maps a position and reports whether its surroundings were deleted. */
  mapResult(pos: number, assoc?: number): MapResult
}

/**
 * A {@link Mappable} that can be turned around, mapping the new text back to the old.
 *
 * @example
 * const back: Mappable = new EditMap([0, 0, 3]).invert()
 */
export interface InvertibleMappable extends Mappable {
  /** The mapping from the new text back to the old one. */
  invert(): InvertibleMappable
}
