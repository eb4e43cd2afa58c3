#!/usr/bin/env node
// The main job: checks the example edition and renders it to one standalone HTML
// file, then says where it is. Run through `npm run demo` (which sets up first).
import { spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const bin = join(root, 'packages', 'cli', 'bin', 'scholion.js')
const example = join(root, 'examples', 'gulag-1992')
const output = join(root, 'out', 'gulag-1992.html')

function scholion(...args) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, stdio: 'inherit' })
  return result.status ?? 1
}

const article = relative(root, join(example, 'article.txt'))
const annotations = relative(root, join(example, 'article.scholion.json'))

console.log(`\n$ scholion check ${article} ${annotations}`)
const checked = scholion('check', article, annotations)
if (checked !== 0) {
  console.error(`The example does not check cleanly (exit ${checked}).`)
  process.exit(checked)
}

mkdirSync(dirname(output), { recursive: true })
console.log(`\n$ scholion render ${article} ${annotations} -o ${relative(root, output)}`)
const rendered = scholion('render', article, annotations, '-o', relative(root, output))
if (rendered !== 0) process.exit(rendered)

console.log(
  `\nThe annotated edition is at ${output}\nOpen it in a browser: ${pathToFileURL(output)}`,
)
