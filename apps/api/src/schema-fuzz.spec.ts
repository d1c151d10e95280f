import { randomUUID } from 'node:crypto';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  isLeafType,
} from 'graphql';
import { asMember, assignCoach, insertOrganization, sessionTokenFor } from '../test/fixtures.js';
import { startTestApi, TEST_AUTH_SECRET, TEST_SERVICE_KEY, TestApi } from '../test/test-api.js';

/**
 * Wrong input, generated from the served schema, for every query and mutation: whatever it is, the
 * answer is a coded error or data, never INTERNAL_SERVER_ERROR and never an HTTP 5xx.
 */

/** One kind of wrong: how strings, ids, numbers and dates are filled in. */
interface Flavour {
  name: string;
  string: string;
  id: () => string;
  int: number;
  float: number;
  dateTime: string;
}

const FLAVOURS: Flavour[] = [
  {
    name: 'NUL bytes',
    string: 'before\u0000after',
    id: () => 'id\u0000',
    int: 0,
    float: 0,
    dateTime: '2026-01-01T00:00:00Z',
  },
  {
    name: 'other control characters',
    string: 'bell\u0007 escape\u001b[31m delete\u007f',
    id: () => randomUUID(),
    int: -1,
    float: -1,
    dateTime: '1900-01-01T00:00:00Z',
  },
  {
    name: 'characters beyond Latin-1',
    string: 'Zoë ☃ 漢字 \u{1F600} \u202Eevil',
    id: () => randomUUID(),
    int: 2_147_483_647,
    float: 1e308,
    dateTime: '9999-12-31T23:59:59Z',
  },
  {
    name: 'lone surrogates',
    string: 'half \uD800 a pair',
    id: () => 'not-a-uuid',
    int: -2_147_483_648,
    float: -1e308,
    dateTime: '2026-02-30T25:61:00Z',
  },
  {
    name: 'empty values',
    string: '',
    id: () => '',
    int: 0,
    float: 0,
    dateTime: '',
  },
  {
    name: 'long values',
    string: 'x'.repeat(100_000),
    id: () => `${randomUUID()}${'0'.repeat(10_000)}`,
    int: 1_000_000,
    float: 1e-308,
    dateTime: '2026-01-01T00:00:00.000000000000000000Z',
  },
  {
    name: 'injection-looking text',
    string: `'; DROP TABLE users; -- <script>alert(1)</script> %s %n {{7*7}} ../../etc/passwd`,
    id: () => `' OR '1'='1`,
    int: 7,
    float: 0.1,
    dateTime: `2026-01-01'; --`,
  },
];

function valueFor(type: GraphQLInputType, flavour: Flavour, depth = 0): unknown {
  if (isNonNullType(type)) return valueFor(type.ofType, flavour, depth);
  if (isListType(type)) {
    const item = valueFor(type.ofType, flavour, depth);
    return [item, item];
  }
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    if (depth > 4) return null;
    return Object.fromEntries(
      Object.values(type.getFields()).map((field) => [field.name, valueFor(field.type, flavour, depth + 1)]),
    );
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return flavour.id();
      case 'Int':
        return flavour.int;
      case 'Float':
        return flavour.float;
      case 'Boolean':
        return true;
      case 'DateTime':
        return flavour.dateTime;
      default:
        return flavour.string;
    }
  }
  throw new Error(`No generator for ${String(type)}`);
}

/** The operation text for one field, with every argument a variable and the least selection. */
function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${kind} Fuzz${variables ? `(${variables})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

describe('wrong input to every operation of the schema', () => {
  let api: TestApi;
  let schema: GraphQLSchema;
  let orgSlug: string;
  let ownerId: string;

  beforeAll(async () => {
    api = await startTestApi();
    schema = api.app.get(GraphQLSchemaHost).schema;
    const org = await insertOrganization(api.database.ownerUrl, {
      name: 'Fuzz Coaching',
      slug: 'fuzz',
      members: [
        { email: 'owner@fuzz.test', role: 'owner' },
        { email: 'coach@fuzz.test', role: 'coach' },
        { email: 'client@fuzz.test', role: 'client' },
      ],
    });
    await assignCoach(
      api.database.ownerUrl,
      org.id,
      org.userIds['coach@fuzz.test'],
      org.userIds['client@fuzz.test'],
    );
    orgSlug = org.slug;
    ownerId = org.userIds['owner@fuzz.test'];
  });
  afterAll(() => api.close());

  /** Who sends it: the owner inside the organization (most code runs there), and the web server's service key. */
  async function callers(): Promise<Record<string, Record<string, string>>> {
    // A fresh session each time: an operation that ends sessions must not blind the rest.
    const token = await sessionTokenFor(api.database.ownerUrl, ownerId, TEST_AUTH_SECRET);
    return {
      owner: asMember(token, orgSlug),
      service: {
        'x-rebound-service-key': TEST_SERVICE_KEY,
        'x-rebound-client-ip': '192.0.2.1',
        'x-rebound-org': orgSlug,
      },
    };
  }

  it('answers every operation with a coded error or data, never a 5xx', async () => {
    const operations = [
      ...Object.values(schema.getQueryType()!.getFields()).map((field) => ({
        kind: 'query' as const,
        field,
      })),
      ...Object.values(schema.getMutationType()!.getFields()).map((field) => ({
        kind: 'mutation' as const,
        field,
      })),
    ];
    expect(operations.length).toBeGreaterThan(50);
    const failures: string[] = [];
    let sent = 0;
    for (const { kind, field } of operations) {
      const query = operationFor(kind, field);
      const headersByCaller = await callers();
      for (const flavour of FLAVOURS) {
        const variables = Object.fromEntries(
          field.args.map((arg) => [arg.name, valueFor(arg.type, flavour)]),
        );
        for (const [caller, headers] of Object.entries(headersByCaller)) {
          const result = await api.graphql(query, variables, headers);
          sent += 1;
          const internal = result.errors?.find((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR');
          if (result.status >= 500 || internal) {
            failures.push(
              `${field.name} (${flavour.name}, as ${caller}): HTTP ${result.status} ${internal?.message ?? ''}`,
            );
          }
        }
      }
    }
    expect(sent).toBe(operations.length * FLAVOURS.length * 2);
    expect(failures).toEqual([]);
  }, 180_000);
});
