import type { RequestHandler } from 'express';

/**
 * The largest form post a page reads whole (`request.formData()`): far above any form's text limits even
 * percent-encoded, far below what would let one request fill the server's memory.
 */
export const FORM_BODY_LIMIT_BYTES = 4 * 1024 * 1024;

/** The candidate upload streams its file on to the API with a limit of its own (`forwardUploadForm`). */
const STREAMED_UPLOAD_PATH = /^\/app\/[^/]+\/agency\/imports(?:\.data)?\/?$/;

/**
 * Refuses a request body above `FORM_BODY_LIMIT_BYTES` before anything reads it: 413 from its declared
 * length, and 411 for a body sent without one (browsers always declare a form's length), so that no page
 * reads an unbounded body. Node discards the unread rest without keeping it, and the connection stays
 * usable (closing it at once would reset the sender before it reads the answer).
 */
export function formBodyLimit(limitBytes = FORM_BODY_LIMIT_BYTES): RequestHandler {
  return (request, response, next) => {
    if (STREAMED_UPLOAD_PATH.test(request.path)) return next();
    const declared = request.headers['content-length'];
    if (declared === undefined) {
      if (request.headers['transfer-encoding'] === undefined) return next(); // no body
      response
        .status(411)
        .set('connection', 'close')
        .type('text/plain')
        .send('Send the form with its length.');
      return;
    }
    if (Number(declared) > limitBytes) {
      response
        .status(413)
        .type('text/plain')
        .send('This form is too large to send. Shorten what you typed and try again.');
      return;
    }
    next();
  };
}
