import { Migration } from '@mikro-orm/migrations';

/**
 * An agency's inbox as one index walk: each participant row carries its request's
 * last_activity_at, kept equal by triggers (the application never writes it), indexed by
 * (agency, last_activity_at, request). Without it the inbox walks every request in activity order
 * and probes whether the agency takes part — 50 ÷ the agency's share of all requests per page.
 */
export class Migration20261128101136 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "request_participants" add column "last_activity_at" timestamptz null;`);
    this.addSql(`update "request_participants" p set "last_activity_at" = r."last_activity_at" from "requests" r where r."id" = p."request_id";`);
    this.addSql(`create index "request_participants_agency_id_last_activity_at_re_6dfd2_index" on "request_participants" ("agency_id", "last_activity_at", "request_id");`);
    this.addSql(`create function request_participants_copy_activity() returns trigger language plpgsql as $$
      begin
        new.last_activity_at := (select r.last_activity_at from requests r where r.id = new.request_id);
        return new;
      end $$;`);
    this.addSql(`create trigger request_participants_copy_activity before insert or update of request_id, last_activity_at on request_participants
      for each row execute function request_participants_copy_activity();`);
    this.addSql(`create function requests_share_activity() returns trigger language plpgsql as $$
      begin
        update request_participants set last_activity_at = new.last_activity_at where request_id = new.id;
        return null;
      end $$;`);
    this.addSql(`create trigger requests_share_activity after update of last_activity_at on requests
      for each row when (new.last_activity_at is distinct from old.last_activity_at) execute function requests_share_activity();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger requests_share_activity on requests;`);
    this.addSql(`drop function requests_share_activity();`);
    this.addSql(`drop trigger request_participants_copy_activity on request_participants;`);
    this.addSql(`drop function request_participants_copy_activity();`);
    this.addSql(`drop index "request_participants_agency_id_last_activity_at_re_6dfd2_index";`);
    this.addSql(`alter table "request_participants" drop column "last_activity_at";`);
  }

}
