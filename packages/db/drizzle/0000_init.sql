CREATE TYPE "public"."company_size" AS ENUM('MICRO', 'SMALL', 'MEDIUM', 'LARGE');--> statement-breakpoint
CREATE TYPE "public"."education_level" AS ENUM('ISCED_0_2', 'ISCED_3_4', 'ISCED_5_8');--> statement-breakpoint
CREATE TYPE "public"."employee_group" AS ENUM('STAFF', 'MANAGEMENT');--> statement-breakpoint
CREATE TYPE "public"."gender" AS ENUM('WOMAN', 'MAN', 'NON_BINARY');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('PROGRAMME_ADMIN', 'REGION_ADMIN', 'COMPANY_ADMIN', 'EMPLOYEE', 'PROVIDER');--> statement-breakpoint
CREATE TABLE "regions" (
	"code" char(2) PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"owner_name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "companies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"org_number" char(11) NOT NULL,
	"sni_code" text NOT NULL,
	"industry" text NOT NULL,
	"region_code" char(2) NOT NULL,
	"municipality" text NOT NULL,
	"size" "company_size" NOT NULL,
	"employee_count" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "providers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"org_number" char(11),
	"region_code" char(2),
	"website" text,
	"is_partner" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "employees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"email" text,
	"job_title" text NOT NULL,
	"group" "employee_group" NOT NULL,
	"employment_start" date NOT NULL,
	"hourly_cost" bigint NOT NULL,
	"birth_year" integer,
	"gender" "gender",
	"education_level" "education_level",
	"deactivated_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "employees_hourly_cost_positive" CHECK ("employees"."hourly_cost" > 0)
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"locale" text DEFAULT 'sv' NOT NULL,
	"disabled_at" timestamp with time zone,
	"last_sign_in_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"role" "role" NOT NULL,
	"region_code" char(2),
	"company_id" uuid,
	"employee_id" uuid,
	"provider_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "memberships_scope_matches_role" CHECK (case "memberships"."role"
        when 'PROGRAMME_ADMIN' then num_nonnulls("memberships"."region_code", "memberships"."company_id", "memberships"."employee_id", "memberships"."provider_id") = 0
        when 'REGION_ADMIN' then "memberships"."region_code" is not null and num_nonnulls("memberships"."company_id", "memberships"."employee_id", "memberships"."provider_id") = 0
        when 'COMPANY_ADMIN' then "memberships"."company_id" is not null and num_nonnulls("memberships"."region_code", "memberships"."employee_id", "memberships"."provider_id") = 0
        when 'EMPLOYEE' then "memberships"."company_id" is not null and "memberships"."employee_id" is not null and num_nonnulls("memberships"."region_code", "memberships"."provider_id") = 0
        when 'PROVIDER' then "memberships"."provider_id" is not null and num_nonnulls("memberships"."region_code", "memberships"."company_id", "memberships"."employee_id") = 0
      end)
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "api_clients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"token_prefix" text NOT NULL,
	"scopes" text[] NOT NULL,
	"region_code" char(2),
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"actor_api_client_id" uuid,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"company_id" uuid,
	"request_id" text,
	"details" jsonb
);
--> statement-breakpoint
ALTER TABLE "companies" ADD CONSTRAINT "companies_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "providers" ADD CONSTRAINT "providers_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employees" ADD CONSTRAINT "employees_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_clients" ADD CONSTRAINT "api_clients_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_clients" ADD CONSTRAINT "api_clients_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "companies_org_number_key" ON "companies" USING btree ("org_number");--> statement-breakpoint
CREATE INDEX "companies_region_idx" ON "companies" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "companies_sni_idx" ON "companies" USING btree ("sni_code");--> statement-breakpoint
CREATE INDEX "companies_name_idx" ON "companies" USING btree (lower("name") collate "C","id");--> statement-breakpoint
CREATE UNIQUE INDEX "providers_org_number_key" ON "providers" USING btree ("org_number");--> statement-breakpoint
CREATE INDEX "employees_company_idx" ON "employees" USING btree ("company_id",lower("last_name") collate "C",lower("first_name") collate "C","id");--> statement-breakpoint
CREATE UNIQUE INDEX "employees_company_email_key" ON "employees" USING btree ("company_id",lower("email"));--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_key" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "memberships_user_idx" ON "memberships" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_expires_idx" ON "sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "api_clients_token_hash_key" ON "api_clients" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_company_idx" ON "audit_log" USING btree ("company_id","at");