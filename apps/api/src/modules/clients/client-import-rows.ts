/**
 * The rows of agencies' uploaded files that name client `clientId` (SQL expression): matched to them by
 * the import, or carrying their email address.
 */
export const IMPORT_ROWS_OF_CLIENT = (alias: string, clientId: string) =>
  `(${alias}.existing_client_id = ${clientId}
    OR lower(${alias}.email) = (SELECT lower(c.email) FROM clients c
                                 WHERE c.organization_id = ${alias}.organization_id AND c.id = ${clientId}))`;
