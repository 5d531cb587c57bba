CREATE TYPE "public"."audience" AS ENUM('STAFF', 'MANAGEMENT', 'BOTH');--> statement-breakpoint
CREATE TYPE "public"."course_format" AS ENUM('CLASSROOM', 'ON_SITE', 'ONLINE', 'BLENDED');--> statement-breakpoint
CREATE TYPE "public"."course_request_status" AS ENUM('OPEN', 'OFFERED', 'ACCEPTED', 'CLOSED');--> statement-breakpoint
CREATE TYPE "public"."enrolment_status" AS ENUM('REQUESTED', 'CONFIRMED', 'WAITLISTED', 'OFFERED', 'CANCELLED', 'ATTENDED', 'COMPLETED', 'NO_SHOW');--> statement-breakpoint
CREATE TYPE "public"."occasion_status" AS ENUM('PLANNED', 'OPEN', 'FULL', 'CANCELLED', 'HELD');--> statement-breakpoint
CREATE TABLE "courses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider_id" uuid NOT NULL,
	"title_sv" text NOT NULL,
	"title_en" text,
	"description_sv" text DEFAULT '' NOT NULL,
	"description_en" text,
	"audience" "audience" DEFAULT 'BOTH' NOT NULL,
	"format" "course_format" NOT NULL,
	"language" text DEFAULT 'sv' NOT NULL,
	"length_hours" integer NOT NULL,
	"price_per_participant" bigint,
	"price_per_occasion" bigint,
	"prerequisites" text,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('swedish', coalesce("courses"."title_sv", '')), 'A') || setweight(to_tsvector('swedish', coalesce("courses"."description_sv", '')), 'B')) STORED,
	"retired_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "courses_length_positive" CHECK ("courses"."length_hours" > 0),
	CONSTRAINT "courses_price_known" CHECK ("courses"."price_per_participant" is not null or "courses"."price_per_occasion" is not null),
	CONSTRAINT "courses_prices_non_negative" CHECK (coalesce("courses"."price_per_participant", 0) >= 0 and coalesce("courses"."price_per_occasion", 0) >= 0)
);
--> statement-breakpoint
CREATE TABLE "course_competences" (
	"course_id" uuid NOT NULL,
	"competence_id" uuid NOT NULL,
	"target_level" integer NOT NULL,
	CONSTRAINT "course_competences_course_id_competence_id_pk" PRIMARY KEY("course_id","competence_id"),
	CONSTRAINT "course_competences_level" CHECK ("course_competences"."target_level" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "occasions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"course_id" uuid NOT NULL,
	"provider_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"online" boolean DEFAULT false NOT NULL,
	"region_code" char(2),
	"municipality" text,
	"seats" integer NOT NULL,
	"registration_deadline" date NOT NULL,
	"status" "occasion_status" DEFAULT 'OPEN' NOT NULL,
	"tailored_for_company_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "occasions_dates" CHECK ("occasions"."ends_on" >= "occasions"."starts_on" and "occasions"."registration_deadline" <= "occasions"."starts_on"),
	CONSTRAINT "occasions_seats" CHECK ("occasions"."seats" between 1 and 1000),
	CONSTRAINT "occasions_place" CHECK ("occasions"."online" or "occasions"."region_code" is not null)
);
--> statement-breakpoint
CREATE TABLE "enrolments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"occasion_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"status" "enrolment_status" NOT NULL,
	"requested_by_user_id" uuid,
	"waitlisted_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluations" (
	"enrolment_id" uuid PRIMARY KEY NOT NULL,
	"rating" integer NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluations_rating" CHECK ("evaluations"."rating" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "course_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"provider_id" uuid NOT NULL,
	"course_id" uuid NOT NULL,
	"price" bigint NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"note" text,
	"accepted_occasion_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "course_offers_price" CHECK ("course_offers"."price" >= 0)
);
--> statement-breakpoint
CREATE TABLE "course_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid,
	"region_code" char(2) NOT NULL,
	"competence_ids" uuid[] NOT NULL,
	"participants" integer NOT NULL,
	"wanted_from" date NOT NULL,
	"wanted_to" date NOT NULL,
	"note" text,
	"status" "course_request_status" DEFAULT 'OPEN' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "course_requests_participants" CHECK ("course_requests"."participants" between 1 and 500),
	CONSTRAINT "course_requests_period" CHECK ("course_requests"."wanted_to" >= "course_requests"."wanted_from")
);
--> statement-breakpoint
ALTER TABLE "courses" ADD CONSTRAINT "courses_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_competences" ADD CONSTRAINT "course_competences_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_competences" ADD CONSTRAINT "course_competences_competence_id_competences_id_fk" FOREIGN KEY ("competence_id") REFERENCES "public"."competences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "occasions" ADD CONSTRAINT "occasions_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "occasions" ADD CONSTRAINT "occasions_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "occasions" ADD CONSTRAINT "occasions_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "occasions" ADD CONSTRAINT "occasions_tailored_for_company_id_companies_id_fk" FOREIGN KEY ("tailored_for_company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_occasion_id_occasions_id_fk" FOREIGN KEY ("occasion_id") REFERENCES "public"."occasions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_requested_by_user_id_users_id_fk" FOREIGN KEY ("requested_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_enrolment_id_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."enrolments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_offers" ADD CONSTRAINT "course_offers_request_id_course_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."course_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_offers" ADD CONSTRAINT "course_offers_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_offers" ADD CONSTRAINT "course_offers_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_offers" ADD CONSTRAINT "course_offers_accepted_occasion_id_occasions_id_fk" FOREIGN KEY ("accepted_occasion_id") REFERENCES "public"."occasions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_requests" ADD CONSTRAINT "course_requests_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_requests" ADD CONSTRAINT "course_requests_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "courses_provider_idx" ON "courses" USING btree ("provider_id");--> statement-breakpoint
CREATE INDEX "courses_search_idx" ON "courses" USING gin ("search");--> statement-breakpoint
CREATE INDEX "course_competences_competence_idx" ON "course_competences" USING btree ("competence_id","target_level");--> statement-breakpoint
CREATE INDEX "occasions_course_idx" ON "occasions" USING btree ("course_id","starts_on");--> statement-breakpoint
CREATE INDEX "occasions_region_idx" ON "occasions" USING btree ("region_code","starts_on");--> statement-breakpoint
CREATE UNIQUE INDEX "enrolments_live_key" ON "enrolments" USING btree ("occasion_id","employee_id") WHERE "enrolments"."status" <> 'CANCELLED';--> statement-breakpoint
CREATE INDEX "enrolments_occasion_idx" ON "enrolments" USING btree ("occasion_id","status");--> statement-breakpoint
CREATE INDEX "enrolments_company_idx" ON "enrolments" USING btree ("company_id","status");--> statement-breakpoint
CREATE INDEX "enrolments_employee_idx" ON "enrolments" USING btree ("employee_id");--> statement-breakpoint
CREATE INDEX "course_offers_request_idx" ON "course_offers" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "course_requests_region_idx" ON "course_requests" USING btree ("region_code","status");