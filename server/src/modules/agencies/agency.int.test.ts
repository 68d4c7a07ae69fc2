import { startTestApp, type TestApp } from '../../test-support/test-app';

const DIRECTORY = `query($filter: AgencyFilter, $first: Int!, $after: String) {
  agencies(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id code name kind parent { code } children { code } members { username role } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const CREATE =
  'mutation($input: CreateAgencyInput!) { createAgency(input: $input) { agency { id code name version parent { code } } } }';
const UPDATE =
  'mutation($input: UpdateAgencyInput!) { updateAgency(input: $input) { agency { id name shortName version parent { code } } } }';

type Directory = {
  agencies: {
    edges: {
      node: {
        id: string;
        code: string;
        name: string;
        parent: { code: string } | null;
        children: { code: string }[];
        members: { username: string }[];
      };
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

describe('agency directory', () => {
  let t: TestApp;
  let staff: string;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    staff = await t.login('stnmt.staff');
    admin = await t.login('admin');
  });
  afterAll(() => t.stop());

  const directory = (variables: Record<string, unknown>, token = staff) =>
    t.gql<Directory>(DIRECTORY, { first: 50, ...variables }, token);

  it('walks every agency exactly once through keyset pages', async () => {
    const codes: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const result: Awaited<ReturnType<typeof directory>> = await directory({ first: 7, after });
      const { edges, pageInfo } = result.data!.agencies;
      codes.push(...edges.map((e) => e.node.code));
      after = pageInfo.endCursor;
      if (!pageInfo.hasNextPage) break;
    }
    expect(codes).toEqual([...codes].sort());
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual(expect.arrayContaining(['UBND', 'STNMT', 'VPDKDD', 'STC', 'SKHDT', 'SNV', 'STTTT', 'CTHUE']));
  });

  it('shows sub-units, parents and members', async () => {
    const result = await directory({ filter: { search: 'VPDKDD' } });
    const office = result.data!.agencies.edges.find((e) => e.node.code === 'VPDKDD')!.node;
    expect(office.parent).toEqual({ code: 'STNMT' });
    expect(office.children.length).toBeGreaterThanOrEqual(3);
    expect(office.members.map((m) => m.username)).toEqual(expect.arrayContaining(['vpdkdd.lead', 'vpdkdd.staff']));
  });

  it('resolves a page with its relations in a constant number of SQL statements (no N+1)', async () => {
    t.statements.length = 0;
    const result = await directory({ first: 100 });
    expect(result.data!.agencies.edges.length).toBeGreaterThan(20);
    // session lookup + page + parents + children + members
    expect(t.statements.length).toBeLessThanOrEqual(5);
  });

  it('finds Vietnamese names with or without diacritics', async () => {
    for (const search of ['đăng ký đất đai', 'dang ky dat dai', 'ĐĂNG KÝ']) {
      const codes = (await directory({ filter: { search } })).data!.agencies.edges.map((e) => e.node.code);
      expect(codes).toContain('VPDKDD');
    }
    const literal = await directory({ filter: { search: '%' } });
    expect(literal.data!.agencies.edges).toEqual([]);
  });

  it('filters by kind, parent and top level', async () => {
    const localities = await directory({ filter: { kind: 'LOCALITY' } });
    expect(localities.data!.agencies.edges.length).toBeGreaterThanOrEqual(3);
    const stnmt = (await directory({ filter: { search: 'STNMT' } })).data!.agencies.edges.find(
      (e) => e.node.code === 'STNMT',
    )!;
    const units = await directory({ filter: { parentId: stnmt.node.id } });
    expect(units.data!.agencies.edges.every((e) => e.node.parent?.code === 'STNMT')).toBe(true);
    const roots = await directory({ filter: { rootsOnly: true } });
    expect(roots.data!.agencies.edges.every((e) => e.node.parent === null)).toBe(true);
  });

  it('caps the page size and rejects a malformed cursor', async () => {
    expect((await directory({ first: 101 })).errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect((await directory({ first: 0 })).errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect((await directory({ after: 'garbage' })).errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('answers NOT_FOUND for unknown or malformed ids and UNAUTHENTICATED without a session', async () => {
    const query = 'query($id: ID!) { agency(id: $id) { code } }';
    expect(
      (await t.gql(query, { id: '00000000-0000-4000-8000-000000000000' }, staff)).errors![0].extensions!.code,
    ).toBe('NOT_FOUND');
    expect((await t.gql(query, { id: 'not-an-id' }, staff)).errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await t.gql(query, { id: 'not-an-id' })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('lets only an ADMIN create agencies', async () => {
    const input = { code: 'SYT', name: 'Sở Y tế', shortName: 'Sở Y tế', kind: 'DEPARTMENT' };
    expect((await t.gql(CREATE, { input }, staff)).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await t.gql(CREATE, { input: { ...input, code: 'syt' } }, admin)).data!.createAgency.agency).toMatchObject({
      code: 'SYT',
      version: 1,
      parent: null,
    });
    const again = await t.gql(CREATE, { input }, admin);
    expect(again.errors![0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      messageKey: 'error.invalidInput',
      fields: [expect.objectContaining({ field: 'code', code: 'TAKEN', messageKey: 'agency.codeTaken' })],
      requestId: expect.any(String),
    });
  });

  it('validates every field of a new agency at once', async () => {
    const result = await t.gql(
      CREATE,
      {
        input: {
          code: 'bad code!',
          name: '',
          shortName: 'x'.repeat(101),
          kind: 'SECTOR',
          parentId: '00000000-0000-4000-8000-000000000000',
        },
      },
      admin,
    );
    expect(result.errors![0].extensions!.fields!.map((f) => `${f.field}:${f.code}`).sort()).toEqual([
      'code:INVALID_FORMAT',
      'name:REQUIRED',
      'parentId:NOT_FOUND',
      'shortName:TOO_LONG',
    ]);
  });

  it('updates with optimistic concurrency and refuses cycles', async () => {
    const created = (
      await t.gql(
        CREATE,
        { input: { code: 'SXD', name: 'Sở Xây dựng', shortName: 'Sở XD', kind: 'DEPARTMENT' } },
        admin,
      )
    ).data!.createAgency.agency;
    const renamed = await t.gql(UPDATE, { input: { id: created.id, version: 1, shortName: 'Sở Xây dựng' } }, admin);
    expect(renamed.data!.updateAgency.agency).toMatchObject({
      shortName: 'Sở Xây dựng',
      version: 2,
      name: 'Sở Xây dựng',
    });
    const stale = await t.gql(UPDATE, { input: { id: created.id, version: 1, name: 'Tên khác' } }, admin);
    expect(stale.errors![0].extensions!.code).toBe('CONFLICT');

    const child = (
      await t.gql(
        CREATE,
        {
          input: {
            code: 'SXD-QH',
            name: 'Phòng Quy hoạch',
            shortName: 'Phòng QH',
            kind: 'DEPARTMENT',
            parentId: created.id,
          },
        },
        admin,
      )
    ).data!.createAgency.agency;
    expect(child.parent).toEqual({ code: 'SXD' });
    const cycle = await t.gql(UPDATE, { input: { id: created.id, version: 2, parentId: child.id } }, admin);
    expect(cycle.errors![0].extensions!.fields).toEqual([
      expect.objectContaining({ field: 'parentId', code: 'NOT_ALLOWED' }),
    ]);
    const moved = await t.gql(UPDATE, { input: { id: child.id, version: child.version, parentId: null } }, admin);
    expect(moved.data!.updateAgency.agency.parent).toBeNull();
  });
});
