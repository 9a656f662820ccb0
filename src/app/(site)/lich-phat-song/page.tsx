import type { Metadata } from 'next'
import { WEEKDAY_NAMES_VI, formatLocalDateVi } from '../../../broadcast/localDate'
import type { Weekday } from '../../../broadcast/types'
import { KIND_WORDS, dayPlans, publicSlots } from '../../../site/radio'
import { localDateOf } from '../../../radio/schedule'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Lịch phát sóng', description: 'Lịch phát sóng hằng tuần của đài truyền thanh cơ sở.' }

const WEEK_ORDER: Weekday[] = [1, 2, 3, 4, 5, 6, 0]

export default async function SchedulePage() {
  const { slots, timeZone, stationName } = await publicSlots()
  const rows = [...slots].sort((a, b) => a.start.localeCompare(b.start))
  const [today, tomorrow] = dayPlans(slots, localDateOf(new Date(), timeZone), 2, timeZone)
  return (
    <>
      <h1>Lịch phát sóng</h1>
      <p>
        Lịch phát thanh hằng tuần của {stationName}. Giờ tính theo giờ Việt Nam. Dấu ● là có phát vào ngày đó.
      </p>
      <div className="table-scroll">
        <table className="schedule-grid">
          <caption>Lịch phát sóng trong tuần</caption>
          <thead>
            <tr>
              <th scope="col">Giờ</th>
              <th scope="col">Chương trình</th>
              {WEEK_ORDER.map((day) => (
                <th scope="col" key={day}>
                  {WEEKDAY_NAMES_VI[day]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((slot) => (
              <tr key={slot.slug}>
                <th scope="row">{`${slot.start}–${slot.end}`}</th>
                <td>
                  {slot.name}
                  <br />
                  <span className="meta">{KIND_WORDS[slot.kind]}</span>
                </td>
                {WEEK_ORDER.map((day) => (
                  <td key={day} className="day-cell">
                    {slot.days.includes(day) ? <span aria-label="có phát">●</span> : <span aria-label="không phát">–</span>}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {[
        { label: 'Hôm nay', plan: today },
        { label: 'Ngày mai', plan: tomorrow },
      ].map(({ label, plan }) => (
        <section key={plan.date} aria-label={`${label}, ${formatLocalDateVi(plan.date)}`}>
          <h2>
            {label}, {formatLocalDateVi(plan.date)}
          </h2>
          {plan.instances.length === 0 ? (
            <p>Không có chương trình.</p>
          ) : (
            <ul className="article-list">
              {plan.instances.map((instance) => (
                <li key={instance.slot.slug}>
                  <strong>{`${instance.slot.start}–${instance.slot.end}`}</strong>{' '}
                  {instance.slot.name} <span className="meta">({KIND_WORDS[instance.slot.kind]})</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  )
}
