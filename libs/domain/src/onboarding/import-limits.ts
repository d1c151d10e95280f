/**
 * The largest candidate CSV an import accepts (about 50,000 candidates). The web app refuses a bigger
 * upload while it streams in; the API refuses a bigger text; the API's request body limit leaves room
 * for this much CSV once escaped into JSON.
 */
export const MAX_IMPORT_MEGABYTES = 5;
export const MAX_IMPORT_BYTES = MAX_IMPORT_MEGABYTES * 1024 * 1024;

/**
 * The API's JSON body limit in bytes: a CSV of the largest size, escaped into a JSON string (quotes,
 * backslashes and line breaks take two bytes each, so at most twice its size), plus the rest of the
 * request.
 */
export const MAX_API_BODY_BYTES = 2 * MAX_IMPORT_BYTES + 1024 * 1024;
