import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { apiFailure } from '~/auth/viewer.server';
import { Alert, Badge, Card, PageHeader } from '~/components/ui';
import { formatDay } from '~/i18n/format';
import { defaultLocale, t } from '~/i18n/i18n';
import { timeZoneOf } from '~/i18n/time-zone';
import { answersFromApi } from '~/me/exercise-answers';
import { ExerciseForm } from '~/me/ExerciseForm';
import { exerciseAction, loadExercise } from '~/me/exercises.server';
import { requireClientWorkspace } from '~/me/workspace.server';

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? t('me.exercises.detail.metaTitle', { title: data.exercise.title }) : t('common.appName') },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const workspace = await requireClientWorkspace(request, params.org);
  try {
    const exercise = await loadExercise(request, workspace, params.id!);
    return { base: workspace.base, exercise, timeZone: timeZoneOf(request) };
  } catch (error) {
    return apiFailure(error, request);
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const workspace = await requireClientWorkspace(request, params.org);
  return exerciseAction(request, workspace, params.id!);
}

/** One exercise: the prompts, saved as they are typed, handed in when done; the coach's comment. */
export default function ExercisePage() {
  const { base, exercise, timeZone } = useLoaderData<typeof loader>();
  const readOnly = exercise.status === 'SUBMITTED' || exercise.status === 'REVIEWED';
  const sentBack = exercise.status === 'IN_PROGRESS' && exercise.coachComment.trim().length > 0;
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <Link
        to={`${base}/exercises`}
        className="text-sm font-semibold text-brand-800 underline-offset-2 hover:underline"
      >
        {t('me.exercises.detail.backToList')}
      </Link>
      <PageHeader
        eyebrow={
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone={exercise.status === 'REVIEWED' ? 'brand' : 'neutral'}>
              {t(`me.exerciseStatus.${exercise.status}`)}
            </Badge>
            {exercise.dueOn ? (
              <span className="text-sm text-slate-700">
                {exercise.overdue
                  ? t('me.common.overdue', { date: formatDay(exercise.dueOn, defaultLocale) })
                  : t('me.common.due', { date: formatDay(exercise.dueOn, defaultLocale) })}
              </span>
            ) : null}
            <span className="text-sm text-slate-700">
              {t('me.exercises.minutes', { minutes: exercise.estimatedMinutes })}
            </span>
          </div>
        }
        title={exercise.title}
        description={exercise.purpose}
      />
      {exercise.coachComment.trim() ? (
        <Card as="section" aria-labelledby="comment-title" className="bg-brand-50/50">
          <h2 id="comment-title" className="font-semibold text-slate-900">
            {t('me.exercises.detail.coachComment')}
          </h2>
          {sentBack ? (
            <p className="mt-1 text-sm text-slate-700">{t('me.exercises.detail.sentBack')}</p>
          ) : null}
          <p className="mt-3 whitespace-pre-line text-slate-800">{exercise.coachComment}</p>
        </Card>
      ) : null}
      {readOnly ? <Alert tone="info">{t('me.exercises.detail.readOnly')}</Alert> : null}
      <ExerciseForm
        prompts={exercise.prompts}
        initialAnswers={answersFromApi(exercise.answers)}
        initialVersion={exercise.version}
        readOnly={readOnly}
        timeZone={timeZone}
      />
    </div>
  );
}
