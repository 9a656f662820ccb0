import { PUBLIC_STATE_WORDS, type PublicAirState } from '../broadcast/onAirStates'
import type { HolidayOnDate, SlotInstance } from '../broadcast/types'
import { HOLIDAY_WORDS, KIND_WORDS } from '../site/radio'

/**
 * "Lịch phát sóng hôm nay": each airing with its time, title, kind and whether it is done, on air,
 * coming or did not air. `states` (one per airing) come from the as-run log when the playout runs
 * (src/site/radio publicAirStates); without them, the clock decides.
 */
export function TodaySchedule({ instances, now, holiday, states }: { instances: SlotInstance[]; now: Date; holiday?: HolidayOnDate | null; states?: PublicAirState[] }) {
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
        {instances.map((instance, index) => {
          const state = states?.[index] ?? (now >= instance.end ? 'done' : now >= instance.start ? 'live' : 'coming')
          return (
            <li key={instance.slot.slug} className={`state-${state}`}>
              <strong>{`${instance.slot.start}–${instance.slot.end}`}</strong> {instance.slot.name}
              <br />
              <span className="meta">
                {KIND_WORDS[instance.slot.kind]} · <span className="state">{PUBLIC_STATE_WORDS[state]}</span>
              </span>
            </li>
          )
        })}
      </ul>
    </>
  )
}
