/** A small, strict XML reader for tests: well-formedness, entities, namespaces. No dependency. */
export type XmlNode = { name: string; attrs: Record<string, string>; children: XmlNode[]; text: string }

export const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'
const NAME = String.raw`[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?`
const OPEN_TAG = new RegExp(String.raw`<(${NAME})((?:\s+${NAME}\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(/?)>`, 'y')
const CLOSE_TAG = new RegExp(String.raw`</(${NAME})\s*>`, 'y')
const ATTR = new RegExp(String.raw`(${NAME})\s*=\s*(?:"([^"<]*)"|'([^'<]*)')`, 'g')
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
const FORBIDDEN_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/u

function decode(raw: string): string {
  return raw.replace(/&([^;&\s]*);?/g, (match, body: string) => {
    if (!match.endsWith(';')) throw new Error(`bare & in ${JSON.stringify(raw)}`)
    if (body in PREDEFINED) return PREDEFINED[body]
    const numeric = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(body)
    if (!numeric) throw new Error(`unknown entity &${body};`)
    return String.fromCodePoint(numeric[1] ? parseInt(numeric[1], 16) : Number(numeric[2]))
  })
}

function checkNamespaces(node: XmlNode, declared: Set<string>): void {
  const inScope = new Set(declared)
  for (const name of Object.keys(node.attrs)) if (name.startsWith('xmlns:')) inScope.add(name.slice(6))
  for (const name of [node.name, ...Object.keys(node.attrs)]) {
    const prefix = name.includes(':') ? name.split(':')[0] : null
    if (prefix && prefix !== 'xmlns' && prefix !== 'xml' && !inScope.has(prefix)) throw new Error(`undeclared prefix in ${name}`)
  }
  for (const child of node.children) checkNamespaces(child, inScope)
}

export function parseXml(xml: string): XmlNode {
  if (!xml.startsWith(DECLARATION)) throw new Error('missing XML declaration')
  if (FORBIDDEN_CHARS.test(xml)) throw new Error('character not allowed in XML 1.0')
  const stack: XmlNode[] = []
  let root: XmlNode | null = null
  let i = DECLARATION.length
  while (i < xml.length) {
    const lt = xml.indexOf('<', i)
    const text = xml.slice(i, lt === -1 ? xml.length : lt)
    if (stack.length === 0 && text.trim() !== '') throw new Error(`text outside the root: ${JSON.stringify(text)}`)
    if (stack.length > 0) stack[stack.length - 1].text += decode(text)
    if (lt === -1) break
    CLOSE_TAG.lastIndex = lt
    OPEN_TAG.lastIndex = lt
    const close = CLOSE_TAG.exec(xml)
    if (close) {
      const open = stack.pop()
      if (!open || open.name !== close[1]) throw new Error(`</${close[1]}> closes <${open?.name ?? 'nothing'}>`)
      i = CLOSE_TAG.lastIndex
      continue
    }
    const tag = OPEN_TAG.exec(xml)
    if (!tag) throw new Error(`malformed tag at ${lt}: ${xml.slice(lt, lt + 40)}`)
    const node: XmlNode = { name: tag[1], attrs: {}, children: [], text: '' }
    for (const attr of tag[2].matchAll(ATTR)) {
      if (attr[1] in node.attrs) throw new Error(`duplicate attribute ${attr[1]} on <${node.name}>`)
      node.attrs[attr[1]] = decode(attr[2] ?? attr[3])
    }
    if (stack.length > 0) stack[stack.length - 1].children.push(node)
    else if (root) throw new Error('second root element')
    else root = node
    if (tag[3] !== '/') stack.push(node)
    i = OPEN_TAG.lastIndex
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack[stack.length - 1].name}>`)
  if (!root) throw new Error('no root element')
  checkNamespaces(root, new Set())
  return root
}

export function all(node: XmlNode, name: string): XmlNode[] {
  return node.children.flatMap((child) => [...(child.name === name ? [child] : []), ...all(child, name)])
}

export function one(node: XmlNode, name: string): XmlNode {
  const found = node.children.filter((child) => child.name === name)
  if (found.length !== 1) throw new Error(`expected one <${name}> in <${node.name}>, found ${found.length}`)
  return found[0]
}

