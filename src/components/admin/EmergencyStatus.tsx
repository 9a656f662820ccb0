'use client'
import { useFormFields } from '@payloadcms/ui'
import { EMERGENCY_STATE_VI, emergencyState } from '../../broadcast/emergency'

/**
 * An emergency announcement is not put into programmes (waiting for the next slot could take
 * hours): the day's playlist carries it for devices to interrupt and play at once. Staff see here
 * where it stands now: waiting to air, not yet valid, expired, or missing its recording.
 */
type Values = { level?: unknown; validFrom?: unknown; validTo?: unknown; clip?: unknown }

function statusText(values: Values): string | null {
  if (values.level !== 'emergency') return null
  const date = (value: unknown) => (typeof value === 'string' || value instanceof Date ? value : null)
  return EMERGENCY_STATE_VI[emergencyState({ validFrom: date(values.validFrom), validTo: date(values.validTo), hasRecording: Boolean(values.clip) }, new Date())]
}

export function EmergencyStatusField() {
  const values = useFormFields(([fields]) => ({
    level: fields.level?.value,
    validFrom: fields.validFrom?.value,
    validTo: fields.validTo?.value,
    clip: fields.clip?.value,
  }))
  const text = statusText(values)
  if (!text) return null
  return (
    <p role="status" style={{ marginBottom: '1.5rem', fontWeight: 600 }}>
      {text}
    </p>
  )
}

export function EmergencyStatusCell({ rowData }: { rowData?: Values }) {
  return <span>{(rowData && statusText(rowData)) ?? '—'}</span>
}
