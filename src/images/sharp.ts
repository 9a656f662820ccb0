import { createRequire } from 'node:module'
import type { SharpDependency } from 'payload'
import type Sharp from 'sharp'

type SharpModule = typeof Sharp

let loaded: SharpModule | undefined

/**
 * sharp (libvips), loaded on first use instead of when the config is imported: only the web server
 * handles images, and loading libvips cost every other process (the worker, `npm run assemble`,
 * scripts) about 7 MB of RSS. Loaded synchronously because Payload calls `config.sharp(input)` and
 * chains on the result; sharp is a CommonJS package, so require() is enough.
 */
export function loadSharp(): SharpModule {
  loaded ??= createRequire(import.meta.url)('sharp') as SharpModule
  return loaded
}

/** What Payload's `sharp` setting takes: a function called with the image and its options. */
export const lazySharp: SharpDependency = (input, options) => loadSharp()(input, options)
