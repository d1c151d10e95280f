import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { handleAuthRequest } from '~/auth/auth.server';

// Auth.js's endpoints under /auth/*: email-link and OAuth callbacks, CSRF token, sign-in, sign-out.
export const loader = ({ request }: LoaderFunctionArgs) => handleAuthRequest(request);
export const action = ({ request }: ActionFunctionArgs) => handleAuthRequest(request);
