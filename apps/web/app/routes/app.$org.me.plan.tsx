import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useFetcher, useLoaderData } from '@remix-run/react';
import { useEffect, useRef } from 'react';
import { apiFailure } from '~/auth/viewer.server';
import {
  Alert,
  Badge,
  Card,
  EmptyState,
  PageHeader,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from '~/components/ui';
import { formatDate, formatDay } from '~/i18n/format';
import { defaultLocale, t } from '~/i18n/i18n';
import { timeZoneOf } from '~/i18n/time-zone';
import { loadPlan, planAction, type PlanActionResult } from '~/me/plan.server';
import { PLAN_CATEGORIES } from '~/graphql/enums';
import { requireClientWorkspace } from '~/me/workspace.server';

export const meta: MetaFunction = () => [{ title: t('me.plan.metaTitle') }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const workspace = await requireClientWorkspace(request, params.org);
  try {
    return { ...(await loadPlan(request, workspace)), timeZone: timeZoneOf(request) };
  } catch (error) {
    return apiFailure(error, request);
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const workspace = await requireClientWorkspace(request, params.org);
  return planAction(request, workspace);
}

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>;
type Item = LoaderData['plan']['items'][number];

function Outcome({ result, idle }: { result: PlanActionResult | undefined; idle: boolean }) {
  if (!result || !idle) return null;
  if ('success' in result) return <Alert tone="success">{result.success}</Alert>;
  const message = result.formError ?? Object.values(result.fieldErrors).find(Boolean);
  return message ? <Alert>{message}</Alert> : null;
}

function PlanItemCard({ item, timeZone }: { item: Item; timeZone: string }) {
  const update = useFetcher<PlanActionResult>({ key: `plan-update-${item.id}` });
  const comment = useFetcher<PlanActionResult>({ key: `plan-comment-${item.id}` });
  const commentForm = useRef<HTMLFormElement>(null);
  const commented = comment.state === 'idle' && comment.data && 'success' in comment.data;
  useEffect(() => {
    if (commented) commentForm.current?.reset();
  }, [commented]);
  const statuses =
    item.createdBySide === 'CLIENT'
      ? (['TODO', 'DOING', 'DONE', 'DROPPED'] as const)
      : (['TODO', 'DOING', 'DONE'] as const);
  const commentErrors = comment.data && !('success' in comment.data) ? comment.data.fieldErrors : {};
  return (
    <li id={`item-${item.id}`} className="scroll-mt-24">
      <article
        aria-labelledby={`item-title-${item.id}`}
        className="space-y-4 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200"
      >
        <header className="space-y-2">
          <div className="flex flex-wrap gap-2">
            <Badge tone={item.status === 'DONE' ? 'brand' : 'neutral'}>
              {t(`labels.planStatus.${item.status}`)}
            </Badge>
            <Badge>{t(`labels.planCategory.${item.category}`)}</Badge>
          </div>
          <h3 id={`item-title-${item.id}`} className="text-lg font-semibold text-slate-900">
            {item.title}
          </h3>
          <p className="flex flex-wrap gap-x-4 text-sm text-slate-700">
            <span>{t('me.plan.owner', { owner: t(`me.planSide.${item.owner}`) })}</span>
            {item.dueOn ? (
              <span>{t('me.common.due', { date: formatDay(item.dueOn, defaultLocale) })}</span>
            ) : null}
          </p>
        </header>
        <update.Form method="post" className="space-y-3">
          <input type="hidden" name="intent" value="update" />
          <input type="hidden" name="id" value={item.id} />
          <input type="hidden" name="version" value={item.version} />
          <SelectField
            label={t('me.plan.status')}
            name="status"
            defaultValue={item.status}
            options={statuses.map((status) => ({ value: status, label: t(`labels.planStatus.${status}`) }))}
            className="max-w-xs"
          />
          <TextAreaField
            label={t('me.plan.evidence')}
            name="evidence"
            rows={2}
            defaultValue={item.evidence}
          />
          <SubmitButton
            variant="secondary"
            pending={update.state !== 'idle'}
            pendingLabel={t('me.common.saving')}
          >
            {t('me.plan.save')}
          </SubmitButton>
          <div aria-live="polite" className="empty:hidden">
            <Outcome result={update.data} idle={update.state === 'idle'} />
          </div>
        </update.Form>
        <section aria-labelledby={`comments-${item.id}`} className="space-y-3 border-t border-slate-200 pt-4">
          <h4 id={`comments-${item.id}`} className="text-sm font-semibold text-slate-900">
            {t('me.plan.comments', { count: item.comments.length })}
          </h4>
          {item.comments.length ? (
            <ul className="space-y-2">
              {item.comments.map((entry) => (
                <li key={entry.id} className="rounded-lg bg-slate-50 px-3 py-2 text-sm">
                  <p className="font-semibold text-slate-900">
                    {entry.authorName ?? t('me.plan.someone')}{' '}
                    <time dateTime={entry.createdAt} className="font-normal text-slate-600">
                      {formatDate(entry.createdAt, timeZone, defaultLocale)}
                    </time>
                  </p>
                  <p className="whitespace-pre-line text-slate-800">{entry.body}</p>
                </li>
              ))}
            </ul>
          ) : null}
          <comment.Form ref={commentForm} method="post" noValidate className="space-y-2">
            <input type="hidden" name="intent" value="comment" />
            <input type="hidden" name="itemId" value={item.id} />
            <TextAreaField
              label={t('me.plan.commentLabel')}
              name="body"
              rows={2}
              error={commentErrors.body}
            />
            <SubmitButton
              variant="secondary"
              pending={comment.state !== 'idle'}
              pendingLabel={t('me.common.saving')}
            >
              {t('me.plan.comment')}
            </SubmitButton>
            <div aria-live="polite" className="empty:hidden">
              {commented ? <Alert tone="success">{t('me.plan.commented')}</Alert> : null}
            </div>
          </comment.Form>
        </section>
      </article>
    </li>
  );
}

function AddItemForm() {
  const fetcher = useFetcher<PlanActionResult>({ key: 'plan-add' });
  const form = useRef<HTMLFormElement>(null);
  const added = fetcher.state === 'idle' && fetcher.data && 'success' in fetcher.data;
  useEffect(() => {
    if (added) form.current?.reset();
  }, [added]);
  const errors = fetcher.data && !('success' in fetcher.data) ? fetcher.data.fieldErrors : {};
  return (
    <Card as="section" aria-labelledby="add-title">
      <h2 id="add-title" className="text-lg font-semibold text-slate-900">
        {t('me.plan.addTitle')}
      </h2>
      <fetcher.Form ref={form} method="post" noValidate className="mt-4 space-y-4">
        <input type="hidden" name="intent" value="add" />
        <TextField label={t('me.plan.itemTitle')} name="title" required error={errors.title} />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            label={t('me.plan.category')}
            name="category"
            defaultValue="PREPARATION"
            options={PLAN_CATEGORIES.map((category) => ({
              value: category,
              label: t(`labels.planCategory.${category}`),
            }))}
            error={errors.category}
          />
          <TextField label={t('me.plan.dueOn')} name="dueOn" type="date" error={errors.dueOn} />
        </div>
        <SubmitButton pending={fetcher.state !== 'idle'} pendingLabel={t('me.common.saving')}>
          {t('me.plan.addItem')}
        </SubmitButton>
        <div aria-live="polite" className="empty:hidden">
          {added ? <Alert tone="success">{(fetcher.data as { success: string }).success}</Alert> : null}
        </div>
      </fetcher.Form>
    </Card>
  );
}

/** The improvement plan shared with the coach: items by goal, evidence, comments and the history. */
export default function PlanPage() {
  const { plan, activity, timeZone } = useLoaderData<typeof loader>();
  const groups = [
    ...plan.goals.map((goal) => ({
      id: goal.id,
      title: goal.title,
      items: plan.items.filter((item) => item.goalId === goal.id),
    })),
    { id: 'none', title: t('me.plan.noGoal'), items: plan.items.filter((item) => !item.goalId) },
  ].filter((group) => group.items.length > 0);
  return (
    <div className="space-y-8">
      <PageHeader
        title={t('me.plan.title')}
        description={t('me.plan.intro')}
        actions={
          plan.progress.total ? (
            <Badge tone="brand">
              {t('me.plan.progress', { done: plan.progress.done, total: plan.progress.total })}
            </Badge>
          ) : null
        }
      />
      <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
        <div className="space-y-8">
          {groups.length ? (
            groups.map((group) => (
              <section key={group.id} aria-labelledby={`goal-${group.id}`} className="space-y-4">
                <h2 id={`goal-${group.id}`} className="text-xl font-semibold text-slate-900">
                  {group.title}
                </h2>
                <ul className="space-y-4">
                  {group.items.map((item) => (
                    <PlanItemCard key={item.id} item={item} timeZone={timeZone} />
                  ))}
                </ul>
              </section>
            ))
          ) : (
            <EmptyState title={t('me.plan.empty.title')} description={t('me.plan.empty.body')} />
          )}
          <AddItemForm />
        </div>
        <section aria-labelledby="plan-activity" className="space-y-3">
          <h2 id="plan-activity" className="text-xl font-semibold text-slate-900">
            {t('me.plan.activityTitle')}
          </h2>
          {activity.length ? (
            <ul className="divide-y divide-slate-200 rounded-xl bg-white px-4 shadow-sm ring-1 ring-slate-200">
              {activity.map((entry) => (
                <li key={entry.id} className="py-3 text-sm">
                  <p className="text-slate-900">
                    {isKnownAction(entry.action)
                      ? t(`me.plan.activity.${entry.action}`, {
                          name: entry.actorName ?? t('me.plan.someone'),
                        })
                      : t('me.home.activity.planByYou')}
                  </p>
                  <time dateTime={entry.createdAt} className="text-slate-600">
                    {formatDate(entry.createdAt, timeZone, defaultLocale)}
                  </time>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-slate-600">{t('me.home.activityEmpty')}</p>
          )}
        </section>
      </div>
    </div>
  );
}

const KNOWN_ACTIONS = ['goal_added', 'item_added', 'item_changed', 'item_commented'] as const;
function isKnownAction(action: string): action is (typeof KNOWN_ACTIONS)[number] {
  return (KNOWN_ACTIONS as readonly string[]).includes(action);
}
