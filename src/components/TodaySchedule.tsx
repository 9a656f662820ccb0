import type { SlotInstance } from '../broadcast/types'
import { KIND_WORDS } from '../site/radio'

const STATE_WORDS = { done: 'Đã phát', live: 'Đang phát', coming: 'Sắp phát' } as const

/** "Lịch phát sóng hôm nay": each airing with its time, title, kind and whether it is done, on air or coming. */
export function TodaySchedule({ instances, now }: { instances: SlotInstance[]; now: Date }) {
  if (instances.length === 0) return <p>Hôm nay không có chương trình phát thanh.</p>
  return (
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
  )
}
