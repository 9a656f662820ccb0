/**
 * The client address the Express server decided on (the socket, or a trusted proxy's
 * X-Forwarded-For), handed to Payload's endpoints in this private header; anything a client sends
 * under this name is overwritten. Here rather than in src/http so that collections and auth
 * endpoints can read it without importing the HTTP layer.
 */
export const CLIENT_IP_HEADER = 'x-loa-client-ip'
