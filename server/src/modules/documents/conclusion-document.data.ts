import type { EntityManager } from '@mikro-orm/postgresql';
import { sql, type SqlBool } from 'kysely';
import { db, runQuery } from '../../shared/typed-sql';
import type { Viewer } from '../../shared/viewer';
import { meetingVisible } from '../meetings';

interface Person {
  fullName: string;
  title: string;
}

/** Everything a published conclusion notice prints, as published: read in one statement. */
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

/**
 * A published meeting's notice; with `viewer`, only if the viewer may read the meeting
 * (`meetingVisible`). Reads through `em`, inside its transaction if it has one.
 */
export async function loadConclusionDocument(
  em: EntityManager,
  id: string,
  viewer: Viewer | null = null,
): Promise<ConclusionDocumentData | null> {
  let query = db
    .selectFrom('meetings as m')
    .innerJoin('users as c', 'c.id', 'm.chair_id')
    .innerJoin('users as pb', 'pb.id', 'm.published_by_id')
    .leftJoin('agencies as ra', 'ra.id', 'm.reviewed_agency_id')
    .select([
      'm.id',
      'm.title',
      sql<string>`m.conclusion_code`.as('code'),
      sql<string>`m.held_on::text`.as('held_on'),
      sql<string>`m.published_on::text`.as('published_on'),
      sql<Person>`json_build_object('fullName', c.full_name, 'title', c.title)`.as('chair'),
      sql<Person>`json_build_object('fullName', pb.full_name, 'title', pb.title)`.as('publisher'),
      sql<string | null>`ra.name`.as('reviewed_agency'),
      'm.attendees',
      sql<string[]>`coalesce((select array_agg(aa.name order by aa.code) from agencies aa
        where aa.id = any(m.attending_agency_ids)), '{}')`.as('attending_agencies'),
      'm.summary',
      'm.conclusion',
      sql<ConclusionDocumentData['directives']>`coalesce((select json_agg(json_build_object('content', d.content,
          'agency', da.name, 'dueDate', d.due_date,
          'supporting', coalesce((select json_agg(sa.name order by sa.code) from agencies sa
            where sa.id = any(d.supporting_agency_ids)), '[]'::json)) order by d.position)
        from meeting_directives d join agencies da on da.id = d.agency_id where d.meeting_id = m.id), '[]'::json)`.as(
        'directives',
      ),
    ])
    .where('m.id', '=', id)
    .where(sql<SqlBool>`m.status = 'PUBLISHED'`);
  if (viewer) query = query.where(meetingVisible(viewer));
  const [row] = await runQuery(em, query);
  return row
    ? {
        id: row.id,
        title: row.title,
        code: row.code,
        heldOn: row.held_on,
        publishedOn: row.published_on,
        chair: row.chair,
        publisher: row.publisher,
        reviewedAgency: row.reviewed_agency,
        attendees: row.attendees,
        attendingAgencies: row.attending_agencies,
        summary: row.summary,
        conclusion: row.conclusion,
        directives: row.directives,
      }
    : null;
}
