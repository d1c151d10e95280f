import { RouteError } from '~/components/RouteError';

/** An address inside an organization that no page claims: the app's own 404, inside the organization's layout. */
export function loader(): never {
  throw new Response(null, { status: 404, statusText: 'Not Found' });
}

export default function NotFoundInOrganization() {
  return null;
}

export function ErrorBoundary() {
  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
      <RouteError />
    </div>
  );
}
