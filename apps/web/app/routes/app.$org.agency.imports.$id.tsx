import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { data } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation, useRevalidator } from '@remix-run/react';
import { useEffect } from 'react';
import { loadImport, requireAgency, setMapping, startImport } from '~/agency/agency.server';
import { ISSUE_PAGE_SIZE, MAPPING_FIELDS, importActionSchema } from '~/agency/schemas';
import { apiFailure } from '~/auth/viewer.server';
import {
  Alert,
  Card,
  ConfirmDialog,
  LinkButton,
  PageHeader,
  SelectField,
  SubmitButton,
  buttonClasses,
} from '~/components/ui';
import { formFailureFromApi, parseForm, type FormFailure } from '~/forms/forms';
import { invalid } from '~/forms/respond.server';
import { t } from '~/i18n/i18n';

export const meta: MetaFunction<typeof loader> = ({ data: loaded }) => [
  {
    title: loaded
      ? t('agency.importDetail.metaTitle', { name: loaded.candidateImport.fileName })
      : t('agency.imports.metaTitle'),
  },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const agency = await requireAgency(request, params.org);
  const after = new URL(request.url).searchParams.get('after') ?? '';
  try {
    const result = await loadImport(agency, params.id ?? '', after);
    return { base: agency.base, after, ...result };
  } catch (error) {
    return apiFailure(error, request);
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const agency = await requireAgency(request, params.org);
  const parsed = parseForm(importActionSchema, await request.formData());
  if (!parsed.ok) return invalid(parsed);
  const id = params.id ?? '';
  try {
    if (parsed.data.intent === 'mapping') {
      const { intent: _intent, version, updateExisting, ...mapping } = parsed.data;
      await setMapping(agency, { id, version, mapping, updateExisting });
    } else {
      await startImport(agency, { id, version: parsed.data.version });
    }
    return data<FormFailure | { ok: true }>({ ok: true });
  } catch (error) {
    const failure = formFailureFromApi(
      error,
      MAPPING_FIELDS.map((field) => `mapping.${field}`),
    );
    if (!failure) return apiFailure(error, request);
    const fieldErrors = Object.fromEntries(
      Object.entries(failure.fieldErrors).map(([key, message]) => [key.replace(/^mapping\./, ''), message]),
    );
    return invalid({ fieldErrors, formError: failure.formError });
  }
}

const POLL_MS = 1000;

function ProgressBar({ label, done, total }: { label: string; done: number; total: number }) {
  const value = total === 0 ? 0 : Math.min(100, Math.round((done / total) * 100));
  return (
    <div>
      <p id="import-progress-label" className="text-sm font-medium text-slate-800">
        {label}
      </p>
      <div
        role="progressbar"
        aria-labelledby="import-progress-label"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        className="mt-2 h-4 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full bg-brand-600 transition-[width]" style={{ width: `${value}%` }} />
      </div>
    </div>
  );
}

/** One import: mapping with a preview, the dry-run report, then the import itself with its progress. */
export default function CandidateImportPage() {
  const {
    base,
    after,
    candidateImport: current,
    candidateImportIssues: issues,
  } = useLoaderData<typeof loader>();
  const result = useActionData<FormFailure | { ok: true }>();
  const failure = result && 'fieldErrors' in result ? result : undefined;
  const errors = failure?.fieldErrors ?? {};
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting';
  const revalidator = useRevalidator();
  const running = current.status === 'VALIDATING' || current.status === 'IMPORTING';

  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => {
      if (revalidator.state === 'idle' && document.visibilityState === 'visible') revalidator.revalidate();
    }, POLL_MS);
    return () => window.clearInterval(timer);
  }, [running, revalidator]);

  const columnOptions = [
    { value: '', label: t('agency.importDetail.noColumn') },
    ...current.headers.map((header, index) => ({ value: String(index), label: header || `#${index + 1}` })),
  ];
  const mappingOpen = current.status === 'UPLOADED' || current.status === 'FAILED' || Boolean(failure);
  const mappingForm = (
    <Form method="post" className="space-y-6" noValidate>
      <input type="hidden" name="intent" value="mapping" />
      <input type="hidden" name="version" value={current.version} />
      {failure?.formError ? <Alert>{failure.formError}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {MAPPING_FIELDS.map((field) => (
          <SelectField
            key={field}
            label={t(`agency.importDetail.fields.${field}`)}
            name={field}
            options={columnOptions}
            defaultValue={
              current.mapping[field] === null || current.mapping[field] === undefined
                ? ''
                : String(current.mapping[field])
            }
            error={errors[field]}
          />
        ))}
      </div>
      <section aria-labelledby="preview-title">
        <h3 id="preview-title" className="text-lg font-semibold text-slate-900">
          {t('agency.importDetail.previewTitle')}
        </h3>
        <div className="mt-3 overflow-x-auto rounded-xl ring-1 ring-slate-200">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-50 text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t('agency.importDetail.line')}
                </th>
                {current.headers.map((header, index) => (
                  <th key={index} scope="col" className="px-3 py-2 whitespace-nowrap">
                    {header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {current.preview.map((row) => (
                <tr key={row.line}>
                  <th scope="row" className="px-3 py-2 font-normal text-slate-600">
                    {row.line}
                  </th>
                  {current.headers.map((_, index) => (
                    <td key={index} className="px-3 py-2 whitespace-nowrap">
                      {row.cells[index] ?? ''}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <label className="flex items-start gap-3 text-slate-800">
        <input
          type="checkbox"
          name="updateExisting"
          defaultChecked={current.updateExisting}
          aria-describedby="update-existing-hint"
          className="mt-0.5 h-5 w-5 rounded border-slate-400 text-brand-600 focus:ring-brand-600"
        />
        <span>
          <span className="block font-semibold">{t('agency.importDetail.updateExisting')}</span>
          <span id="update-existing-hint" className="block text-sm text-slate-600">
            {t('agency.importDetail.updateExistingHint')}
          </span>
        </span>
      </label>
      <SubmitButton pending={busy} pendingLabel={t('agency.importDetail.checking')}>
        {t('agency.importDetail.checkRows')}
      </SubmitButton>
    </Form>
  );

  return (
    <div className="space-y-8">
      <PageHeader
        title={current.fileName}
        eyebrow={
          <Link to={`${base}/imports`} className="text-sm font-semibold text-brand-700 hover:underline">
            {t('agency.importDetail.back')}
          </Link>
        }
        description={t(`agency.imports.statuses.${current.status}`)}
      />

      <div aria-live="polite" className="space-y-4">
        {current.status === 'VALIDATING' ? (
          <Card>
            <ProgressBar
              label={t('agency.importDetail.checkProgress', {
                done: current.checkedRows,
                total: current.totalRows,
              })}
              done={current.checkedRows}
              total={current.totalRows}
            />
          </Card>
        ) : null}
        {/* The import's bar stays once it completes, full, beside the result. */}
        {current.status === 'IMPORTING' || current.status === 'COMPLETED' ? (
          <Card>
            <ProgressBar
              label={t('agency.importDetail.importProgress', {
                done: current.processedRows,
                total: current.totalRows,
              })}
              done={current.processedRows}
              total={current.totalRows}
            />
          </Card>
        ) : null}
        {current.status === 'COMPLETED' ? (
          <Alert tone="success">
            {t('agency.importDetail.done', {
              total: current.processedRows,
              created: current.createdCount,
              skipped: current.skippedCount,
            })}
            {current.updatedCount > 0
              ? ` ${t('agency.importDetail.doneUpdated', { count: current.updatedCount })}`
              : ''}
          </Alert>
        ) : null}
        {current.status === 'FAILED' ? (
          <Alert>{t('agency.importDetail.failed', { reason: current.failure ?? '—' })}</Alert>
        ) : null}
      </div>

      {current.status === 'COMPLETED' ? (
        <LinkButton to={`${base}/candidates`} variant="primary">
          {t('agency.importDetail.viewCandidates')}
        </LinkButton>
      ) : null}

      {current.status === 'UPLOADED' || current.status === 'VALIDATED' || current.status === 'FAILED' ? (
        <Card as="section" aria-labelledby="mapping-title">
          <h2 id="mapping-title" className="text-xl font-semibold text-slate-900">
            {t('agency.importDetail.mappingTitle')}
          </h2>
          <p className="mt-1 text-slate-600">{t('agency.importDetail.mappingDescription')}</p>
          {mappingOpen ? (
            <div className="mt-6">{mappingForm}</div>
          ) : (
            <details className="mt-4">
              <summary className="cursor-pointer font-semibold text-brand-700">
                {t('agency.importDetail.changeMapping')}
              </summary>
              <div className="mt-6">{mappingForm}</div>
            </details>
          )}
        </Card>
      ) : null}

      {current.status === 'VALIDATED' || current.status === 'IMPORTING' || current.status === 'COMPLETED' ? (
        <Card as="section" aria-labelledby="report-title">
          <h2 id="report-title" className="text-xl font-semibold text-slate-900">
            {t('agency.importDetail.reportTitle')}
          </h2>
          <p className="mt-2 text-slate-700" data-testid="dry-run-summary">
            {t('agency.importDetail.reportSummary', {
              valid: current.validRows,
              total: current.totalRows,
              rows: current.issueCount,
              issues: issues.totalCount,
            })}
          </p>
          {current.updateExisting ? (
            <p className="mt-2 text-slate-700" data-testid="dry-run-updates">
              {t('agency.importDetail.updateSummary', {
                count: current.updateRows,
                unchanged: Math.max(
                  0,
                  current.totalRows - current.validRows - current.issueCount - current.updateRows,
                ),
              })}
            </p>
          ) : null}
          {current.unassignedRows > 0 ? (
            <Alert tone="info" className="mt-3">
              <span data-testid="unassigned-warning">
                {current.defaultRecruiterName
                  ? t('agency.importDetail.unassignedToImporter', {
                      count: current.unassignedRows,
                      name: current.defaultRecruiterName,
                    })
                  : t('agency.importDetail.unassignedToNobody', { count: current.unassignedRows })}
              </span>
            </Alert>
          ) : null}
          {issues.totalCount > 0 ? (
            <a
              href={`${base}/imports/${current.id}/problems.csv`}
              download
              className={`${buttonClasses('secondary', 'md')} mt-4`}
            >
              {t('agency.importDetail.downloadProblems')}
            </a>
          ) : null}
          {issues.edges.length === 0 ? (
            <p className="mt-4 text-slate-700">{t('agency.importDetail.noIssues')}</p>
          ) : (
            <div className="mt-4 overflow-x-auto rounded-xl ring-1 ring-slate-200">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">{t('agency.importDetail.issuesTable')}</caption>
                <thead className="bg-slate-50 text-slate-600">
                  <tr>
                    <th scope="col" className="px-3 py-2">
                      {t('agency.importDetail.line')}
                    </th>
                    <th scope="col" className="px-3 py-2">
                      {t('agency.importDetail.field')}
                    </th>
                    <th scope="col" className="px-3 py-2">
                      {t('agency.importDetail.message')}
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-200">
                  {issues.edges.map(({ node }) => (
                    <tr key={node.id}>
                      <th scope="row" className="px-3 py-2 font-normal">
                        {node.line}
                      </th>
                      <td className="px-3 py-2">{fieldLabel(node.field)}</td>
                      <td className="px-3 py-2">{node.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {issues.totalCount > ISSUE_PAGE_SIZE ? (
            <div className="mt-4 flex gap-3">
              {after ? (
                <Link to="?" className={buttonClasses('secondary', 'md')}>
                  {t('agency.importDetail.firstIssues')}
                </Link>
              ) : null}
              {issues.pageInfo.hasNextPage && issues.pageInfo.endCursor ? (
                <Link
                  to={`?${new URLSearchParams({ after: issues.pageInfo.endCursor })}`}
                  className={buttonClasses('secondary', 'md')}
                >
                  {t('agency.importDetail.moreIssues')}
                </Link>
              ) : null}
            </div>
          ) : null}
          {current.status === 'VALIDATED' && current.validRows > 0 ? (
            <div className="mt-6">
              <ConfirmDialog
                trigger={t('agency.importDetail.startImport', { count: current.validRows })}
                triggerVariant="primary"
                title={t('agency.importDetail.confirmTitle')}
                body={
                  current.invite
                    ? `${t('agency.importDetail.confirmBody', { count: current.validRows })} ${t('agency.importDetail.confirmInvite')}`
                    : t('agency.importDetail.confirmBody', { count: current.validRows })
                }
                cancelLabel={t('common.cancel')}
              >
                {(close) => (
                  <Form method="post" onSubmit={close}>
                    <input type="hidden" name="intent" value="start" />
                    <input type="hidden" name="version" value={current.version} />
                    <SubmitButton pending={busy} pendingLabel={t('agency.importDetail.importing')}>
                      {t('agency.importDetail.startImport', { count: current.validRows })}
                    </SubmitButton>
                  </Form>
                )}
              </ConfirmDialog>
            </div>
          ) : null}
        </Card>
      ) : null}
    </div>
  );
}

function fieldLabel(field: string): string {
  return (MAPPING_FIELDS as readonly string[]).includes(field)
    ? t(`agency.importDetail.fields.${field as (typeof MAPPING_FIELDS)[number]}`)
    : field;
}
