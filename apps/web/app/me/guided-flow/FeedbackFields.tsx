import { useState } from 'react';
import { Button, ChoiceField, TextAreaField, TextField } from '~/components/ui';
import { t } from '~/i18n/i18n';
import { feedbackMessage, mailtoHref } from '~/me/rejection-flow';
import type { FlowFailure } from '~/me/rejection-flow.server';
import { FEEDBACK_RECIPIENTS } from '~/graphql/enums';
import type { FlowPageData } from './flow-page';

export function FeedbackFields({
  data,
  values,
  failure,
}: {
  data: FlowPageData;
  values: Record<string, string> | null;
  failure?: FlowFailure;
}) {
  const { application, sender } = data;
  const errors = failure?.fieldErrors ?? {};
  const template = (name?: string) =>
    feedbackMessage({ name, role: application.roleTitle, company: application.company, sender });
  const [name, setName] = useState(values?.recipientName ?? '');
  const [email, setEmail] = useState(values?.recipientEmail ?? '');
  const [message, setMessage] = useState(values?.message ?? template(values?.recipientName));
  const [edited, setEdited] = useState(Boolean(values?.message));
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const subject = t('me.flow.feedback.subject', { role: application.roleTitle });

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(message);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };

  return (
    <div className="space-y-5">
      <ChoiceField
        legend={t('me.flow.feedback.recipient')}
        name="recipientRole"
        defaultValue={values?.recipientRole ?? 'RECRUITER'}
        options={FEEDBACK_RECIPIENTS.map((value) => ({ value, label: t(`me.recipients.${value}`) }))}
        error={errors.recipientRole}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          label={t('me.flow.feedback.recipientName')}
          name="recipientName"
          autoComplete="off"
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            if (!edited) setMessage(template(event.target.value));
          }}
          error={errors.recipientName}
        />
        <TextField
          label={t('me.flow.feedback.recipientEmail')}
          name="recipientEmail"
          type="email"
          autoComplete="off"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={errors.recipientEmail}
        />
      </div>
      <TextAreaField
        label={t('me.flow.feedback.message')}
        name="message"
        rows={12}
        value={message}
        onChange={(event) => {
          setMessage(event.target.value);
          setEdited(true);
        }}
        error={errors.message}
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="secondary" onClick={copy}>
          {t('me.flow.feedback.copy')}
        </Button>
        <a
          href={mailtoHref({ email, subject, body: message })}
          className="inline-flex min-h-10 items-center rounded-lg px-4 py-2 text-sm font-semibold text-brand-800 ring-1 ring-slate-300 ring-inset hover:bg-slate-50"
        >
          {t('me.flow.feedback.mailto')}
        </a>
        <span role="status" className="text-sm text-slate-700">
          {copyState === 'copied'
            ? t('me.flow.feedback.copied')
            : copyState === 'failed'
              ? t('me.flow.feedback.copyFailed')
              : ''}
        </span>
      </div>
    </div>
  );
}
