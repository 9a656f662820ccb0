import { WEEK_MONDAY_FIRST, WEEKDAY_NAMES_VI, formatLocalDateVi } from '../../broadcast/localDate'
import { PUBLIC_STATE_WORDS } from '../../broadcast/onAirStates'
import { HOLIDAY_WORDS, KIND_WORDS, dayPlans, publicAirStates, publicSlots, upcomingHolidays } from '../radio'
import { localDateOf } from '../../radio/schedule'
import { tag } from '../pageTags'
import { CLOCK_PAGE_MAX_AGE_MS } from './home'
import type { PageContext, PageOutcome } from './types'

/** `/lich-phat-song`: the week's grid, today's and tomorrow's airings, the coming holidays. */
export async function schedulePage({ now }: PageContext): Promise<PageOutcome> {
  const schedule = await publicSlots()
  const { slots, timeZone, stationName } = schedule
  const rows = [...slots].sort((a, b) => a.start.localeCompare(b.start))
  const todayDate = localDateOf(now, timeZone)
  const [today, tomorrow] = dayPlans(schedule, todayDate, 2, timeZone)
  const todayStates = await publicAirStates(today.instances, today.date, now)
  const holidays = upcomingHolidays(schedule, todayDate)
  const body = (
    <>
      <h1>Lịch phát sóng</h1>
      <p>
        Lịch phát thanh hằng tuần của {stationName}. Giờ tính theo {timeZone === 'Asia/Ho_Chi_Minh' ? 'giờ Việt Nam' : `múi giờ ${timeZone}`}. Dấu ● là có phát vào ngày đó.
      </p>
      <div className="table-scroll">
        <table className="schedule-grid">
          <caption>Lịch phát sóng trong tuần</caption>
          <thead>
            <tr>
              <th scope="col">Giờ</th>
              <th scope="col">Chương trình</th>
              {WEEK_MONDAY_FIRST.map((day) => (
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
                {WEEK_MONDAY_FIRST.map((day) => (
                  <td key={day} className="day-cell">
                    {/* A span cannot carry aria-label (W3C checker): the mark is hidden from readers, the words are not. */}
                    <span aria-hidden="true">{slot.days.includes(day) ? '●' : '–'}</span>
                    <span className="visually-hidden">{slot.days.includes(day) ? 'có phát' : 'không phát'}</span>
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
          {plan.holiday && (
            <p className="holiday">
              <strong>{`Nghỉ lễ: ${plan.holiday.name}`}</strong> — {HOLIDAY_WORDS[plan.holiday.stops]}.
            </p>
          )}
          {plan.instances.length === 0 ? (
            <p>Không có chương trình.</p>
          ) : (
            <ul className="article-list">
              {plan.instances.map((instance, index) => {
                // Today's airings say whether they aired (from the as-run log while the playout runs).
                const state = plan === today ? todayStates[index] : undefined
                return (
                  <li key={instance.slot.slug} className={state ? `state-${state}` : undefined}>
                    <strong>{`${instance.slot.start}–${instance.slot.end}`}</strong>{' '}
                    {instance.slot.name} <span className="meta">({KIND_WORDS[instance.slot.kind]}{state ? ` · ${PUBLIC_STATE_WORDS[state]}` : ''})</span>
                  </li>
                )
              })}
            </ul>
          )}
          {plan.skipped.length > 0 && (
            <>
              <p>Không phát:</p>
              <ul className="article-list skipped">
                {plan.skipped.map(({ instance, reason }) => (
                  <li key={instance.slot.slug}>
                    <s>{`${instance.slot.start}–${instance.slot.end}`}</s> {instance.slot.name} <span className="meta">({reason})</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ))}
      {holidays.length > 0 && (
        <section aria-labelledby="ngay-le">
          <h2 id="ngay-le">Ngày nghỉ lễ sắp tới</h2>
          <ul className="article-list">
            {holidays.map((period) => (
              <li key={`${period.name}-${period.from}`}>
                <strong>{period.name}</strong>
                {`: ${period.from === period.to ? formatLocalDateVi(period.from) : `${formatLocalDateVi(period.from)} – ${formatLocalDateVi(period.to)}`} `}
                <span className="meta">({HOLIDAY_WORDS[period.stops]})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
  return {
    kind: 'page',
    head: { title: 'Lịch phát sóng', description: 'Lịch phát sóng hằng tuần của đài truyền thanh cơ sở.' },
    body,
    tags: [tag.radio],
    maxAgeMs: CLOCK_PAGE_MAX_AGE_MS,
  }
}
