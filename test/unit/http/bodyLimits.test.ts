import { describe, expect, it } from 'vitest'
import { API_JSON_BYTES, bodyLimitFor, GRAPHQL_BYTES, SMALL_FORM_BYTES } from '../../../src/http/bodyLimits'

const MB = 1024 * 1024
const settings = { audioUploadBytes: 100 * MB, imageUploadBytes: 20 * MB }

describe('bodyLimitFor', () => {
  it.each([
    ['POST', '/api/users/login', SMALL_FORM_BYTES],
    ['POST', '/api/users/forgot-password', SMALL_FORM_BYTES],
    ['POST', '/api/graphql', GRAPHQL_BYTES],
    ['POST', '/api/audio-clips', 101 * MB],
    ['PATCH', '/api/audio-clips/7', 101 * MB],
    ['POST', '/api/media', 21 * MB],
    ['PATCH', '/api/articles/3', API_JSON_BYTES],
    ['POST', '/admin/collections/articles/3', 8 * MB],
    ['POST', '/tim-kiem', SMALL_FORM_BYTES],
    ['GET', '/api/articles', 0],
    ['HEAD', '/', 0],
  ])('%s %s allows %d bytes', (method, path, expected) => {
    expect(bodyLimitFor(method, path, settings).maxBytes).toBe(expected)
  })

  it('tells a person the file limit, not the limit of the whole multipart body', () => {
    expect(bodyLimitFor('POST', '/api/audio-clips', settings).reportedBytes).toBe(100 * MB)
  })

  it('does not let a path that merely starts like an upload route borrow its limit', () => {
    expect(bodyLimitFor('POST', '/api/audio-clipsx', settings).maxBytes).toBe(API_JSON_BYTES)
    expect(bodyLimitFor('POST', '/api/users/login/../../media', settings).maxBytes).toBe(API_JSON_BYTES)
  })
})
