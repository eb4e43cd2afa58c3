/** Test helper: the concatenated text-node values of a hast tree (its `textContent`). */
import type { Nodes } from 'hast'

export function hastText(node: Nodes): string {
  if (node.type === 'text') return node.value
  if (node.type === 'root' || node.type === 'element') return node.children.map(hastText).join('')
  return ''
}
