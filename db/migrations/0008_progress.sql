CREATE TABLE "activity_ratings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"activity_id" uuid NOT NULL,
	"rated_on" date NOT NULL,
	"rating" smallint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activity_ratings_rating_range" CHECK ("activity_ratings"."rating" between 0 and 10)
);
--> statement-breakpoint
CREATE TABLE "progress_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"name" text NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "progress_activities_name_length" CHECK (char_length("progress_activities"."name") between 1 and 80)
);
--> statement-breakpoint
CREATE TABLE "weekly_check_ins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"week_start" date NOT NULL,
	"checked_on" date NOT NULL,
	"pain" smallint NOT NULL,
	"enjoyment" smallint NOT NULL,
	"activity" smallint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "weekly_check_ins_pain_range" CHECK ("weekly_check_ins"."pain" between 0 and 10),
	CONSTRAINT "weekly_check_ins_enjoyment_range" CHECK ("weekly_check_ins"."enjoyment" between 0 and 10),
	CONSTRAINT "weekly_check_ins_activity_range" CHECK ("weekly_check_ins"."activity" between 0 and 10)
);
--> statement-breakpoint
ALTER TABLE "activity_ratings" ADD CONSTRAINT "activity_ratings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_ratings" ADD CONSTRAINT "activity_ratings_activity_id_progress_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."progress_activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_activities" ADD CONSTRAINT "progress_activities_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "weekly_check_ins" ADD CONSTRAINT "weekly_check_ins_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "activity_ratings_activity_day_idx" ON "activity_ratings" USING btree ("activity_id","rated_on");--> statement-breakpoint
CREATE INDEX "activity_ratings_user_idx" ON "activity_ratings" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "progress_activities_user_idx" ON "progress_activities" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "weekly_check_ins_user_week_idx" ON "weekly_check_ins" USING btree ("user_id","week_start");
--> statement-breakpoint
-- Progress rows bump the member's data version like the journal's do (migration 0002).
CREATE TRIGGER "weekly_check_ins_bump_data_version" AFTER INSERT OR UPDATE OR DELETE ON "weekly_check_ins" FOR EACH ROW EXECUTE FUNCTION "bump_member_data_version"();
--> statement-breakpoint
CREATE TRIGGER "progress_activities_bump_data_version" AFTER INSERT OR UPDATE OR DELETE ON "progress_activities" FOR EACH ROW EXECUTE FUNCTION "bump_member_data_version"();
--> statement-breakpoint
CREATE TRIGGER "activity_ratings_bump_data_version" AFTER INSERT OR UPDATE OR DELETE ON "activity_ratings" FOR EACH ROW EXECUTE FUNCTION "bump_member_data_version"();
