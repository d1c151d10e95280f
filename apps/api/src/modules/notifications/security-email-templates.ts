/** The words of the emails that tell an account's owner about attempts on their account. */

const SIGNATURE = '\n\n— Rebound';

export function repeatedSignInFailuresEmail(input: { address: string; resetUrl: string }) {
  return {
    subject: 'Several wrong passwords for your Rebound account',
    text:
      `Someone tried to sign in to your Rebound account several times with a wrong password, from the ` +
      `address ${input.address}. Further attempts from there now have to wait longer each time; your ` +
      `own sign-in is not blocked.\n\n` +
      `If this was you, there is nothing to do. If it was not, choose a new password here:\n${input.resetUrl}` +
      SIGNATURE,
  };
}

export function signUpWithExistingAccountEmail(input: { signInUrl: string; resetUrl: string }) {
  return {
    subject: 'You already have a Rebound account',
    text:
      `Someone (hopefully you) tried to create a Rebound account with this email address, which already ` +
      `has one. No new account was created.\n\n` +
      `Sign in here:\n${input.signInUrl}\n\n` +
      `Forgot your password? Choose a new one here:\n${input.resetUrl}\n\n` +
      `If it was not you, ignore this email: your account stays as it is.` +
      SIGNATURE,
  };
}

export function confirmSignUpEmail(input: { url: string; validHours: number }) {
  return {
    subject: 'Finish creating your Rebound account',
    text:
      `Someone (hopefully you) asked to create a Rebound account with this email address.\n\n` +
      `Finish creating it here:\n${input.url}\n\n` +
      `The link works once and for ${input.validHours} hours. If you did not ask for it, ignore this email: ` +
      `no account is created.` +
      SIGNATURE,
  };
}
