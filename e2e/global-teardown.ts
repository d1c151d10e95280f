import { sinkHttpPort } from './ports.js';

/**
 * Fails the run when a browser reported a Content-Security-Policy violation on any page of any test: the
 * web server names the e2e sink as its report URI. A violation means a script or style the policy blocks,
 * i.e. a page that may not work for users.
 */
export default async function checkContentSecurityPolicyReports(): Promise<void> {
  const response = await fetch(`http://127.0.0.1:${sinkHttpPort}/csp-reports`);
  const details = ((await response.json()) as Record<string, unknown>[]).map(
    (report) => (report['csp-report'] ?? report) as Record<string, unknown>,
  );
  // A refused frame is the policy protecting a page from being framed (production-mode.spec.ts frames one
  // on purpose), not a page of ours failing.
  const violations = details.filter((detail) => detail['violated-directive'] !== 'frame-ancestors');
  if (violations.length === 0) return;
  const lines = violations.map(
    (detail) =>
      `  ${String(detail['document-uri'])}: ${String(detail['violated-directive'])} blocked ${String(detail['blocked-uri'])}` +
      (detail['source-file'] ? ` (${String(detail['source-file'])}:${String(detail['line-number'])})` : ''),
  );
  throw new Error(`Content-Security-Policy violations during the e2e run:\n${lines.join('\n')}`);
}
