// Issue 17: the weekly summary card's posts, one row per week, so each week's card goes out once
// across restarts and instances. Counts are not kept here (they are drawn when the card is posted);
// a row holds the week, its state, the lease and the posted message's ids — nobody's id or name.
import type { Kysely, Migration } from 'kysely';

export function weeklySummaryMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('weekly_summaries')
        // The week's due day, YYYY-MM-DD (Amsterdam).
        .addColumn('week', 'text', (col) => col.primaryKey())
        // 'sending' until the card is in the channel, then 'sent'.
        .addColumn('state', 'text', (col) => col.notNull())
        // 1 once a post was started: a retry first looks for it in the channel.
        .addColumn('post_started', 'integer', (col) => col.notNull())
        .addColumn('attempts', 'integer', (col) => col.notNull())
        // Until when an instance holds the week (ISO instant); also the next retry.
        .addColumn('lease_until', 'text', (col) => col.notNull())
        .addColumn('sent_at', 'text')
        .addColumn('conversation_id', 'text')
        .addColumn('activity_id', 'text')
        // A failure's code (e.g. "throttled"), never a message body.
        .addColumn('last_error', 'text')
        .execute();
    },
  };
}
