-- Version numbers for the data course demand reads beyond the competence data (decision 0022):
-- 'catalogue' for courses, their competences and occasions (provider edits: rare), and one
-- 'enrolments:<county>' per county of the enrolled person's firm, because enrolments are the
-- hot write path and a single row would queue every enrolment in the programme behind it.
-- Like 'competence' (0006) they are bumped inside the writing transaction, so a reader sees a
-- new number only once the write is committed. A county's row is made by its first enrolment
-- write; until then its version reads as 0, which is right since nothing has changed.
INSERT INTO "data_versions" ("name", "version") VALUES ('catalogue', 0);
--> statement-breakpoint
CREATE FUNCTION "bump_catalogue_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "data_versions" SET "version" = "version" + 1 WHERE "name" = 'catalogue';
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "courses_catalogue_version" AFTER INSERT OR UPDATE OR DELETE ON "courses" FOR EACH STATEMENT EXECUTE FUNCTION "bump_catalogue_version"();
--> statement-breakpoint
CREATE TRIGGER "course_competences_catalogue_version" AFTER INSERT OR UPDATE OR DELETE ON "course_competences" FOR EACH STATEMENT EXECUTE FUNCTION "bump_catalogue_version"();
--> statement-breakpoint
CREATE TRIGGER "occasions_catalogue_version" AFTER INSERT OR UPDATE OR DELETE ON "occasions" FOR EACH STATEMENT EXECUTE FUNCTION "bump_catalogue_version"();
--> statement-breakpoint
-- The counties of the people whose enrolments changed, in name order so that two transactions
-- touching the same counties lock their rows in the same order (no deadlock).
CREATE FUNCTION "bump_enrolment_versions"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "data_versions" AS v ("name", "version")
  SELECT DISTINCT 'enrolments:' || c."region_code", 1
  FROM "changed_enrolments" ce
  JOIN "employees" e ON e."id" = ce."employee_id"
  JOIN "companies" c ON c."id" = e."company_id"
  ORDER BY 1
  ON CONFLICT ("name") DO UPDATE SET "version" = v."version" + 1;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "enrolments_inserted_version" AFTER INSERT ON "enrolments"
  REFERENCING NEW TABLE AS "changed_enrolments" FOR EACH STATEMENT EXECUTE FUNCTION "bump_enrolment_versions"();
--> statement-breakpoint
CREATE TRIGGER "enrolments_updated_version" AFTER UPDATE ON "enrolments"
  REFERENCING NEW TABLE AS "changed_enrolments" FOR EACH STATEMENT EXECUTE FUNCTION "bump_enrolment_versions"();
--> statement-breakpoint
CREATE TRIGGER "enrolments_deleted_version" AFTER DELETE ON "enrolments"
  REFERENCING OLD TABLE AS "changed_enrolments" FOR EACH STATEMENT EXECUTE FUNCTION "bump_enrolment_versions"();
