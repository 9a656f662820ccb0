import { describe, expect, it } from 'vitest'
import { storedAudioExtension } from '../../../src/audio/formats'
import { judgeImage, MAX_IMAGE_PIXELS } from '../../../src/images/imageFormats'
import { isServedMediaType, mediaContentType } from '../../../src/lib/mediaTypes'
import { MAX_UPLOAD_BASE_LENGTH, storedUploadName } from '../../../src/lib/uploadNames'

describe('storedUploadName: the uploader chooses the base, Loa the extension', () => {
  it.each([
    ['x.html', 'png', 'x.png'],
    ['Ảnh hội nghị.PNG', 'jpg', 'anh-hoi-nghi.jpg'],
    ['a.xht', 'mp3', 'a.mp3'],
    ['ban tin.sang.xsl', 'mp3', 'ban-tin-sang.mp3'],
    ['.htaccess', 'jpg', 'anh.jpg'],
    ['..', 'png', 'anh.png'],
    ['../../etc/passwd', 'png', 'passwd.png'],
    ['C:\\Users\\a\\ảnh.jpeg', 'jpg', 'anh.jpg'],
    ['', 'webp', 'anh.webp'],
    ['không đuôi', 'gif', 'khong-duoi.gif'],
    ['Đường điện 35kV', 'png', 'duong-dien-35kv.png'],
  ])('%j + %s -> %s', (name, ext, expected) => {
    expect(storedUploadName(name, ext, 'anh')).toBe(expected)
  })

  it('bounds over-long names so the extension is never lost', () => {
    const name = storedUploadName(`${'tên rất dài '.repeat(60)}.html`, 'png', 'anh')
    expect(name.endsWith('.png')).toBe(true)
    expect(name.length).toBeLessThanOrEqual(MAX_UPLOAD_BASE_LENGTH + 4)
    expect(name).toMatch(/^[a-z0-9-]+\.png$/)
  })
})

describe('storedAudioExtension: ffprobe container -> stored extension, from an allow-list', () => {
  it.each([
    ['mp3', 'mp3'],
    ['wav', 'wav'],
    ['flac', 'flac'],
    ['ogg', 'ogg'],
    ['mov,mp4,m4a,3gp,3g2,mj2', 'm4a'],
    ['aac', 'aac'],
    ['matroska,webm', 'webm'],
    ['amr', 'amr'],
    ['aiff', 'aiff'],
    ['asf', 'wma'],
    ['amrwb', null],
    ['mov', null],
    ['webm', null],
    ['html', null],
    ['image2', null],
    ['png_pipe', null],
    ['', null],
    ['toString', null],
    ['__proto__', null],
  ])('%j -> %j', (formatName, expected) => {
    expect(storedAudioExtension(formatName)).toBe(expected)
  })
})

describe('judgeImage: decodable formats within the pixel limit', () => {
  it.each([
    [{ format: 'jpeg', width: 4000, height: 3000 }, 'jpg', 'image/jpeg'],
    [{ format: 'png', width: 10, height: 10 }, 'png', 'image/png'],
    [{ format: 'webp', width: 10, height: 10 }, 'webp', 'image/webp'],
    [{ format: 'gif', width: 10, height: 10, pages: 20 }, 'gif', 'image/gif'],
    [{ format: 'heif', compression: 'av1', width: 10, height: 10 }, 'avif', 'image/avif'],
  ])('%j is kept as .%s', (info, ext, mimeType) => {
    expect(judgeImage(info)).toEqual({ ok: true, ext, mimeType })
  })

  it.each([
    [{ format: 'svg', width: 10, height: 10 }, /không được nhận/],
    [{ format: 'heif', compression: 'hevc', width: 10, height: 10 }, /không được nhận/],
    [{ format: 'tiff', width: 10, height: 10 }, /không được nhận/],
    [{ width: 10, height: 10 }, /không rõ/],
    [{ format: 'png', width: 0, height: 10 }, /kích thước/],
    [{ format: 'png', width: 16000, height: 16000 }, /^Ảnh quá lớn: 256 megapixel, tối đa 40 megapixel/],
    [{ format: 'gif', width: 2000, height: 2000, pages: 11 }, /^Ảnh quá lớn: 44 megapixel/],
  ])('%j is refused', (info, message) => {
    const verdict = judgeImage(info)
    expect(verdict.ok).toBe(false)
    expect(!verdict.ok && verdict.message).toMatch(message)
  })

  it('accepts exactly the limit', () => {
    expect(judgeImage({ format: 'png', width: 8000, height: MAX_IMAGE_PIXELS / 8000 }).ok).toBe(true)
  })
})

describe('mediaContentType: what /media serves, and as what', () => {
  it.each([
    ['a.png', 'image/png'],
    ['a.JPG', 'image/jpeg'],
    ['a.webp', 'image/webp'],
    ['a.avif', 'image/avif'],
    ['a.mp3', 'audio/mpeg'],
    ['a.m4a', 'audio/mp4'],
    ['a.webm', 'audio/webm'],
    ['evil.html', null],
    ['evil.htm', null],
    ['a.xht', null],
    ['a.xhtml', null],
    ['a.xml', null],
    ['a.xsl', null],
    ['a.svg', null],
    ['a.js', null],
    ['a.png.html', null],
    ['.png', null],
    ['.hidden.png', null],
    ['png', null],
    ['a/b.png', null],
    ['', null],
    ['a.constructor', null],
  ])('%j -> %j', (name, expected) => {
    expect(mediaContentType(name)).toBe(expected)
  })

  it.each([
    ['image/png', true],
    ['audio/mpeg', true],
    ['Audio/MPEG; charset=x', true],
    ['text/html', false],
    ['application/xml', false],
    ['application/xhtml+xml', false],
    ['image/svg+xml', false],
    [null, false],
  ])('isServedMediaType(%j) = %s', (type, expected) => {
    expect(isServedMediaType(type)).toBe(expected)
  })
})
