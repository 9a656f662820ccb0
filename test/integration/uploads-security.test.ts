import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateTone } from '../../src/audio/testAudio'
import { decodeImage } from '../../src/images/decodeImage'
import { blankPng } from '../support/images'
import { ADMIN, type LoaServer, startLoaServer } from '../support/loaServer'
import { anonymous, api, login, type Session, staffSession } from '../support/rest'
import { getRaw, HTML_PAYLOAD, uploadFile, XHTML_PAYLOAD } from '../support/uploads'

let server: LoaServer
let admin: Session
let editor: Session
let visitor: Session
let scratch: string
let mp3: Buffer
let png: Buffer

beforeAll(async () => {
  server = await startLoaServer()
  admin = await login(server.baseUrl, ADMIN.email, ADMIN.password)
  editor = await staffSession(admin, 'editor', 'editor-uploads@test.loa')
  visitor = anonymous(server.baseUrl)
  scratch = mkdtempSync(path.join(tmpdir(), 'loa-uploads-'))
  mp3 = readFileSync(await generateTone(path.join(scratch, 'tone.mp3'), { seconds: 2, frequency: 440, levelDb: -18, kind: 'sine' }))
  png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c00' } }).png().toBuffer()
})

afterAll(async () => {
  await server?.stop()
})

const imageCount = async () => (await api(editor, 'GET', '/media?limit=0')).json.totalDocs as number
const storedImages = () => readdirSync(path.join(server.workDir, 'media', 'images'))

function expectSafeHeaders(headers: Headers) {
  expect(headers.get('x-content-type-options')).toBe('nosniff')
  expect(headers.get('content-security-policy')).toContain('sandbox')
}

describe('images are decoded and stored under the extension of their real format', () => {
  it('stores a PNG with HTML appended, uploaded as x.html, as .png and serves it as image/png with nosniff', async () => {
    const upload = await uploadFile(editor, 'media', { name: 'x.html', bytes: Buffer.concat([png, Buffer.from(HTML_PAYLOAD)]), type: 'text/html' }, { alt: 'Ảnh thử' })
    expect(upload.status).toBe(201)
    const filename: string = upload.json.doc.filename
    expect(filename).toBe('x.png')
    expect(upload.json.doc.mimeType).toBe('image/png')
    expect(storedImages().some((name) => /\.html?$/i.test(name))).toBe(false)

    const served = await getRaw(visitor, `/media/images/${filename}`)
    expect(served.status).toBe(200)
    expect(served.type).toBe('image/png')
    expectSafeHeaders(served.headers)
    const viaPayload = await getRaw(visitor, `/api/media/file/${filename}`)
    expect(viaPayload.status).toBe(200)
    expect(viaPayload.type).toBe('image/png')
    expectSafeHeaders(viaPayload.headers)
  })

  it('gives a Vietnamese name with diacritics a safe ASCII name, and an over-long one a bounded name that keeps its extension', async () => {
    const vietnamese = await uploadFile(editor, 'media', { name: 'Ảnh hội nghị.jpeg', bytes: png }, { alt: 'Ảnh' })
    expect(vietnamese.json.doc.filename).toBe('anh-hoi-nghi.png')
    const long = await uploadFile(editor, 'media', { name: `${'a'.repeat(300)}.png`, bytes: png }, { alt: 'Ảnh' })
    expect(long.status).toBe(201)
    expect(long.json.doc.filename).toMatch(/^a{80}\.png$/)
    const dotted = await uploadFile(editor, 'media', { name: '.hidden', bytes: png }, { alt: 'Ảnh' })
    expect(dotted.json.doc.filename).toBe('anh.png')
    expect((await getRaw(visitor, '/media/images/anh.png')).status).toBe(200)
  })

  it.each([
    ['an SVG with a script', 'logo.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>'), /không phải ảnh hợp lệ/],
    ['an SVG named .png', 'logo.png', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>'), /không phải ảnh hợp lệ/],
    ['a truncated PNG', 'cut.png', null, /bị hỏng hoặc tải lên chưa hết/],
    ['an HTML page named .png', 'page.png', Buffer.from(HTML_PAYLOAD), /không phải ảnh hợp lệ/],
  ])('refuses %s in Vietnamese and stores nothing', async (_label, name, bytes, message) => {
    const before = await imageCount()
    const filesBefore = storedImages().length
    const upload = await uploadFile(editor, 'media', { name, bytes: bytes ?? png.subarray(0, Math.floor(png.length * 0.6)) }, { alt: 'Ảnh' })
    expect(upload.status).toBe(400)
    expect(upload.text).toMatch(message)
    expect(await imageCount()).toBe(before)
    expect(storedImages().length).toBe(filesBefore)
  })

  it('refuses a 31 KB PNG of 16000×16000 pixels (decompression bomb) in well under a second', async () => {
    const bomb = blankPng(16000, 16000)
    expect(bomb.length).toBeLessThan(40_000)
    const before = await imageCount()
    const upload = await uploadFile(editor, 'media', { name: 'bomb.png', bytes: bomb, type: 'image/png' }, { alt: 'Bom' })
    expect(upload.status).toBe(400)
    expect(upload.text).toContain('Ảnh quá lớn: 256 megapixel, tối đa 40 megapixel')
    // Before the fix the server spent 12 s of CPU decoding it, then stored it. The refusal itself
    // reads the header only (measured below); the bound here is the whole HTTP round trip.
    expect(upload.ms).toBeLessThan(2000)
    expect(await imageCount()).toBe(before)
    const started = performance.now()
    await expect(decodeImage(bomb)).rejects.toThrow(/Ảnh quá lớn/)
    expect(performance.now() - started).toBeLessThan(100)
  })
})

describe('audio is stored under the extension of the container ffprobe found', () => {
  it('stores an XHTML page with MP3 frames appended, uploaded as a.xht, as .mp3 served as audio/mpeg with nosniff', async () => {
    const upload = await uploadFile(editor, 'audio-clips', { name: 'a.xht', bytes: Buffer.concat([Buffer.from(XHTML_PAYLOAD), mp3]), type: 'application/xhtml+xml' }, { title: 'Thông báo', kind: 'announcement' })
    expect(upload.status).toBe(201)
    const filename: string = upload.json.doc.filename
    expect(filename).toBe('a.mp3')
    expect(upload.json.doc.mimeType).toBe('audio/mpeg')
    const served = await getRaw(editor, `/media/audio/${filename}`)
    expect(served.status).toBe(200)
    expect(served.type).toBe('audio/mpeg')
    expectSafeHeaders(served.headers)
    const viaPayload = await getRaw(editor, `/api/audio-clips/file/${filename}`)
    expect(viaPayload.status).toBe(200)
    expect(viaPayload.type).not.toMatch(/html|xml/)
    expectSafeHeaders(viaPayload.headers)
  })

  it.each(['b.xml', 'c.xsl', 'd.html'])('names an MP3 uploaded as %s .mp3', async (name) => {
    const upload = await uploadFile(editor, 'audio-clips', { name, bytes: mp3 }, { title: name, kind: 'music' })
    expect(upload.status).toBe(201)
    expect(upload.json.doc.filename).toBe(`${name.split('.')[0]}.mp3`)
  })
})

describe('/media serves only images and audio, always with nosniff', () => {
  it.each([
    ['images/evil.html', HTML_PAYLOAD],
    ['images/evil.xht', XHTML_PAYLOAD],
    ['images/evil.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'],
    ['programmes/2026-01-01/evil.xml', XHTML_PAYLOAD],
    ['images/.secret.png', 'x'],
    ['evil.html', HTML_PAYLOAD],
  ])('does not serve a file placed in the media folder as %s', async (relative, content) => {
    const file = path.join(server.workDir, 'media', relative)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, content)
    for (const pathName of [`/media/${relative}`, `/media/${relative.replace(/\./g, '%2E')}`]) {
      const served = await getRaw(visitor, pathName)
      expect(served.status).toBe(404)
      expect(served.type).not.toMatch(/html|xml|svg/)
      expectSafeHeaders(served.headers)
      expect(served.bytes.toString()).not.toContain('<script>')
    }
  })

  it('still serves programme audio with ranges and caching', async () => {
    const file = path.join(server.workDir, 'media', 'programmes', '2026-01-02', 'sang.mp3')
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, mp3)
    const whole = await getRaw(visitor, '/media/programmes/2026-01-02/sang.mp3')
    expect(whole.status).toBe(200)
    expect(whole.type).toBe('audio/mpeg')
    expect(whole.headers.get('etag')).toBeTruthy()
    expect(whole.headers.get('cache-control')).toContain('max-age=3600')
    expectSafeHeaders(whole.headers)
    const part = await getRaw(visitor, '/media/programmes/2026-01-02/sang.mp3', { Range: 'bytes=0-99' })
    expect(part.status).toBe(206)
    expect(part.bytes.length).toBe(100)
    const beyond = await getRaw(visitor, '/media/programmes/2026-01-02/sang.mp3', { Range: `bytes=${mp3.length + 10}-` })
    expect(beyond.status).toBe(416)
    expectSafeHeaders(beyond.headers)
  })
})
