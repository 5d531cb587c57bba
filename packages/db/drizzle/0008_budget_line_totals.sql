-- A budget's figures summed every ledger entry of its lines per request: a county's overview
-- (~1 500 lines, ~190 000 entries on the large benchmark dataset) was one statement of 130-300 ms
-- on a quiet machine and seconds under load. The figures move to a table of per-line, per-month sums
-- kept by a statement-level trigger in the same transaction as the entries it follows: never
-- stale, one set-based upsert per INSERT or COPY. The rule is the figures' own: committed =
-- COMMITMENT + RELEASE, actual = ACTUAL, a REVERSAL in the kind of the entry it reverses. The month
-- (of the entry's own date) lets the forecast take "dated after today" from the table for the
-- months ahead and read only the current month's entries.
CREATE TABLE "budget_line_totals" (
	"budget_line_id" uuid NOT NULL,
	"month" date NOT NULL,
	"committed" bigint NOT NULL,
	"actual" bigint NOT NULL,
	CONSTRAINT "budget_line_totals_pk" PRIMARY KEY("budget_line_id","month"),
	CONSTRAINT "budget_line_totals_month_start" CHECK (extract(day from "budget_line_totals"."month") = 1)
);
--> statement-breakpoint
DROP INDEX "ledger_entries_line_idx";--> statement-breakpoint
ALTER TABLE "budget_line_totals" ADD CONSTRAINT "budget_line_totals_budget_line_id_budget_lines_id_fk" FOREIGN KEY ("budget_line_id") REFERENCES "public"."budget_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ledger_entries_line_idx" ON "ledger_entries" USING btree ("budget_line_id","occurred_on");
--> statement-breakpoint
-- Rows are taken in key order, so concurrent inserts lock the same rows in the same order (no
-- deadlock); ON CONFLICT locks the row and adds to its latest version, so no sum is lost. A
-- reversed entry inserted by the same statement is already visible to the join. The month is
-- truncated as a timestamp without time zone: the session's time zone cannot shift it.
CREATE FUNCTION "keep_budget_line_totals"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "budget_line_totals" AS t ("budget_line_id", "month", "committed", "actual")
  SELECT e."budget_line_id", date_trunc('month', e."occurred_on"::timestamp)::date,
    coalesce(sum(e."amount") FILTER (WHERE coalesce(r."kind", e."kind") IN ('COMMITMENT', 'RELEASE')), 0),
    coalesce(sum(e."amount") FILTER (WHERE coalesce(r."kind", e."kind") = 'ACTUAL'), 0)
  FROM "new_ledger_entries" e
  LEFT JOIN "ledger_entries" r ON r."id" = e."reverses_entry_id"
  GROUP BY 1, 2
  ORDER BY 1, 2
  ON CONFLICT ("budget_line_id", "month") DO UPDATE
    SET "committed" = t."committed" + excluded."committed", "actual" = t."actual" + excluded."actual";
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "ledger_entries_line_totals" AFTER INSERT ON "ledger_entries"
  REFERENCING NEW TABLE AS "new_ledger_entries"
  FOR EACH STATEMENT EXECUTE FUNCTION "keep_budget_line_totals"();
--> statement-breakpoint
-- Filled after the trigger exists, and ledger_entries is locked since the DROP INDEX above until
-- the migration commits: no entry can land between the backfill and the trigger.
INSERT INTO "budget_line_totals" ("budget_line_id", "month", "committed", "actual")
SELECT e."budget_line_id", date_trunc('month', e."occurred_on"::timestamp)::date,
  coalesce(sum(e."amount") FILTER (WHERE coalesce(r."kind", e."kind") IN ('COMMITMENT', 'RELEASE')), 0),
  coalesce(sum(e."amount") FILTER (WHERE coalesce(r."kind", e."kind") = 'ACTUAL'), 0)
FROM "ledger_entries" e
LEFT JOIN "ledger_entries" r ON r."id" = e."reverses_entry_id"
GROUP BY 1, 2;
