import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { apiFailure } from '~/auth/viewer.server';
import { Badge, EmptyState, PageHeader } from '~/components/ui';
import { formatDay } from '~/i18n/format';
import { defaultLocale, t } from '~/i18n/i18n';
import { loadExercises } from '~/me/exercises.server';
import { requireClientWorkspace } from '~/me/workspace.server';

export const meta: MetaFunction = () => [{ title: t('me.exercises.metaTitle') }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const workspace = await requireClientWorkspace(request, params.org);
  try {
    return { base: workspace.base, exercises: await loadExercises(request, workspace) };
  } catch (error) {
    return apiFailure(error, request);
  }
}

type Exercise = ReturnType<typeof useLoaderData<typeof loader>>['exercises'][number];

function ExerciseList({ exercises, base }: { exercises: Exercise[]; base: string }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {exercises.map((exercise) => (
        <li
          key={exercise.id}
          className="flex flex-col gap-3 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200"
        >
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone={exercise.status === 'REVIEWED' ? 'brand' : exercise.overdue ? 'accent' : 'neutral'}>
              {t(`me.exerciseStatus.${exercise.status}`)}
            </Badge>
            {exercise.dueOn ? (
              <span className="text-sm text-slate-700">
                {exercise.overdue
                  ? t('me.common.overdue', { date: formatDay(exercise.dueOn, defaultLocale) })
                  : t('me.common.due', { date: formatDay(exercise.dueOn, defaultLocale) })}
              </span>
            ) : null}
          </div>
          <h3 className="text-lg font-semibold text-slate-900">
            <Link
              to={`${base}/exercises/${exercise.id}`}
              className="underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600"
            >
              {exercise.title}
            </Link>
          </h3>
          <p className="line-clamp-3 text-sm text-slate-700">{exercise.purpose}</p>
          <p className="text-sm text-slate-600">
            {t('me.exercises.minutes', { minutes: exercise.estimatedMinutes })}
          </p>
        </li>
      ))}
    </ul>
  );
}

export default function ExercisesPage() {
  const { base, exercises } = useLoaderData<typeof loader>();
  const open = exercises.filter(
    (exercise) => exercise.status === 'ASSIGNED' || exercise.status === 'IN_PROGRESS',
  );
  const done = exercises.filter(
    (exercise) => exercise.status === 'SUBMITTED' || exercise.status === 'REVIEWED',
  );
  return (
    <div className="space-y-8">
      <PageHeader title={t('me.exercises.title')} description={t('me.exercises.intro')} />
      {exercises.length === 0 ? (
        <EmptyState title={t('me.exercises.empty.title')} description={t('me.exercises.empty.body')} />
      ) : (
        <>
          <section aria-labelledby="open-title" className="space-y-4">
            <h2 id="open-title" className="text-xl font-semibold text-slate-900">
              {t('me.exercises.openTitle')}
            </h2>
            {open.length ? (
              <ExerciseList exercises={open} base={base} />
            ) : (
              <p className="text-slate-600">{t('me.home.nextEmpty.title')}</p>
            )}
          </section>
          {done.length ? (
            <section aria-labelledby="done-title" className="space-y-4">
              <h2 id="done-title" className="text-xl font-semibold text-slate-900">
                {t('me.exercises.doneTitle')}
              </h2>
              <ExerciseList exercises={done} base={base} />
            </section>
          ) : null}
        </>
      )}
    </div>
  );
}
