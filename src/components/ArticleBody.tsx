import type { SerializedTableCellNode, SerializedTableNode, SerializedTableRowNode, SerializedUploadNode } from '@payloadcms/richtext-lexical'
import { type JSXConvertersFunction, LinkJSXConverter, RichText } from '@payloadcms/richtext-lexical/react'
import type { Article, Media } from '../payload-types'
import { withSafeLinks } from '../lib/safeUrl'
import { hrefOfInternalDoc } from '../site/internalLinks'
import { ResponsiveImage } from './ResponsiveImage'

// Lexical's header state is a bit field: 1 = the cell is in a header row (it heads its column),
// 2 = it is in a header column (it heads its row).
const HEADS_COLUMN = 1

const isMedia = (value: unknown): value is Media => typeof value === 'object' && value !== null && 'url' in value

/**
 * The body of an article, from Lexical JSON: Payload's converters for text, headings, lists, quotes
 * and links, and Loa's own for images (a figure with its caption) and tables (real header cells,
 * and a box that scrolls sideways on a narrow phone instead of squeezing the columns).
 */
const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  // A link to a page that is gone (deleted, unpublished) goes to the site's "not found" page.
  ...LinkJSXConverter({ internalDocToHref: ({ linkNode }) => (linkNode.fields.doc ? hrefOfInternalDoc(linkNode.fields.doc) : null) ?? '/_khong-tim-thay' }),
  // Payload's list item carries `value` in every list; HTML allows it only in an ordered one (the W3C
  // checker reports it in a <ul>). Loa's editor has bullet and numbered lists, not checklists.
  listitem: (args) => {
    const item = defaultConverters.listitem as (a: typeof args) => React.ReactElement<{ value?: number }>
    const element = item(args)
    const ordered = (args.parent as { listType?: string }).listType === 'number'
    return ordered ? element : { ...element, props: { ...element.props, value: undefined } }
  },
  upload: ({ node }: { node: SerializedUploadNode }) => {
    const media = node.value
    // A deleted image leaves its node behind with only an id: show nothing rather than a broken image.
    if (!isMedia(media) || !media.mimeType?.startsWith('image/')) return null
    const caption = (node.fields?.caption as string | undefined)?.trim() || media.caption?.trim()
    return (
      <figure className="body-image">
        <ResponsiveImage media={media} sizes="(min-width: 48rem) 46rem, 100vw" lazy />
        {caption && <figcaption>{caption}</figcaption>}
      </figure>
    )
  },
  table: ({ node, nodesToJSX }: { node: SerializedTableNode; nodesToJSX: (args: { nodes: SerializedTableRowNode[] }) => React.ReactNode[] }) => {
    const rows = node.children as SerializedTableRowNode[]
    const firstRow = (rows[0]?.children ?? []) as SerializedTableCellNode[]
    const headed = firstRow.length > 0 && firstRow.every((cell) => ((cell.headerState ?? 0) & HEADS_COLUMN) !== 0)
    return (
      // biome-ignore lint/a11y/noNoninteractiveTabindex: keyboard users must be able to scroll a wide table
      <div className="table-scroll" role="region" aria-label="Bảng" tabIndex={0}>
        <table>
          {headed && <thead>{nodesToJSX({ nodes: rows.slice(0, 1) })}</thead>}
          <tbody>{nodesToJSX({ nodes: headed ? rows.slice(1) : rows })}</tbody>
        </table>
      </div>
    )
  },
  tablerow: ({ node, nodesToJSX }) => <tr>{nodesToJSX({ nodes: node.children })}</tr>,
  tablecell: ({ node, nodesToJSX }: { node: SerializedTableCellNode; nodesToJSX: (args: { nodes: SerializedTableCellNode['children'] }) => React.ReactNode[] }) => {
    const state = node.headerState ?? 0
    const span = { colSpan: node.colSpan && node.colSpan > 1 ? node.colSpan : undefined, rowSpan: node.rowSpan && node.rowSpan > 1 ? node.rowSpan : undefined }
    const children = nodesToJSX({ nodes: node.children })
    if (state === 0) return <td {...span}>{children}</td>
    return (
      <th scope={state & HEADS_COLUMN ? 'col' : 'row'} {...span}>
        {children}
      </th>
    )
  },
})

export function ArticleBody({ content }: { content: NonNullable<Article['content']> }) {
  // Links are checked on save; this keeps older data from ever emitting a javascript: href.
  return <RichText className="article-body" data={withSafeLinks(content)} converters={converters} />
}
