// Every TypeScript example in the docs and readmes runs here, so the docs stay true.
//
// Each ```ts block is written to a module of its own and imported. Lines of the form
// `expression // => value` become assertions when `value` is a JavaScript literal:
// `set.size // => 3: the old set is unchanged` checks that `set.size` is 3.
// A block that starts with `// not run:` is skipped (for fragments that cannot run
// alone); the reason is part of the comment.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const generated = join(root, 'test', '.generated')

function markdownFiles(): string[] {
  const docs = readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(root, 'docs', name))
  const readmes = readdirSync(join(root, 'packages')).flatMap((name) =>
    ['readme.md', 'README.md']
      .map((file) => join(root, 'packages', name, file))
      .filter((path) => {
        try {
          readFileSync(path)
          return true
        } catch {
          return false
        }
      }),
  )
  return [join(root, 'README.md'), ...docs, ...readmes]
}

interface Example {
  file: string
  line: number
  code: string
}

function examples(file: string): Example[] {
  const lines = readFileSync(file, 'utf8').split('\n')
  const found: Example[] = []
  let start = -1
  for (const [index, line] of lines.entries()) {
    if (start < 0 && /^```(ts|typescript)\s*$/.test(line)) start = index + 1
    else if (start >= 0 && /^```\s*$/.test(line)) {
      found.push({ file, line: start, code: lines.slice(start, index).join('\n') })
      start = -1
    }
  }
  return found
}

/** The value after `// =>` if it is a JavaScript literal, else undefined. */
function literal(text: string): string | undefined {
  for (const candidate of [text, text.split(/:\s/)[0] ?? '']) {
    try {
      new Function(`return (${candidate})`)
      return candidate
    } catch {
      // Not a literal: a description of the result, left as a comment.
    }
  }
  return undefined
}

/** Turns `expression // => literal` lines into assertions. */
function withAssertions(code: string): string {
  const lines = code.split('\n').map((line) => {
    const match = /^(\s*)(.+?)\s*\/\/ => (.+)$/.exec(line)
    if (!match) return line
    const [, indent, expression, comment] = match as unknown as [string, string, string, string]
    const value = literal(comment)
    if (value === undefined || /^(const|let|var|import|export)\b/.test(expression)) return line
    return `${indent}__check(${expression}, ${value})`
  })
  return ["import { deepStrictEqual as __check } from 'node:assert'", ...lines].join('\n')
}

const all = markdownFiles().flatMap(examples)

test('the docs have examples to run', () => {
  expect(all.length).toBeGreaterThan(5)
})

test('an example whose result comment is wrong fails', async () => {
  const code = withAssertions('const a = [1, 2]\na.length // => 3')
  mkdirSync(generated, { recursive: true })
  const path = join(generated, 'self-check.ts')
  writeFileSync(path, code)
  await expect(import(path)).rejects.toThrow()
})

const withExamples = markdownFiles().filter((file) => examples(file).length > 0)

describe.each(withExamples.map((file) => [relative(root, file), file]))('%s', (_name, file) => {
  const blocks = examples(file).filter((example) => !example.code.startsWith('// not run:'))
  test.each(blocks.map((example) => [example.line, example]))(
    'example at line %i runs',
    async (_line, example) => {
      mkdirSync(generated, { recursive: true })
      const name = `${relative(root, example.file).replace(/[^\w]+/g, '-')}-${example.line}.ts`
      const path = join(generated, name)
      writeFileSync(path, withAssertions(example.code))
      try {
        await import(path)
      } finally {
        rmSync(path, { force: true })
      }
    },
  )
})
