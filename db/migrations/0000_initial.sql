CREATE TYPE "public"."assessment_outcome" AS ENUM('urgent', 'doctor_first', 'assessment_first', 'candidate');--> statement-breakpoint
CREATE TYPE "public"."comment_status" AS ENUM('pending', 'approved', 'rejected', 'spam');--> statement-breakpoint
CREATE TYPE "public"."enrollment_status" AS ENUM('active', 'ended');--> statement-breakpoint
CREATE TYPE "public"."intolerance_type" AS ENUM('flexion', 'extension', 'instability', 'load');--> statement-breakpoint
CREATE TYPE "public"."pain_category" AS ENUM('A', 'B', 'C', 'D');--> statement-breakpoint
CREATE TYPE "public"."result_type" AS ENUM('flexion', 'extension', 'instability', 'load', 'mixed', 'unclear');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('member', 'admin');--> statement-breakpoint
CREATE TABLE "accounts" (
	"user_id" text NOT NULL,
	"type" text NOT NULL,
	"provider" text NOT NULL,
	"provider_account_id" text NOT NULL,
	"refresh_token" text,
	"access_token" text,
	"expires_at" integer,
	"token_type" text,
	"scope" text,
	"id_token" text,
	"session_state" text,
	CONSTRAINT "accounts_provider_provider_account_id_pk" PRIMARY KEY("provider","provider_account_id")
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text,
	"quiz_version" smallint NOT NULL,
	"answers" jsonb NOT NULL,
	"outcome" "assessment_outcome" NOT NULL,
	"result_type" "result_type",
	"runner_up" "intolerance_type",
	"category" "pain_category",
	"worst_pain" smallint,
	"scores" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessments_worst_pain_range" CHECK ("assessments"."worst_pain" is null or "assessments"."worst_pain" between 0 and 10)
);
--> statement-breakpoint
CREATE TABLE "comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"article_slug" text NOT NULL,
	"user_id" text,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"body" text NOT NULL,
	"status" "comment_status" DEFAULT 'pending' NOT NULL,
	"ip_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"moderated_at" timestamp with time zone,
	CONSTRAINT "comments_name_length" CHECK (char_length("comments"."name") between 1 and 80),
	CONSTRAINT "comments_body_length" CHECK (char_length("comments"."body") between 1 and 4000)
);
--> statement-breakpoint
CREATE TABLE "email_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"text_body" text NOT NULL,
	"kind" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "exercise_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"performed_on" date NOT NULL,
	"phase" smallint NOT NULL,
	"exercise_ids" jsonb NOT NULL,
	"effort" smallint NOT NULL,
	"pain_before" smallint NOT NULL,
	"pain_after" smallint NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exercise_sessions_phase_range" CHECK ("exercise_sessions"."phase" between 1 and 3),
	CONSTRAINT "exercise_sessions_effort_range" CHECK ("exercise_sessions"."effort" between 1 and 10),
	CONSTRAINT "exercise_sessions_pain_before_range" CHECK ("exercise_sessions"."pain_before" between 0 and 10),
	CONSTRAINT "exercise_sessions_pain_after_range" CHECK ("exercise_sessions"."pain_after" between 0 and 10),
	CONSTRAINT "exercise_sessions_notes_length" CHECK (char_length("exercise_sessions"."notes") <= 2000)
);
--> statement-breakpoint
CREATE TABLE "journal_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"entry_date" date NOT NULL,
	"pain" smallint NOT NULL,
	"worst_pain" smallint NOT NULL,
	"sleep_hours" numeric(3, 1),
	"sleep_quality" smallint,
	"stress" smallint,
	"mood" smallint,
	"active_minutes" smallint,
	"activities" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"food" text,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "journal_entries_pain_range" CHECK ("journal_entries"."pain" between 0 and 10),
	CONSTRAINT "journal_entries_worst_pain_range" CHECK ("journal_entries"."worst_pain" between 0 and 10),
	CONSTRAINT "journal_entries_sleep_range" CHECK ("journal_entries"."sleep_hours" between 0 and 24),
	CONSTRAINT "journal_entries_sleep_quality_range" CHECK ("journal_entries"."sleep_quality" between 1 and 5),
	CONSTRAINT "journal_entries_stress_range" CHECK ("journal_entries"."stress" between 0 and 10),
	CONSTRAINT "journal_entries_mood_range" CHECK ("journal_entries"."mood" between 1 and 5),
	CONSTRAINT "journal_entries_active_minutes_range" CHECK ("journal_entries"."active_minutes" between 0 and 1440),
	CONSTRAINT "journal_entries_food_length" CHECK (char_length("journal_entries"."food") <= 500),
	CONSTRAINT "journal_entries_notes_length" CHECK (char_length("journal_entries"."notes") <= 2000)
);
--> statement-breakpoint
CREATE TABLE "password_reset_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "password_reset_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "program_enrollments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"assessment_id" uuid,
	"plan_type" "result_type" NOT NULL,
	"phase" smallint DEFAULT 1 NOT NULL,
	"phase_started_on" date NOT NULL,
	"status" "enrollment_status" DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "program_enrollments_phase_range" CHECK ("program_enrollments"."phase" between 1 and 3)
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" varchar(255) PRIMARY KEY NOT NULL,
	"points" integer DEFAULT 0 NOT NULL,
	"expire" bigint
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text,
	"email" text NOT NULL,
	"email_verified" timestamp with time zone,
	"image" text,
	"password_hash" text,
	"role" "user_role" DEFAULT 'member' NOT NULL,
	"session_version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_name_length" CHECK ("users"."name" is null or char_length("users"."name") <= 100)
);
--> statement-breakpoint
CREATE TABLE "verification_tokens" (
	"identifier" text NOT NULL,
	"token" text NOT NULL,
	"expires" timestamp with time zone NOT NULL,
	CONSTRAINT "verification_tokens_identifier_token_pk" PRIMARY KEY("identifier","token")
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_sessions" ADD CONSTRAINT "exercise_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_sessions" ADD CONSTRAINT "exercise_sessions_enrollment_id_program_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "public"."program_enrollments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_entries" ADD CONSTRAINT "journal_entries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "password_reset_tokens" ADD CONSTRAINT "password_reset_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_enrollments" ADD CONSTRAINT "program_enrollments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_enrollments" ADD CONSTRAINT "program_enrollments_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "accounts_user_idx" ON "accounts" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "assessments_user_created_idx" ON "assessments" USING btree ("user_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "comments_article_status_idx" ON "comments" USING btree ("article_slug","status","created_at");--> statement-breakpoint
CREATE INDEX "comments_status_created_idx" ON "comments" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "email_outbox_unsent_idx" ON "email_outbox" USING btree ("created_at") WHERE "email_outbox"."sent_at" is null;--> statement-breakpoint
CREATE INDEX "exercise_sessions_user_date_idx" ON "exercise_sessions" USING btree ("user_id","performed_on" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "journal_entries_user_date_idx" ON "journal_entries" USING btree ("user_id","entry_date");--> statement-breakpoint
CREATE INDEX "password_reset_tokens_user_idx" ON "password_reset_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "program_enrollments_one_active_idx" ON "program_enrollments" USING btree ("user_id") WHERE "program_enrollments"."status" = 'active';--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_lower_idx" ON "users" USING btree (lower("email"));