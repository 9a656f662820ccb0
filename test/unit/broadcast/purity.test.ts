import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

/**
 * src/broadcast must stay pure: time is passed in, files and ffmpeg are the adapters' business.
 * A grep is crude but catches the usual slip (a `new Date()` added for "today").
 */
const dir = fileURLToPath(new URL('../../../src/broadcast/', import.meta.url))
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'))

describe('src/broadcast purity', () => {
  it.each(files)('%s reads no clock, file system, ffmpeg or Payload', (file) => {
    const code = readFileSync(dir + file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')
    expect(code).not.toMatch(/new Date\(\s*\)/)
    expect(code).not.toMatch(/Date\.now\s*\(/)
    expect(code).not.toMatch(/from ['"](node:)?(fs|fs\/promises|child_process)['"]/)
    expect(code).not.toMatch(/from ['"](payload|@payloadcms\/[^'"]+|fluent-ffmpeg|@ffmpeg-installer\/[^'"]+)['"]/)
    expect(code.split('\n').length).toBeLessThan(260)
  })
})
