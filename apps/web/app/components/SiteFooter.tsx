import { t } from '~/i18n/i18n';

export function SiteFooter() {
  return (
    <footer className="mt-auto border-t border-slate-200 bg-slate-50">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-8 text-sm text-slate-600 sm:px-6">
        <p className="font-semibold text-slate-900">{t('common.appName')}</p>
        <p>{t('common.footer.tagline')}</p>
      </div>
    </footer>
  );
}
