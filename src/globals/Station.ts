import type { GlobalConfig } from 'payload'
import { anyone, isRadioStaff, isRadioStaffFieldLevel, isStaffFieldLevel } from '../access/roles'
import { soundDeviceError } from '../broadcast/soundOutput'
import { refreshPublicPagesAfterGlobalChange } from '../hooks/refreshPublicPages'
import { STATION_DEFAULTS as D } from '../broadcast/stationSettings'

/** The station's settings: loudness target, output format and assembly timing. */
export const Station: GlobalConfig = {
  slug: 'station',
  label: { vi: 'Cài đặt đài truyền thanh', en: 'Station settings' },
  admin: { group: { vi: 'Truyền thanh', en: 'Radio' } },
  access: { read: anyone, update: isRadioStaff },
  hooks: { afterChange: [refreshPublicPagesAfterGlobalChange] },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      defaultValue: D.name,
      label: { vi: 'Tên đài', en: 'Station name' },
    },
    {
      name: 'timeZone',
      type: 'text',
      required: true,
      defaultValue: D.timeZone,
      label: { vi: 'Múi giờ', en: 'Time zone' },
      validate: (value: unknown) => {
        try {
          new Intl.DateTimeFormat('en-US', { timeZone: String(value) })
          return true
        } catch {
          return 'Múi giờ không hợp lệ (ví dụ: Asia/Ho_Chi_Minh).'
        }
      },
    },
    {
      type: 'row',
      fields: [
        { name: 'loudnessTarget', type: 'number', required: true, defaultValue: D.loudnessTarget, min: -30, max: -9, label: { vi: 'Độ lớn chuẩn (LUFS)', en: 'Loudness target (LUFS)' } },
        { name: 'truePeak', type: 'number', required: true, defaultValue: D.truePeak, min: -9, max: 0, label: { vi: 'Đỉnh tối đa (dBTP)', en: 'True peak ceiling (dBTP)' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'bitrateKbps', type: 'number', required: true, defaultValue: D.bitrateKbps, min: 32, max: 320, label: { vi: 'Tốc độ bit MP3 (kbps)', en: 'MP3 bitrate (kbps)' } },
        { name: 'sampleRate', type: 'number', required: true, defaultValue: D.sampleRate, label: { vi: 'Tần số lấy mẫu (Hz)', en: 'Sample rate (Hz)' } },
        {
          name: 'channels',
          type: 'select',
          required: true,
          defaultValue: D.channels,
          options: [
            { value: '1', label: { vi: 'Mono (loa truyền thanh)', en: 'Mono (loudspeakers)' } },
            { value: '2', label: { vi: 'Stereo', en: 'Stereo' } },
          ],
          label: { vi: 'Số kênh', en: 'Channels' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'gapSeconds', type: 'number', required: true, defaultValue: D.gapSeconds, min: 0, max: 10, label: { vi: 'Khoảng lặng giữa các mục (giây)', en: 'Silence between items (s)' } },
        { name: 'leadMinutes', type: 'number', required: true, defaultValue: D.leadMinutes, min: 5, max: 24 * 60, label: { vi: 'Dựng trước giờ phát (phút)', en: 'Assemble ahead (minutes)' } },
        {
          name: 'maxSilentSharePercent',
          type: 'number',
          defaultValue: D.maxSilentSharePercent,
          min: 0,
          max: 100,
          label: { vi: 'Cảnh báo khi khung giờ để trống quá (%)', en: 'Warn when a slot is silent over (%)' },
          admin: { description: { vi: 'Chương trình ngắn hơn khung giờ quá mức này được báo cho kỹ thuật viên.', en: 'Programmes leaving more of their slot silent are reported.' } },
        },
      ],
    },
    { name: 'intro', type: 'upload', relationTo: 'audio-clips', label: { vi: 'Nhạc hiệu mở đầu mặc định', en: 'Default intro' } },
    { name: 'outro', type: 'upload', relationTo: 'audio-clips', label: { vi: 'Nhạc kết thúc mặc định', en: 'Default outro' } },
    {
      name: 'fillSilence',
      type: 'checkbox',
      defaultValue: D.fillSilence,
      label: { vi: 'Lấp khoảng trống cuối chương trình bằng nhạc nền', en: 'Fill the silence at the end of short programmes with filler music' },
      admin: {
        description: {
          vi: 'Chương trình ngắn hơn khung giờ được nối thêm nhạc nền (lặp lại, đoạn cuối nhỏ dần) trước nhạc kết thúc, để loa không im lặng đến hết khung giờ.',
          en: 'Short programmes get the filler (repeated, the last repetition faded out) before the outro, so the loudspeakers are not silent until the slot ends.',
        },
      },
    },
    { name: 'filler', type: 'upload', relationTo: 'audio-clips', label: { vi: 'Nhạc nền lấp khoảng trống', en: 'Filler music' } },
    {
      name: 'fillBetweenSlots',
      type: 'checkbox',
      defaultValue: D.fillBetweenSlots,
      label: { vi: 'Phát nhạc nền giữa các khung giờ', en: 'Play the filler between slots' },
      admin: {
        description: {
          vi: 'Khi phát sóng: giữa hai khung giờ (và khi khung giờ không có chương trình) phát lặp nhạc nền thay vì im lặng.',
          en: 'On air: between slots (and in a slot with no programme) the filler loops instead of silence.',
        },
      },
    },
    {
      name: 'deadAirSeconds',
      type: 'number',
      defaultValue: D.deadAirSeconds,
      min: 3,
      max: 300,
      label: { vi: 'Tiếp âm im lặng tối đa (giây)', en: 'Relay dead air after (seconds)' },
      admin: {
        description: {
          vi: 'Tiếp âm Đài tỉnh không kết nối được, mất tín hiệu hoặc im lặng quá số giây này thì chuyển sang nhạc nền (hoặc chương trình địa phương gần nhất), vẫn thử kết nối lại và tự quay về khi có tín hiệu.',
          en: 'A relay that cannot be reached, drops or is silent this long switches to the filler (or the latest local programme), keeps retrying, and switches back when it returns.',
        },
      },
    },
    {
      name: 'emergencyRepeatHours',
      type: 'number',
      defaultValue: D.emergencyRepeatHours,
      min: 0.5,
      max: 24,
      label: { vi: 'Phát lại tin khẩn cấp sau mỗi (giờ)', en: 'Repeat emergencies every (hours)' },
      admin: { description: { vi: 'Tin khẩn cấp đã "Phát ngay" được phát lại theo chu kỳ này đến hết thời gian hiệu lực hoặc khi bị dừng.', en: 'A released emergency airs again at this interval until it ends or is stopped.' } },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'soundOutput',
          type: 'select',
          required: true,
          defaultValue: D.soundOutput,
          options: [
            { value: 'none', label: { vi: 'Không (chỉ phát trực tuyến)', en: 'None (stream only)' } },
            { value: 'alsa', label: { vi: 'Card âm thanh (ALSA)', en: 'Sound card (ALSA)' } },
            { value: 'pulseaudio', label: { vi: 'PulseAudio', en: 'PulseAudio' } },
          ],
          label: { vi: 'Phát ra card âm thanh', en: 'Sound-card output' },
          // Which device feeds the transmitter is the technician's business; visitors need not know it.
          access: { read: isStaffFieldLevel, update: isRadioStaffFieldLevel },
          admin: {
            description: {
              vi: 'Cho máy tính nối với máy phát hoặc tăng âm: tín hiệu phát sóng ra card âm thanh, song song với luồng trực tuyến. Có hiệu lực khi khởi động lại phát sóng.',
              en: 'For a PC feeding the transmitter or amplifier: the air signal also goes to the sound card, alongside the stream. Takes effect when the playout restarts.',
            },
          },
        },
        {
          name: 'soundDevice',
          type: 'text',
          label: { vi: 'Thiết bị âm thanh', en: 'Sound device' },
          access: { read: isStaffFieldLevel, update: isRadioStaffFieldLevel },
          // The name is written into the Liquidsoap script: a strict character set, never escaped.
          validate: (value: unknown) => (value === null || value === undefined || typeof value === 'string' ? (soundDeviceError(value) ?? true) : 'Tên thiết bị âm thanh không hợp lệ.'),
          admin: {
            description: {
              vi: 'ALSA: để trống là "default", hoặc ví dụ hw:0,0 (xem "aplay -L"). PulseAudio: để trống là thiết bị mặc định.',
              en: 'ALSA: empty means "default", or e.g. hw:0,0 (see "aplay -L"). PulseAudio: empty means the default sink.',
            },
          },
        },
      ],
    },
    {
      name: 'speech',
      type: 'group',
      label: { vi: 'Bài đọc bằng giọng máy', en: 'Synthetic read-outs' },
      fields: [
        {
          name: 'readLinks',
          type: 'select',
          required: true,
          defaultValue: D.readLinks,
          options: [
            { value: 'skip', label: { vi: 'Bỏ qua (không đọc)', en: 'Leave out' } },
            { value: 'spell', label: { vi: 'Đánh vần ("chấm", "a còng")', en: 'Spell out ("dot", "at")' } },
          ],
          label: { vi: 'Địa chỉ web và thư điện tử', en: 'Web and e-mail addresses' },
          admin: {
            description: {
              vi: 'Khi tạo bài đọc: địa chỉ như www.xa.gov.vn, hopthu@gmail.com được bỏ qua hoặc đánh vần từng chữ.',
              en: 'In read-outs, web and e-mail addresses are left out or spelled letter by letter.',
            },
          },
        },
      ],
    },
  ],
}
