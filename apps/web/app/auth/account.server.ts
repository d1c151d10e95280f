import { redirect } from '@remix-run/node';
import { ApiError, graphqlRequest } from '~/graphql/client.server';
import { graphql } from '~/graphql/generated';
import type { OrganizationKind } from '~/graphql/generated/graphql';
import { safeRedirect } from './redirect';
import { createSessionCookie, type ApiSession } from './session.server';

/**
 * The account operations of the API (docs/identity-contract.md) as the web app uses them. Signed-out
 * flows are [service] operations: they carry the service key and the browser's IP.
 */

graphql(`
  fragment ApiSession on AuthSession {
    sessionId
    expiresAt
    user {
      id
      email
      name
    }
  }
`);

graphql(`
  fragment SignInResult on SignInResult {
    session {
      ...ApiSession
    }
    twoFactorChallenge {
      token
      expiresAt
    }
  }
`);

const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      ...SignInResult
    }
  }
`);

const CompleteTwoFactorSignInMutation = graphql(`
  mutation CompleteTwoFactorSignIn($input: CompleteTwoFactorSignInInput!) {
    completeTwoFactorSignIn(input: $input) {
      ...ApiSession
    }
  }
`);

const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input)
  }
`);

const ConfirmSignUpMutation = graphql(`
  mutation ConfirmSignUp($token: String!) {
    confirmSignUp(token: $token) {
      ...ApiSession
    }
  }
`);

const CreateSessionMutation = graphql(`
  mutation CreateSession($userId: ID!) {
    createSession(userId: $userId) {
      ...SignInResult
    }
  }
`);

const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($input: EmailInput!) {
    requestPasswordReset(input: $input)
  }
`);

const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

const AcceptInvitationWithSignUpMutation = graphql(`
  mutation AcceptInvitationWithSignUp($input: AcceptInvitationWithSignUpInput!) {
    acceptInvitationWithSignUp(input: $input) {
      ...ApiSession
    }
  }
`);

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

const SignOutEverywhereMutation = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`);

const HomeQuery = graphql(`
  query SignedInHome {
    me {
      organizations {
        slug
        role
      }
    }
  }
`);

/** A session, or, for an account with two-factor sign-in on, the challenge its second step answers. */
export type SignInOutcome =
  | { session: ApiSession; twoFactorChallenge: null }
  | { session: null; twoFactorChallenge: TwoFactorChallenge };

export interface TwoFactorChallenge {
  token: string;
  expiresAt: string;
}

function outcome(result: {
  session?: ApiSession | null;
  twoFactorChallenge?: TwoFactorChallenge | null;
}): SignInOutcome {
  if (result.session) return { session: result.session, twoFactorChallenge: null };
  if (result.twoFactorChallenge) return { session: null, twoFactorChallenge: result.twoFactorChallenge };
  throw new Error('The API answered a sign-in with neither a session nor a challenge');
}

export async function signInWithPassword(
  request: Request,
  input: { email: string; password: string },
): Promise<SignInOutcome> {
  const { signIn } = await graphqlRequest(SignInMutation, { input }, { request, service: true });
  return outcome(signIn);
}

/** The second step: a code from the app or a recovery code, for the challenge the first step answered. */
export async function completeTwoFactorSignIn(
  request: Request,
  input: { challenge: string; code: string },
): Promise<ApiSession> {
  const { completeTwoFactorSignIn: session } = await graphqlRequest(
    CompleteTwoFactorSignInMutation,
    { input },
    { request, service: true },
  );
  return session;
}

export async function signUp(
  request: Request,
  input: {
    name: string;
    email: string;
    password: string;
    organizationName: string;
    organizationKind: OrganizationKind;
  },
): Promise<void> {
  // The API answers the same whether or not the address has an account; the email it sends says which.
  await graphqlRequest(SignUpMutation, { input }, { request, service: true });
}

/** The emailed sign-up link: creates the account and its organization, and answers its session. */
export async function confirmSignUp(request: Request, token: string): Promise<ApiSession> {
  const { confirmSignUp: session } = await graphqlRequest(
    ConfirmSignUpMutation,
    { token },
    { request, service: true },
  );
  return session;
}

/** After Auth.js signed a user in by email link or OAuth: a session, or the second step first. */
export async function createApiSession(request: Request, userId: string): Promise<SignInOutcome> {
  const { createSession } = await graphqlRequest(
    CreateSessionMutation,
    { userId },
    { request, service: true },
  );
  return outcome(createSession);
}

export async function requestPasswordReset(request: Request, email: string): Promise<void> {
  await graphqlRequest(RequestPasswordResetMutation, { input: { email } }, { request, service: true });
}

export async function resetPassword(
  request: Request,
  input: { token: string; password: string },
): Promise<void> {
  await graphqlRequest(ResetPasswordMutation, { input }, { request, service: true });
}

export async function acceptInvitationWithSignUp(
  request: Request,
  input: { token: string; name: string; password: string },
): Promise<ApiSession> {
  const { acceptInvitationWithSignUp: session } = await graphqlRequest(
    AcceptInvitationWithSignUpMutation,
    { input },
    { request, service: true },
  );
  return session;
}

/** Ends the session of the request's cookie at the API. A session that already ended is fine. */
export async function endSession(request: Request): Promise<void> {
  try {
    await graphqlRequest(SignOutMutation, {}, { request });
  } catch (error) {
    if (!(error instanceof ApiError && error.code === 'UNAUTHENTICATED')) throw error;
  }
}

export async function endAllSessions(request: Request): Promise<void> {
  await graphqlRequest(SignOutEverywhereMutation, {}, { request });
}

/**
 * The redirect that completes a sign-in: it sets the session cookie and goes to `redirectTo` when one
 * was asked for, otherwise to the person's organization (or the switcher when they have several or none).
 */
export async function signedInRedirect(
  request: Request,
  session: ApiSession,
  redirectTo?: string | null,
): Promise<Response> {
  const { token, setCookie } = await createSessionCookie(session);
  let to = redirectTo ? safeRedirect(redirectTo) : '/app';
  if (!redirectTo) {
    const { me } = await graphqlRequest(HomeQuery, {}, { request, sessionToken: token });
    const organizations = me?.organizations ?? [];
    // A job seeker with one organization opens straight on their own workspace.
    if (organizations.length === 1) {
      const [only] = organizations;
      to = only.role === 'CLIENT' ? `/app/${only.slug}/me` : `/app/${only.slug}`;
    }
  }
  return redirect(to, { headers: { 'set-cookie': setCookie } });
}
