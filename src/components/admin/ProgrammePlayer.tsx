'use client'
import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useState } from 'react'

/** Why there is nothing to listen to, by status, in the technician's words (never the stored value). */
const NO_FILE_VI: Record<string, string> = {
  planned: 'chương trình đang chờ dựng',
  assembling: 'chương trình đang được dựng',
  failed: 'dựng thất bại, xem mục "Lỗi" bên dưới',
  ready: 'chương trình đã dựng nhưng thiếu tệp',
}

/** In the programme's admin page: listen to the file and ask the worker to rebuild it ("Dựng lại"). */
export function ProgrammePlayer() {
  const { id } = useDocumentInfo()
  const file = useFormFields(([fields]) => fields.file?.value as string | undefined)
  const status = useFormFields(([fields]) => fields.status?.value as string | undefined)
  // A sha256 is recorded only for a finished file; it stays (and is played) while a rebuild is pending.
  const finished = useFormFields(([fields]) => Boolean(fields.sha256?.value))
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function rebuild() {
    setBusy(true)
    try {
      const response = await fetch(`/api/programmes/${id}/rebuild`, { method: 'POST', credentials: 'include' })
      const body = (await response.json()) as { message?: string }
      setMessage(body.message ?? (response.ok ? 'Đã yêu cầu dựng lại.' : 'Không yêu cầu được.'))
    } catch {
      setMessage('Không kết nối được máy chủ. Hãy thử lại.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <div style={{ marginBottom: '1.5rem' }}>
      {file && finished ? (
        <>
          {/* biome-ignore lint/a11y/useMediaCaption: programme audio has no caption track; its items are listed below */}
          <audio controls preload="none" src={`/media/${file}`} style={{ width: '100%' }} />
          {status !== 'ready' && <p>Đây là bản đã dựng trước đó; loa và trang nghe lại vẫn phát bản này cho đến khi bản mới dựng xong.</p>}
        </>
      ) : (
        <p>Chưa có tệp âm thanh: {(status && NO_FILE_VI[status]) ?? 'chương trình chưa được lưu'}.</p>
      )}
      {id && (
        <button type="button" className="btn btn--style-secondary" onClick={rebuild} disabled={busy}>
          {busy ? 'Đang gửi…' : 'Dựng lại'}
        </button>
      )}
      {message && <p role="status">{message}</p>}
    </div>
  )
}
