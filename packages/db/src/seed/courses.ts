import type { Audience, CourseFormat } from '@smartkompetens/domain';
import { PARTNER_PROVIDER_NAME } from './providers.ts';

/**
 * The demo training catalogue: what the seven providers publish. Titles are unique across the
 * catalogue, so the story, the tests and the demo can name a course by its Swedish title.
 * Gaps are left on purpose (see CATALOGUE_STORY): nobody teaches powder metallurgy, and coil
 * winding only at a basic level.
 */

export interface CourseSpec {
  provider: string;
  titleSv: string;
  titleEn?: string;
  descriptionSv: string;
  descriptionEn?: string;
  audience: Audience;
  format: CourseFormat;
  /** ISO 639-1; Swedish unless said otherwise. */
  language?: string;
  lengthHours: number;
  /** Kronor per participant (stored as öre). */
  priceKr: number;
  /** Kronor for a whole tailored on-site occasion (stored as öre). */
  occasionPriceKr?: number;
  prerequisites?: string;
  /** Competence codes of the framework and the level the course brings a participant to. */
  competences: readonly (readonly [code: string, targetLevel: number])[];
  /** Where the course is always held, when its description names the place. */
  places?: readonly string[];
  /** Replaced by a newer course before the catalogue period: kept for history, never scheduled. */
  retired?: boolean;
}

const TCU = PARTNER_PROVIDER_NAME;
const UIU = 'Upplands Industriutbildning AB';
const SIS = 'Sörmlands Industriskola AB';
const YHO = 'Yrkeshögskolan Östergötland';
const SAB = 'Svetsakademin Bergslagen AB';
const VAA = 'Västmanlands Automationsakademi AB';
const IKS = 'Industrikompetens Sverige AB';

/** When the two retired courses were replaced: noon UTC, before the catalogue period. */
export const COURSES_RETIRED_AT = '2026-06-30T12:00:00Z';

export const demoCourses: readonly CourseSpec[] = [
  // Teknikcollege Uppland: the programme partner, teaching in Uppsala county.
  {
    provider: TCU,
    titleSv: 'Svetsning MIG/MAG – grundkurs',
    titleEn: 'MIG/MAG welding – foundation course',
    descriptionSv:
      'Praktisk grundkurs i MIG/MAG-svetsning av stålplåt och profiler i Teknikcollege-verkstaden. Du lär dig ställa in strömkälla, gas och trådmatning och svetsa kälsvetsar i flera lägen. Kursen passar blivande svetsare och montörer som svetsar ibland.',
    descriptionEn:
      'Hands-on foundation course in MIG/MAG welding of steel sheet and sections in the Teknikcollege workshop. You learn to set power source, gas and wire feed and to weld fillet welds in several positions. For future welders and for fitters who weld now and then.',
    audience: 'STAFF',
    format: 'CLASSROOM',
    lengthHours: 40,
    priceKr: 14_500,
    competences: [['mig-mag-welding', 3]],
  },
  {
    provider: TCU,
    titleSv: 'Gjutteknik och gjutdefekter',
    titleEn: 'Casting technology and casting defects',
    descriptionSv:
      'Hur ingöt, matare och gjutparametrar avgör om gjutgodset blir tätt och måttriktigt. Vi går igenom vanliga gjutdefekter som porer, sugningar och kallflytningar, hur man hittar orsaken och vad som åtgärdar den. Teorin varvas med övningar på riktiga gjutdetaljer.',
    descriptionEn:
      'How gating, feeders and process parameters decide whether a casting comes out sound and accurate. Covers common defects such as porosity, shrinkage and cold laps, how to trace their cause and how to fix it. Theory alternates with exercises on real castings.',
    audience: 'STAFF',
    format: 'CLASSROOM',
    lengthHours: 24,
    priceKr: 11_900,
    prerequisites: 'Minst ett års erfarenhet från arbete i gjuteri.',
    competences: [['casting-technology', 4], ['casting-defects', 4]],
  },
  {
    provider: TCU,
    titleSv: 'Formning och kärntillverkning',
    titleEn: 'Moulding and core making',
    descriptionSv:
      'Tillverkning av sandformar och kärnor för hand och i formmaskin, på plats vid företagets egen formlinje. Deltagarna lär sig formsandens egenskaper, formslagning och kärnbindemedel, och hur fel i formen blir gjutdefekter.',
    descriptionEn:
      'Making sand moulds and cores by hand and on the moulding machine, on site at the firm’s own moulding line. Participants learn sand properties, ramming and core binders, and how faults in the mould turn into casting defects.',
    audience: 'STAFF',
    format: 'ON_SITE',
    lengthHours: 16,
    priceKr: 6_900,
    occasionPriceKr: 65_000,
    competences: [['moulding', 3], ['casting-technology', 2]],
  },
  {
    provider: TCU,
    titleSv: 'CNC-programmering i Siemens Sinumerik',
    titleEn: 'CNC programming with Siemens Sinumerik',
    descriptionSv:
      'Programmering av fleroperationsmaskiner och svarvar i styrsystemet Siemens Sinumerik: G-kod, cykler, verktygskompensering och inkörning av program. Större delen av kursen sker vid maskin i Teknikcollege-verkstaden.',
    descriptionEn:
      'Programming machining centres and lathes in the Siemens Sinumerik control: G-code, cycles, tool compensation and proving out programs. Most of the course is spent at the machine in the Teknikcollege workshop.',
    audience: 'STAFF',
    format: 'CLASSROOM',
    lengthHours: 40,
    priceKr: 18_500,
    prerequisites: 'Grundläggande erfarenhet av att köra CNC-maskin.',
    competences: [['cnc-programming', 4], ['milling', 3]],
  },
  {
    provider: TCU,
    titleSv: 'Mätteknik och CMM',
    titleEn: 'Metrology and CMM',
    descriptionSv:
      'Rätt mätning med handmätdon och koordinatmätmaskin. Du lär dig mätosäkerhet och uppspänning, och att skriva och tolka enkla CMM-program mot ritning.',
    descriptionEn:
      'Measuring correctly with hand instruments and a coordinate measuring machine. Covers measurement uncertainty and fixturing, and writing and reading simple CMM programs against the drawing.',
    audience: 'STAFF',
    format: 'CLASSROOM',
    lengthHours: 24,
    priceKr: 9_800,
    competences: [['metrology', 4], ['cmm-measurement', 3]],
  },
  {
    provider: TCU,
    titleSv: '5S och standardiserat arbete',
    titleEn: '5S and standardised work',
    descriptionSv:
      'Ordning och reda som håller: sortera, strukturera, städa, standardisera och skapa vana. Deltagarna tar fram en standard för en egen arbetsstation och lär sig följa upp den.',
    descriptionEn:
      'Workplace order that lasts: sort, set in order, shine, standardise and sustain. Participants write a standard for a workstation of their own and learn to follow it up.',
    audience: 'BOTH',
    format: 'BLENDED',
    lengthHours: 8,
    priceKr: 3_900,
    competences: [['five-s', 3], ['standardised-work', 3]],
  },
  {
    provider: TCU,
    titleSv: 'Heta arbeten (certifiering)',
    titleEn: 'Hot work (certification)',
    descriptionSv:
      'Utbildning och certifiering enligt Brandskyddsföreningens regler för heta arbeten. Krävs för den som svetsar, skär eller slipar utanför fasta arbetsplatser, och certifikatet gäller i fem år.',
    descriptionEn:
      'Training and certification under the Swedish Fire Protection Association’s hot-work rules. Required for anyone welding, cutting or grinding outside fixed workstations; the certificate is valid for five years.',
    audience: 'STAFF',
    format: 'CLASSROOM',
    lengthHours: 8,
    priceKr: 2_900,
    competences: [['hot-work', 3]],
  },
  {
    provider: TCU,
    titleSv: 'Traverskörning',
    titleEn: 'Overhead crane operation',
    descriptionSv:
      'Säker körning av travers och lyft med lyftredskap enligt Arbetsmiljöverkets föreskrifter. Teori om anslagning, tecken och riskbedömning följs av praktisk körning.',
    descriptionEn:
      'Operating overhead cranes and lifting with lifting gear safely under the Swedish Work Environment Authority’s rules. Theory on slinging, signals and risk assessment, then practical driving.',
    audience: 'STAFF',
    format: 'CLASSROOM',
    lengthHours: 8,
    priceKr: 3_500,
    competences: [['overhead-crane', 3]],
  },
  {
    provider: TCU,
    titleSv: 'Ritningsläsning och GD&T',
    titleEn: 'Reading drawings and GD&T',
    descriptionSv:
      'Läsa och tolka tekniska ritningar: vyer, snitt, måttsättning, toleranser och ytjämnhet. Kursen går igenom form- och lägetoleranser (GD&T) enligt ISO GPS med exempel från verkstaden.',
    descriptionEn:
      'Reading and interpreting technical drawings: views, sections, dimensioning, tolerances and surface finish. Covers geometrical tolerancing (GD&T) under ISO GPS with examples from the shop floor.',
    audience: 'BOTH',
    format: 'CLASSROOM',
    lengthHours: 24,
    priceKr: 8_900,
    competences: [['drawing-reading-gdt', 4]],
  },
  {
    provider: TCU,
    titleSv: 'Förebyggande underhåll',
    titleEn: 'Preventive maintenance',
    descriptionSv:
      'Planera och utföra förebyggande underhåll så att maskinerna går när de ska. Vi går igenom underhållsplaner, tillståndskontroll och smörjning, och hur operatörer kan ta över enklare skötsel.',
    descriptionEn:
      'Planning and doing preventive maintenance so that machines run when they should. Covers maintenance plans, condition monitoring and lubrication, and how operators can take over routine care.',
    audience: 'STAFF',
    format: 'BLENDED',
    lengthHours: 24,
    priceKr: 9_500,
    competences: [['preventive-maintenance', 3]],
  },
  {
    provider: TCU,
    titleSv: 'Arbetsmiljö och SAM för chefer',
    titleEn: 'Work environment management for managers',
    descriptionSv:
      'Chefens ansvar i det systematiska arbetsmiljöarbetet: riskbedömning, undersökning, åtgärder och uppföljning enligt AFS 2023:1. Kursen tar också upp fördelning av arbetsmiljöuppgifter och den organisatoriska och sociala arbetsmiljön.',
    descriptionEn:
      'The manager’s responsibility in systematic work environment management: risk assessment, investigation, action and follow-up under AFS 2023:1. Also covers delegating work environment tasks and the organisational and social work environment.',
    audience: 'MANAGEMENT',
    format: 'CLASSROOM',
    lengthHours: 16,
    priceKr: 7_900,
    competences: [['systematic-work-environment', 4]],
  },
  {
    provider: TCU,
    titleSv: 'Coachande ledarskap för arbetsledare',
    titleEn: 'Coaching leadership for supervisors',
    descriptionSv:
      'För arbetsledare och teamledare som vill utveckla sina medarbetare med frågor, återkoppling och tydliga mål. Träffarna varvas med övningar i den egna arbetsgruppen, och kursen avslutas med en plan för medarbetarsamtalen.',
    descriptionEn:
      'For supervisors and team leaders who want to develop their people through questions, feedback and clear goals. Sessions alternate with exercises in their own team, and the course ends with a plan for development talks.',
    audience: 'MANAGEMENT',
    format: 'BLENDED',
    lengthHours: 32,
    priceKr: 16_500,
    competences: [['coaching-leadership', 4], ['performance-reviews', 3]],
  },
  {
    provider: TCU,
    titleSv: 'Smältning och smältbehandling',
    titleEn: 'Melting and melt treatment',
    descriptionSv:
      'Smältning av aluminium- och järnlegeringar i induktionsugn: chargering, temperaturstyrning, avgasning och kornförfining. Kursen tar upp analyskontroll och säkert arbete vid ugn och skänk.',
    descriptionEn:
      'Melting aluminium and iron alloys in induction furnaces: charging, temperature control, degassing and grain refinement. Covers analysis control and safe work at furnace and ladle.',
    audience: 'STAFF',
    format: 'CLASSROOM',
    lengthHours: 16,
    priceKr: 8_500,
    competences: [['melting', 4]],
  },
  {
    provider: TCU,
    titleSv: 'Affärssystem och MES',
    titleEn: 'ERP and MES systems',
    descriptionSv:
      'Hur order, material och tid flödar genom affärssystem och MES i en verkstad. Deltagarna lär sig rapportera rätt, läsa beläggning och använda systemens data i planeringen.',
    descriptionEn:
      'How orders, materials and time flow through ERP and MES in a manufacturing plant. Participants learn to report correctly, read loading and use the systems’ data in planning.',
    audience: 'BOTH',
    format: 'ONLINE',
    lengthHours: 12,
    priceKr: 5_900,
    competences: [['erp-mes', 3]],
  },
  {
    provider: TCU,
    titleSv: 'Kemikaliehantering i industrin',
    titleEn: 'Handling chemicals in industry',
    descriptionSv:
      'Säker hantering av kemikalier, bindemedel och lösningsmedel: säkerhetsdatablad, märkning, skyddsutrustning och förvaring. Webbkurs som avslutas med ett kunskapstest.',
    descriptionEn:
      'Safe handling of chemicals, binders and solvents: safety data sheets, labelling, protective equipment and storage. An online course ending with a knowledge test.',
    audience: 'STAFF',
    format: 'ONLINE',
    lengthHours: 4,
    priceKr: 2_500,
    competences: [['chemical-handling', 3]],
  },
  {
    provider: TCU,
    titleSv: 'Manuell ritteknik',
    descriptionSv: 'Ritteknik på ritbräda för verkstaden. Ersatt av kursen Ritningsläsning och GD&T när ritbordet gav vika för CAD.',
    audience: 'STAFF',
    format: 'CLASSROOM',
    lengthHours: 16,
    priceKr: 4_500,
    competences: [['manual-drafting', 3]],
    retired: true,
  },

  // Upplands Industriutbildning: Uppsala county.
  {
    provider: UIU,
    titleSv: 'Truckkort A+B',
    titleEn: 'Forklift licence A+B',
    descriptionSv:
      'Truckutbildning enligt TLP10 för ledstaplare, låglyftare, motviktstruck och skjutstativtruck (A och B). Teori och praktisk körning avslutas med skriftligt och praktiskt prov.',
    descriptionEn:
      'Forklift training to the TLP10 curriculum for pallet stackers, counterbalance and reach trucks (A and B). Theory and practical driving end in a written and a practical test.',
    audience: 'STAFF',
    format: 'CLASSROOM',
    lengthHours: 24,
    priceKr: 5_900,
    competences: [['forklift-driving', 3]],
  },
  {
    provider: UIU,
    titleSv: 'TIG-svetsning för rostfritt',
    titleEn: 'TIG welding of stainless steel',
    descriptionSv:
      'TIG-svetsning av rostfri tunnplåt och rör med fokus på rotgas, värmetillförsel och rena fogar. För svetsare som redan behärskar MIG/MAG och vill bredda sig.',
    descriptionEn:
      'TIG welding of stainless thin sheet and tube, focusing on backing gas, heat input and clean joints. For welders who already master MIG/MAG and want to broaden their skills.',
    audience: 'STAFF',
    format: 'CLASSROOM',
    lengthHours: 32,
    priceKr: 13_900,
    prerequisites: 'Grundkurs i MIG/MAG-svetsning eller motsvarande erfarenhet.',
    competences: [['tig-welding', 4]],
  },
  {
    provider: UIU,
    titleSv: 'Hydraulik och pneumatik',
    titleEn: 'Hydraulics and pneumatics',
    descriptionSv:
      'Hur hydraul- och pneumatiksystem är uppbyggda, hur man läser scheman och hur man felsöker ventiler, cylindrar och pumpar. Praktiska övningar i övningsriggar.',
    descriptionEn:
      'How hydraulic and pneumatic systems are built, how to read their diagrams and how to troubleshoot valves, cylinders and pumps. Practical exercises on training rigs.',
    audience: 'STAFF',
    format: 'CLASSROOM',
    lengthHours: 24,
    priceKr: 9_900,
    competences: [['hydraulics-pneumatics', 3]],
  },
  {
    provider: UIU,
    titleSv: 'Excel och dataanalys för produktion',
    titleEn: 'Excel and data analysis for production',
    descriptionSv:
      'Från produktionsdata till beslut: pivottabeller, diagram och enkla nyckeltal i Excel. Exemplen handlar om kassation, ställtider och OEE.',
    descriptionEn:
      'From production data to decisions: pivot tables, charts and simple key figures in Excel. The examples deal with scrap, changeover times and OEE.',
    audience: 'BOTH',
    format: 'ONLINE',
    lengthHours: 12,
    priceKr: 4_900,
    competences: [['data-analysis', 3]],
  },
  {
    provider: UIU,
    titleSv: 'SPC i praktiken',
    titleEn: 'SPC in practice',
    descriptionSv:
      'Statistisk processtyrning vid maskinen: styrdiagram, duglighetsindex och vad man gör när processen drar iväg. Deltagarna sätter upp ett styrdiagram för en egen process.',
    descriptionEn:
      'Statistical process control at the machine: control charts, capability indices and what to do when a process drifts. Participants set up a control chart for a process of their own.',
    audience: 'BOTH',
    format: 'BLENDED',
    lengthHours: 16,
    priceKr: 7_900,
    competences: [['spc', 3], ['data-analysis', 2]],
  },
  {
    provider: UIU,
    titleSv: 'Elfelsökning för underhåll',
    descriptionSv:
      'Systematisk felsökning i styr- och kraftkretsar med multimeter och kopplingsschema. Kursen tar upp elsäkerhet enligt Elsäkerhetsverkets föreskrifter och arbete i maskinens elskåp.',
    audience: 'STAFF',
    format: 'CLASSROOM',
    lengthHours: 32,
    priceKr: 12_500,
    competences: [['electrical-troubleshooting', 3]],
  },
  {
    provider: UIU,
    titleSv: 'Energieffektivisering i industrin',
    titleEn: 'Energy efficiency in industry',
    descriptionSv:
      'Kartlägg och minska energianvändningen i ugnar, tryckluft, ventilation och maskiner. Deltagarna gör en enkel energikartläggning av den egna arbetsplatsen och lär sig räkna på åtgärder.',
    descriptionEn:
      'Mapping and cutting energy use in furnaces, compressed air, ventilation and machines. Participants make a simple energy survey of their own workplace and learn to cost measures.',
    audience: 'BOTH',
    format: 'BLENDED',
    lengthHours: 16,
    priceKr: 8_500,
    competences: [['energy-efficiency', 3]],
  },
  {
    provider: UIU,
    titleSv: 'ISO 9001 och internrevision',
    titleEn: 'ISO 9001 and internal audit',
    descriptionSv:
      'Kraven i ISO 9001 och hur ledningssystemet används i vardagen. Kursen ger praktisk träning i att planera och genomföra internrevisioner.',
    descriptionEn:
      'The requirements of ISO 9001 and how the management system is used day to day. Gives practical training in planning and carrying out internal audits.',
    audience: 'BOTH',
    format: 'CLASSROOM',
    lengthHours: 16,
    priceKr: 8_900,
    competences: [['iso-9001', 3]],
  },
  {
    provider: UIU,
    titleSv: 'Truckförarutbildning (äldre utbildningsplan)',
    descriptionSv: 'Truckutbildning enligt den äldre utbildningsplanen. Ersatt av Truckkort A+B enligt TLP10.',
    audience: 'STAFF',
    format: 'CLASSROOM',
    lengthHours: 16,
    priceKr: 4_900,
    competences: [['forklift-driving', 2]],
    retired: true,
  },

  // Sörmlands Industriskola: Södermanland.
  {
    provider: SIS,
    titleSv: 'Smide och valsning – processkunskap',
    titleEn: 'Forging and rolling – process knowledge',
    descriptionSv:
      'Varm- och kallformning av stål i press, hammare och valsverk: temperaturfönster, deformation, verktyg och vanliga fel. Kursen hålls i Eskilstuna med studiebesök i smedja och valsverk.',
    descriptionEn:
      'Hot and cold forming of steel in presses, hammers and rolling mills: temperature windows, deformation, tooling and common faults. Held in Eskilstuna with visits to a forge and a rolling mill.',
    audience: 'STAFF',
    format: 'CLASSROOM',
    lengthHours: 32,
    priceKr: 13_500,
    places: ['Eskilstuna'],
    competences: [['forging-pressing', 4], ['steel-materials', 2]],
  },
  {
    provider: SIS,
    titleSv: 'Värmebehandling av stål',
    titleEn: 'Heat treatment of steel',
    descriptionSv:
      'Härdning, anlöpning, glödgning och sätthärdning: vad som händer i stålet och hur tid, temperatur och kylning styr resultatet. Med laborationer i härdugn och hårdhetsmätning.',
    descriptionEn:
      'Hardening, tempering, annealing and case hardening: what happens in the steel and how time, temperature and quench decide the result. With lab work at the furnace and hardness testing.',
    audience: 'STAFF',
    format: 'CLASSROOM',
    lengthHours: 24,
    priceKr: 11_500,
    competences: [['heat-treatment', 4], ['steel-materials', 3]],
  },
  {
    provider: SIS,
    titleSv: 'Plåtbearbetning och kantpressning',
    titleEn: 'Sheet metal work and press braking',
    descriptionSv:
      'Bockning i kantpress med rätt verktygsval och bockavdrag, och grunderna i laserskärning och stansning. Praktiska övningar i CNC-styrd kantpress.',
    descriptionEn:
      'Bending in a press brake with the right tooling and bend allowance, and the basics of laser cutting and punching. Practical exercises on a CNC press brake.',
    audience: 'STAFF',
    format: 'CLASSROOM',
    lengthHours: 32,
    priceKr: 12_900,
    competences: [['sheet-metal-forming', 4]],
  },
  {
    provider: SIS,
    titleSv: 'Lackering och blästring',
    titleEn: 'Painting and blast cleaning',
    descriptionSv:
      'Förbehandling, blästring till rätt renhetsgrad och lackering med våtlack och pulverlack. Kursen tar upp skikttjocklek, härdning och kontroll av den färdiga ytan.',
    descriptionEn:
      'Pre-treatment, blast cleaning to the right grade and painting with wet and powder coatings. Covers film thickness, curing and inspecting the finished surface.',
    audience: 'STAFF',
    format: 'CLASSROOM',
    lengthHours: 24,
    priceKr: 10_900,
    competences: [['painting', 3], ['blasting', 3]],
  },
  {
    provider: SIS,
    titleSv: 'Materialkunskap – stål och legeringar',
    titleEn: 'Steels and alloys',
    descriptionSv:
      'Stålsorter, legeringsämnen och beteckningar enligt EN, och hur materialvalet påverkar bearbetning, svetsning och hållfasthet.',
    descriptionEn: 'Steel grades, alloying elements and EN designations, and how the choice of material affects machining, welding and strength.',
    audience: 'BOTH',
    format: 'ONLINE',
    lengthHours: 12,
    priceKr: 5_500,
    competences: [['steel-materials', 3]],
  },
  {
    provider: SIS,
    titleSv: 'Ständiga förbättringar i praktiken',
    titleEn: 'Continuous improvement in practice',
    descriptionSv:
      'Kaizen på riktigt: förbättringstavla, problemlösning med PDCA och fem varför, och hur ledningen håller förbättringsarbetet vid liv. Genomförs hos företaget med deltagarnas egna förbättringsförslag.',
    descriptionEn:
      'Kaizen for real: the improvement board, problem solving with PDCA and five whys, and how management keeps improvement alive. Run at the firm with the participants’ own improvement ideas.',
    audience: 'BOTH',
    format: 'ON_SITE',
    lengthHours: 16,
    priceKr: 4_900,
    occasionPriceKr: 85_000,
    competences: [['kaizen', 3]],
  },
  {
    provider: SIS,
    titleSv: 'Medarbetarsamtal som utvecklar',
    descriptionSv:
      'Förbered, genomför och följ upp medarbetarsamtal som leder till konkreta utvecklingsplaner. För chefer och arbetsledare, med rollspel och samtalsmallar.',
    audience: 'MANAGEMENT',
    format: 'CLASSROOM',
    lengthHours: 8,
    priceKr: 5_900,
    competences: [['performance-reviews', 4]],
  },

  // Yrkeshögskolan Östergötland: Östergötland.
  {
    provider: YHO,
    titleSv: 'CAM med Mastercam',
    titleEn: 'CAM with Mastercam',
    descriptionSv:
      'Från 3D-modell till färdigt bearbetningsprogram i Mastercam: verktygsbanor för 2,5D- och 3D-fräsning, simulering och postprocessorer. Distansstudier kombineras med tre lärarledda dagar i Linköping.',
    descriptionEn:
      'From 3D model to finished machining program in Mastercam: toolpaths for 2.5D and 3D milling, simulation and post-processors. Distance study combined with three teacher-led days in Linköping.',
    audience: 'STAFF',
    format: 'BLENDED',
    lengthHours: 40,
    priceKr: 19_500,
    prerequisites: 'Vana vid CNC-fräsning och grundläggande 3D-CAD.',
    places: ['Linköping'],
    competences: [['cam-programming', 4]],
  },
  {
    provider: YHO,
    titleSv: 'Gjutprocessen – simulering och metodutveckling',
    titleEn: 'The casting process – simulation and method development',
    descriptionSv:
      'Fördjupning för gjuteritekniker: gjutsimulering, metodutveckling av ingöt och matare och systematisk kassationsanalys. Deltagarna arbetar med en egen detalj från sitt gjuteri.',
    descriptionEn:
      'Advanced course for foundry technicians: casting simulation, developing gating and feeding methods and systematic scrap analysis. Participants work on a casting from their own foundry.',
    audience: 'STAFF',
    format: 'CLASSROOM',
    lengthHours: 40,
    priceKr: 22_500,
    prerequisites: 'Gjutteknik och gjutdefekter eller motsvarande kunskaper.',
    competences: [['casting-technology', 5], ['casting-defects', 4]],
  },
  {
    provider: YHO,
    titleSv: 'Projektledning i produktion',
    titleEn: 'Project management in production',
    descriptionSv:
      'Planera, driva och avsluta förbättrings- och investeringsprojekt i produktionen. Kursen tar upp projektplan, intressenter och risker, och uppföljning av tid och budget.',
    descriptionEn:
      'Planning, running and closing improvement and investment projects in production. Covers the project plan, stakeholders and risks, and following up time and budget.',
    audience: 'BOTH',
    format: 'BLENDED',
    lengthHours: 24,
    priceKr: 12_500,
    competences: [['project-management', 3]],
  },
  {
    provider: YHO,
    titleSv: 'Förändringsledning',
    titleEn: 'Leading change',
    descriptionSv:
      'Leda verksamheten genom förändring så att medarbetarna följer med: från behov och vision till kommunikation, motstånd och uppföljning. För ledningsgrupper och produktionschefer.',
    descriptionEn:
      'Leading the business through change so that people come along: from need and vision to communication, resistance and follow-up. For management teams and production managers.',
    audience: 'MANAGEMENT',
    format: 'CLASSROOM',
    lengthHours: 16,
    priceKr: 14_900,
    competences: [['change-management', 4]],
  },
  {
    provider: YHO,
    titleSv: '3D-CAD för verkstadsindustrin',
    titleEn: '3D CAD for manufacturing',
    descriptionSv: 'Modellering av detaljer och sammanställningar i 3D-CAD och framtagning av tillverkningsritningar. För konstruktörer, beredare och tekniker.',
    descriptionEn: 'Modelling parts and assemblies in 3D CAD and producing manufacturing drawings. For designers, process planners and technicians.',
    audience: 'STAFF',
    format: 'BLENDED',
    lengthHours: 40,
    priceKr: 16_900,
    competences: [['cad', 3], ['drawing-reading-gdt', 3]],
  },
  {
    provider: YHO,
    titleSv: 'Värdeflödesanalys',
    titleEn: 'Value stream mapping',
    descriptionSv:
      'Kartlägg ett produktflöde från order till leverans, hitta slöserierna och rita ett framtida flöde. Deltagarna arbetar med ett flöde från den egna fabriken.',
    descriptionEn:
      'Mapping a product flow from order to delivery, finding the waste and drawing a future flow. Participants work on a flow from their own plant.',
    audience: 'BOTH',
    format: 'CLASSROOM',
    lengthHours: 16,
    priceKr: 8_900,
    competences: [['value-stream-mapping', 4]],
  },
  {
    provider: YHO,
    titleSv: 'CNC-svarvning – grundkurs',
    titleEn: 'CNC turning – foundation course',
    descriptionSv: 'Uppsättning och körning av CNC-svarv: nollpunkter, verktyg, skärdata och enkla program. Praktik i skolans verkstad i Norrköping.',
    descriptionEn: 'Setting up and running a CNC lathe: datums, tools, cutting data and simple programs. Practice in the school workshop in Norrköping.',
    audience: 'STAFF',
    format: 'CLASSROOM',
    lengthHours: 40,
    priceKr: 15_500,
    places: ['Norrköping'],
    competences: [['turning', 3], ['cnc-programming', 2]],
  },
  {
    provider: YHO,
    titleSv: 'Fräsning i fleroperationsmaskin',
    titleEn: 'Milling in machining centres',
    descriptionSv:
      'Uppspänning, verktygsval och skärdata för fleroperationsmaskiner, med fokus på stabila processer och kortare ställtider.',
    descriptionEn: 'Fixturing, tool choice and cutting data for machining centres, with a focus on stable processes and shorter changeovers.',
    audience: 'STAFF',
    format: 'CLASSROOM',
    lengthHours: 40,
    priceKr: 16_500,
    competences: [['milling', 4]],
  },

  // Svetsakademin Bergslagen: Örebro county.
  {
    provider: SAB,
    titleSv: 'Svetsning MIG/MAG – fortsättning med svetsprov',
    titleEn: 'MIG/MAG welding – advanced, with qualification test',
    descriptionSv:
      'För svetsare som vill ta nästa steg: svetsning i alla lägen och förberedelse för svetsarprövning enligt EN ISO 9606-1. Kursen avslutas med prov under tillsyn av ackrediterat organ.',
    descriptionEn:
      'For welders taking the next step: welding in all positions and preparing for welder qualification under EN ISO 9606-1. Ends with a test witnessed by an accredited body.',
    audience: 'STAFF',
    format: 'CLASSROOM',
    lengthHours: 40,
    priceKr: 16_900,
    prerequisites: 'Svetsning MIG/MAG – grundkurs eller motsvarande.',
    competences: [['mig-mag-welding', 4], ['welding-to-standard', 3]],
  },
  {
    provider: SAB,
    titleSv: 'Svetskoordinering enligt EN ISO 14731',
    titleEn: 'Welding coordination under EN ISO 14731',
    descriptionSv:
      'För den som planerar och övervakar svetsarbete: svetsdatablad, svetsarkvalifikationer, kvalitetskrav enligt EN ISO 3834 och EN 1090 samt dokumentation. Ger grunden för rollen som svetskoordinator.',
    descriptionEn:
      'For those who plan and supervise welding: welding procedures, welder qualifications, quality requirements under EN ISO 3834 and EN 1090, and documentation. The basis for the welding coordinator role.',
    audience: 'BOTH',
    format: 'BLENDED',
    lengthHours: 80,
    priceKr: 24_900,
    competences: [['welding-coordination', 4], ['welding-to-standard', 4]],
  },
  {
    provider: SAB,
    titleSv: 'TIG-svetsning av aluminium',
    titleEn: 'TIG welding of aluminium',
    descriptionSv: 'Växelströmssvetsning av aluminium med TIG: rengöring, tillsatsmaterial och hur man undviker porer och bindfel. För erfarna svetsare.',
    descriptionEn: 'AC TIG welding of aluminium: cleaning, filler metals and how to avoid porosity and lack of fusion. For experienced welders.',
    audience: 'STAFF',
    format: 'CLASSROOM',
    lengthHours: 24,
    priceKr: 12_900,
    competences: [['tig-welding', 4]],
  },
  {
    provider: SAB,
    titleSv: 'WPS och svetsdokumentation',
    descriptionSv:
      'Läsa och arbeta efter svetsdatablad (WPS), spårbarhet och egenkontroll, så att svetsningen uppfyller kundens och standardens krav. Webbkurs för svetsare och arbetsledare.',
    audience: 'STAFF',
    format: 'ONLINE',
    lengthHours: 8,
    priceKr: 3_900,
    competences: [['welding-to-standard', 3]],
  },
  {
    provider: SAB,
    titleSv: 'Heta arbeten för svetsare',
    titleEn: 'Hot work for welders',
    descriptionSv:
      'Certifiering i heta arbeten enligt Brandskyddsföreningen, med extra fokus på svetsning och skärning på byggarbetsplats och i kundens anläggning.',
    descriptionEn: 'Hot-work certification under the Swedish Fire Protection Association, focusing on welding and cutting on building sites and at customers’ plants.',
    audience: 'STAFF',
    format: 'CLASSROOM',
    lengthHours: 8,
    priceKr: 2_950,
    competences: [['hot-work', 3]],
  },
  {
    provider: SAB,
    titleSv: 'Slipning – plan- och rundslipning',
    titleEn: 'Surface and cylindrical grinding',
    descriptionSv: 'Planslipning och rundslipning mot snäva toleranser: val av slipskiva, skärpning och mätning. Praktik i skolans slipmaskiner.',
    descriptionEn: 'Surface and cylindrical grinding to tight tolerances: wheel choice, dressing and measuring. Practice on the school’s grinding machines.',
    audience: 'STAFF',
    format: 'CLASSROOM',
    lengthHours: 32,
    priceKr: 13_500,
    competences: [['grinding', 4], ['metrology', 3]],
  },

  // Västmanlands Automationsakademi: Västmanland.
  {
    provider: VAA,
    titleSv: 'PLC-programmering Siemens TIA',
    titleEn: 'PLC programming with Siemens TIA Portal',
    descriptionSv:
      'Programmering av Siemens S7-1500 i TIA Portal: ladder och strukturerad text, felsökning och enkla HMI-bilder. Varje deltagare arbetar vid en egen övningsrigg.',
    descriptionEn:
      'Programming the Siemens S7-1500 in TIA Portal: ladder and structured text, troubleshooting and simple HMI screens. Every participant works at a training rig of their own.',
    audience: 'STAFF',
    format: 'CLASSROOM',
    lengthHours: 40,
    priceKr: 19_900,
    competences: [['plc-programming', 4]],
  },
  {
    provider: VAA,
    titleSv: 'Robotprogrammering ABB',
    titleEn: 'ABB robot programming',
    descriptionSv:
      'Programmering av ABB-robotar i RAPID och RobotStudio: koordinatsystem, rörelser, I/O och säker drift. Ger grunden för att köra in och ändra robotceller.',
    descriptionEn:
      'Programming ABB robots in RAPID and RobotStudio: coordinate systems, motion, I/O and safe operation. The basis for commissioning and changing robot cells.',
    audience: 'STAFF',
    format: 'CLASSROOM',
    lengthHours: 32,
    priceKr: 17_500,
    competences: [['robot-programming', 4]],
  },
  {
    provider: VAA,
    titleSv: 'Processövervakning och styrsystem',
    titleEn: 'Process monitoring and control systems',
    descriptionSv:
      'Övervaka och styra kontinuerliga processer: reglerkretsar, larmhantering och trendanalys i styrsystemet. För processoperatörer i stål-, plast- och processindustrin.',
    descriptionEn:
      'Monitoring and controlling continuous processes: control loops, alarm handling and trend analysis in the control system. For process operators in steel, plastics and process industry.',
    audience: 'STAFF',
    format: 'CLASSROOM',
    lengthHours: 24,
    priceKr: 13_900,
    competences: [['process-control', 4]],
  },
  {
    provider: VAA,
    titleSv: 'Industriell IT- och OT-säkerhet',
    titleEn: 'Industrial IT and OT security',
    descriptionSv:
      'Hur produktionsnät och styrsystem skyddas mot intrång och driftstörningar. Vi går igenom segmentering, fjärråtkomst, uppdateringar och kraven i NIS2.',
    descriptionEn: 'How production networks and control systems are protected against intrusion and disruption. Covers segmentation, remote access, updates and the NIS2 requirements.',
    audience: 'BOTH',
    format: 'ONLINE',
    lengthHours: 8,
    priceKr: 6_500,
    competences: [['ot-security', 3]],
  },
  {
    provider: VAA,
    titleSv: 'Felsökning i automationssystem',
    titleEn: 'Troubleshooting automation systems',
    descriptionSv:
      'Systematisk felsökning där el, givare, PLC och mekanik möts. Läraren lägger in fel i övningsriggarna som deltagarna ska hitta och åtgärda.',
    descriptionEn: 'Systematic troubleshooting where electrics, sensors, PLC and mechanics meet. The teacher plants faults in the rigs for participants to find and fix.',
    audience: 'STAFF',
    format: 'CLASSROOM',
    lengthHours: 32,
    priceKr: 14_900,
    competences: [['electrical-troubleshooting', 4], ['plc-programming', 2]],
  },
  {
    provider: VAA,
    titleSv: 'Hydraulik – fördjupning',
    titleEn: 'Hydraulics – advanced',
    descriptionSv: 'Proportional- och servoventiler, lastkännande system och felsökning med tryck- och flödesmätning.',
    descriptionEn: 'Proportional and servo valves, load-sensing systems and troubleshooting with pressure and flow measurement.',
    audience: 'STAFF',
    format: 'CLASSROOM',
    lengthHours: 24,
    priceKr: 12_900,
    prerequisites: 'Hydraulik och pneumatik eller motsvarande.',
    competences: [['hydraulics-pneumatics', 4]],
  },
  {
    provider: VAA,
    titleSv: 'Förebyggande underhåll och TPM',
    titleEn: 'Preventive maintenance and TPM',
    descriptionSv:
      'TPM på plats i fabriken: operatörsunderhåll, OEE och förbättringsgrupper som minskar stopptiden. Genomförs i företagets egen produktion med de egna maskinerna.',
    descriptionEn:
      'TPM on site in the plant: operator maintenance, OEE and improvement groups that cut downtime. Run in the firm’s own production on its own machines.',
    audience: 'BOTH',
    format: 'ON_SITE',
    lengthHours: 24,
    priceKr: 7_500,
    occasionPriceKr: 120_000,
    competences: [['preventive-maintenance', 4], ['standardised-work', 2]],
  },

  // Industrikompetens Sverige: national, mostly online.
  {
    provider: IKS,
    titleSv: 'Lean produktion – grunder',
    titleEn: 'Lean production – foundations',
    descriptionSv:
      'Grunderna i lean: kundvärde, flöde, slöseri och ständiga förbättringar. Deltagarna gör en enkel värdeflödeskartläggning och ett första förbättringsförslag.',
    descriptionEn: 'The foundations of lean: customer value, flow, waste and continuous improvement. Participants make a simple value stream map and a first improvement proposal.',
    audience: 'BOTH',
    format: 'ONLINE',
    lengthHours: 12,
    priceKr: 4_500,
    competences: [['kaizen', 3], ['value-stream-mapping', 2], ['five-s', 2]],
  },
  {
    provider: IKS,
    titleSv: 'ESD-hantering',
    titleEn: 'ESD handling',
    descriptionSv:
      'Hantering av elektronik utan elektrostatiska urladdningar enligt IEC 61340-5-1: EPA-område, jordning, förpackning och egenkontroll. Webbkurs med certifikat.',
    descriptionEn: 'Handling electronics without electrostatic discharge under IEC 61340-5-1: the EPA, grounding, packaging and self-inspection. An online course with a certificate.',
    audience: 'STAFF',
    format: 'ONLINE',
    lengthHours: 4,
    priceKr: 2_500,
    competences: [['esd-handling', 3]],
  },
  {
    provider: IKS,
    titleSv: 'Lindning av elmotorer – grundkurs',
    titleEn: 'Winding electric motors – foundation course',
    descriptionSv:
      'Grundläggande lindning av statorer och spolar för små elmotorer: lindningsscheman, isolation, lödning och impregnering. Praktiska övningar i handlindning och lindningsmaskin.',
    descriptionEn:
      'Basic winding of stators and coils for small electric motors: winding diagrams, insulation, soldering and impregnation. Practical exercises in hand and machine winding.',
    audience: 'STAFF',
    format: 'CLASSROOM',
    lengthHours: 24,
    priceKr: 11_500,
    competences: [['coil-winding', 2], ['electric-motor-assembly', 2]],
  },
  {
    provider: IKS,
    titleSv: 'Elmotorteknik – montering och provning',
    titleEn: 'Electric motors – assembly and testing',
    descriptionSv:
      'Hur små elmotorer fungerar och hur de monteras, provkörs och felsöks. Kursen tar upp lager, balansering, mätning av lindningsresistans och isolationsprovning.',
    descriptionEn:
      'How small electric motors work and how they are assembled, test-run and troubleshot. Covers bearings, balancing, winding resistance measurement and insulation testing.',
    audience: 'STAFF',
    format: 'BLENDED',
    lengthHours: 16,
    priceKr: 8_900,
    competences: [['electric-motor-assembly', 3], ['electrical-troubleshooting', 2]],
  },
  {
    provider: IKS,
    titleSv: 'Att leda i produktion – arbetsledarutbildning',
    titleEn: 'Leading in production – supervisor training',
    descriptionSv:
      'För nya arbetsledare och teamledare: rollen, den dagliga styrningen, tavelmöten, arbetsmiljöansvaret och svåra samtal. Fyra träffar med uppgifter mellan gångerna.',
    descriptionEn:
      'For new supervisors and team leaders: the role, daily management, board meetings, work environment responsibility and difficult conversations. Four sessions with assignments in between.',
    audience: 'MANAGEMENT',
    format: 'BLENDED',
    lengthHours: 32,
    priceKr: 18_500,
    competences: [['supervision', 4], ['coaching-leadership', 3]],
  },
  {
    provider: IKS,
    titleSv: 'Cirkulär produktion och materialåtervinning',
    descriptionSv:
      'Minska spillet och ta vara på skrot, returmaterial och restprodukter. Kursen tar upp materialflödesanalys, kundernas krav och EU:s regler för hållbar produktion.',
    audience: 'BOTH',
    format: 'ONLINE',
    lengthHours: 8,
    priceKr: 4_500,
    competences: [['circular-production', 3]],
  },
  {
    provider: IKS,
    titleSv: 'Strategisk kompetensförsörjning för ledningsgrupper',
    titleEn: 'Strategic competence supply for management teams',
    descriptionSv:
      'Ledningsgruppen tar fram en kompetensförsörjningsplan: vilka kompetenser behövs om tre år, vilka gap finns i dag och vad ska utvecklas, rekryteras eller köpas in. Genomförs hos företaget under två halvdagar.',
    descriptionEn:
      'The management team draws up a competence supply plan: which competences are needed in three years, which gaps exist today and what to develop, recruit or buy in. Run at the firm over two half days.',
    audience: 'MANAGEMENT',
    format: 'ON_SITE',
    lengthHours: 8,
    priceKr: 9_500,
    occasionPriceKr: 95_000,
    competences: [['change-management', 3], ['performance-reviews', 3]],
  },
  {
    provider: IKS,
    titleSv: 'Systematiskt arbetsmiljöarbete – grundkurs',
    titleEn: 'Systematic work environment management – introduction',
    descriptionSv: 'Grundkurs i SAM för skyddsombud, arbetsledare och medarbetare: riskbedömning, rapportering av tillbud och handlingsplaner.',
    descriptionEn: 'An introduction for safety representatives, supervisors and staff: risk assessment, reporting near misses and action plans.',
    audience: 'BOTH',
    format: 'ONLINE',
    lengthHours: 8,
    priceKr: 3_500,
    competences: [['systematic-work-environment', 3]],
  },
  {
    provider: IKS,
    titleSv: 'Lean Six Sigma Yellow Belt (på engelska)',
    titleEn: 'Lean Six Sigma Yellow Belt',
    descriptionSv: 'Förbättringsmetodik med DMAIC, processkartor och grundläggande statistik. Kursen ges på engelska med deltagare från flera länder.',
    descriptionEn: 'Improvement method with DMAIC, process maps and basic statistics. Taught in English with participants from several countries.',
    audience: 'BOTH',
    format: 'ONLINE',
    language: 'en',
    lengthHours: 16,
    priceKr: 9_900,
    competences: [['spc', 3], ['data-analysis', 3]],
  },
];

/** Kronor as stored: öre, exact. */
export function kronor(amount: number): bigint {
  return BigInt(amount) * 100n;
}
