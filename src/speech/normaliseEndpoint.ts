import type { Endpoint, PayloadHandler } from 'payload'
import { roleOf } from '../access/roles'
import { normaliseWithCentreSettings } from './spokenText'

/** A long article is some 10 000 characters; twice that is the most one call reads. */
export const MAX_NORMALISE_CHARS = 20_000

const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/**
 * POST /api/speech/normalise {"text"} → {"spoken", "flagged"}: the same rules, dictionary and link
 * setting as the read-outs, for staff tools and the emergency flow. Staff of any role; it reads and
 * writes nothing but the dictionary and the station's link setting, which every role may read.
 */
export const normaliseHandler: PayloadHandler = async (req) => {
  if (!roleOf(req.user)) return refuse(401, 'Cần đăng nhập bằng tài khoản cán bộ để dùng chức năng chuẩn hóa lời đọc.')
  let body: unknown
  try {
    body = req.json ? await req.json() : undefined
  } catch {
    return refuse(400, 'Nội dung gửi lên phải là JSON, ví dụ {"text": "UBND xã thông báo…"}.')
  }
  const text = (body as { text?: unknown } | null | undefined)?.text
  if (typeof text !== 'string') return refuse(400, 'Thiếu "text": gửi văn bản cần chuẩn hóa dưới dạng chuỗi, ví dụ {"text": "UBND xã thông báo…"}.')
  if (text.length > MAX_NORMALISE_CHARS) {
    return refuse(413, `Văn bản quá dài: tối đa ${MAX_NORMALISE_CHARS.toLocaleString('vi-VN')} ký tự mỗi lần (đã gửi ${text.length.toLocaleString('vi-VN')}).`)
  }
  const { spoken, flagged } = await normaliseWithCentreSettings(req.payload, text)
  return Response.json({ spoken, flagged })
}

export const normaliseEndpoint: Endpoint = { path: '/speech/normalise', method: 'post', handler: normaliseHandler }
