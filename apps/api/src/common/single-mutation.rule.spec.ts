import { buildSchema, parse, validate } from 'graphql';
import { singleMutationRule } from './single-mutation.rule.js';

const schema = buildSchema(`
  type Query { ok: Boolean }
  type Mutation { first: Boolean second: Boolean }
`);

function problems(document: string): string[] {
  return validate(schema, parse(document), [singleMutationRule]).map((error) => error.message);
}

describe('singleMutationRule', () => {
  it.each([
    ['mutation { first }', 0],
    ['mutation { first second }', 1],
    ['mutation { ...both } fragment both on Mutation { first second }', 1],
    ['mutation { first ... on Mutation { second } }', 1],
    ['{ ok }', 0],
  ])('%s → %i problem(s)', (document, count) => {
    expect(problems(document)).toHaveLength(count);
  });
});
