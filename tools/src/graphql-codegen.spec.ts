import { readdirSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import config from '../../apps/web/codegen.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const GENERATED = resolve(ROOT, 'apps/web/app/graphql/generated');

/**
 * The web app's typed documents are generated from `apps/api/schema.graphql` and the documents written in
 * `apps/web/app`, and committed. This runs the same codegen in memory and compares: a schema or a document
 * changed without `npm run codegen` fails here rather than drifting. (That the committed schema is the one
 * the API serves is checked by `apps/api/src/common/graphql-contract.spec.ts`.)
 */
describe('generated GraphQL code of the web app', () => {
  it('is what `npm run codegen` makes from the committed schema and the current documents', async () => {
    const outputs: { filename: string; content: string }[] = await generate(
      { ...config, cwd: ROOT, silent: true },
      false,
    );
    const generated = new Map(
      outputs.map((output) => [relative(GENERATED, resolve(ROOT, output.filename)), output.content]),
    );
    const committed = new Map(
      readdirSync(GENERATED).map((file) => [file, readFileSync(resolve(GENERATED, file), 'utf8')]),
    );
    expect([...committed.keys()].sort()).toEqual([...generated.keys()].sort());
    for (const [file, content] of generated) {
      expect({ file, content: committed.get(file) }).toEqual({ file, content });
    }
  }, 60_000);
});
