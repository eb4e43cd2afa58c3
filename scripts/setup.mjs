#!/usr/bin/env node
// Makes a fresh clone ready with nothing but Node.js and npm: installs the
// workspace with pnpm (fetched by npx at a pinned version, since corepack is not
// reliable everywhere) from the committed lockfile, then builds every package.
// Both steps are skipped when already up to date, so it is cheap to run first
// in every root script.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const pnpm = ['-y', 'pnpm@12.4.2']

function run(command, args) {
  execFileSync(command, args, { cwd: root, stdio: 'inherit' })
}

function installed() {
  const lock = join(root, 'pnpm-lock.yaml')
  const copy = join(root, 'node_modules', '.pnpm', 'lock.yaml')
  if (!existsSync(copy)) return false
  // pnpm keeps a copy of the lockfile it installed from; compare the package sections.
  const section = (text) => text.slice(text.indexOf('\npackages:'))
  return section(readFileSync(lock, 'utf8')) === section(readFileSync(copy, 'utf8'))
}

try {
  if (!installed()) {
    console.error('scholion setup: installing dependencies (pnpm install --frozen-lockfile)…')
    run('npx', [...pnpm, 'install', '--frozen-lockfile'])
  }
  run(process.execPath, [
    join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
    '-b',
    'tsconfig.build.json',
  ])
  // The `scholion` executable loads the CLI as one bundled module (see the script).
  run(process.execPath, [join(root, 'packages', 'cli', 'scripts', 'bundle.mjs')])
} catch (error) {
  console.error(`scholion setup failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
