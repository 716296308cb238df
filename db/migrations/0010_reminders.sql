CREATE TYPE "public"."reminder_kind" AS ENUM('session_nudge', 'session_follow_up', 'journal_nudge', 'weekly_digest', 'milestone');--> statement-breakpoint
CREATE TABLE "reminder_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"kind" "reminder_kind" NOT NULL,
	"local_day" date NOT NULL,
	"outbox_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reminder_plans" (
	"user_id" text PRIMARY KEY NOT NULL,
	"enabled" boolean DEFAULT false NOT NULL,
	"session_days" smallint[] NOT NULL,
	"window_start" smallint NOT NULL,
	"window_end" smallint NOT NULL,
	"time_zone" text NOT NULL,
	"quiet_start" smallint NOT NULL,
	"quiet_end" smallint NOT NULL,
	"send_session" boolean DEFAULT true NOT NULL,
	"send_journal" boolean DEFAULT true NOT NULL,
	"send_digest" boolean DEFAULT true NOT NULL,
	"send_milestone" boolean DEFAULT true NOT NULL,
	"unsubscribed_at" timestamp with time zone,
	"calendar_token_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reminder_plans_calendar_token_hash_unique" UNIQUE("calendar_token_hash"),
	CONSTRAINT "reminder_plans_window" CHECK (0 <= "reminder_plans"."window_start" and "reminder_plans"."window_start" < "reminder_plans"."window_end" and "reminder_plans"."window_end" < 1440),
	CONSTRAINT "reminder_plans_quiet" CHECK ("reminder_plans"."quiet_start" between 0 and 1439 and "reminder_plans"."quiet_end" between 0 and 1439),
	CONSTRAINT "reminder_plans_time_zone_length" CHECK (char_length("reminder_plans"."time_zone") between 1 and 64)
);
--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "html_body" text;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "headers" jsonb;--> statement-breakpoint
ALTER TABLE "reminder_messages" ADD CONSTRAINT "reminder_messages_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminder_messages" ADD CONSTRAINT "reminder_messages_outbox_id_email_outbox_id_fk" FOREIGN KEY ("outbox_id") REFERENCES "public"."email_outbox"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminder_plans" ADD CONSTRAINT "reminder_plans_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "reminder_messages_user_kind_day_idx" ON "reminder_messages" USING btree ("user_id","kind","local_day");--> statement-breakpoint
CREATE UNIQUE INDEX "reminder_messages_one_milestone_idx" ON "reminder_messages" USING btree ("user_id") WHERE "reminder_messages"."kind" = 'milestone';--> statement-breakpoint
CREATE INDEX "reminder_messages_user_created_idx" ON "reminder_messages" USING btree ("user_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "reminder_plans_enabled_idx" ON "reminder_plans" USING btree ("user_id") WHERE "reminder_plans"."enabled" and "reminder_plans"."unsubscribed_at" is null;