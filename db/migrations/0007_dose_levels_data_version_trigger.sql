-- A member's dose levels are their data like their sessions (migration 0002): any change to
-- them bumps users.data_version, so a rendering cached under the old version is never shown.
CREATE TRIGGER "exercise_dose_levels_bump_data_version" AFTER INSERT OR UPDATE OR DELETE ON "exercise_dose_levels" FOR EACH ROW EXECUTE FUNCTION "bump_member_data_version"();
