/**
 * Runs the W3C Web Annotation test suite's assertions (JSON Schema draft-04 files
 * listed in `.test` files) against an instance, with the suite's semantics:
 *
 * - each assertion has `expectedResult` (`valid` by default): the instance passes
 *   when validating it gives that result;
 * - when it does not, `onUnexpectedResult` decides: `failAndContinue` fails,
 *   `failAndSkip` fails and skips the remaining assertions, `passAndContinue` is a
 *   warning (a SHOULD or MAY not implemented), `succeedAndSkip` passes and skips
 *   the rest;
 * - a `.test` file's `skipFailures` lists assertion types whose failures are
 *   warnings;
 * - an assertion may be an object grouping `assertions` with `compareWith`
 *   `or` (one must pass) or `and` (all must pass).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import AjvDraft04 from 'ajv-draft-04'

export const suiteRoot = fileURLToPath(
  new URL('../../../vendor/w3c-web-annotation-tests', import.meta.url),
)

export interface AssertionOutcome {
  readonly assertion: string
  readonly type: string
  readonly outcome: 'pass' | 'fail' | 'warning' | 'skipped'
  readonly message?: string
}

function jsonFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name)
    if (statSync(path).isDirectory()) return jsonFiles(path)
    return name.endsWith('.json') ? [path] : []
  })
}

// RFC 3986 absolute URI (scheme ":" and no white space) and RFC 3339 date-time: the
// two formats the suite's schemas use; ajv-formats is not a dependency here.
const uri = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/
const dateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i

export function createSuite() {
  // The package's CommonJS default export, seen through ESM interop.
  const Ajv = ((AjvDraft04 as unknown as { default?: typeof AjvDraft04 }).default ??
    AjvDraft04) as unknown as typeof AjvDraft04.default
  const ajv = new Ajv({ strict: false, allErrors: false, validateSchema: false })
  ajv.addFormat('uri', uri)
  ajv.addFormat('date-time', {
    validate: (value: string) => dateTime.test(value) && !Number.isNaN(Date.parse(value)),
  })
  const schemas = new Map<string, Record<string, unknown>>()
  for (const path of jsonFiles(join(suiteRoot, 'definitions'))) {
    ajv.addSchema(JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>)
  }
  for (const folder of ['annotations', 'collections']) {
    for (const path of jsonFiles(join(suiteRoot, folder))) {
      const relative = path.slice(suiteRoot.length + 1)
      const schema = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
      // Two assertion files share an id; a unique id at the same level keeps their
      // relative `$ref`s (`annotations.json#…`) resolving to the definitions.
      const id = relative.replaceAll('/', '__')
      schemas.set(relative, { ...schema, id })
      ajv.addSchema({ ...schema, id })
    }
  }

  function run(testFile: string, instance: unknown): AssertionOutcome[] {
    const test = JSON.parse(readFileSync(join(suiteRoot, testFile), 'utf8')) as {
      assertions: unknown[]
      skipFailures?: string[]
    }
    const skipFailures = test.skipFailures ?? []
    const outcomes: AssertionOutcome[] = []
    let skipping = false
    const check = (entry: unknown): AssertionOutcome => {
      if (typeof entry === 'string') {
        const schema = schemas.get(entry)
        if (schema === undefined) throw new Error(`Assertion ${entry} not found`)
        const validate = ajv.getSchema(schema.id as string)
        if (validate === undefined) throw new Error(`Schema ${String(schema.id)} not compiled`)
        const valid = validate(instance) as boolean
        const expected = (schema.expectedResult ?? 'valid') === 'valid'
        const type = String(schema.assertionType ?? 'must')
        if (valid === expected) return { assertion: entry, type, outcome: 'pass' }
        const on = String(schema.onUnexpectedResult ?? 'failAndContinue')
        const message = String(schema.errorMessage ?? schema.title ?? entry)
        if (on === 'passAndContinue') return { assertion: entry, type, outcome: 'warning', message }
        if (on === 'succeedAndSkip') {
          skipping = true
          return { assertion: entry, type, outcome: 'pass' }
        }
        if (on === 'failAndSkip') skipping = true
        if (skipFailures.includes(type))
          return { assertion: entry, type, outcome: 'warning', message }
        return { assertion: entry, type, outcome: 'fail', message }
      }
      const group = entry as { assertions: unknown[]; compareWith?: string; title?: string }
      const results = group.assertions.map(check)
      const or = group.compareWith === 'or'
      const passed = or
        ? results.some((result) => result.outcome === 'pass')
        : results.every((result) => result.outcome !== 'fail')
      return {
        assertion: group.title ?? 'group',
        type: results[0]?.type ?? 'must',
        outcome: passed ? 'pass' : 'fail',
        ...(passed ? {} : { message: results.map((result) => result.message).join('; ') }),
      }
    }
    for (const entry of test.assertions) {
      if (skipping) {
        outcomes.push({ assertion: String(entry), type: 'unknown', outcome: 'skipped' })
        continue
      }
      outcomes.push(check(entry))
    }
    return outcomes
  }

  /** Runs one assertion file alone, without downgrading (for SHOULD checks). */
  function holds(assertion: string, instance: unknown): boolean {
    const schema = schemas.get(assertion)
    if (schema === undefined) throw new Error(`Assertion ${assertion} not found`)
    const validate = ajv.getSchema(schema.id as string)
    return (validate?.(instance) as boolean) === ((schema.expectedResult ?? 'valid') === 'valid')
  }

  return { run, holds, schemas }
}
