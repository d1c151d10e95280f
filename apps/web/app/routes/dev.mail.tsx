import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiFailure } from '~/auth/viewer.server';
import { Card, EmptyState, PageHeader } from '~/components/ui';
import { graphqlRequest } from '~/graphql/client.server';
import { graphql } from '~/graphql/generated';
import { formatDate } from '~/i18n/format';
import { defaultLocale, t } from '~/i18n/i18n';
import { timeZoneOf } from '~/i18n/time-zone';
import { linkify } from '~/mail/linkify';

const OutboxQuery = graphql(`
  query DevOutbox {
    devOutbox(first: 50) {
      id
      to
      subject
      text
      createdAt
    }
  }
`);

export const meta: MetaFunction = () => [
  { title: t('devMail.metaTitle') },
  { name: 'robots', content: 'noindex' },
];

/** Development only: the emails the app would have sent, newest first. Tests read links from here. */
export async function loader({ request }: LoaderFunctionArgs) {
  if (process.env.NODE_ENV === 'production') throw data(null, { status: 404, statusText: 'Not Found' });
  try {
    const { devOutbox } = await graphqlRequest(OutboxQuery, {}, { request });
    return { emails: devOutbox, timeZone: timeZoneOf(request) };
  } catch (error) {
    return apiFailure(error, request);
  }
}

export default function DevMailPage() {
  const { emails, timeZone } = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6 sm:py-14">
      <PageHeader title={t('devMail.title')} description={t('devMail.intro')} />
      {emails.length ? (
        <ol className="mt-8 space-y-4">
          {emails.map((email) => (
            <Card as="li" key={email.id} aria-labelledby={`mail-${email.id}`} className="sm:p-6">
              <h2 id={`mail-${email.id}`} className="text-lg font-semibold break-words text-slate-900">
                {email.subject}
              </h2>
              <dl className="mt-2 grid gap-x-3 gap-y-1 text-sm sm:grid-cols-[4rem_1fr]">
                <dt className="font-medium text-slate-600">{t('devMail.to')}</dt>
                <dd className="break-all text-slate-900">{email.to}</dd>
                <dt className="font-medium text-slate-600">{t('devMail.sent')}</dt>
                <dd className="text-slate-900">
                  <time dateTime={email.createdAt}>
                    {formatDate(email.createdAt, timeZone, defaultLocale, { timeStyle: 'medium' })}
                  </time>
                </dd>
              </dl>
              <p className="mt-4 text-sm break-words whitespace-pre-wrap text-slate-700">
                {linkify(email.text).map((part, index) =>
                  part.href ? (
                    <a
                      key={index}
                      href={part.href}
                      className="font-semibold text-brand-700 underline break-all"
                    >
                      {part.text}
                    </a>
                  ) : (
                    part.text
                  ),
                )}
              </p>
            </Card>
          ))}
        </ol>
      ) : (
        <EmptyState className="mt-8" title={t('devMail.empty.title')} description={t('devMail.empty.body')} />
      )}
    </div>
  );
}
