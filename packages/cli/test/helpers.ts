import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { run } from '../src/index.js'

/** Output of one in-process run of the CLI. */
export interface RunResult {
  code: number
  stdout: string
  stderr: string
}

/** Runs `scholion argv…` in-process in `cwd`, capturing its output. */
export async function scholion(argv: readonly string[], cwd: string): Promise<RunResult> {
  let stdout = ''
  let stderr = ''
  const code = await run(argv, {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    cwd,
  })
  return { code, stdout, stderr }
}

/** A fresh temporary folder, and a function that removes it. */
export function temporaryFolder(): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'scholion-cli-'))
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) }
}
