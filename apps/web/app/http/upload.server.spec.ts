import { describe, expect, it } from '@jest/globals';
import { forwardUploadForm } from './upload.server';

const MB = 1024 * 1024;
const BOUNDARY = '----rebound-test-boundary';

/**
 * A multipart body of one file of `fileBytes`, streamed in 64 KB chunks without a Content-Length (as a
 * chunked upload arrives); `pulled()` says how much of it the reader has taken.
 */
function streamedUpload(fileBytes: number, withLength = false) {
  const encoder = new TextEncoder();
  const head = encoder.encode(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="invite"\r\n\r\non\r\n` +
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="people.csv"\r\n` +
      `Content-Type: text/csv\r\n\r\n`,
  );
  const tail = encoder.encode(`\r\n--${BOUNDARY}--\r\n`);
  const chunk = new Uint8Array(64 * 1024).fill('a'.charCodeAt(0));
  let sentFile = 0;
  let pulled = 0;
  let stage: 'head' | 'file' | 'tail' | 'done' = 'head';
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      let next: Uint8Array | null = null;
      if (stage === 'head') {
        next = head;
        stage = 'file';
      } else if (stage === 'file') {
        const size = Math.min(chunk.byteLength, fileBytes - sentFile);
        next = chunk.subarray(0, size);
        sentFile += size;
        if (sentFile >= fileBytes) stage = 'tail';
      } else if (stage === 'tail') {
        next = tail;
        stage = 'done';
      }
      if (next) {
        pulled += next.byteLength;
        controller.enqueue(next);
      } else controller.close();
    },
  });
  const headers: Record<string, string> = { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` };
  if (withLength) headers['content-length'] = String(head.byteLength + fileBytes + tail.byteLength);
  const request = new Request('http://127.0.0.1/upload', {
    method: 'POST',
    headers,
    body,
    duplex: 'half',
  } as RequestInit);
  return { request, pulled: () => pulled };
}

/** Takes what the form forwards, as the API would: counting the bytes, keeping none. */
async function countBytes(
  file: { name: string; data: AsyncIterable<Uint8Array> },
  fields: Record<string, string>,
) {
  let bytes = 0;
  for await (const chunk of file.data) bytes += chunk.byteLength;
  return { name: file.name, bytes, invite: fields.invite };
}

describe('forwardUploadForm', () => {
  it('forwards a file within the limit as it streams, with the fields before it', async () => {
    const { request } = streamedUpload(1 * MB);
    const result = await forwardUploadForm(request, 5 * MB, countBytes);
    expect(result).toEqual({
      ok: true,
      result: { name: 'people.csv', bytes: 1 * MB, invite: 'on' },
      fields: { invite: 'on' },
    });
  });

  it('refuses a 20 MB upload while it streams, long before reading it whole', async () => {
    const { request, pulled } = streamedUpload(20 * MB);
    expect(await forwardUploadForm(request, 5 * MB, countBytes)).toEqual({ ok: false, problem: 'tooLarge' });
    expect(pulled()).toBeLessThan(6 * MB);
  });

  it('refuses a 20 MB upload from its Content-Length without reading any of it', async () => {
    const { request, pulled } = streamedUpload(20 * MB, true);
    expect(await forwardUploadForm(request, 5 * MB, countBytes)).toEqual({ ok: false, problem: 'tooLarge' });
    // A stream fills its queue with one chunk on creation (the form's head); not a byte of the file.
    expect(pulled()).toBeLessThan(1024);
  });

  it('says when the body is no multipart form', async () => {
    const request = new Request('http://127.0.0.1/upload', { method: 'POST', body: 'file=x' });
    expect(await forwardUploadForm(request, 5 * MB, countBytes)).toEqual({ ok: false, problem: 'notAForm' });
  });
});
