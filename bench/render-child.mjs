// One render in a fresh process, for peak memory: prints { ms, maxRssMB } as JSON.
// Usage: node bench/render-child.mjs scholion|unified <article.md> [<edition-annotations.json>]
import { readFileSync } from 'node:fs'

const [mode, markdownPath, annotationsPath] = process.argv.slice(2)
const html = new URL('../packages/html/', import.meta.url)
const markdown = readFileSync(markdownPath, 'utf8')
const annotations = annotationsPath ? JSON.parse(readFileSync(annotationsPath, 'utf8')) : undefined
let render
if (mode === 'scholion') {
  const { loadDocument } = await import(new URL('../packages/core/dist/index.js', import.meta.url))
  const { renderEdition } = await import(new URL('dist/index.js', html))
  render = () => renderEdition(loadDocument(markdown, { format: 'markdown' }), annotations)
} else {
  const load = (name) => import(new URL(`node_modules/${name}/index.js`, html))
  const { unified } = await load('unified')
  const { default: remarkParse } = await load('remark-parse')
  const { default: remarkRehype } = await load('remark-rehype')
  const { default: rehypeStringify } = await load('rehype-stringify')
  const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify)
  render = () => String(processor.processSync(markdown))
}
const before = process.memoryUsage().rss
const start = performance.now()
const output = render()
const ms = performance.now() - start
process.stdout.write(
  `${JSON.stringify({ ms, maxRssMB: process.resourceUsage().maxRSS / 1024, baseRssMB: before / 2 ** 20, bytes: output.length })}\n`,
)
