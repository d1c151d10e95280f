/** The application a forwarded email most likely belongs to: the open one at the company it names. */
export function likelyApplication(
  company: string | null | undefined,
  applications: readonly { id: string; company: string }[],
): string | undefined {
  if (!company) return undefined;
  const name = company.trim().toLowerCase();
  return applications.find((application) => application.company.trim().toLowerCase() === name)?.id;
}
