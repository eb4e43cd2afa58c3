/**
 * JSON paths such as `$.annotations[3].spans[0].end`, for problem reports.
 */

/**
 * A path into a JSON value: property names and array indices.
 *
 * @example
 * const path: JsonPath = ['annotations', 3, 'spans', 0, 'end']
 */
export type JsonPath = readonly (string | number)[]

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/

/**
 * Formats a path as JSONPath: `$.name` for identifier-like names, `$['odd name']`
 * otherwise, `[3]` for indices.
 *
 * @example
 * formatJsonPath(['annotations', 3, 'spans', 0, 'end']) // => '$.annotations[3].spans[0].end'
 * formatJsonPath(['document', 'x-y']) // => "$.document['x-y']"
 */
export function formatJsonPath(path: JsonPath): string {
  let result = '$'
  for (const segment of path) {
    if (typeof segment === 'number') result += `[${segment}]`
    else if (identifier.test(segment)) result += `.${segment}`
    else result += `['${segment.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}']`
  }
  return result
}
