'use client'
import { useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useState } from 'react'

/**
 * "Phát ngay" / "Dừng phát" on an emergency announcement's admin page. The server checks the role
 * and the announcement's state (src/collections/announcementRelease.ts); the button is only shown
 * to the roles that may press it.
 */
const RELEASE_ROLES = ['admin', 'approver', 'technician']

export function EmergencyRelease() {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const level = useFormFields(([fields]) => fields.level?.value as string | undefined)
  const releasedAt = useFormFields(([fields]) => fields.releasedAt?.value as string | undefined)
  const stoppedAt = useFormFields(([fields]) => fields.stoppedAt?.value as string | undefined)
  const dispatchFields = useFormFields(([, dispatch]) => dispatch)
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [airing, setAiring] = useState<boolean | null>(null)

  if (!id || level !== 'emergency') return null
  const role = (user as { role?: string } | null)?.role
  const onAir = airing ?? Boolean(releasedAt && !stoppedAt)

  async function send(action: 'release' | 'stop') {
    if (action === 'release' && !window.confirm('Phát ngay tin khẩn cấp này? Chương trình đang phát trên loa sẽ bị ngắt.')) return
    setBusy(true)
    try {
      const response = await fetch(`/api/announcements/${id}/${action}`, { method: 'POST', credentials: 'include' })
      const body = (await response.json()) as { message?: string; voice?: { id: number } }
      setMessage(body.message ?? (response.ok ? 'Đã gửi lệnh.' : 'Không gửi được lệnh.'))
      if (response.ok) setAiring(action === 'release')
      // Released in a synthetic voice made just now: the form shows that clip (playable in the
      // "Bản ghi âm" field), so a later save keeps it instead of sending the empty field back.
      if (response.ok && body.voice) dispatchFields({ type: 'UPDATE', path: 'clip', value: body.voice.id })
    } catch {
      setMessage('Không kết nối được máy chủ. Hãy thử lại.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <div style={{ marginBottom: '1.5rem' }}>
      <p>{onAir ? 'Tin đang được phát (phát lại theo chu kỳ đến hết thời gian hiệu lực).' : 'Tin chưa được phát lên loa.'}</p>
      {role && RELEASE_ROLES.includes(role) ? (
        <button type="button" className="btn btn--style-primary" onClick={() => send(onAir ? 'stop' : 'release')} disabled={busy}>
          {busy ? 'Đang gửi…' : onAir ? 'Dừng phát' : 'Phát ngay'}
        </button>
      ) : (
        <p>Chỉ lãnh đạo duyệt tin, kỹ thuật viên hoặc quản trị mới được phát ngay tin khẩn cấp.</p>
      )}
      {message && <p role="status">{message}</p>}
    </div>
  )
}
