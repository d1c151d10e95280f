import { useFetcher } from '@remix-run/react';
import { useEffect, useId, useRef, useState, type MouseEvent } from 'react';
import {
  Alert,
  Badge,
  Button,
  ConfirmDialog,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from '~/components/ui';
import type { FormFailure } from '~/forms/forms';
import { t } from '~/i18n/i18n';
import { formatDay, formatMoment } from './format';
import type { PlanActionResult, PlanData } from './plan.server';
import { PLAN_CATEGORIES, PLAN_SIDES } from '~/graphql/enums';

type Item = PlanData['improvementPlan']['items'][number];
type Goal = PlanData['improvementPlan']['goals'][number];

function failureOf(data: PlanActionResult | undefined): FormFailure | null {
  return data && 'fieldErrors' in data ? data : null;
}

export const categoryOptions = () =>
  PLAN_CATEGORIES.map((value) => ({ value, label: t(`labels.planCategory.${value}`) }));
export const ownerOptions = () =>
  PLAN_SIDES.map((value) => ({ value, label: t(`labels.planSide.${value}`) }));

function StatusForm({ item }: { item: Item }) {
  const fetcher = useFetcher<PlanActionResult>({ key: `status:${item.id}` });
  const options = (
    item.status === 'DROPPED' ? (['DROPPED', 'TODO'] as const) : (['TODO', 'DOING', 'DONE'] as const)
  ).map((value) => ({ value, label: t(`labels.planStatus.${value}`) }));
  const failure = failureOf(fetcher.data);
  return (
    <div>
      <fetcher.Form method="post" className="flex items-end gap-2">
        <input type="hidden" name="intent" value="setStatus" />
        <input type="hidden" name="itemId" value={item.id} />
        <input type="hidden" name="version" value={item.version} />
        <SelectField
          key={`${item.id}:${item.version}`}
          label={t('plan.items.statusLabel', { title: item.title })}
          hideLabel
          name="status"
          defaultValue={item.status}
          options={options}
          className="w-32"
        />
        <SubmitButton
          variant="secondary"
          pending={fetcher.state !== 'idle'}
          pendingLabel={t('coachForms.saving')}
        >
          {t('plan.items.setStatus')}
        </SubmitButton>
      </fetcher.Form>
      {failure ? <Alert className="mt-2">{failure.fieldErrors.status ?? failure.formError}</Alert> : null}
    </div>
  );
}

/**
 * Up and down for one item. The list re-renders in its new order after a move, which would drop the
 * keyboard focus: once the move is done, focus goes back to the button pressed (or to the other one when
 * the item reached an end), so a keyboard user can keep moving the same item.
 */
function MoveButtons({ item, first, last }: { item: Item; first: boolean; last: boolean }) {
  const fetcher = useFetcher<PlanActionResult>({ key: `move:${item.id}` });
  const busy = fetcher.state !== 'idle';
  const form = useRef<HTMLFormElement>(null);
  const pressed = useRef<string | null>(null);
  useEffect(() => {
    if (busy || !pressed.current) return;
    const wanted = pressed.current;
    pressed.current = null;
    const buttons = [...(form.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    (
      buttons.find((button) => button.value === wanted && !button.disabled) ??
      buttons.find((b) => !b.disabled)
    )?.focus();
  }, [busy, first, last]);
  const press = (direction: string) => (event: MouseEvent<HTMLButtonElement>) => {
    // One move at a time; the button stays enabled (and focused) while it runs.
    if (busy) event.preventDefault();
    else pressed.current = direction;
  };
  return (
    <fetcher.Form method="post" className="flex flex-none gap-1" ref={form}>
      <input type="hidden" name="intent" value="move" />
      <input type="hidden" name="itemId" value={item.id} />
      <Button
        type="submit"
        name="direction"
        value="up"
        variant="ghost"
        disabled={first}
        aria-disabled={busy || undefined}
        onClick={press('up')}
        aria-label={t('plan.items.moveUp', { title: item.title })}
        className="px-2"
      >
        <span aria-hidden="true">↑</span>
      </Button>
      <Button
        type="submit"
        name="direction"
        value="down"
        variant="ghost"
        disabled={last}
        aria-disabled={busy || undefined}
        onClick={press('down')}
        aria-label={t('plan.items.moveDown', { title: item.title })}
        className="px-2"
      >
        <span aria-hidden="true">↓</span>
      </Button>
    </fetcher.Form>
  );
}

function EditForm({ item, onDone }: { item: Item; onDone: () => void }) {
  const fetcher = useFetcher<PlanActionResult>();
  const failure = failureOf(fetcher.data);
  const saved = fetcher.state === 'idle' && fetcher.data && 'success' in fetcher.data;
  useEffect(() => {
    if (saved) onDone();
  }, [saved, onDone]);
  return (
    <fetcher.Form method="post" className="mt-4 grid gap-4 rounded-xl bg-slate-50 p-4 sm:grid-cols-2">
      <input type="hidden" name="intent" value="editItem" />
      <input type="hidden" name="itemId" value={item.id} />
      <input type="hidden" name="version" value={item.version} />
      {failure?.formError ? <Alert className="sm:col-span-2">{failure.formError}</Alert> : null}
      <TextField
        label={t('plan.items.itemTitle')}
        name="title"
        defaultValue={item.title}
        error={failure?.fieldErrors.title}
        className="sm:col-span-2"
        required
      />
      <SelectField
        label={t('plan.items.category')}
        name="category"
        defaultValue={item.category}
        options={categoryOptions()}
        error={failure?.fieldErrors.category}
      />
      <SelectField
        label={t('plan.items.owner')}
        name="owner"
        defaultValue={item.owner}
        options={ownerOptions()}
        error={failure?.fieldErrors.owner}
      />
      <TextField
        label={t('plan.items.dueOn')}
        name="dueOn"
        type="date"
        defaultValue={item.dueOn ?? ''}
        error={failure?.fieldErrors.dueOn}
      />
      <TextAreaField
        label={t('plan.items.evidence')}
        name="evidence"
        rows={2}
        defaultValue={item.evidence}
        error={failure?.fieldErrors.evidence}
        className="sm:col-span-2"
      />
      <div className="flex gap-3 sm:col-span-2">
        <SubmitButton pending={fetcher.state !== 'idle'} pendingLabel={t('coachForms.saving')}>
          {t('plan.items.save')}
        </SubmitButton>
        <Button variant="secondary" onClick={onDone}>
          {t('plan.items.cancel')}
        </Button>
      </div>
    </fetcher.Form>
  );
}

function DropForm({ item }: { item: Item }) {
  const fetcher = useFetcher<PlanActionResult>({ key: `drop:${item.id}` });
  return (
    <ConfirmDialog
      trigger={t('plan.items.drop')}
      triggerVariant="ghost"
      title={t('plan.items.dropTitle', { title: item.title })}
      body={t('plan.items.dropBody')}
      cancelLabel={t('common.cancel')}
    >
      {(close) => (
        <fetcher.Form method="post" onSubmit={close}>
          <input type="hidden" name="intent" value="setStatus" />
          <input type="hidden" name="itemId" value={item.id} />
          <input type="hidden" name="version" value={item.version} />
          <input type="hidden" name="status" value="DROPPED" />
          <SubmitButton
            variant="danger"
            pending={fetcher.state !== 'idle'}
            pendingLabel={t('coachForms.saving')}
            className="w-full sm:w-auto"
          >
            {t('plan.items.dropConfirm')}
          </SubmitButton>
        </fetcher.Form>
      )}
    </ConfirmDialog>
  );
}

function Comments({ item, timeZone }: { item: Item; timeZone: string }) {
  const fetcher = useFetcher<PlanActionResult>({ key: `comment:${item.id}` });
  const failure = failureOf(fetcher.data);
  const [formKey, setFormKey] = useState(0);
  const added = fetcher.state === 'idle' && fetcher.data && 'success' in fetcher.data;
  useEffect(() => {
    if (added) setFormKey((key) => key + 1);
  }, [added, fetcher.data]);
  return (
    <details className="mt-3 text-sm">
      <summary className="cursor-pointer font-semibold text-brand-800">
        {t('plan.comments.title', { count: item.comments.length })}
      </summary>
      {item.comments.length ? (
        <ul className="mt-2 space-y-2">
          {item.comments.map((comment) => (
            <li key={comment.id} className="rounded-lg bg-slate-50 px-3 py-2">
              <p className="text-xs font-semibold text-slate-600">
                {t('plan.comments.by', {
                  name: comment.authorName ?? t('plan.comments.someone'),
                  date: formatMoment(comment.createdAt, timeZone, true),
                })}
              </p>
              <p className="mt-1 whitespace-pre-line text-slate-800">{comment.body}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-slate-600">{t('plan.comments.empty')}</p>
      )}
      <fetcher.Form method="post" key={formKey} className="mt-3 flex flex-col gap-2 sm:flex-row sm:items-end">
        <input type="hidden" name="intent" value="comment" />
        <input type="hidden" name="itemId" value={item.id} />
        <TextAreaField
          label={t('plan.comments.label', { title: item.title })}
          name="body"
          rows={2}
          className="flex-1"
          error={failure?.fieldErrors.body ?? failure?.formError}
        />
        <SubmitButton
          variant="secondary"
          pending={fetcher.state !== 'idle'}
          pendingLabel={t('coachForms.saving')}
        >
          {t('plan.comments.submit')}
        </SubmitButton>
      </fetcher.Form>
    </details>
  );
}

export function PlanItemCard({
  item,
  goals,
  first,
  last,
  timeZone,
}: {
  item: Item;
  goals: readonly Goal[];
  first: boolean;
  last: boolean;
  timeZone: string;
}) {
  const [editing, setEditing] = useState(false);
  const headingId = useId();
  const goal = goals.find((candidate) => candidate.id === item.goalId);
  return (
    <li
      aria-labelledby={headingId}
      className="rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5"
      data-testid="plan-item"
    >
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0 flex-1">
          <h3
            id={headingId}
            className={`text-base font-semibold ${item.status === 'DROPPED' ? 'text-slate-500 line-through' : 'text-slate-900'}`}
          >
            {item.title}
          </h3>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600">
            <Badge
              tone={item.status === 'DONE' ? 'brand' : 'neutral'}
              className="px-2 py-0.5 text-xs"
              data-testid="item-status"
            >
              {t(`labels.planStatus.${item.status}`)}
            </Badge>
            <span>{t(`labels.planCategory.${item.category}`)}</span>
            <span>·</span>
            <span>{t('plan.items.ownerLabel', { owner: t(`labels.planSide.${item.owner}`) })}</span>
            {item.dueOn ? (
              <>
                <span>·</span>
                <span>{t('plan.items.due', { date: formatDay(item.dueOn) })}</span>
              </>
            ) : null}
            {goal ? (
              <>
                <span>·</span>
                <span>
                  {t('plan.items.goal')}: {goal.title}
                </span>
              </>
            ) : null}
          </p>
          {item.evidence ? (
            <p className="mt-2 text-sm whitespace-pre-line text-slate-700">{item.evidence}</p>
          ) : null}
        </div>
        <div className="flex flex-none items-center gap-1 whitespace-nowrap">
          <MoveButtons item={item} first={first} last={last} />
          <Button variant="ghost" onClick={() => setEditing((open) => !open)} aria-expanded={editing}>
            {t('plan.items.edit')}
          </Button>
          {item.status !== 'DROPPED' ? <DropForm item={item} /> : null}
        </div>
      </div>
      <div className="mt-3">
        <StatusForm item={item} />
      </div>
      {editing ? <EditForm item={item} onDone={() => setEditing(false)} /> : null}
      <Comments item={item} timeZone={timeZone} />
    </li>
  );
}
