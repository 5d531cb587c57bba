CREATE TYPE "public"."budget_override_status" AS ENUM('PENDING', 'APPROVED', 'REJECTED');--> statement-breakpoint
CREATE TABLE "participant_time" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employee_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"region_code" char(2) NOT NULL,
	"month" date NOT NULL,
	"planned_minutes" integer NOT NULL,
	"minutes" integer NOT NULL,
	"hourly_cost" bigint NOT NULL,
	"value" bigint NOT NULL,
	"reason" text,
	"ledger_entry_id" uuid,
	"attested_by_user_id" uuid,
	"attested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "participant_time_month_start" CHECK (extract(day from "participant_time"."month") = 1),
	CONSTRAINT "participant_time_minutes" CHECK ("participant_time"."minutes" between 0 and 44640 and "participant_time"."planned_minutes" >= 0),
	CONSTRAINT "participant_time_value" CHECK ("participant_time"."value" >= 0)
);
--> statement-breakpoint
CREATE TABLE "participant_time_locks" (
	"company_id" uuid NOT NULL,
	"month" date NOT NULL,
	"locked_by_user_id" uuid,
	"locked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "participant_time_locks_company_id_month_pk" PRIMARY KEY("company_id","month"),
	CONSTRAINT "participant_time_locks_month_start" CHECK (extract(day from "participant_time_locks"."month") = 1)
);
--> statement-breakpoint
CREATE TABLE "budget_override_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"region_code" char(2) NOT NULL,
	"occasion_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"amount" bigint NOT NULL,
	"reason" text NOT NULL,
	"status" "budget_override_status" DEFAULT 'PENDING' NOT NULL,
	"requested_by_user_id" uuid,
	"decided_by_user_id" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"enrolment_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD COLUMN "participant_time_id" uuid;--> statement-breakpoint
ALTER TABLE "participant_time" ADD CONSTRAINT "participant_time_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_time" ADD CONSTRAINT "participant_time_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_time" ADD CONSTRAINT "participant_time_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_time" ADD CONSTRAINT "participant_time_attested_by_user_id_users_id_fk" FOREIGN KEY ("attested_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_time_locks" ADD CONSTRAINT "participant_time_locks_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_time_locks" ADD CONSTRAINT "participant_time_locks_locked_by_user_id_users_id_fk" FOREIGN KEY ("locked_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_override_requests" ADD CONSTRAINT "budget_override_requests_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_override_requests" ADD CONSTRAINT "budget_override_requests_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_override_requests" ADD CONSTRAINT "budget_override_requests_occasion_id_occasions_id_fk" FOREIGN KEY ("occasion_id") REFERENCES "public"."occasions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_override_requests" ADD CONSTRAINT "budget_override_requests_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_override_requests" ADD CONSTRAINT "budget_override_requests_requested_by_user_id_users_id_fk" FOREIGN KEY ("requested_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_override_requests" ADD CONSTRAINT "budget_override_requests_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_override_requests" ADD CONSTRAINT "budget_override_requests_enrolment_id_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."enrolments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "participant_time_employee_month_key" ON "participant_time" USING btree ("employee_id","month");--> statement-breakpoint
CREATE INDEX "participant_time_company_month_idx" ON "participant_time" USING btree ("company_id","month");--> statement-breakpoint
CREATE INDEX "participant_time_region_month_idx" ON "participant_time" USING btree ("region_code","month");--> statement-breakpoint
CREATE UNIQUE INDEX "budget_override_requests_pending_key" ON "budget_override_requests" USING btree ("occasion_id","employee_id") WHERE "budget_override_requests"."status" = 'PENDING';--> statement-breakpoint
CREATE INDEX "budget_override_requests_region_idx" ON "budget_override_requests" USING btree ("region_code","status");--> statement-breakpoint
CREATE INDEX "budget_override_requests_company_idx" ON "budget_override_requests" USING btree ("company_id","status");--> statement-breakpoint
-- Hand-written (drizzle-kit does not model triggers). A reported month is locked for good:
-- participant time of a firm's locked month is neither inserted, changed nor deleted, and a
-- lock itself is never changed or removed.
CREATE FUNCTION "refuse_locked_participant_time"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r record;
BEGIN
  IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
  IF EXISTS (SELECT 1 FROM participant_time_locks l WHERE l.company_id = r.company_id AND l.month = r.month)
     OR (TG_OP = 'UPDATE' AND EXISTS (SELECT 1 FROM participant_time_locks l WHERE l.company_id = OLD.company_id AND l.month = OLD.month)) THEN
    RAISE EXCEPTION 'participant time of % is reported and locked', to_char(r.month, 'YYYY-MM')
      USING ERRCODE = 'check_violation', CONSTRAINT = 'participant_time_locked';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER "participant_time_locked" BEFORE INSERT OR UPDATE OR DELETE ON "participant_time"
  FOR EACH ROW EXECUTE FUNCTION "refuse_locked_participant_time"();
--> statement-breakpoint
CREATE TRIGGER "participant_time_locks_append_only" BEFORE UPDATE OR DELETE ON "participant_time_locks"
  FOR EACH ROW EXECUTE FUNCTION "refuse_rewrite"();
--> statement-breakpoint
CREATE TRIGGER "participant_time_locks_no_truncate" BEFORE TRUNCATE ON "participant_time_locks"
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_rewrite"();
