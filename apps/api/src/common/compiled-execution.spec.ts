import {
  buildSchema,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  parse,
  type OperationDefinitionNode,
} from 'graphql';
import { register } from 'prom-client';
import { insertOrganization, asMember, sessionTokenFor } from '../../test/fixtures.js';
import { startTestApi, TEST_AUTH_SECRET, type TestApi } from '../../test/test-api.js';
import { withInputDefaults, withPlainFieldsInlined } from './compiled-execution.js';

const schema = buildSchema(`
  enum Sort { ATTENTION NAME }
  input Page { size: Int! = 20, sort: Sort! = NAME }
  input Review { id: ID!, sendBack: Boolean! = false, note: String = "none", pages: [Page!] }
  type Query { review(input: Review!, extra: Page): Boolean }
`);
const operation = (source: string) => parse(source).definitions[0] as OperationDefinitionNode;

describe('withInputDefaults', () => {
  const op = operation('query ($input: Review!, $extra: Page) { review(input: $input, extra: $extra) }');

  it.each([
    [
      'a required field left out',
      { input: { id: '1' } },
      { input: { id: '1', sendBack: false, note: 'none' } },
    ],
    [
      'fields given, kept as given (null included)',
      { input: { id: '1', sendBack: true, note: null } },
      { input: { id: '1', sendBack: true, note: null } },
    ],
    [
      'input objects inside lists, with enum defaults written as their names',
      { input: { id: '1', pages: [{}, { size: 5 }] } },
      {
        input: {
          id: '1',
          sendBack: false,
          note: 'none',
          pages: [
            { size: 20, sort: 'NAME' },
            { size: 5, sort: 'NAME' },
          ],
        },
      },
    ],
    [
      'a nullable variable',
      { input: { id: '1', sendBack: true, note: 'x' }, extra: {} },
      { input: { id: '1', sendBack: true, note: 'x' }, extra: { size: 20, sort: 'NAME' } },
    ],
  ])('fills in %s', (_case, variables, expected) => {
    expect(withInputDefaults(schema, op, variables)).toEqual(expected);
  });

  it('returns the same object when nothing is missing, and never changes the caller’s', () => {
    const complete = { input: { id: '1', sendBack: true, note: 'x' } };
    expect(withInputDefaults(schema, op, complete)).toBe(complete);
    const partial = { input: { id: '1' } };
    withInputDefaults(schema, op, partial);
    expect(partial).toEqual({ input: { id: '1' } });
  });
});

describe('withPlainFieldsInlined', () => {
  // The shape of NestJS's per-field reader: the property of the same name, else the field's default.
  const nestReader = (name: string, defaultValue?: string) =>
    function rootFieldResolver(root: Record<string, unknown>) {
      const value = root[name];
      return typeof value === 'undefined' ? defaultValue : value;
    };
  const own = () => 'computed';
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        plain: { type: GraphQLString, resolve: nestReader('plain') },
        defaulted: { type: GraphQLString, resolve: nestReader('defaulted', 'fallback') },
        resolved: { type: GraphQLString, resolve: own },
      },
    }),
  });

  it('drops only the readers a property read replaces', () => {
    const fields = withPlainFieldsInlined(schema).getQueryType()!.getFields();
    expect(fields.plain.resolve).toBeUndefined();
    // A default value is what the reader adds to a read: it stays.
    expect(fields.defaulted.resolve?.({}, {}, undefined, undefined as never)).toBe('fallback');
    expect(fields.resolved.resolve).toBe(own);
  });
});

describe('compiled execution in the API', () => {
  let api: TestApi;
  let owner: Record<string, string>;
  let client: Record<string, string>;

  beforeAll(async () => {
    api = await startTestApi();
    const org = await insertOrganization(api.database.ownerUrl, {
      name: 'Jit Careers',
      slug: 'jit',
      members: [
        { email: 'owner@jit.test', role: 'owner' },
        { email: 'client@jit.test', role: 'client' },
      ],
    });
    owner = asMember(
      await sessionTokenFor(api.database.ownerUrl, org.userIds['owner@jit.test'], TEST_AUTH_SECRET),
      'jit',
    );
    client = asMember(
      await sessionTokenFor(api.database.ownerUrl, org.userIds['client@jit.test'], TEST_AUTH_SECRET),
      'jit',
    );
  });
  afterAll(() => api.close());

  const executions = async () => {
    const metric = await register.getSingleMetric('rebound_graphql_executions_total')!.get();
    const count = (engine: string) =>
      metric.values.find((value) => value.labels.engine === engine)?.value ?? 0;
    return { compiled: count('compiled'), graphqlJs: count('graphql-js') };
  };

  it('runs operations compiled, with access rules, coded errors and validation as before', async () => {
    const before = await executions();
    const listed = await api.graphql(
      '{ clients(first: 5) { totalCount edges { node { id name } } } }',
      {},
      owner,
    );
    expect(listed).toMatchObject({ status: 200, data: { clients: { totalCount: 0, edges: [] } } });

    // A role the operation does not allow: FORBIDDEN, from the guard, on the compiled path.
    const forbidden = await api.graphql(
      'mutation($input: CreateClientInput!) { createClient(input: $input) { id } }',
      { input: { name: 'Not Mine' } },
      client,
    );
    expect(forbidden.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    // An id of nothing: NOT_FOUND; a malformed one: BAD_USER_INPUT naming the field.
    const missing = await api.graphql(
      'query($id: ID!) { client(id: $id) { id } }',
      { id: '00000000-0000-4000-8000-000000000000' },
      owner,
    );
    expect(missing.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
    const invalid = await api.graphql(
      'mutation($input: CreateClientInput!) { createClient(input: $input) { id } }',
      { input: { name: '' } },
      owner,
    );
    expect(invalid.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.name' }],
    });
    // A variable of the wrong type: BAD_USER_INPUT with HTTP 400, as graphql-js answered.
    const badVariable = await api.graphql(
      'query($first: Int) { clients(first: $first) { totalCount } }',
      { first: 'ten' },
      owner,
    );
    expect(badVariable.status).toBe(400);
    expect(badVariable.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    const after = await executions();
    expect(after.compiled - before.compiled).toBe(5);
    expect(after.graphqlJs).toBe(before.graphqlJs);

    // Limits are checked before execution: too many aliases never reach it.
    const aliases = `{ ${Array.from({ length: 25 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    const limited = await api.graphql(aliases, {}, owner);
    expect(limited.errors?.[0].message).toMatch(/aliases/i);
    expect((await executions()).compiled).toBe(after.compiled);
  });
});
