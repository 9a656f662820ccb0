import { describe, expect, it } from 'vitest'
import { syntheticVoiceNote } from '../../../src/broadcast/emergency'

describe('syntheticVoiceNote', () => {
  it.each([
    [{ engine: 'espeak-ng', voice: 'vi' }, 'Giọng máy đọc (espeak-ng, vi): tin chưa có bản ghi âm nên máy đọc từ nội dung; tải bản ghi âm lên để thay.'],
    [{ engine: 'fpt', voice: 'banmai' }, 'Giọng máy đọc (fpt, banmai): tin chưa có bản ghi âm nên máy đọc từ nội dung; tải bản ghi âm lên để thay.'],
    [{ engine: 'zalo', voice: null }, 'Giọng máy đọc (zalo): tin chưa có bản ghi âm nên máy đọc từ nội dung; tải bản ghi âm lên để thay.'],
  ])('%o', (voice, expected) => expect(syntheticVoiceNote(voice)).toBe(expected))
})
