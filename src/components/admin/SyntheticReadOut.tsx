'use client'
import { useDocumentInfo, useFormModified } from '@payloadcms/ui'
import type { UploadFieldClientComponent } from 'payload'
import { useCallback, useEffect, useId, useMemo, useState } from 'react'
import { relocateFlags, wholeWordPattern } from '../../speech/flaggedWords'
import { vietnameseLength } from './ReadOutRecorder'

type Flag = { word: string; start: number; end: number; reason: 'ambiguous' | 'unknown-abbreviation'; readings: string[] }
type ClipSummary = { id: number | string; url: string | null; durationSeconds: number | null; engine: string | null; voice: string | null }
type Preview = {
  source: string
  spoken: string
  flagged: Flag[]
  outdated: boolean
  synthetic: ClipSummary | null
  recording: ClipSummary | null
  engine: { id: string; label: string; voice: string }
  maxChars: number
}
type Progress = { done: number; total: number; stage: string }

const REASON_WORDS: Record<Flag['reason'], string> = {
  ambiguous: 'có nhiều cách đọc, hãy chọn',
  'unknown-abbreviation': 'chữ viết tắt chưa có trong từ điển đọc',
}


/** The text with each flagged word in a <mark>, as a screen reader and a sighted editor both see it. */
function Highlighted({ text, flags }: { text: string; flags: Flag[] }) {
  const parts: React.ReactNode[] = []
  let at = 0
  for (const [index, flag] of flags.entries()) {
    if (flag.start < at) continue
    parts.push(text.slice(at, flag.start))
    parts.push(
      <mark key={index} title={REASON_WORDS[flag.reason]} data-testid="tu-can-xem">
        {text.slice(flag.start, flag.end)}
      </mark>,
    )
    at = flag.end
  }
  parts.push(text.slice(at))
  return <>{parts}</>
}

/**
 * "Bài đọc giọng máy" in the article's "Phát thanh" group. "Tạo bài đọc" shows the text the voice
 * will speak (numbers, dates, abbreviations written out by src/speech/normalise), highlights the
 * words it could not decide, lets the editor correct it, then synthesises with a progress bar and
 * plays the result. The read-out is saved by the server (POST /api/articles/:id/read-out) into a new
 * draft, approved with the article; a person's recording above always wins on air.
 */
export const SyntheticReadOut: UploadFieldClientComponent = () => {
  const { id } = useDocumentInfo()
  const modified = useFormModified()
  const baseId = useId()
  const [preview, setPreview] = useState<Preview | null>(null)
  const [open, setOpen] = useState(false)
  const [spoken, setSpoken] = useState('')
  const [progress, setProgress] = useState<Progress | null>(null)
  const [status, setStatus] = useState('')
  const [problem, setProblem] = useState('')
  const [made, setMade] = useState<ClipSummary | null>(null)

  const load = useCallback(async () => {
    if (!id) return
    const response = await fetch(`/api/articles/${id}/read-out`, { credentials: 'include', headers: { accept: 'application/json' } })
    const body = await response.json().catch(() => ({}))
    if (!response.ok) {
      setProblem(body.message ?? 'Không tải được lời đọc.')
      return
    }
    setPreview(body as Preview)
    setSpoken((body as Preview).spoken)
  }, [id])

  useEffect(() => {
    void load()
  }, [load])

  const flags = useMemo(() => (preview ? relocateFlags(preview.flagged, spoken) : []), [preview, spoken])

  const replaceWord = (word: string, reading: string) => {
    setSpoken((text) => text.replace(wholeWordPattern(word), reading))
  }

  const synthesise = async (engine?: 'local') => {
    setProblem('')
    setStatus('')
    setProgress({ done: 0, total: 1, stage: 'Đang gửi lời đọc' })
    try {
      const response = await fetch(`/api/articles/${id}/read-out`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json', accept: 'application/x-ndjson' },
        body: JSON.stringify({ spoken, ...(engine ? { engine } : {}) }),
      })
      if (!response.ok || !response.body) {
        const body = await response.json().catch(() => ({}))
        throw new Error(body.message ?? `Không tạo được bài đọc (mã ${response.status}).`)
      }
      // One JSON object per line: progress steps, then the result.
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
      let buffered = ''
      for (;;) {
        const { value, done } = await reader.read()
        if (done) break
        buffered += value
        const lines = buffered.split('\n')
        buffered = lines.pop() ?? ''
        for (const line of lines.filter(Boolean)) {
          const event = JSON.parse(line)
          if (event.progress) setProgress(event.progress)
          if (event.error) throw new Error(event.error)
          if (event.done) {
            setMade(event.clip)
            setStatus(event.message)
            setOpen(false)
          }
        }
      }
      await load()
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'Không tạo được bài đọc.')
    } finally {
      setProgress(null)
    }
  }

  if (!id) {
    return (
      <fieldset className="synthetic-read-out" style={{ border: 0, padding: 0, margin: '1rem 0' }}>
        <legend style={{ fontWeight: 600 }}>Bài đọc giọng máy</legend>
        <p>Hãy lưu bài viết lần đầu, sau đó bấm "Tạo bài đọc" để máy đọc bài.</p>
      </fieldset>
    )
  }

  const current = made ?? preview?.synthetic ?? null
  const busy = progress !== null
  return (
    <fieldset className="synthetic-read-out" style={{ border: 0, padding: 0, margin: '1rem 0' }} aria-describedby={`${baseId}-status`}>
      <legend style={{ fontWeight: 600 }}>Bài đọc giọng máy</legend>
      {preview?.recording && <p data-testid="ban-ghi-nguoi-doc">Bài đã có bản ghi âm của người đọc: loa phát bản ghi đó, không phát bài đọc giọng máy.</p>}
      {current ? (
        <div data-testid="bai-doc-giong-may">
          <p style={{ marginBottom: '0.25rem' }}>
            Bài đọc hiện có ({current.engine ?? 'giọng máy'}
            {current.voice ? `, giọng ${current.voice}` : ''}
            {typeof current.durationSeconds === 'number' ? `, ${vietnameseLength(current.durationSeconds)}` : ''})
          </p>
          {current.url && (
            // biome-ignore lint/a11y/useMediaCaption: the spoken text is shown beside it
            <audio controls preload="metadata" src={current.url} aria-label="Nghe bài đọc giọng máy" style={{ width: '100%' }} />
          )}
          {preview?.outdated && !made && (
            <p role="note" data-testid="bai-doc-cu" style={{ color: 'var(--theme-warning-600, #8a5300)' }}>
              Nội dung bài đã thay đổi sau khi tạo bài đọc. Hãy tạo lại (khi duyệt, bài đọc cũ sẽ được tạo lại tự động).
            </p>
          )}
        </div>
      ) : (
        <p data-testid="chua-co-bai-doc">Chưa có bài đọc giọng máy.</p>
      )}

      {!open ? (
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small"
          disabled={busy || !preview}
          onClick={() => {
            setOpen(true)
            setStatus('')
            if (preview) setSpoken(preview.spoken)
          }}
        >
          Tạo bài đọc
        </button>
      ) : (
        preview && (
          <div data-testid="xem-truoc-loi-doc" style={{ marginTop: '0.5rem' }}>
            {modified && (
              <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
                Bài có thay đổi chưa lưu. Lời đọc dưới đây lấy từ bản đã lưu: hãy lưu bài trước nếu muốn đọc nội dung mới.
              </p>
            )}
            <p id={`${baseId}-help`}>
              Máy sẽ đọc đúng đoạn văn dưới đây bằng {preview.engine.label} (giọng {preview.engine.voice}). Số, ngày giờ và chữ viết tắt đã được viết thành lời; những chữ được
              tô màu cần bạn xem lại.
            </p>
            <section aria-label="Lời đọc, các chữ cần xem được tô màu" data-testid="loi-doc-to-mau" style={{ whiteSpace: 'pre-wrap', border: '1px solid var(--theme-elevation-150)', padding: '0.5rem', maxHeight: '12rem', overflow: 'auto' }}>
              <Highlighted text={spoken} flags={flags} />
            </section>
            {flags.length > 0 && (
              <ul data-testid="danh-sach-tu-can-xem" style={{ paddingLeft: '1.25rem' }}>
                {[...new Map(flags.map((flag) => [flag.word, flag])).values()].map((flag) => (
                  <li key={flag.word}>
                    <strong>{flag.word}</strong>: {REASON_WORDS[flag.reason]}
                    {flag.readings.map((reading) => (
                      <button key={reading} type="button" className="btn btn--style-secondary btn--size-small" style={{ margin: '0 0 0 0.5rem' }} onClick={() => replaceWord(flag.word, reading)}>
                        Đọc là “{reading}”
                      </button>
                    ))}
                  </li>
                ))}
              </ul>
            )}
            <label htmlFor={`${baseId}-spoken`} style={{ display: 'block', margin: '0.5rem 0 0.25rem' }}>
              Sửa lời đọc
            </label>
            <textarea
              id={`${baseId}-spoken`}
              aria-describedby={`${baseId}-help`}
              value={spoken}
              maxLength={preview.maxChars}
              rows={10}
              onChange={(event) => setSpoken(event.currentTarget.value)}
              // The admin's text font: monospace fonts often lack Vietnamese letters and misplace the marks.
              style={{ width: '100%', fontFamily: 'inherit', fontSize: 'inherit', lineHeight: 1.5 }}
              disabled={busy}
            />
            <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap', marginTop: '0.5rem' }}>
              <button type="button" className="btn btn--style-primary btn--size-small" disabled={busy || !spoken.trim()} onClick={() => void synthesise()}>
                Đọc và lưu bài đọc
              </button>
              {preview.engine.id !== 'espeak-ng' && (
                <button type="button" className="btn btn--style-secondary btn--size-small" disabled={busy || !spoken.trim()} onClick={() => void synthesise('local')}>
                  Đọc nhanh bằng giọng máy cục bộ
                </button>
              )}
              <button type="button" className="btn btn--style-secondary btn--size-small" disabled={busy} onClick={() => setOpen(false)}>
                Đóng
              </button>
            </div>
          </div>
        )
      )}

      {progress && (
        <div data-testid="tien-do-bai-doc" style={{ marginTop: '0.5rem' }}>
          <label htmlFor={`${baseId}-progress`} style={{ display: 'block' }}>
            {progress.stage}
            {progress.total > 1 ? ` (phần ${progress.done}/${progress.total})` : ''}
          </label>
          <progress id={`${baseId}-progress`} max={progress.total} value={progress.done > 0 ? progress.done : undefined} style={{ width: '100%' }} />
        </div>
      )}
      <p id={`${baseId}-status`} role="status" aria-live="polite" data-testid="trang-thai-bai-doc" style={{ minHeight: '1.25rem' }}>
        {status}
      </p>
      {problem && (
        <p role="alert" data-testid="loi-bai-doc" style={{ color: 'var(--theme-error-500)' }}>
          {problem}
        </p>
      )}
    </fieldset>
  )
}
