import { redirect } from '@remix-run/node';
import type { ViewerOrganization } from '~/auth/viewer.server';
import { parseForm } from '~/forms/forms';
import { failedForm, invalid } from '~/forms/respond.server';
import { graphqlRequest } from '~/graphql/client.server';
import { graphql } from '~/graphql/generated';
import { billingActionSchema } from './schemas';

const BillingOverviewQuery = graphql(`
  query BillingOverview {
    billingOverview {
      configured
      canSubscribe
      canManage
      entitlement {
        access
        reason
        trialEndsAt
        graceEndsAt
      }
      subscription {
        plan
        status
        quantity
        trialEndsAt
        currentPeriodEndsAt
        cancelAtPeriodEnd
      }
      usage {
        coaches
        activeClients
      }
      plans {
        plan
        seatBasis
        quantity
        fits
      }
    }
  }
`);

const EntitlementQuery = graphql(`
  query Entitlement {
    entitlement {
      access
      reason
      graceEndsAt
    }
  }
`);

const StartCheckoutMutation = graphql(`
  mutation StartCheckout($input: StartCheckoutInput!) {
    startCheckout(input: $input) {
      url
    }
  }
`);

const OpenBillingPortalMutation = graphql(`
  mutation OpenBillingPortal {
    openBillingPortal {
      url
    }
  }
`);

export async function loadBillingOverview(request: Request, org: string) {
  const { billingOverview } = await graphqlRequest(BillingOverviewQuery, {}, { request, org });
  return billingOverview;
}

/** What every member's pages show a banner for: a failed payment in its grace period, or read-only. */
export async function loadEntitlement(request: Request, org: string) {
  const { entitlement } = await graphqlRequest(EntitlementQuery, {}, { request, org });
  return entitlement;
}

/** Starts Checkout or opens the portal, sending the browser on to Stripe. */
export async function billingAction(request: Request, organization: ViewerOrganization) {
  const form = parseForm(billingActionSchema, await request.formData());
  if (!form.ok) return invalid(form);
  const options = { request, org: organization.slug };
  let url: string;
  try {
    if (form.data.intent === 'checkout') {
      ({
        startCheckout: { url },
      } = await graphqlRequest(StartCheckoutMutation, { input: { plan: form.data.plan } }, options));
    } else {
      ({
        openBillingPortal: { url },
      } = await graphqlRequest(OpenBillingPortalMutation, {}, options));
    }
  } catch (error) {
    return failedForm(error, ['plan'], request);
  }
  return redirect(url);
}
