import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { NODE_FLAGS } from '../../scripts/lib/processes'
import { ROOT } from '../support/loaServer'

function startServer(databaseUrl: string, extraEnv: Record<string, string> = {}) {
  const started = Date.now()
  const result = spawnSync(process.execPath, [...NODE_FLAGS, 'src/server.ts'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: databaseUrl, PORT: '0', LOA_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'loa-start-')), ...extraEnv },
    encoding: 'utf8',
    timeout: 60_000,
  })
  return { ...result, seconds: (Date.now() - started) / 1000 }
}

describe('choosing the database by DATABASE_URL', () => {
  it.each(['postgres://localhost/loa', 'mysql://root@localhost/loa', 'sqlite:./loa.db'])('refuses %s in one line that names the accepted forms', (url) => {
    const result = startServer(url)
    expect(result.status).toBe(1)
    const lines = result.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain('DATABASE_URL không hợp lệ')
    expect(lines[0]).toMatch(/file:.*mongodb:\/\/.*mongodb\+srv:\/\//)
  })

  it('fails fast with a clear message when no MongoDB answers at the URL', () => {
    // Port 9 on loopback: nothing listens, the connection is refused at once.
    const result = startServer('mongodb://127.0.0.1:9/loa')
    expect(result.status).toBe(1)
    const message = /Không kết nối được cơ sở dữ liệu mongodb:\/\/127\.0\.0\.1:9\/loa \(sau ([\d,]+) giây\)/.exec(result.stderr)
    expect(message, result.stderr).not.toBeNull()
    // The driver's own default would wait 30 s; Loa gives up after its 5 s server-selection limit
    // (plus loading the config). The whole process is not timed: node start-up depends on the machine.
    expect(Number(message?.[1].replace(',', '.'))).toBeLessThan(15)
  })

  it('has a committed migration for every schema change', () => {
    const result = spawnSync(process.execPath, [...NODE_FLAGS, 'scripts/migrate-check.ts'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
    expect(result.status, result.stderr).toBe(0)
  })
})

describe('the read-out voice settings', () => {
  it.each([
    [{ LOA_TTS_PROVIDER: 'google' }, 'LOA_TTS_PROVIDER'],
    [{ LOA_TTS_PROVIDER: 'fpt' }, 'LOA_TTS_API_KEY'],
    [{ LOA_TTS_PROVIDER: 'zalo', LOA_TTS_API_KEY: 'k', LOA_TTS_URL: 'file:///etc/passwd' }, 'LOA_TTS_URL'],
  ])('refuses to start with %o, naming the setting in Vietnamese', (env, name) => {
    const result = startServer(`file:${path.join(mkdtempSync(path.join(tmpdir(), 'loa-tts-')), 'loa.db')}`, env)
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('Cấu hình giọng đọc (LOA_TTS_*) chưa đúng')
    expect(result.stderr).toContain(name)
  })
})
