import type { LoaderFunctionArgs } from '@remix-run/node';
import { apiFailure } from '~/auth/viewer.server';
import { loadMyData } from '~/me/data.server';
import { requireClientWorkspace } from '~/me/workspace.server';

/** The JSON download of everything about the signed-in client (a resource route: no page). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const workspace = await requireClientWorkspace(request, params.org);
  let document: string;
  try {
    document = await loadMyData(request, workspace);
  } catch (error) {
    return apiFailure(error, request);
  }
  const day = new Date().toISOString().slice(0, 10);
  return new Response(document, {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="rebound-${workspace.org}-my-data-${day}.json"`,
      'cache-control': 'private, no-store',
    },
  });
}
