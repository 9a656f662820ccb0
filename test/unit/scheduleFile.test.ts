import { describe, expect, it } from 'vitest'
import { checkScheduleFile } from '../../src/broadcast/scheduleFileCheck'

const errorsOf = (file: unknown) => {
  const check = checkScheduleFile(file, { existing: [], replace: true, clipIds: new Set() })
  return check.ok ? [] : check.errors
}

describe('schedule import: relay URLs are checked as written', () => {
  const relay = (url: string) => ({ slots: [{ slug: 'tiep-song', name: 'Tiếp sóng', kind: 'relay', days: [1], start: '19:00', end: '19:45', relay: { url } }] })

  it.each(['https://radio.example.vn/live\nhttp://evil.example/ad.mp3', 'https://radio.example.vn/live\r\n#EXTINF:-1,x', 'https://radio.example.vn/li ve', 'rtmp://radio.example.vn/live'])(
    'refuses %j before anything is written',
    (url) => {
      expect(errorsOf(relay(url))).toEqual([
        'Khung 1 "tiep-song", trường "relay.url": khung tiếp sóng cần địa chỉ luồng bắt đầu bằng http:// hoặc https://, không chứa khoảng trắng hay xuống dòng.',
      ])
    },
  )

  it('accepts a plain stream address', () => {
    expect(errorsOf(relay('https://radio.example.vn/live/kenh1'))).toEqual([])
  })
})
