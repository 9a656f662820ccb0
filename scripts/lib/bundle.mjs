/**
 * Loa's own TypeScript bundled with esbuild (packages left out, loaded by Node from node_modules),
 * so that servers, the worker, the playout and scripts run under plain Node. Under the tsx loader
 * every one of the thousands of modules Payload and Next load goes through its hooks: importing
 * payload and the SQLite adapter took 3.0 s instead of 1.5 s, and opening the database 16–28 s
 * instead of 6–7 s on a busy 2-core machine.
 *
 * A bundle is kept in node_modules/.cache/loa-bundles/<entry>/<hash>/ (inside node_modules, so its
 * imports of packages resolve to the project's), where the hash covers the content of every file
 * esbuild read for it, plus tsconfig.json and package.json. The list of those files is kept beside
 * it, so a start with unchanged sources hashes them and reuses the bundle without running esbuild;
 * any change, or a file gone, builds again. Bundles and lists are written to a temporary name and
 * renamed, so processes starting at once (test workers, the server and the worker) never read a
 * half-written one.
 *
 * Differences from tsx that matter, and how they are kept away:
 * - import.meta.url / dirname / filename are replaced in each file by that file's own source path,
 *   so payload.config.ts, build-if-needed and the ffmpeg wrapper lookup see what they saw under tsx.
 * - One file per bundle (no code splitting): once started, a process never reads its bundle folder
 *   again, so an old folder can be removed while a long-running process that started from it runs.
 * - Names are kept (keepNames), so class and function names in logs and errors are the source's.
 */
import { createHash } from 'node:crypto'
import { readdirSync, rmSync, statSync } from 'node:fs'
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const cacheRoot = path.join(root, 'node_modules', '.cache', 'loa-bundles')
/** Files that change how the sources are bundled or resolved, besides the sources themselves. */
const SETTINGS = ['tsconfig.json', 'package.json']
/** Bumped when the bundle options below change, so older bundles are not reused. */
const FORMAT = '1'
/** Older bundles of an entry are removed once this old (a process reads its bundle only at start). */
const KEEP_OLD_MS = 24 * 3600_000

const SOURCE = /\.(?:[cm]?[jt]sx?|json)$/
const LOADERS = { '.ts': 'ts', '.mts': 'ts', '.cts': 'ts', '.tsx': 'tsx', '.js': 'js', '.mjs': 'js', '.cjs': 'js', '.jsx': 'jsx', '.json': 'json' }

function entryKey(entry) {
  return path.relative(root, entry).replace(/[\\/]/g, '+')
}

async function hashOf(files, contentOf) {
  const hash = createHash('sha256').update(`${FORMAT}\0${process.version}\0`)
  for (const file of [...SETTINGS, ...files]) {
    hash.update(`${file}\0`)
    hash.update(await contentOf(file))
    hash.update('\0')
  }
  return hash.digest('hex').slice(0, 20)
}

const fromDisk = (file) => readFile(path.join(root, file))

/** A bundle made earlier from exactly the current sources, or null. */
async function cachedBundle(key, outName) {
  let inputs
  try {
    inputs = JSON.parse(await readFile(path.join(cacheRoot, `${key}.json`), 'utf8')).inputs
  } catch {
    return null
  }
  let hash
  try {
    hash = await hashOf(inputs, fromDisk)
  } catch {
    return null // a source is gone: build again
  }
  const file = path.join(cacheRoot, key, hash, outName)
  return (await stat(file).then(() => true, () => false)) ? file : null
}

async function writeAtomically(file, contents) {
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`
  await writeFile(temp, contents)
  await rename(temp, file)
}

function removeOld(dir, keep) {
  try {
    for (const name of readdirSync(dir)) {
      if (name === keep) continue
      const full = path.join(dir, name)
      if (Date.now() - statSync(full).mtimeMs > KEEP_OLD_MS) rmSync(full, { recursive: true, force: true })
    }
  } catch {
    // another process cleaning up at the same time
  }
}

/** Rewrites import.meta.url / dirname / filename to the source file's own, as tsx leaves them. */
function sourcePaths(contents, file) {
  if (!contents.includes('import.meta')) return contents
  return contents
    .replace(/\bimport\.meta\.url\b/g, JSON.stringify(pathToFileURL(file).href))
    .replace(/\bimport\.meta\.dirname\b/g, JSON.stringify(path.dirname(file)))
    .replace(/\bimport\.meta\.filename\b/g, JSON.stringify(file))
}

async function build(entry, key, outName) {
  const { build: esbuild } = await import('esbuild')
  /** What esbuild was given for each project file: the hash is of exactly what was bundled. */
  const read = new Map()
  const result = await esbuild({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    keepNames: true,
    outdir: path.join(cacheRoot, key, 'out'),
    write: false,
    metafile: true,
    logLevel: 'error',
    plugins: [
      {
        name: 'loa-source-paths',
        setup(b) {
          b.onLoad({ filter: SOURCE }, async (args) => {
            if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined
            const raw = await readFile(args.path)
            read.set(path.relative(root, args.path), raw)
            return { contents: sourcePaths(raw.toString('utf8'), args.path), loader: LOADERS[path.extname(args.path)] ?? 'default' }
          })
        },
      },
    ],
  })
  const inputs = Object.keys(result.metafile.inputs).sort()
  const hash = await hashOf(inputs, (file) => read.get(file) ?? fromDisk(file))
  const dir = path.join(cacheRoot, key, hash)
  const file = path.join(dir, outName)
  if (!(await stat(file).then(() => true, () => false))) {
    const temp = `${dir}.${process.pid}.${Date.now()}.tmp`
    await mkdir(temp, { recursive: true })
    for (const output of result.outputFiles) await writeFile(path.join(temp, path.basename(output.path)), output.contents)
    try {
      await rename(temp, dir)
    } catch {
      // Another process renamed the same bundle first.
      await rm(temp, { recursive: true, force: true })
    }
  }
  await writeAtomically(path.join(cacheRoot, `${key}.json`), JSON.stringify({ entry: path.relative(root, entry), inputs }) + '\n')
  removeOld(path.join(cacheRoot, key), hash)
  return file
}

/** The path of an up-to-date bundle of `entry` (a .ts file of this project), made when needed. */
export async function bundledEntry(entry) {
  const absolute = path.resolve(root, entry)
  const key = entryKey(absolute)
  const outName = `${path.basename(absolute).replace(/\.[cm]?[jt]sx?$/, '')}.js`
  await mkdir(cacheRoot, { recursive: true })
  return (await cachedBundle(key, outName)) ?? (await build(absolute, key, outName))
}

/**
 * Runs `entry` bundled; without esbuild, or when it cannot bundle, or with LOA_RUN_WITH_TSX=1, runs
 * the sources through tsx instead (slower to start; stack traces name the .ts files).
 */
export async function runEntry(entry) {
  const source = path.resolve(root, entry)
  let url
  try {
    if (process.env.LOA_RUN_WITH_TSX === '1') throw null
    url = pathToFileURL(await bundledEntry(source)).href
  } catch (error) {
    if (error !== null) console.error(`[loa] Không đóng gói được ${path.relative(root, source)} (${error instanceof Error ? error.message : error}); chạy bằng tsx.`)
    const { register } = await import('tsx/esm/api')
    register()
    url = pathToFileURL(source).href
  }
  await import(url)
}
