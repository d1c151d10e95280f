import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { RouteError, errorMetaTitle, statusOfRouteError } from '~/components/RouteError';
import { Badge, Card, LinkButton, PageHeader } from '~/components/ui';
import { ApiError, graphqlRequest } from '~/graphql/client.server';
import { graphql } from '~/graphql/generated';
import { t } from '~/i18n/i18n';

const PublicOrganizationQuery = graphql(`
  query PublicOrganization($slug: String!) {
    organization(slug: $slug) {
      name
      slug
      kind
    }
  }
`);

export async function loader({ params, request }: LoaderFunctionArgs) {
  const slug = params.slug ?? '';
  try {
    const { organization } = await graphqlRequest(PublicOrganizationQuery, { slug }, { request });
    return { organization };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    // A malformed slug cannot name an organization either: both are "not found" to a visitor.
    if (error.code === 'NOT_FOUND' || error.code === 'BAD_USER_INPUT') {
      throw data(null, { status: 404, statusText: 'Not Found' });
    }
    console.error(
      `Organization page for ${JSON.stringify(slug)}: ${error.code}: ${error.message} (request ${error.requestId})`,
    );
    throw data(null, { status: 502, statusText: 'Bad Gateway' });
  }
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData, error }) => {
  if (error || !loaderData) {
    return [
      {
        title:
          statusOfRouteError(error) === 404 ? t('organization.notFoundMetaTitle') : errorMetaTitle(error),
      },
    ];
  }
  return [
    { title: t('organization.metaTitle', { name: loaderData.organization.name }) },
    { name: 'description', content: t('organization.runsOnRebound') },
  ];
};

export default function OrganizationPage() {
  const { organization } = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-6xl px-4 py-12 sm:px-6 sm:py-16">
      <PageHeader
        eyebrow={<Badge tone="brand">{t(`organization.kind.${organization.kind}`)}</Badge>}
        title={organization.name}
        description={t('organization.runsOnRebound')}
      />
      <Card className="mt-10 max-w-3xl">
        <p className="text-slate-700">{t('organization.about')}</p>
        <div className="mt-6">
          <LinkButton to="/#how-it-works" variant="secondary">
            {t('organization.learnMore')}
          </LinkButton>
        </div>
      </Card>
    </div>
  );
}

export function ErrorBoundary() {
  return (
    <div className="mx-auto max-w-6xl px-4 sm:px-6">
      <RouteError
        notFound={{ title: t('organization.notFound.title'), body: t('organization.notFound.body') }}
      />
    </div>
  );
}
