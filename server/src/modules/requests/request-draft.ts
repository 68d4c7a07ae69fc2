import type { EntityManager } from '@mikro-orm/postgresql';
import { isCalendarDate, provinceDate, provinceYear } from '../../shared/clock';
import { isId } from '../../shared/ids';
import { message } from '../../shared/messages';
import { foldForSearch } from '../../shared/search';
import { InputChecker } from '../../shared/validation';
import type { Viewer } from '../../shared/viewer';
import { Agency } from '../agencies';
import { nextNumber } from '../numbering';
import { ParticipantRole } from './request-enums';
import type * as Inputs from './request.inputs';
import { RequestParticipant } from './request-participant.entity';
import { ParticipantState } from './request-status';
import type { CoordinationRequest, RequestContent } from './request.entity';

const MAX_SUPPORTING_AGENCIES = 30;

export interface CheckedDraft {
  content: RequestContent;
  lead: Agency;
  supporting: Agency[];
}

/** Validates a draft's content and addressees in one pass, reporting every bad field. */
export async function checkRequestDraft(
  em: EntityManager,
  viewer: Viewer,
  input: Inputs.RequestDraftInput,
  now: Date,
): Promise<CheckedDraft> {
  const check = new InputChecker();
  const title = check.text('title', input.title, { required: true, min: 5, max: 300 });
  const body = check.text('body', input.body, { required: true, max: 20_000 });
  if (!isCalendarDate(input.dueDate ?? '')) check.add('dueDate', 'INVALID_FORMAT', message('field.dateInvalid'));
  else if (input.dueDate < provinceDate(now)) check.add('dueDate', 'INVALID_FORMAT', message('request.dueDatePast'));

  const supportingIds = [...new Set(input.supportingAgencyIds ?? [])];
  const ids = [input.leadAgencyId, ...supportingIds].filter(isId);
  const agencies = new Map((await em.find(Agency, { id: { $in: ids } })).map((a) => [a.id, a]));
  const lead = agencies.get(input.leadAgencyId) ?? null;
  if (!lead) check.add('leadAgencyId', 'NOT_FOUND', message('request.chooseLead'));
  else if (lead.id === viewer.agencyId) check.add('leadAgencyId', 'NOT_ALLOWED', message('request.leadIsOwnAgency'));
  if (supportingIds.length > MAX_SUPPORTING_AGENCIES)
    check.add(
      'supportingAgencyIds',
      'TOO_LONG',
      message('field.tooManySupportingAgencies', { max: MAX_SUPPORTING_AGENCIES }),
    );
  const supporting: Agency[] = [];
  for (const id of supportingIds) {
    const agency = agencies.get(id);
    if (!agency) check.add('supportingAgencyIds', 'NOT_FOUND', message('request.supportingNotFound'));
    else if (agency.id === viewer.agencyId || agency.id === lead?.id) {
      check.add('supportingAgencyIds', 'NOT_ALLOWED', message('request.supportingNotDistinct'));
    } else supporting.push(agency);
  }
  check.assertValid();
  const content: RequestContent = {
    title,
    body,
    domain: input.domain,
    priority: input.priority,
    dueDate: input.dueDate,
  };
  return { content, lead: lead!, supporting };
}

/** Makes the participants exactly: `lead` as LEAD, `supporting` as SUPPORT (drafts only). */
export function setParticipants(request: CoordinationRequest, lead: Agency, supporting: Agency[]): void {
  const wanted = new Map<string, { agency: Agency; role: ParticipantRole }>([
    [lead.id, { agency: lead, role: ParticipantRole.LEAD }],
    ...supporting.map((agency) => [agency.id, { agency, role: ParticipantRole.SUPPORT }] as const),
  ]);
  for (const p of request.participants.getItems()) {
    const keep = wanted.get(p.agency.id);
    if (!keep) request.participants.remove(p);
    else {
      p.role = keep.role;
      wanted.delete(p.agency.id);
    }
  }
  for (const { agency, role } of wanted.values())
    request.participants.add(new RequestParticipant(request, agency, role));
}

/** The Committee's directive names a new lead: the old lead stays on as a supporting agency. */
export function changeLead(request: CoordinationRequest, newLead: Agency): void {
  for (const p of request.participants) if (p.role === ParticipantRole.LEAD) p.role = ParticipantRole.SUPPORT;
  const existing = request.participants.getItems().find((p) => p.agency.id === newLead.id);
  if (existing) {
    existing.role = ParticipantRole.LEAD;
    if (existing.state === ParticipantState.DECLINED) existing.state = ParticipantState.PENDING;
  } else {
    request.participants.add(new RequestParticipant(request, newLead, ParticipantRole.LEAD));
  }
  request.leadAgency = newLead;
}

/** PH-YYYY-NNNN from the year's gapless counter, when the request is sent. */
export async function giveRequestCode(tx: EntityManager, request: CoordinationRequest, now: Date): Promise<void> {
  const year = provinceYear(now);
  request.code = `PH-${year}-${String(await nextNumber(tx, 'REQUEST', year)).padStart(4, '0')}`;
  request.searchText = foldForSearch(`${request.code} ${request.title} ${request.body}`);
}

/** Optional free text up to `max` characters; empty is none. */
export function optionalText(field: string, value: string | null | undefined, max: number): string | undefined {
  const check = new InputChecker();
  const text = check.text(field, value, { max });
  check.assertValid();
  return text || undefined;
}
