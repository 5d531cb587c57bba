/**
 * The programme's competence framework: areas and programme-wide competences fitting foundry,
 * high-speed steel, truck bodies, micromotors and precision mechanics, plus the demo firm's own
 * local competences. Codes are stable slugs that integrations and tests rely on.
 */

export interface CompetenceSpec {
  code: string;
  nameSv: string;
  nameEn: string;
  descriptionSv: string;
  descriptionEn: string;
  /**
   * Only URIs taken from published ESCO mappings; the rest stay null rather than guessed, since
   * a wrong URI silently mismatches in every system that joins on it.
   */
  escoUri?: string;
}

export interface AreaSpec {
  code: string;
  nameSv: string;
  nameEn: string;
  competences: readonly CompetenceSpec[];
}

const esco = (uuid: string) => `http://data.europa.eu/esco/skill/${uuid}`;

/** Retired in the framework but still in people's history: drawing boards gave way to CAD. */
export const RETIRED_COMPETENCE_CODE = 'manual-drafting';
/** Noon UTC, so the date reads the same in every time zone the demo is shown in. */
export const RETIRED_AT = '2025-01-31T12:00:00Z';

export const demoFramework: readonly AreaSpec[] = [
  {
    code: 'machining',
    nameSv: 'Skärande bearbetning',
    nameEn: 'Machining',
    competences: [
      { code: 'turning', nameSv: 'Svarvning', nameEn: 'Turning', descriptionSv: 'Ställa in och köra konventionella och CNC-styrda svarvar mot ritning.', descriptionEn: 'Setting up and running manual and CNC lathes to drawing.' },
      { code: 'milling', nameSv: 'Fräsning', nameEn: 'Milling', descriptionSv: 'Ställa in och köra fleroperationsmaskiner och fräsar, val av verktyg och skärdata.', descriptionEn: 'Setting up and running machining centres and mills, choosing tools and cutting data.' },
      { code: 'grinding', nameSv: 'Slipning', nameEn: 'Grinding', descriptionSv: 'Plan-, rund- och verktygsslipning med snäva toleranser.', descriptionEn: 'Surface, cylindrical and tool grinding to tight tolerances.' },
      { code: 'cnc-programming', nameSv: 'CNC-programmering', nameEn: 'CNC programming', descriptionSv: 'Skriva, optimera och köra in CNC-program direkt i styrsystemet.', descriptionEn: 'Writing, optimising and proving out CNC programs at the machine control.' },
      { code: 'cam-programming', nameSv: 'CAM-programmering', nameEn: 'CAM programming', descriptionSv: 'Ta fram bearbetningsprogram från 3D-modeller i CAM-system, med simulering.', descriptionEn: 'Producing machining programs from 3D models in a CAM system, with simulation.' },
    ],
  },
  {
    code: 'welding',
    nameSv: 'Svetsning',
    nameEn: 'Welding',
    competences: [
      { code: 'mig-mag-welding', nameSv: 'MIG/MAG-svetsning', nameEn: 'MIG/MAG welding', descriptionSv: 'Gasmetallbågsvetsning i stål och aluminium i olika lägen.', descriptionEn: 'Gas metal arc welding of steel and aluminium in all positions.', escoUri: esco('60ff3eac-7d4d-4e51-87b8-74c3b5d62498') },
      { code: 'tig-welding', nameSv: 'TIG-svetsning', nameEn: 'TIG welding', descriptionSv: 'Volframinertgassvetsning av tunnplåt, rostfritt och aluminium.', descriptionEn: 'Tungsten inert gas welding of thin sheet, stainless steel and aluminium.' },
      { code: 'welding-to-standard', nameSv: 'Svetsning enligt standard', nameEn: 'Welding to standard', descriptionSv: 'Svetsa enligt WPS och kvalitetskrav i EN ISO 3834 och EN 1090.', descriptionEn: 'Welding to WPS and the quality requirements of EN ISO 3834 and EN 1090.' },
      { code: 'welding-coordination', nameSv: 'Svetskoordinering', nameEn: 'Welding coordination', descriptionSv: 'Planera och övervaka svetsarbete, svetsdatablad och kvalifikationer enligt EN ISO 14731.', descriptionEn: 'Planning and supervising welding, procedures and qualifications under EN ISO 14731.' },
    ],
  },
  {
    code: 'sheet-metal',
    nameSv: 'Plåtbearbetning och formning',
    nameEn: 'Sheet metal and forming',
    competences: [
      { code: 'sheet-metal-forming', nameSv: 'Plåtbearbetning och kantpressning', nameEn: 'Sheet metal work and press braking', descriptionSv: 'Laserskärning, stansning och bockning av plåt med rätt bockavdrag.', descriptionEn: 'Laser cutting, punching and bending sheet with the right bend allowance.' },
      { code: 'forging-pressing', nameSv: 'Smide, pressning och valsning', nameEn: 'Forging, pressing and rolling', descriptionSv: 'Plastisk bearbetning av varm och kall metall i press, hammare och valsverk.', descriptionEn: 'Forming hot and cold metal in presses, hammers and rolling mills.' },
    ],
  },
  {
    code: 'metallurgy',
    nameSv: 'Metallurgi och material',
    nameEn: 'Metallurgy and materials',
    competences: [
      { code: 'heat-treatment', nameSv: 'Värmebehandling', nameEn: 'Heat treatment', descriptionSv: 'Härdning, anlöpning, glödgning och sätthärdning med rätt tid, temperatur och kylning.', descriptionEn: 'Hardening, tempering, annealing and case hardening with the right time, temperature and quench.' },
      { code: 'steel-materials', nameSv: 'Materialkunskap stål och legeringar', nameEn: 'Steels and alloys', descriptionSv: 'Stålsorters och legeringars egenskaper, beteckningar och användning.', descriptionEn: 'Properties, designations and uses of steel grades and alloys.' },
      { code: 'powder-metallurgy', nameSv: 'Pulvermetallurgi och snabbstål', nameEn: 'Powder metallurgy and high-speed steel', descriptionSv: 'Framställning av snabbstål och PM-stål: pulver, kompaktering, sintring och HIP.', descriptionEn: 'Making high-speed and PM steels: powder, compaction, sintering and HIP.' },
    ],
  },
  {
    code: 'casting',
    nameSv: 'Gjuteri',
    nameEn: 'Foundry',
    competences: [
      { code: 'moulding', nameSv: 'Formning', nameEn: 'Moulding', descriptionSv: 'Tillverkning av sandformar och kärnor för hand och i formmaskin.', descriptionEn: 'Making sand moulds and cores by hand and on moulding machines.' },
      { code: 'melting', nameSv: 'Smältning', nameEn: 'Melting', descriptionSv: 'Smälta och behandla metall i ugn och skänk med rätt temperatur och analys.', descriptionEn: 'Melting and treating metal in furnace and ladle to the right temperature and analysis.' },
      { code: 'casting-technology', nameSv: 'Gjutteknik', nameEn: 'Casting technology', descriptionSv: 'Ingöt, matare och gjutparametrar som ger täta, måttriktiga gjutgods.', descriptionEn: 'Gating, feeders and process parameters that give sound, accurate castings.' },
      { code: 'casting-defects', nameSv: 'Gjutdefekter och åtgärder', nameEn: 'Casting defects and remedies', descriptionSv: 'Känna igen porer, sugningar och kallflytningar, hitta orsaken och åtgärda.', descriptionEn: 'Recognising porosity, shrinkage and cold laps, finding the cause and fixing it.' },
    ],
  },
  {
    code: 'quality',
    nameSv: 'Kvalitet och mätteknik',
    nameEn: 'Quality and measurement',
    competences: [
      { code: 'metrology', nameSv: 'Mätteknik', nameEn: 'Measurement technique', descriptionSv: 'Mäta rätt med skjutmått, mikrometer och indikatorer, och förstå mätosäkerhet.', descriptionEn: 'Measuring correctly with calipers, micrometers and indicators, understanding uncertainty.' },
      { code: 'cmm-measurement', nameSv: 'CMM-mätning', nameEn: 'CMM measurement', descriptionSv: 'Programmera och köra koordinatmätmaskin och tolka mätprotokoll.', descriptionEn: 'Programming and running a coordinate measuring machine and reading its reports.' },
      { code: 'spc', nameSv: 'Statistisk processtyrning (SPC)', nameEn: 'Statistical process control (SPC)', descriptionSv: 'Styrdiagram och duglighetsindex för att hålla processer stabila.', descriptionEn: 'Control charts and capability indices that keep processes stable.' },
      { code: 'iso-9001', nameSv: 'Kvalitetsledning ISO 9001', nameEn: 'Quality management ISO 9001', descriptionSv: 'Arbeta i och förbättra ett ledningssystem enligt ISO 9001, inklusive internrevision.', descriptionEn: 'Working in and improving an ISO 9001 management system, internal audits included.' },
      { code: 'drawing-reading-gdt', nameSv: 'Ritningsläsning och GD&T', nameEn: 'Drawing reading and GD&T', descriptionSv: 'Läsa tekniska ritningar med toleranser, ytjämnhet och geometriska toleranser.', descriptionEn: 'Reading technical drawings with tolerances, surface finish and geometric tolerancing.' },
    ],
  },
  {
    code: 'lean',
    nameSv: 'Lean och ständiga förbättringar',
    nameEn: 'Lean and continuous improvement',
    competences: [
      { code: 'five-s', nameSv: '5S', nameEn: '5S', descriptionSv: 'Sortera, strukturera, städa, standardisera och skapa vana på arbetsplatsen.', descriptionEn: 'Sort, set in order, shine, standardise and sustain at the workplace.' },
      { code: 'value-stream-mapping', nameSv: 'Värdeflödesanalys', nameEn: 'Value stream mapping', descriptionSv: 'Kartlägga material- och informationsflöden och hitta slöseri.', descriptionEn: 'Mapping material and information flows and finding waste.' },
      { code: 'kaizen', nameSv: 'Ständiga förbättringar (Kaizen)', nameEn: 'Continuous improvement (Kaizen)', descriptionSv: 'Driva små förbättringar i vardagen med PDCA och tavelmöten.', descriptionEn: 'Driving small everyday improvements with PDCA and board meetings.' },
      { code: 'standardised-work', nameSv: 'Standardiserat arbete', nameEn: 'Standardised work', descriptionSv: 'Följa och förbättra standarder och instruktioner för säkert, jämnt arbete.', descriptionEn: 'Following and improving standards and instructions for safe, even work.' },
    ],
  },
  {
    code: 'automation',
    nameSv: 'Automation och industriell IT',
    nameEn: 'Automation and industrial IT',
    competences: [
      { code: 'plc-programming', nameSv: 'PLC-programmering', nameEn: 'PLC programming', descriptionSv: 'Felsöka och ändra PLC-program och HMI i produktionsutrustning.', descriptionEn: 'Troubleshooting and changing PLC programs and HMIs in production equipment.' },
      { code: 'robot-programming', nameSv: 'Robotprogrammering', nameEn: 'Robot programming', descriptionSv: 'Programmera och köra in industrirobotar för hantering och svetsning.', descriptionEn: 'Programming and commissioning industrial robots for handling and welding.' },
      { code: 'process-control', nameSv: 'Processövervakning och styrsystem', nameEn: 'Process monitoring and control', descriptionSv: 'Köra en process via styrsystem, läsa trender och ingripa vid avvikelser.', descriptionEn: 'Running a process through its control system, reading trends and acting on deviations.' },
      { code: 'ot-security', nameSv: 'Industriell IT- och OT-säkerhet', nameEn: 'Industrial IT and OT security', descriptionSv: 'Skydda uppkopplade maskiner och styrsystem mot intrång och driftstörningar.', descriptionEn: 'Protecting connected machines and control systems from intrusion and disruption.' },
    ],
  },
  {
    code: 'maintenance',
    nameSv: 'Underhåll',
    nameEn: 'Maintenance',
    competences: [
      { code: 'preventive-maintenance', nameSv: 'Förebyggande underhåll', nameEn: 'Preventive maintenance', descriptionSv: 'Planera och utföra tillståndskontroller och förebyggande underhåll (TPM).', descriptionEn: 'Planning and carrying out condition checks and preventive maintenance (TPM).' },
      { code: 'hydraulics-pneumatics', nameSv: 'Hydraulik och pneumatik', nameEn: 'Hydraulics and pneumatics', descriptionSv: 'Läsa scheman och felsöka hydrauliska och pneumatiska system.', descriptionEn: 'Reading diagrams and troubleshooting hydraulic and pneumatic systems.' },
      { code: 'electrical-troubleshooting', nameSv: 'Felsökning el', nameEn: 'Electrical troubleshooting', descriptionSv: 'Felsöka elsystem och styrningar säkert enligt ESA.', descriptionEn: 'Troubleshooting electrical systems and controls safely under ESA rules.' },
    ],
  },
  {
    code: 'safety',
    nameSv: 'Arbetsmiljö och säkerhet',
    nameEn: 'Work environment and safety',
    competences: [
      { code: 'hot-work', nameSv: 'Heta arbeten', nameEn: 'Hot work', descriptionSv: 'Utföra svetsning, skärning och slipning på tillfällig arbetsplats utan brandrisk.', descriptionEn: 'Welding, cutting and grinding at temporary workplaces without fire risk.' },
      { code: 'forklift-driving', nameSv: 'Truckkörning', nameEn: 'Forklift driving', descriptionSv: 'Köra motviktstruck och skjutstativtruck säkert enligt AFS.', descriptionEn: 'Driving counterbalance and reach trucks safely under Swedish work-environment rules.', escoUri: esco('28cb374e-6261-4133-8371-f9a5470145da') },
      { code: 'overhead-crane', nameSv: 'Traverskörning och lyft', nameEn: 'Overhead crane and lifting', descriptionSv: 'Köra travers och välja och kontrollera lyftredskap.', descriptionEn: 'Operating overhead cranes and choosing and checking lifting gear.' },
      { code: 'chemical-handling', nameSv: 'Kemikaliehantering', nameEn: 'Chemical handling', descriptionSv: 'Hantera, förvara och skydda sig mot kemikalier enligt säkerhetsdatablad.', descriptionEn: 'Handling, storing and protecting against chemicals per safety data sheets.' },
      { code: 'systematic-work-environment', nameSv: 'Systematiskt arbetsmiljöarbete (SAM)', nameEn: 'Systematic work environment management', descriptionSv: 'Undersöka, riskbedöma, åtgärda och följa upp arbetsmiljön enligt AFS.', descriptionEn: 'Investigating, assessing risks, acting on and following up the work environment.' },
    ],
  },
  {
    code: 'digital',
    nameSv: 'Digitala verktyg',
    nameEn: 'Digital tools',
    competences: [
      { code: 'erp-mes', nameSv: 'Affärssystem och MES', nameEn: 'ERP and MES', descriptionSv: 'Rapportera och planera i affärssystem och produktionsuppföljning.', descriptionEn: 'Reporting and planning in the ERP system and production tracking.' },
      { code: 'cad', nameSv: 'CAD', nameEn: 'CAD', descriptionSv: 'Konstruera detaljer och sammanställningar i 3D-CAD och ta fram ritningar.', descriptionEn: 'Designing parts and assemblies in 3D CAD and producing drawings.' },
      { code: 'data-analysis', nameSv: 'Dataanalys och Excel', nameEn: 'Data analysis and Excel', descriptionSv: 'Sammanställa och analysera produktionsdata i kalkylblad och rapporter.', descriptionEn: 'Compiling and analysing production data in spreadsheets and reports.' },
      { code: RETIRED_COMPETENCE_CODE, nameSv: 'Manuell ritbordsritning', nameEn: 'Manual drafting', descriptionSv: 'Rita tekniska ritningar för hand på ritbord. Ersatt av CAD.', descriptionEn: 'Drawing technical drawings by hand on a drawing board. Replaced by CAD.' },
    ],
  },
  {
    code: 'electrical',
    nameSv: 'Elmotorer och elektronik',
    nameEn: 'Electric motors and electronics',
    competences: [
      { code: 'coil-winding', nameSv: 'Lindning', nameEn: 'Coil winding', descriptionSv: 'Linda statorer och spolar för hand och i lindningsmaskin, med isolation och impregnering.', descriptionEn: 'Winding stators and coils by hand and by machine, with insulation and impregnation.' },
      { code: 'electric-motor-assembly', nameSv: 'Elmotorteknik och montering', nameEn: 'Electric motor technology and assembly', descriptionSv: 'Montera och provköra små elmotorer och förstå hur de fungerar.', descriptionEn: 'Assembling and test-running small electric motors and understanding how they work.' },
      { code: 'esd-handling', nameSv: 'ESD-hantering', nameEn: 'ESD handling', descriptionSv: 'Hantera elektronik utan elektrostatiska urladdningar enligt IEC 61340-5-1.', descriptionEn: 'Handling electronics without electrostatic discharge, per IEC 61340-5-1.' },
    ],
  },
  {
    code: 'surface',
    nameSv: 'Ytbehandling',
    nameEn: 'Surface treatment',
    competences: [
      { code: 'painting', nameSv: 'Lackering', nameEn: 'Painting', descriptionSv: 'Förbehandla och lackera med våtlack och pulverlack till rätt skikttjocklek.', descriptionEn: 'Pre-treating and painting with wet and powder coatings to the right film thickness.' },
      { code: 'blasting', nameSv: 'Blästring', nameEn: 'Blasting', descriptionSv: 'Blästra gods till rätt renhetsgrad och ytprofil.', descriptionEn: 'Blast-cleaning parts to the right cleanliness and surface profile.' },
    ],
  },
  {
    code: 'leadership',
    nameSv: 'Ledarskap',
    nameEn: 'Leadership',
    competences: [
      { code: 'supervision', nameSv: 'Arbetsledning', nameEn: 'Supervision', descriptionSv: 'Leda och fördela det dagliga arbetet i produktionen.', descriptionEn: 'Leading and allocating the daily work in production.' },
      { code: 'coaching-leadership', nameSv: 'Coachande ledarskap', nameEn: 'Coaching leadership', descriptionSv: 'Stödja medarbetare att själva hitta lösningar och växa i rollen.', descriptionEn: 'Helping people find their own solutions and grow in their roles.' },
      { code: 'performance-reviews', nameSv: 'Medarbetarsamtal', nameEn: 'Performance reviews', descriptionSv: 'Hålla utvecklingssamtal och följa upp individuella utvecklingsplaner.', descriptionEn: 'Holding development talks and following up individual development plans.' },
    ],
  },
  {
    code: 'change',
    nameSv: 'Förändringsledning och projekt',
    nameEn: 'Change and project management',
    competences: [
      { code: 'change-management', nameSv: 'Förändringsledning', nameEn: 'Change management', descriptionSv: 'Leda verksamheten genom förändringar så att människor följer med.', descriptionEn: 'Leading the business through change so that people come along.' },
      { code: 'project-management', nameSv: 'Projektledning', nameEn: 'Project management', descriptionSv: 'Planera, driva och följa upp projekt inom tid, budget och mål.', descriptionEn: 'Planning, running and following up projects on time, budget and goals.' },
    ],
  },
  {
    code: 'sustainability',
    nameSv: 'Hållbar produktion',
    nameEn: 'Sustainable production',
    competences: [
      { code: 'energy-efficiency', nameSv: 'Energieffektivisering', nameEn: 'Energy efficiency', descriptionSv: 'Mäta och minska energianvändningen i ugnar, tryckluft och maskiner.', descriptionEn: 'Measuring and cutting energy use in furnaces, compressed air and machines.' },
      { code: 'circular-production', nameSv: 'Cirkulär produktion och materialåtervinning', nameEn: 'Circular production and material recycling', descriptionSv: 'Minska spill och återföra skrot, returmaterial och restprodukter.', descriptionEn: 'Reducing scrap and returning scrap, returns and by-products to use.' },
    ],
  },
];

export interface LocalCompetenceSpec extends CompetenceSpec {
  areaCode: string;
}

/** Fyrisgjuteriet's own competences: things only its own line and customers ask for. */
export const fyrisLocalCompetences: readonly LocalCompetenceSpec[] = [
  {
    areaCode: 'casting',
    code: 'fyris-sand-preparation',
    nameSv: 'Fyris formsandsberedning',
    nameEn: 'Fyris moulding sand preparation',
    descriptionSv: 'Köra sandberedningen på Fyris formlinje och prova formsandens fukt och hållfasthet.',
    descriptionEn: 'Running the sand plant of the Fyris moulding line and testing sand moisture and strength.',
  },
  {
    areaCode: 'casting',
    code: 'fyris-low-pressure-cell',
    nameSv: 'Lågtrycksgjutcellen',
    nameEn: 'The low-pressure casting cell',
    descriptionSv: 'Köra och ställa om lågtrycksgjutcellen för fälgnav och pumphus i aluminium.',
    descriptionEn: 'Running and changing over the low-pressure cell for aluminium hubs and pump housings.',
  },
  {
    areaCode: 'quality',
    code: 'fyris-xray-inspection',
    nameSv: 'Röntgengranskning av gjutgods',
    nameEn: 'X-ray inspection of castings',
    descriptionSv: 'Granska röntgenbilder av gjutgods mot kundernas acceptanskriterier.',
    descriptionEn: 'Reviewing radiographs of castings against customers’ acceptance criteria.',
  },
];
