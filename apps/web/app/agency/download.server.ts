import { t } from '~/i18n/i18n';
import { apiFailure } from '~/auth/viewer.server';
import { requireAgency, type AgencyContext } from './agency.server';

/** What a download answers when it cannot give the file: a code and a sentence, never a stack. */
const FAILURES = {
  403: { code: 'FORBIDDEN', message: () => t('agency.downloads.forbidden') },
  404: { code: 'NOT_FOUND', message: () => t('agency.downloads.notFound') },
  502: { code: 'UNAVAILABLE', message: () => t('agency.downloads.unavailable') },
} as const;

function statusOf(thrown: unknown): number | null {
  // `data(null, { status })` from the shared guards: a resource route would print it as JSON with a stack.
  if (typeof thrown === 'object' && thrown !== null && 'init' in thrown) {
    const init = (thrown as { init: { status?: number } | null }).init;
    return init?.status ?? null;
  }
  return null;
}

function failure(status: 403 | 404 | 502): Response {
  const { code, message } = FAILURES[status];
  return new Response(`${code}: ${message()}\n`, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'private, no-store' },
  });
}

/**
 * A CSV download of the agency (a resource route: no page around it). The file comes from `read`; any
 * refusal (not signed in, another organization's link, a missing import) answers with a short coded
 * message instead of Remix's error JSON.
 */
export async function csvDownload(
  request: Request,
  slug: string | undefined,
  fileName: (agency: AgencyContext) => string,
  read: (agency: AgencyContext) => Promise<string>,
): Promise<Response> {
  try {
    const agency = await requireAgency(request, slug);
    let csv: string;
    try {
      csv = await read(agency);
    } catch (error) {
      apiFailure(error, request);
    }
    return new Response(csv, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${fileName(agency)}"`,
        'cache-control': 'private, no-store',
      },
    });
  } catch (thrown) {
    // A redirect to sign in is a real answer: let it through.
    if (thrown instanceof Response) return thrown;
    const status = statusOf(thrown);
    if (status === 403 || status === 404) return failure(status);
    if (status === null) console.error(`CSV download ${new URL(request.url).pathname} failed`, thrown);
    return failure(502);
  }
}
