import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FIELD_LIMITS } from '@rebound/domain';
import { formFailureFromApi } from '~/forms/forms';
import { uploadImport } from './agency.server';

// A real HTTP server stands in for the API's upload endpoint: it answers what the API answers.
let server: Server;
let seenUrl = '';
let reply: { status: number; body: unknown } = { status: 201, body: {} };

beforeAll(async () => {
  server = createServer((req, res) => {
    seenUrl = req.url ?? '';
    req.resume();
    req.on('end', () =>
      res.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify(reply.body)),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.env.API_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  delete process.env.API_URL;
  await new Promise((resolve) => server.close(resolve));
});

const agency = () => ({
  org: 'acme',
  base: '/app/acme/agency',
  request: new Request('http://127.0.0.1:3000/app/acme/agency/imports', { method: 'POST' }),
});

async function* bytes(text: string) {
  yield new TextEncoder().encode(text);
}

/** What the imports page shows for the upload endpoint's refusal. */
async function shown(status: number, extensions: Record<string, unknown>, message: string) {
  reply = { status, body: { errors: [{ message, extensions }] } };
  const error = await uploadImport(agency(), { name: 'people.csv', data: bytes('Name,Email\n') }, false).then(
    () => null,
    (caught: unknown) => caught,
  );
  return formFailureFromApi(error, ['file']);
}

describe('uploadImport', () => {
  it('answers the new import’s id, sending the file name cut to the limit', async () => {
    reply = { status: 201, body: { data: { id: 'import-1' } } };
    const name = `${'x'.repeat(FIELD_LIMITS.candidateImportFileName + 50)}.csv`;
    await expect(uploadImport(agency(), { name, data: bytes('Name,Email\n') }, true)).resolves.toBe(
      'import-1',
    );
    const query = new URL(seenUrl, 'http://api').searchParams;
    expect(query.get('fileName')).toBe(name.slice(0, FIELD_LIMITS.candidateImportFileName));
    expect(query.get('invite')).toBe('true');
  });

  it('shows a refused file in the catalogue’s words, with the numbers the API sent, never the API’s', async () => {
    const tooLarge = await shown(
      413,
      {
        code: 'BAD_USER_INPUT',
        fields: [
          {
            path: 'file',
            code: 'IMPORT_FILE_TOO_LARGE',
            params: { megabytes: 20 },
            message: 'Files are at most 20 MB.',
          },
        ],
      },
      'Some fields need attention.',
    );
    expect(tooLarge).toEqual({
      fieldErrors: { file: 'The file is larger than 20 MB. Split it into smaller files.' },
      formError: undefined,
    });
    const badLine = await shown(
      400,
      {
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'file', code: 'IMPORT_FILE_BAD_LINE', params: { line: 12 }, message: 'Line 12 …' }],
      },
      'Some fields need attention.',
    );
    expect(badLine?.fieldErrors.file).toBe(
      'Line 12 of the file cannot be read (a quote left open, or a stray quote). Fix it in the sheet and upload it again.',
    );
  });
});
