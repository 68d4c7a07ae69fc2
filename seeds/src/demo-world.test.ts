import { demoAgencies, demoUsers } from './index';

describe('demo world', () => {
  it('has unique agency codes and parents that exist earlier in the list', () => {
    const seen = new Set<string>();
    for (const agency of demoAgencies) {
      expect(seen.has(agency.code)).toBe(false);
      if (agency.parentCode) expect(seen.has(agency.parentCode)).toBe(true);
      seen.add(agency.code);
    }
  });

  it('names every demo login <agency code>.<role> except the administrator', () => {
    const usernames = new Set(demoUsers.map((u) => u.username));
    expect(usernames.size).toBe(demoUsers.length);
    for (const login of ['ubnd.lead', 'ubnd.staff', 'stnmt.lead', 'stnmt.staff', 'stc.lead', 'admin']) {
      expect(usernames).toContain(login);
    }
    for (const user of demoUsers.filter((u) => u.role !== 'ADMIN')) {
      expect(user.username).toBe(`${user.agencyCode.toLowerCase()}.${user.role.toLowerCase()}`);
    }
  });

  it('puts vice-chair Lê Huyền at the Committee and a branch office under the Land Registration Office', () => {
    expect(demoUsers.find((u) => u.username === 'ubnd.lead')).toMatchObject({
      fullName: 'Lê Huyền',
      agencyCode: 'UBND',
    });
    expect(demoAgencies.filter((a) => a.parentCode === 'VPDKDD').length).toBeGreaterThanOrEqual(3);
    expect(demoAgencies.filter((a) => a.kind === 'LOCALITY').length).toBeGreaterThanOrEqual(3);
  });
});
