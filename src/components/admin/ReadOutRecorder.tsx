'use client'
import { FieldError, useField, useFormFields } from '@payloadcms/ui'
import type { UploadFieldClientComponent } from 'payload'
import { useCallback, useEffect, useId, useRef, useState } from 'react'

/** What the admin shows of a stored read-out (measured on upload by validateAndMeasureAudio). */
type Clip = {
  id: number | string
  title?: string
  url?: string | null
  kind?: string
  durationSeconds?: number | null
  loudnessLufs?: number | null
  truePeakDbtp?: number | null
}

type Phase = 'idle' | 'asking' | 'recording' | 'recorded' | 'uploading'

const oneDecimal = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 })

/** "1 phút 05 giây" / "8,4 giây": how long a recording is, in words a newsroom reads. */
export function vietnameseLength(seconds: number): string {
  if (seconds < 60) return `${oneDecimal.format(seconds)} giây`
  const whole = Math.round(seconds)
  return `${Math.floor(whole / 60)} phút ${String(whole % 60).padStart(2, '0')} giây`
}

const clock = (seconds: number) => `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(Math.floor(seconds % 60)).padStart(2, '0')}`

/** The container MediaRecorder should write: WebM/Opus where it can (Chromium, Firefox), else its default. */
function recorderType(): string | undefined {
  if (typeof MediaRecorder === 'undefined') return undefined
  return ['audio/webm;codecs=opus', 'audio/webm', 'audio/ogg;codecs=opus', 'audio/mp4'].find((type) => MediaRecorder.isTypeSupported(type))
}

const extensionOf = (type: string) => (type.includes('ogg') ? 'ogg' : type.includes('mp4') ? 'm4a' : 'webm')

/** Why the microphone cannot be used, for the editor (file upload always stays available). */
function microphoneProblem(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : ''
  if (name === 'NotAllowedError' || name === 'SecurityError') {
    return 'Trình duyệt không cho dùng micro. Hãy cho phép micro cho trang này (biểu tượng ổ khóa cạnh địa chỉ trang), hoặc tải lên tệp ghi âm bên dưới.'
  }
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'Không tìm thấy micro trên máy này. Hãy cắm micro rồi thử lại, hoặc tải lên tệp ghi âm bên dưới.'
  if (name === 'NotReadableError') return 'Micro đang bị chương trình khác dùng hoặc bị lỗi. Hãy đóng chương trình đó rồi thử lại, hoặc tải lên tệp ghi âm bên dưới.'
  return 'Không bật được micro. Bạn vẫn có thể tải lên tệp ghi âm bên dưới.'
}

/**
 * "Bản ghi âm bài đọc" in the article's "Phát thanh" group: record in the browser (a live level
 * meter, stop, listen, re-take) or pick a file; either is uploaded to the audio library as a
 * read-out (measured there: length, loudness, true peak) and becomes this field's value. Saving the
 * article stores it with the text, so it goes through approval with it.
 */
export const ReadOutRecorder: UploadFieldClientComponent = ({ field, path: pathFromProps, readOnly }) => {
  const path = pathFromProps ?? field.name
  const { value, setValue, showError, disabled } = useField<number | string | Clip | null>({ path })
  const articleTitle = useFormFields(([fields]) => fields.title?.value as string | undefined)
  const locked = Boolean(readOnly || disabled)
  const baseId = useId()

  const [clip, setClip] = useState<Clip | null>(null)
  const [phase, setPhase] = useState<Phase>('idle')
  const [status, setStatus] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [level, setLevel] = useState(0)
  const [elapsed, setElapsed] = useState(0)
  const [take, setTake] = useState<{ blob: Blob; url: string; type: string } | null>(null)

  const stream = useRef<MediaStream | null>(null)
  const recorder = useRef<MediaRecorder | null>(null)
  const audioContext = useRef<AudioContext | null>(null)
  const frame = useRef<number | null>(null)
  const timer = useRef<ReturnType<typeof setInterval> | null>(null)
  const fileInput = useRef<HTMLInputElement | null>(null)
  const takeButton = useRef<HTMLButtonElement | null>(null)

  const clipId = value && typeof value === 'object' ? value.id : value

  // The stored clip's measurements and file, read from the library whenever the value changes.
  useEffect(() => {
    if (clipId === null || clipId === undefined || clipId === '') {
      setClip(null)
      return
    }
    if (value && typeof value === 'object' && 'durationSeconds' in value) {
      setClip(value)
      return
    }
    let cancelled = false
    fetch(`/api/audio-clips/${encodeURIComponent(String(clipId))}?depth=0`, { credentials: 'include' })
      .then(async (response) => (response.ok ? ((await response.json()) as Clip) : null))
      .then((doc) => {
        if (!cancelled) setClip(doc ?? { id: clipId })
      })
      .catch(() => {
        if (!cancelled) setClip({ id: clipId })
      })
    return () => {
      cancelled = true
    }
  }, [clipId, value])

  const releaseMicrophone = useCallback(() => {
    if (frame.current !== null) cancelAnimationFrame(frame.current)
    frame.current = null
    if (timer.current !== null) clearInterval(timer.current)
    timer.current = null
    for (const track of stream.current?.getTracks() ?? []) track.stop()
    stream.current = null
    void audioContext.current?.close().catch(() => undefined)
    audioContext.current = null
    setLevel(0)
  }, [])

  // Leaving the page stops the microphone and frees the recorded take.
  useEffect(() => () => releaseMicrophone(), [releaseMicrophone])
  useEffect(() => () => {
    if (take) URL.revokeObjectURL(take.url)
  }, [take])

  async function startRecording() {
    setProblem(null)
    if (typeof navigator === 'undefined' || !navigator.mediaDevices?.getUserMedia || typeof MediaRecorder === 'undefined') {
      setProblem('Trình duyệt này không ghi âm được ở trang này (cần trình duyệt mới và kết nối HTTPS). Hãy tải lên tệp ghi âm bên dưới.')
      return
    }
    setPhase('asking')
    setStatus('Đang xin quyền dùng micro…')
    let microphone: MediaStream
    try {
      microphone = await navigator.mediaDevices.getUserMedia({ audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: false } })
    } catch (error) {
      setPhase(take ? 'recorded' : 'idle')
      setStatus('')
      setProblem(microphoneProblem(error))
      return
    }
    stream.current = microphone
    if (take) URL.revokeObjectURL(take.url)
    setTake(null)

    // The level meter: RMS of the microphone signal, -60 dBFS (empty) to 0 dBFS (full).
    const context = new AudioContext()
    audioContext.current = context
    // Started from a click, but a context may still begin suspended (autoplay policy).
    void context.resume().catch(() => undefined)
    const analyser = context.createAnalyser()
    analyser.fftSize = 2048
    context.createMediaStreamSource(microphone).connect(analyser)
    const samples = new Float32Array(analyser.fftSize)
    const measure = () => {
      analyser.getFloatTimeDomainData(samples)
      let sum = 0
      for (const sample of samples) sum += sample * sample
      const db = 10 * Math.log10(sum / samples.length || 1e-12)
      setLevel(Math.max(0, Math.min(100, Math.round(((db + 60) / 60) * 100))))
      frame.current = requestAnimationFrame(measure)
    }
    measure()

    const type = recorderType()
    const media = new MediaRecorder(microphone, type ? { mimeType: type } : undefined)
    recorder.current = media
    const chunks: Blob[] = []
    media.ondataavailable = (event) => {
      if (event.data.size > 0) chunks.push(event.data)
    }
    media.onstop = () => {
      releaseMicrophone()
      const recordedType = media.mimeType || type || 'audio/webm'
      const blob = new Blob(chunks, { type: recordedType })
      setTake({ blob, url: URL.createObjectURL(blob), type: recordedType })
      setPhase('recorded')
      setStatus('Đã dừng ghi âm. Nghe thử bản vừa ghi, rồi chọn "Dùng bản ghi này" hoặc "Ghi lại".')
      requestAnimationFrame(() => takeButton.current?.focus())
    }
    media.start(1000)
    const started = Date.now()
    setElapsed(0)
    timer.current = setInterval(() => setElapsed((Date.now() - started) / 1000), 250)
    setPhase('recording')
    setStatus('Đang ghi âm. Bấm "Dừng" khi đọc xong.')
  }

  function stopRecording() {
    if (recorder.current && recorder.current.state !== 'inactive') recorder.current.stop()
  }

  // The previous take is kept until the microphone is granted again (startRecording drops it then).
  function retake() {
    void startRecording()
  }

  async function upload(file: Blob, name: string) {
    setProblem(null)
    setPhase('uploading')
    setStatus('Đang tải bản ghi lên và đo thời lượng, độ lớn…')
    const form = new FormData()
    form.append('file', file, name)
    const title = articleTitle?.trim() ? articleTitle.trim() : 'bài chưa đặt tên'
    // No `article` yet: the clip is linked to the article when the article is published with it
    // (broadcastGroup's linkPublishedReadOut), so a recording waiting for approval stays staff-only.
    form.append('_payload', JSON.stringify({ title: `Bài đọc: ${title}`, kind: 'read-out' }))
    try {
      const response = await fetch('/api/audio-clips', { method: 'POST', body: form, credentials: 'include' })
      const body = (await response.json().catch(() => ({}))) as { doc?: Clip; errors?: { message?: string }[]; message?: string }
      if (!response.ok || !body.doc) {
        setPhase(take ? 'recorded' : 'idle')
        setStatus('')
        setProblem(body.errors?.[0]?.message ?? body.message ?? 'Không tải lên được bản ghi. Hãy thử lại.')
        return
      }
      setClip(body.doc)
      setValue(body.doc.id)
      if (take) URL.revokeObjectURL(take.url)
      setTake(null)
      setPhase('idle')
      setStatus('Đã tải lên bản ghi. Hãy lưu bài để gắn bản ghi vào bài; bản ghi được duyệt cùng nội dung.')
    } catch {
      setPhase(take ? 'recorded' : 'idle')
      setStatus('')
      setProblem('Không kết nối được máy chủ. Hãy thử lại.')
    } finally {
      if (fileInput.current) fileInput.current.value = ''
    }
  }

  const busy = phase === 'asking' || phase === 'uploading'
  const ids = { meter: `${baseId}-muc`, file: `${baseId}-tep`, status: `${baseId}-trang-thai`, description: `${baseId}-mo-ta` }

  return (
    <fieldset className="field-type read-out-recorder" aria-describedby={ids.description} style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '1rem', marginBottom: '1.5rem' }}>
      <legend style={{ fontWeight: 600, padding: '0 0.25rem' }}>Bản ghi âm bài đọc</legend>
      <FieldError path={path} showError={showError} />
      <p id={ids.description} style={{ marginTop: 0, color: 'var(--theme-elevation-800)' }}>
        Ghi âm ngay trên trình duyệt hoặc tải lên tệp ghi âm. Bản ghi được lưu cùng bài và duyệt cùng nội dung; loa chỉ phát bản ghi của bản đã xuất bản.
      </p>

      {clip ? (
        <div className="read-out-recorder__saved" data-testid="ban-ghi-da-luu">
          <p style={{ marginBottom: '0.25rem' }}>
            <strong>Bản ghi đang gắn:</strong> {clip.title ?? `Tệp âm thanh #${clip.id}`}
          </p>
          <ul style={{ margin: '0 0 0.5rem', paddingLeft: '1.25rem' }}>
            <li data-testid="thoi-luong">Thời lượng: {typeof clip.durationSeconds === 'number' ? vietnameseLength(clip.durationSeconds) : 'chưa đo được'}</li>
            <li data-testid="do-lon">Độ lớn: {typeof clip.loudnessLufs === 'number' ? `${oneDecimal.format(clip.loudnessLufs)} LUFS` : 'không đo được (bản ghi quá nhỏ hoặc im lặng)'}</li>
            <li data-testid="dinh-thuc">Đỉnh thực: {typeof clip.truePeakDbtp === 'number' ? `${oneDecimal.format(clip.truePeakDbtp)} dBTP` : 'không đo được'}</li>
          </ul>
          {clip.url ? (
            // biome-ignore lint/a11y/useMediaCaption: a read-out of the article's own text; the text is the transcript
            <audio controls preload="metadata" src={clip.url} aria-label="Nghe bản ghi đang gắn với bài" style={{ width: '100%' }} />
          ) : null}
          {!locked && (
            <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => setValue(null)} disabled={busy || phase === 'recording'}>
              Bỏ bản ghi khỏi bài
            </button>
          )}
        </div>
      ) : (
        <p data-testid="chua-co-ban-ghi">Bài chưa có bản ghi âm.</p>
      )}

      {!locked && (
        <div className="read-out-recorder__record" style={{ marginTop: '1rem' }}>
          {phase === 'recording' ? (
            <>
              <label htmlFor={ids.meter} style={{ display: 'block' }}>
                Mức âm thanh micro
              </label>
              <meter id={ids.meter} min={0} max={100} low={20} high={90} optimum={60} value={level} data-level={level} style={{ width: '100%', height: '1.25rem' }}>
                {level}%
              </meter>
              <p aria-hidden="true" style={{ fontVariantNumeric: 'tabular-nums' }}>
                Đang ghi: {clock(elapsed)}
              </p>
              <button type="button" className="btn btn--style-primary btn--size-small" onClick={stopRecording}>
                Dừng
              </button>
            </>
          ) : phase === 'recorded' && take ? (
            <>
              {/* biome-ignore lint/a11y/useMediaCaption: the editor's own reading of the article, heard before it is kept */}
              <audio controls src={take.url} aria-label="Nghe thử bản vừa ghi" style={{ width: '100%' }} />
              <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
                <button ref={takeButton} type="button" className="btn btn--style-primary btn--size-small" onClick={() => void upload(take.blob, `bai-doc.${extensionOf(take.type)}`)}>
                  Dùng bản ghi này
                </button>
                <button type="button" className="btn btn--style-secondary btn--size-small" onClick={retake}>
                  Ghi lại
                </button>
              </div>
            </>
          ) : (
            <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => void startRecording()} disabled={busy}>
              {clip ? 'Ghi âm bản mới' : 'Ghi âm'}
            </button>
          )}

          <div style={{ marginTop: '1rem' }}>
            <label htmlFor={ids.file} style={{ display: 'block', marginBottom: '0.25rem' }}>
              Hoặc tải lên tệp ghi âm (MP3, WAV, OGG, M4A, WebM, FLAC)
            </label>
            <input
              ref={fileInput}
              id={ids.file}
              type="file"
              accept="audio/*,.mp3,.wav,.ogg,.m4a,.webm,.flac"
              disabled={busy || phase === 'recording'}
              onChange={(event) => {
                const file = event.currentTarget.files?.[0]
                if (file) void upload(file, file.name)
              }}
            />
          </div>
        </div>
      )}

      <p id={ids.status} role="status" aria-live="polite" data-testid="trang-thai-ghi-am" style={{ minHeight: '1.25rem' }}>
        {status}
      </p>
      {problem && (
        <p role="alert" data-testid="loi-ghi-am" style={{ color: 'var(--theme-error-500)' }}>
          {problem}
        </p>
      )}
    </fieldset>
  )
}
