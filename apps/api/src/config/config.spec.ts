import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig } from './config.js';

const VALID = {
  DATABASE_APP_URL: 'postgres://rebound_app:secret@127.0.0.1:5432/rebound',
  AUTH_SECRET: 'a'.repeat(32),
  SERVICE_KEY: 'b'.repeat(32),
};

describe('loadConfig', () => {
  it('applies defaults to a minimal valid environment', () => {
    expect(loadConfig(VALID)).toMatchObject({
      NODE_ENV: 'development',
      API_HOST: '127.0.0.1',
      API_PORT: 3001,
      DATABASE_POOL_MAX: 10,
      LOG_LEVEL: 'info',
    });
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
