import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { refuseMalformedGraphql } from '../../../../http/graphqlRequests'

export const POST = refuseMalformedGraphql(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
