import path from 'node:path'
import type { Payload } from 'payload'
import { cleanStalePartials } from '../audio/render'
import { mediaDir } from '../lib/paths'
import { clearStaleLocks } from './locks'

export type Recovery = { partials: string[]; locks: string[]; programmes: string[] }

/**
 * What every assembler (the worker, `npm run assemble`) does before its first render: clean up
 * after an assembler that was killed mid-render (kill -9, power cut, OOM killer). Its hidden
 * partial files are removed, its locks deleted, and its programmes, left `assembling` with nobody
 * assembling them, go back to `planned` so they are built again. A programme whose lock is still
 * held by a live assembler is left alone.
 */
export async function recoverInterruptedAssembly(payload: Payload, now: Date, log: (line: string) => void): Promise<Recovery> {
  const partials = await cleanStalePartials(path.join(mediaDir(), 'programmes')).catch((error: unknown) => {
    log(`Không dọn được tệp dựng dở: ${error instanceof Error ? error.message : error}`)
    return []
  })
  const locks = await clearStaleLocks(payload, now)
  const held = await payload.find({ collection: 'assembly-locks', limit: 0, pagination: false, depth: 0, overrideAccess: true })
  const live = new Set(held.docs.map((lock) => lock.key))
  const stuck = await payload.find({ collection: 'programmes', where: { status: { equals: 'assembling' } }, limit: 0, pagination: false, depth: 0, overrideAccess: true })
  const programmes: string[] = []
  for (const programme of stuck.docs) {
    const key = `${programme.date}/${programme.slotSlug}`
    if (live.has(key)) continue
    await payload.update({
      collection: 'programmes',
      id: programme.id,
      data: { status: 'planned', error: 'Lần dựng trước bị dừng giữa chừng (máy dựng bị tắt); sẽ dựng lại.' },
      overrideAccess: true,
      context: { assembling: true },
    })
    programmes.push(key)
  }
  if (partials.length) log(`Đã xóa ${partials.length} tệp dựng dở từ lần chạy trước`)
  if (locks.length) log(`Đã gỡ ${locks.length} khóa dựng cũ: ${locks.join(', ')}`)
  if (programmes.length) log(`Đưa ${programmes.length} chương trình bị dừng giữa chừng về trạng thái chờ dựng: ${programmes.join(', ')}`)
  return { partials, locks, programmes }
}
