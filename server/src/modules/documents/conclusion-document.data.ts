import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../shared/viewer';
import { findMeeting, findVisibleMeeting, MeetingStatus } from '../meetings';

interface Person {
  fullName: string;
  title: string;
}

/** Everything a published conclusion notice prints, as published. */
export interface ConclusionDocumentData {
  id: string;
  title: string;
  code: string;
  heldOn: string;
  publishedOn: string;
  chair: Person;
  publisher: Person;
  reviewedAgency: string | null;
  attendees: string;
  attendingAgencies: string[];
  summary: string;
  conclusion: string;
  directives: { content: string; agency: string; supporting: string[]; dueDate: string }[];
}

const person = ({ fullName, title }: Person): Person => ({ fullName, title });

/**
 * A published meeting's notice, from the meeting as the meetings module reads it (one statement);
 * with `viewer`, only if the viewer may read the meeting (`findVisibleMeeting`). Reads through `em`,
 * inside its transaction if it has one.
 */
export async function loadConclusionDocument(
  em: EntityManager,
  id: string,
  viewer: Viewer | null = null,
): Promise<ConclusionDocumentData | null> {
  const meeting = viewer ? await findVisibleMeeting(em, viewer, id) : await findMeeting(em, id);
  if (meeting?.status !== MeetingStatus.PUBLISHED) return null;
  const { conclusionCode: code, publishedOn, publishedBy } = meeting;
  // publishing sets all three; a notice without them has nothing to print as its number, date or signer
  if (code === null || publishedOn === null || publishedBy === null) return null;
  return {
    id: meeting.id,
    title: meeting.title,
    code,
    heldOn: meeting.heldOn,
    publishedOn,
    chair: person(meeting.chair),
    publisher: person(publishedBy),
    reviewedAgency: meeting.reviewedAgency?.name ?? null,
    attendees: meeting.attendees,
    attendingAgencies: meeting.attendingAgencies.map((a) => a.name),
    summary: meeting.summary,
    conclusion: meeting.conclusion,
    directives: meeting.directives.map((d) => ({
      content: d.content,
      agency: d.agency.name,
      supporting: d.supportingAgencies.map((a) => a.name),
      dueDate: d.dueDate,
    })),
  };
}
