import type { LoaderFunctionArgs } from '@remix-run/node';
import { loadCandidatesCsv } from '~/agency/agency.server';
import { csvDownload } from '~/agency/download.server';

/** The CSV download of the agency's candidates and their outcomes (a resource route: no page). */
export function loader({ request, params }: LoaderFunctionArgs) {
  const day = new Date().toISOString().slice(0, 10);
  return csvDownload(
    request,
    params.org,
    (agency) => `rebound-${agency.org}-candidates-${day}.csv`,
    loadCandidatesCsv,
  );
}
