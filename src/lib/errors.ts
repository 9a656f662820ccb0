import { APIError } from 'payload'

/**
 * An error whose (Vietnamese) message reaches the person in the admin or the API client. Payload
 * shows a thrown error's message only when it carries `data` or a `name`; in the minified Next
 * bundle class names are empty, so both are set explicitly.
 */
export function userFacingError(message: string, status = 400): APIError {
  const error = new APIError(message, status, { message }, true)
  error.name = 'APIError'
  return error
}
