CREATE TABLE "exercise_dose_levels" (
	"user_id" text NOT NULL,
	"exercise_id" text NOT NULL,
	"phase" smallint NOT NULL,
	"level" smallint DEFAULT 0 NOT NULL,
	"easy_streak" smallint DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exercise_dose_levels_user_id_exercise_id_pk" PRIMARY KEY("user_id","exercise_id"),
	CONSTRAINT "exercise_dose_levels_phase_range" CHECK ("exercise_dose_levels"."phase" between 1 and 3),
	CONSTRAINT "exercise_dose_levels_level_range" CHECK ("exercise_dose_levels"."level" between -20 and 20),
	CONSTRAINT "exercise_dose_levels_easy_streak_range" CHECK ("exercise_dose_levels"."easy_streak" between 0 and 10)
);
--> statement-breakpoint
ALTER TABLE "exercise_sessions" ADD COLUMN "client_key" uuid;--> statement-breakpoint
ALTER TABLE "exercise_sessions" ADD COLUMN "ratings" jsonb;--> statement-breakpoint
ALTER TABLE "exercise_dose_levels" ADD CONSTRAINT "exercise_dose_levels_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "exercise_sessions_user_client_key_idx" ON "exercise_sessions" USING btree ("user_id","client_key");