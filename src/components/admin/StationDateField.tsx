'use client'
import { DatePicker, FieldDescription, FieldError, FieldLabel, useField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'
import { useEffect, useRef } from 'react'
import { localDateOfPicked, pickerDateOf } from '../../lib/pickedDate'

/**
 * A station date ("YYYY-MM-DD", the form the schedule logic and schedule files use) picked with
 * Payload's date picker, shown as dd/MM/yyyy. What is stored does not change: the picker's day is
 * turned back into "YYYY-MM-DD" in the browser's own zone (src/lib/pickedDate), so the day picked
 * is the day stored whatever zone the browser is in. Typed dates (dd/MM/yyyy) are parsed by the
 * picker; the server still refuses anything but a real YYYY-MM-DD (refuseOverlappingSlots).
 */
export const StationDateField: TextFieldClientComponent = ({ field, path: pathFromProps, readOnly }) => {
  const path = pathFromProps ?? field.name
  const { value, setValue, showError, disabled } = useField<string | null>({ path })
  const inputId = `field-${path.replace(/\./g, '__')}`
  const descriptionId = `${inputId}-mo-ta`
  const shownValue = pickerDateOf(value)
  // A malformed stored value (typed before the picker existed) is shown as is, so it can be seen and replaced.
  const malformed = typeof value === 'string' && value !== '' && shownValue === null
  // Payload's picker draws its clear button (✕) without a name; screen readers would read "button".
  const wrapper = useRef<HTMLDivElement | null>(null)
  useEffect(() => {
    for (const button of wrapper.current?.querySelectorAll('.date-time-picker__clear-button') ?? []) button.setAttribute('aria-label', 'Xóa ngày đã chọn')
  })
  return (
    <div ref={wrapper} className={`field-type date-time station-date${showError ? ' error' : ''}`} style={{ flex: '1 1 auto' }}>
      <FieldLabel htmlFor={inputId} label={field.label} path={path} required={field.required} />
      <div className="field-type__wrap">
        <FieldError path={path} showError={showError} />
        <DatePicker
          displayFormat="dd/MM/yyyy"
          pickerAppearance="dayOnly"
          placeholder="dd/mm/yyyy"
          readOnly={readOnly || disabled}
          value={shownValue ?? undefined}
          // Clearing (the ✕ button) comes through here.
          onChange={(picked) => setValue(localDateOfPicked(picked))}
          // A picked or typed day comes straight from react-datepicker: Payload's DatePicker would
          // first move it to 12:00 UTC, the next day in UTC+13/+14 browsers.
          overrides={{ id: inputId, name: path, ariaDescribedBy: descriptionId, autoComplete: 'off', onChange: (picked: Date | null) => setValue(localDateOfPicked(picked)) }}
        />
      </div>
      {/* Darker than Payload's description grey, which is under 4.5:1 on white. */}
      <p id={descriptionId} style={{ color: 'var(--theme-elevation-800)', fontSize: '0.85rem', margin: '0.25rem 0 0' }}>
        {malformed ? `Giá trị đang lưu "${value}" không phải ngày hợp lệ; hãy chọn lại ngày.` : 'Chọn ngày trên lịch hoặc gõ dạng ngày/tháng/năm, ví dụ 05/03/2026. Tính theo giờ Việt Nam.'}
      </p>
      {field.admin?.description ? <FieldDescription description={field.admin.description} path={path} /> : null}
    </div>
  )
}
