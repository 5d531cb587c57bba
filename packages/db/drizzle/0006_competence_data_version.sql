-- A version number for the data gap analysis reads, bumped in the same transaction as any write
-- to it, so the API can cache gap aggregates and know exactly when they are stale (decision
-- 0019). A transactional counter: a reader sees the new number only once the write is committed.
CREATE TABLE "data_versions" (
	"name" text PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
INSERT INTO "data_versions" ("name", "version") VALUES ('competence', 0);
--> statement-breakpoint
CREATE FUNCTION "bump_competence_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "data_versions" SET "version" = "version" + 1 WHERE "name" = 'competence';
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "employees_competence_version" AFTER INSERT OR UPDATE OR DELETE ON "employees" FOR EACH STATEMENT EXECUTE FUNCTION "bump_competence_version"();
--> statement-breakpoint
CREATE TRIGGER "companies_competence_version" AFTER INSERT OR UPDATE OR DELETE ON "companies" FOR EACH STATEMENT EXECUTE FUNCTION "bump_competence_version"();
--> statement-breakpoint
CREATE TRIGGER "job_roles_competence_version" AFTER INSERT OR UPDATE OR DELETE ON "job_roles" FOR EACH STATEMENT EXECUTE FUNCTION "bump_competence_version"();
--> statement-breakpoint
CREATE TRIGGER "employee_roles_competence_version" AFTER INSERT OR UPDATE OR DELETE ON "employee_roles" FOR EACH STATEMENT EXECUTE FUNCTION "bump_competence_version"();
--> statement-breakpoint
CREATE TRIGGER "role_requirements_competence_version" AFTER INSERT OR UPDATE OR DELETE ON "role_requirements" FOR EACH STATEMENT EXECUTE FUNCTION "bump_competence_version"();
--> statement-breakpoint
CREATE TRIGGER "competences_competence_version" AFTER INSERT OR UPDATE OR DELETE ON "competences" FOR EACH STATEMENT EXECUTE FUNCTION "bump_competence_version"();
--> statement-breakpoint
CREATE TRIGGER "assessments_competence_version" AFTER INSERT ON "assessments" FOR EACH STATEMENT EXECUTE FUNCTION "bump_competence_version"();
