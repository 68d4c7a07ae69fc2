import { fieldError, invalidInput, type FieldError } from '../../shared/errors';
import { isCalendarDate } from '../../shared/clock';
import { message } from '../../shared/messages';
import { DelegationForm, holdsOwnPower, Power } from '../../shared/powers';
import { Role, type Viewer } from '../../shared/viewer';

/** The longest delegation, in province days (both ends included): an absence, not a standing transfer. */
export const MAX_DELEGATION_DAYS = 90;

export enum DelegationStatus {
  /** Given, and its first day has not come yet. */
  UPCOMING = 'UPCOMING',
  ACTIVE = 'ACTIVE',
  /** Its last day has passed: it ended by itself. */
  ENDED = 'ENDED',
  REVOKED = 'REVOKED',
}

/** Where a delegation stands on `today` (YYYY-MM-DD, by the service's clock). */
export function delegationStatus(
  d: { startsOn: string; endsOn: string; revokedAt: Date | string | null },
  today: string,
): DelegationStatus {
  if (d.revokedAt) return DelegationStatus.REVOKED;
  if (today > d.endsOn) return DelegationStatus.ENDED;
  return today < d.startsOn ? DelegationStatus.UPCOMING : DelegationStatus.ACTIVE;
}

/** A deputy who leads signs KT. (ký thay) for the head; an official who does not, TL. (thừa lệnh). */
export const formFor = (delegateRole: Role): DelegationForm =>
  delegateRole === Role.LEAD ? DelegationForm.KT : DelegationForm.TL;

const POSITION =
  /^(phó\s+)?(chủ tịch|giám đốc|chánh văn phòng|chánh thanh tra|trưởng phòng|trưởng ban|cục trưởng|chi cục trưởng|chuyên viên|lãnh đạo)/i;

/** The position in a title ("Phó Giám đốc Sở Tài chính" → "Phó Giám đốc"); the whole title when unknown. */
function positionOf(title: string): string {
  return POSITION.exec(title.trim())?.[0] ?? title.trim();
}

/**
 * The signature block's first line: the form and the head's position, then the delegate's
 * position — "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", "TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG". A deputy grantor
 * (a vice-chair) acts for the head already, so the head's position is named without "Phó".
 */
export function formTextFor(form: DelegationForm, grantorTitle: string, delegateTitle: string): string {
  const head = positionOf(grantorTitle).replace(/^phó\s+/i, '');
  const upper = (text: string) => text.toLocaleUpperCase('vi');
  return `${form}. ${upper(head)} / ${upper(positionOf(delegateTitle))}`;
}

/** Days from `from` to `to` (YYYY-MM-DD), both counted. */
export const daysIncluded = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;

export interface GrantFacts {
  grantor: Viewer;
  /** The delegate as found (null: no such user). */
  delegate: { id: string; agencyId: string; active: boolean } | null;
  powers: readonly Power[];
  startsOn: string;
  endsOn: string;
  /** The province day by the service's clock. */
  today: string;
}

/** Every rule of giving a delegation; throws BAD_USER_INPUT naming each field that breaks one. */
export function checkGrant(facts: GrantFacts): void {
  const problems: FieldError[] = [];
  const { grantor, delegate, powers, startsOn, endsOn, today } = facts;
  if (powers.length === 0) problems.push(fieldError('powers', 'REQUIRED', message('delegation.noPowers')));
  // only powers of the grantor's own role: a delegate cannot pass a delegation on
  for (const power of powers.filter((p) => !holdsOwnPower(grantor, p))) {
    problems.push(fieldError('powers', 'NOT_ALLOWED', message('delegation.powerNotHeld', { power })));
  }
  if (!delegate) problems.push(fieldError('delegateId', 'NOT_FOUND', message('error.notFound', { what: 'user' })));
  else if (delegate.id === grantor.userId)
    problems.push(fieldError('delegateId', 'NOT_ALLOWED', message('delegation.selfDelegation')));
  else if (delegate.agencyId !== grantor.agencyId)
    problems.push(fieldError('delegateId', 'NOT_ALLOWED', message('delegation.delegateOtherAgency')));
  else if (!delegate.active)
    problems.push(fieldError('delegateId', 'NOT_ALLOWED', message('delegation.delegateInactive')));
  const datesValid = isCalendarDate(startsOn) && isCalendarDate(endsOn);
  if (!isCalendarDate(startsOn))
    problems.push(fieldError('startsOn', 'INVALID_FORMAT', message('field.invalidFormat')));
  else if (startsOn < today) problems.push(fieldError('startsOn', 'NOT_ALLOWED', message('delegation.startInPast')));
  if (!isCalendarDate(endsOn)) problems.push(fieldError('endsOn', 'INVALID_FORMAT', message('field.invalidFormat')));
  else if (datesValid && endsOn < startsOn)
    problems.push(fieldError('endsOn', 'NOT_ALLOWED', message('delegation.endBeforeStart')));
  else if (datesValid && daysIncluded(startsOn, endsOn) > MAX_DELEGATION_DAYS)
    problems.push(fieldError('endsOn', 'TOO_LONG', message('delegation.tooLong', { max: MAX_DELEGATION_DAYS })));
  if (problems.length > 0) throw invalidInput(problems);
}
