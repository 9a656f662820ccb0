import { describe, expect, it } from 'vitest'
import { DatabaseUrlError, parseDatabaseUrl, redact } from '../../src/db/databaseUrl'

describe('parseDatabaseUrl', () => {
  it.each([
    [undefined, { kind: 'sqlite', filePath: './data/loa.db' }],
    ['', { kind: 'sqlite', filePath: './data/loa.db' }],
    ['file:./data/loa.db', { kind: 'sqlite', filePath: './data/loa.db' }],
    ['file:/var/lib/loa/loa.db', { kind: 'sqlite', filePath: '/var/lib/loa/loa.db' }],
    ['file:///var/lib/loa/loa.db', { kind: 'sqlite', filePath: '/var/lib/loa/loa.db' }],
    ['mongodb://localhost:27017/loa', { kind: 'mongodb' }],
    ['mongodb://user:pw@a:27017,b:27017/loa?replicaSet=rs0', { kind: 'mongodb' }],
    ['mongodb+srv://user:pw@cluster0.example.net/loa', { kind: 'mongodb' }],
  ])('%s', (url, expected) => {
    expect(parseDatabaseUrl(url)).toMatchObject(expected)
  })

  it.each(['postgres://localhost/loa', 'mysql://x', 'loa.db', 'file:', 'mongodb://', 'sqlite:./loa.db'])('refuses %s with one line naming the accepted forms', (url) => {
    expect(() => parseDatabaseUrl(url)).toThrow(DatabaseUrlError)
    try {
      parseDatabaseUrl(url)
    } catch (error) {
      const message = (error as Error).message
      expect(message).not.toContain('\n')
      expect(message).toContain('file:')
      expect(message).toContain('mongodb://')
      expect(message).toContain('mongodb+srv://')
    }
  })

  it('never prints a password', () => {
    expect(redact('mongodb://loa:s3cret@db:27017/loa')).toBe('mongodb://loa:***@db:27017/loa')
    expect(() => parseDatabaseUrl('redis://loa:s3cret@db')).toThrow(/loa:\*\*\*@db/)
  })
})
