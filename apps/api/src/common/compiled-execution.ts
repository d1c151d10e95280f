import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import {
  astFromValue,
  execute,
  getNamedType,
  GraphQLError,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  lexicographicSortSchema,
  printSchema,
  typeFromAST,
  valueFromASTUntyped,
  type ExecutionResult,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';
import { graphqlExecutions } from '../observability/metrics.js';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/** Distinct documents kept compiled; the web app sends about a hundred. */
const COMPILED_DOCUMENTS = 1_000;

/**
 * Executes operations through graphql-jit: each distinct document is compiled once into a JavaScript
 * function that resolves and serialises its fields without graphql-js's per-field interpretation, which
 * was the largest share of the API's CPU time on list pages. Apollo still parses, validates (limits,
 * one mutation per request), builds the context and formats every error; only execution changes.
 * A document graphql-jit cannot compile runs through graphql-js as before.
 *
 * It plugs into Apollo through its gateway interface (the executor hook), fed with the schema NestJS
 * builds: `transformSchema` hands that schema over before Apollo starts.
 */
export class CompiledExecution implements Gateway {
  private schema: GraphQLSchema | null = null;
  private readonly documents = new LRUCache<string, { compiled: CompiledQuery | null }>({
    max: COMPILED_DOCUMENTS,
  });

  /**
   * NestJS's `transformSchema` hook: receives the code-first schema. NestJS sorts it only afterwards, so
   * the served copy is sorted here the same way (introspection answers in the same order as before).
   */
  readonly useSchema = (schema: GraphQLSchema): GraphQLSchema => {
    this.schema = withPlainFieldsInlined(lexicographicSortSchema(schema));
    return schema;
  };

  onSchemaLoadOrUpdate(callback: Parameters<Gateway['onSchemaLoadOrUpdate']>[0]): () => void {
    const apiSchema = this.requireSchema();
    callback({ apiSchema, coreSupergraphSdl: printSchema(apiSchema) });
    return () => undefined;
  }

  async load(): Promise<{ executor: Executor }> {
    return { executor: (request) => this.execute(request) };
  }

  async stop(): Promise<void> {
    this.documents.clear();
  }

  private async execute(request: Parameters<Executor>[0]): Promise<ExecutionResult> {
    const schema = this.requireSchema();
    const operationName = request.operationName ?? undefined;
    const key = `${request.queryHash}:${operationName ?? ''}`;
    let entry = this.documents.get(key);
    if (!entry) {
      const compiled = compileQuery(schema, request.document, operationName);
      entry = { compiled: isCompiledQuery(compiled) ? compiled : null };
      this.documents.set(key, entry);
    }
    const variables = request.request.variables ?? {};
    if (entry.compiled) {
      graphqlExecutions.inc({ engine: 'compiled' });
      const result = await entry.compiled.query(
        undefined,
        request.context,
        withInputDefaults(schema, request.operation, variables),
      );
      return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
    }
    graphqlExecutions.inc({ engine: 'graphql-js' });
    return execute({
      schema,
      document: request.document,
      contextValue: request.context,
      variableValues: variables,
      operationName,
    });
  }

  private requireSchema(): GraphQLSchema {
    if (!this.schema) throw new Error('The GraphQL schema is not built yet');
    return this.schema;
  }
}

/**
 * NestJS gives every field of an object type a resolver that reads the property of the same name, so
 * graphql-jit, which inlines a property read for a field without a resolver, had to call one (with its
 * resolve info and promise handling) for each of the ~1,750 fields of a caseload page. Those resolvers
 * are dropped where a plain read does the same: NestJS's own reader (`rootFieldResolver`, used when a
 * field has no middleware) for a field without a default value (reading an empty parent gives nothing).
 * Fields with resolvers of their own (`@ResolveField`, DataLoader-backed relations) keep them.
 */
export function withPlainFieldsInlined(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve as ((parent: object) => unknown) | undefined;
      if (resolve?.name === 'rootFieldResolver' && resolve({}) === undefined) field.resolve = undefined;
    }
  }
  return schema;
}

/**
 * graphql-jit leaves out the default of a required input field the caller omitted (`sendBack: Boolean! =
 * false`) and reports it missing, where graphql-js uses the default. The defaults are written into the
 * variables before they reach it, in the form a caller would send them.
 */
export function withInputDefaults(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): Record<string, unknown> {
  let filled = variables;
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (!type || variables[name] == null) continue;
    const value = fillDefaults(type, variables[name]);
    if (value !== variables[name]) filled = { ...filled, [name]: value };
  }
  return filled;
}

function fillDefaults(type: GraphQLInputType, value: unknown): unknown {
  if (value == null) return value;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    if (!Array.isArray(value)) return value;
    const items = value.map((item) => fillDefaults(inner.ofType, item));
    return items.some((item, i) => item !== value[i]) ? items : value;
  }
  if (!isInputObjectType(inner) || typeof value !== 'object' || Array.isArray(value)) return value;
  const input = value as Record<string, unknown>;
  let output = input;
  for (const field of Object.values(inner.getFields())) {
    const given = input[field.name];
    let next = given;
    if (given === undefined && field.defaultValue !== undefined) {
      const ast = astFromValue(field.defaultValue, field.type);
      next = ast ? valueFromASTUntyped(ast) : undefined;
    } else if (given != null && isInputObjectType(getNamedType(field.type))) {
      next = fillDefaults(field.type, given);
    }
    if (next !== given)
      output = output === input ? { ...input, [field.name]: next } : { ...output, [field.name]: next };
  }
  return output;
}

/**
 * graphql-jit's errors carry no `extensions` object of their own; Apollo and the error formatter expect
 * graphql-js's shape. A variable it could not coerce is the caller's mistake (BAD_USER_INPUT, as Apollo
 * answers for graphql-js).
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const original = error.originalError ?? undefined;
  const badVariable = !original && !error.path && error.message.startsWith('Variable "$');
  const rebuilt = new GraphQLError(error.message, {
    path: error.path,
    originalError: original,
    extensions: badVariable
      ? { code: 'BAD_USER_INPUT' }
      : { ...(original as GraphQLError | undefined)?.extensions, ...error.extensions },
  });
  // graphql-jit computed where in the document the error is; its errors carry no AST nodes to derive it from.
  if (error.locations) Object.assign(rebuilt, { locations: error.locations });
  return rebuilt;
}
