/** The five counties (län) of the programme with their official county codes. */
export const programmeRegions = [
  { code: '03', name: 'Uppsala län', owner: 'Region Uppsala' },
  { code: '04', name: 'Södermanlands län', owner: 'Region Sörmland' },
  { code: '05', name: 'Östergötlands län', owner: 'Region Östergötland' },
  { code: '18', name: 'Örebro län', owner: 'Region Örebro län' },
  { code: '19', name: 'Västmanlands län', owner: 'Region Västmanland' },
] as const;

export type RegionCode = (typeof programmeRegions)[number]['code'];

export function isRegionCode(code: string): code is RegionCode {
  return programmeRegions.some((r) => r.code === code);
}

/** SNI 2007 codes are written `NN.NNN` or shorter groupings (`NN.NN`, `NN.N`, `NN`). */
export function isSniCode(code: string): boolean {
  return /^\d{2}(\.\d{1,3})?$/.test(code);
}
