#!/usr/bin/env node
// The `scholion` executable: a thin launcher for the compiled CLI in ../dist.
import { run } from '../dist/run.js'

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
})
