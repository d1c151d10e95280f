import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useFetcher, useLoaderData } from '@remix-run/react';
import { useEffect, useState } from 'react';
import { apiFailure, requireMembership } from '~/auth/viewer.server';
import { RouteError } from '~/components/RouteError';
import { PlanItemCard, categoryOptions, ownerOptions } from '~/coach/PlanItemCard';
import { describeActivity } from '~/coach/activity';
import { percent } from '~/coach/format';
import { loadPlan, planAction, type PlanActionResult } from '~/coach/plan.server';
import { COACHING_ROLES } from '~/coach/roles';
import { textLinkClasses } from '~/components/AuthPanel';
import { Alert, Card, SelectField, SubmitButton, TextField } from '~/components/ui';
import type { FormFailure } from '~/forms/forms';
import { t } from '~/i18n/i18n';
import { timeZoneOf } from '~/i18n/time-zone';

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? t('plan.metaTitle', { name: data.client.name }) : t('common.appName') },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization } = await requireMembership(request, params.org, COACHING_ROLES);
  const timeZone = timeZoneOf(request);
  try {
    const { client, improvementPlan, planActivity } = await loadPlan(
      request,
      organization.slug,
      params.clientId ?? '',
    );
    return {
      base: `/app/${organization.slug}`,
      client,
      plan: improvementPlan,
      activity: describeActivity(
        planActivity.edges.map((edge) => edge.node),
        timeZone,
      ),
      timeZone,
    };
  } catch (error) {
    return apiFailure(error, request);
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { organization } = await requireMembership(request, params.org, COACHING_ROLES);
  return planAction(request, organization, params.clientId ?? '');
}

function failureOf(data: PlanActionResult | undefined): FormFailure | null {
  return data && 'fieldErrors' in data ? data : null;
}

/** A form that clears itself after a successful submit. */
function useResettingFetcher(key: string) {
  const fetcher = useFetcher<PlanActionResult>({ key });
  const [formKey, setFormKey] = useState(0);
  const succeeded = fetcher.state === 'idle' && fetcher.data !== undefined && 'success' in fetcher.data;
  useEffect(() => {
    if (succeeded) setFormKey((value) => value + 1);
  }, [succeeded, fetcher.data]);
  return {
    fetcher,
    formKey,
    failure: failureOf(fetcher.data),
    success: succeeded && fetcher.data && 'success' in fetcher.data ? fetcher.data.success : null,
  };
}

function AddGoalForm() {
  const { fetcher, formKey, failure, success } = useResettingFetcher('add-goal');
  return (
    <fetcher.Form method="post" key={formKey} className="mt-4 flex flex-col gap-3 sm:flex-row sm:items-end">
      <input type="hidden" name="intent" value="addGoal" />
      <TextField
        label={t('plan.goals.newGoal')}
        name="title"
        className="flex-1"
        error={failure?.fieldErrors.title ?? failure?.formError}
      />
      <SubmitButton
        variant="secondary"
        pending={fetcher.state !== 'idle'}
        pendingLabel={t('coachForms.saving')}
      >
        {t('plan.goals.add')}
      </SubmitButton>
      <span role="status" className="sr-only">
        {success}
      </span>
    </fetcher.Form>
  );
}

function AddItemForm({ goals }: { goals: ReadonlyArray<{ id: string; title: string }> }) {
  const { fetcher, formKey, failure, success } = useResettingFetcher('add-item');
  return (
    <Card as="section" aria-labelledby="add-item-title" className="sm:p-6">
      <h3 id="add-item-title" className="text-lg font-semibold text-slate-900">
        {t('plan.items.addTitle')}
      </h3>
      <fetcher.Form method="post" key={formKey} className="mt-4 grid gap-4 sm:grid-cols-2">
        <input type="hidden" name="intent" value="addItem" />
        {failure?.formError ? <Alert className="sm:col-span-2">{failure.formError}</Alert> : null}
        <TextField
          label={t('plan.items.itemTitle')}
          name="title"
          className="sm:col-span-2"
          error={failure?.fieldErrors.title}
        />
        <SelectField
          label={t('plan.items.category')}
          name="category"
          options={categoryOptions()}
          error={failure?.fieldErrors.category}
        />
        <SelectField
          label={t('plan.items.owner')}
          name="owner"
          options={ownerOptions()}
          error={failure?.fieldErrors.owner}
        />
        <SelectField
          label={t('plan.items.goal')}
          name="goalId"
          options={[
            { value: '', label: t('plan.items.noGoal') },
            ...goals.map((goal) => ({ value: goal.id, label: goal.title })),
          ]}
          error={failure?.fieldErrors.goalId}
        />
        <TextField
          label={t('plan.items.dueOn')}
          name="dueOn"
          type="date"
          error={failure?.fieldErrors.dueOn}
        />
        <div className="sm:col-span-2">
          <SubmitButton pending={fetcher.state !== 'idle'} pendingLabel={t('coachForms.saving')}>
            {t('plan.items.add')}
          </SubmitButton>
        </div>
      </fetcher.Form>
      {success ? (
        <Alert tone="success" className="mt-4">
          {success}
        </Alert>
      ) : null}
    </Card>
  );
}

/** The improvement plan a coach shares with a client: goals, ordered items, comments and history. */
export default function PlanEditor() {
  const { base, client, plan, activity, timeZone } = useLoaderData<typeof loader>();
  const { progress } = plan;
  return (
    <div className="mx-auto max-w-5xl space-y-10 px-4 py-8 sm:px-6 sm:py-12">
      <Link to={`${base}/caseload/${client.id}`} className={textLinkClasses}>
        {t('plan.back', { name: client.name })}
      </Link>
      <header className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <p className="text-sm font-semibold text-brand-700">{client.name}</p>
          <h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-900">{t('plan.title')}</h1>
          <p className="mt-2 text-slate-600">{t('plan.intro', { name: client.name })}</p>
        </div>
        <div className="w-full sm:w-64">
          <p id="plan-progress" className="text-sm font-semibold text-slate-900">
            {t('plan.progress', { done: progress.done, total: progress.total })}
          </p>
          <div
            role="progressbar"
            aria-labelledby="plan-progress"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Number(percent(progress.share))}
            className="mt-2 h-2.5 rounded-full bg-slate-100"
          >
            <div
              className="h-2.5 rounded-full bg-brand-600"
              style={{ width: `${percent(progress.share)}%` }}
            />
          </div>
        </div>
      </header>

      <Card as="section" aria-labelledby="goals-title" className="sm:p-6">
        <h2 id="goals-title" className="text-xl font-semibold text-slate-900">
          {t('plan.goals.title')}
        </h2>
        {plan.goals.length ? (
          <ol className="mt-3 list-decimal space-y-1 pl-6 text-slate-800">
            {plan.goals.map((goal) => (
              <li key={goal.id}>{goal.title}</li>
            ))}
          </ol>
        ) : (
          <p className="mt-2 text-slate-600">{t('plan.goals.empty')}</p>
        )}
        <AddGoalForm />
      </Card>

      <section aria-labelledby="items-title" className="space-y-4">
        <h2 id="items-title" className="text-xl font-semibold text-slate-900">
          {t('plan.items.title')}
        </h2>
        {plan.items.length ? (
          <ol className="space-y-3">
            {plan.items.map((item, index) => (
              <PlanItemCard
                key={item.id}
                item={item}
                goals={plan.goals}
                first={index === 0}
                last={index === plan.items.length - 1}
                timeZone={timeZone}
              />
            ))}
          </ol>
        ) : (
          <p className="rounded-2xl border-2 border-dashed border-slate-300 p-6 text-center text-slate-600">
            {t('plan.items.empty')}
          </p>
        )}
        <AddItemForm goals={plan.goals} />
      </section>

      <section aria-labelledby="activity-title" className="space-y-3">
        <h2 id="activity-title" className="text-xl font-semibold text-slate-900">
          {t('plan.activity.title')}
        </h2>
        {activity.length ? (
          <ol className="space-y-2" data-testid="plan-activity">
            {activity.map((line) => (
              <li key={line.id} className="rounded-lg bg-white px-4 py-3 text-sm ring-1 ring-slate-200">
                <p className="font-medium text-slate-900">
                  {line.summary} · <time dateTime={line.at}>{line.when}</time>
                </p>
                {line.changes.map((change) => (
                  <p key={change} className="text-slate-700">
                    {change}
                  </p>
                ))}
              </li>
            ))}
          </ol>
        ) : (
          <p className="text-slate-600">{t('plan.activity.empty')}</p>
        )}
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return (
    <div className="mx-auto max-w-6xl px-4 sm:px-6">
      <RouteError />
    </div>
  );
}
