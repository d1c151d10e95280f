import { agency } from './messages.en.agency';
import { me } from './messages.en.me';

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
      signIn: 'Sign in',
      startFree: 'Start free',
    },
    userMenu: {
      label: 'Account menu for {name}',
      signedInAs: 'Signed in as {email}',
      organizations: 'Your organizations',
      account: 'Account',
      signOut: 'Sign out',
    },
    roles: {
      OWNER: 'Owner',
      ADMIN: 'Admin',
      COACH: 'Coach',
      CLIENT: 'Client',
    },
    memberStatus: {
      ACTIVE: 'Active',
      DISABLED: 'Disabled',
    },
    cancel: 'Cancel',
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
  forms: {
    errors: {
      email: 'Enter an email address, like name@example.com.',
      nameRequired: 'Enter your name.',
      tooLong: 'Use at most {max} characters.',
      passwordRequired: 'Enter your password.',
      passwordTooShort: 'Use at least {min} characters.',
      passwordTooLong: 'Use at most {max} characters.',
      passwordContainsEmail: 'Choose a password that does not contain your email address.',
      organizationNameRequired: 'Name your organization.',
      organizationKind: 'Choose what kind of organization this is.',
      role: 'Choose one of the roles offered.',
      rateLimited: 'Too many attempts. Try again in {minutes} minutes.',
      rateLimitedOneMinute: 'Too many attempts. Try again in 1 minute.',
      forbidden: 'Your role does not allow this.',
      notFound: 'This no longer exists. Reload the page to see the latest.',
      checkAndRetry: 'Something in the form needs attention. Check it and try again.',
      paymentRequired: 'The organization’s subscription does not allow this right now. See the billing page.',
      plan: 'Choose one of the plans.',
    },
  },
  signUp: {
    metaTitle: 'Start free · Rebound',
    title: 'Start your organization on Rebound',
    intro:
      'Create your account and your organization in one step. You can invite your team and your clients right after.',
    name: 'Your name',
    email: 'Email',
    password: 'Password',
    passwordHint: 'At least {min} characters, and not your email address.',
    organizationName: 'Organization name',
    organizationKind: 'What kind of organization is it?',
    submit: 'Create account',
    pending: 'Creating your account…',
    haveAccount: 'Already have an account?',
    signInLink: 'Sign in',
  },
  signIn: {
    metaTitle: 'Sign in · Rebound',
    title: 'Sign in to Rebound',
    email: 'Email',
    password: 'Password',
    submit: 'Sign in',
    pending: 'Signing in…',
    wrongCredentials: 'Email or password is incorrect.',
    forgotPassword: 'Forgot password?',
    emailLink: 'Email me a sign-in link',
    noAccount: 'New to Rebound?',
    startFree: 'Start free',
    orContinueWith: 'Or continue with',
    continueWith: 'Continue with {provider}',
    notices: {
      passwordReset: 'Your password has been changed. Sign in with your new password.',
      signedOutEverywhere: 'You are signed out on every device.',
    },
    authErrors: {
      linkExpired: 'That sign-in link has expired or was already used. Ask for a new one.',
      accountNotLinked:
        'An account with this email already exists. Sign in with your password or an email link instead.',
      generic: 'Signing in did not work. Please try again.',
    },
  },
  signInLink: {
    metaTitle: 'Sign in with an email link · Rebound',
    title: 'Sign in with an email link',
    intro:
      'Enter the email address of your account. We will send you a link that signs you in; it works once and expires in an hour.',
    email: 'Email',
    submit: 'Email me a link',
    pending: 'Sending…',
    backToSignIn: 'Sign in with your password instead',
  },
  checkEmail: {
    metaTitle: 'Check your email · Rebound',
    title: 'Check your email',
    body: 'If an account exists for that address, we sent it a sign-in link. The link works once and expires in an hour.',
    backToSignIn: 'Back to sign in',
  },
  forgotPassword: {
    metaTitle: 'Reset your password · Rebound',
    title: 'Reset your password',
    intro: 'Enter the email address of your account and we will send you a link to choose a new password.',
    email: 'Email',
    submit: 'Send reset link',
    pending: 'Sending…',
    sent: 'If an account exists for {email}, we sent it a link to choose a new password. The link works once and expires in an hour.',
    backToSignIn: 'Back to sign in',
  },
  resetPassword: {
    metaTitle: 'Choose a new password · Rebound',
    title: 'Choose a new password',
    intro: 'Changing your password signs you out on every device. Then sign in with the new one.',
    password: 'New password',
    submit: 'Change password',
    pending: 'Changing your password…',
    incompleteLink: 'This reset link is incomplete. Open it again from the email, or ask for a new one.',
    requestNew: 'Ask for a new reset link',
  },
  signOut: {
    metaTitle: 'Sign out · Rebound',
    title: 'Sign out of Rebound?',
    body: 'You are signed in as {email}.',
    submit: 'Sign out',
    pending: 'Signing out…',
  },
  account: {
    metaTitle: 'Your account · Rebound',
    title: 'Your account',
    profile: {
      title: 'Profile',
      name: 'Name',
      email: 'Email',
    },
    sessions: {
      title: 'Sessions',
      body: 'Signed in on a computer or phone you no longer use? Signing out everywhere ends every session, this one included.',
      signOutEverywhere: 'Sign out everywhere',
      confirmTitle: 'Sign out on every device?',
      confirmBody: 'You will need to sign in again everywhere, here too.',
      confirm: 'Sign out everywhere',
      pending: 'Signing out…',
    },
  },
  invitation: {
    metaTitle: 'Invitation to {organization} · Rebound',
    title: 'Join {organization} on Rebound',
    details: {
      organization: 'Organization',
      role: 'Your role',
      email: 'Invitation for',
    },
    join: {
      submit: 'Join {organization}',
      pending: 'Joining…',
    },
    wrongAccount:
      'This invitation is for {email}, but you are signed in as {viewerEmail}. Sign out, and this page will let you accept it as {email}.',
    signOut: 'Sign out',
    signIn: {
      body: 'You already have a Rebound account with {email}. Sign in to accept the invitation.',
      submit: 'Sign in to accept',
    },
    createAccount: {
      title: 'Create your account',
      intro: 'Choose a password for {email}.',
      name: 'Your name',
      password: 'Password',
      submit: 'Create account and join {organization}',
      pending: 'Creating your account…',
    },
    closed: {
      EXPIRED: {
        title: 'This invitation has expired',
        body: 'Invitations are valid for 7 days. Ask the person who invited you to send a new one.',
      },
      REVOKED: {
        title: 'This invitation was withdrawn',
        body: 'Ask the person who invited you whether you should still join.',
      },
      ACCEPTED: {
        title: 'This invitation has already been used',
        body: 'If you accepted it, sign in to find the organization among yours.',
      },
      signIn: 'Go to sign in',
      organizations: 'Go to your organizations',
    },
    notFound: {
      metaTitle: 'Invitation not found · Rebound',
      title: 'We couldn’t find that invitation',
      body: 'The link may be incomplete. Open it again from the email, or ask the person who invited you for a new one.',
    },
  },
  organizations: {
    metaTitle: 'Your organizations · Rebound',
    title: 'Your organizations',
    intro: 'Choose where you want to work.',
    yourRole: 'Your role: {role}',
    empty: {
      title: 'You are not part of an organization yet',
      body: 'Ask your coach or your organization to invite {email}. The invitation email has a link to join.',
    },
  },
  orgLayout: {
    metaTitle: '{organization} · Rebound',
    switcher: {
      label: 'Switch organization (current: {organization})',
      heading: 'Your organizations',
      all: 'All your organizations',
    },
    nav: {
      label: 'Organization',
      overview: 'Overview',
      members: 'Members',
      inviteClients: 'Invite clients',
      billing: 'Billing',
    },
    banner: {
      grace:
        'Payment for {organization} failed. Everything keeps working until {date}; after that the organization becomes read-only until payment succeeds.',
      trialEnded:
        'The free trial of {organization} has ended. Everything is read-only until a plan is chosen.',
      paymentOverdue:
        'The subscription of {organization} is overdue. Everything is read-only until the payment method is updated.',
      paused: 'The subscription of {organization} is paused. Everything is read-only until it resumes.',
      canceled:
        'The subscription of {organization} has ended. Everything stays readable and exportable, but nothing can be changed.',
      ownerLink: 'Go to billing',
    },
    notFound: {
      title: 'This organization is not one of yours',
      body: 'Check the address, or pick one of your organizations from the list.',
    },
  },
  orgHome: {
    title: 'Welcome, {name}',
    manager: {
      body: 'You manage the people of {organization}. Start by inviting your coaches and clients; caseloads, insights and plans build on that.',
      cta: 'Manage members',
    },
    coach: {
      body: 'Your caseload will appear here. Start by inviting the clients you work with.',
      cta: 'Invite clients',
    },
    client: {
      body: 'This is your space in {organization}. Your workspace is where you record your applications and rejections, do your exercises and follow your plan.',
    },
  },
  billing: {
    metaTitle: 'Billing · Rebound',
    title: 'Billing',
    intro: 'The plan of {organization}: what it includes, what it costs, and the invoices.',
    notConfigured:
      'Billing is not configured on this server, so every organization runs in trial mode with everything included.',
    checkoutDone: 'Thank you. Your subscription appears here as soon as Stripe confirms the payment.',
    checkoutCanceled: 'Checkout was canceled. Nothing was charged.',
    status: {
      title: 'Current status',
      unconfigured: 'Trial mode: billing is not configured.',
      trial: 'Free trial until {date}.',
      trialEnded: 'The free trial ended on {date}. Choose a plan to keep working.',
      subscribed: '{plan} plan · {status}.',
      pastDue:
        'Payment failed. Everything keeps working until {date}; update the payment method before then.',
      paymentOverdue:
        'Payment is overdue: the organization is read-only until the payment method is updated.',
      paused: 'The subscription is paused: the organization is read-only.',
      canceled: 'The subscription has ended: everything stays readable and exportable.',
      renews: 'Next renewal: {date}.',
      endsAt: 'Ends on {date}; it will not renew.',
      usage: 'People who coach: {coaches} · Active clients: {activeClients}',
    },
    subscriptionStatus: {
      TRIALING: 'trial',
      ACTIVE: 'active',
      PAST_DUE: 'payment failed',
      UNPAID: 'unpaid',
      CANCELED: 'canceled',
      INCOMPLETE: 'waiting for the first payment',
      INCOMPLETE_EXPIRED: 'first payment never made',
      PAUSED: 'paused',
    },
    plans: {
      title: 'Choose a plan',
      intro:
        'Each plan starts with what is left of your 14-day trial. Quantities follow your team as it changes.',
      legend: 'Plan',
      names: { SOLO: 'Solo', PRACTICE: 'Practice', AGENCY: 'Agency' },
      descriptions: {
        SOLO: 'One coach (the owner), up to 25 active clients.',
        PRACTICE: 'One seat per person who coaches (owners, admins, coaches), unlimited clients.',
        AGENCY: 'Priced per active candidate, any number of recruiters.',
      },
      quantity: {
        FLAT: 'One flat price.',
        COACHES: 'Coaching seats billed today: {quantity}.',
        ACTIVE_CLIENTS: 'Active candidates billed today: {quantity}.',
      },
      outgrown: 'Your organization has more people than this plan allows.',
      submit: 'Continue to checkout',
      pending: 'Opening checkout…',
    },
    manage: {
      title: 'Change plan, payment method or invoices',
      body: 'Stripe’s customer portal handles changes, cancellation and invoice downloads, then brings you back here.',
      submit: 'Open the customer portal',
      pending: 'Opening the portal…',
    },
  },
  members: {
    metaTitle: 'Members · Rebound',
    title: 'Members',
    intro:
      'Everyone in {organization}, their roles and their access, and the invitations still waiting for an answer.',
    list: {
      title: 'People ({count})',
      caption: 'Members of {organization}',
      columns: {
        name: 'Name',
        email: 'Email',
        role: 'Role',
        status: 'Status',
        joined: 'Joined',
        actions: 'Actions',
      },
      you: 'You',
      roleOf: 'Role of {name}',
      saveRole: 'Save',
      saveRoleOf: 'Save the role of {name}',
      saving: 'Saving…',
      roleChanged: '{name} is now: {role}.',
      disable: 'Disable',
      disableTitle: 'Disable {name}?',
      disableBody:
        'They lose access to {organization} at once, on every device. You can enable them again later.',
      disableConfirm: 'Disable member',
      enable: 'Enable',
      enableLabel: 'Enable {name}',
      disabled: '{name} is disabled and can no longer open this organization.',
      enabled: '{name} is enabled again.',
      pagesLabel: 'More members',
      firstPage: 'First page',
      nextPage: 'Next page',
    },
    invite: {
      email: 'Email address',
      role: 'Role',
      submit: 'Send invitation',
      pending: 'Sending…',
    },
    invitations: {
      title: 'Invitations',
      intro: 'Invite people by email. The link in the invitation works for 7 days.',
      openTitle: 'Waiting for an answer ({count})',
      none: 'No open invitations.',
      sent: 'Invitation sent to {email}.',
      resent: 'Invitation sent again to {email}.',
      revoked: 'The invitation to {email} is withdrawn.',
      expires: 'Expires {date}',
      expired: 'Expired {date}',
      invitedBy: 'Invited by {name}',
      resend: 'Resend',
      resendLabel: 'Resend the invitation to {email}',
      resending: 'Sending…',
      revoke: 'Revoke',
      revokeTitle: 'Revoke the invitation to {email}?',
      revokeBody: 'The link in the email stops working. You can invite them again later.',
      revokeConfirm: 'Revoke invitation',
      revoking: 'Revoking…',
    },
  },
  inviteClients: {
    metaTitle: 'Invite clients · Rebound',
    title: 'Invite clients',
    intro:
      'Invite the people you coach to {organization}. They get an email with a link to create their account.',
    sectionTitle: 'Your client invitations',
    sectionIntro: 'The link in the invitation works for 7 days. Resend it if it got lost.',
  },
  devMail: {
    metaTitle: 'Development outbox · Rebound',
    title: 'Development outbox',
    intro: 'Emails the app would have sent, newest first. Only available in development.',
    to: 'To',
    sent: 'Sent',
    empty: {
      title: 'No emails yet',
      body: 'Sign-in links, password resets and invitations appear here.',
    },
  },
  errors: {
    statusLabel: 'Error {status}',
    notFoundMetaTitle: 'Page not found · Rebound',
    unavailableMetaTitle: 'Temporarily unavailable · Rebound',
    forbiddenMetaTitle: 'No access · Rebound',
    unexpectedMetaTitle: 'Something went wrong · Rebound',
    notFound: {
      title: 'We couldn’t find that page',
      body: 'The page may have moved, or the address may be mistyped.',
    },
    forbidden: {
      title: 'This page is not open to your role',
      body: 'Ask an owner or admin of your organization if you need it.',
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
  me,
  agency,
} as const;
