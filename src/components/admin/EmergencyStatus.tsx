'use client'
import { useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { EMERGENCY_STATE_VI, emergencyState, syntheticVoiceNote } from '../../broadcast/emergency'

/**
 * An emergency announcement is not put into programmes (waiting for the next slot could take
 * hours): the day's playlist carries it for devices to interrupt and play at once. Staff see here
 * where it stands now: waiting to air, not yet valid, expired, or missing its recording; and when
 * what airs is a synthetic voice read from the text rather than a person's recording.
 */
type Values = { level?: unknown; validFrom?: unknown; validTo?: unknown; clip?: unknown }
type Voice = { engine?: string | null; voice?: string | null; filename?: string | null }

function statusText(values: Values): string | null {
  if (values.level !== 'emergency') return null
  const date = (value: unknown) => (typeof value === 'string' || value instanceof Date ? value : null)
  return EMERGENCY_STATE_VI[emergencyState({ validFrom: date(values.validFrom), validTo: date(values.validTo), hasRecording: Boolean(values.clip) }, new Date())]
}

const clipIdOf = (clip: unknown): string | null =>
  typeof clip === 'number' || typeof clip === 'string' ? String(clip) : clip && typeof clip === 'object' && 'id' in clip ? String((clip as { id: unknown }).id) : null

/** The clip's synthetic voice, if it has one (the form holds only the clip's id). */
function useSyntheticVoice(clip: unknown): Voice | null {
  const id = clipIdOf(clip)
  const [voice, setVoice] = useState<{ id: string; voice: Voice | null } | null>(null)
  useEffect(() => {
    if (!id) return
    const controller = new AbortController()
    fetch(`/api/audio-clips/${encodeURIComponent(id)}?depth=0`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((doc: { synthetic?: Voice | null; filename?: string | null } | null) => setVoice({ id, voice: doc?.synthetic?.engine ? { ...doc.synthetic, filename: doc.filename } : null }))
      .catch(() => undefined)
    return () => controller.abort()
  }, [id])
  return id && voice?.id === id ? voice.voice : null
}

export function EmergencyStatusField() {
  const values = useFormFields(([fields]) => ({
    level: fields.level?.value,
    validFrom: fields.validFrom?.value,
    validTo: fields.validTo?.value,
    clip: fields.clip?.value,
  }))
  const voice = useSyntheticVoice(values.level === 'emergency' ? values.clip : null)
  const text = statusText(values)
  if (!text) return null
  return (
    <div style={{ marginBottom: '1.5rem' }}>
      <p role="status" style={{ fontWeight: 600 }}>
        {text}
      </p>
      {voice && (
        <>
          <p role="note">{syntheticVoiceNote(voice)}</p>
          {/* biome-ignore lint/a11y/useMediaCaption: the machine voice reads the announcement's text, which is in this form */}
          {voice.filename && <audio controls preload="none" src={`/media/audio/${encodeURIComponent(voice.filename)}`} aria-label="Nghe giọng máy đọc" />}
        </>
      )}
    </div>
  )
}

export function EmergencyStatusCell({ rowData }: { rowData?: Values }) {
  const text = rowData && statusText(rowData)
  const clip = rowData?.clip as { synthetic?: Voice | null } | null | undefined
  // The list reads at depth 0 (the clip is an id); a populated clip also tells whether it is synthetic.
  const voiced = text && clip && typeof clip === 'object' && clip.synthetic?.engine ? ' (giọng máy đọc)' : ''
  return <span>{text ? `${text}${voiced}` : '—'}</span>
}
