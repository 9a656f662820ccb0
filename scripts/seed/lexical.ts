/** Builds Lexical rich-text JSON (the editor's storage format) from simple seed blocks. */
import { randomBytes } from 'node:crypto'
import type { SeedBlock } from './content'

type LexicalNode = Record<string, unknown>

const text = (value: string): LexicalNode => ({ type: 'text', text: value, version: 1, format: 0, style: '', mode: 'normal', detail: 0 })

const element = (type: string, children: LexicalNode[], extra: Record<string, unknown> = {}): LexicalNode => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

const paragraph = (value: string) => element('paragraph', [text(value)], { textFormat: 0, textStyle: '' })

// Lexical's header state: 1 marks a cell of the header row.
const cell = (value: string, headerState: 0 | 1): LexicalNode => ({ ...element('tablecell', [paragraph(value)]), headerState, colSpan: 1, rowSpan: 1, backgroundColor: null })

/** Looks up the id of a demo image by its key. */
export type ImageIds = Map<string, number>

function blockToNode(block: SeedBlock, images: ImageIds): LexicalNode | null {
  switch (block.type) {
    case 'paragraph': {
      if (!block.link) return paragraph(block.text)
      const link = { ...element('link', [text(block.link.text)]), version: 3, id: randomBytes(12).toString('hex'), fields: { url: block.link.url, newTab: false, linkType: 'custom' } }
      return element('paragraph', [text(block.text), link, ...(block.after ? [text(block.after)] : [])], { textFormat: 0, textStyle: '' })
    }
    case 'heading':
      return element('heading', [text(block.text)], { tag: 'h2' })
    case 'quote':
      return element('quote', [text(block.text)])
    case 'list':
      return element(
        'list',
        block.items.map((item, index) => element('listitem', [text(item)], { value: index + 1 })),
        { listType: 'bullet', start: 1, tag: 'ul' },
      )
    case 'table':
      return element('table', [
        element('tablerow', block.header.map((heading) => cell(heading, 1))),
        ...block.rows.map((row) => element('tablerow', row.map((value) => cell(value, 0)))),
      ])
    case 'image': {
      const id = images.get(block.image)
      if (id === undefined) return null
      return { type: 'upload', version: 3, format: '', id: randomBytes(12).toString('hex'), relationTo: 'media', value: id, fields: block.caption ? { caption: block.caption } : {} }
    }
  }
}

export function lexicalFromBlocks(blocks: SeedBlock[], images: ImageIds = new Map()) {
  const children = blocks.map((block) => blockToNode(block, images)).filter((node): node is LexicalNode => node !== null)
  // biome-ignore lint/suspicious/noExplicitAny: the shape of Payload's generated content type, whose node `type` is any
  return { root: element('root', children) } as { root: { type: string; children: { type: any; version: number; [k: string]: unknown }[]; direction: ('ltr' | 'rtl') | null; format: 'left' | 'start' | 'center' | 'right' | 'end' | 'justify' | ''; indent: number; version: number } }
}
