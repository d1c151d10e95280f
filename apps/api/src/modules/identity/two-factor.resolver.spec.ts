import { generate } from 'otplib';
import { withClient } from '@rebound/dev-postgres';
import { TWO_FACTOR } from '@rebound/domain';
import { asMember, insertOrganization, SeededOrganization, sessionTokenFor } from '../../../test/fixtures.js';
import { startTestApi, TEST_AUTH_SECRET, TEST_SERVICE_KEY, TestApi } from '../../../test/test-api.js';
import { hashPassword } from './password.js';

const STATUS = `{ twoFactorStatus { enabled recoveryCodesLeft available pendingEnrolment { secret otpauthUri } } }`;
const START = `mutation { startTwoFactorEnrolment { secret otpauthUri } }`;
const CONFIRM = `mutation($code: String!) { confirmTwoFactorEnrolment(input: { code: $code }) { codes } }`;
const REGENERATE = `mutation($code: String!) { regenerateRecoveryCodes(input: { code: $code }) { codes } }`;
const DISABLE = `mutation($input: DisableTwoFactorInput!) { disableTwoFactor(input: $input) { enabled } }`;
const SIGN_IN = `mutation($input: SignInInput!) {
  signIn(input: $input) { session { sessionId } twoFactorChallenge { token expiresAt } }
}`;
const CREATE_SESSION = `mutation($userId: ID!) {
  createSession(userId: $userId) { session { sessionId } twoFactorChallenge { token } }
}`;
const COMPLETE = `mutation($input: CompleteTwoFactorSignInInput!) {
  completeTwoFactorSignIn(input: $input) { sessionId user { email } }
}`;
const REQUIRE = `mutation($required: Boolean!) {
  setStaffTwoFactorRequirement(input: { required: $required }) { requireStaffTwoFactor }
}`;
const CLIENTS = '{ clients(first: 1) { totalCount } }';
const ME = '{ me { twoFactorSetupRequiredIn } }';
const PASSWORD = 'a long and quiet river';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function service(ip: string) {
  return { 'x-rebound-service-key': TEST_SERVICE_KEY, 'x-rebound-client-ip': ip };
}

/** The app's code for a 30-second step (the current one by default). */
function codeAt(secret: string, step = currentStep()): Promise<string> {
  return generate({ secret, epoch: step * TWO_FACTOR.periodSeconds });
}
function currentStep(): number {
  return Math.floor(Date.now() / 1000 / TWO_FACTOR.periodSeconds);
}

describe('two-factor sign-in', () => {
  let api: TestApi;
  let org: SeededOrganization;
  let headers: Record<string, Record<string, string>>;
  /** The last step whose code each user spent: the next code must come from a later step. */
  const lastStep: Record<string, number> = {};

  /**
   * A code the API has not seen yet for this user: the current step's, or the next one's (the API takes
   * a step either side). Only when both were spent does it wait for the clock to reach the next step.
   */
  async function freshCode(email: string, secret: string): Promise<string> {
    const step = Math.max(currentStep(), (lastStep[email] ?? 0) + 1);
    while (step > currentStep() + 1) await new Promise((resolve) => setTimeout(resolve, 250));
    lastStep[email] = step;
    return codeAt(secret, step);
  }

  async function enrol(email: string): Promise<{ secret: string; codes: string[] }> {
    delete lastStep[email];
    const started = await api.graphql<Data>(START, {}, headers[email]);
    expect(started.errors).toBeUndefined();
    const secret = started.data!.startTwoFactorEnrolment.secret as string;
    const confirmed = await api.graphql<Data>(
      CONFIRM,
      { code: await freshCode(email, secret) },
      headers[email],
    );
    expect(confirmed.errors).toBeUndefined();
    return { secret, codes: confirmed.data!.confirmTwoFactorEnrolment.codes };
  }

  const signIn = (email: string, ip: string) =>
    api.graphql<Data>(SIGN_IN, { input: { email, password: PASSWORD } }, service(ip));
  const complete = (challenge: string, code: string, ip: string) =>
    api.graphql<Data>(COMPLETE, { input: { challenge, code } }, service(ip));
  const countSessions = (userId: string) =>
    withClient(api.database.ownerUrl, async (client) => {
      const { rows } = await client.query('SELECT count(*)::int AS n FROM sessions WHERE user_id = $1', [
        userId,
      ]);
      return rows[0].n as number;
    });

  beforeAll(async () => {
    api = await startTestApi();
    org = await insertOrganization(api.database.ownerUrl, {
      name: 'Two Step Coaching',
      slug: 'two-step',
      members: [
        { email: 'owner@two.test', role: 'owner' },
        { email: 'coach@two.test', role: 'coach' },
        { email: 'second@two.test', role: 'coach' },
        { email: 'client@two.test', role: 'client' },
      ],
    });
    const passwordHash = await hashPassword(PASSWORD);
    await withClient(api.database.ownerUrl, (client) =>
      client.query('UPDATE users SET password_hash = $1', [passwordHash]),
    );
    headers = {};
    for (const [email, userId] of Object.entries(org.userIds)) {
      headers[email] = asMember(
        await sessionTokenFor(api.database.ownerUrl, userId, TEST_AUTH_SECRET),
        'two-step',
      );
    }
  });
  afterAll(() => api.close());

  it('is for owners, admins and coaches: a client cannot start it', async () => {
    const status = await api.graphql<Data>(STATUS, {}, headers['client@two.test']);
    expect(status.data!.twoFactorStatus).toEqual({
      enabled: false,
      recoveryCodesLeft: 0,
      available: false,
      pendingEnrolment: null,
    });
    const started = await api.graphql(START, {}, headers['client@two.test']);
    expect(started.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  let coachSecret: string;
  let coachCodes: string[];

  it('turns on only with a right code, shows ten recovery codes once, and never the secret again', async () => {
    const coach = headers['coach@two.test'];
    const unstarted = await api.graphql(CONFIRM, { code: '123456' }, coach);
    expect(unstarted.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          path: 'input.code',
          code: 'TWO_FACTOR_SETUP_MISSING',
          message: 'Start the set-up again: no secret is waiting for a code.',
        },
      ],
    });
    const started = await api.graphql<Data>(START, {}, coach);
    const { secret, otpauthUri } = started.data!.startTwoFactorEnrolment;
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\/Rebound:coach%40two\.test\?/);
    expect(new URL(otpauthUri).searchParams.get('secret')).toBe(secret);
    // Until confirmed, the set-up can be shown again (a reload) and sign-in is unchanged.
    const pending = await api.graphql<Data>(STATUS, {}, coach);
    expect(pending.data!.twoFactorStatus).toMatchObject({ enabled: false, pendingEnrolment: { secret } });
    expect((await signIn('coach@two.test', '192.0.2.10')).data!.signIn.session).not.toBeNull();

    const wrongDigits = String((Number(await codeAt(secret)) + 1) % 1_000_000).padStart(6, '0');
    const wrong = await api.graphql(CONFIRM, { code: wrongDigits }, coach);
    expect(wrong.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          path: 'input.code',
          code: 'WRONG_CODE',
          message: 'That code is not right. Enter the newest code your app shows.',
        },
      ],
    });
    const notACode = await api.graphql(CONFIRM, { code: 'hello' }, coach);
    expect(notACode.errors?.[0].extensions?.fields).toEqual([
      {
        path: 'input.code',
        code: 'AUTHENTICATOR_CODE_EXPECTED',
        message: 'Enter the 6-digit code from your authenticator app.',
      },
    ]);

    const confirmed = await api.graphql<Data>(
      CONFIRM,
      { code: await freshCode('coach@two.test', secret) },
      coach,
    );
    const codes: string[] = confirmed.data!.confirmTwoFactorEnrolment.codes;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{6}-[a-z2-9]{6}$/);
    coachSecret = secret;
    coachCodes = codes;

    const status = await api.graphql<Data>(STATUS, {}, coach);
    expect(status.data!.twoFactorStatus).toEqual({
      enabled: true,
      recoveryCodesLeft: 10,
      available: true,
      pendingEnrolment: null,
    });
    expect((await api.graphql(START, {}, coach)).errors?.[0].extensions).toEqual({
      code: 'CONFLICT',
      problem: 'TWO_FACTOR_ALREADY_ON',
    });
    const confirmedAgain = await api.graphql(CONFIRM, { code: await codeAt(secret) }, coach);
    expect(confirmedAgain.errors?.[0].extensions).toEqual({
      code: 'CONFLICT',
      problem: 'TWO_FACTOR_ALREADY_ON',
      fields: [
        { path: 'input.code', code: 'TWO_FACTOR_ALREADY_ON', message: 'Two-factor sign-in is already on.' },
      ],
    });
    // At rest: neither the secret nor any recovery code in the clear.
    const stored = await withClient(api.database.ownerUrl, async (client) => {
      const { rows } = await client.query(
        `SELECT t.secret_ciphertext, array_agg(c.code_hash) AS hashes FROM user_two_factor t
           JOIN user_recovery_codes c USING (user_id) WHERE t.user_id = $1 GROUP BY t.secret_ciphertext`,
        [org.userIds['coach@two.test']],
      );
      return JSON.stringify(rows[0]);
    });
    expect(stored).not.toContain(secret);
    for (const code of codes) {
      expect(stored).not.toContain(code);
      expect(stored).not.toContain(code.replace('-', ''));
    }
  });

  it('replaces the recovery codes for a current code, and the old ones stop working', async () => {
    const coach = headers['coach@two.test'];
    const notACode = await api.graphql(REGENERATE, { code: '123' }, coach);
    expect(notACode.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const fresh = await api.graphql<Data>(
      REGENERATE,
      { code: await freshCode('coach@two.test', coachSecret) },
      coach,
    );
    const newCodes: string[] = fresh.data!.regenerateRecoveryCodes.codes;
    expect(newCodes).toHaveLength(10);
    expect(newCodes.filter((code) => coachCodes.includes(code))).toEqual([]);
    const token = (await signIn('coach@two.test', '192.0.2.11')).data!.signIn.twoFactorChallenge.token;
    const old = await complete(token, coachCodes[0], '192.0.2.11');
    expect(old.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const current = await complete(token, newCodes[0], '192.0.2.11');
    expect(current.errors).toBeUndefined();
  });

  describe('signing in with it on', () => {
    let secret: string;
    let codes: string[];
    beforeAll(async () => {
      ({ secret, codes } = await enrol('second@two.test'));
    });

    it('asks for a code after the right password, with no session until it comes', async () => {
      const userId = org.userIds['second@two.test'];
      const before = await countSessions(userId);
      const first = await signIn('second@two.test', '192.0.2.20');
      expect(first.errors).toBeUndefined();
      expect(first.data!.signIn.session).toBeNull();
      const { token, expiresAt } = first.data!.signIn.twoFactorChallenge;
      expect(new Date(expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(
        TWO_FACTOR.challengeMinutes * 60_000,
      );
      expect(await countSessions(userId)).toBe(before);

      // The code that turned it on (its step is spent) is refused: no replay.
      const replayed = await complete(token, await codeAt(secret, lastStep['second@two.test']), '192.0.2.20');
      expect(replayed.errors?.[0].extensions?.fields).toEqual([
        {
          path: 'input.code',
          code: 'CODE_ALREADY_USED',
          message: 'That code was already used. Wait for the next one.',
        },
      ]);
      const done = await complete(token, await freshCode('second@two.test', secret), '192.0.2.20');
      expect(done.errors).toBeUndefined();
      expect(done.data!.completeTwoFactorSignIn.user.email).toBe('second@two.test');
      expect(await countSessions(userId)).toBe(before + 1);

      // The challenge is single use.
      const again = await complete(token, await codeAt(secret), '192.0.2.20');
      expect(again.errors?.[0].extensions?.fields).toEqual([
        {
          path: 'input.challenge',
          code: 'SIGN_IN_EXPIRED',
          message: 'This sign-in has expired. Sign in again.',
        },
      ]);
    });

    it('takes a recovery code once', async () => {
      const [recovery] = codes;
      const challenge = async () =>
        (await signIn('second@two.test', '192.0.2.21')).data!.signIn.twoFactorChallenge.token;
      const used = await complete(await challenge(), recovery.toUpperCase().replace('-', ' '), '192.0.2.21');
      expect(used.errors).toBeUndefined();
      const status = await api.graphql<Data>(STATUS, {}, headers['second@two.test']);
      expect(status.data!.twoFactorStatus.recoveryCodesLeft).toBe(9);

      const reused = await complete(await challenge(), recovery, '192.0.2.21');
      expect(reused.errors?.[0].extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [
          {
            path: 'input.code',
            code: 'WRONG_CODE',
            message: 'That code is not right. Enter the newest code your app shows.',
          },
        ],
      });
    });

    it('sends wrong codes through the growing delay of wrong passwords', async () => {
      const ip = '192.0.2.22';
      const token = (await signIn('second@two.test', ip)).data!.signIn.twoFactorChallenge.token;
      for (let attempt = 1; attempt <= 3; attempt += 1) {
        const wrong = await complete(token, '000000', ip);
        expect(wrong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      }
      await complete(token, '000000', ip);
      // Even the right code now waits; the same account from another address does not.
      const delayed = await complete(token, await codeAt(secret), ip);
      expect(delayed.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
      const password = await signIn('second@two.test', ip);
      expect(password.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
      const elsewhere = await signIn('second@two.test', '192.0.2.23');
      expect(elsewhere.data!.signIn.twoFactorChallenge.token).toBeTruthy();
    });

    it('gives an email link or OAuth sign-in a challenge, not a session', async () => {
      const userId = org.userIds['second@two.test'];
      const before = await countSessions(userId);
      const made = await api.graphql<Data>(CREATE_SESSION, { userId }, service('192.0.2.24'));
      expect(made.data!.createSession).toEqual({
        session: null,
        twoFactorChallenge: { token: expect.any(String) },
      });
      expect(await countSessions(userId)).toBe(before);
      const withoutTwoFactor = await api.graphql<Data>(
        CREATE_SESSION,
        { userId: org.userIds['client@two.test'] },
        service('192.0.2.24'),
      );
      expect(withoutTwoFactor.data!.createSession.session.sessionId).toBeTruthy();
    });

    it('turns off only with a current code or the password', async () => {
      const me = headers['second@two.test'];
      const none = await api.graphql(DISABLE, { input: {} }, me);
      expect(none.errors?.[0].extensions?.fields).toEqual([
        {
          path: 'input.code',
          code: 'CODE_OR_PASSWORD_REQUIRED',
          message: 'Enter a code from your authenticator app, or your password.',
        },
      ]);
      const wrongPassword = await api.graphql(DISABLE, { input: { password: 'not my password' } }, me);
      expect(wrongPassword.errors?.[0].extensions?.fields).toEqual([
        { path: 'input.password', code: 'WRONG_PASSWORD', message: 'That password is not right.' },
      ]);
      const off = await api.graphql<Data>(DISABLE, { input: { password: PASSWORD } }, me);
      expect(off.data!.disableTwoFactor).toEqual({ enabled: false });
      const offAgain = await api.graphql(DISABLE, { input: { password: PASSWORD } }, me);
      expect(offAgain.errors?.[0].extensions).toEqual({
        code: 'CONFLICT',
        problem: 'TWO_FACTOR_OFF',
        fields: [{ path: 'input.code', code: 'TWO_FACTOR_OFF', message: 'Two-factor sign-in is off.' }],
      });
      expect((await signIn('second@two.test', '192.0.2.26')).data!.signIn.session.sessionId).toBeTruthy();
    });
  });

  describe("the organization's requirement", () => {
    it('is set by owners only, once their own two-factor sign-in is on', async () => {
      const byCoach = await api.graphql(REQUIRE, { required: true }, headers['coach@two.test']);
      expect(byCoach.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const withoutOwn = await api.graphql(REQUIRE, { required: true }, headers['owner@two.test']);
      expect(withoutOwn.errors?.[0].extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [
          {
            path: 'input.required',
            code: 'OWN_TWO_FACTOR_FIRST',
            message: 'Turn on two-factor sign-in for your own account first, from your account page.',
          },
        ],
      });
      await enrol('owner@two.test');
      const set = await api.graphql<Data>(REQUIRE, { required: true }, headers['owner@two.test']);
      expect(set.data!.setStaffTwoFactorRequirement).toEqual({ requireStaffTwoFactor: true });
    });

    it('keeps staff without it out of the organization until they turn it on; clients are never asked', async () => {
      // "second" turned theirs off above.
      const staff = headers['second@two.test'];
      const refused = await api.graphql(CLIENTS, {}, staff);
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(refused.errors?.[0].message).toBe(
        'This organization requires two-factor sign-in. Turn it on from your account page to continue.',
      );
      expect((await api.graphql<Data>(ME, {}, staff)).data!.me).toEqual({
        twoFactorSetupRequiredIn: ['two-step'],
      });

      const client = headers['client@two.test'];
      expect((await api.graphql<Data>(ME, {}, client)).data!.me).toEqual({ twoFactorSetupRequiredIn: [] });
      const unread = await api.graphql<Data>('{ unreadNotificationCount }', {}, client);
      expect(unread.errors).toBeUndefined();
      expect(unread.data).toEqual({ unreadNotificationCount: 0 });

      await enrol('second@two.test');
      expect((await api.graphql(CLIENTS, {}, staff)).errors).toBeUndefined();
      expect((await api.graphql<Data>(ME, {}, staff)).data!.me).toEqual({ twoFactorSetupRequiredIn: [] });
    });
  });
});
