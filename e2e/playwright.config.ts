import { defineConfig, devices } from '@playwright/test';
import { chromiumPath } from './chromium.js';

const webPort = Number(process.env.E2E_WEB_PORT ?? 4310);
const apiPort = Number(process.env.E2E_API_PORT ?? 4311);

export default defineConfig({
  testDir: './tests',
  outputDir: './artifacts/results',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
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
  // The whole product as `npm start` runs it, on a throwaway database of its own.
  webServer: {
    command: 'node --import @swc-node/register/esm-register tools/src/start.ts --ephemeral',
    cwd: '..',
    url: `http://127.0.0.1:${webPort}/`,
    env: { PORT: String(webPort), API_PORT: String(apiPort), LOG_LEVEL: 'warn', NODE_OPTIONS: '' },
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
  },
});
