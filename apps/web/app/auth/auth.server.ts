import { Auth, type AuthConfig } from '@auth/core';
import { AuthError } from '@auth/core/errors';
import Credentials from '@auth/core/providers/credentials';
import type { EmailConfig } from '@auth/core/providers/email';
import GitHub from '@auth/core/providers/github';
import Google from '@auth/core/providers/google';
import type { Provider } from '@auth/core/providers';
import { ApiError, graphqlRequest } from '~/graphql/client.server';
import { graphql } from '~/graphql/generated';
import { createApiSession, endSession, signInWithPassword } from './account.server';
import { apiAdapter } from './adapter.server';
import { signInSchema } from './schemas';
import { TWO_FACTOR_PATH } from './two-factor.server';
import { SESSION_MAX_AGE_SECONDS, authSecret, secureCookies } from './session.server';

declare module '@auth/core/types' {
  interface User {
    /** The API session a password sign-in already opened. */
    sid?: string;
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    sid?: string;
  }
}

/** Auth.js lives under /auth (routes/auth.$.tsx); these pages are ours. */
export const AUTH_BASE_PATH = '/auth';
export const CHECK_EMAIL_PATH = '/sign-in/check-email';

/** What people cause by using Auth.js normally (a used link, a wrong password): one log line, no stack. */
const EXPECTED_AUTH_ERRORS = new Set([
  'Verification',
  'CredentialsSignin',
  'OAuthAccountNotLinked',
  'AccessDenied',
]);

/** Sign-in links work for an hour. */
const SIGN_IN_LINK_MAX_AGE_SECONDS = 60 * 60;

const SendSignInLinkMutation = graphql(`
  mutation SendSignInLink($email: String!, $url: String!) {
    sendSignInLink(email: $email, url: $url)
  }
`);

/** The OAuth providers whose credentials are in the environment, for the sign-in page's buttons. */
export function oauthProviders(): Array<{ id: 'google' | 'github'; name: string }> {
  const configured: Array<{ id: 'google' | 'github'; name: string }> = [];
  if (process.env.AUTH_GOOGLE_ID && process.env.AUTH_GOOGLE_SECRET)
    configured.push({ id: 'google', name: 'Google' });
  if (process.env.AUTH_GITHUB_ID && process.env.AUTH_GITHUB_SECRET)
    configured.push({ id: 'github', name: 'GitHub' });
  return configured;
}

/**
 * The Auth.js configuration, built per request so that every API call it makes carries that request
 * (its abort signal, request id and the browser's IP).
 */
export function authConfig(request: Request): AuthConfig {
  const adapter = apiAdapter(request);
  /** The API session an email-link or OAuth sign-in of an existing account opened (signIn → jwt). */
  let openedSessionId: string | undefined;

  const emailLinks: EmailConfig = {
    id: 'email',
    type: 'email',
    name: 'Email',
    maxAge: SIGN_IN_LINK_MAX_AGE_SECONDS,
    async sendVerificationRequest({ identifier, url }) {
      await graphqlRequest(SendSignInLinkMutation, { email: identifier, url }, { request, service: true });
    },
  };

  const password = Credentials({
    credentials: { email: { type: 'email' }, password: { type: 'password' } },
    async authorize(credentials) {
      const input = signInSchema.safeParse(credentials);
      if (!input.success) return null;
      try {
        // Auth.js's credentials form has no second step: accounts with two-factor sign-in on use the
        // sign-in page, which has one. Refused here like a wrong password.
        const { session } = await signInWithPassword(request, input.data);
        if (!session) return null;
        return { ...session.user, sid: session.sessionId };
      } catch (error) {
        if (error instanceof ApiError && error.code === 'BAD_USER_INPUT') return null;
        throw error;
      }
    },
  });

  const providers: Provider[] = [password, emailLinks];
  for (const { id } of oauthProviders()) {
    providers.push(
      id === 'google'
        ? Google({ clientId: process.env.AUTH_GOOGLE_ID, clientSecret: process.env.AUTH_GOOGLE_SECRET })
        : GitHub({ clientId: process.env.AUTH_GITHUB_ID, clientSecret: process.env.AUTH_GITHUB_SECRET }),
    );
  }

  /** An account Auth.js has just made (OAuth): nothing to ask a second factor of yet. */
  async function newAccountSession(userId: string): Promise<string> {
    const signedIn = await createApiSession(request, userId);
    if (!signedIn.session) throw new Error('A new account cannot have two-factor sign-in on');
    return signedIn.session.sessionId;
  }

  return {
    basePath: AUTH_BASE_PATH,
    trustHost: true,
    secret: authSecret(),
    useSecureCookies: secureCookies(),
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
    adapter,
    providers,
    pages: { signIn: '/sign-in', signOut: '/sign-out', error: '/sign-in', verifyRequest: CHECK_EMAIL_PATH },
    callbacks: {
      async signIn({ user, account, email }) {
        // Sign-in links go to existing accounts only: people join by signing up or by invitation. The
        // answer is the same "check your email" page either way, so nobody learns who has an account.
        if (email?.verificationRequest && user.email && !(await adapter.getUserByEmail(user.email))) {
          return CHECK_EMAIL_PATH;
        }
        // An existing account signing in by email link or OAuth: the API answers a session, or a
        // second step when two-factor sign-in is on; then no session cookie is written at all.
        if (account && account.type !== 'credentials' && !email?.verificationRequest && user.email) {
          const existing = await adapter.getUserByEmail(user.email);
          if (existing && (account.type === 'email' || existing.id === user.id)) {
            const signedIn = await createApiSession(request, existing.id);
            if (signedIn.twoFactorChallenge) {
              return `${TWO_FACTOR_PATH}?${new URLSearchParams({ challenge: signedIn.twoFactorChallenge.token })}`;
            }
            openedSessionId = signedIn.session.sessionId;
          }
        }
        return true;
      },
      async jwt({ token, user, account }) {
        // `account` is only there at sign-in: open the API session the token will name.
        if (account && user) {
          token.sid = user.sid ?? openedSessionId ?? (await newAccountSession(String(user.id)));
        }
        return token;
      },
    },
    logger: {
      error(error) {
        if (error instanceof AuthError && EXPECTED_AUTH_ERRORS.has(error.type)) {
          console.warn(`[auth] ${error.type} on ${new URL(request.url).pathname}`);
        } else {
          console.error('[auth]', error);
        }
      },
    },
    events: {
      // Signing out through /auth/signout ends the API session too, as /sign-out does.
      async signOut() {
        await endSession(request);
      },
    },
  };
}

/** Auth.js's own endpoints: email-link and OAuth callbacks, CSRF token, sign-in and sign-out actions. */
export function handleAuthRequest(request: Request): Promise<Response> {
  return Auth(request, authConfig(request));
}

/**
 * A CSRF token for a form that posts to Auth.js (sign-in links, OAuth buttons), with the headers that
 * set its cookie when this browser had none yet: return both from the page's loader.
 */
export async function authCsrfToken(request: Request): Promise<{ csrfToken: string; headers: Headers }> {
  const csrfRequest = new Request(new URL(`${AUTH_BASE_PATH}/csrf`, request.url), {
    headers: { cookie: request.headers.get('cookie') ?? '' },
  });
  const response = await Auth(csrfRequest, authConfig(request));
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const headers = new Headers();
  for (const cookie of response.headers.getSetCookie()) headers.append('set-cookie', cookie);
  return { csrfToken, headers };
}
