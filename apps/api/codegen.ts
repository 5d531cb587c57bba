import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver types from the SDL, with our service models as the parents, so a resolver that
// returns the wrong shape fails type-checking.
const config: CodegenConfig = {
  schema: 'src/**/*.graphql',
  generates: {
    'src/graphql/generated.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        // Our models are imported as <Name>Model so they never clash with the SDL's own type names.
        mapperTypeSuffix: 'Model',
        enumsAsTypes: true,
        useIndexSignature: false,
        contextType: 'mercurius#MercuriusContext',
        scalars: { DateTime: 'Date', Date: 'string', Money: 'bigint' },
        mappers: {
          Region: '../modules/organisations/organisations.service.ts#RegionRow',
          Company: '../modules/organisations/organisations.service.ts#CompanyRow',
          Employee: '../modules/organisations/organisations.service.ts#EmployeeRow',
          Provider: '../modules/organisations/organisations.service.ts#ProviderRow',
          Membership: '../auth/viewer.ts#MembershipScope',
          Viewer: '../auth/viewer.ts#Viewer',
          ApiClient: '../modules/auth/auth.service.ts#ApiClientSummary',
          CompanyConnection: '../modules/organisations/organisations.service.ts#CompanyPage',
          CompetenceArea: '../modules/competence/framework.service.ts#CompetenceAreaRow',
          Competence: '../modules/competence/framework.service.ts#CompetenceRow',
          LevelDescriptor: '../modules/competence/framework.service.ts#LevelDescriptorRow',
          JobRole: '../modules/competence/roles.service.ts#JobRoleRow',
          RoleRequirement: '../modules/competence/roles.service.ts#RoleRequirementRow',
          Assessment: '../modules/competence/assessments.service.ts#AssessmentRow',
          CompetenceStanding: '../modules/competence/standings.service.ts#Standing',
          SkillsMatrix: '../modules/competence/standings.service.ts#SkillsMatrix',
          SkillsMatrixRow: '../modules/competence/standings.service.ts#SkillsMatrixRowModel',
          CoverageRow: '../modules/competence/standings.service.ts#CoverageRow',
          KeyPersonRisk: '../modules/competence/standings.service.ts#KeyPersonRisk',
          CompetenceHolder: '../modules/competence/standings.service.ts#Holder',
          CompetenceHolderConnection: '../modules/competence/standings.service.ts#HolderPage',
          GapRow: '../modules/competence/gaps.service.ts#GapRow',
          Course: '../modules/catalogue/courses.service.ts#CourseRow',
          CourseCompetence: '../modules/catalogue/courses.service.ts#CourseCompetenceRow',
          CourseConnection: '../modules/catalogue/courses.service.ts#CoursePage',
          Occasion: '../modules/catalogue/courses.service.ts#OccasionRow',
          Enrolment: '../modules/catalogue/enrolments.service.ts#EnrolmentRow',
          OccasionParticipant: '../modules/catalogue/follow-up.service.ts#Participant',
          EvaluationSummary: '../modules/catalogue/follow-up.service.ts#EvaluationSummary',
          TrainingEffect: '../modules/catalogue/follow-up.service.ts#TrainingEffect',
          AssessmentPrompt: '../modules/catalogue/follow-up.service.ts#AssessmentPrompt',
          Evaluation: '../modules/catalogue/follow-up.service.ts#EvaluationRow',
          CourseRecommendation: '../modules/catalogue/recommendations.service.ts#CourseRecommendation',
          RecommendationStep: '../modules/catalogue/recommendations.service.ts#RecommendationStep',
          DemandCell: '../modules/catalogue/demand.service.ts#DemandCell',
          Certificate: '../modules/competence/certificates.service.ts#CertificateRow',
          SupplyPlanItem: '../modules/competence/supply-plan.service.ts#SupplyPlanItemRow',
          SupplyPlanSummary: '../modules/competence/supply-plan.service.ts#SupplyPlanSummary',
          EmployeeConnection: '../modules/organisations/organisations.service.ts#EmployeePage',
          CourseRequest: '../modules/catalogue/course-requests.service.ts#CourseRequestRow',
          CourseOffer: '../modules/catalogue/course-requests.service.ts#CourseOfferRow',
          JointCourseCandidate: '../modules/catalogue/joint-courses.service.ts#JointCourseCandidateRow',
          JointCourseCandidateCompany: '../modules/catalogue/joint-courses.service.ts#JointCourseCandidateCompanyRow',
        },
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
  },
};

export default config;
