/**
 * Read-out benchmark: `npm run bench:tts` (add `-- --keep` to keep the files).
 *
 * One realistic district news story of about 2 000 characters (abbreviations, dates, times, numbers,
 * a document number: the things the normaliser rewrites) goes through what "Tạo bài đọc" runs with
 * the local voice: normalisation (normaliseForSpeech), synthesis (the local espeak-ng engine,
 * written atomically) and the loudness measurement every upload gets (measureLoudness: a full
 * decode through ebur128). Baseline, in the same run: plain espeak-ng on the raw text, no
 * normalisation, no measurement. Each step runs ROUNDS times; the median is reported.
 *
 * Figures: normalisation in characters per second; synthesis and the whole as real-time factor
 * (processing time / audio duration: 0.01 means a minute of speech takes 0.6 s); ratio of the
 * whole to the baseline.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { measureLoudness, probeAudio } from '../../src/audio/probe'
import { localSpeechEngine } from '../../src/speech/engines/local'
import { normaliseForSpeech } from '../../src/speech/normalise'

const ROUNDS = 5
const NORMALISE_ROUNDS = 200
const keep = process.argv.includes('--keep')
const dir = mkdtempSync(path.join(tmpdir(), 'loa-bench-tts-'))

const ARTICLE = [
  'Huyện Tân Phú: Ra quân chiến dịch tiêm chủng và cải cách hành chính năm 2026',
  'Sáng 29/11/2026, UBND huyện Tân Phú phối hợp với Ủy ban MTTQ Việt Nam huyện tổ chức lễ ra quân chiến dịch tiêm chủng mở rộng và đẩy mạnh CCHC, giải quyết TTHC trên địa bàn. Tham dự có đồng chí Nguyễn Văn Hùng, Phó Chủ tịch UBND huyện; lãnh đạo HĐND huyện, các phòng, ban chuyên môn và đại diện 18 xã, thị trấn.',
  'Theo báo cáo, từ tháng 4 đến hết tháng 10/2026, Trung tâm Y tế huyện đã tiêm cho 12.450 trẻ em dưới 5 tuổi, đạt 98% kế hoạch; tỷ lệ người dân tham gia BHYT đạt 93,5%, tăng 2,5% so với cùng kỳ. Có 1.800 hộ gia đình được hỗ trợ thẻ BHYT theo Nghị định 61/2018/NĐ-CP về thực hiện cơ chế một cửa, một cửa liên thông.',
  'Buổi tiêm chủng diễn ra từ 7h30 đến 11h00 và từ 13h30 đến 17h00 các ngày 10 và 25 hằng tháng tại trạm y tế các xã. Phụ huynh mang theo sổ tiêm chủng và thẻ BHYT của trẻ. Những trường hợp trẻ đang sốt trên 38 độ C hoặc mắc bệnh cấp tính sẽ được hẹn tiêm lại sau 7–10 ngày.',
  'Về cải cách hành chính, Bộ phận một cửa huyện đã tiếp nhận 6.320 hồ sơ, trong đó 5.900 hồ sơ được giải quyết trước và đúng hạn, đạt 93,4%. Trên 55% hồ sơ được nộp trực tuyến qua Cổng dịch vụ công quốc gia. Huyện đã số hóa 24.000 trang hồ sơ đất đai trên diện tích 1.250 ha, phục vụ cấp giấy chứng nhận quyền sử dụng đất.',
  'Phát biểu tại buổi lễ, đồng chí Phó Chủ tịch UBND huyện đề nghị các xã, thị trấn tiếp tục tuyên truyền trên hệ thống truyền thanh cơ sở, vận động người dân đưa trẻ đi tiêm đầy đủ, đúng lịch; đồng thời đẩy mạnh thanh toán không dùng tiền mặt khi nộp phí, lệ phí. Mọi ý kiến phản ánh xin gửi về đường dây nóng 0251 3861 234 hoặc Trung tâm VH-TT&TT huyện.',
  'Cũng trong tháng 12, Phòng VH-TT huyện phối hợp Đoàn thanh niên tổ chức 5 buổi tuyên truyền về an toàn giao thông tại các trường THCS, THPT; lực lượng CSGT sẽ hướng dẫn học sinh đội mũ bảo hiểm đúng quy chuẩn.',
  'Dịp này, UBND huyện trao giấy khen cho 12 tập thể và 20 cá nhân có thành tích xuất sắc trong phong trào thi đua năm 2026, mỗi suất quà trị giá 500.000 đồng.',
].join('\n')

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

function espeakRaw(text: string, output: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('espeak-ng', ['-v', 'vi', '-s', '150', '--stdin', '-w', output], { stdio: ['pipe', 'ignore', 'inherit'] })
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`espeak-ng exited with ${code}`))))
    child.stdin.end(text)
  })
}

async function timed<T>(run: () => Promise<T> | T): Promise<{ value: T; seconds: number }> {
  const started = performance.now()
  const value = await run()
  return { value, seconds: (performance.now() - started) / 1000 }
}

try {
  console.log(`[bench] article: ${ARTICLE.length} characters, ${ARTICLE.split(/\s+/).length} words; ${ROUNDS} rounds (median); files in ${dir}`)
  // Warm-up: module loading, the first espeak-ng start (voice data into the page cache).
  normaliseForSpeech(ARTICLE)
  await espeakRaw(ARTICLE, path.join(dir, 'warm.wav'))

  // Normalisation is microseconds to milliseconds: timed over many calls to be readable.
  const perCall: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    const { seconds } = await timed(() => {
      for (let i = 0; i < NORMALISE_ROUNDS; i++) normaliseForSpeech(ARTICLE)
    })
    perCall.push(seconds / NORMALISE_ROUNDS)
  }
  const normaliseSeconds = median(perCall)
  const { spoken, flagged } = normaliseForSpeech(ARTICLE)

  const engine = localSpeechEngine()
  const synthesis: number[] = []
  const measurement: number[] = []
  const baseline: number[] = []
  let audioSeconds = 0
  let baselineAudioSeconds = 0
  let loudness = { integratedLufs: 0, truePeakDbtp: 0 }
  for (let round = 0; round < ROUNDS; round++) {
    const output = path.join(dir, `read-out-${round}.wav`)
    synthesis.push((await timed(() => engine.synthesise(spoken, output))).seconds)
    const measured = await timed(() => measureLoudness(output))
    measurement.push(measured.seconds)
    audioSeconds = measured.value.durationSeconds
    loudness = measured.value

    const raw = path.join(dir, `baseline-${round}.wav`)
    baseline.push((await timed(() => espeakRaw(ARTICLE, raw))).seconds)
    baselineAudioSeconds = (await probeAudio(raw)).durationSeconds
  }

  const synthesisSeconds = median(synthesis)
  const measurementSeconds = median(measurement)
  const baselineSeconds = median(baseline)
  const totalSeconds = normaliseSeconds + synthesisSeconds + measurementSeconds
  const rows: [string, string, string, string][] = [
    ['normalisation', `${(normaliseSeconds * 1000).toFixed(3)} ms`, `${Math.round(ARTICLE.length / normaliseSeconds).toLocaleString('en-US')} chars/s`, `${(normaliseSeconds / audioSeconds).toFixed(5)}`],
    ['local synthesis (espeak-ng vi)', `${(synthesisSeconds * 1000).toFixed(1)} ms`, `${audioSeconds.toFixed(1)} s audio`, `${(synthesisSeconds / audioSeconds).toFixed(4)}`],
    ['loudness measurement', `${(measurementSeconds * 1000).toFixed(1)} ms`, `${loudness.integratedLufs} LUFS`, `${(measurementSeconds / audioSeconds).toFixed(4)}`],
    ['total (read-out)', `${(totalSeconds * 1000).toFixed(1)} ms`, `${Math.round(ARTICLE.length / totalSeconds).toLocaleString('en-US')} chars/s`, `${(totalSeconds / audioSeconds).toFixed(4)}`],
    ['baseline: raw espeak-ng only', `${(baselineSeconds * 1000).toFixed(1)} ms`, `${baselineAudioSeconds.toFixed(1)} s audio`, `${(baselineSeconds / baselineAudioSeconds).toFixed(4)}`],
  ]
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length), ['step', 'time', 'figure', 'RTF'][i].length))
  const line = (cells: string[]) => `[bench] ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')}`
  console.log('')
  console.log(line(['step', 'time', 'figure', 'RTF']))
  for (const row of rows) console.log(line(row))
  console.log('')
  console.log(`[bench] spoken text: ${spoken.length} characters (from ${ARTICLE.length}), ${flagged.length} flagged for the editor`)
  console.log(`[bench] ratio total/baseline: ${(totalSeconds / baselineSeconds).toFixed(2)} (normalisation + synthesis + measurement vs raw espeak-ng)`)
  console.log(`[bench] speech: ${(audioSeconds / 60).toFixed(2)} min read-out made in ${totalSeconds.toFixed(2)} s (${(audioSeconds / totalSeconds).toFixed(0)}x real time)`)
} finally {
  if (keep) console.log(`[bench] kept ${dir}`)
  else rmSync(dir, { recursive: true, force: true })
}
