import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { apiFailure, requireMembership } from '~/auth/viewer.server';
import { Alert, Card, PageHeader, SubmitButton } from '~/components/ui';
import { useSubmitting } from '~/forms/pending';
import { failedForm } from '~/forms/respond.server';
import { graphqlRequest } from '~/graphql/client.server';
import { graphql } from '~/graphql/generated';
import type { Role } from '~/graphql/generated/graphql';
import { t } from '~/i18n/i18n';

const OWNER_ONLY: readonly Role[] = ['OWNER'];

export const meta: MetaFunction<typeof loader> = ({ data: loaded }) => [
  { title: t('twoFactor.organization.metaTitle', { organization: loaded?.organization.name ?? '' }) },
];

const SecurityQuery = graphql(`
  query OrganizationSecurity {
    organizationSecurity {
      requireStaffTwoFactor
    }
  }
`);

const RequireMutation = graphql(`
  mutation SetStaffTwoFactorRequirement($input: SetStaffTwoFactorRequirementInput!) {
    setStaffTwoFactorRequirement(input: $input) {
      requireStaffTwoFactor
    }
  }
`);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization } = await requireMembership(request, params.org, OWNER_ONLY);
  try {
    const { organizationSecurity } = await graphqlRequest(
      SecurityQuery,
      {},
      { request, org: organization.slug },
    );
    return { organization, requireStaffTwoFactor: organizationSecurity.requireStaffTwoFactor };
  } catch (error) {
    return apiFailure(error, request);
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { organization } = await requireMembership(request, params.org, OWNER_ONLY);
  const required = (await request.formData()).get('requireStaffTwoFactor') === 'on';
  try {
    await graphqlRequest(RequireMutation, { input: { required } }, { request, org: organization.slug });
  } catch (error) {
    return failedForm(error, ['required'], request);
  }
  return data({ saved: true as const });
}

export default function OrganizationSecurityPage() {
  const { requireStaffTwoFactor } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const submitting = useSubmitting();
  const error =
    result && 'fieldErrors' in result ? (result.fieldErrors?.required ?? result.formError) : undefined;
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <PageHeader title={t('twoFactor.organization.title')} />
      <Card as="section" className="mt-8">
        <Form method="post" className="space-y-4">
          {error ? <Alert>{error}</Alert> : null}
          {result && 'saved' in result ? (
            <Alert tone="success">{t('twoFactor.organization.saved')}</Alert>
          ) : null}
          <label className="flex items-start gap-3 text-slate-800">
            <input
              type="checkbox"
              name="requireStaffTwoFactor"
              defaultChecked={requireStaffTwoFactor}
              aria-describedby="require-two-factor-hint"
              className="mt-1 h-5 w-5 rounded border-slate-400 text-brand-600 focus:ring-brand-600"
            />
            <span className="font-medium">{t('twoFactor.organization.requireLabel')}</span>
          </label>
          <p id="require-two-factor-hint" className="text-sm text-slate-600">
            {t('twoFactor.organization.requireHint')}
          </p>
          <SubmitButton pending={submitting} pendingLabel={t('twoFactor.organization.saving')}>
            {t('twoFactor.organization.save')}
          </SubmitButton>
        </Form>
      </Card>
    </div>
  );
}
