import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData, useSearchParams } from '@remix-run/react';
import { apiFailure, requireMembership } from '~/auth/viewer.server';
import { RouteError } from '~/components/RouteError';
import { loadLibrary } from '~/coach/exercises.server';
import { COACHING_ROLES } from '~/coach/roles';
import { Alert, Badge, EmptyState, LinkButton, PageHeader } from '~/components/ui';
import { t } from '~/i18n/i18n';

export const meta: MetaFunction = () => [{ title: t('exercises.metaTitle') }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization } = await requireMembership(request, params.org, COACHING_ROLES);
  try {
    const library = await loadLibrary(request, organization.slug);
    return {
      base: `/app/${organization.slug}`,
      builtIn: library.builtInExerciseTemplates,
      own: library.exerciseTemplates.edges.map((edge) => edge.node),
      toReview: library.exerciseAssignments.totalCount,
    };
  } catch (error) {
    return apiFailure(error, request);
  }
}

type Template = ReturnType<typeof useLoaderData<typeof loader>>['builtIn'][number];

function TemplateList({ templates, base, label }: { templates: Template[]; base: string; label: string }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label={label}>
      {templates.map((template) => (
        <li
          key={template.id}
          className="flex flex-col rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200"
        >
          <h3 className="text-base font-semibold text-slate-900">
            <Link
              to={`${base}/exercises/${encodeURIComponent(template.id)}`}
              className="underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600"
            >
              {template.title}
            </Link>
          </h3>
          <p className="mt-2 line-clamp-3 flex-1 text-sm text-slate-600">{template.purpose}</p>
          <p className="mt-3 flex flex-wrap gap-2 text-xs text-slate-700">
            {template.builtIn ? (
              <Badge tone="brand" className="px-2 py-0.5 text-xs">
                {t('exercises.builtIn')}
              </Badge>
            ) : null}
            <span className="py-0.5">{t('exercises.minutes', { minutes: template.estimatedMinutes })}</span>
            <span className="py-0.5">{t('exercises.prompts', { count: template.prompts.length })}</span>
          </p>
        </li>
      ))}
    </ul>
  );
}

/** The exercise library: the organization's own templates and the built-in ones. */
export default function ExerciseLibrary() {
  const { base, builtIn, own, toReview } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <div className="mx-auto max-w-6xl space-y-10 px-4 py-10 sm:px-6 sm:py-14">
      <PageHeader
        title={t('exercises.title')}
        description={t('exercises.intro')}
        actions={
          <>
            <LinkButton to={`${base}/exercises/review`} variant="secondary">
              {toReview ? t('exercises.reviewInboxCount', { count: toReview }) : t('exercises.reviewInbox')}
            </LinkButton>
            <LinkButton to={`${base}/exercises/new`}>{t('exercises.newTemplate')}</LinkButton>
          </>
        }
      />
      {params.get('archived') ? <Alert tone="success">{t('exercises.archived')}</Alert> : null}
      <section aria-labelledby="own-title" className="space-y-4">
        <h2 id="own-title" className="text-xl font-semibold text-slate-900">
          {t('exercises.ownTitle')}
        </h2>
        {own.length ? (
          <TemplateList templates={own} base={base} label={t('exercises.ownTitle')} />
        ) : (
          <EmptyState
            headingLevel="h3"
            title={t('exercises.ownEmpty.title')}
            description={t('exercises.ownEmpty.body')}
            action={<LinkButton to={`${base}/exercises/new`}>{t('exercises.newTemplate')}</LinkButton>}
          />
        )}
      </section>
      <section aria-labelledby="builtin-title" className="space-y-4">
        <h2 id="builtin-title" className="text-xl font-semibold text-slate-900">
          {t('exercises.builtInTitle')}
        </h2>
        <TemplateList templates={builtIn} base={base} label={t('exercises.builtInTitle')} />
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
