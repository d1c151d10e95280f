import type { Adapter, AdapterUser } from '@auth/core/adapters';
import { graphqlRequest } from '~/graphql/client.server';
import { graphql } from '~/graphql/generated';

/**
 * The Auth.js adapter: a thin layer over the API's [service] operations, which own every row. Auth.js
 * uses it for email sign-in links (verification tokens) and OAuth (users and linked accounts);
 * sessions are JWTs, so there are no session methods.
 */

graphql(`
  fragment AdapterUser on AuthUser {
    id
    email
    name
    emailVerified
  }
`);

const UserQuery = graphql(`
  query AuthUser($id: ID!) {
    authUser(id: $id) {
      ...AdapterUser
    }
  }
`);

const UserByEmailQuery = graphql(`
  query AuthUserByEmail($email: String!) {
    authUserByEmail(email: $email) {
      ...AdapterUser
    }
  }
`);

const UserByAccountQuery = graphql(`
  query AuthUserByAccount($provider: String!, $providerAccountId: String!) {
    authUserByAccount(provider: $provider, providerAccountId: $providerAccountId) {
      ...AdapterUser
    }
  }
`);

const CreateUserMutation = graphql(`
  mutation AuthCreateUser($email: String!, $name: String!) {
    authCreateUser(email: $email, name: $name) {
      ...AdapterUser
    }
  }
`);

const LinkAccountMutation = graphql(`
  mutation AuthLinkAccount($userId: ID!, $provider: String!, $providerAccountId: String!) {
    authLinkAccount(userId: $userId, provider: $provider, providerAccountId: $providerAccountId)
  }
`);

const CreateVerificationTokenMutation = graphql(`
  mutation AuthCreateVerificationToken($identifier: String!, $token: String!, $expires: DateTime!) {
    authCreateVerificationToken(identifier: $identifier, token: $token, expires: $expires)
  }
`);

const UseVerificationTokenMutation = graphql(`
  mutation AuthUseVerificationToken($identifier: String!, $token: String!) {
    authUseVerificationToken(identifier: $identifier, token: $token) {
      identifier
      expires
    }
  }
`);

type ApiUser = { id: string; email: string; name: string; emailVerified?: string | null };

function toAdapterUser(user: ApiUser | null | undefined): AdapterUser | null {
  if (!user) return null;
  return { ...user, emailVerified: user.emailVerified ? new Date(user.emailVerified) : null };
}

export function apiAdapter(request: Request) {
  const service = { request, service: true };
  const getUser = async (id: string) =>
    toAdapterUser((await graphqlRequest(UserQuery, { id }, service)).authUser);

  return {
    getUser,
    async getUserByEmail(email) {
      return toAdapterUser((await graphqlRequest(UserByEmailQuery, { email }, service)).authUserByEmail);
    },
    async getUserByAccount({ provider, providerAccountId }) {
      const { authUserByAccount } = await graphqlRequest(
        UserByAccountQuery,
        { provider, providerAccountId },
        service,
      );
      return toAdapterUser(authUserByAccount);
    },
    async createUser({ email, name }) {
      // OAuth profiles may come without a name: the email's local part stands in until the person sets one.
      const { authCreateUser } = await graphqlRequest(
        CreateUserMutation,
        { email, name: name?.trim() || email.split('@')[0] },
        service,
      );
      return toAdapterUser(authCreateUser) as AdapterUser;
    },
    // Auth.js calls this to stamp `emailVerified` after an email-link sign-in. The API keeps no such
    // field from Auth.js (it has no operation for it): answer with the user as stored.
    async updateUser({ id }) {
      const user = await getUser(id);
      if (!user) throw new Error(`No user ${id} to update`);
      return user;
    },
    async linkAccount({ userId, provider, providerAccountId }) {
      await graphqlRequest(LinkAccountMutation, { userId, provider, providerAccountId }, service);
    },
    async createVerificationToken(verificationToken) {
      const { identifier, token, expires } = verificationToken;
      await graphqlRequest(
        CreateVerificationTokenMutation,
        { identifier, token, expires: expires.toISOString() },
        service,
      );
      return verificationToken;
    },
    async useVerificationToken({ identifier, token }) {
      const { authUseVerificationToken: used } = await graphqlRequest(
        UseVerificationTokenMutation,
        { identifier, token },
        service,
      );
      return used ? { identifier: used.identifier, token, expires: new Date(used.expires) } : null;
    },
  } satisfies Adapter;
}
