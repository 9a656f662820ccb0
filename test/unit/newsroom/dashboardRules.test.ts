import { describe, expect, it } from 'vitest'
import { ROLES } from '../../../src/access/roles'
import { canSeeQueue, DASHBOARD_SECTIONS, navBadgesForRole, navBadgeText, SECTION_WORDS, sectionsForRole } from '../../../src/newsroom/dashboardSections'
import { airDateNote, byAirDate, needsRecording } from '../../../src/newsroom/needsRecording'
import { stationDayStart, stationWeekStart } from '../../../src/newsroom/stationWeek'
import { versionComparisonPath } from '../../../src/newsroom/versionComparison'
import { durationWords, waitingText } from '../../../src/newsroom/waitingTime'

const MIN = 60_000
const HOUR = 60 * MIN
const DAY = 24 * HOUR

describe('time waiting for approval', () => {
  const now = new Date('2026-11-29T10:00:00Z')
  it.each([
    [0, 'chờ dưới 1 phút'],
    [59_999, 'chờ dưới 1 phút'],
    [MIN, 'chờ 1 phút'],
    [45 * MIN + 30_000, 'chờ 45 phút'],
    [HOUR, 'chờ 1 giờ'],
    [2 * HOUR + 15 * MIN, 'chờ 2 giờ 15 phút'],
    [23 * HOUR + 59 * MIN, 'chờ 23 giờ 59 phút'],
    [DAY, 'chờ 1 ngày'],
    [DAY + 30 * MIN, 'chờ 1 ngày'],
    [3 * DAY + 4 * HOUR + 10 * MIN, 'chờ 3 ngày 4 giờ'],
    [-5 * MIN, 'chờ dưới 1 phút'],
  ])('%i ms after submission reads "%s"', (ms, text) => {
    expect(waitingText(new Date(now.getTime() - ms).toISOString(), now)).toBe(text)
  })
  it.each([[null], [undefined], [''], ['not a date']])('an unknown submission time (%s) says so', (value) => {
    expect(waitingText(value as string | null | undefined, now)).toBe('chưa rõ lúc gửi')
  })
  it('durationWords is the same words without "chờ"', () => {
    expect(durationWords(2 * HOUR + 15 * MIN)).toBe('2 giờ 15 phút')
  })
})

describe('which sections and counts each role sees', () => {
  it.each([
    ['editor', ['my-returned', 'my-pending', 'my-drafts', 'my-published-week'], ['my-returned'], false],
    ['approver', ['queue', 'scheduled'], ['queue'], true],
    ['technician', ['needs-recording', 'programmes-today', 'failed-builds', 'air-issues'], ['needs-recording'], false],
    ['admin', ['queue', 'scheduled', 'failed-jobs', 'needs-recording', 'programmes-today', 'failed-builds', 'air-issues', 'users', 'my-returned', 'my-pending', 'my-drafts', 'my-published-week'], ['queue', 'needs-recording'], true],
    [undefined, [], [], false],
  ] as const)('%s', (role, sections, badges, queue) => {
    expect(sectionsForRole(role)).toEqual(sections)
    expect(navBadgesForRole(role)).toEqual(badges)
    expect(canSeeQueue(role)).toBe(queue)
  })
  it('every role is covered and the admin sees every section', () => {
    for (const role of ROLES) expect(sectionsForRole(role).length).toBeGreaterThan(0)
    expect([...sectionsForRole('admin')].sort()).toEqual([...DASHBOARD_SECTIONS].sort())
  })
  it('only approvers and admins see the queue or its count', () => {
    for (const role of ['editor', 'technician'] as const) {
      expect(sectionsForRole(role)).not.toContain('queue')
      expect(navBadgesForRole(role)).not.toContain('queue')
    }
  })
  it('every section has a Vietnamese heading, an empty-state sentence and its own anchor', () => {
    const anchors = new Set(DASHBOARD_SECTIONS.map((section) => SECTION_WORDS[section].anchor))
    expect(anchors.size).toBe(DASHBOARD_SECTIONS.length)
    expect(SECTION_WORDS.queue.empty).toBe('Không có tin nào chờ duyệt.')
  })
  it.each([
    ['queue', 3, 'Tin chờ duyệt (3)'],
    ['my-returned', 1, 'Bị trả lại (1)'],
    ['needs-recording', 0, 'Cần ghi âm (0)'],
  ] as const)('badge %s with %i reads "%s"', (badge, count, text) => {
    expect(navBadgeText(badge, count)).toBe(text)
  })
})

describe('"Cần ghi âm": marked for broadcast, no recording, window not ended', () => {
  const today = '2026-11-29'
  it.each([
    ['no window', { include: true, hasRecording: false, from: null, to: null }, true],
    ['airs from tomorrow', { include: true, hasRecording: false, from: '2026-11-30', to: '2026-12-05' }, true],
    ['airs later, no end', { include: true, hasRecording: false, from: '2026-12-10', to: null }, true],
    ['window ends today', { include: true, hasRecording: false, from: '2026-11-20', to: '2026-11-29' }, true],
    ['window ended yesterday', { include: true, hasRecording: false, from: '2026-11-20', to: '2026-11-28' }, false],
    ['already recorded', { include: true, hasRecording: true, from: '2026-11-30', to: null }, false],
    ['not marked for broadcast', { include: false, hasRecording: false, from: '2026-11-30', to: null }, false],
  ] as const)('%s', (_name, plan, expected) => {
    expect(needsRecording(plan, today)).toBe(expected)
  })
  it.each([
    [{ from: '2026-11-30', to: null }, 'Phát từ 30/11/2026 (ngày mai)'],
    [{ from: '2026-12-02', to: '2026-12-05' }, 'Phát từ 02/12/2026 (còn 3 ngày)'],
    [{ from: '2026-11-20', to: '2026-12-05' }, 'Đang trong thời gian phát (đến 05/12/2026)'],
    [{ from: null, to: '2026-12-05' }, 'Đang trong thời gian phát (đến 05/12/2026)'],
    [{ from: null, to: null }, 'Phát ngay khi có bản ghi âm (không hạn ngày)'],
  ] as const)('air date of %o reads "%s"', (plan, text) => {
    expect(airDateNote(plan, today)).toBe(text)
  })
  it('lists what airs soonest first, articles already in their window as today', () => {
    const plans = [{ from: '2026-12-10' }, { from: null }, { from: '2026-12-01' }, { from: '2026-11-01' }]
    expect([...plans].sort(byAirDate(today)).map((plan) => plan.from)).toEqual([null, '2026-11-01', '2026-12-01', '2026-12-10'])
  })
})

describe('station week and day', () => {
  const tz = 'Asia/Ho_Chi_Minh'
  it.each([
    // Sunday 29/11/2026 16:00 in Vietnam → Monday 23/11 00:00 (+07:00)
    ['2026-11-29T09:00:00Z', '2026-11-22T17:00:00.000Z'],
    // Sunday 29/11 23:30 UTC is already Monday 30/11 06:30 in Vietnam → that Monday
    ['2026-11-29T23:30:00Z', '2026-11-29T17:00:00.000Z'],
    // Monday 30/11 00:00 in Vietnam exactly
    ['2026-11-29T17:00:00Z', '2026-11-29T17:00:00.000Z'],
  ])('week of %s starts at %s', (now, start) => {
    expect(stationWeekStart(new Date(now), tz).toISOString()).toBe(start)
  })
  it('the station day starts at local midnight, whatever the server zone', () => {
    expect(stationDayStart(new Date('2026-11-29T23:30:00Z'), tz).toISOString()).toBe('2026-11-29T17:00:00.000Z')
  })
})

describe('link to the version comparison', () => {
  it('opens the pending version against the published one', () => {
    expect(versionComparisonPath(12, 340, 331)).toBe('/admin/collections/articles/12/versions/340?versionFrom=331')
    expect(versionComparisonPath('a b', 'x', 'y', '/quan-tri/')).toBe('/quan-tri/collections/articles/a%20b/versions/x?versionFrom=y')
  })
})
