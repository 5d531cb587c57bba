CREATE TYPE "public"."budget_level" AS ENUM('PROGRAMME', 'REGION', 'COMPANY');--> statement-breakpoint
CREATE TYPE "public"."cost_category" AS ENUM('COURSE_FEES', 'PARTICIPANT_TIME', 'TRAVEL', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."funding_source" AS ENUM('PROGRAMME_GRANT', 'REGIONAL', 'OWN_CONTRIBUTION');--> statement-breakpoint
CREATE TYPE "public"."ledger_kind" AS ENUM('COMMITMENT', 'ACTUAL', 'RELEASE', 'REVERSAL');--> statement-breakpoint
CREATE TABLE "budgets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"level" "budget_level" NOT NULL,
	"region_code" char(2),
	"company_id" uuid,
	"name" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budgets_level_scope" CHECK (("budgets"."level" = 'PROGRAMME' and "budgets"."region_code" is null and "budgets"."company_id" is null)
        or ("budgets"."level" = 'REGION' and "budgets"."region_code" is not null and "budgets"."company_id" is null)
        or ("budgets"."level" = 'COMPANY' and "budgets"."region_code" is not null and "budgets"."company_id" is not null)),
	CONSTRAINT "budgets_period" CHECK ("budgets"."period_end" >= "budgets"."period_start")
);
--> statement-breakpoint
CREATE TABLE "budget_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"budget_id" uuid NOT NULL,
	"company_id" uuid,
	"region_code" char(2),
	"category" "cost_category" NOT NULL,
	"source" "funding_source" NOT NULL,
	"amount" bigint DEFAULT 0 NOT NULL,
	"co_financing_share_bp" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budget_lines_budget_category_source_key" UNIQUE("budget_id","category","source"),
	CONSTRAINT "budget_lines_amount_non_negative" CHECK ("budget_lines"."amount" >= 0),
	CONSTRAINT "budget_lines_co_financing_range" CHECK ("budget_lines"."co_financing_share_bp" between 0 and 10000)
);
--> statement-breakpoint
CREATE TABLE "ledger_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"budget_line_id" uuid NOT NULL,
	"budget_id" uuid NOT NULL,
	"company_id" uuid,
	"region_code" char(2),
	"kind" "ledger_kind" NOT NULL,
	"amount" bigint NOT NULL,
	"occurred_on" date NOT NULL,
	"reason" text NOT NULL,
	"enrolment_id" uuid,
	"invoice_number" text,
	"reverses_entry_id" uuid,
	"override_approved_by_user_id" uuid,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_entries_sign" CHECK (("ledger_entries"."kind" in ('COMMITMENT', 'ACTUAL') and "ledger_entries"."amount" > 0)
        or ("ledger_entries"."kind" = 'RELEASE' and "ledger_entries"."amount" < 0)
        or ("ledger_entries"."kind" = 'REVERSAL' and "ledger_entries"."amount" <> 0)),
	CONSTRAINT "ledger_entries_reversal_target" CHECK (("ledger_entries"."kind" = 'REVERSAL') = ("ledger_entries"."reverses_entry_id" is not null))
);
--> statement-breakpoint
ALTER TABLE "budgets" ADD CONSTRAINT "budgets_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budgets" ADD CONSTRAINT "budgets_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_budget_id_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."budgets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_budget_line_id_budget_lines_id_fk" FOREIGN KEY ("budget_line_id") REFERENCES "public"."budget_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_budget_id_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."budgets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_reverses_entry_id_ledger_entries_id_fk" FOREIGN KEY ("reverses_entry_id") REFERENCES "public"."ledger_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_override_approved_by_user_id_users_id_fk" FOREIGN KEY ("override_approved_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "budgets_company_idx" ON "budgets" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "budgets_region_idx" ON "budgets" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "budget_lines_company_idx" ON "budget_lines" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "budget_lines_region_idx" ON "budget_lines" USING btree ("region_code");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_entries_reverses_key" ON "ledger_entries" USING btree ("reverses_entry_id");--> statement-breakpoint
CREATE INDEX "ledger_entries_line_idx" ON "ledger_entries" USING btree ("budget_line_id");--> statement-breakpoint
CREATE INDEX "ledger_entries_budget_idx" ON "ledger_entries" USING btree ("budget_id","occurred_on","id");--> statement-breakpoint
CREATE TRIGGER "ledger_entries_append_only" BEFORE UPDATE OR DELETE ON "ledger_entries"
  FOR EACH ROW EXECUTE FUNCTION "refuse_rewrite"();
--> statement-breakpoint
CREATE TRIGGER "ledger_entries_no_truncate" BEFORE TRUNCATE ON "ledger_entries"
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_rewrite"();
