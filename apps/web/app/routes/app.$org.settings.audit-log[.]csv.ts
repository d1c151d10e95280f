import type { LoaderFunctionArgs } from '@remix-run/node';
import { auditFilterOf, filterFormOf } from '~/audit/audit-filter';
import { apiFailure, requireMembership } from '~/auth/viewer.server';
import { graphqlRequest } from '~/graphql/client.server';
import { graphql } from '~/graphql/generated';
import { timeZoneOf } from '~/i18n/time-zone';
import { MANAGER_ROLES } from '~/members/roles';

const AuditLogCsvQuery = graphql(`
  query AuditLogCsv($filter: AuditLogFilterInput) {
    auditLogCsv(filter: $filter)
  }
`);

/** The audit log page's filtered entries as CSV (a resource route: no page); the API records the download. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization } = await requireMembership(request, params.org, MANAGER_ROLES);
  const filter = auditFilterOf(filterFormOf(new URL(request.url)), timeZoneOf(request));
  try {
    const { auditLogCsv } = await graphqlRequest(
      AuditLogCsvQuery,
      { filter },
      { request, org: organization.slug },
    );
    const day = new Date().toISOString().slice(0, 10);
    return new Response(auditLogCsv, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="rebound-${organization.slug}-audit-log-${day}.csv"`,
        'cache-control': 'private, no-store',
      },
    });
  } catch (error) {
    return apiFailure(error, request);
  }
}
