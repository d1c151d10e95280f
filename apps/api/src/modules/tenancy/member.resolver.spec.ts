import {
  asMember,
  assignCoach,
  insertOrganization,
  SeededOrganization,
  sessionTokenFor,
} from '../../../test/fixtures.js';
import { startTestApi, TEST_AUTH_SECRET, TestApi } from '../../../test/test-api.js';

const MEMBER = `query($id: ID!) { member(id: $id) { id email role } }`;

describe('members and roles', () => {
  let api: TestApi;
  let org: SeededOrganization;
  const as: Record<string, Record<string, string>> = {};
  const memberIds: Record<string, string> = {};

  beforeAll(async () => {
    api = await startTestApi();
    org = await insertOrganization(api.database.ownerUrl, {
      name: 'Harbor Careers',
      slug: 'harbor',
      members: [
        { email: 'owner@harbor.test', role: 'owner' },
        { email: 'admin@harbor.test', role: 'admin' },
        { email: 'coach@harbor.test', role: 'coach' },
        { email: 'other-coach@harbor.test', role: 'coach' },
        { email: 'client@harbor.test', role: 'client' },
        { email: 'other-client@harbor.test', role: 'client' },
      ],
    });
    await assignCoach(
      api.database.ownerUrl,
      org.id,
      org.userIds['coach@harbor.test'],
      org.userIds['client@harbor.test'],
    );
    await assignCoach(
      api.database.ownerUrl,
      org.id,
      org.userIds['other-coach@harbor.test'],
      org.userIds['other-client@harbor.test'],
    );
    for (const email of Object.keys(org.userIds)) {
      as[email] = asMember(
        await sessionTokenFor(api.database.ownerUrl, org.userIds[email], TEST_AUTH_SECRET),
        'harbor',
      );
    }
    const list = await api.graphql<{ members: { edges: { node: { id: string; email: string } }[] } }>(
      '{ members(first: 50) { edges { node { id email } } } }',
      {},
      as['owner@harbor.test'],
    );
    for (const { node } of list.data!.members.edges) memberIds[node.email] = node.id;
  });
  afterAll(() => api.close());

  it('lets a coach read a client in their caseload but not one outside it', async () => {
    const own = await api.graphql(MEMBER, { id: memberIds['client@harbor.test'] }, as['coach@harbor.test']);
    expect(own.data).toEqual({
      member: { id: memberIds['client@harbor.test'], email: 'client@harbor.test', role: 'CLIENT' },
    });
    const outside = await api.graphql(
      MEMBER,
      { id: memberIds['other-client@harbor.test'] },
      as['coach@harbor.test'],
    );
    expect(outside.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('lets a client read themself but not another client', async () => {
    const self = await api.graphql(MEMBER, { id: memberIds['client@harbor.test'] }, as['client@harbor.test']);
    expect(self.errors).toBeUndefined();
    const other = await api.graphql(
      MEMBER,
      { id: memberIds['other-client@harbor.test'] },
      as['client@harbor.test'],
    );
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('keeps people management to owners and admins', async () => {
    for (const email of ['coach@harbor.test', 'client@harbor.test']) {
      const result = await api.graphql('{ members(first: 5) { totalCount } }', {}, as[email]);
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const admin = await api.graphql<{ members: { totalCount: number } }>(
      '{ members(first: 2) { totalCount pageInfo { hasNextPage } } }',
      {},
      as['admin@harbor.test'],
    );
    expect(admin.data).toEqual({ members: { totalCount: 6, pageInfo: { hasNextPage: true } } });
  });

  it('pages through members with cursors', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: {
        data?: {
          members: {
            edges: { node: { email: string } }[];
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
          };
        } | null;
      } = await api.graphql(
        'query($after: String) { members(first: 4, after: $after) { edges { node { email } } pageInfo { hasNextPage endCursor } } }',
        { after },
        as['owner@harbor.test'],
      );
      seen.push(...page.data!.members.edges.map((edge) => edge.node.email));
      after = page.data!.members.pageInfo.hasNextPage ? page.data!.members.pageInfo.endCursor : null;
    } while (after);
    expect(new Set(seen).size).toBe(6);
    const bad = await api.graphql('{ members(first: 500) { totalCount } }', {}, as['owner@harbor.test']);
    expect(bad.errors?.[0].extensions?.fields).toEqual([
      {
        path: 'first',
        code: 'OUT_OF_RANGE',
        params: { min: 1, max: 100 },
        message: 'Use a number from 1 to 100.',
      },
    ]);
  });

  it('never lets the last owner lose the role, and keeps ownership changes to owners', async () => {
    const CHANGE = 'mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { role } }';
    const lastOwner = await api.graphql(
      CHANGE,
      { input: { memberId: memberIds['owner@harbor.test'], role: 'ADMIN' } },
      as['owner@harbor.test'],
    );
    expect(lastOwner.errors?.[0].extensions).toEqual({
      code: 'CONFLICT',
      problem: 'LAST_OWNER',
      fields: [
        {
          path: 'input.memberId',
          code: 'LAST_OWNER',
          message: 'An organization needs at least one active owner. Make someone else owner first.',
        },
      ],
    });
    const byAdmin = await api.graphql(
      CHANGE,
      { input: { memberId: memberIds['admin@harbor.test'], role: 'OWNER' } },
      as['admin@harbor.test'],
    );
    expect(byAdmin.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const promoted = await api.graphql(
      CHANGE,
      { input: { memberId: memberIds['coach@harbor.test'], role: 'ADMIN' } },
      as['admin@harbor.test'],
    );
    expect(promoted.data).toEqual({ changeMemberRole: { role: 'ADMIN' } });
    await api.graphql(
      CHANGE,
      { input: { memberId: memberIds['coach@harbor.test'], role: 'COACH' } },
      as['owner@harbor.test'],
    );
  });

  it('disabling a member shuts them out of the organization on their next request', async () => {
    const SET_STATUS =
      'mutation($input: SetMemberStatusInput!) { setMemberStatus(input: $input) { status } }';
    const self = await api.graphql(
      SET_STATUS,
      { input: { memberId: memberIds['admin@harbor.test'], status: 'DISABLED' } },
      as['admin@harbor.test'],
    );
    expect(self.errors?.[0].extensions).toEqual({
      code: 'CONFLICT',
      problem: 'CANNOT_DISABLE_SELF',
      fields: [
        { path: 'input.memberId', code: 'CANNOT_DISABLE_SELF', message: 'You cannot disable yourself.' },
      ],
    });
    const before = await api.graphql(
      MEMBER,
      { id: memberIds['other-client@harbor.test'] },
      as['other-client@harbor.test'],
    );
    expect(before.errors).toBeUndefined();
    const disabled = await api.graphql(
      SET_STATUS,
      { input: { memberId: memberIds['other-client@harbor.test'], status: 'DISABLED' } },
      as['admin@harbor.test'],
    );
    expect(disabled.data).toEqual({ setMemberStatus: { status: 'DISABLED' } });
    const after = await api.graphql(
      MEMBER,
      { id: memberIds['other-client@harbor.test'] },
      as['other-client@harbor.test'],
    );
    expect(after.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const me = await api.graphql<{ me: { organizations: unknown[] } }>(
      '{ me { organizations { slug } } }',
      {},
      as['other-client@harbor.test'],
    );
    expect(me.data!.me.organizations).toEqual([]);
  });
});
