/**
 * Two-factor sign-in: the account page's set-up, the second step of signing in and the organization's
 * requirement. The `twoFactor` section of the English catalogue, kept in its own file; same rules as
 * messages.en.ts.
 */
export const twoFactor = {
  account: {
    title: 'Two-factor sign-in',
    body: 'Besides your password, ask for a code from an authenticator app on your phone when you sign in.',
    manage: 'Manage two-factor sign-in',
  },
  setup: {
    metaTitle: 'Two-factor sign-in · Rebound',
    title: 'Two-factor sign-in',
    intro:
      'When it is on, signing in takes your password (or an email link) and a 6-digit code from an authenticator app on your phone.',
    required: '{organization} asks its staff to sign in with two factors. Turn it on to go on working there.',
    notAvailable: 'Two-factor sign-in is for owners, admins and coaches.',
    statusOn: 'Two-factor sign-in is on.',
    codesLeft: 'Recovery codes left: {count}.',
    statusOff: 'Two-factor sign-in is off.',
    start: 'Set up two-factor sign-in',
    starting: 'Preparing…',
    scanTitle: '1. Add Rebound to your authenticator app',
    scan: 'Scan this QR code with the app, or type the key below into it.',
    qrLabel: 'QR code for your authenticator app',
    secretLabel: 'Setup key',
    confirmTitle: '2. Enter the code the app shows',
    code: 'Code from the app',
    codeHint: 'Six digits. A new one comes every 30 seconds.',
    confirm: 'Turn on',
    confirming: 'Checking…',
    codesTitle: 'Your recovery codes',
    codesIntro:
      'Each code signs you in once if you lose your phone. Keep them somewhere safe: they are shown only now.',
    codesDone: 'I have saved them',
    regenerateTitle: 'New recovery codes',
    regenerateBody: 'Makes ten new codes; the old ones stop working.',
    regenerate: 'Make new codes',
    regenerating: 'Making codes…',
    disableTitle: 'Turn off',
    disableBody: 'Enter a code from the app, or your password.',
    password: 'Password',
    disable: 'Turn off two-factor sign-in',
    disabling: 'Turning off…',
    disabled: 'Two-factor sign-in is off.',
    backToAccount: 'Back to your account',
  },
  signIn: {
    metaTitle: 'Enter your code · Rebound',
    title: 'Enter your code',
    intro: 'Open your authenticator app and enter the 6-digit code it shows for Rebound.',
    code: 'Code',
    codeHint: 'Lost your phone? Enter one of your recovery codes instead.',
    submit: 'Sign in',
    pending: 'Checking…',
    startOver: 'Sign in again',
  },
  organization: {
    navLabel: 'Security',
    metaTitle: 'Security · {organization}',
    title: 'Security',
    requireLabel: 'Require two-factor sign-in for staff (owners, admins, coaches)',
    requireHint:
      'Staff without it are asked to turn it on before they can work in this organization. Clients are never asked.',
    save: 'Save',
    saving: 'Saving…',
    saved: 'Saved.',
  },
} as const;
