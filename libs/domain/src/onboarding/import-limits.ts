/**
 * The largest candidate CSV an import accepts: 100,000 candidates, in a file of at most 20 MB. The web
 * app streams an upload to the API's upload endpoint and stops at the byte limit; the API counts bytes
 * and rows again while it stores the rows, refusing the file the moment either limit is passed.
 */
export const MAX_IMPORT_MEGABYTES = 20;
export const MAX_IMPORT_BYTES = MAX_IMPORT_MEGABYTES * 1024 * 1024;
export const MAX_IMPORT_ROWS = 100_000;

/**
 * A CSV may also travel as text inside a GraphQL request (`createCandidateImport`), for API clients and
 * small files: up to this size, so that the JSON body limit stays small.
 */
export const MAX_INLINE_IMPORT_MEGABYTES = 5;
export const MAX_INLINE_IMPORT_BYTES = MAX_INLINE_IMPORT_MEGABYTES * 1024 * 1024;

/**
 * The API's JSON body limit in bytes: an inline CSV of the largest size, escaped into a JSON string
 * (quotes, backslashes and line breaks take two bytes each, so at most twice its size), plus the rest
 * of the request.
 */
export const MAX_API_BODY_BYTES = 2 * MAX_INLINE_IMPORT_BYTES + 1024 * 1024;
