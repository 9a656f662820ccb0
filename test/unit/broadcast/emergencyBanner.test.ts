import { describe, expect, it } from 'vitest'
import { type BannerCandidate, bannerEmergencies, isBannerEmergency, vietnameseTimeAndDate } from '../../../src/broadcast/emergencyBanner'

const TZ = 'Asia/Ho_Chi_Minh'
/** Sunday 29/11/2026 14:05 station time. */
const NOW = new Date('2026-11-29T07:05:00Z')
const min = (m: number) => new Date(NOW.getTime() + m * 60_000)

const candidate = (extra: Partial<BannerCandidate> = {}): BannerCandidate => ({
  title: 'Cảnh báo bão số 5',
  text: 'Bà con không ra khơi.',
  level: 'emergency',
  releasedAt: min(0),
  stoppedAt: null,
  validFrom: min(-60),
  validTo: min(240),
  ...extra,
})

describe('isBannerEmergency: released, within its validity, not stopped', () => {
  it.each<[string, Partial<BannerCandidate>, boolean]>([
    ['released and valid', {}, true],
    ['open-ended validity', { validFrom: null, validTo: null }, true],
    ['never released (a draft for residents)', { releasedAt: null }, false],
    ['a normal announcement', { level: 'normal' }, false],
    ['a priority announcement', { level: 'priority' }, false],
    ['not yet valid', { validFrom: min(10) }, false],
    ['expired', { validTo: min(-1) }, false],
    ['ends this very minute', { validTo: min(0) }, true],
    ['stopped after its release', { releasedAt: min(-30), stoppedAt: min(-5) }, false],
    ['stopped, then released again', { releasedAt: min(-2), stoppedAt: min(-5) }, true],
    ['released in the future (clock skew)', { releasedAt: min(5) }, false],
  ])('%s → %s', (_name, extra, shown) => {
    expect(isBannerEmergency(candidate(extra), NOW)).toBe(shown)
  })
})

describe('bannerEmergencies', () => {
  it('gives public fields only, newest release first, with the issue time in station time', () => {
    const older = candidate({ title: 'Lũ quét', releasedAt: min(-90), validTo: null })
    const internal = { ...candidate(), releasedBy: 7, clip: 3, id: 12 } as BannerCandidate
    const shown = bannerEmergencies([older, internal, candidate({ releasedAt: null })], NOW, TZ)
    expect(shown).toEqual([
      {
        title: 'Cảnh báo bão số 5',
        text: 'Bà con không ra khơi.',
        issuedAt: '2026-11-29T07:05:00.000Z',
        issuedLabel: 'Phát hành lúc 14:05 ngày 29/11/2026',
        validTo: '2026-11-29T11:05:00.000Z',
        validToLabel: 'Hiệu lực đến 18:05 ngày 29/11/2026',
      },
      { title: 'Lũ quét', text: 'Bà con không ra khơi.', issuedAt: '2026-11-29T05:35:00.000Z', issuedLabel: 'Phát hành lúc 12:35 ngày 29/11/2026', validTo: null, validToLabel: null },
    ])
  })

  it.each([
    ['2026-11-29T07:05:00Z', TZ, '14:05 ngày 29/11/2026'],
    ['2026-12-31T17:00:00Z', TZ, '00:00 ngày 01/01/2027'],
    ['2026-11-29T07:05:00Z', 'Asia/Bangkok', '14:05 ngày 29/11/2026'],
    ['2026-11-29T07:05:00Z', 'UTC', '07:05 ngày 29/11/2026'],
  ])('%s in %s reads "%s", whatever the server zone', (iso, zone, text) => {
    expect(vietnameseTimeAndDate(new Date(iso), zone)).toBe(text)
  })
})
