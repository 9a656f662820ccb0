import type { HolidayOnDate, SlotInstance } from '../broadcast/types'
import { HOLIDAY_WORDS, KIND_WORDS } from '../site/radio'

const STATE_WORDS = { done: 'Đã phát', live: 'Đang phát', coming: 'Sắp phát' } as const

/** "Lịch phát sóng hôm nay": each airing with its time, title, kind and whether it is done, on air or coming. */
export function TodaySchedule({ instances, now, holiday }: { instances: SlotInstance[]; now: Date; holiday?: HolidayOnDate | null }) {
  const holidayLine = holiday && (
    <p className="holiday">
      <strong>{`Nghỉ lễ: ${holiday.name}`}</strong> — {HOLIDAY_WORDS[holiday.stops]}
    </p>
  )
  if (instances.length === 0) {
    return (
      <>
        {holidayLine}
        <p>Hôm nay không có chương trình phát thanh.</p>
      </>
    )
  }
  return (
    <>
      {holidayLine}
      <ul className="schedule-today">
        {instances.map((instance) => {
          const state = now >= instance.end ? 'done' : now >= instance.start ? 'live' : 'coming'
          return (
            <li key={instance.slot.slug} className={`state-${state}`}>
              <strong>{`${instance.slot.start}–${instance.slot.end}`}</strong> {instance.slot.name}
              <br />
              <span className="meta">
                {KIND_WORDS[instance.slot.kind]} · <span className="state">{STATE_WORDS[state]}</span>
              </span>
            </li>
          )
        })}
      </ul>
    </>
  )
}
