import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { acceptInvitationWithSignUp, signedInRedirect } from '~/auth/account.server';
import { invitationSignUpSchema } from '~/auth/schemas';
import type { ApiSession } from '~/auth/session.server';
import { apiFailure, getViewer } from '~/auth/viewer.server';
import { AuthPanel } from '~/components/AuthPanel';
import { RouteError } from '~/components/RouteError';
import { Alert, LinkButton, SubmitButton, TextField } from '~/components/ui';
import { parseForm } from '~/forms/forms';
import { useSubmitting } from '~/forms/pending';
import { failedForm, invalid } from '~/forms/respond.server';
import { ApiError, graphqlRequest } from '~/graphql/client.server';
import { graphql } from '~/graphql/generated';
import { NewPasswordField } from '~/auth/NewPasswordField';
import { t } from '~/i18n/i18n';

const InvitationQuery = graphql(`
  query InvitationPreview($token: String!) {
    invitation(token: $token) {
      organization {
        slug
        name
        kind
      }
      email
      role
      status
      accountExists
    }
  }
`);

const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($token: String!) {
    acceptInvitation(token: $token) {
      slug
    }
  }
`);

async function loadInvitation(request: Request, token: string) {
  try {
    return (await graphqlRequest(InvitationQuery, { token }, { request })).invitation;
  } catch (error) {
    if (error instanceof ApiError && (error.code === 'NOT_FOUND' || error.code === 'BAD_USER_INPUT')) {
      throw data(null, { status: 404, statusText: 'Not Found' });
    }
    return apiFailure(error, request);
  }
}

const sameEmail = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export async function loader({ request, params }: LoaderFunctionArgs) {
  const token = params.token ?? '';
  const [invitation, viewer] = await Promise.all([loadInvitation(request, token), getViewer(request)]);
  const step =
    invitation.status !== 'PENDING'
      ? 'closed'
      : viewer
        ? sameEmail(viewer.email, invitation.email)
          ? 'join'
          : 'wrongAccount'
        : invitation.accountExists
          ? 'signIn'
          : 'createAccount';
  return { token, invitation, step, viewerEmail: viewer?.email ?? null } as const;
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => [
  {
    title: loaderData
      ? t('invitation.metaTitle', { organization: loaderData.invitation.organization.name })
      : t('invitation.notFound.metaTitle'),
  },
];

export async function action({ request, params }: ActionFunctionArgs) {
  const token = params.token ?? '';
  const formData = await request.formData();
  const invitation = await loadInvitation(request, token);
  const home = `/app/${invitation.organization.slug}`;

  if (formData.get('intent') === 'join') {
    try {
      await graphqlRequest(AcceptInvitationMutation, { token }, { request });
    } catch (error) {
      return failedForm(error, [], request);
    }
    throw redirect(home);
  }

  const form = parseForm(invitationSignUpSchema(invitation.email), formData);
  if (!form.ok) return invalid(form);
  let session: ApiSession;
  try {
    session = await acceptInvitationWithSignUp(request, { token, ...form.data });
  } catch (error) {
    return failedForm(error, ['name', 'password'], request);
  }
  throw await signedInRedirect(request, session, home);
}

function ClosedInvitation({
  status,
  signedIn,
}: {
  status: 'ACCEPTED' | 'REVOKED' | 'EXPIRED';
  signedIn: boolean;
}) {
  return (
    <>
      <h2 className="text-lg font-semibold text-slate-900">{t(`invitation.closed.${status}.title`)}</h2>
      <p className="mt-2 text-slate-600">{t(`invitation.closed.${status}.body`)}</p>
      <LinkButton to={signedIn ? '/app' : '/sign-in'} variant="secondary" className="mt-6">
        {signedIn ? t('invitation.closed.organizations') : t('invitation.closed.signIn')}
      </LinkButton>
    </>
  );
}

export default function InvitationPage() {
  const { token, invitation, step, viewerEmail } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const submitting = useSubmitting();
  const organization = invitation.organization.name;
  const here = `/invitations/${token}`;

  return (
    <AuthPanel title={t('invitation.title', { organization })}>
      <dl className="grid gap-3 text-sm sm:grid-cols-[8rem_1fr]">
        <dt className="font-medium text-slate-600">{t('invitation.details.organization')}</dt>
        <dd className="font-semibold break-words text-slate-900">{organization}</dd>
        <dt className="font-medium text-slate-600">{t('invitation.details.role')}</dt>
        <dd className="font-semibold text-slate-900">{t(`common.roles.${invitation.role}`)}</dd>
        <dt className="font-medium text-slate-600">{t('invitation.details.email')}</dt>
        <dd className="font-semibold break-all text-slate-900">{invitation.email}</dd>
      </dl>
      <div className="mt-6 space-y-5 border-t border-slate-200 pt-6">
        {failure?.formError ? <Alert>{failure.formError}</Alert> : null}
        {invitation.status !== 'PENDING' ? (
          <ClosedInvitation status={invitation.status} signedIn={viewerEmail !== null} />
        ) : null}
        {step === 'join' ? (
          <Form method="post">
            <input type="hidden" name="intent" value="join" />
            <SubmitButton
              pending={submitting}
              pendingLabel={t('invitation.join.pending')}
              size="lg"
              className="w-full"
            >
              {t('invitation.join.submit', { organization })}
            </SubmitButton>
          </Form>
        ) : null}
        {step === 'wrongAccount' ? (
          <>
            <p className="text-slate-700">
              {t('invitation.wrongAccount', { email: invitation.email, viewerEmail: viewerEmail ?? '' })}
            </p>
            <Form method="post" action="/sign-out">
              <input type="hidden" name="redirectTo" value={here} />
              <SubmitButton pending={submitting} pendingLabel={t('signOut.pending')} variant="secondary">
                {t('invitation.signOut')}
              </SubmitButton>
            </Form>
          </>
        ) : null}
        {step === 'signIn' ? (
          <>
            <p className="text-slate-700">{t('invitation.signIn.body', { email: invitation.email })}</p>
            <LinkButton
              to={`/sign-in?${new URLSearchParams({ redirectTo: here, email: invitation.email })}`}
              size="lg"
              className="w-full"
            >
              {t('invitation.signIn.submit')}
            </LinkButton>
          </>
        ) : null}
        {step === 'createAccount' ? (
          <Form method="post" noValidate className="space-y-5">
            <div>
              <h2 className="text-lg font-semibold text-slate-900">{t('invitation.createAccount.title')}</h2>
              <p className="mt-1 text-slate-600">
                {t('invitation.createAccount.intro', { email: invitation.email })}
              </p>
            </div>
            <input type="hidden" name="intent" value="createAccount" />
            <TextField
              label={t('invitation.createAccount.name')}
              name="name"
              autoComplete="name"
              required
              error={failure?.fieldErrors.name}
            />
            <NewPasswordField
              label={t('invitation.createAccount.password')}
              error={failure?.fieldErrors.password}
            />
            <SubmitButton
              pending={submitting}
              pendingLabel={t('invitation.createAccount.pending')}
              size="lg"
              className="w-full"
            >
              {t('invitation.createAccount.submit', { organization })}
            </SubmitButton>
          </Form>
        ) : null}
      </div>
    </AuthPanel>
  );
}

export function ErrorBoundary() {
  return (
    <div className="mx-auto max-w-6xl px-4 sm:px-6">
      <RouteError notFound={{ title: t('invitation.notFound.title'), body: t('invitation.notFound.body') }} />
    </div>
  );
}
