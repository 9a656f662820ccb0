import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'
import path from 'node:path'

/** Runs a command to completion with inherited output; rejects with its exit code. */
export function run(command: string, args: string[], options: SpawnOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options })
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      if (code === 0) resolve()
      else reject(new Error(`${command} ${args.join(' ')} exited with ${signal ?? code}`))
    })
  })
}

/** scripts/run.mjs: runs a TypeScript entry point bundled by esbuild, under plain Node. */
export const LAUNCHER = path.resolve(import.meta.dirname, '..', 'run.mjs')

/**
 * Node arguments that go before a TypeScript entry point (then its arguments) to run it as npm
 * scripts do: `[...NODE_FLAGS, 'scripts/assemble.ts', '--date', …]`.
 *
 * `--conditions=production` makes Lexical's packages load their plain builds instead of their
 * `.node.mjs` wrappers, whose top-level `await import()` deadlocks Node 20's module loader in most
 * runs (the process hangs or exits with code 13). The launcher (scripts/run.mjs) runs the entry
 * point bundled by esbuild instead of through the tsx loader: a server is ready, and a script
 * done, in well under half the time (scripts/lib/bundle.mjs).
 */
export const NODE_FLAGS = ['--conditions=production', LAUNCHER]

/**
 * V8 flags for the processes that assemble programmes: the worker (`npm run worker`, and under `npm
 * start`) and `npm run assemble`, whose npm scripts carry the same. Semi-spaces of 1 MB instead of
 * V8's 16 MB: loading Payload allocates a stream of short-lived objects, and V8 grew the young
 * generation to its full 32 MB for it, then kept it. Measured by `npm run bench:assemble` on the
 * real `npm run assemble`: the process's peak RSS 157 → 127 MB, its CPU time the same within noise.
 * Not for the web server, whose request handling allocates far more and would collect more often.
 */
export const ASSEMBLER_NODE_FLAGS = ['--max-semi-space-size=1']

/** Arguments for `node` to run a TypeScript entry point and its arguments (see NODE_FLAGS). */
export function scriptArgs(script: string, args: string[] = []): string[] {
  return [...NODE_FLAGS, script, ...args]
}

export function startLongRunning(name: string, command: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  const child = spawn(command, args, { stdio: 'inherit', ...options })
  child.on('exit', (code, signal) => console.log(`[start] ${name} stopped (${signal ?? `exit ${code}`})`))
  return child
}
