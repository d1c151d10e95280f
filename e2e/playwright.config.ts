import { defineConfig, devices } from '@playwright/test';
import { chromiumPath } from './chromium.js';
import {
  apiPort,
  billingApiPort,
  billingInboundSmtpPort,
  billingWebPort,
  inboundSmtpPort,
  sinkHttpPort,
  sinkSmtpPort,
  stripeStandInPort,
  webPort,
} from './ports.js';
import { assertFreshProductionBuild } from './production-build.js';

/**
 * The product runs as `npm start -- --production` runs it: the build of `npm run build`, with
 * NODE_ENV=production. E2E_MODE=development runs the TypeScript sources and the Vite development server
 * instead (`npm start`), for quicker rounds while writing a spec.
 */
const production = process.env.E2E_MODE !== 'development';
if (production) assertFreshProductionBuild();

const productServer = {
  command: `node --import @swc-node/register/esm-register tools/src/start.ts --ephemeral${production ? ' --production' : ''}`,
  cwd: '..',
  reuseExistingServer: false,
  timeout: 180_000,
  stdout: 'pipe',
  stderr: 'pipe',
  gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
} as const;

/** Both products send their email to the sink, and browsers their CSP violation reports. */
const productEnv = {
  LOG_LEVEL: 'warn',
  NODE_OPTIONS: '',
  SMTP_URL: `smtp://127.0.0.1:${sinkSmtpPort}`,
  CSP_REPORT_URI: `http://127.0.0.1:${sinkHttpPort}/csp-reports`,
};

export default defineConfig({
  testDir: './tests',
  // Headers and closed doors belong to the production build: a development run has neither to check.
  testIgnore: production ? [] : ['**/production-mode.spec.ts'],
  outputDir: './artifacts/results',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  globalTeardown: './global-teardown.ts',
  reporter: [['list'], ['html', { outputFolder: './artifacts/report', open: 'never' }]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${webPort}`,
    screenshot: 'on',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromiumPath(),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
  ],
  // The sink first; the whole product on a throwaway database of its own; then the same with Stripe
  // configured against the local stand-in (started first).
  webServer: [
    {
      command: `node --import @swc-node/register/esm-register e2e/sink.ts ${sinkSmtpPort} ${sinkHttpPort}`,
      cwd: '..',
      url: `http://127.0.0.1:${sinkHttpPort}/messages`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'pipe',
      stderr: 'pipe',
    },
    {
      ...productServer,
      url: `http://127.0.0.1:${webPort}/`,
      env: {
        ...productEnv,
        PORT: String(webPort),
        API_PORT: String(apiPort),
        INBOUND_SMTP_PORT: String(inboundSmtpPort),
      },
    },
    {
      command: `node --import @swc-node/register/esm-register libs/testing/src/stripe-stand-in.main.ts ${stripeStandInPort}`,
      cwd: '..',
      url: `http://127.0.0.1:${stripeStandInPort}/checkout/ready`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'pipe',
      stderr: 'pipe',
    },
    {
      ...productServer,
      url: `http://127.0.0.1:${billingWebPort}/`,
      env: {
        ...productEnv,
        PORT: String(billingWebPort),
        API_PORT: String(billingApiPort),
        INBOUND_SMTP_PORT: String(billingInboundSmtpPort),
        STRIPE_SECRET_KEY: 'sk_test_e2e',
        STRIPE_WEBHOOK_SECRET: 'whsec_e2e',
        STRIPE_PRICE_SOLO: 'price_e2e_solo',
        STRIPE_PRICE_PRACTICE: 'price_e2e_practice',
        STRIPE_PRICE_AGENCY: 'price_e2e_agency',
        STRIPE_API_URL: `http://127.0.0.1:${stripeStandInPort}`,
      },
    },
  ],
});
