import { RouteError } from '~/components/RouteError';

/**
 * Every address no other route claims. Answering it here (rather than leaving no route matched) lets the
 * root loader run, so a signed-in visitor keeps their header, and server and browser render the same page.
 */
export function loader(): never {
  throw new Response(null, { status: 404, statusText: 'Not Found' });
}

export default function NotFound() {
  return null;
}

export function ErrorBoundary() {
  return (
    <div className="mx-auto max-w-6xl px-4 sm:px-6">
      <RouteError />
    </div>
  );
}
