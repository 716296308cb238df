CREATE TABLE "lesson_progress" (
	"user_id" text NOT NULL,
	"lesson_id" text NOT NULL,
	"answered_correctly" boolean NOT NULL,
	"completed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lesson_progress_user_id_lesson_id_pk" PRIMARY KEY("user_id","lesson_id"),
	CONSTRAINT "lesson_progress_lesson_id_length" CHECK (char_length("lesson_progress"."lesson_id") between 1 and 60)
);
--> statement-breakpoint
ALTER TABLE "lesson_progress" ADD CONSTRAINT "lesson_progress_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Course progress is the member's data like their journal (migration 0002): a change bumps
-- users.data_version, so the cached dashboard body shows the next lesson at once.
CREATE TRIGGER "lesson_progress_bump_data_version" AFTER INSERT OR UPDATE OR DELETE ON "lesson_progress" FOR EACH ROW EXECUTE FUNCTION "bump_member_data_version"();
