/** Builds Lexical rich-text JSON (the editor's storage format) from simple seed blocks. */
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

function blockToNode(block: SeedBlock): LexicalNode {
  switch (block.type) {
    case 'paragraph':
      return element('paragraph', [text(block.text)], { textFormat: 0, textStyle: '' })
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
  }
}

export function lexicalFromBlocks(blocks: SeedBlock[]) {
  return { root: element('root', blocks.map(blockToNode)) } as { root: { type: string; children: { type: any; version: number; [k: string]: unknown }[]; direction: ('ltr' | 'rtl') | null; format: 'left' | 'start' | 'center' | 'right' | 'end' | 'justify' | ''; indent: number; version: number } }
}
