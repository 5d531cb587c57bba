import { addDays, addYears, daysBetween } from './dates.ts';
import { REFERENCE_DATE } from './employees.ts';
import type { Random } from './random.ts';
import { type FirmRoles, personRequirements, rolesOfPerson } from './roles.ts';
import type { SeededFirm } from './staff.ts';

export interface CertificateDraft {
  employeeId: string;
  /** Null for certificates outside the framework, such as first aid. */
  code: string | null;
  name: string;
  issuedOn: string;
  expiresOn: string | null;
  /** Years from issue to expiry; null when the certificate never expires. */
  validYears: number | null;
}

interface CertificateKind {
  code: string | null;
  name: string;
  validYears: number | null;
  /** The share of people needing the competence who hold the certificate. */
  share: number;
}

/** Certificates a requirement for the competence usually comes with, and how long they last. */
const kinds: readonly CertificateKind[] = [
  { code: 'mig-mag-welding', name: 'Svetscertifikat EN ISO 9606-1, 135 (MAG)', validYears: 3, share: 0.85 },
  { code: 'tig-welding', name: 'Svetscertifikat EN ISO 9606-1, 141 (TIG)', validYears: 3, share: 0.7 },
  { code: 'welding-coordination', name: 'Svetskoordinator IWS', validYears: null, share: 0.1 },
  { code: 'hot-work', name: 'Heta arbeten', validYears: 5, share: 0.85 },
  { code: 'forklift-driving', name: 'Truckkort A+B', validYears: null, share: 0.9 },
  { code: 'overhead-crane', name: 'Traverskort', validYears: 5, share: 0.7 },
  { code: 'esd-handling', name: 'ESD-utbildning enligt IEC 61340-5-1', validYears: 1, share: 0.8 },
  { code: 'systematic-work-environment', name: 'BAM – Bättre arbetsmiljö', validYears: null, share: 0.5 },
];
const firstAid: CertificateKind = { code: null, name: 'HLR och första hjälpen', validYears: 2, share: 0.12 };

/** Where a certificate's expiry falls relative to the reference date: some lapsed, some due soon. */
const expiryWindows: readonly (readonly [readonly [number, number] | 'LATER', number])[] = [
  [[-400, -1], 10],
  [[1, 90], 9],
  ['LATER', 81],
];

export function planCertificates(firm: SeededFirm, plan: FirmRoles, random: Random): CertificateDraft[] {
  const drafts: CertificateDraft[] = [];
  for (const person of firm.people) {
    const codes = new Set(personRequirements(rolesOfPerson(plan, person)).map((r) => r.code));
    for (const kind of [...kinds.filter((k) => k.code !== null && codes.has(k.code)), firstAid]) {
      if (!random.chance(kind.share)) continue;
      if (kind.validYears === null) {
        const from = person.employmentStart > '2005-01-01' ? person.employmentStart : '2005-01-01';
        const issuedOn = addDays(from, random.int(0, Math.max(0, daysBetween(from, REFERENCE_DATE) - 1)));
        drafts.push({ employeeId: person.id, code: kind.code, name: kind.name, issuedOn, expiresOn: null, validYears: null });
        continue;
      }
      const window = random.weighted(expiryWindows);
      const [min, max] = window === 'LATER' ? [91, kind.validYears * 365 - 1] : window;
      const expiresOn = addDays(REFERENCE_DATE, random.int(min, max));
      drafts.push({ employeeId: person.id, code: kind.code, name: kind.name, issuedOn: addYears(expiresOn, -kind.validYears), expiresOn, validYears: kind.validYears });
    }
  }
  return drafts;
}

/**
 * Makes sure the firm has at least `count` certificates expiring within 90 days of the reference
 * date and one already lapsed, moving the first others' renewal dates (the demo's reminder list).
 */
export function ensureExpiries(drafts: CertificateDraft[], count: number): void {
  const soon = (d: CertificateDraft) => d.expiresOn !== null && d.expiresOn > REFERENCE_DATE && d.expiresOn <= addDays(REFERENCE_DATE, 90);
  const lapsed = (d: CertificateDraft) => d.expiresOn !== null && d.expiresOn <= REFERENCE_DATE;
  const movable = drafts.filter((d) => d.validYears !== null && !soon(d) && !lapsed(d));
  let next = 0;
  const move = (expiresOn: string) => {
    const draft = movable[next++];
    if (draft) reissue(draft, expiresOn);
  };
  const missing = count - drafts.filter(soon).length;
  for (let k = 0; k < missing; k++) move(addDays(REFERENCE_DATE, [23, 47, 68, 84][k % 4] ?? 30));
  if (!drafts.some(lapsed)) move(addDays(REFERENCE_DATE, -35));
}

function reissue(draft: CertificateDraft, expiresOn: string): void {
  draft.expiresOn = expiresOn;
  draft.issuedOn = addYears(expiresOn, -(draft.validYears ?? 0));
}
