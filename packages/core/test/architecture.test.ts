// House rule 1: core knows nothing of Node, the DOM or the renderer, so it runs in
// browsers, workers and Node alike. House rule 2: index.ts only re-exports.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'

const src = fileURLToPath(new URL('../src/', import.meta.url))

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(folder, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(folder, entry.name)]
        : [],
  )
}

const files = sources(src)

test('core has sources to check', () => {
  expect(files.length).toBeGreaterThan(20)
})

test.each(files.map((file) => [relative(src, file), file]))(
  '%s imports no Node, DOM or renderer module and uses no DOM globals',
  (_name, file) => {
    const code = readFileSync(file, 'utf8')
    const imports = [...code.matchAll(/\bfrom\s+'([^']+)'/g)].map((match) => match[1])
    for (const specifier of imports) {
      expect(specifier).not.toMatch(/^node:|^(fs|path|os|child_process|crypto|url)$/)
      expect(specifier).not.toMatch(/^@scholion\/(html|cli|interchange|suggest)/)
    }
    // Code, not comments: strip them before looking for DOM globals.
    const stripped = code
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '')
      .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g, "''")
    // A global is a name not reached through `.` and not an object key (`window: 4096`);
    // `document` is a word of this domain, so only `document.` counts.
    expect(stripped).not.toMatch(
      /(?<![.\w$])((window|navigator|process|Buffer|require|__dirname)\b(?!\??\s*:)|document\s*\.)/,
    )
  },
)

test('index.ts only re-exports, by name', () => {
  const index = readFileSync(join(src, 'index.ts'), 'utf8')
  const statements = index
    .replace(/\/\/.*$/gm, '')
    .split(/(?<=')\s*\n/)
    .map((statement) => statement.trim())
    .filter(Boolean)
  for (const statement of statements) {
    expect(statement).toMatch(/^export (type )?\{[^}]*\} from '\.\/lib\/[\w/-]+\.js'$/s)
  }
})
