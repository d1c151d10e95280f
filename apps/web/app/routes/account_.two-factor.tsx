import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { qrCodePath } from '~/account/qr-code.server';
import { disableTwoFactorSchema, twoFactorCodeSchema } from '~/account/schemas';
import { textLinkClasses } from '~/components/AuthPanel';
import { apiFailure, requireViewer } from '~/auth/viewer.server';
import { Alert, Card, PageHeader, SubmitButton, TextField } from '~/components/ui';
import { formFailureFromApi, parseForm, type FormFailure } from '~/forms/forms';
import { useSubmitting } from '~/forms/pending';
import { graphqlRequest } from '~/graphql/client.server';
import { graphql } from '~/graphql/generated';
import { t } from '~/i18n/i18n';

export const meta: MetaFunction = () => [{ title: t('twoFactor.setup.metaTitle') }];

const StatusQuery = graphql(`
  query TwoFactorStatus {
    twoFactorStatus {
      enabled
      available
      recoveryCodesLeft
      pendingEnrolment {
        secret
        otpauthUri
      }
    }
  }
`);

const StartMutation = graphql(`
  mutation StartTwoFactorEnrolment {
    startTwoFactorEnrolment {
      secret
    }
  }
`);

const ConfirmMutation = graphql(`
  mutation ConfirmTwoFactorEnrolment($input: TwoFactorCodeInput!) {
    confirmTwoFactorEnrolment(input: $input) {
      codes
    }
  }
`);

const RegenerateMutation = graphql(`
  mutation RegenerateRecoveryCodes($input: TwoFactorCodeInput!) {
    regenerateRecoveryCodes(input: $input) {
      codes
    }
  }
`);

const DisableMutation = graphql(`
  mutation DisableTwoFactor($input: DisableTwoFactorInput!) {
    disableTwoFactor(input: $input) {
      enabled
    }
  }
`);

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  const requiredSlug = new URL(request.url).searchParams.get('required');
  const requiredBy =
    viewer.organizations.find((organization) => organization.slug === requiredSlug)?.name ?? null;
  try {
    const { twoFactorStatus: status } = await graphqlRequest(StatusQuery, {}, { request });
    const pending = status.pendingEnrolment
      ? { secret: status.pendingEnrolment.secret, qr: qrCodePath(status.pendingEnrolment.otpauthUri) }
      : null;
    return {
      enabled: status.enabled,
      available: status.available,
      recoveryCodesLeft: status.recoveryCodesLeft,
      pending,
      requiredBy,
    };
  } catch (error) {
    return apiFailure(error, request);
  }
}

type ActionResult = { recoveryCodes?: string[]; done?: 'disabled' };
type Intent = 'start' | 'confirm' | 'regenerate' | 'disable';

/** A form's messages, tagged with the form they belong to (the page has several). */
function failed(intent: Intent, failure: FormFailure) {
  return data({ intent, fieldErrors: failure.fieldErrors, formError: failure.formError }, { status: 400 });
}

export async function action({ request }: ActionFunctionArgs) {
  await requireViewer(request);
  const formData = await request.formData();
  const intent = formData.get('intent') as Intent;
  try {
    if (intent === 'start') {
      await graphqlRequest(StartMutation, {}, { request });
      return data<ActionResult>({});
    }
    if (intent === 'confirm' || intent === 'regenerate') {
      const form = parseForm(twoFactorCodeSchema, formData);
      if (!form.ok) return failed(intent, form);
      const codes =
        intent === 'confirm'
          ? (await graphqlRequest(ConfirmMutation, { input: form.data }, { request }))
              .confirmTwoFactorEnrolment.codes
          : (await graphqlRequest(RegenerateMutation, { input: form.data }, { request }))
              .regenerateRecoveryCodes.codes;
      return data<ActionResult>({ recoveryCodes: codes });
    }
    if (intent === 'disable') {
      const form = parseForm(disableTwoFactorSchema, formData);
      if (!form.ok) return failed(intent, form);
      await graphqlRequest(
        DisableMutation,
        { input: { code: form.data.code || null, password: form.data.password || null } },
        { request },
      );
      return data<ActionResult>({ done: 'disabled' });
    }
  } catch (error) {
    const failure = formFailureFromApi(error, ['code', 'password']);
    if (failure) return failed(intent, failure);
    return apiFailure(error, request);
  }
  throw data(null, { status: 400, statusText: 'Bad Request' });
}

export default function TwoFactorSetupPage() {
  const { enabled, available, recoveryCodesLeft, pending, requiredBy } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const startPending = useSubmitting('start');
  const errorsOf = (intent: Intent) =>
    result && 'intent' in result && result.intent === intent ? (result.fieldErrors ?? {}) : {};
  const formError = result && 'formError' in result ? result.formError : undefined;
  const recoveryCodes = result && 'recoveryCodes' in result ? result.recoveryCodes : undefined;

  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6 sm:py-14">
      <PageHeader title={t('twoFactor.setup.title')} description={t('twoFactor.setup.intro')} />
      <div className="mt-8 space-y-6">
        {requiredBy && !enabled ? (
          <Alert tone="info">{t('twoFactor.setup.required', { organization: requiredBy })}</Alert>
        ) : null}
        {formError ? <Alert>{formError}</Alert> : null}
        {result && 'done' in result && result.done === 'disabled' ? (
          <Alert tone="success">{t('twoFactor.setup.disabled')}</Alert>
        ) : null}

        {recoveryCodes ? (
          <Card as="section" aria-labelledby="recovery-codes-title">
            <h2 id="recovery-codes-title" className="text-lg font-semibold text-slate-900">
              {t('twoFactor.setup.codesTitle')}
            </h2>
            <p className="mt-2 text-slate-600">{t('twoFactor.setup.codesIntro')}</p>
            <ul
              aria-label={t('twoFactor.setup.codesTitle')}
              className="mt-4 grid grid-cols-2 gap-2 font-mono text-slate-900"
            >
              {recoveryCodes.map((code) => (
                <li key={code} data-testid="recovery-code" className="rounded bg-slate-100 px-2 py-1">
                  {code}
                </li>
              ))}
            </ul>
            <Link to="/account" className={`mt-5 inline-block ${textLinkClasses}`}>
              {t('twoFactor.setup.codesDone')}
            </Link>
          </Card>
        ) : null}

        {!available && !enabled ? (
          <Alert tone="info">{t('twoFactor.setup.notAvailable')}</Alert>
        ) : enabled ? (
          <>
            <Card as="section" aria-labelledby="status-title">
              <h2 id="status-title" className="text-lg font-semibold text-slate-900">
                {t('twoFactor.setup.statusOn')}
              </h2>
              <p className="mt-2 text-slate-600">
                {t('twoFactor.setup.codesLeft', { count: recoveryCodesLeft })}
              </p>
            </Card>
            <Card as="section" aria-labelledby="regenerate-title">
              <h2 id="regenerate-title" className="text-lg font-semibold text-slate-900">
                {t('twoFactor.setup.regenerateTitle')}
              </h2>
              <p className="mt-2 text-slate-600">{t('twoFactor.setup.regenerateBody')}</p>
              <AppCodeForm
                intent="regenerate"
                errors={errorsOf('regenerate')}
                submitLabel={t('twoFactor.setup.regenerate')}
                pendingLabel={t('twoFactor.setup.regenerating')}
                variant="secondary"
              />
            </Card>
            <Card as="section" aria-labelledby="disable-title">
              <h2 id="disable-title" className="text-lg font-semibold text-slate-900">
                {t('twoFactor.setup.disableTitle')}
              </h2>
              <p className="mt-2 text-slate-600">{t('twoFactor.setup.disableBody')}</p>
              <AppCodeForm
                intent="disable"
                errors={errorsOf('disable')}
                submitLabel={t('twoFactor.setup.disable')}
                pendingLabel={t('twoFactor.setup.disabling')}
                variant="danger"
                withPassword
              />
            </Card>
          </>
        ) : pending ? (
          <Card as="section" aria-labelledby="scan-title">
            <h2 id="scan-title" className="text-lg font-semibold text-slate-900">
              {t('twoFactor.setup.scanTitle')}
            </h2>
            <p className="mt-2 text-slate-600">{t('twoFactor.setup.scan')}</p>
            <svg
              role="img"
              aria-label={t('twoFactor.setup.qrLabel')}
              viewBox={`-4 -4 ${pending.qr.size + 8} ${pending.qr.size + 8}`}
              className="mt-4 h-48 w-48 bg-white"
              shapeRendering="crispEdges"
            >
              <path d={pending.qr.path} fill="#0f172a" />
            </svg>
            <p className="mt-4 text-sm font-medium text-slate-600">{t('twoFactor.setup.secretLabel')}</p>
            <p data-testid="two-factor-secret" className="mt-1 font-mono break-all text-slate-900">
              {pending.secret}
            </p>
            <h2 className="mt-6 text-lg font-semibold text-slate-900">{t('twoFactor.setup.confirmTitle')}</h2>
            <AppCodeForm
              intent="confirm"
              errors={errorsOf('confirm')}
              hint={t('twoFactor.setup.codeHint')}
              submitLabel={t('twoFactor.setup.confirm')}
              pendingLabel={t('twoFactor.setup.confirming')}
            />
          </Card>
        ) : (
          <Card as="section" aria-labelledby="status-title">
            <h2 id="status-title" className="text-lg font-semibold text-slate-900">
              {t('twoFactor.setup.statusOff')}
            </h2>
            <Form method="post" className="mt-4">
              <input type="hidden" name="intent" value="start" />
              <SubmitButton pending={startPending} pendingLabel={t('twoFactor.setup.starting')}>
                {t('twoFactor.setup.start')}
              </SubmitButton>
            </Form>
          </Card>
        )}
        <Link to="/account" className={textLinkClasses}>
          {t('twoFactor.setup.backToAccount')}
        </Link>
      </div>
    </div>
  );
}

/** A form that takes a current code from the app (and, to switch off, the password instead). */
function AppCodeForm({
  intent,
  errors,
  hint,
  submitLabel,
  pendingLabel,
  variant,
  withPassword = false,
}: {
  intent: Intent;
  errors: Record<string, string | undefined>;
  hint?: string;
  submitLabel: string;
  pendingLabel: string;
  variant?: 'secondary' | 'danger';
  withPassword?: boolean;
}) {
  const submitting = useSubmitting(intent);
  return (
    <Form method="post" noValidate className="mt-4 space-y-4">
      <input type="hidden" name="intent" value={intent} />
      <TextField
        label={t('twoFactor.setup.code')}
        hint={hint}
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        error={errors.code}
      />
      {withPassword ? (
        <TextField
          label={t('twoFactor.setup.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          error={errors.password}
        />
      ) : null}
      <SubmitButton pending={submitting} pendingLabel={pendingLabel} variant={variant}>
        {submitLabel}
      </SubmitButton>
    </Form>
  );
}
