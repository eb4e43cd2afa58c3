import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const require = createRequire(import.meta.url)
const vnuJar = join(require.resolve('vnu-jar/package.json'), '..', 'build', 'dist', 'vnu.jar')

interface VnuMessage {
  type: string
  subType?: string
  url: string
  lastLine?: number
  message: string
  extract?: string
}

/**
 * Runs the Nu Html Checker (vnu-jar, needs `java`) on pages given by file name and HTML,
 * and returns its errors as `file:line: message — extract`. Throws when the checker did
 * not run, so a missing Java never passes silently.
 */
export function vnuErrors(pages: Readonly<Record<string, string>>): string[] {
  const directory = mkdtempSync(join(tmpdir(), 'scholion-vnu-'))
  const paths = Object.entries(pages).map(([name, html]) => {
    const path = join(directory, name)
    writeFileSync(path, html)
    return path
  })
  const result = spawnSync('java', ['-jar', vnuJar, '--format', 'json', ...paths], {
    encoding: 'utf8',
  })
  if (result.error) throw result.error
  const report = JSON.parse(result.stderr || result.stdout) as { messages: VnuMessage[] }
  if (!report.messages.every((message) => typeof message.message === 'string')) {
    throw new Error('Unexpected report from the Nu Html Checker')
  }
  return report.messages
    .filter((message) => message.type === 'error' || message.subType === 'fatal')
    .map(
      (message) =>
        `${message.url.split('/').pop()}:${message.lastLine}: ${message.message} — ${message.extract ?? ''}`,
    )
}
