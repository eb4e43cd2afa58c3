import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseAnnotationFile } from '@scholion/core'
import { fromBrat, fromW3c, parseCsv, tableColumns } from '@scholion/interchange'
import { afterAll, describe, expect, test } from 'vitest'
import { exportCommand } from '../src/commands/export.js'
import type { Command } from '../src/lib/command.js'
import { type RunResult, scholion, temporaryFolder } from './helpers.js'

/** Runs `scholion <command> argv…` in-process, through the real dispatcher. */
function runCommand(command: Command, argv: readonly string[], cwd: string): Promise<RunResult> {
  return scholion([command.name, ...argv], cwd)
}

const example = new URL('../../../examples/gulag-1992/', import.meta.url).pathname
const article = join(example, 'article.txt')
const annotations = join(example, 'article.scholion.json')
const folder = temporaryFolder()
afterAll(() => folder.remove())

describe('scholion export', () => {
  test('w3c to stdout: a collection the importer reads back in full', async () => {
    const { code, stdout } = await runCommand(
      exportCommand,
      [article, annotations, '--format', 'w3c', '--page-size', '10'],
      folder.path,
    )
    expect(code).toBe(0)
    const collection = JSON.parse(stdout)
    expect(collection.type).toBe('AnnotationCollection')
    const text = readFileSync(article, 'utf8')
    const back = fromW3c(stdout, text)
    const original = parseAnnotationFile(readFileSync(annotations, 'utf8')).file
    expect(back.problems).toEqual([])
    expect(back.file).toEqual(original)
  })

  test('tei to a file (parsed back in @scholion/interchange tests)', async () => {
    const out = join(folder.path, 'edition.tei.xml')
    const { code } = await runCommand(
      exportCommand,
      [article, annotations, '-f', 'tei', '-o', out],
      folder.path,
    )
    expect(code).toBe(0)
    const xml = readFileSync(out, 'utf8')
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true)
    expect(xml).toMatch(/<standOff>[\s\S]*<\/standOff>\s*<\/TEI>\n$/)
  })

  test('brat with -o writes out.txt and out.ann', async () => {
    const { code, stderr } = await runCommand(
      exportCommand,
      [article, annotations, '--format', 'brat', '-o', 'gulag'],
      folder.path,
    )
    expect(code).toBe(0)
    expect(stderr).toMatch(/gulag\.txt and gulag\.ann/)
    const txt = readFileSync(join(folder.path, 'gulag.txt'), 'utf8')
    const ann = readFileSync(join(folder.path, 'gulag.ann'), 'utf8')
    const { problems, file } = fromBrat(ann, txt)
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([])
    expect(file.annotations.length).toBeGreaterThan(50)
  })

  test('csv and jsonl', async () => {
    const csv = await runCommand(
      exportCommand,
      [article, annotations, '--format', 'csv'],
      folder.path,
    )
    expect(csv.code).toBe(0)
    expect(parseCsv(csv.stdout)[0]).toEqual([...tableColumns])
    const jsonl = await runCommand(
      exportCommand,
      [article, annotations, '--format', 'jsonl'],
      folder.path,
    )
    expect(
      jsonl.stdout
        .trimEnd()
        .split('\n')
        .every((line) => typeof JSON.parse(line).id === 'string'),
    ).toBe(true)
  })

  test('usage errors exit 2', async () => {
    expect((await runCommand(exportCommand, [article, annotations], folder.path)).code).toBe(2)
    expect(
      (await runCommand(exportCommand, [article, annotations, '--format', 'xml'], folder.path))
        .stderr,
    ).toMatch(/Unexpected format `xml`, expected one of w3c/)
    expect(
      (
        await runCommand(
          exportCommand,
          [article, annotations, '--format', 'w3c', '--base', 'nope'],
          folder.path,
        )
      ).code,
    ).toBe(2)
    expect(
      (
        await runCommand(
          exportCommand,
          [article, annotations, '--format', 'w3c', '--page-size', '0'],
          folder.path,
        )
      ).code,
    ).toBe(2)
  })

  test('a missing input exits 1', async () => {
    const { code, stderr } = await runCommand(
      exportCommand,
      ['missing.txt', annotations, '--format', 'csv'],
      folder.path,
    )
    expect(code).toBe(1)
    expect(stderr).toMatch(/missing\.txt/)
  })
})
