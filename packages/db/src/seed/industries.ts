/**
 * The industrial SNI 2007 codes the demo firms carry, with their Swedish headings, the trade
 * words their names are made of and the shop-floor job titles of their staff.
 */

export interface Industry {
  sniCode: string;
  heading: string;
  /** Words for generated firm names: `Motala ${trade} AB`. */
  trades: readonly string[];
  /** Shop-floor titles typical of the trade. */
  jobTitles: readonly string[];
  /** How common the trade is among the programme's firms (relative). */
  weight: number;
}

const foundryTitles = ['Gjutare', 'Formare', 'Kärnmakare', 'Smältare', 'Rensare', 'Gjuteritekniker', 'CNC-operatör'];
const steelTitles = ['Smältverksoperatör', 'Valsverksoperatör', 'Ugnsoperatör', 'Härdare', 'Processoperatör', 'Metallurg', 'Laboratorietekniker'];
const machiningTitles = ['CNC-operatör', 'Maskinoperatör', 'Svarvare', 'Fräsare', 'Slipare', 'Verktygsmakare', 'Montör', 'Svetsare'];
const sheetMetalTitles = ['Svetsare', 'Plåtslagare', 'Kantpressoperatör', 'Laseroperatör', 'Montör', 'Lackerare'];
const vehicleBodyTitles = ['Karossbyggare', 'Svetsare', 'Plåtslagare', 'Montör', 'Lackerare', 'Fordonselektriker'];
const electricalTitles = ['Lindare', 'Elmontör', 'Elektronikmontör', 'Montör', 'Testtekniker', 'Maskinoperatör'];
const plasticsTitles = ['Formsprutare', 'Extruderoperatör', 'Maskinställare', 'Processoperatör', 'Verktygsmakare', 'Montör'];
const formingTitles = ['Pressoperatör', 'Smed', 'Härdare', 'Ytbehandlare', 'Maskinoperatör', 'Processoperatör'];
const machineryTitles = ['Montör', 'Hydraulikmontör', 'Elmontör', 'Svetsare', 'CNC-operatör', 'Testtekniker'];

export const industries = {
  foundryIron: { sniCode: '24.510', heading: 'Gjutning av järn', trades: ['Järngjuteri', 'Gjuteri'], jobTitles: foundryTitles, weight: 2 },
  foundrySteel: { sniCode: '24.520', heading: 'Gjutning av stål', trades: ['Stålgjuteri'], jobTitles: foundryTitles, weight: 1 },
  foundryLightMetal: { sniCode: '24.530', heading: 'Gjutning av lättmetall', trades: ['Aluminiumgjuteri', 'Pressgjuteri', 'Lättmetallgjuteri'], jobTitles: foundryTitles, weight: 2 },
  foundryOtherMetal: { sniCode: '24.540', heading: 'Gjutning av andra metaller', trades: ['Metallgjuteri', 'Mässingsgjuteri'], jobTitles: foundryTitles, weight: 1 },
  steel: { sniCode: '24.100', heading: 'Framställning av järn och stål', trades: ['Specialstål', 'Stålverk', 'Snabbstål'], jobTitles: steelTitles, weight: 1 },
  steelTubes: {
    sniCode: '24.200',
    heading: 'Tillverkning av stålrör, rör, ihåliga profiler och tillhörande rördelar av stål',
    trades: ['Rörindustri', 'Stålrör'],
    jobTitles: sheetMetalTitles,
    weight: 1,
  },
  structuralSteel: { sniCode: '25.110', heading: 'Tillverkning av metallstommar och delar därav', trades: ['Stålbyggnad', 'Stålkonstruktioner'], jobTitles: sheetMetalTitles, weight: 2 },
  forging: {
    sniCode: '25.500',
    heading: 'Smide, pressning, prägling och valsning av metall; pulvermetallurgi',
    trades: ['Smide', 'Pressteknik', 'Press & Stans'],
    jobTitles: formingTitles,
    weight: 2,
  },
  surfaceTreatment: { sniCode: '25.610', heading: 'Beläggning och överdragning av metall', trades: ['Ytbehandling', 'Härdteknik', 'Förzinkning'], jobTitles: formingTitles, weight: 2 },
  machining: { sniCode: '25.620', heading: 'Metallegoarbeten', trades: ['Mekaniska', 'Mekaniska Verkstad', 'Precisionsmekanik', 'CNC-teknik', 'Legoteknik', 'Finmekanik'], jobTitles: machiningTitles, weight: 9 },
  tools: { sniCode: '25.730', heading: 'Tillverkning av verktyg', trades: ['Verktyg', 'Verktygsteknik', 'Formverktyg'], jobTitles: machiningTitles, weight: 2 },
  metalGoods: { sniCode: '25.990', heading: 'Tillverkning av övriga metallvaror', trades: ['Plåtindustri', 'Metallvaror', 'Tunnplåt'], jobTitles: sheetMetalTitles, weight: 3 },
  electricMotors: { sniCode: '27.110', heading: 'Tillverkning av elmotorer, generatorer och transformatorer', trades: ['Elmotor', 'Elmaskiner', 'Transformator'], jobTitles: electricalTitles, weight: 2 },
  switchgear: { sniCode: '27.120', heading: 'Tillverkning av elektriska distributions- och kontrollapparater', trades: ['Ställverk', 'Elautomation'], jobTitles: electricalTitles, weight: 1 },
  fluidPower: { sniCode: '28.120', heading: 'Tillverkning av fluidteknisk utrustning', trades: ['Hydraulik', 'Pneumatik'], jobTitles: machineryTitles, weight: 2 },
  transmission: { sniCode: '28.150', heading: 'Tillverkning av lager, kugghjul och andra delar för kraftöverföring', trades: ['Transmission', 'Kugghjul'], jobTitles: machiningTitles, weight: 1 },
  lifting: { sniCode: '28.220', heading: 'Tillverkning av lyft- och godshanteringsanordningar', trades: ['Lyftteknik', 'Kranteknik'], jobTitles: machineryTitles, weight: 1 },
  forestryMachines: { sniCode: '28.300', heading: 'Tillverkning av jord- och skogsbruksmaskiner', trades: ['Skogsmaskiner', 'Lantbruksmaskiner'], jobTitles: machineryTitles, weight: 1 },
  machineTools: { sniCode: '28.410', heading: 'Tillverkning av maskinverktyg för metallbearbetning', trades: ['Maskinverktyg'], jobTitles: machineryTitles, weight: 1 },
  miningMachines: { sniCode: '28.920', heading: 'Tillverkning av gruv-, bygg- och anläggningsmaskiner', trades: ['Gruvteknik', 'Anläggningsmaskiner'], jobTitles: machineryTitles, weight: 1 },
  specialMachines: { sniCode: '28.990', heading: 'Tillverkning av övriga specialmaskiner', trades: ['Specialmaskiner', 'Automation', 'Maskinteknik'], jobTitles: machineryTitles, weight: 3 },
  vehicleBodies: {
    sniCode: '29.200',
    heading: 'Tillverkning av karosserier för motorfordon; tillverkning av släpfordon och påhängsvagnar',
    trades: ['Karosseri', 'Släpvagnar', 'Fordonsbyggen'],
    jobTitles: vehicleBodyTitles,
    weight: 2,
  },
  vehicleParts: { sniCode: '29.320', heading: 'Tillverkning av andra delar och tillbehör till motorfordon', trades: ['Fordonskomponenter', 'Fordonsteknik'], jobTitles: machiningTitles, weight: 2 },
  rubber: { sniCode: '22.190', heading: 'Tillverkning av andra gummivaror', trades: ['Gummi', 'Gummiteknik'], jobTitles: plasticsTitles, weight: 1 },
  plasticProfiles: { sniCode: '22.210', heading: 'Tillverkning av plastskivor, plastfolier, plaströr och plastprofiler', trades: ['Plastprofiler', 'Plaströr'], jobTitles: plasticsTitles, weight: 1 },
  plastics: { sniCode: '22.290', heading: 'Tillverkning av övriga plastvaror', trades: ['Plastteknik', 'Formsprutning'], jobTitles: plasticsTitles, weight: 2 },
  machineRepair: { sniCode: '33.120', heading: 'Reparation av maskiner', trades: ['Maskinservice', 'Industriservice'], jobTitles: machineryTitles, weight: 2 },
} as const satisfies Record<string, Industry>;

export const industryList: readonly Industry[] = Object.values(industries);
