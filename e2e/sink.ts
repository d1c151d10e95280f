/**
 * What the end-to-end run's products send out, kept in memory for the tests:
 * - email: an SMTP server (the products' SMTP_URL) whose messages `GET /messages` lists for `mail.ts`;
 *   the production build has no development mail page, so this is how tests read their links;
 * - Content-Security-Policy violation reports (the web server's CSP_REPORT_URI, `POST /csp-reports`),
 *   listed by `GET /csp-reports` and checked after the run (`global-teardown.ts`).
 *
 * Usage: node --import @swc-node/register/esm-register e2e/sink.ts <smtp port> <http port>
 */
import { createServer } from 'node:http';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CapturedMail {
  to: string[];
  subject: string;
  text: string;
  receivedAt: string;
}

const [smtpPort, httpPort] = process.argv.slice(2).map(Number);
const host = '127.0.0.1';
const received: CapturedMail[] = [];
const cspReports: unknown[] = [];

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  async onData(stream, session, callback) {
    try {
      const parsed = await simpleParser(stream);
      received.push({
        to: session.envelope.rcptTo.map((recipient) => recipient.address.toLowerCase()),
        subject: parsed.subject ?? '',
        text: parsed.text ?? '',
        receivedAt: new Date().toISOString(),
      });
      callback();
    } catch (error) {
      callback(error as Error);
    }
  },
});

const http = createServer((request, response) => {
  const answer = (body: unknown) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  };
  if (request.method === 'GET' && request.url === '/messages') return answer(received);
  if (request.method === 'GET' && request.url === '/csp-reports') return answer(cspReports);
  if (request.method === 'POST' && request.url === '/csp-reports') {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      try {
        cspReports.push(JSON.parse(body));
      } catch {
        cspReports.push({ unreadable: body });
      }
      response.writeHead(204).end();
    });
    return;
  }
  response.writeHead(404).end();
});

smtp.listen(smtpPort, host, () => {
  http.listen(httpPort, host, () =>
    console.log(`e2e sink: SMTP ${host}:${smtpPort}, HTTP ${host}:${httpPort}`),
  );
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => smtp.close(() => http.close(() => process.exit(0))));
}
