CREATE TABLE "visit_pack_notes" (
	"user_id" text PRIMARY KEY NOT NULL,
	"what_changed" text,
	"main_concern" text,
	"questions" text,
	"range_days" smallint,
	"range_from" date,
	"range_to" date,
	"sections" text[],
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "visit_pack_notes_what_changed_length" CHECK (char_length("visit_pack_notes"."what_changed") <= 1000),
	CONSTRAINT "visit_pack_notes_main_concern_length" CHECK (char_length("visit_pack_notes"."main_concern") <= 500),
	CONSTRAINT "visit_pack_notes_questions_length" CHECK (char_length("visit_pack_notes"."questions") <= 1000),
	CONSTRAINT "visit_pack_notes_range_days" CHECK ("visit_pack_notes"."range_days" between 1 and 366)
);
--> statement-breakpoint
ALTER TABLE "visit_pack_notes" ADD CONSTRAINT "visit_pack_notes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- The pack's notes are the member's data like their check-ins (migration 0008): a change bumps
-- users.data_version, so nothing cached under the old version is shown.
CREATE TRIGGER "visit_pack_notes_bump_data_version" AFTER INSERT OR UPDATE OR DELETE ON "visit_pack_notes" FOR EACH ROW EXECUTE FUNCTION "bump_member_data_version"();
