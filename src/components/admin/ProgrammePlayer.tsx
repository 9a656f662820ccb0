'use client'
import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useState } from 'react'

/** In the programme's admin page: listen to the file and ask the worker to rebuild it ("Dựng lại"). */
export function ProgrammePlayer() {
  const { id } = useDocumentInfo()
  const file = useFormFields(([fields]) => fields.file?.value as string | undefined)
  const status = useFormFields(([fields]) => fields.status?.value as string | undefined)
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
      {file && status === 'ready' ? (
        // biome-ignore lint/a11y/useMediaCaption: programme audio has no caption track; its items are listed below
        <audio controls preload="none" src={`/media/${file}`} style={{ width: '100%' }} />
      ) : (
        <p>Chưa có tệp âm thanh ({status ?? 'chưa lưu'}).</p>
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
