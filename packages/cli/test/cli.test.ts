import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type AnnotationFile, createSpan, serializeAnnotationFile } from '@scholion/core'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { exitCodes, version } from '../src/index.js'
import { scholion, temporaryFolder } from './helpers.js'

const article = [
  'MOSCOW (Reuter) - More than 2,000 foreigners were imprisoned in Siberian labour camps, the ministry said.',
  '',
  'The fate of the foreigners on the list was unclear. The figures apparently do not account for everyone.',
  '',
].join('\n')

function spanOf(text: string, quote: string) {
  const start = text.indexOf(quote)
  if (start < 0) throw new Error(`test setup: ${quote} not in text`)
  return createSpan(text, start, start + quote.length)
}

function annotationFile(text: string): AnnotationFile {
  return {
    format: 'scholion/1',
    document: { title: 'Test', source: 'article.txt' },
    annotations: [
      { id: 'fig-2000', kind: 'figure', spans: [spanOf(text, '2,000')], value: 2000 },
      { id: 'unc-unclear', kind: 'uncertainty', spans: [spanOf(text, 'was unclear')] },
      { id: 'unc-apparently', kind: 'uncertainty', spans: [spanOf(text, 'apparently')] },
    ],
    relations: [],
  } as unknown as AnnotationFile
}

let folder: { path: string; remove: () => void }
beforeEach(() => {
  folder = temporaryFolder()
  writeFileSync(join(folder.path, 'article.txt'), article)
  writeFileSync(join(folder.path, 'notes.json'), serializeAnnotationFile(annotationFile(article)))
})
afterEach(() => folder.remove())

describe('scholion (general)', () => {
  test('--version prints the package version', async () => {
    const result = await scholion(['--version'], folder.path)
    expect(result).toMatchObject({ code: exitCodes.ok, stdout: `${version()}\n` })
    expect(version()).toMatch(/^\d+\.\d+\.\d+/)
  })

  test('--help lists every command', async () => {
    const result = await scholion(['--help'], folder.path)
    expect(result.code).toBe(exitCodes.ok)
    expect(result.stdout).toContain('check')
    expect(result.stdout).toContain('reanchor')
  })

  test.each([
    [[], /Usage: scholion <command>/],
    [['frobnicate'], /Unknown command `frobnicate`, expected one of `check`/],
    [['check', '--frob', 'a', 'b'], /Unknown option '--frob'/],
    [['check', 'article.txt'], /Missing argument: expected 2, got 1/],
    [['check', 'a', 'b', 'c'], /Unexpected argument `c`, expected at most 2/],
    [['reanchor', 'article.txt', 'notes.json', '--json'], /`--json` prints the report on stdout/],
    [['reanchor', 'article.txt', 'notes.json', '--previous'], /--previous/],
  ])('usage error %j exits 2 with a clear message', async (argv, message) => {
    const result = await scholion(argv, folder.path)
    expect(result.code).toBe(exitCodes.usage)
    expect(result.stderr).toMatch(message)
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })

  test('every command has --help', async () => {
    for (const command of ['check', 'reanchor']) {
      const result = await scholion([command, '--help'], folder.path)
      expect(result.code).toBe(exitCodes.ok)
      expect(result.stdout).toMatch(new RegExp(`^Usage: scholion ${command} `))
      expect(result.stdout).toContain('Exit codes')
    }
  })
})

describe('scholion check', () => {
  test('a valid file whose spans are all exact exits 0', async () => {
    const result = await scholion(['check', 'article.txt', 'notes.json'], folder.path)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(exitCodes.ok)
    expect(result.stdout).toMatch(/fig-2000\s+figure\s+exact\s+1:29\s+"2,000"/)
    expect(result.stdout).toContain('3 annotations, 3 spans: 3 exact; 0 errors, 0 warnings.')
  })

  test('a missing file is reported with its path, exit 1', async () => {
    const result = await scholion(['check', 'missing.txt', 'notes.json'], folder.path)
    expect(result.code).toBe(exitCodes.findings)
    expect(result.stderr).toMatch(
      /^missing\.txt: error: Cannot read `missing\.txt`: no such file \[read\]/,
    )
  })

  test('an article that is not UTF-8 is refused with where the bad byte is', async () => {
    writeFileSync(join(folder.path, 'latin1.txt'), Buffer.from([0x61, 0x0a, 0x62, 0xe9, 0x0a]))
    const result = await scholion(['check', 'latin1.txt', 'notes.json'], folder.path)
    expect(result.code).toBe(exitCodes.findings)
    expect(result.stderr).toMatch(/latin1\.txt:2:2.*UTF-8/)
  })

  test('malformed JSON is reported with line:column', async () => {
    writeFileSync(
      join(folder.path, 'bad.json'),
      '{\n  "format": "scholion/1",\n  "annotations": [\n}\n',
    )
    const result = await scholion(['check', 'article.txt', 'bad.json'], folder.path)
    expect(result.code).toBe(exitCodes.findings)
    expect(result.stderr).toMatch(/^bad\.json:4:1/m)
  })

  test('every problem is reported at once, with JSON path and annotation id', async () => {
    const file = JSON.parse(serializeAnnotationFile(annotationFile(article)))
    file.annotations[0].spans[0].end = 99999
    file.annotations[1].id = file.annotations[2].id
    writeFileSync(join(folder.path, 'broken.json'), JSON.stringify(file, null, 2))
    const result = await scholion(['check', 'article.txt', 'broken.json'], folder.path)
    expect(result.code).toBe(exitCodes.findings)
    expect(result.stderr).toMatch(
      /broken\.json:\d+:\d+ \(\$\.annotations\[0\]\.spans\[0\]\.end, annotation `fig-2000`\): error/,
    )
    expect(result.stderr).toMatch(/duplicate/i)
  })

  test('a span whose text moved is found and reported, exit 1', async () => {
    writeFileSync(join(folder.path, 'edited.txt'), `Headline added.\n\n${article}`)
    const result = await scholion(['check', 'edited.txt', 'notes.json', '--json'], folder.path)
    expect(result.code).toBe(exitCodes.findings)
    const report = JSON.parse(result.stdout)
    expect(report.ok).toBe(false)
    expect(report.summary).toMatchObject({ spans: 3, exact: 0 })
    const figure = report.spans.find((span: { id: string }) => span.id === 'fig-2000')
    expect(figure.status).not.toBe('exact')
    expect(figure.found.start).toBe(article.indexOf('2,000') + 'Headline added.\n\n'.length)
  })
})

describe('scholion reanchor', () => {
  const edited = article
    .replace('MOSCOW (Reuter) - ', 'MOSCOW (Reuters) -- ')
    .replace('The fate of the foreigners on the list was unclear. ', '')

  beforeEach(() => writeFileSync(join(folder.path, 'edited.txt'), edited))

  test('without -o the file goes to stdout and the input is untouched', async () => {
    const before = readFileSync(join(folder.path, 'notes.json'), 'utf8')
    const result = await scholion(
      ['reanchor', 'edited.txt', 'notes.json', '--previous', 'article.txt'],
      folder.path,
    )
    expect(readFileSync(join(folder.path, 'notes.json'), 'utf8')).toBe(before)
    const file = JSON.parse(result.stdout)
    const byId = Object.fromEntries(file.annotations.map((a: { id: string }) => [a.id, a]))
    // Nothing is dropped: the deleted sentence's uncertainty stays, as an orphan.
    expect(Object.keys(byId).sort()).toEqual(['fig-2000', 'unc-apparently', 'unc-unclear'])
    expect(byId['fig-2000'].spans[0]).toMatchObject({
      start: edited.indexOf('2,000'),
      exact: '2,000',
      anchor: { status: 'mapped' },
    })
    expect(byId['unc-unclear'].spans[0]).toMatchObject({
      start: article.indexOf('was unclear'),
      anchor: { status: 'orphan' },
    })
    expect(result.stderr).toMatch(/orphan: unc-unclear \(uncertainty\) "was unclear"/)
    expect(result.stderr).toMatch(
      /Re-anchored 3 spans of 3 annotations onto edited\.txt: 0 exact, 2 mapped, 1 orphan\./,
    )
    expect(result.code).toBe(exitCodes.findings)
  })

  test('-o writes atomically and leaves no temporary files; --json reports', async () => {
    const result = await scholion(
      ['reanchor', 'edited.txt', 'notes.json', '-o', 'out.json', '--json'],
      folder.path,
    )
    const report = JSON.parse(result.stdout)
    expect(report.summary.spans).toBe(3)
    expect(readdirSync(folder.path).sort()).toEqual([
      'article.txt',
      'edited.txt',
      'notes.json',
      'out.json',
    ])
    const written = JSON.parse(readFileSync(join(folder.path, 'out.json'), 'utf8'))
    for (const annotation of written.annotations) {
      for (const span of annotation.spans)
        expect(span.anchor.status).toMatch(/exact|mapped|fuzzy|ambiguous|orphan/)
    }
  })

  test('a file with errors is not re-anchored and nothing is written', async () => {
    writeFileSync(
      join(folder.path, 'bad.json'),
      '{"format": "scholion/1", "annotations": [{"id": 1}]}',
    )
    const result = await scholion(
      ['reanchor', 'edited.txt', 'bad.json', '-o', 'out.json'],
      folder.path,
    )
    expect(result.code).toBe(exitCodes.findings)
    expect(result.stderr).toMatch(/Nothing was written/)
    expect(existsSync(join(folder.path, 'out.json'))).toBe(false)
  })

  test('-o may name the input, which is then replaced', async () => {
    const result = await scholion(
      ['reanchor', 'article.txt', 'notes.json', '-o', 'notes.json'],
      folder.path,
    )
    expect(result.code).toBe(exitCodes.ok)
    const written = JSON.parse(readFileSync(join(folder.path, 'notes.json'), 'utf8'))
    expect(
      written.annotations.every(
        (a: { spans: { anchor: { status: string } }[] }) => a.spans[0]?.anchor.status === 'exact',
      ),
    ).toBe(true)
  })
})

describe('the installed executable', () => {
  const bin = fileURLToPath(new URL('../bin/scholion.js', import.meta.url))
  const built = fileURLToPath(new URL('../dist/run.js', import.meta.url))
  const bundle = fileURLToPath(new URL('../dist/scholion.mjs', import.meta.url))

  test('runs the bundle, which does what the sources do (packages loaded on demand included)', async () => {
    expect(
      existsSync(bundle),
      'packages/cli/dist/scholion.mjs is missing: run `npm run build` first',
    ).toBe(true)
    // render imports @scholion/html and suggest @scholion/suggest only when run:
    // both must be inside the bundle and work from there.
    for (const argv of [
      ['check', 'article.txt', 'notes.json'],
      ['render', 'article.txt', 'notes.json', '--fragment'],
      ['suggest', 'article.txt'],
      ['export', 'article.txt', 'notes.json', '--format', 'tei'],
    ]) {
      // Suggestions carry the time they were made.
      const timeless = (output: string) => output.replace(/"created": "[^"]+"/g, '"created": …')
      const inProcess = await scholion(argv, folder.path)
      const child = spawnSync(process.execPath, [bin, ...argv], {
        cwd: folder.path,
        encoding: 'utf8',
      })
      expect(child.stdout.length, argv.join(' ')).toBeGreaterThan(0)
      expect(
        { code: child.status, stdout: timeless(child.stdout), stderr: child.stderr },
        argv.join(' '),
      ).toEqual({ ...inProcess, stdout: timeless(inProcess.stdout) })
    }
  })

  test('runs as a process and exits with the documented codes', () => {
    // The suite runs after `npm test` has built the packages; say so clearly otherwise.
    expect(existsSync(built), 'packages/cli/dist is missing: run `npm run build` first').toBe(true)
    expect(execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' }).trim()).toBe(
      version(),
    )
    const usage = spawnSync(process.execPath, [bin, 'check'], { encoding: 'utf8' })
    expect(usage.status).toBe(exitCodes.usage)
    expect(usage.stderr).toMatch(/Missing argument/)
  })
})
