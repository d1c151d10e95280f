import type { LoaderFunctionArgs } from '@remix-run/node';
import { loadImportProblemsCsv } from '~/agency/agency.server';
import { csvDownload } from '~/agency/download.server';

/** The dry run's problems (line, field, problem) as CSV, to fix the rows and upload them again. */
export function loader({ request, params }: LoaderFunctionArgs) {
  return csvDownload(
    request,
    params.org,
    (agency) => `rebound-${agency.org}-import-problems.csv`,
    (agency) => loadImportProblemsCsv(agency, params.id ?? ''),
  );
}
