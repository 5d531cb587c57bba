CREATE TYPE "public"."join_application_status" AS ENUM('PENDING', 'APPROVED', 'REJECTED');--> statement-breakpoint
CREATE TYPE "public"."placement_kind" AS ENUM('APL', 'LIA', 'SUMMER_JOB');--> statement-breakpoint
CREATE TABLE "invitations" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_by_user_id" uuid,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "role_template_requirements" (
	"template_id" uuid NOT NULL,
	"competence_id" uuid NOT NULL,
	"required_level" integer NOT NULL,
	"importance" "importance" NOT NULL,
	CONSTRAINT "role_template_requirements_template_id_competence_id_pk" PRIMARY KEY("template_id","competence_id"),
	CONSTRAINT "role_template_requirements_level" CHECK ("role_template_requirements"."required_level" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "role_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sni_prefix" text NOT NULL,
	"name_sv" text NOT NULL,
	"name_en" text,
	"group" "employee_group" DEFAULT 'STAFF' NOT NULL,
	"description_sv" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "placement_competences" (
	"placement_id" uuid NOT NULL,
	"competence_id" uuid NOT NULL,
	CONSTRAINT "placement_competences_placement_id_competence_id_pk" PRIMARY KEY("placement_id","competence_id")
);
--> statement-breakpoint
CREATE TABLE "placements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"kind" "placement_kind" NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"places" integer NOT NULL,
	"filled_places" integer DEFAULT 0 NOT NULL,
	"contact_name" text NOT NULL,
	"contact_email" text NOT NULL,
	"contact_phone" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "placements_period" CHECK ("placements"."ends_on" >= "placements"."starts_on"),
	CONSTRAINT "placements_places" CHECK ("placements"."places" between 1 and 500 and "placements"."filled_places" between 0 and "placements"."places")
);
--> statement-breakpoint
CREATE TABLE "join_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_name" text NOT NULL,
	"org_number" char(11) NOT NULL,
	"sni_code" text NOT NULL,
	"industry" text NOT NULL,
	"region_code" char(2) NOT NULL,
	"municipality" text NOT NULL,
	"size" "company_size" NOT NULL,
	"employee_count" integer NOT NULL,
	"contact_name" text NOT NULL,
	"contact_email" text NOT NULL,
	"contact_phone" text,
	"motivation" text,
	"status" "join_application_status" DEFAULT 'PENDING' NOT NULL,
	"decided_by_user_id" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"company_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "job_roles" ADD COLUMN "template_id" uuid;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_template_requirements" ADD CONSTRAINT "role_template_requirements_template_id_role_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."role_templates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_template_requirements" ADD CONSTRAINT "role_template_requirements_competence_id_competences_id_fk" FOREIGN KEY ("competence_id") REFERENCES "public"."competences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_competences" ADD CONSTRAINT "placement_competences_placement_id_placements_id_fk" FOREIGN KEY ("placement_id") REFERENCES "public"."placements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_competences" ADD CONSTRAINT "placement_competences_competence_id_competences_id_fk" FOREIGN KEY ("competence_id") REFERENCES "public"."competences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "join_applications" ADD CONSTRAINT "join_applications_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "join_applications" ADD CONSTRAINT "join_applications_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "join_applications" ADD CONSTRAINT "join_applications_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "invitations_user_idx" ON "invitations" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "role_templates_industry_name_key" ON "role_templates" USING btree ("sni_prefix",lower("name_sv"));--> statement-breakpoint
CREATE INDEX "role_templates_sni_idx" ON "role_templates" USING btree ("sni_prefix");--> statement-breakpoint
CREATE INDEX "placements_company_idx" ON "placements" USING btree ("company_id","starts_on");--> statement-breakpoint
CREATE INDEX "join_applications_region_idx" ON "join_applications" USING btree ("region_code","status");--> statement-breakpoint
CREATE UNIQUE INDEX "join_applications_pending_org_key" ON "join_applications" USING btree ("org_number") WHERE "join_applications"."status" = 'PENDING';--> statement-breakpoint
ALTER TABLE "job_roles" ADD CONSTRAINT "job_roles_template_id_role_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."role_templates"("id") ON DELETE set null ON UPDATE no action;