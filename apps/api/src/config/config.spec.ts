import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig } from './config.js';

const VALID = {
  DATABASE_APP_URL: 'postgres://rebound_app:secret@127.0.0.1:5432/rebound',
  AUTH_SECRET: 'a'.repeat(32),
  SERVICE_KEY: 'b'.repeat(32),
};

const STRIPE = {
  STRIPE_SECRET_KEY: 'sk_test_x',
  STRIPE_WEBHOOK_SECRET: 'whsec_x',
  STRIPE_PRICE_SOLO: 'price_solo',
  STRIPE_PRICE_PRACTICE: 'price_practice',
  STRIPE_PRICE_AGENCY: 'price_agency',
};

describe('loadConfig', () => {
  it('applies defaults to a minimal valid environment', () => {
    expect(loadConfig(VALID)).toMatchObject({
      NODE_ENV: 'development',
      API_HOST: '127.0.0.1',
      API_PORT: 3001,
      DATABASE_POOL_MAX: 10,
      DATABASE_CONNECT_TIMEOUT_MS: 5_000,
      LOG_LEVEL: 'info',
    });
  });

  it('reads from a replica only when given one, within 5 s of the primary by default', () => {
    const primaryOnly = loadConfig(VALID);
    expect(primaryOnly.DATABASE_REPLICA_URL).toBeUndefined();
    expect(primaryOnly.DATABASE_REPLICA_MAX_LAG_MS).toBe(5_000);
    expect(loadConfig({ ...VALID, DATABASE_REPLICA_URL: '' }).DATABASE_REPLICA_URL).toBeUndefined();
    const standby = 'postgres://rebound_app:secret@standby:5432/rebound';
    expect(
      loadConfig({ ...VALID, DATABASE_REPLICA_URL: standby, DATABASE_REPLICA_MAX_LAG_MS: '2000' }),
    ).toMatchObject({ DATABASE_REPLICA_URL: standby, DATABASE_REPLICA_MAX_LAG_MS: 2_000 });
    expect(() => loadConfig({ ...VALID, DATABASE_REPLICA_URL: 'standby:5432' })).toThrow(
      'DATABASE_REPLICA_URL must be a postgres:// connection string',
    );
  });

  it('runs the SMTP receiver for forwarded emails only when given a port', () => {
    expect(loadConfig(VALID).INBOUND_SMTP_PORT).toBeUndefined();
    expect(loadConfig({ ...VALID, INBOUND_SMTP_PORT: 'off' }).INBOUND_SMTP_PORT).toBeUndefined();
    expect(loadConfig({ ...VALID, INBOUND_SMTP_PORT: '2525' })).toMatchObject({
      INBOUND_SMTP_PORT: 2525,
      INBOUND_SMTP_HOST: '127.0.0.1',
    });
  });

  it('takes billing configured in full, or not at all', () => {
    expect(loadConfig(VALID).STRIPE_SECRET_KEY).toBeUndefined();
    expect(loadConfig({ ...VALID, ...STRIPE })).toMatchObject(STRIPE);
  });

  it.each([
    [{}, 'DATABASE_APP_URL is required'],
    [{ ...VALID, AUTH_SECRET: undefined }, 'AUTH_SECRET is required'],
    [{ ...VALID, AUTH_SECRET: 'short' }, 'AUTH_SECRET must be at least 32 characters'],
    [{ ...VALID, WEB_URL: 'not a url' }, 'WEB_URL must be a URL'],
    [{ DATABASE_APP_URL: 'mysql://x' }, 'DATABASE_APP_URL must be a postgres:// connection string'],
    [{ ...VALID, API_PORT: 'eighty' }, 'API_PORT'],
    [{ ...VALID, API_PORT: '70000' }, 'API_PORT'],
    [{ ...VALID, NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ ...VALID, LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ ...VALID, STRIPE_SECRET_KEY: 'pk_live_x' }, 'STRIPE_SECRET_KEY must start with sk_'],
    [
      { ...VALID, STRIPE_SECRET_KEY: 'sk_test_x' },
      'STRIPE_WEBHOOK_SECRET is required when STRIPE_SECRET_KEY is set',
    ],
    [
      { ...VALID, ...STRIPE, STRIPE_PRICE_AGENCY: undefined },
      'STRIPE_PRICE_AGENCY is required when STRIPE_SECRET_KEY is set',
    ],
    [{ ...VALID, ...STRIPE, STRIPE_API_URL: 'localhost' }, 'STRIPE_API_URL must be a URL'],
  ])('refuses %p naming the variable', (env, expected) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(expected);
  });
});

describe('API boot', () => {
  it('stops with a message naming a missing required variable', () => {
    const main = fileURLToPath(new URL('../main.ts', import.meta.url));
    const env = { ...process.env };
    delete env.DATABASE_APP_URL;
    delete env.NODE_OPTIONS;
    const run = spawnSync(process.execPath, ['--import', '@swc-node/register/esm-register', main], {
      env,
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Invalid API configuration');
    expect(run.stderr).toContain('DATABASE_APP_URL is required');
  });
});
