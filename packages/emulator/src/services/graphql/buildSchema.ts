import {
  GraphQLBoolean, GraphQLError, GraphQLFloat, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLScalarType,
  GraphQLSchema, GraphQLString, Kind, type GraphQLFieldConfig, type GraphQLInputType, type GraphQLOutputType, type ValueNode,
} from 'graphql';
import { schemaSource } from './generated/schemaSource.ts';
import type { SchemaSource, SourceOperation, SourceType } from './schemaSourceTypes.ts';

/** Runs one REST operation for a resolver and returns its JSON answer (or throws a GraphQL error). */
export type OperationCaller = (operation: SourceOperation, args: Record<string, unknown>, context: unknown) => Promise<unknown>;

function literal(node: ValueNode): unknown {
  switch (node.kind) {
    case Kind.STRING:
    case Kind.ENUM:
      return node.value;
    case Kind.INT:
      return Number.parseInt(node.value, 10);
    case Kind.FLOAT:
      return Number.parseFloat(node.value);
    case Kind.BOOLEAN:
      return node.value;
    case Kind.LIST:
      return node.values.map(literal);
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((field) => [field.name.value, literal(field.value)]));
    default:
      return null;
  }
}

// Objects without a fixed shape (prefs, headers, document data) travel as JSON.
const JSONScalar = /* @__PURE__ */ new GraphQLScalarType({
  name: 'Json',
  description: 'Any JSON value; a string is parsed as JSON when it holds an object or array.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: literal,
});

/** GraphQL field names cannot start with `$`, so Appwrite's `$id` is `_id`. */
export function toFieldName(key: string): string {
  return key.startsWith('$') ? `_${key.slice(1)}` : key;
}

/**
 * Creates the GraphQL schema of the client API: one Query field per GET operation and one
 * Mutation field per other operation, named by operation id (`accountGet`,
 * `databasesCreateDocument`), with the spec's parameters as arguments and its models as types.
 *
 * @param call Runs an operation against the REST routes.
 * @param source The operations and models (the generated spec digest by default).
 *
 * @returns The schema.
 */
export function buildSchema(call: OperationCaller, source: SchemaSource = schemaSource): GraphQLSchema {
  const objectTypes = new Map<string, GraphQLObjectType>();
  const statusType = new GraphQLObjectType({ name: 'Status', fields: { status: { type: GraphQLBoolean } } });

  const scalar = (type: string) =>
    type === 'string' ? GraphQLString : type === 'integer' ? GraphQLInt : type === 'number' ? GraphQLFloat : type === 'boolean' ? GraphQLBoolean : JSONScalar;

  const outputType = (type: SourceType): GraphQLOutputType => {
    if (type.type === 'array') return new GraphQLList(outputType(type.items ?? { type: 'object' }));
    if (type.type === 'ref' && type.ref) return modelType(type.ref);
    return scalar(type.type);
  };

  const modelType = (name: string): GraphQLObjectType => {
    const existing = objectTypes.get(name);
    if (existing) return existing;
    const model = source.models[name];
    const typeName = name.charAt(0).toUpperCase() + name.slice(1);
    const created = new GraphQLObjectType({
      name: typeName,
      fields: () => {
        const fields: Record<string, GraphQLFieldConfig<Record<string, unknown>, unknown>> = {};
        for (const [key, type] of Object.entries(model?.props ?? {})) {
          fields[toFieldName(key)] = { type: outputType(type), resolve: (parent) => parent[key] };
        }
        // Free-form attributes (document fields, preferences) come as one JSON string in `data`.
        if (model?.additional || Object.keys(fields).length === 0) {
          fields.data = {
            type: GraphQLString,
            resolve: (parent) => JSON.stringify(Object.fromEntries(Object.entries(parent).filter(([key]) => !(key in (model?.props ?? {}))))),
          };
        }
        return fields;
      },
    });
    objectTypes.set(name, created);
    return created;
  };

  const inputType = (type: SourceType): GraphQLInputType => {
    if (type.type === 'array') return new GraphQLList(inputType(type.items ?? { type: 'string' }));
    return scalar(type.type);
  };

  const field = (operation: SourceOperation): GraphQLFieldConfig<unknown, unknown, Record<string, unknown>> => ({
    type: operation.model ? outputType({ type: 'ref', ref: operation.model }) : statusType,
    args: Object.fromEntries(
      operation.params.map((param) => {
        const type = inputType(param);
        return [param.name, { type: param.required ? new GraphQLNonNull(type) : type }];
      }),
    ),
    resolve: async (_parent, args, context) => {
      const answer = await call(operation, args, context);
      return answer === undefined || answer === null ? { status: true } : answer;
    },
  });

  const queries: Record<string, GraphQLFieldConfig<unknown, unknown, Record<string, unknown>>> = {};
  const mutations: Record<string, GraphQLFieldConfig<unknown, unknown, Record<string, unknown>>> = {};
  for (const operation of source.operations) (operation.method === 'GET' ? queries : mutations)[operation.id] = field(operation);
  return new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: queries }),
    mutation: new GraphQLObjectType({ name: 'Mutation', fields: mutations }),
  });
}

/**
 * Creates a GraphQL error that carries Appwrite's error fields in `extensions`.
 *
 * @param body The Appwrite error body.
 *
 * @returns The error.
 */
export function appwriteGraphQLError(body: { message?: string; code?: number; type?: string }): GraphQLError {
  return new GraphQLError(body.message ?? 'Request failed', { extensions: { code: body.code, type: body.type } });
}
