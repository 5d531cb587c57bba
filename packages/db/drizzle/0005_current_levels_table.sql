-- current_levels was a view: DISTINCT ON over every assessment. A join to it cannot be pushed
-- into the DISTINCT ON, so each gap query sorted the whole assessments table (seconds at
-- 4 million rows). It becomes a table with the same columns, kept by a statement-level trigger
-- in the same transaction as the assessments it follows: never stale, one set-based upsert per
-- INSERT or COPY. The rule is the view's: the latest manager assessment, else the latest self.
DROP VIEW "current_levels";
--> statement-breakpoint
CREATE TABLE "current_levels" (
	"employee_id" uuid NOT NULL,
	"competence_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"level" integer NOT NULL,
	"source" "assessment_source" NOT NULL,
	"assessed_on" date NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "current_levels_pk" PRIMARY KEY ("employee_id", "competence_id")
);
--> statement-breakpoint
CREATE INDEX "current_levels_competence_idx" ON "current_levels" USING btree ("competence_id", "level");
--> statement-breakpoint
INSERT INTO "current_levels"
SELECT DISTINCT ON ("employee_id", "competence_id")
  "employee_id", "competence_id", "company_id", "level", "source", "assessed_on", "created_at"
FROM "assessments"
ORDER BY "employee_id", "competence_id", ("source" = 'MANAGER') DESC, "assessed_on" DESC, "created_at" DESC;
--> statement-breakpoint
-- Rows are taken in key order, so concurrent inserts lock the same rows in the same order (no
-- deadlock); ON CONFLICT locks the row, and the WHERE is judged against its latest version.
CREATE FUNCTION "keep_current_levels"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "current_levels" AS cl ("employee_id", "competence_id", "company_id", "level", "source", "assessed_on", "created_at")
  SELECT DISTINCT ON ("employee_id", "competence_id")
    "employee_id", "competence_id", "company_id", "level", "source", "assessed_on", "created_at"
  FROM "new_assessments"
  ORDER BY "employee_id", "competence_id", ("source" = 'MANAGER') DESC, "assessed_on" DESC, "created_at" DESC
  ON CONFLICT ("employee_id", "competence_id") DO UPDATE
    SET "company_id" = excluded."company_id", "level" = excluded."level", "source" = excluded."source",
        "assessed_on" = excluded."assessed_on", "created_at" = excluded."created_at"
    WHERE (excluded."source" = 'MANAGER', excluded."assessed_on", excluded."created_at")
       >= (cl."source" = 'MANAGER', cl."assessed_on", cl."created_at");
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "assessments_current_levels" AFTER INSERT ON "assessments"
  REFERENCING NEW TABLE AS "new_assessments"
  FOR EACH STATEMENT EXECUTE FUNCTION "keep_current_levels"();
