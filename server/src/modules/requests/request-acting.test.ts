import { Role, type Viewer } from '../../shared/viewer';
import { ParticipantRole } from './request-enums';
import { participationActedFor } from './request.policy';

/** stnmt.lead acts for STNMT, then (nearest first) VPDKDD, then its branch DH. */
const lead: Viewer = {
  userId: 'u',
  sessionId: 's',
  agencyId: 'stnmt',
  role: Role.LEAD,
  inCommittee: false,
  actedFor: ['stnmt', 'vpdkdd', 'dh'],
};
const staff: Viewer = { ...lead, role: Role.STAFF, actedFor: undefined };
const p = (agencyId: string, role = ParticipantRole.SUPPORT) => ({ agencyId, role });

describe('which addressed agency a viewer acts as', () => {
  it("takes the viewer's own agency first", () => {
    expect(participationActedFor(lead, [p('vpdkdd', ParticipantRole.LEAD), p('stnmt')])?.agencyId).toBe('stnmt');
  });

  it('else the unit that leads the request, else the nearest supporting unit', () => {
    expect(participationActedFor(lead, [p('vpdkdd'), p('dh', ParticipantRole.LEAD)])?.agencyId).toBe('dh');
    expect(participationActedFor(lead, [p('dh'), p('vpdkdd')])?.agencyId).toBe('vpdkdd');
  });

  it('finds none for agencies the viewer does not act for, and staff act for their own agency only', () => {
    expect(participationActedFor(lead, [p('stc', ParticipantRole.LEAD)])).toBeNull();
    expect(participationActedFor(staff, [p('vpdkdd', ParticipantRole.LEAD)])).toBeNull();
    expect(participationActedFor(staff, [p('vpdkdd'), p('stnmt')])?.agencyId).toBe('stnmt');
  });
});
