import { formatOre } from '@smartkompetens/domain';
import { loadExcel } from '../../lib/excel.ts';
import { toCsv } from '../../lib/csv.ts';
import type { FunderReport } from './reports.service.ts';

/**
 * The funder report as files: XLSX (exceljs), CSV and a printable HTML page, in Swedish, the
 * funders' language. Money is written as whole öre (exact, summable) beside the kronor text;
 * the XLSX also lists every ledger entry behind the cost figures, so each sum can be checked.
 */

export interface LedgerLine {
  id: string;
  occurredOn: string;
  company: string;
  category: string;
  source: string;
  kind: string;
  countsAs: string;
  amount: bigint;
  reason: string;
  invoiceNumber: string | null;
}

export interface ReportContext {
  report: FunderReport;
  scopeName: string;
  companyNames: Map<string, string>;
  ledger: LedgerLine[];
  generatedAt: Date;
}

const CATEGORY: Record<string, string> = { COURSE_FEES: 'Kursavgifter', PARTICIPANT_TIME: 'Deltagartid', TRAVEL: 'Resor och logi', OTHER: 'Övrigt' };
const SOURCE: Record<string, string> = { PROGRAMME_GRANT: 'Programmets bidrag', REGIONAL: 'Regional finansiering', OWN_CONTRIBUTION: 'Egen insats' };
const KEY: Record<string, string> = {
  STAFF: 'Medarbetare',
  MANAGEMENT: 'Chefer',
  WOMAN: 'Kvinna',
  MAN: 'Man',
  NON_BINARY: 'Icke-binär',
  UNKNOWN: 'Uppgift saknas',
  UNDER_30: 'Under 30 år',
  FROM_30_TO_54: '30–54 år',
  FROM_55: '55 år och äldre',
  ISCED_0_2: 'Förgymnasial (ISCED 0–2)',
  ISCED_3_4: 'Gymnasial (ISCED 3–4)',
  ISCED_5_8: 'Eftergymnasial (ISCED 5–8)',
};

const kr = (ore: bigint) => formatOre(ore);
const hours = (h: number) => h.toLocaleString('sv-SE', { maximumFractionDigits: 2 });

/** The report as rows of cells: sections separated by an empty row (shared by CSV and XLSX). */
function sections(ctx: ReportContext): { title: string; header: string[]; rows: unknown[][] }[] {
  const r = ctx.report;
  const breakdown = (title: string, list: { key: string; count: number }[]) => ({ title, header: ['Grupp', 'Antal'], rows: list.map((c) => [KEY[c.key] ?? c.key, c.count]) });
  return [
    {
      title: 'Översikt',
      header: ['Uppgift', 'Värde', 'Öre'],
      rows: [
        ['Omfattning', ctx.scopeName, ''],
        ['Period', `${r.from} – ${r.to}`, ''],
        ['Upparbetade kostnader (utfall)', kr(r.totalActual), r.totalActual],
        ['Åtaganden', kr(r.totalCommitted), r.totalCommitted],
        ['Medfinansiering, attesterad deltagartid', kr(r.coFinancing), r.coFinancing],
        ['Attesterade utbildningstimmar', hours(r.attestedHours), ''],
        ['Deltagare', r.participants, ''],
        ['Genomförda kurstillfällen', r.coursesHeld, ''],
        ['Deltagande företag', r.firms, ''],
        ['Verifikationer i huvudboken', r.ledgerEntryCount, ''],
      ],
    },
    {
      title: 'Kostnader per kategori och finansiär',
      header: ['Kategori', 'Finansiär', 'Åtaganden (kr)', 'Utfall (kr)', 'Åtaganden (öre)', 'Utfall (öre)', 'Verifikationer'],
      rows: [
        ...r.costs.map((c) => [CATEGORY[c.category], SOURCE[c.source], kr(c.committed), kr(c.actual), c.committed, c.actual, c.entries]),
        ['Summa', '', kr(r.totalCommitted), kr(r.totalActual), r.totalCommitted, r.totalActual, r.ledgerEntryCount],
      ],
    },
    breakdown('Deltagare per personalgrupp', r.byGroup),
    breakdown('Deltagare per kön', r.byGender),
    breakdown('Deltagare per åldersgrupp', r.byAgeBand),
    breakdown('Deltagare per utbildningsnivå', r.byEducation),
    {
      title: 'Per företag',
      header: ['Företag', 'Deltagare', 'Timmar', 'Utfall (kr)', 'Medfinansiering (kr)', 'Utfall (öre)', 'Medfinansiering (öre)'],
      rows: r.firmRows.map((f) => [ctx.companyNames.get(f.companyId) ?? f.companyId, f.participants, hours(f.attestedHours), kr(f.actual), kr(f.coFinancing), f.actual, f.coFinancing]),
    },
  ];
}

const cell = (value: unknown) => (typeof value === 'bigint' ? value.toString() : value);

export function funderReportCsv(ctx: ReportContext): string {
  const rows: unknown[][] = [[`Rapport till finansiär – ${ctx.scopeName}, ${ctx.report.from} – ${ctx.report.to}`]];
  for (const section of sections(ctx)) rows.push([], [section.title], section.header, ...section.rows.map((row) => row.map(cell)));
  return toCsv(rows);
}

export async function funderReportXlsx(ctx: ReportContext): Promise<Buffer> {
  const workbook = new (await loadExcel()).Workbook();
  workbook.creator = 'Smart kompetens';
  workbook.created = ctx.generatedAt;
  const sheet = workbook.addWorksheet('Rapport');
  sheet.addRow([`Rapport till finansiär – ${ctx.scopeName}`]).font = { bold: true, size: 14 };
  sheet.addRow([`Period ${ctx.report.from} – ${ctx.report.to}. Belopp i öre är exakta heltal; kronor som text.`]);
  for (const section of sections(ctx)) {
    sheet.addRow([]);
    sheet.addRow([section.title]).font = { bold: true };
    sheet.addRow(section.header).font = { bold: true };
    // Öre as whole numbers: exact up to 2^53, far above any budget here.
    for (const row of section.rows) sheet.addRow(row.map((v) => (typeof v === 'bigint' ? Number(v) : v)));
  }
  sheet.columns.forEach((column, i) => (column.width = i === 0 ? 42 : 20));

  const ledger = workbook.addWorksheet('Huvudbok');
  ledger.addRow(['Verifikation', 'Datum', 'Företag', 'Kategori', 'Finansiär', 'Typ', 'Räknas som', 'Belopp (öre)', 'Belopp (kr)', 'Fakturanummer', 'Beskrivning']).font = { bold: true };
  for (const e of ctx.ledger) {
    ledger.addRow([e.id, e.occurredOn, e.company, CATEGORY[e.category], SOURCE[e.source], e.kind, e.countsAs, Number(e.amount), kr(e.amount), e.invoiceNumber ?? '', e.reason]);
  }
  ledger.columns.forEach((column, i) => (column.width = [38, 12, 30, 16, 22, 12, 12, 16, 16, 16, 50][i] ?? 16));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const escape = (text: unknown) =>
  String(cell(text) ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A standalone printable page (no scripts, inline styles only). */
export function funderReportHtml(ctx: ReportContext): string {
  const tables = sections(ctx)
    .map((section) => {
      // The öre columns are for spreadsheets; people read kronor.
      const keep = section.header.map((h, i) => (h.includes('(öre)') || h === 'Öre' ? -1 : i)).filter((i) => i >= 0);
      const head = keep.map((i) => `<th scope="col">${escape(section.header[i])}</th>`).join('');
      const body = section.rows.map((row) => `<tr>${keep.map((i, n) => (n === 0 ? `<th scope="row">${escape(row[i])}</th>` : `<td>${escape(row[i])}</td>`)).join('')}</tr>`).join('');
      return `<section><h2>${escape(section.title)}</h2><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Rapport till finansiär – ${escape(ctx.scopeName)} ${escape(ctx.report.from)}–${escape(ctx.report.to)}</title>
<style>
  body { font: 14px/1.45 system-ui, sans-serif; color: #1a1a1a; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
  h1 { font-size: 1.5rem; margin-bottom: .25rem; }
  h2 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border-bottom: 1px solid #ccc; padding: .35rem .5rem; text-align: left; }
  td { text-align: right; font-variant-numeric: tabular-nums; }
  thead th { border-bottom: 2px solid #333; }
  .meta { color: #555; }
  @media print { body { margin: 0; max-width: none; } section { break-inside: avoid; } }
</style>
</head>
<body>
<h1>Rapport till finansiär – ${escape(ctx.scopeName)}</h1>
<p class="meta">Period ${escape(ctx.report.from)} – ${escape(ctx.report.to)}. Framtagen ${escape(ctx.generatedAt.toISOString().slice(0, 16).replace('T', ' '))} UTC ur Smart kompetens huvudbok: varje kostnad är summan av verifikationerna i perioden.</p>
${tables}
</body>
</html>
`;
}
