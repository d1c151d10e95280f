import { asMember, insertOrganization, SeededOrganization, sessionTokenFor } from './fixtures.js';
import { TEST_AUTH_SECRET, TestApi } from './test-api.js';

export interface CaseloadOrg {
  org: SeededOrganization;
  as: Record<string, Record<string, string>>;
  memberIds: Record<string, string>;
}

/**
 * An organization with an owner, two coaches and two client accounts, each signed in, and the
 * membership ids by email.
 */
export async function caseloadOrganization(api: TestApi, slug: string): Promise<CaseloadOrg> {
  const emails = ['owner', 'coach', 'other-coach', 'client', 'other-client'].map(
    (who) => `${who}@${slug}.test`,
  );
  const org = await insertOrganization(api.database.ownerUrl, {
    name: `${slug} careers`,
    slug,
    members: emails.map((email) => ({ email, role: email.split('@')[0].replace('other-', '') })),
  });
  const as: Record<string, Record<string, string>> = {};
  for (const email of emails) {
    as[email.split('@')[0]] = asMember(
      await sessionTokenFor(api.database.ownerUrl, org.userIds[email], TEST_AUTH_SECRET),
      slug,
    );
  }
  const members = await api.graphql<{ members: { edges: { node: { id: string; email: string } }[] } }>(
    '{ members(first: 20) { edges { node { id email } } } }',
    {},
    as.owner,
  );
  const memberIds = Object.fromEntries(
    members.data!.members.edges.map(({ node }) => [node.email.split('@')[0], node.id]),
  );
  return { org, as, memberIds };
}

export const CREATE_CLIENT = `mutation($input: CreateClientInput!) { createClient(input: $input) { id name version } }`;
export const CREATE_APPLICATION = `mutation($input: CreateApplicationInput!) {
  createApplication(input: $input) { id version stage furthestStage }
}`;
export const MOVE = `mutation($input: MoveApplicationInput!) {
  moveApplication(input: $input) { id version stage interviewRound furthestStage furthestInterviewRound closedAt }
}`;
export const RECORD_REJECTION = `mutation($input: RecordRejectionInput!) {
  recordRejection(input: $input) { id version stageReached effectiveReason coachTag coachPrivateNotes checkIn feedbackRequestSuggested }
}`;

/** Gives a client record its client's account, as accepting an invitation would. */
export async function linkClientAccount(
  ownerUrl: string,
  orgId: string,
  clientId: string,
  membershipId: string,
) {
  const { withClient } = await import('@rebound/dev-postgres');
  await withClient(ownerUrl, async (db) => {
    await db.query('BEGIN');
    await db.query(`SELECT set_config('app.org_id', $1, true)`, [orgId]);
    await db.query('UPDATE clients SET membership_id = $3 WHERE organization_id = $1 AND id = $2', [
      orgId,
      clientId,
      membershipId,
    ]);
    await db.query('COMMIT');
  });
}
