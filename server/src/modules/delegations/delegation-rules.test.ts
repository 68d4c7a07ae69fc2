import { DomainError } from '../../shared/errors';
import {
  DelegationForm,
  delegationsInForce,
  holdsPower,
  Power,
  powersOf,
  type HeldDelegation,
} from '../../shared/powers';
import { Role, type Viewer } from '../../shared/viewer';
import {
  checkGrant,
  daysIncluded,
  delegationStatus,
  formFor,
  formTextFor,
  MAX_DELEGATION_DAYS,
} from './delegation-rules';

const viewer = (role: Role, inCommittee = false, delegations?: HeldDelegation[]): Viewer => ({
  userId: 'u1',
  agencyId: 'a1',
  sessionId: 's1',
  role,
  inCommittee,
  delegations,
});

const held = (powers: Power[], startsOn: string, endsOn: string): HeldDelegation => ({
  id: 'd1',
  grantor: { id: 'g1', fullName: 'Trần B', title: 'Giám đốc Sở' },
  powers,
  form: DelegationForm.TL,
  formText: 'TL. GIÁM ĐỐC / CHUYÊN VIÊN',
  startsOn,
  endsOn,
});

describe('delegation rules', () => {
  it('derives the form from the delegate role and prints the signature line', () => {
    expect(formFor(Role.LEAD)).toBe(DelegationForm.KT);
    expect(formFor(Role.STAFF)).toBe(DelegationForm.TL);
    expect(formTextFor(DelegationForm.KT, 'Giám đốc Sở Tài chính', 'Phó Giám đốc Sở Tài chính')).toBe(
      'KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC',
    );
    // a vice-chair grantor acts for the chair already: the head named is the chair
    expect(formTextFor(DelegationForm.TL, 'Phó Chủ tịch UBND tỉnh', 'Chánh Văn phòng UBND tỉnh')).toBe(
      'TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG',
    );
    expect(formTextFor(DelegationForm.TL, 'Thủ trưởng', 'Cán bộ')).toBe('TL. THỦ TRƯỞNG / CÁN BỘ');
  });

  it('says where a delegation stands on a day: revoked wins, then its days', () => {
    const d = { startsOn: '2026-03-02', endsOn: '2026-03-04', revokedAt: null };
    expect(delegationStatus(d, '2026-03-01')).toBe('UPCOMING');
    expect(delegationStatus(d, '2026-03-02')).toBe('ACTIVE');
    expect(delegationStatus(d, '2026-03-04')).toBe('ACTIVE');
    expect(delegationStatus(d, '2026-03-05')).toBe('ENDED');
    expect(delegationStatus({ ...d, revokedAt: new Date() }, '2026-03-03')).toBe('REVOKED');
    expect(daysIncluded('2026-03-02', '2026-03-04')).toBe(3);
  });

  it('holds a power by role or by a delegation in force, never by one out of its days', () => {
    expect(holdsPower(viewer(Role.LEAD), Power.APPRAISE)).toBe(true);
    expect(holdsPower(viewer(Role.LEAD), Power.DECIDE)).toBe(false);
    expect(holdsPower(viewer(Role.LEAD, true), Power.DECIDE)).toBe(true);
    expect(holdsPower(viewer(Role.STAFF), Power.APPRAISE)).toBe(false);
    const all = [held([Power.APPRAISE], '2026-03-02', '2026-03-04')];
    expect(delegationsInForce(all, '2026-03-01')).toEqual([]);
    expect(delegationsInForce(all, '2026-03-03')).toEqual(all);
    expect(delegationsInForce(all, '2026-03-05')).toEqual([]);
    expect([...powersOf(viewer(Role.STAFF, false, all))]).toEqual([Power.APPRAISE]);
  });

  it('lists every broken rule of a grant at once', () => {
    const facts = {
      grantor: viewer(Role.LEAD),
      delegate: { id: 'u2', agencyId: 'a1', active: true },
      powers: [Power.APPRAISE],
      startsOn: '2026-03-02',
      endsOn: '2026-03-04',
      today: '2026-03-02',
    };
    expect(() => checkGrant(facts)).not.toThrow();
    const fieldsOf = (f: Partial<typeof facts>) => {
      try {
        checkGrant({ ...facts, ...f });
      } catch (error) {
        return (error as DomainError).fields.map((p) => `${p.field}:${p.code}:${p.messageKey}`);
      }
      return [];
    };
    expect(fieldsOf({ powers: [Power.DECIDE], delegate: { id: 'u1', agencyId: 'a1', active: true } })).toEqual([
      'powers:NOT_ALLOWED:delegation.powerNotHeld',
      'delegateId:NOT_ALLOWED:delegation.selfDelegation',
    ]);
    expect(fieldsOf({ startsOn: '2026-03-01', endsOn: '2026-02-28' })).toEqual([
      'startsOn:NOT_ALLOWED:delegation.startInPast',
      'endsOn:NOT_ALLOWED:delegation.endBeforeStart',
    ]);
    expect(fieldsOf({ endsOn: '2026-05-30' })).toEqual([]); // the 90th day
    expect(MAX_DELEGATION_DAYS).toBe(90);
    expect(fieldsOf({ endsOn: '2026-05-31' })).toEqual(['endsOn:TOO_LONG:delegation.tooLong']);
    expect(fieldsOf({ startsOn: '2026-02-30' })).toEqual(['startsOn:INVALID_FORMAT:field.invalidFormat']);
  });
});
