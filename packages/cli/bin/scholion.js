#!/usr/bin/env node
// The `scholion` executable: a thin launcher for the compiled CLI, bundled into one
// module by scripts/bundle.mjs (it starts ~0.2 s faster than ../dist/run.js, which
// it is built from).
import { run } from '../dist/scholion.mjs'

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
})
