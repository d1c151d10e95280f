import type { MetaFunction } from '@remix-run/node';
import { Card, LinkButton } from '~/components/ui';
import { t, type PlainMessageKey } from '~/i18n/i18n';

export const meta: MetaFunction = () => [
  { title: t('home.metaTitle') },
  { name: 'description', content: t('meta.defaultDescription') },
];

const steps = ['record', 'reflect', 'act'] as const;

const audiences: ReadonlyArray<{
  id: 'coaches' | 'clients' | 'agencies';
  points: readonly PlainMessageKey[];
}> = [
  {
    id: 'coaches',
    points: [
      'home.audiences.coaches.points.triage',
      'home.audiences.coaches.points.patterns',
      'home.audiences.coaches.points.plans',
    ],
  },
  {
    id: 'clients',
    points: [
      'home.audiences.clients.points.log',
      'home.audiences.clients.points.feedback',
      'home.audiences.clients.points.exercises',
    ],
  },
  {
    id: 'agencies',
    points: [
      'home.audiences.agencies.points.onboarding',
      'home.audiences.agencies.points.employers',
      'home.audiences.agencies.points.insights',
    ],
  },
];

function CheckIcon() {
  return (
    <svg
      viewBox="0 0 20 20"
      className="mt-0.5 h-5 w-5 flex-none fill-brand-600"
      aria-hidden="true"
      focusable="false"
    >
      <path
        fillRule="evenodd"
        d="M16.7 5.3a1 1 0 0 1 0 1.4l-8 8a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.4L8 12.6l7.3-7.3a1 1 0 0 1 1.4 0Z"
        clipRule="evenodd"
      />
    </svg>
  );
}

/** Sample numbers for the hero's example insight; they illustrate, they are nobody's data. */
const exampleFunnel = [
  { stage: 'applied', count: 24 },
  { stage: 'screen', count: 11 },
  { stage: 'interview', count: 7 },
  { stage: 'final', count: 4 },
] as const;

/** A small, static picture of an insight, so visitors see what "patterns" means before reading on. */
function ExampleInsight() {
  const max = exampleFunnel[0].count;
  return (
    <figure className="rounded-2xl bg-white p-6 shadow-lg ring-1 ring-slate-200">
      <figcaption>
        <p className="text-sm font-medium text-slate-500">{t('home.hero.example.label')}</p>
        <p className="mt-3 flex items-center gap-2 text-lg font-semibold text-slate-900">
          <span className="h-2.5 w-2.5 flex-none rounded-full bg-accent-500" aria-hidden="true" />
          {t('home.hero.example.title')}
        </p>
        <p className="mt-1 text-slate-600">{t('home.hero.example.body')}</p>
      </figcaption>
      <dl className="mt-6 space-y-3" aria-label={t('home.hero.example.funnelLabel')}>
        {exampleFunnel.map(({ stage, count }) => (
          <div key={stage} className="grid grid-cols-[6.5rem_1fr_2rem] items-center gap-3 text-sm">
            <dt className="text-slate-600">{t(`home.hero.example.stages.${stage}`)}</dt>
            <dd className="contents">
              <span className="h-3 rounded-full bg-slate-100" aria-hidden="true">
                <span
                  className={
                    stage === 'final'
                      ? 'block h-3 rounded-full bg-accent-500'
                      : 'block h-3 rounded-full bg-brand-500'
                  }
                  style={{ width: `${(count / max) * 100}%` }}
                />
              </span>
              <span className="text-right font-semibold text-slate-900 tabular-nums">{count}</span>
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-6 rounded-lg bg-brand-50 px-4 py-3 text-sm font-medium text-brand-800">
        {t('home.hero.example.suggestion')}
      </p>
    </figure>
  );
}

export default function Index() {
  return (
    <>
      <section aria-labelledby="hero-title" className="bg-white">
        <div className="mx-auto grid max-w-6xl items-center gap-12 px-4 py-16 sm:px-6 sm:py-24 lg:grid-cols-[1fr_24rem]">
          <div>
            <p className="text-sm font-semibold tracking-wide text-accent-700 uppercase">
              {t('home.hero.eyebrow')}
            </p>
            <h1
              id="hero-title"
              className="mt-4 max-w-3xl text-4xl font-bold tracking-tight text-balance text-slate-900 sm:text-5xl"
            >
              {t('home.hero.title')}
            </h1>
            <p className="mt-6 max-w-2xl text-lg text-slate-600 sm:text-xl">{t('home.hero.lead')}</p>
            <div className="mt-10 flex flex-col gap-3 sm:flex-row">
              <LinkButton to="#how-it-works" size="lg">
                {t('home.hero.primaryCta')}
              </LinkButton>
              <LinkButton to="/o/demo" size="lg" variant="secondary">
                {t('home.hero.secondaryCta')}
              </LinkButton>
            </div>
          </div>
          <ExampleInsight />
        </div>
      </section>

      <section id="how-it-works" aria-labelledby="how-it-works-title" className="border-y border-slate-200">
        <div className="mx-auto max-w-6xl px-4 py-16 sm:px-6 sm:py-20">
          <h2 id="how-it-works-title" className="text-3xl font-bold tracking-tight text-slate-900">
            {t('home.howItWorks.title')}
          </h2>
          <p className="mt-3 max-w-2xl text-lg text-slate-600">{t('home.howItWorks.intro')}</p>
          <ol className="mt-10 grid gap-6 md:grid-cols-3">
            {steps.map((step, index) => (
              <Card as="li" key={step} className="flex flex-col">
                <p className="text-sm font-semibold text-brand-700">
                  {t('home.howItWorks.stepLabel', { number: index + 1 })}
                </p>
                <h3 className="mt-2 text-xl font-semibold text-slate-900">
                  {t(`home.howItWorks.steps.${step}.title`)}
                </h3>
                <p className="mt-3 text-slate-600">{t(`home.howItWorks.steps.${step}.body`)}</p>
              </Card>
            ))}
          </ol>
        </div>
      </section>

      <section aria-labelledby="audiences-title" className="bg-white">
        <div className="mx-auto max-w-6xl px-4 py-16 sm:px-6 sm:py-20">
          <h2 id="audiences-title" className="text-3xl font-bold tracking-tight text-slate-900">
            {t('home.audiences.title')}
          </h2>
          <div className="mt-10 grid gap-6 lg:grid-cols-3">
            {audiences.map(({ id, points }) => (
              <Card as="section" key={id} aria-labelledby={`audience-${id}`}>
                <h3 id={`audience-${id}`} className="text-xl font-semibold text-slate-900">
                  {t(`home.audiences.${id}.title`)}
                </h3>
                <p className="mt-2 text-slate-600">{t(`home.audiences.${id}.body`)}</p>
                <ul className="mt-6 space-y-4">
                  {points.map((point) => (
                    <li key={point} className="flex gap-3 text-slate-700">
                      <CheckIcon />
                      <span>{t(point)}</span>
                    </li>
                  ))}
                </ul>
              </Card>
            ))}
          </div>
        </div>
      </section>

      <section aria-labelledby="demo-title" className="bg-brand-900">
        <div className="mx-auto flex max-w-6xl flex-col items-start gap-6 px-4 py-14 sm:px-6 md:flex-row md:items-center md:justify-between">
          <div>
            <h2 id="demo-title" className="text-2xl font-bold tracking-tight text-white">
              {t('home.demo.title')}
            </h2>
            <p className="mt-2 text-brand-100">{t('home.demo.body')}</p>
          </div>
          <LinkButton to="/o/demo" size="lg" variant="inverse">
            {t('home.demo.cta')}
          </LinkButton>
        </div>
      </section>
    </>
  );
}
