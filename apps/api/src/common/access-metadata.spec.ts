import 'reflect-metadata';
import { Reflector } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { SCHEMA_RESOLVERS } from '../schema-resolvers.js';
import { accessRuleOf } from './access.guard.js';
import { startTestApi, TestApi } from '../../test/test-api.js';

const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';

describe('access metadata', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('declares an access rule on every query and mutation the API serves', () => {
    const reflector = new Reflector();
    const ruleByField = new Map<string, unknown>();
    for (const resolver of SCHEMA_RESOLVERS) {
      for (const method of Object.getOwnPropertyNames(resolver.prototype)) {
        const handler = resolver.prototype[method as keyof typeof resolver.prototype] as object;
        const type = Reflect.getMetadata(RESOLVER_TYPE, handler);
        if (type !== 'Query' && type !== 'Mutation') continue;
        const name = Reflect.getMetadata(RESOLVER_NAME, handler) ?? method;
        ruleByField.set(`${type}.${name}`, accessRuleOf(reflector, handler, resolver));
      }
    }
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const served = [
      ...Object.keys(schema.getQueryType()!.getFields()).map((field) => `Query.${field}`),
      ...Object.keys(schema.getMutationType()!.getFields()).map((field) => `Mutation.${field}`),
    ];
    const missing = served.filter((field) => !ruleByField.get(field));
    expect(missing).toEqual([]);
  });
});
