import { describe, expect, it } from 'vitest'
import type { BroadcastSlot } from '../../src/broadcast/types'
import { problemsOf } from '../../src/radio/scheduleFile'

describe('schedule import: relay URLs are checked as written', () => {
  const relay = (url: string) => ({ slots: [{ slug: 'tiep-song', name: 'Tiếp sóng', kind: 'relay', days: [1], start: '19:00', end: '19:45', relay: { url } } as BroadcastSlot] })

  it.each(['https://radio.example.vn/live\nhttp://evil.example/ad.mp3', 'https://radio.example.vn/live\r\n#EXTINF:-1,x', 'https://radio.example.vn/li ve', 'rtmp://radio.example.vn/live'])(
    'refuses %j before anything is written',
    (url) => {
      expect(problemsOf(relay(url))).toEqual([
        'Khung 1 ("Tiếp sóng"): Khung tiếp sóng cần địa chỉ luồng bắt đầu bằng http:// hoặc https://, không chứa khoảng trắng hay xuống dòng.',
      ])
    },
  )

  it('accepts a plain stream address', () => {
    expect(problemsOf(relay('https://radio.example.vn/live/kenh1'))).toEqual([])
  })
})
