/**
 * Where the air signal is streamed: an existing Icecast server (ICECAST_URL, ICECAST_SOURCE_PASSWORD)
 * or, by default, one Loa runs itself on loopback with passwords made at each start (the embedded
 * default, as SQLite is for the database). Icecast 2.4 (Debian `icecast2`).
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { chmod, chown, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import net from 'node:net'
import path from 'node:path'
import type { IcecastTarget } from './liquidsoap'

export const DEFAULT_MOUNT = '/loa.mp3'

export type IcecastConfig = {
  port: number
  sourcePassword: string
  adminPassword: string
}

const xmlText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** icecast.xml for a loopback server; logs go to stdout/stderr ("-"), so no log folder is needed. */
export function icecastConfigXml(config: IcecastConfig): string {
  return `<icecast>
  <location>Loa</location>
  <admin>loa@localhost</admin>
  <limits>
    <clients>100</clients>
    <sources>4</sources>
    <queue-size>524288</queue-size>
    <client-timeout>30</client-timeout>
    <header-timeout>15</header-timeout>
    <source-timeout>10</source-timeout>
    <burst-on-connect>1</burst-on-connect>
    <burst-size>65535</burst-size>
  </limits>
  <authentication>
    <source-password>${xmlText(config.sourcePassword)}</source-password>
    <relay-password>${xmlText(config.adminPassword)}</relay-password>
    <admin-user>admin</admin-user>
    <admin-password>${xmlText(config.adminPassword)}</admin-password>
  </authentication>
  <hostname>127.0.0.1</hostname>
  <listen-socket>
    <port>${config.port}</port>
    <bind-address>127.0.0.1</bind-address>
  </listen-socket>
  <fileserve>1</fileserve>
  <paths>
    <basedir>/usr/share/icecast2</basedir>
    <logdir>/tmp</logdir>
    <webroot>/usr/share/icecast2/web</webroot>
    <adminroot>/usr/share/icecast2/admin</adminroot>
  </paths>
  <logging>
    <accesslog>-</accesslog>
    <errorlog>-</errorlog>
    <loglevel>2</loglevel>
  </logging>
  <security>
    <chroot>0</chroot>
  </security>
</icecast>
`
}

/**
 * ICECAST_URL (http://host:port/mount) with ICECAST_SOURCE_PASSWORD (and optional ICECAST_SOURCE_USER):
 * the external server's target; null when not set. Throws, in Vietnamese, on an unusable value.
 */
export function externalIcecastFromEnv(env: Record<string, string | undefined>): (IcecastTarget & { listenUrl: string }) | null {
  const raw = env.ICECAST_URL?.trim()
  if (!raw) return null
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new Error(`ICECAST_URL không hợp lệ: ${raw}`)
  }
  if (url.protocol !== 'http:') throw new Error('ICECAST_URL phải bắt đầu bằng http://')
  const password = env.ICECAST_SOURCE_PASSWORD?.trim()
  if (!password) throw new Error('Đã đặt ICECAST_URL nhưng thiếu ICECAST_SOURCE_PASSWORD')
  const mount = url.pathname && url.pathname !== '/' ? url.pathname : DEFAULT_MOUNT
  const port = Number(url.port || 80)
  return { host: url.hostname, port, user: env.ICECAST_SOURCE_USER?.trim() || 'source', password, mount, listenUrl: `http://${url.host}${mount}` }
}

/** A free TCP port on loopback (the kernel picks it; closed again before use). */
export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/**
 * Icecast refuses to run as root. Its own <changeowner> is no use here: a change of user clears the
 * parent-death signal, so an icecast2 that switched user outlives a killed Loa (prctl(2)). As root,
 * setpriv starts it as Debian's icecast2 user instead, and sets the signal after the switch.
 */
function ownerWhenRoot(): { user: string; group: string } | null {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return null
  const has = (file: string, name: string) => {
    try {
      return readFileSync(file, 'utf8').split('\n').some((line) => line.startsWith(`${name}:`))
    } catch {
      return false
    }
  }
  if (has('/etc/passwd', 'icecast2') && has('/etc/group', 'icecast')) return { user: 'icecast2', group: 'icecast' }
  return { user: 'nobody', group: 'nogroup' }
}

function uidOf(user: string): number {
  const line = readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith(`${user}:`))
  return Number(line?.split(':')[2])
}

/** Fresh passwords for a server on `port`; made before the server starts so Liquidsoap can be started first. */
export const newIcecastConfig = (port: number): IcecastConfig => ({ port, sourcePassword: randomBytes(16).toString('hex'), adminPassword: randomBytes(16).toString('hex') })

/** The embedded server's target for a config (what startEmbeddedIcecast resolves with). */
export const embeddedTarget = (config: IcecastConfig): { target: IcecastTarget; listenUrl: string } => ({
  target: { host: '127.0.0.1', port: config.port, user: 'source', password: config.sourcePassword, mount: DEFAULT_MOUNT },
  listenUrl: `http://127.0.0.1:${config.port}${DEFAULT_MOUNT}`,
})

export type EmbeddedIcecast = { target: IcecastTarget; listenUrl: string; child: ChildProcess; stop: () => Promise<void> }

/**
 * Starts icecast2 with a config in `dir` (0600: it holds the passwords) on `port` (a free one when
 * not given), under `setpriv --pdeathsig KILL` so it ends with Loa's playout process. Resolves
 * when the server answers.
 */
export async function startEmbeddedIcecast(options: { dir: string; port?: number; config?: IcecastConfig; binary?: string; onLine?: (line: string) => void }): Promise<EmbeddedIcecast> {
  const config = options.config ?? newIcecastConfig(options.port ?? (await freeLoopbackPort()))
  const port = config.port
  const owner = process.platform === 'linux' ? ownerWhenRoot() : null
  // As root the config goes to a folder of its own under the system temp folder, owned by the
  // icecast user: it must read the file after the switch, and Loa's data folder (or a test's
  // 0700 temp folder) may not be reachable for that user.
  const configDir = owner ? await mkdtemp(path.join(tmpdir(), 'loa-icecast-')) : options.dir
  await mkdir(configDir, { recursive: true })
  const file = path.join(configDir, 'icecast.xml')
  await writeFile(file, icecastConfigXml(config), { mode: 0o600 })
  await chmod(file, 0o600)
  if (owner) {
    const uid = uidOf(owner.user)
    await chown(configDir, uid, 0)
    await chown(file, uid, 0)
  }
  const binary = options.binary ?? 'icecast2'
  const dropRoot = owner ? ['--reuid', owner.user, '--regid', owner.group, '--init-groups'] : []
  const [program, args] = process.platform === 'linux' ? ['setpriv', ['--pdeathsig', 'KILL', ...dropRoot, '--', binary, '-c', file]] : [binary, ['-c', file]]
  const child = spawn(program, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  let exited: string | null = null
  child.on('exit', (code, signal) => {
    exited = `${signal ?? code}`
  })
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding('utf8')
    stream?.on('data', (chunk: string) => {
      for (const line of chunk.split('\n')) if (line.trim()) options.onLine?.(line)
    })
  }
  const stop = async () => {
    if (exited === null) {
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
        setTimeout(() => child.kill('SIGKILL'), 5000).unref()
      })
    }
  }
  const deadline = Date.now() + 15_000
  for (;;) {
    if (exited !== null) throw new Error(`icecast2 dừng ngay khi khởi động (${exited})`)
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status-json.xsl`)
      if (response.ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`icecast2 không trả lời ở cổng ${port} sau 15 giây`)
    }
    await new Promise((resolve) => setTimeout(resolve, 150))
  }
  // Read once at start: the copy with the passwords does not outlive the start, even if Loa is killed.
  if (owner) await rm(configDir, { recursive: true, force: true })
  return { ...embeddedTarget(config), child, stop }
}
