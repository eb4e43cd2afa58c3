import type { Nodes } from 'hast'

/**
 * The reading text of a hast tree: the values of all its text nodes, concatenated in
 * document order. Comments, doctypes and raw nodes contribute nothing.
 *
 * @example
 * ```ts
 * readingText({ type: 'root', children: [{ type: 'text', value: 'Hi' }] }) // 'Hi'
 * ```
 */
export function readingText(tree: Nodes): string {
  const parts: string[] = []
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as Nodes
    if (node.type === 'text') {
      parts.push(node.value)
    } else if ('children' in node) {
      for (let index = node.children.length - 1; index >= 0; index--) {
        stack.push(node.children[index] as Nodes)
      }
    }
    // `template` content lives in `content` in hast; it is inert and not rendered as text.
  }
  return parts.join('')
}
