import type { Importance } from '@smartkompetens/domain';

/** One line of a requirement profile: competence code, required level, importance. */
export type RequirementTemplate = readonly [code: string, level: number, importance: Importance];

export interface RoleProfile {
  nameEn: string;
  /**
   * What the role typically asks for, most defining first. Each firm keeps every critical line
   * and a random share of the rest, so two firms' "Svetsare" look alike but not identical.
   */
  requirements: readonly RequirementTemplate[];
}

const C = 'CRITICAL';
const I = 'IMPORTANT';
const U = 'USEFUL';

/** Requirement templates by the Swedish job title the demo employees carry (see industries.ts and job-titles.ts). */
export const roleProfiles: Readonly<Record<string, RoleProfile>> = {
  // Foundry
  'Gjutare': { nameEn: 'Caster', requirements: [['casting-technology', 4, C], ['overhead-crane', 3, C], ['melting', 3, I], ['casting-defects', 3, I], ['standardised-work', 3, I], ['chemical-handling', 2, U], ['five-s', 2, U]] },
  'Formare': { nameEn: 'Moulder', requirements: [['moulding', 4, C], ['casting-technology', 3, I], ['casting-defects', 3, I], ['overhead-crane', 3, I], ['standardised-work', 3, U], ['drawing-reading-gdt', 2, U], ['five-s', 2, U]] },
  'Kärnmakare': { nameEn: 'Core maker', requirements: [['moulding', 3, C], ['chemical-handling', 3, C], ['casting-defects', 2, I], ['standardised-work', 3, I], ['five-s', 3, U], ['metrology', 2, U]] },
  'Smältare': { nameEn: 'Melter', requirements: [['melting', 4, C], ['overhead-crane', 3, C], ['steel-materials', 3, I], ['chemical-handling', 3, I], ['hot-work', 3, I], ['energy-efficiency', 2, U], ['casting-technology', 3, U]] },
  'Rensare': { nameEn: 'Fettler', requirements: [['blasting', 3, C], ['casting-defects', 3, I], ['hot-work', 3, I], ['standardised-work', 3, I], ['metrology', 2, U], ['five-s', 2, U]] },
  'Gjuteritekniker': { nameEn: 'Foundry technician', requirements: [['casting-technology', 4, C], ['casting-defects', 4, C], ['melting', 3, I], ['spc', 3, I], ['iso-9001', 3, U], ['kaizen', 3, U], ['data-analysis', 3, U], ['cad', 2, U]] },
  'CNC-operatör': { nameEn: 'CNC operator', requirements: [['cnc-programming', 3, C], ['metrology', 3, C], ['turning', 3, I], ['milling', 3, I], ['drawing-reading-gdt', 3, I], ['cam-programming', 2, U], ['standardised-work', 3, U], ['five-s', 2, U]] },
  // Steel
  'Smältverksoperatör': { nameEn: 'Melt shop operator', requirements: [['melting', 4, C], ['overhead-crane', 3, C], ['steel-materials', 3, I], ['process-control', 3, I], ['chemical-handling', 3, I], ['energy-efficiency', 2, U], ['hot-work', 3, U]] },
  'Valsverksoperatör': { nameEn: 'Rolling mill operator', requirements: [['forging-pressing', 4, C], ['process-control', 3, I], ['overhead-crane', 3, I], ['steel-materials', 3, I], ['preventive-maintenance', 2, U], ['standardised-work', 3, U]] },
  'Ugnsoperatör': { nameEn: 'Furnace operator', requirements: [['heat-treatment', 4, C], ['process-control', 3, C], ['steel-materials', 3, I], ['energy-efficiency', 3, I], ['overhead-crane', 2, U], ['chemical-handling', 2, U]] },
  'Härdare': { nameEn: 'Heat treater', requirements: [['heat-treatment', 4, C], ['steel-materials', 3, I], ['metrology', 3, I], ['chemical-handling', 3, I], ['process-control', 3, U], ['standardised-work', 3, U]] },
  'Processoperatör': { nameEn: 'Process operator', requirements: [['process-control', 3, C], ['standardised-work', 3, I], ['spc', 2, I], ['five-s', 2, U], ['preventive-maintenance', 2, U], ['chemical-handling', 2, U], ['energy-efficiency', 2, U]] },
  'Metallurg': { nameEn: 'Metallurgist', requirements: [['steel-materials', 5, C], ['powder-metallurgy', 4, C], ['heat-treatment', 4, I], ['melting', 3, I], ['data-analysis', 3, I], ['circular-production', 3, U], ['project-management', 2, U]] },
  'Laboratorietekniker': { nameEn: 'Laboratory technician', requirements: [['steel-materials', 4, C], ['metrology', 4, C], ['spc', 3, I], ['iso-9001', 3, I], ['chemical-handling', 3, I], ['data-analysis', 3, U]] },
  // Machining
  'Maskinoperatör': { nameEn: 'Machine operator', requirements: [['standardised-work', 3, C], ['metrology', 3, I], ['five-s', 3, I], ['drawing-reading-gdt', 2, I], ['preventive-maintenance', 2, U], ['kaizen', 2, U], ['forklift-driving', 2, U]] },
  'Svarvare': { nameEn: 'Turner', requirements: [['turning', 4, C], ['metrology', 3, C], ['cnc-programming', 3, I], ['drawing-reading-gdt', 3, I], ['cam-programming', 2, U], ['five-s', 2, U]] },
  'Fräsare': { nameEn: 'Milling machinist', requirements: [['milling', 4, C], ['metrology', 3, C], ['cnc-programming', 3, I], ['drawing-reading-gdt', 3, I], ['cam-programming', 3, U], ['five-s', 2, U]] },
  'Slipare': { nameEn: 'Grinder', requirements: [['grinding', 4, C], ['metrology', 4, C], ['drawing-reading-gdt', 3, I], ['heat-treatment', 2, U], ['spc', 2, U], ['five-s', 2, U]] },
  'Verktygsmakare': { nameEn: 'Toolmaker', requirements: [['milling', 4, C], ['drawing-reading-gdt', 4, C], ['grinding', 3, I], ['cam-programming', 3, I], ['cnc-programming', 3, I], ['heat-treatment', 3, U], ['cmm-measurement', 3, U], ['cad', 2, U]] },
  'Montör': { nameEn: 'Assembler', requirements: [['standardised-work', 3, C], ['drawing-reading-gdt', 2, I], ['five-s', 3, I], ['hydraulics-pneumatics', 2, U], ['kaizen', 2, U], ['metrology', 2, U], ['forklift-driving', 2, U]] },
  'Svetsare': { nameEn: 'Welder', requirements: [['mig-mag-welding', 4, C], ['welding-to-standard', 3, C], ['tig-welding', 3, I], ['drawing-reading-gdt', 3, I], ['hot-work', 3, I], ['overhead-crane', 2, U], ['welding-coordination', 2, U], ['five-s', 2, U]] },
  // Sheet metal and vehicle bodies
  'Plåtslagare': { nameEn: 'Sheet metal worker', requirements: [['sheet-metal-forming', 4, C], ['mig-mag-welding', 3, I], ['drawing-reading-gdt', 3, I], ['metrology', 2, U], ['overhead-crane', 2, U], ['five-s', 2, U]] },
  'Kantpressoperatör': { nameEn: 'Press brake operator', requirements: [['sheet-metal-forming', 4, C], ['drawing-reading-gdt', 3, I], ['metrology', 3, I], ['cnc-programming', 2, I], ['standardised-work', 3, U], ['five-s', 2, U]] },
  'Laseroperatör': { nameEn: 'Laser cutting operator', requirements: [['sheet-metal-forming', 3, C], ['cnc-programming', 3, C], ['cam-programming', 2, I], ['drawing-reading-gdt', 3, I], ['metrology', 2, U], ['preventive-maintenance', 2, U]] },
  'Lackerare': { nameEn: 'Painter', requirements: [['painting', 4, C], ['chemical-handling', 3, C], ['blasting', 3, I], ['standardised-work', 3, U], ['five-s', 2, U], ['circular-production', 2, U]] },
  'Karossbyggare': { nameEn: 'Truck body builder', requirements: [['sheet-metal-forming', 4, C], ['mig-mag-welding', 3, C], ['drawing-reading-gdt', 3, I], ['standardised-work', 3, I], ['hydraulics-pneumatics', 2, U], ['overhead-crane', 2, U], ['kaizen', 2, U]] },
  'Fordonselektriker': { nameEn: 'Vehicle electrician', requirements: [['electrical-troubleshooting', 4, C], ['hydraulics-pneumatics', 3, I], ['drawing-reading-gdt', 3, I], ['standardised-work', 3, U], ['plc-programming', 2, U], ['esd-handling', 2, U]] },
  // Electric motors
  'Lindare': { nameEn: 'Coil winder', requirements: [['coil-winding', 4, C], ['esd-handling', 3, I], ['electric-motor-assembly', 3, I], ['metrology', 3, I], ['standardised-work', 3, U], ['five-s', 2, U]] },
  'Elmontör': { nameEn: 'Electrical assembler', requirements: [['electric-motor-assembly', 4, C], ['esd-handling', 3, C], ['electrical-troubleshooting', 3, I], ['standardised-work', 3, I], ['drawing-reading-gdt', 3, U], ['kaizen', 2, U]] },
  'Elektronikmontör': { nameEn: 'Electronics assembler', requirements: [['esd-handling', 4, C], ['electric-motor-assembly', 3, I], ['drawing-reading-gdt', 3, I], ['standardised-work', 3, I], ['metrology', 2, U], ['five-s', 2, U]] },
  'Testtekniker': { nameEn: 'Test technician', requirements: [['electrical-troubleshooting', 4, C], ['electric-motor-assembly', 3, I], ['data-analysis', 3, I], ['spc', 3, I], ['esd-handling', 3, U], ['plc-programming', 2, U]] },
  // Plastics
  'Formsprutare': { nameEn: 'Injection moulding operator', requirements: [['process-control', 3, C], ['standardised-work', 3, I], ['preventive-maintenance', 2, I], ['five-s', 2, U], ['spc', 2, U], ['robot-programming', 2, U]] },
  'Extruderoperatör': { nameEn: 'Extrusion operator', requirements: [['process-control', 4, C], ['spc', 3, I], ['standardised-work', 3, I], ['preventive-maintenance', 2, U], ['energy-efficiency', 2, U], ['circular-production', 2, U]] },
  'Maskinställare': { nameEn: 'Machine setter', requirements: [['process-control', 3, C], ['preventive-maintenance', 3, I], ['hydraulics-pneumatics', 3, I], ['robot-programming', 3, I], ['standardised-work', 3, U], ['kaizen', 3, U]] },
  // Forming and surface treatment
  'Pressoperatör': { nameEn: 'Press operator', requirements: [['forging-pressing', 3, C], ['standardised-work', 3, I], ['metrology', 2, I], ['five-s', 2, U], ['preventive-maintenance', 2, U], ['overhead-crane', 2, U]] },
  'Smed': { nameEn: 'Smith', requirements: [['forging-pressing', 4, C], ['heat-treatment', 3, I], ['steel-materials', 3, I], ['overhead-crane', 3, I], ['hot-work', 2, U], ['drawing-reading-gdt', 2, U]] },
  'Ytbehandlare': { nameEn: 'Surface treatment operator', requirements: [['painting', 3, C], ['chemical-handling', 4, C], ['blasting', 3, I], ['process-control', 2, U], ['standardised-work', 3, U], ['circular-production', 2, U]] },
  // Machinery
  'Hydraulikmontör': { nameEn: 'Hydraulics fitter', requirements: [['hydraulics-pneumatics', 4, C], ['drawing-reading-gdt', 3, I], ['electrical-troubleshooting', 2, I], ['standardised-work', 3, U], ['preventive-maintenance', 2, U], ['five-s', 2, U]] },
  // Found in every plant
  'Kvalitetstekniker': { nameEn: 'Quality engineer', requirements: [['iso-9001', 4, C], ['spc', 4, C], ['metrology', 4, I], ['drawing-reading-gdt', 4, I], ['cmm-measurement', 3, I], ['data-analysis', 3, U], ['kaizen', 3, U], ['welding-coordination', 2, U]] },
  'Underhållstekniker': { nameEn: 'Maintenance technician', requirements: [['preventive-maintenance', 4, C], ['electrical-troubleshooting', 4, C], ['hydraulics-pneumatics', 3, I], ['plc-programming', 3, I], ['hot-work', 3, I], ['ot-security', 2, U], ['overhead-crane', 2, U]] },
  'Lagerarbetare': { nameEn: 'Warehouse worker', requirements: [['forklift-driving', 3, C], ['erp-mes', 2, I], ['five-s', 3, I], ['overhead-crane', 2, U], ['standardised-work', 2, U], ['chemical-handling', 2, U]] },
  'Produktionstekniker': { nameEn: 'Production engineer', requirements: [['value-stream-mapping', 4, C], ['kaizen', 4, I], ['standardised-work', 4, I], ['data-analysis', 3, I], ['robot-programming', 2, U], ['project-management', 3, U], ['cad', 3, U], ['energy-efficiency', 2, U]] },
  'Konstruktör': { nameEn: 'Design engineer', requirements: [['cad', 4, C], ['drawing-reading-gdt', 5, C], ['steel-materials', 3, I], ['project-management', 3, U], ['cam-programming', 2, U], ['circular-production', 2, U]] },
  'Produktionsplanerare': { nameEn: 'Production planner', requirements: [['erp-mes', 4, C], ['data-analysis', 4, I], ['value-stream-mapping', 3, I], ['project-management', 2, U], ['standardised-work', 2, U]] },
  'Inköpare': { nameEn: 'Purchaser', requirements: [['erp-mes', 3, C], ['data-analysis', 3, I], ['steel-materials', 2, U], ['circular-production', 2, U], ['project-management', 2, U], ['iso-9001', 2, U]] },
  'Truckförare': { nameEn: 'Forklift driver', requirements: [['forklift-driving', 4, C], ['overhead-crane', 2, I], ['erp-mes', 2, I], ['five-s', 2, U], ['chemical-handling', 2, U]] },
  // Management team
  'VD': { nameEn: 'Managing director', requirements: [['change-management', 4, C], ['systematic-work-environment', 4, C], ['project-management', 3, I], ['coaching-leadership', 3, I], ['performance-reviews', 3, I], ['circular-production', 2, U], ['data-analysis', 2, U]] },
  'Produktionschef': { nameEn: 'Production manager', requirements: [['supervision', 4, C], ['systematic-work-environment', 4, C], ['value-stream-mapping', 3, I], ['change-management', 3, I], ['kaizen', 3, I], ['erp-mes', 3, U], ['performance-reviews', 3, U]] },
  'Arbetsledare': { nameEn: 'Supervisor', requirements: [['supervision', 4, C], ['systematic-work-environment', 3, C], ['coaching-leadership', 3, I], ['performance-reviews', 3, I], ['standardised-work', 3, I], ['five-s', 3, U], ['kaizen', 3, U]] },
  'Ekonomichef': { nameEn: 'Finance manager', requirements: [['erp-mes', 4, C], ['data-analysis', 4, C], ['project-management', 3, I], ['performance-reviews', 3, U], ['change-management', 2, U], ['energy-efficiency', 2, U]] },
  'Kvalitetschef': { nameEn: 'Quality manager', requirements: [['iso-9001', 5, C], ['spc', 4, I], ['change-management', 3, I], ['systematic-work-environment', 3, I], ['coaching-leadership', 3, U], ['data-analysis', 3, U]] },
  'HR-ansvarig': { nameEn: 'HR manager', requirements: [['systematic-work-environment', 4, C], ['performance-reviews', 4, C], ['change-management', 3, I], ['coaching-leadership', 3, I], ['project-management', 2, U], ['data-analysis', 2, U]] },
};

export function roleProfileFor(title: string): RoleProfile {
  const profile = roleProfiles[title];
  if (!profile) throw new Error(`demo seed: no requirement profile for the job title ${title}`);
  return profile;
}
