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

/** Arguments for `node` to run a TypeScript entry point and its arguments (see NODE_FLAGS). */
export function scriptArgs(script: string, args: string[] = []): string[] {
  return [...NODE_FLAGS, script, ...args]
}

export function startLongRunning(name: string, command: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  const child = spawn(command, args, { stdio: 'inherit', ...options })
  child.on('exit', (code, signal) => console.log(`[start] ${name} stopped (${signal ?? `exit ${code}`})`))
  return child
}
