import { Entity, PrimaryKey } from '@mikro-orm/core';

/**
 * Reminders already sent, one per (request, kind, due date). The primary key makes sending
 * idempotent across server processes: whoever inserts the row sends the reminder. A new due date
 * (from a Committee directive) earns new reminders.
 */
@Entity({ tableName: 'request_reminders' })
export class RequestReminder {
  @PrimaryKey({ type: 'uuid' })
  requestId!: string;

  @PrimaryKey({ type: 'string', length: 16 })
  kind!: string;

  @PrimaryKey({ type: 'date' })
  dueDate!: string;
}
