'use client'
import { useFormFields } from '@payloadcms/ui'

/**
 * What the technician must see of a programme besides its items: why it must be rebuilt (its slot
 * or a clip changed after it was built), what was dropped (did not fit), what was not put in (and
 * why), the assembly warnings (a clip too quiet even at the gain cap, a slot left mostly silent) and
 * notes (how much filler music was added). The edit view lists them; the list view counts them.
 */
type Item = { title?: string; reason?: string }
type Warning = { kind?: string; message?: string }

/** 'filler' entries are notes (how much of the slot the station filler filled), not problems. */
const isNote = (warning: Warning) => warning.kind === 'filler'

const asArray = <T,>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : [])

function Section({ heading, lines }: { heading: string; lines: string[] }) {
  if (lines.length === 0) return null
  return (
    <>
      <h4>{heading}</h4>
      <ul>
        {lines.map((line, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: static list, two items may read the same
          <li key={index}>{line}</li>
        ))}
      </ul>
    </>
  )
}

export function ProgrammeReportField() {
  const dropped = useFormFields(([fields]) => asArray<Item>(fields.dropped?.value))
  const excluded = useFormFields(([fields]) => asArray<Item>(fields.excluded?.value))
  const all = useFormFields(([fields]) => asArray<Warning>(fields.warnings?.value))
  const rebuildReason = useFormFields(([fields]) => fields.rebuildReason?.value as string | null | undefined)
  const warnings = all.filter((warning) => !isNote(warning))
  const notes = all.filter(isNote)
  const line = (item: Item) => `${item.title ?? '(không tên)'}: ${item.reason ?? ''}`
  const rebuild = rebuildReason ? (
    <p role="alert" style={{ fontWeight: 'bold' }}>
      Cần dựng lại: {rebuildReason}. Tệp cũ không được phát cho đến khi máy dựng dựng lại chương trình.
    </p>
  ) : null
  if (dropped.length + excluded.length + all.length === 0) {
    return (
      <div style={{ marginBottom: '1.5rem' }}>
        {rebuild}
        <p>Không có mục nào bị bỏ hay loại, không có cảnh báo.</p>
      </div>
    )
  }
  return (
    <div style={{ marginBottom: '1.5rem' }}>
      {rebuild}
      <Section heading={`Bị bỏ vì không đủ thời lượng (${dropped.length})`} lines={dropped.map(line)} />
      <Section heading={`Không đưa vào chương trình (${excluded.length})`} lines={excluded.map(line)} />
      <Section heading={`Cảnh báo (${warnings.length})`} lines={warnings.map((w) => w.message ?? '')} />
      <Section heading={`Ghi chú (${notes.length})`} lines={notes.map((w) => w.message ?? '')} />
    </div>
  )
}

/** "Cần dựng lại · Bỏ 2 · Loại 3 · Cảnh báo 1" in the programmes list, with the reasons on hover. */
export function ProgrammeReportCell({ rowData }: { rowData?: Record<string, unknown> }) {
  const dropped = asArray<Item>(rowData?.dropped)
  const excluded = asArray<Item>(rowData?.excluded)
  const warnings = asArray<Warning>(rowData?.warnings).filter((warning) => !isNote(warning))
  const rebuildReason = typeof rowData?.rebuildReason === 'string' && rowData.rebuildReason ? rowData.rebuildReason : null
  const parts = [
    rebuildReason && 'Cần dựng lại',
    dropped.length > 0 && `Bỏ ${dropped.length}`,
    excluded.length > 0 && `Loại ${excluded.length}`,
    warnings.length > 0 && `Cảnh báo ${warnings.length}`,
  ].filter(Boolean)
  const detail = [
    ...(rebuildReason ? [`Cần dựng lại: ${rebuildReason}`] : []),
    ...dropped.map((item) => `Bỏ: ${item.title} — ${item.reason}`),
    ...excluded.map((item) => `Loại: ${item.title} — ${item.reason}`),
    ...warnings.map((warning) => `Cảnh báo: ${warning.message}`),
  ].join('\n')
  return <span title={detail || undefined}>{parts.length > 0 ? parts.join(' · ') : '—'}</span>
}
