import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { freePort } from '@rebound/dev-postgres';

function processesMentioning(text: string): string[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((pid) => {
      try {
        const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
        return cmdline.includes(text) ? [cmdline] : [];
      } catch {
        return [];
      }
    });
}

describe('npm start', () => {
  it('starts PostgreSQL, migrates, seeds, serves API and web, and Ctrl-C stops all of it', async () => {
    const [webPort, apiPort] = [await freePort(), await freePort()];
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(webPort), API_PORT: String(apiPort) };
    delete env.NODE_OPTIONS;
    delete env.DATABASE_URL;
    const start = spawn(
      process.execPath,
      ['--import', '@swc-node/register/esm-register', 'tools/src/start.ts', '--ephemeral'],
      { cwd: new URL('../..', import.meta.url).pathname, env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    start.stdout.on('data', (chunk) => (output += chunk));
    start.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => start.once('exit', (code) => resolve(code)));

    const deadline = Date.now() + 90_000;
    while (!output.includes('Rebound is running') && Date.now() < deadline && start.exitCode === null) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(output).toContain(`Rebound is running at http://127.0.0.1:${webPort}/`);
    expect(output).toContain('Applied migrations: Foundation');
    expect(output).toContain('Planted the demo organization.');
    expect(output).toContain('[worker] Rebound worker started');
    expect(output).toMatch(/owner\s+owner@demo\.rebound\.test/);
    const dataDir = /data in (\S+)/.exec(output)?.[1] ?? '';
    expect(existsSync(dataDir)).toBe(true);

    const health = await fetch(`http://127.0.0.1:${apiPort}/health`);
    expect(await health.json()).toEqual({ status: 'ok', database: 'ok' });
    const landing = await fetch(`http://127.0.0.1:${webPort}/`);
    expect(landing.status).toBe(200);
    expect(await landing.text()).toContain('Rebound');

    start.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(output).toContain('[start] Stopped.');
    expect(processesMentioning(dataDir)).toEqual([]);
    expect(existsSync(dataDir)).toBe(false);
    await expect(fetch(`http://127.0.0.1:${apiPort}/health`)).rejects.toThrow();
  }, 150_000);
});
