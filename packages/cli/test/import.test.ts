import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseAnnotationFile } from '@scholion/core'
import { afterAll, describe, expect, test } from 'vitest'
import { exportCommand } from '../src/commands/export.js'
import { importCommand } from '../src/commands/import.js'
import type { Command } from '../src/lib/command.js'
import { type RunResult, scholion, temporaryFolder } from './helpers.js'

/** Runs `scholion <command> argv…` in-process, through the real dispatcher. */
function runCommand(command: Command, argv: readonly string[], cwd: string): Promise<RunResult> {
  return scholion([command.name, ...argv], cwd)
}

const example = new URL('../../../examples/gulag-1992/', import.meta.url).pathname
const article = join(example, 'article.txt')
const annotations = join(example, 'article.scholion.json')
const samples = fileURLToPath(
  new URL('../../../vendor/w3c-web-annotation-tests/tools/samples', import.meta.url),
)
const folder = temporaryFolder()
afterAll(() => folder.remove())

describe('scholion import', () => {
  test('w3c export → import gives the same annotations, with the text hash', async () => {
    const exported = await runCommand(
      exportCommand,
      [article, annotations, '--format', 'w3c', '-o', 'out.jsonld'],
      folder.path,
    )
    expect(exported.code).toBe(0)
    const { code, stderr } = await runCommand(
      importCommand,
      [article, 'out.jsonld', '--format', 'w3c', '-o', 'back.json'],
      folder.path,
    )
    expect(code, stderr).toBe(0)
    const back = parseAnnotationFile(readFileSync(join(folder.path, 'back.json'), 'utf8')).file
    const original = parseAnnotationFile(readFileSync(annotations, 'utf8')).file
    expect(back?.annotations).toEqual(original?.annotations)
    expect(back?.relations).toEqual(original?.relations)
    expect(back?.document?.textHash).toBe(original?.document?.textHash)
  })

  test('brat export → import', async () => {
    await runCommand(
      exportCommand,
      [article, annotations, '--format', 'brat', '-o', 'b'],
      folder.path,
    )
    const { code, stdout } = await runCommand(
      importCommand,
      [join(folder.path, 'b.txt'), 'b.ann', '--format', 'brat'],
      folder.path,
    )
    expect(code).toBe(0)
    expect(JSON.parse(stdout).annotations.length).toBeGreaterThan(50)
  })

  test('every W3C sample: never a crash; incorrect ones exit 1 and write nothing', async () => {
    for (const name of readdirSync(join(samples, 'incorrect'))) {
      const { code, stdout, stderr } = await runCommand(
        importCommand,
        [article, join(samples, 'incorrect', name), '--format', 'w3c'],
        folder.path,
      )
      expect(code, name).toBe(1)
      expect(stdout, name).toBe('')
      expect(stderr, name).toMatch(/error: Unexpected /)
    }
    for (const name of readdirSync(join(samples, 'correct'))) {
      const { code, stderr } = await runCommand(
        importCommand,
        [article, join(samples, 'correct', name), '--format', 'w3c'],
        folder.path,
      )
      expect(code, `${name}: ${stderr}`).toBe(0)
    }
  })

  test('usage and input errors', async () => {
    expect(
      (await runCommand(importCommand, [article, annotations, '--format', 'csv'], folder.path))
        .code,
    ).toBe(2)
    writeFileSync(join(folder.path, 'bad.jsonld'), '{"type": "Squirrel"}')
    const { code, stderr } = await runCommand(
      importCommand,
      [article, 'bad.jsonld', '--format', 'w3c'],
      folder.path,
    )
    expect(code).toBe(1)
    expect(stderr).toMatch(/Unexpected type "Squirrel", expected `Annotation`/)
  })
})
