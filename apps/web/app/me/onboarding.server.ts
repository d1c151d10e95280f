import { data } from '@remix-run/node';
import { onboardingSchema, splitList } from '~/agency/schemas';
import { parseForm, type FormFailure } from '~/forms/forms';
import { failedForm, invalid } from '~/forms/respond.server';
import { graphqlRequest } from '~/graphql/client.server';
import { graphql } from '~/graphql/generated';
import { t } from '~/i18n/i18n';
import type { ClientWorkspace } from './workspace.server';

const MyOnboardingQuery = graphql(`
  query MyOnboarding {
    myOnboarding {
      clientId
      version
      stage
      targetRoles
      locations
      availability
      workAuthorization
      resumeUrl
      consentVersion
      consentAt
      consentText
      currentConsentVersion
      checklist {
        key
        done
      }
    }
  }
`);

const UpdateMyOnboardingMutation = graphql(`
  mutation UpdateMyOnboarding($input: UpdateMyOnboardingInput!) {
    updateMyOnboarding(input: $input) {
      version
    }
  }
`);

export async function loadOnboarding(request: Request, workspace: ClientWorkspace) {
  const { myOnboarding } = await graphqlRequest(MyOnboardingQuery, {}, { request, org: workspace.org });
  return myOnboarding;
}

export type OnboardingActionResult = FormFailure | { success: string };

export const ONBOARDING_FIELDS = [
  'targetRoles',
  'locations',
  'availability',
  'workAuthorization',
  'resumeUrl',
  'consent',
] as const;

export async function onboardingAction(request: Request, workspace: ClientWorkspace) {
  const parsed = parseForm(onboardingSchema, await request.formData());
  if (!parsed.ok) return invalid(parsed);
  const input = parsed.data;
  try {
    await graphqlRequest(
      UpdateMyOnboardingMutation,
      {
        input: {
          version: input.version,
          targetRoles: splitList(input.targetRoles),
          locations: splitList(input.locations),
          availability: input.availability ?? '',
          workAuthorization: input.workAuthorization ?? '',
          resumeUrl: input.resumeUrl ?? '',
          consent: input.consent || undefined,
        },
      },
      { request, org: workspace.org },
    );
  } catch (error) {
    return failedForm(error, ONBOARDING_FIELDS, request);
  }
  return data<OnboardingActionResult>({ success: t('agency.onboarding.saved') });
}
