import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import { anyone, isRadioStaff } from '../access/roles'
import { holidayFieldProblems, MAX_HOLIDAY_DAYS } from '../broadcast/holidays'
import { refreshPublicPagesHooks } from '../hooks/refreshPublicPages'
import { userFacingError } from '../lib/errors'
import { auditHolidayChange, auditHolidayDelete } from '../audit/radioAuditHooks'

/**
 * Day and month are checked together (31/4 does not exist, a lunar month has at most 30 days), so
 * the whole holiday is checked before it is saved, with the same Vietnamese messages as schedule:import.
 */
const refuseImpossibleDates: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const problems = holidayFieldProblems({ ...originalDoc, ...data })
  if (problems.length > 0) throw userFacingError(problems.map((problem) => problem.message.charAt(0).toUpperCase() + problem.message.slice(1)).join(' '))
  return data
}

/**
 * The station calendar (Ngày lễ, ngày nghỉ): on these days the station's own slots stop, and the
 * morning rebroadcast of a day that did not air stops with them (src/broadcast/planDay). Everyone
 * may read it (the public schedule says "Nghỉ lễ"); only the radio staff (admin, technician) change it.
 */
export const Holidays: CollectionConfig = {
  slug: 'holidays',
  labels: { singular: { vi: 'Ngày lễ, ngày nghỉ', en: 'Holiday' }, plural: { vi: 'Ngày lễ, ngày nghỉ', en: 'Holidays' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'calendar', 'day', 'month', 'year', 'lengthDays', 'stops'],
    group: { vi: 'Truyền thanh', en: 'Radio' },
    description: {
      vi: 'Vào các ngày này, chương trình của đài (địa phương, phát lại, âm nhạc) không phát; buổi phát lại sáng hôm sau cũng không phát vì hôm trước không có chương trình.',
      en: 'On these days the station’s own programmes stop, and so does the next morning’s rebroadcast of a day that did not air.',
    },
  },
  access: { read: anyone, create: isRadioStaff, update: isRadioStaff, delete: isRadioStaff },
  hooks: {
    beforeChange: [refuseImpossibleDates],
    afterChange: [...refreshPublicPagesHooks.afterChange, auditHolidayChange],
    afterDelete: [...refreshPublicPagesHooks.afterDelete, auditHolidayDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: { vi: 'Tên ngày lễ', en: 'Name' } },
    {
      name: 'calendar',
      type: 'select',
      required: true,
      defaultValue: 'solar',
      label: { vi: 'Theo lịch', en: 'Calendar' },
      options: [
        { value: 'solar', label: { vi: 'Dương lịch', en: 'Solar (Gregorian)' } },
        { value: 'lunar', label: { vi: 'Âm lịch', en: 'Vietnamese lunar' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'day', type: 'number', required: true, min: 1, max: 31, label: { vi: 'Ngày', en: 'Day' } },
        { name: 'month', type: 'number', required: true, min: 1, max: 12, label: { vi: 'Tháng', en: 'Month' } },
        {
          name: 'year',
          type: 'number',
          label: { vi: 'Chỉ năm (để trống: hằng năm)', en: 'Only in year (empty: every year)' },
          admin: { description: { vi: 'Ví dụ ngày nghỉ bù của một năm. Với âm lịch là năm âm lịch.', en: 'E.g. a compensatory day off. The lunar year for a lunar date.' } },
        },
      ],
    },
    {
      name: 'lengthDays',
      type: 'number',
      required: true,
      defaultValue: 1,
      min: 1,
      max: MAX_HOLIDAY_DAYS,
      label: { vi: 'Số ngày nghỉ', en: 'Length (days)' },
      admin: {
        description: {
          vi: 'Tính cả ngày đầu. Âm lịch: ngày 30 ở tháng chỉ có 29 ngày là ngày cuối tháng, nên Tết từ 30 tháng Chạp, 5 ngày, luôn là ngày cuối năm và mùng 1 đến mùng 4.',
          en: 'Including the first day. Lunar day 30 of a 29-day month is its last day.',
        },
      },
    },
    {
      name: 'stops',
      type: 'select',
      required: true,
      defaultValue: 'local',
      label: { vi: 'Dừng các khung giờ', en: 'Stops' },
      options: [
        { value: 'local', label: { vi: 'Chương trình của đài (địa phương, phát lại, âm nhạc); vẫn tiếp sóng đài cấp trên', en: 'The station’s own programmes; relays continue' } },
        { value: 'all', label: { vi: 'Tất cả, kể cả tiếp sóng', en: 'Everything, relays too' } },
      ],
    },
  ],
}
