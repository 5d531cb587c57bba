-- Version numbers for budget figures (decision 0024), like the competence and demand ones (0006,
-- 0009): 'budgets' for budgets and their lines (admin edits: rare), and one 'ledger:<county>'
-- per county of the entries written ('ledger:programme' for the programme's own lines), so that
-- ledger writes in one county do not queue behind another county's. Bumped inside the writing
-- transaction; a reader sees a new number only once the write is committed.
INSERT INTO "data_versions" ("name", "version") VALUES ('budgets', 0);
--> statement-breakpoint
CREATE FUNCTION "bump_budgets_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "data_versions" SET "version" = "version" + 1 WHERE "name" = 'budgets';
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "budgets_budgets_version" AFTER INSERT OR UPDATE OR DELETE ON "budgets" FOR EACH STATEMENT EXECUTE FUNCTION "bump_budgets_version"();
--> statement-breakpoint
CREATE TRIGGER "budget_lines_budgets_version" AFTER INSERT OR UPDATE OR DELETE ON "budget_lines" FOR EACH STATEMENT EXECUTE FUNCTION "bump_budgets_version"();
--> statement-breakpoint
-- Counties in name order: two transactions writing to the same counties lock their rows in the
-- same order (no deadlock). The ledger is append-only, so inserts are all there is to follow.
CREATE FUNCTION "bump_ledger_versions"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "data_versions" AS v ("name", "version")
  SELECT DISTINCT 'ledger:' || coalesce(e."region_code", 'programme'), 1
  FROM "new_ledger_entries" e
  ORDER BY 1
  ON CONFLICT ("name") DO UPDATE SET "version" = v."version" + 1;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "ledger_entries_version" AFTER INSERT ON "ledger_entries"
  REFERENCING NEW TABLE AS "new_ledger_entries"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_ledger_versions"();
