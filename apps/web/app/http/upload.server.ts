import {
  MaxPartSizeExceededError,
  unstable_parseMultipartFormData as parseMultipartFormData,
} from '@remix-run/node';

/** Room for the other fields and the multipart framing next to the file. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

export type ForwardedUpload<T> =
  | { ok: true; result: T; fields: Record<string, string> }
  | { ok: false; problem: 'tooLarge' | 'notAForm' | 'noFile' };

/**
 * Reads a multipart form whose file part goes on, as it streams in, to `forward` (with the fields that
 * came before it): the file is never held whole. More than `maxFileBytes` stops it there (`tooLarge`);
 * the small fields are read into memory (1 KB each at most).
 */
export async function forwardUploadForm<T>(
  request: Request,
  maxFileBytes: number,
  forward: (
    file: { name: string; data: AsyncIterable<Uint8Array> },
    fields: Record<string, string>,
  ) => Promise<T>,
): Promise<ForwardedUpload<T>> {
  const maxBodyBytes = maxFileBytes + FORM_OVERHEAD_BYTES;
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBodyBytes) return { ok: false, problem: 'tooLarge' };
  const fields: Record<string, string> = {};
  let result: { value: T } | null = null;
  let tooLarge = false;
  try {
    await parseMultipartFormData(request, async (part) => {
      if (!part.filename) {
        let text = '';
        for await (const chunk of part.data) {
          text += new TextDecoder().decode(chunk);
          if (text.length > 1024) throw new MaxPartSizeExceededError(part.name, 1024);
        }
        fields[part.name] = text;
        return text;
      }
      if (result) return undefined;
      let fileBytes = 0;
      const counted = (async function* () {
        for await (const chunk of part.data) {
          fileBytes += chunk.byteLength;
          if (fileBytes > maxFileBytes) {
            tooLarge = true;
            throw new MaxPartSizeExceededError(part.name, maxFileBytes);
          }
          yield chunk;
        }
      })();
      result = { value: await forward({ name: part.filename, data: counted }, { ...fields }) };
      return part.filename;
    });
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError || tooLarge) return { ok: false, problem: 'tooLarge' };
    if (error instanceof TypeError) return { ok: false, problem: 'notAForm' };
    throw error;
  }
  if (!result) return { ok: false, problem: 'noFile' };
  return { ok: true, result: (result as { value: T }).value, fields };
}
