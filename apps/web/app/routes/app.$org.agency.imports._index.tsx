import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { redirect } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { loadImports, requireAgency, uploadImport } from '~/agency/agency.server';
import { MAX_CSV_MEGABYTES } from '~/agency/schemas';
import { apiFailure } from '~/auth/viewer.server';
import { Alert, Badge, Card, EmptyState, PageHeader, SubmitButton, buttonClasses } from '~/components/ui';
import type { FormFailure } from '~/forms/forms';
import { failedForm, invalid } from '~/forms/respond.server';
import { forwardUploadForm } from '~/http/upload.server';
import { formatDate } from '~/i18n/format';
import { defaultLocale, t } from '~/i18n/i18n';
import { timeZoneOf } from '~/i18n/time-zone';

export const meta: MetaFunction = () => [{ title: t('agency.imports.metaTitle') }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const agency = await requireAgency(request, params.org);
  const after = new URL(request.url).searchParams.get('after') ?? '';
  try {
    return {
      base: agency.base,
      after,
      imports: await loadImports(agency, after),
      timeZone: timeZoneOf(request),
    };
  } catch (error) {
    return apiFailure(error, request);
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const agency = await requireAgency(request, params.org);
  let upload;
  try {
    // The file goes on to the API as it arrives; the invite choice comes before it in the form.
    upload = await forwardUploadForm(request, MAX_CSV_MEGABYTES * 1024 * 1024, (file, fields) =>
      uploadImport(agency, file, fields.invite === 'on'),
    );
  } catch (error) {
    return failedForm(error, ['file'], request);
  }
  if (!upload.ok) {
    return invalid({
      fieldErrors: {
        file:
          upload.problem === 'tooLarge'
            ? t('problems.IMPORT_FILE_TOO_LARGE', { megabytes: MAX_CSV_MEGABYTES })
            : t('agency.errors.fileRequired'),
      },
    });
  }
  return redirect(`${agency.base}/imports/${upload.result}`);
}

/** Upload a CSV of candidates; the list of past imports. */
export default function AgencyImportsPage() {
  const { base, after, imports, timeZone } = useLoaderData<typeof loader>();
  const result = useActionData<FormFailure>();
  const navigation = useNavigation();
  const uploading = navigation.state === 'submitting' && navigation.formMethod === 'POST';
  return (
    <div className="space-y-8">
      <PageHeader title={t('agency.imports.title')} description={t('agency.imports.description')} />
      <Card>
        <Form method="post" encType="multipart/form-data" className="space-y-5" noValidate>
          {result?.formError ? <Alert>{result.formError}</Alert> : null}
          <label className="flex items-center gap-3 text-slate-800">
            <input
              type="checkbox"
              name="invite"
              className="h-5 w-5 rounded border-slate-400 text-brand-600 focus:ring-brand-600"
            />
            {t('agency.imports.invite')}
          </label>
          <div>
            <label htmlFor="import-file" className="block text-sm font-semibold text-slate-900">
              {t('agency.imports.file')}
            </label>
            <p id="import-file-hint" className="mt-1 text-sm text-slate-600">
              {t('agency.imports.fileHint')}
            </p>
            <input
              id="import-file"
              name="file"
              type="file"
              accept=".csv,text/csv"
              required
              aria-describedby={
                result?.fieldErrors.file ? 'import-file-hint import-file-error' : 'import-file-hint'
              }
              aria-invalid={result?.fieldErrors.file ? true : undefined}
              className="mt-2 block w-full text-sm text-slate-800 file:mr-4 file:rounded-lg file:border-0 file:bg-brand-50 file:px-4 file:py-2 file:font-semibold file:text-brand-800"
            />
            {result?.fieldErrors.file ? (
              <p id="import-file-error" className="mt-2 text-sm font-medium text-red-700">
                {result.fieldErrors.file}
              </p>
            ) : null}
          </div>
          <SubmitButton pending={uploading} pendingLabel={t('agency.imports.uploading')}>
            {t('agency.imports.upload')}
          </SubmitButton>
        </Form>
      </Card>

      <section aria-labelledby="past-imports" className="space-y-4">
        <h2 id="past-imports" className="text-xl font-semibold text-slate-900">
          {t('agency.imports.pastTitle')}
        </h2>
        {imports.edges.length === 0 ? (
          <EmptyState
            headingLevel="h3"
            title={t('agency.imports.empty')}
            description={t('agency.imports.emptyBody')}
          />
        ) : (
          <div className="overflow-x-auto rounded-2xl bg-white shadow-sm ring-1 ring-slate-200">
            <table className="w-full min-w-[40rem] text-left text-sm">
              <thead className="bg-slate-50 text-slate-600">
                <tr>
                  <th scope="col" className="px-4 py-3">
                    {t('agency.imports.fileName')}
                  </th>
                  <th scope="col" className="px-4 py-3">
                    {t('agency.imports.status')}
                  </th>
                  <th scope="col" className="px-4 py-3">
                    {t('agency.imports.uploaded')}
                  </th>
                  <th scope="col" className="px-4 py-3 text-right">
                    {t('agency.imports.rows')}
                  </th>
                  <th scope="col" className="px-4 py-3">
                    {t('agency.imports.result')}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {imports.edges.map(({ node }) => (
                  <tr key={node.id}>
                    <th scope="row" className="px-4 py-3 font-medium">
                      <Link
                        to={`${base}/imports/${node.id}`}
                        className="text-brand-700 underline-offset-2 hover:underline"
                      >
                        {node.fileName}
                      </Link>
                    </th>
                    <td className="px-4 py-3">
                      <Badge tone={node.status === 'COMPLETED' ? 'brand' : 'neutral'}>
                        {t(`agency.imports.statuses.${node.status}`)}
                      </Badge>
                    </td>
                    <td className="px-4 py-3 text-slate-700">
                      {formatDate(node.createdAt, timeZone, defaultLocale)}
                    </td>
                    <td className="px-4 py-3 text-right">{node.totalRows}</td>
                    <td className="px-4 py-3 text-slate-700">
                      {node.status === 'COMPLETED'
                        ? t('agency.imports.resultLine', {
                            created: node.createdCount,
                            skipped: node.skippedCount,
                          })
                        : '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <div className="flex gap-3">
          {after ? (
            <Link to={`${base}/imports`} className={buttonClasses('secondary', 'md')}>
              {t('agency.candidates.previous')}
            </Link>
          ) : null}
          {imports.pageInfo.hasNextPage && imports.pageInfo.endCursor ? (
            <Link
              to={`${base}/imports?${new URLSearchParams({ after: imports.pageInfo.endCursor })}`}
              className={buttonClasses('secondary', 'md')}
            >
              {t('agency.candidates.next')}
            </Link>
          ) : null}
        </div>
      </section>
    </div>
  );
}
