import type { LoaderFunctionArgs } from '@remix-run/node';
import { loadCandidatesCsv, requireAgency } from '~/agency/agency.server';
import { apiFailure } from '~/auth/viewer.server';

/** The CSV download of the agency's candidates and their outcomes (a resource route: no page). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const agency = await requireAgency(request, params.org);
  let csv: string;
  try {
    csv = await loadCandidatesCsv(agency);
  } catch (error) {
    return apiFailure(error, request);
  }
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="rebound-${agency.org}-candidates-${day}.csv"`,
      'cache-control': 'private, no-store',
    },
  });
}
