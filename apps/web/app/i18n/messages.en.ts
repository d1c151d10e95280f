/**
 * Every user-facing string of the web app, nested by page. English is the source catalogue;
 * other languages copy its shape (see `Catalogue` in i18n.ts), so a missing key is a type error.
 *
 * Rules for writers: whole sentences only (never glue fragments together in code, word order differs
 * between languages); placeholders are `{name}` and are filled by `t()`.
 */
export const en = {
  common: {
    appName: 'Rebound',
    skipToContent: 'Skip to content',
    homeLinkLabel: 'Rebound home',
    nav: {
      label: 'Main',
      howItWorks: 'How it works',
    },
    footer: {
      tagline: 'Rebound helps job seekers and the people who coach them learn from every rejection.',
    },
    backHome: 'Back to the home page',
  },
  meta: {
    defaultDescription:
      'Rebound helps career coaches, job seekers and staffing agencies turn job rejections into clear next steps.',
  },
  home: {
    metaTitle: 'Rebound · Learn from every job rejection',
    hero: {
      eyebrow: 'For career coaches, job seekers and staffing agencies',
      title: 'Every rejection holds a lesson. Rebound collects it.',
      lead: 'A “no” from an employer is painful, and it is also information. Rebound helps people record each rejection, ask for honest feedback, and spot the patterns, so the next application goes better than the last.',
      primaryCta: 'See how it works',
      secondaryCta: 'Visit the demo organization',
      example: {
        label: 'An example of what Rebound notices',
        title: 'Stuck at the final round',
        body: 'Three of Sam’s last four rejections came after the final interview.',
        funnelLabel: 'Sam’s applications this quarter, by the furthest stage reached',
        stages: {
          applied: 'Applied',
          screen: 'Screening',
          interview: 'Interview',
          final: 'Final round',
        },
        suggestion: 'Suggested next: a mock interview and three success stories.',
      },
    },
    howItWorks: {
      title: 'How it works',
      intro: 'Three small habits, repeated after every rejection, add up to a clear picture.',
      steps: {
        record: {
          title: 'Write it down while it is fresh',
          body: 'Note the company, how far the process went and what you were told. Paste the rejection email and Rebound fills in what it can for you to check.',
        },
        reflect: {
          title: 'Reflect, then ask',
          body: 'A short guided reflection helps you see what went well and what went off track. When a person was involved, Rebound drafts a polite request for feedback and reminds you to follow up.',
        },
        act: {
          title: 'Act on the pattern',
          body: 'Over time Rebound shows where rejections cluster and why. Coach and client turn that into exercises and a shared plan with owners and dates.',
        },
      },
      stepLabel: 'Step {number}',
    },
    audiences: {
      title: 'Built for everyone in the search',
      coaches: {
        title: 'For career coaches',
        body: 'See your whole caseload at a glance, with the people who need you most at the top.',
        points: {
          triage:
            'Your caseload is sorted by who needs attention, with the reasons shown: a run of late-stage rejections, a missed exercise, a low check-in.',
          patterns:
            'See the patterns behind each client’s rejections, by stage and by reason, instead of one story at a time.',
          plans:
            'Assign exercises from a ready library and keep one improvement plan per client that you both work on.',
        },
      },
      clients: {
        title: 'For job seekers',
        body: 'A calm place to put each rejection, and a way to get something useful out of it.',
        points: {
          log: 'Log a rejection in a minute, including how hard it hit. Your coach sees it too, so you do not have to retell it.',
          feedback:
            'Ask for feedback with a friendly template that focuses on what you could do better, and get a nudge when it is time to follow up.',
          exercises:
            'Work through short exercises, from a first look after a rejection to mock interviews, and track your shared plan.',
        },
      },
      agencies: {
        title: 'For staffing agencies',
        body: 'Bring candidates on board quickly and learn what employers are really looking for.',
        points: {
          onboarding:
            'Import candidates in bulk, invite them, and follow each one from invitation to an active profile.',
          employers: 'See where each employer turns candidates down, at which stage and for which reasons.',
          insights:
            'Give recruiters the same insights coaches use, so every submission is better prepared than the last.',
        },
      },
    },
    demo: {
      title: 'Have a look around',
      body: 'The demo organization shows what a workspace on Rebound looks like.',
      cta: 'Open the demo organization',
    },
  },
  organization: {
    metaTitle: '{name} · Rebound',
    notFoundMetaTitle: 'Organization not found · Rebound',
    runsOnRebound: 'This workspace runs on Rebound.',
    about:
      'Rebound helps coaches and the people they work with learn from every job rejection and plan what to do next.',
    learnMore: 'Learn how Rebound works',
    kind: {
      COACHING_PRACTICE: 'Coaching practice',
      CAREER_SERVICES: 'Career services',
      STAFFING_AGENCY: 'Staffing agency',
    },
    notFound: {
      title: 'We couldn’t find that organization',
      body: 'The address may be mistyped, or the organization may have changed its name. Check the link you were given, or ask the person who sent it.',
    },
  },
  errors: {
    statusLabel: 'Error {status}',
    notFoundMetaTitle: 'Page not found · Rebound',
    unavailableMetaTitle: 'Temporarily unavailable · Rebound',
    unexpectedMetaTitle: 'Something went wrong · Rebound',
    notFound: {
      title: 'We couldn’t find that page',
      body: 'The page may have moved, or the address may be mistyped.',
    },
    unavailable: {
      title: 'The service is not answering',
      body: 'Please try again in a moment. The problem is on our side, not yours.',
    },
    unexpected: {
      title: 'Something went wrong on our side',
      body: 'Please try again in a moment.',
    },
    tryAgain: 'Try again',
  },
} as const;
