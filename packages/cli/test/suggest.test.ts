import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseAnnotationFile } from '@scholion/core'
import { afterEach, describe, expect, it } from 'vitest'
import { suggestCommand } from '../src/commands/suggest.js'
import type { Arguments } from '../src/lib/command.js'
import { temporaryFolder } from './helpers.js'

const article =
  'More than 2,000 foreigners were held, the ministry said. The fate of the rest was unclear.\n'

async function run(positionals: string[], values: Arguments['values'], cwd: string) {
  let stdout = ''
  let stderr = ''
  const code = await suggestCommand.run(
    { positionals, values },
    {
      stdout: { write: (chunk: string) => (stdout += chunk) },
      stderr: { write: (chunk: string) => (stderr += chunk) },
      cwd,
    },
  )
  return { code, stdout, stderr }
}

describe('scholion suggest', () => {
  let folder = temporaryFolder()
  afterEach(() => {
    folder.remove()
    folder = temporaryFolder()
  })

  it('writes a scholion/1 file of drafts to stdout', async () => {
    writeFileSync(join(folder.path, 'a.txt'), article)
    const { code, stdout, stderr } = await run(['a.txt'], {}, folder.path)
    expect(code).toBe(0)
    const { file, problems } = parseAnnotationFile(stdout, { text: article })
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([])
    expect(file?.annotations.map((annotation) => annotation.kind).sort()).toEqual([
      'claim',
      'figure',
      'speaker',
      'uncertainty',
      'uncertainty',
    ])
    expect(file?.annotations.every((annotation) => annotation.status === 'draft')).toBe(true)
    expect(stderr).toMatch(/5 suggestions added/)
  })

  it('merges into an annotation file without duplicating or changing reviewed annotations', async () => {
    writeFileSync(join(folder.path, 'a.txt'), article)
    const reviewed = {
      id: 'fig-2000',
      kind: 'figure',
      status: 'reviewed',
      value: 2000,
      spans: [{ start: 10, end: 15, exact: '2,000' }],
    }
    writeFileSync(
      join(folder.path, 'a.json'),
      JSON.stringify({ format: 'scholion/1', annotations: [reviewed] }),
    )
    const { code } = await run(['a.txt', 'a.json'], { output: 'out.json' }, folder.path)
    expect(code).toBe(0)
    const { file } = parseAnnotationFile(readFileSync(join(folder.path, 'out.json'), 'utf8'), {
      text: article,
    })
    const figures = file?.annotations.filter((annotation) => annotation.kind === 'figure') ?? []
    expect(figures).toEqual([reviewed])
  })

  it("adds the learned hedge model's hedges unless --no-learned-hedges", async () => {
    const text = 'Computer games could enhance learning in schools.\n'
    writeFileSync(join(folder.path, 'v.txt'), text)
    const hedges = (stdout: string) =>
      (parseAnnotationFile(stdout, { text }).file?.annotations ?? [])
        .filter((annotation) => annotation.kind === 'uncertainty')
        .map((annotation) => [annotation.spans[0]?.exact, annotation.tags])
    const learned = [['could', ['model:scholion-hedge-model/1']]]
    const byDefault = await run(['v.txt'], {}, folder.path)
    expect(byDefault.code).toBe(0)
    expect(hedges(byDefault.stdout)).toEqual(learned)
    // (the flag of earlier versions, now the default)
    expect(hedges((await run(['v.txt'], { 'learned-hedges': true }, folder.path)).stdout)).toEqual(
      learned,
    )
    expect(
      hedges((await run(['v.txt'], { 'no-learned-hedges': true }, folder.path)).stdout),
    ).toEqual([])
    // Their confidence is below 0.6: --min-confidence leaves them out too.
    expect(hedges((await run(['v.txt'], { 'min-confidence': '0.6' }, folder.path)).stdout)).toEqual(
      [],
    )
    await expect(
      run(['v.txt'], { 'learned-hedges': true, 'no-learned-hedges': true }, folder.path),
    ).rejects.toThrow(/no-learned-hedges/)
  })

  it('rejects a confidence outside [0, 1]', async () => {
    writeFileSync(join(folder.path, 'a.txt'), article)
    await expect(run(['a.txt'], { 'min-confidence': '2' }, folder.path)).rejects.toThrow(
      /min-confidence/,
    )
  })
})
