import type { Payload, PayloadRequest } from 'payload'
import { AS_RUN_READER_ROLES } from '../../access/asRun'
import { userHasRole } from '../../access/roles'
import { AS_RUN_KIND_WORDS } from '../../broadcast/asRun'
import { stationDateTime } from '../../broadcast/asRunCsv'
import { type AsRunRecord, isOpen, type SlotAirState } from '../../broadcast/asRunReport'
import { formatLocalDateVi, isValidLocalDate } from '../../broadcast/localDate'
import { asRunDay } from '../../radio/asRunLog'
import { localDateOf } from '../../radio/schedule'
import { loadStationSettings } from '../../radio/station'

/**
 * Above the as-run list: a station day's planned slots against what aired (src/broadcast/asRunReport),
 * with late starts, short or cut programmes, fallbacks, emergency cut-ins, slots that did not air,
 * dead air and unplanned items flagged; a date picker (?ngay=YYYY-MM-DD, today by default) and the
 * month's CSV for the centre's reports (GET /api/as-run/export).
 */
const STATE_WORDS: Record<SlotAirState, string> = { aired: 'Đã phát', 'on-air': 'Đang phát', 'not-aired': 'Không phát', upcoming: 'Chưa đến giờ' }

const cell = { padding: '0.35rem 0.6rem', borderBottom: '1px solid var(--theme-elevation-150)', verticalAlign: 'top' as const, textAlign: 'left' as const }
const warn = { color: 'var(--theme-error-500)', fontWeight: 600 }

type Props = { payload: Payload; user?: PayloadRequest['user']; searchParams?: Record<string, string | string[] | undefined> }

export async function AsRunDayView({ payload, user, searchParams }: Props) {
  if (!userHasRole(user ?? null, ...AS_RUN_READER_ROLES)) return null
  const now = new Date()
  const { timeZone } = await loadStationSettings(payload)
  const asked = typeof searchParams?.ngay === 'string' ? searchParams.ngay : ''
  const date = isValidLocalDate(asked) ? asked : localDateOf(now, timeZone)
  const report = await asRunDay(payload, date, now)
  const time = (value: Date | null | undefined) => (value ? stationDateTime(value, timeZone).slice(11) : '—')
  // A row the next playout run closed after a kill has no end time: say so rather than "on air".
  const until = (row: AsRunRecord) => (row.actualEnd ? time(row.actualEnd) : isOpen(row) ? 'đang phát' : 'không rõ (phần phát sóng dừng)')
  const aired = (rows: AsRunRecord[]) =>
    rows.length === 0 ? '—' : rows.map((row) => `${time(row.actualStart)}–${until(row)}${row.kind === 'filler' || row.kind === 'silence' ? ` (${AS_RUN_KIND_WORDS[row.kind]})` : ''}`).join(', ')

  return (
    <section aria-labelledby="as-run-day" style={{ marginBottom: '2rem' }}>
      <h2 id="as-run-day" style={{ marginBottom: '0.5rem' }}>
        Lịch phát và thực tế phát sóng — {formatLocalDateVi(date)}
      </h2>
      <form method="get" style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', flexWrap: 'wrap', marginBottom: '0.75rem' }}>
        <label htmlFor="as-run-date">Xem ngày</label>
        <input id="as-run-date" type="date" name="ngay" defaultValue={date} />
        <button type="submit" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }}>
          Xem
        </button>
        <a className="btn btn--style-primary btn--size-small" style={{ margin: 0 }} href={`/api/as-run/export?month=${date.slice(0, 7)}`} download>
          {`Tải nhật ký tháng ${date.slice(5, 7)}/${date.slice(0, 4)} (CSV)`}
        </a>
      </form>
      {report.slots.length === 0 ? (
        <p>Không có khung giờ nào theo lịch trong ngày này.</p>
      ) : (
        <div style={{ overflowX: 'auto' }}>
          <table style={{ borderCollapse: 'collapse', width: '100%' }}>
            <caption className="visually-hidden">Các khung giờ theo lịch và thực tế phát</caption>
            <thead>
              <tr>
                <th style={cell} scope="col">Theo lịch</th>
                <th style={cell} scope="col">Chương trình</th>
                <th style={cell} scope="col">Thực tế phát</th>
                <th style={cell} scope="col">Trạng thái</th>
                <th style={cell} scope="col">Ghi chú</th>
              </tr>
            </thead>
            <tbody>
              {report.slots.map((slot) => (
                <tr key={`${slot.slot}@${slot.plannedStart.toISOString()}`} data-slot={slot.slot} data-state={slot.state}>
                  <td style={cell}>{`${time(slot.plannedStart).slice(0, 5)}–${time(slot.plannedEnd).slice(0, 5)}`}</td>
                  <td style={cell}>{slot.title}</td>
                  <td style={cell}>{aired(slot.rows)}</td>
                  <td style={{ ...cell, ...(slot.state === 'not-aired' ? warn : {}) }}>{STATE_WORDS[slot.state]}</td>
                  <td style={cell}>
                    {slot.flags.length === 0 ? (
                      slot.state === 'aired' ? 'Đúng lịch' : ''
                    ) : (
                      <ul style={{ margin: 0, paddingLeft: '1rem' }}>
                        {slot.flags.map((flag) => (
                          <li key={flag.text} style={flag.kind === 'not-aired' || flag.kind === 'fallback' || flag.kind === 'interrupted' ? warn : undefined}>
                            {flag.text}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {report.gaps.length > 0 && (
        <>
          <h3 style={{ marginTop: '1rem' }}>Khoảng lặng ngoài dự kiến (mất sóng)</h3>
          <ul>
            {report.gaps.map((gap) => (
              <li key={`${gap.slot}@${gap.start.toISOString()}`} style={warn}>
                {`${time(gap.start)}–${time(gap.end)}: ${gap.seconds} giây không có âm thanh trong khung ${gap.slot}`}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.unplanned.length > 0 && (
        <>
          <h3 style={{ marginTop: '1rem' }}>Phát ngoài lịch</h3>
          <ul>
            {report.unplanned.map((row) => (
              <li key={`${row.kind}@${row.actualStart.toISOString()}`}>
                {`${time(row.actualStart)}–${until(row)}: ${AS_RUN_KIND_WORDS[row.kind]} — ${row.title}`}
              </li>
            ))}
          </ul>
        </>
      )}
      <p style={{ marginTop: '0.75rem' }}>Giờ theo giờ của đài ({timeZone}). Danh sách đầy đủ từng mục đã phát ở bên dưới.</p>
    </section>
  )
}
