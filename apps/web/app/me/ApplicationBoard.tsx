import { Link, useFetcher, useNavigate } from '@remix-run/react';
import { useState, type DragEvent } from 'react';
import { Alert, Badge, SubmitButton, cx } from '~/components/ui';
import type { ApplicationStage } from '~/graphql/generated/graphql';
import { formatDay } from '~/i18n/format';
import { defaultLocale, t } from '~/i18n/i18n';
import type { MoveResult } from './applications.server';
import { BOARD_STAGES, isClosedStage, movesFrom } from './vocabulary';

export interface BoardApplication {
  id: string;
  company: string;
  roleTitle: string;
  appliedOn: string;
  stage: ApplicationStage;
  interviewRound?: number | null;
  version: number;
}

const DRAG_TYPE = 'application/x-rebound-application';

function stageLabel(stage: ApplicationStage) {
  return stage === 'REJECTED' ? t('me.applications.closeAsRejected') : t(`labels.applicationStage.${stage}`);
}

/** "Move to" as a plain form: the keyboard and screen-reader way to move a card. */
export function MoveForm({ application }: { application: BoardApplication }) {
  const fetcher = useFetcher<MoveResult>({ key: 'move-application' });
  const moves = movesFrom(application.stage);
  if (!moves.length) return null;
  const busy = fetcher.state !== 'idle' && fetcher.formData?.get('applicationId') === application.id;
  return (
    <fetcher.Form method="post" className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="intent" value="move" />
      <input type="hidden" name="applicationId" value={application.id} />
      <input type="hidden" name="version" value={application.version} />
      <label className="min-w-[8rem] flex-1">
        <span className="sr-only">{t('me.applications.moveLabel', { company: application.company })}</span>
        <span aria-hidden="true" className="block text-xs font-semibold text-slate-600">
          {t('me.applications.moveTo')}
        </span>
        <select
          name="stage"
          defaultValue={moves[0]}
          className="mt-1 block w-full rounded-lg border-0 bg-white px-2 py-1.5 text-sm text-slate-900 ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-brand-600 focus:outline-none"
        >
          {moves.map((stage) => (
            <option key={stage} value={stage}>
              {stage === 'INTERVIEW' && application.stage === 'INTERVIEW'
                ? t('me.applications.interviewRound', { round: (application.interviewRound ?? 1) + 1 })
                : stageLabel(stage)}
            </option>
          ))}
        </select>
      </label>
      <SubmitButton
        variant="secondary"
        pending={busy}
        pendingLabel={t('me.applications.moving')}
        aria-label={t('me.applications.moveButtonLabel', { company: application.company })}
        className="min-h-9 px-3 py-1.5"
      >
        {t('me.applications.move')}
      </SubmitButton>
    </fetcher.Form>
  );
}

function Card({ application, base }: { application: BoardApplication; base: string }) {
  const closed = isClosedStage(application.stage);
  const onDragStart = (event: DragEvent) => {
    event.dataTransfer.setData(
      DRAG_TYPE,
      JSON.stringify({ id: application.id, stage: application.stage, version: application.version }),
    );
    event.dataTransfer.setData('text/plain', application.company);
    event.dataTransfer.effectAllowed = 'move';
  };
  return (
    <li
      draggable={!closed}
      onDragStart={closed ? undefined : onDragStart}
      data-application-id={application.id}
      className={cx(
        'space-y-3 rounded-xl bg-white p-3 shadow-sm ring-1 ring-slate-200',
        !closed && 'cursor-grab active:cursor-grabbing',
      )}
    >
      <div>
        <h3 className="font-semibold break-words text-slate-900">{application.company}</h3>
        <p className="text-sm break-words text-slate-700">{application.roleTitle}</p>
        <p className="mt-1 flex flex-wrap gap-2 text-xs text-slate-600">
          <span>
            {t('me.applications.applied', { date: formatDay(application.appliedOn, defaultLocale) })}
          </span>
          {application.stage === 'INTERVIEW' ? (
            <span>{t('me.applications.round', { round: application.interviewRound ?? 1 })}</span>
          ) : null}
          {closed ? (
            <Badge className="px-2 py-0 text-xs">{t(`labels.applicationStage.${application.stage}`)}</Badge>
          ) : null}
        </p>
      </div>
      {closed ? null : <MoveForm application={application} />}
      <p className="flex flex-wrap gap-3 text-sm">
        <Link
          to={`${base}/applications/${application.id}/edit`}
          className="font-semibold text-brand-800 underline-offset-2 hover:underline"
          aria-label={t('me.applications.editLabel', { company: application.company })}
        >
          {t('me.applications.edit')}
        </Link>
      </p>
    </li>
  );
}

/** The outcome of the last move (from the board or the table), announced politely. */
export function MoveOutcome() {
  const fetcher = useFetcher<MoveResult>({ key: 'move-application' });
  const result = fetcher.data;
  return (
    <div aria-live="polite" className="empty:hidden">
      {result && fetcher.state === 'idle' ? (
        'success' in result ? (
          <Alert tone="success">{result.success}</Alert>
        ) : (
          <Alert>{result.formError ?? Object.values(result.fieldErrors).find(Boolean)}</Alert>
        )
      ) : null}
    </div>
  );
}

/**
 * The board: a column per stage, closed applications together at the end. Cards move by drag and drop,
 * or with their "Move to" form (keyboard, screen readers, phones). Dropping on Rejected opens the flow.
 */
export function ApplicationBoard({ applications, base }: { applications: BoardApplication[]; base: string }) {
  const fetcher = useFetcher<MoveResult>({ key: 'move-application' });
  const navigate = useNavigate();
  const [over, setOver] = useState<string | null>(null);
  const columns: { id: string; stage: ApplicationStage | null; title: string; items: BoardApplication[] }[] =
    [
      ...BOARD_STAGES.map((stage) => ({
        id: stage,
        stage: stage as ApplicationStage,
        title: t(`labels.applicationStage.${stage}`),
        items: applications.filter((application) => application.stage === stage),
      })),
      {
        id: 'CLOSED',
        stage: null,
        title: t('me.applications.closedColumn'),
        items: applications.filter((application) => isClosedStage(application.stage)),
      },
    ];

  const drop = (target: ApplicationStage) => (event: DragEvent) => {
    event.preventDefault();
    setOver(null);
    const raw = event.dataTransfer.getData(DRAG_TYPE);
    if (!raw) return;
    const card = JSON.parse(raw) as { id: string; stage: ApplicationStage; version: number };
    if (!movesFrom(card.stage).includes(target)) return;
    if (target === 'REJECTED') {
      navigate(`${base}/applications/${card.id}/rejection`);
      return;
    }
    fetcher.submit(
      { intent: 'move', applicationId: card.id, version: String(card.version), stage: target },
      { method: 'post' },
    );
  };
  const dropZone = (target: ApplicationStage, id: string) => ({
    onDragOver: (event: DragEvent) => {
      if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      if (over !== id) setOver(id);
    },
    onDragLeave: () => setOver((current) => (current === id ? null : current)),
    onDrop: drop(target),
  });

  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">{t('me.applications.dragHint')}</p>
      <MoveOutcome />
      <div
        role="region"
        aria-label={t('me.applications.boardLabel')}
        className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-6"
      >
        {columns.map((column) => (
          <section
            key={column.id}
            aria-labelledby={`column-${column.id}`}
            data-stage={column.id}
            {...(column.stage ? dropZone(column.stage, column.id) : {})}
            className={cx(
              'flex min-h-40 flex-col gap-3 rounded-2xl bg-slate-100 p-3 ring-1 ring-slate-200',
              over === column.id && 'ring-2 ring-brand-600',
            )}
          >
            <h2 id={`column-${column.id}`} className="text-sm font-semibold text-slate-900">
              {t('me.applications.columnTitle', { title: column.title, count: column.items.length })}
            </h2>
            {column.id === 'CLOSED' ? (
              <div
                data-stage="REJECTED"
                {...dropZone('REJECTED', 'REJECTED')}
                className={cx(
                  'rounded-xl border-2 border-dashed border-slate-400 px-3 py-4 text-center text-xs font-medium text-slate-700',
                  over === 'REJECTED' && 'border-brand-600 bg-brand-50',
                )}
              >
                {t('me.applications.closeAsRejected')}
              </div>
            ) : null}
            {column.items.length ? (
              <ul className="space-y-3">
                {column.items.map((application) => (
                  <Card key={application.id} application={application} base={base} />
                ))}
              </ul>
            ) : (
              <p className="text-sm text-slate-600">{t('me.applications.emptyColumn')}</p>
            )}
          </section>
        ))}
      </div>
    </div>
  );
}
