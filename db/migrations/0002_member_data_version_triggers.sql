-- Every change to a member's own rows bumps users.data_version, the key under
-- which their dashboard rendering is cached (decision record 0009). Done in
-- the database so that no write path (server actions, account deletion,
-- claiming a guest quiz result, the seed, a psql session) can forget it.
CREATE FUNCTION "bump_member_data_version"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.user_id IS NOT NULL THEN
    UPDATE users SET data_version = data_version + 1 WHERE id = OLD.user_id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.user_id IS NOT NULL
     AND (TG_OP = 'INSERT' OR NEW.user_id IS DISTINCT FROM OLD.user_id) THEN
    UPDATE users SET data_version = data_version + 1 WHERE id = NEW.user_id;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "journal_entries_bump_data_version" AFTER INSERT OR UPDATE OR DELETE ON "journal_entries" FOR EACH ROW EXECUTE FUNCTION "bump_member_data_version"();
--> statement-breakpoint
CREATE TRIGGER "exercise_sessions_bump_data_version" AFTER INSERT OR UPDATE OR DELETE ON "exercise_sessions" FOR EACH ROW EXECUTE FUNCTION "bump_member_data_version"();
--> statement-breakpoint
CREATE TRIGGER "program_enrollments_bump_data_version" AFTER INSERT OR UPDATE OR DELETE ON "program_enrollments" FOR EACH ROW EXECUTE FUNCTION "bump_member_data_version"();
--> statement-breakpoint
CREATE TRIGGER "assessments_bump_data_version" AFTER INSERT OR UPDATE OR DELETE ON "assessments" FOR EACH ROW EXECUTE FUNCTION "bump_member_data_version"();
