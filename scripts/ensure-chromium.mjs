#!/usr/bin/env node
// Makes sure Debian's Chromium is at /usr/bin/chromium for the browser tests
// of @scholion/html. The tests never skip silently: without a browser they fail.
//
// - Chromium present: prints its path and exits 0.
// - Missing, running as root: runs `apt-get update` and
//   `apt-get install -y chromium`, printing each command before it runs.
// - Missing, not root: exits 1 and says how to install it.
//
// Usage: node scripts/ensure-chromium.mjs
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import process from 'node:process'

const executable = '/usr/bin/chromium'

if (existsSync(executable)) {
  console.log(`ensure-chromium: found ${executable}`)
  process.exit(0)
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0

if (!isRoot) {
  console.error(
    [
      `ensure-chromium: ${executable} is missing, and this is not root, so it cannot be installed here.`,
      'The browser tests of @scholion/html need Debian’s Chromium. Install it with:',
      '',
      '    sudo apt-get update && sudo apt-get install -y chromium',
      '',
      'then run the tests again.',
    ].join('\n'),
  )
  process.exit(1)
}

/**
 * Runs one command, echoing it first, and stops the script if it fails.
 *
 * @param {string} command
 * @param {ReadonlyArray<string>} args
 */
function run(command, args) {
  console.log(`ensure-chromium: $ ${[command, ...args].join(' ')}`)
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  if (result.error || result.status !== 0) {
    console.error(
      `ensure-chromium: \`${[command, ...args].join(' ')}\` failed (${
        result.error ? result.error.message : `exit ${result.status}`
      }).`,
    )
    process.exit(1)
  }
}

console.log(
  `ensure-chromium: ${executable} is missing; installing Debian’s chromium package with apt-get.`,
)
run('apt-get', ['update'])
run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'])

if (!existsSync(executable)) {
  console.error(`ensure-chromium: apt-get finished but ${executable} is still missing.`)
  process.exit(1)
}
console.log(`ensure-chromium: installed ${executable}`)
