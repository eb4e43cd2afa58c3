/**
 * Serializes an edition's hast to HTML: the same string hast-util-to-html writes with
 * `allowDangerousHtml: true` and its other defaults, then carriage returns written as
 * `&#xD;` (an HTML parser turns a literal CR into LF, and the reading text must survive
 * character for character).
 *
 * Why not hast-util-to-html alone: on the page of a 6 MB document (17 M characters,
 * 385,000 nodes, most of them the notes) it spent most of its time looking up each
 * attribute in the HTML schema again (a fresh description for every `data-*` key),
 * merging option objects per text node and joining every element's children into a
 * string of its own — hundreds of megabytes of garbage, about 0.7 s. Here HTML elements,
 * text and raw nodes are written into one list of pieces joined once, with each
 * property's schema entry looked up once per key; everything else (comments, doctypes,
 * `svg`, `math` and `template` subtrees, other spaces) goes through hast-util-to-html
 * itself, node by node. Tests check that the output equals hast-util-to-html's, on
 * random trees and on real editions.
 */

import { stringify as commas } from 'comma-separated-tokens'
import type { Element, Nodes, Properties, Root, RootContent } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { find, html, type Info } from 'property-information'
import { stringify as spaces } from 'space-separated-tokens'

/** Elements written without a closing tag (hast-util-to-html's list). */
const voids = new Set([
  'area',
  'base',
  'basefont',
  'bgsound',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'image',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
])

/** Elements whose subtrees are left to hast-util-to-html: other namespaces, templates. */
const delegated = new Set(['svg', 'math', 'template'])

/** Text outside `script` and `style`: `<`, `&` and CR as references. */
const textSpecial = /[<&\r]/g
/** Attribute values in double quotes: NUL, `"`, `&`, `'`, `` ` `` and CR as references. */
const attributeSpecial = /[\0"&'`\r]/g
/** Attribute names: what hast-util-to-html escapes in them. */
const nameSpecial = /[\0\t\n\f\r "&'/<=>`]/g

/** What each character becomes: hexadecimal references, as stringify-entities writes them. */
const reference = (character: string): string =>
  `&#x${(character.codePointAt(0) as number).toString(16).toUpperCase()};`

const escapeText = (value: string): string => value.replace(textSpecial, reference)
const escapeAttribute = (value: string): string => value.replace(attributeSpecial, reference)

/** Schema entries by property name: `find` builds a new one for every `data-*` key. */
const infos = new Map<string, Info>()
function infoOf(key: string): Info {
  let info = infos.get(key)
  if (info === undefined) {
    info = find(html, key)
    infos.set(key, info)
  }
  return info
}

/** `name="value"`, a bare `name`, or `''` when the attribute is not written. */
function attribute(key: string, raw: Properties[string]): string {
  if (raw === null || raw === undefined) return ''
  const info = infoOf(key)
  let value: unknown = raw
  if (info.overloadedBoolean && (value === info.attribute || value === '')) value = true
  else if (
    (info.boolean || info.overloadedBoolean) &&
    (typeof value !== 'string' || value === info.attribute || value === '')
  ) {
    value = Boolean(value)
  }
  if (value === false || (typeof value === 'number' && Number.isNaN(value))) return ''
  const name = info.attribute.replace(nameSpecial, reference)
  if (value === true) return name
  const text = Array.isArray(value)
    ? (info.commaSeparated ? commas : spaces)(value as Array<string | number>, { padLeft: true })
    : String(value)
  return `${name}="${escapeAttribute(text)}"`
}

function openingTag(node: Element): string {
  let tag = `<${node.tagName}`
  for (const key in node.properties) {
    const written = attribute(key, node.properties[key])
    if (written !== '') tag += ` ${written}`
  }
  return `${tag}>`
}

/**
 * The HTML of `tree` (see the module comment).
 *
 * @example
 * serialize({ type: 'root', children: [{ type: 'text', value: 'a < b' }] }) // => 'a &#x3C; b'
 */
export function serialize(tree: Root): string {
  // String concatenation builds a rope that V8 flattens once at the end: cheaper here
  // than a list of a million pieces joined.
  let out = ''
  const delegate = (node: RootContent): void => {
    const written = toHtml({ type: 'root', children: [node] }, { allowDangerousHtml: true })
    out += written.includes('\r') ? written.replace(/\r/g, '&#xD;') : written
  }
  const visit = (node: RootContent, parent: Nodes): void => {
    switch (node.type) {
      case 'text': {
        const raw =
          parent.type === 'element' && (parent.tagName === 'script' || parent.tagName === 'style')
        out += raw ? node.value.replace(/\r/g, '&#xD;') : escapeText(node.value)
        return
      }
      case 'raw':
        out += node.value.includes('\r') ? node.value.replace(/\r/g, '&#xD;') : node.value
        return
      case 'element': {
        if (delegated.has(node.tagName)) {
          delegate(node)
          return
        }
        out += openingTag(node)
        // A void element with content is written like any other (as hast-util-to-html does).
        if (voids.has(node.tagName.toLowerCase()) && node.children.length === 0) return
        const before = out.length
        for (const child of node.children) visit(child, node)
        if (voids.has(node.tagName.toLowerCase()) && out.length === before) return
        out += `</${node.tagName}>`
        return
      }
      default:
        delegate(node)
    }
  }
  for (const child of tree.children) visit(child, tree)
  return out
}
