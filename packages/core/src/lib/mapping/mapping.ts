/**
 * A pipeline of mappings applied one after another, for texts edited in several
 * rounds (ProseMirror's `Mapping` is the model).
 */
import type { InvertibleMappable, MapResult } from './mappable.js'

/**
 * An immutable sequence of {@link InvertibleMappable}s: position `p` of the first text maps
 * through each in turn. Deletion flags accumulate: a position whose neighbour was
 * deleted in any round is reported deleted.
 *
 * @example
 * const both = new Mapping([new EditMap([0, 0, 2]), new EditMap([5, 1, 0])])
 * both.map(4) // => 5
 * both.invert().map(5) // => 4
 */
export class Mapping implements InvertibleMappable {
  /** The mappings, in order of application. */
  readonly maps: readonly InvertibleMappable[]

  constructor(maps: readonly InvertibleMappable[] = []) {
    this.maps = Object.freeze([...maps])
  }

  /**
   * A new mapping with `map` applied after this one.
   *
   * @example
   * new Mapping().appendMap(new EditMap([0, 0, 1])).maps.length // => 1
   */
  appendMap(map: InvertibleMappable): Mapping {
    return new Mapping([...this.maps, map])
  }

  /** Maps `pos` through every mapping; see {@link InvertibleMappable}. */
  map(pos: number, assoc = 1): number {
    let current = pos
    for (const map of this.maps) current = map.map(current, assoc)
    return current
  }

  /** Maps `pos` through every mapping, accumulating deletion flags. */
  mapResult(pos: number, assoc = 1): MapResult {
    let current = pos
    let deleted = false
    let deletedBefore = false
    let deletedAfter = false
    for (const map of this.maps) {
      const result = map.mapResult(current, assoc)
      current = result.pos
      deleted ||= result.deleted
      deletedBefore ||= result.deletedBefore
      deletedAfter ||= result.deletedAfter
    }
    return { pos: current, deleted, deletedBefore, deletedAfter }
  }

  /**
   * The mapping from the last text back to the first: each map inverted, in reverse.
   *
   * @example
   * new Mapping([new EditMap([0, 0, 2])]).invert().map(2) // => 0
   */
  invert(): Mapping {
    if (this.maps.length === 0) return this
    return new Mapping([...this.maps].reverse().map((map) => map.invert()))
  }
}
