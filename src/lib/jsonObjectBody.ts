import type { PayloadRequest } from 'payload'

/**
 * A Payload endpoint's JSON object body: `{}` when empty, null when it is not a JSON object (the
 * endpoint answers 400 in Vietnamese). Action endpoints take small bodies; Express bounds their size.
 */
export async function jsonObjectBody(req: PayloadRequest): Promise<Record<string, unknown> | null> {
  const text = typeof req.text === 'function' ? await req.text().catch(() => '') : ''
  if (!text.trim()) return {}
  try {
    const parsed: unknown = JSON.parse(text)
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null
  } catch {
    return null
  }
}
