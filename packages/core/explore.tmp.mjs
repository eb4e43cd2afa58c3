import { toHast } from 'mdast-util-to-hast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

const src = process.argv[2].replace(/\\n/g, '\n').replace(/\\r/g, '\r')
const p = unified().use(remarkParse).use(remarkGfm)
const mdast = p.runSync(p.parse(src))
const hast = toHast(mdast, { allowDangerousHtml: false })
function walk(n, d = 0) {
  const pos = n.position ? `[${n.position.start.offset},${n.position.end.offset}]` : '-'
  if (n.type === 'text')
    console.log(
      ' '.repeat(d) +
        'text ' +
        pos +
        ' ' +
        JSON.stringify(n.value) +
        (n.position
          ? ' src=' + JSON.stringify(src.slice(n.position.start.offset, n.position.end.offset))
          : ''),
    )
  else console.log(' '.repeat(d) + (n.tagName || n.type) + ' ' + pos)
  for (const c of n.children || []) walk(c, d + 1)
}
walk(hast)
