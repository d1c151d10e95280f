import {
  MaxPartSizeExceededError,
  unstable_createMemoryUploadHandler as createMemoryUploadHandler,
  unstable_parseMultipartFormData as parseMultipartFormData,
} from '@remix-run/node';

/** Room for the other fields and the multipart framing next to the file. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

export type UploadForm = { ok: true; formData: FormData } | { ok: false; problem: 'tooLarge' | 'notAForm' };

/**
 * Reads a multipart form holding one file of at most `maxFileBytes`, refusing a bigger one before it
 * is read whole: from its Content-Length when the browser sent one, otherwise as soon as that many
 * bytes have streamed in (no part and no whole body grows past the limit in memory).
 */
export async function readUploadForm(request: Request, maxFileBytes: number): Promise<UploadForm> {
  const maxBodyBytes = maxFileBytes + FORM_OVERHEAD_BYTES;
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBodyBytes) return { ok: false, problem: 'tooLarge' };

  const readPart = createMemoryUploadHandler({ maxPartSize: maxFileBytes });
  let bodyBytes = 0;
  try {
    const formData = await parseMultipartFormData(request, async (part) => {
      const counted = (async function* () {
        for await (const chunk of part.data) {
          bodyBytes += chunk.byteLength;
          if (bodyBytes > maxBodyBytes) throw new MaxPartSizeExceededError(part.name, maxFileBytes);
          yield chunk;
        }
      })();
      return readPart({ ...part, data: counted });
    });
    return { ok: true, formData };
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return { ok: false, problem: 'tooLarge' };
    if (error instanceof TypeError) return { ok: false, problem: 'notAForm' };
    throw error;
  }
}
