import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { apiFailure, requireMembership } from '~/auth/viewer.server';
import { RouteError } from '~/components/RouteError';

import { loadAssignment, reviewAction } from '~/coach/exercises.server';
import { formatDay, formatMoment } from '~/coach/format';
import { COACHING_ROLES } from '~/coach/roles';
import { textLinkClasses } from '~/components/AuthPanel';
import { Alert, Badge, Card, SubmitButton, TextAreaField } from '~/components/ui';
import { t } from '~/i18n/i18n';
import { timeZoneOf } from '~/i18n/time-zone';

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.assignment.title} · ${t('exercises.review.metaTitle')}` : t('common.appName') },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization } = await requireMembership(request, params.org, COACHING_ROLES);
  const timeZone = timeZoneOf(request);
  try {
    const assignment = await loadAssignment(request, organization.slug, params.assignmentId ?? '');
    return {
      base: `/app/${organization.slug}`,
      assignment,
      submittedOn: assignment.submittedAt ? formatMoment(assignment.submittedAt, timeZone, true) : null,
      reviewedOn: assignment.reviewedAt ? formatMoment(assignment.reviewedAt, timeZone, true) : null,
    };
  } catch (error) {
    return apiFailure(error, request);
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { organization } = await requireMembership(request, params.org, COACHING_ROLES);
  return reviewAction(request, organization, params.assignmentId ?? '');
}

type Assignment = ReturnType<typeof useLoaderData<typeof loader>>['assignment'];

function Answer({
  prompt,
  answer,
}: {
  prompt: Assignment['prompts'][number];
  answer: Assignment['answers'][number] | undefined;
}) {
  if (!answer || (answer.text == null && answer.number == null && !answer.choices?.length)) {
    return <p className="text-slate-500 italic">{t('exercises.review.noAnswer')}</p>;
  }
  if (prompt.type === 'SCALE' && answer.number != null) {
    return <p className="text-slate-900">{t('exercises.review.scaleAnswer', { value: answer.number })}</p>;
  }
  if (answer.choices?.length) {
    return (
      <ul className="list-disc pl-5 text-slate-900">
        {answer.choices.map((choice) => (
          <li key={choice}>{choice}</li>
        ))}
      </ul>
    );
  }
  return <p className="whitespace-pre-line text-slate-900">{answer.text}</p>;
}

/** One handed-in exercise: the answers, and the coach's comment to mark it reviewed or send it back. */
export default function ReviewExercise() {
  const { base, assignment, submittedOn, reviewedOn } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const decision = navigation.state === 'submitting' ? navigation.formData?.get('decision') : null;
  const reviewing = decision === 'review';
  const sendingBack = decision === 'sendBack';
  const failure = result && 'fieldErrors' in result ? result : null;
  const answers = new Map(assignment.answers.map((answer) => [answer.promptKey, answer]));
  return (
    <div className="mx-auto max-w-4xl space-y-8 px-4 py-8 sm:px-6 sm:py-12">
      <Link to={`${base}/exercises/review`} className={textLinkClasses}>
        {t('exercises.review.back')}
      </Link>
      <header>
        <p className="text-sm font-semibold text-brand-700">
          <Link
            to={`${base}/caseload/${assignment.client.id}`}
            className="underline-offset-4 hover:underline"
          >
            {assignment.client.name}
          </Link>
        </p>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <h1 className="text-3xl font-bold tracking-tight text-slate-900">{assignment.title}</h1>
          <Badge tone={assignment.status === 'REVIEWED' ? 'brand' : 'accent'}>
            {t(`labels.assignmentStatus.${assignment.status}`)}
          </Badge>
        </div>
        <p className="mt-2 text-slate-600">{assignment.purpose}</p>
        <p className="mt-2 text-sm text-slate-600">
          {submittedOn ? t('exercises.review.submittedOn', { date: submittedOn }) : null}
          {assignment.dueOn ? ` · ${t('plan.items.due', { date: formatDay(assignment.dueOn) })}` : null}
        </p>
      </header>
      <Card as="section" aria-labelledby="answers-title">
        <h2 id="answers-title" className="text-xl font-semibold text-slate-900">
          {t('exercises.review.answers')}
        </h2>
        <dl className="mt-4 space-y-5">
          {assignment.prompts.map((prompt) => (
            <div key={prompt.key}>
              <dt className="font-semibold text-slate-900">{prompt.label}</dt>
              <dd className="mt-1">
                <Answer prompt={prompt} answer={answers.get(prompt.key)} />
              </dd>
            </div>
          ))}
        </dl>
      </Card>
      <Card as="section" aria-labelledby="review-title">
        <h2 id="review-title" className="text-xl font-semibold text-slate-900">
          {t('exercises.review.comment')}
        </h2>
        {result && 'success' in result ? (
          <Alert tone="success" className="mt-4">
            {result.success}
          </Alert>
        ) : null}
        {failure?.formError ? <Alert className="mt-4">{failure.formError}</Alert> : null}
        {assignment.status === 'SUBMITTED' ? (
          <Form method="post" className="mt-4 space-y-4">
            <input type="hidden" name="version" value={assignment.version} />
            <TextAreaField
              label={t('exercises.review.comment')}
              hideLabel
              hint={t('exercises.review.commentHint')}
              name="comment"
              rows={5}
              defaultValue={assignment.coachComment}
              error={failure?.fieldErrors.comment}
            />
            <div className="flex flex-wrap gap-3">
              <SubmitButton
                name="decision"
                value="review"
                pending={reviewing}
                pendingLabel={t('coachForms.saving')}
              >
                {t('exercises.review.markReviewed')}
              </SubmitButton>
              <SubmitButton
                name="decision"
                value="sendBack"
                variant="secondary"
                pending={sendingBack}
                pendingLabel={t('coachForms.saving')}
              >
                {t('exercises.review.sendBack')}
              </SubmitButton>
            </div>
          </Form>
        ) : (
          <div className="mt-4 space-y-2 text-slate-700">
            {assignment.coachComment ? (
              <p className="whitespace-pre-line">{assignment.coachComment}</p>
            ) : null}
            <p className="text-sm text-slate-600">
              {reviewedOn
                ? t('exercises.review.alreadyReviewed', { date: reviewedOn })
                : t('exercises.review.notSubmitted')}
            </p>
          </div>
        )}
      </Card>
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
