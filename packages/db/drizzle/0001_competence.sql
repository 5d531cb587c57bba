CREATE TYPE "public"."assessment_source" AS ENUM('SELF', 'MANAGER');--> statement-breakpoint
CREATE TYPE "public"."importance" AS ENUM('CRITICAL', 'IMPORTANT', 'USEFUL');--> statement-breakpoint
CREATE TYPE "public"."supply_decision" AS ENUM('DEVELOP', 'RECRUIT', 'ACCEPT');--> statement-breakpoint
CREATE TYPE "public"."supply_status" AS ENUM('PLANNED', 'IN_PROGRESS', 'DONE');--> statement-breakpoint
CREATE TABLE "competence_areas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name_sv" text NOT NULL,
	"name_en" text,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "competences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"area_id" uuid NOT NULL,
	"company_id" uuid,
	"code" text NOT NULL,
	"name_sv" text NOT NULL,
	"name_en" text,
	"description_sv" text DEFAULT '' NOT NULL,
	"description_en" text,
	"jobtech_concept_id" text,
	"esco_uri" text,
	"retired_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "level_descriptors" (
	"level" integer PRIMARY KEY NOT NULL,
	"name_sv" text NOT NULL,
	"name_en" text NOT NULL,
	"description_sv" text NOT NULL,
	"description_en" text NOT NULL,
	CONSTRAINT "level_descriptors_level_range" CHECK ("level_descriptors"."level" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "job_roles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"name_sv" text NOT NULL,
	"name_en" text,
	"group" "employee_group" DEFAULT 'STAFF' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "role_requirements" (
	"role_id" uuid NOT NULL,
	"competence_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"required_level" integer NOT NULL,
	"importance" "importance" NOT NULL,
	"future_level" integer,
	"future_by" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "role_requirements_role_id_competence_id_pk" PRIMARY KEY("role_id","competence_id"),
	CONSTRAINT "role_requirements_level_range" CHECK ("role_requirements"."required_level" between 1 and 5),
	CONSTRAINT "role_requirements_future_level" CHECK (("role_requirements"."future_level" is null and "role_requirements"."future_by" is null) or ("role_requirements"."future_level" between 1 and 5 and "role_requirements"."future_by" is not null))
);
--> statement-breakpoint
CREATE TABLE "employee_roles" (
	"employee_id" uuid NOT NULL,
	"role_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "employee_roles_employee_id_role_id_pk" PRIMARY KEY("employee_id","role_id")
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"competence_id" uuid NOT NULL,
	"level" integer NOT NULL,
	"source" "assessment_source" NOT NULL,
	"assessed_on" date NOT NULL,
	"assessed_by_user_id" uuid,
	"comment" text,
	"evidence" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessments_level_range" CHECK ("assessments"."level" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"competence_id" uuid,
	"name" text NOT NULL,
	"issued_on" date,
	"expires_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supply_plan_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"competence_id" uuid NOT NULL,
	"role_id" uuid,
	"decision" "supply_decision" NOT NULL,
	"status" "supply_status" DEFAULT 'PLANNED' NOT NULL,
	"target_level" integer,
	"people_count" integer DEFAULT 1 NOT NULL,
	"owner_employee_id" uuid,
	"due_date" date,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "supply_plan_items_target_level" CHECK ("supply_plan_items"."target_level" is null or "supply_plan_items"."target_level" between 1 and 5),
	CONSTRAINT "supply_plan_items_people" CHECK ("supply_plan_items"."people_count" between 1 and 1000)
);
--> statement-breakpoint
ALTER TABLE "competences" ADD CONSTRAINT "competences_area_id_competence_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."competence_areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competences" ADD CONSTRAINT "competences_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_roles" ADD CONSTRAINT "job_roles_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_requirements" ADD CONSTRAINT "role_requirements_role_id_job_roles_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."job_roles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_requirements" ADD CONSTRAINT "role_requirements_competence_id_competences_id_fk" FOREIGN KEY ("competence_id") REFERENCES "public"."competences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_requirements" ADD CONSTRAINT "role_requirements_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employee_roles" ADD CONSTRAINT "employee_roles_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employee_roles" ADD CONSTRAINT "employee_roles_role_id_job_roles_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."job_roles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employee_roles" ADD CONSTRAINT "employee_roles_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_competence_id_competences_id_fk" FOREIGN KEY ("competence_id") REFERENCES "public"."competences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_assessed_by_user_id_users_id_fk" FOREIGN KEY ("assessed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_competence_id_competences_id_fk" FOREIGN KEY ("competence_id") REFERENCES "public"."competences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supply_plan_items" ADD CONSTRAINT "supply_plan_items_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supply_plan_items" ADD CONSTRAINT "supply_plan_items_competence_id_competences_id_fk" FOREIGN KEY ("competence_id") REFERENCES "public"."competences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supply_plan_items" ADD CONSTRAINT "supply_plan_items_role_id_job_roles_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."job_roles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supply_plan_items" ADD CONSTRAINT "supply_plan_items_owner_employee_id_employees_id_fk" FOREIGN KEY ("owner_employee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "competence_areas_code_key" ON "competence_areas" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "competences_code_key" ON "competences" USING btree (coalesce("company_id", '00000000-0000-0000-0000-000000000000'::uuid),"code");--> statement-breakpoint
CREATE INDEX "competences_area_idx" ON "competences" USING btree ("area_id");--> statement-breakpoint
CREATE INDEX "competences_company_idx" ON "competences" USING btree ("company_id");--> statement-breakpoint
CREATE UNIQUE INDEX "job_roles_company_name_key" ON "job_roles" USING btree ("company_id",lower("name_sv"));--> statement-breakpoint
CREATE INDEX "job_roles_company_idx" ON "job_roles" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "role_requirements_company_idx" ON "role_requirements" USING btree ("company_id","competence_id");--> statement-breakpoint
CREATE INDEX "employee_roles_role_idx" ON "employee_roles" USING btree ("role_id");--> statement-breakpoint
CREATE INDEX "employee_roles_company_idx" ON "employee_roles" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "assessments_current_idx" ON "assessments" USING btree ("employee_id","competence_id","source","assessed_on","created_at");--> statement-breakpoint
CREATE INDEX "assessments_company_idx" ON "assessments" USING btree ("company_id","competence_id");--> statement-breakpoint
CREATE INDEX "certificates_company_expiry_idx" ON "certificates" USING btree ("company_id","expires_on");--> statement-breakpoint
CREATE INDEX "certificates_employee_idx" ON "certificates" USING btree ("employee_id");--> statement-breakpoint
CREATE INDEX "supply_plan_items_company_idx" ON "supply_plan_items" USING btree ("company_id","status");--> statement-breakpoint
-- A person's current level per competence: the latest manager assessment, else the latest
-- self-assessment (same rule as currentLevel() in @smartkompetens/domain).
CREATE VIEW "current_levels" AS
SELECT DISTINCT ON ("employee_id", "competence_id")
  "employee_id", "competence_id", "company_id", "level", "source", "assessed_on"
FROM "assessments"
ORDER BY "employee_id", "competence_id", ("source" = 'MANAGER') DESC, "assessed_on" DESC, "created_at" DESC;
--> statement-breakpoint
-- Append-only tables: history is corrected by a new row, never rewritten.
CREATE FUNCTION "refuse_rewrite"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: record a new row instead of changing or deleting one', TG_TABLE_NAME
    USING ERRCODE = 'restrict_violation';
END
$$;
--> statement-breakpoint
CREATE TRIGGER "assessments_append_only" BEFORE UPDATE OR DELETE ON "assessments"
  FOR EACH ROW EXECUTE FUNCTION "refuse_rewrite"();
--> statement-breakpoint
CREATE TRIGGER "assessments_no_truncate" BEFORE TRUNCATE ON "assessments"
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_rewrite"();
