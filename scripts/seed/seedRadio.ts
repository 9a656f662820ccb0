import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { generateTone, type ToneKind } from '../../src/audio/testAudio'
import { importSchedule, type ScheduleFile } from '../../src/radio/scheduleFile'
import { seedSyntheticReadOut } from '../../src/speech/readOutService'
import { articles as seedArticles } from './content'

/** Demo audio is generated here at seed time (no recordings are committed): tunes and speech-like tones at varied levels. */
type DemoClip = { title: string; kind: 'intro' | 'outro' | 'read-out' | 'announcement' | 'filler'; seconds: number; levelDb: number; tone: ToneKind; frequency: number }

const context = { seeding: true }

async function findByTitle(payload: Payload, collection: 'audio-clips' | 'announcements', title: string) {
  const { docs } = await payload.find({ collection, where: { title: { equals: title } }, limit: 1, depth: 0, overrideAccess: true })
  return docs[0]?.id
}

async function uploadClip(payload: Payload, dir: string, clip: DemoClip, articleId?: number) {
  const existing = await findByTitle(payload, 'audio-clips', clip.title)
  if (existing) return existing
  const file = path.join(dir, `${clip.kind}-${Math.abs(hash(clip.title))}.mp3`)
  await generateTone(file, { seconds: clip.seconds, frequency: clip.frequency, levelDb: clip.levelDb, kind: clip.tone })
  const created = await payload.create({
    collection: 'audio-clips',
    data: { title: clip.title, kind: clip.kind, article: articleId },
    filePath: file,
    overrideAccess: true,
    context,
  })
  return created.id
}

function hash(text: string): number {
  let value = 0
  for (const char of text) value = (value * 31 + char.charCodeAt(0)) | 0
  return value
}

/**
 * The radio side of the demo: signature tune and outro, a read-out for each article marked for
 * broadcast (recorded at deliberately uneven levels, as real read-outs are), two announcements,
 * the station settings and the default weekly schedule. Idempotent, by title and slug.
 */
export async function seedRadio(payload: Payload, now: Date, log: (line: string) => void) {
  const dir = mkdtempSync(path.join(tmpdir(), 'loa-seed-audio-'))
  const started = Date.now()
  log('Đang tạo âm thanh mẫu (nhạc hiệu, bài đọc, thông báo) và lịch phát sóng…')
  try {
    const intro = await uploadClip(payload, dir, { title: 'Nhạc hiệu Đài Truyền thanh Đồng Lê', kind: 'intro', seconds: 8, levelDb: -14, tone: 'sine', frequency: 523 })
    const outro = await uploadClip(payload, dir, { title: 'Nhạc kết thúc chương trình', kind: 'outro', seconds: 5, levelDb: -14, tone: 'sine', frequency: 392 })
    // The demo fills the air between slots with soft music, so a newcomer who opens /nghe-truc-tiep
    // at any hour hears the station, not silence until the next slot.
    const filler = await uploadClip(payload, dir, { title: 'Nhạc nền giữa các chương trình', kind: 'filler', seconds: 30, levelDb: -24, tone: 'sine', frequency: 330 })
    await payload.updateGlobal({ slug: 'station', data: { intro, outro, filler, fillBetweenSlots: true }, overrideAccess: true, context })

    const { docs: articles } = await payload.find({
      collection: 'articles',
      where: { and: [{ 'broadcast.include': { equals: true } }, { _status: { equals: 'published' } }] },
      limit: 20,
      depth: 0,
      overrideAccess: true,
    })
    // Read-outs arrive 15 dB too quiet to 6 dB too loud; assembly brings each to the station target.
    const levels = [-31, -24, -18, -10, -27, -20, -15, -22]
    const spokenByVoice = new Set(seedArticles.filter((seed) => seed.broadcast?.voice === 'synthetic').map((seed) => seed.title))
    for (const [index, article] of articles.entries()) {
      // One demo story is read by the local voice, as "Tạo bài đọc" would: a newcomer hears real
      // Vietnamese speech in the programmes and can make it again from the article.
      if (spokenByVoice.has(article.title) && !article.broadcast?.synthetic) {
        const made = await seedSyntheticReadOut(payload, article.id).then(
          () => true,
          (error: unknown) => {
            log(`Không đọc được bài mẫu bằng giọng máy (${error instanceof Error ? error.message : String(error)}); dùng âm thanh giả lập.`)
            return false
          },
        )
        if (made) continue
      }
      await uploadClip(
        payload,
        dir,
        { title: `Bài đọc: ${article.title}`, kind: 'read-out', seconds: 25 + (index % 4) * 7, levelDb: levels[index % levels.length], tone: 'speechlike', frequency: 140 + index * 15 },
        article.id,
      )
    }
    const day = 24 * 3600 * 1000
    const announcements = [
      { title: 'Thông báo lịch tiêm chủng mở rộng tháng này', level: 'priority' as const, seconds: 30, levelDb: -20 },
      { title: 'Thông báo thu gom rác thải sinh hoạt cuối tuần', level: 'normal' as const, seconds: 20, levelDb: -26 },
    ]
    for (const announcement of announcements) {
      if (await findByTitle(payload, 'announcements', announcement.title)) continue
      const clip = await uploadClip(payload, dir, { title: `Ghi âm: ${announcement.title}`, kind: 'announcement', seconds: announcement.seconds, levelDb: announcement.levelDb, tone: 'speechlike', frequency: 180 })
      await payload.create({
        collection: 'announcements',
        data: {
          title: announcement.title,
          text: `${announcement.title}. Đề nghị bà con nhân dân theo dõi và thực hiện.`,
          level: announcement.level,
          clip,
          // Valid for the last few days too: the programmes the seed builds for them carry these.
          validFrom: new Date(now.getTime() - 3 * day).toISOString(),
          validTo: new Date(now.getTime() + 30 * day).toISOString(),
        },
        overrideAccess: true,
        context,
      })
    }
    const { totalDocs } = await payload.count({ collection: 'broadcast-slots', overrideAccess: true })
    if (totalDocs === 0) {
      const schedule = JSON.parse(readFileSync(path.resolve(process.cwd(), 'schedules/default.json'), 'utf8')) as ScheduleFile
      const result = await importSchedule(payload, schedule)
      if (!result.ok) throw new Error(`schedules/default.json: ${result.problems.join('; ')}`)
    }
    log(`Âm thanh mẫu: nhạc hiệu, ${articles.length} bài đọc, ${announcements.length} thông báo; lịch phát sóng và ngày nghỉ lễ mặc định (${((Date.now() - started) / 1000).toFixed(1).replace('.', ',')} giây).`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
