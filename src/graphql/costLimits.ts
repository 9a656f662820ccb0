import { GraphQLError, Kind, type ASTVisitor, type FieldNode, type ValidationContext, type ValueNode } from 'graphql'

/**
 * Bounds on what one GraphQL request may ask for, checked before anything runs. Payload's own
 * complexity rule counts fields, so 200 aliases of `Articles(limit: 100)` passed it and held the
 * server's event loop for 83 s. These limits count what costs: documents fetched (the sum of every
 * list's `limit`), fields (aliases included), depth and top-level operations.
 */
export type GraphqlLimits = { maxDepth: number; maxFields: number; maxRootFields: number; maxListLimit: number; maxDocuments: number }

export const GRAPHQL_LIMITS: GraphqlLimits = { maxDepth: 10, maxFields: 400, maxRootFields: 10, maxListLimit: 100, maxDocuments: 500 }

// Payload's list queries return 10 documents when no limit is given.
const DEFAULT_LIST_LIMIT = 10

function argumentValue(node: ValueNode, variables: Record<string, unknown>): unknown {
  switch (node.kind) {
    case Kind.VARIABLE:
      return variables[node.name.value]
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value)
    case Kind.BOOLEAN:
      return node.value
    case Kind.STRING:
    case Kind.ENUM:
      return node.value
    case Kind.NULL:
      return null
    default:
      return undefined
  }
}

function isListQuery(field: FieldNode): boolean {
  return Boolean(field.selectionSet?.selections.some((selection) => selection.kind === Kind.FIELD && selection.name.value === 'docs'))
}

export function graphqlCostLimits(variables: Record<string, unknown> = {}, limits: GraphqlLimits = GRAPHQL_LIMITS) {
  return (context: ValidationContext): ASTVisitor => {
    let fields = 0
    let documents = 0
    let depth = 0
    let rootFields = 0
    const refuse = (message: string, node?: FieldNode) => context.reportError(new GraphQLError(message, node ? { nodes: [node] } : undefined))

    return {
      OperationDefinition: {
        enter(operation) {
          rootFields += operation.selectionSet.selections.length
          if (rootFields > limits.maxRootFields) refuse(`Một yêu cầu GraphQL chỉ được có tối đa ${limits.maxRootFields} truy vấn gốc.`)
        },
      },
      SelectionSet: {
        enter() {
          depth++
          if (depth === limits.maxDepth + 1) refuse(`Truy vấn GraphQL lồng quá sâu (tối đa ${limits.maxDepth} tầng).`)
        },
        leave() {
          depth--
        },
      },
      Field(field) {
        fields++
        if (fields === limits.maxFields + 1) refuse(`Truy vấn GraphQL có quá nhiều trường (tối đa ${limits.maxFields}).`, field)
        const args = new Map(field.arguments?.map((arg) => [arg.name.value, argumentValue(arg.value, variables)]))
        if (args.get('pagination') === false) refuse('Không được tắt phân trang (pagination: false) trong GraphQL.', field)
        if (!args.has('limit') && !isListQuery(field)) return
        const limit = args.has('limit') ? args.get('limit') : DEFAULT_LIST_LIMIT
        if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > limits.maxListLimit) {
          refuse(`limit phải là số nguyên từ 1 đến ${limits.maxListLimit}.`, field)
          return
        }
        documents += limit
        if (documents > limits.maxDocuments && documents - limit <= limits.maxDocuments) {
          refuse(`Một yêu cầu GraphQL chỉ được lấy tối đa ${limits.maxDocuments} tài liệu (tổng các limit).`, field)
        }
      },
    }
  }
}
