import { InputError } from '../errors/index.js';

/**
 * ISO 3166-1 alpha-3 → alpha-2 codes of the countries that ailca's bundled
 * grid datasets (grid-intensity, clemm-2024) cover. CodeCarbon writes
 * alpha-3 codes (`FRA`, `USA`) in `country_iso_code`; the datasets use
 * alpha-2 (`FR`, `US`). Source: ISO 3166-1, the code lists published by the
 * ISO 3166 Maintenance Agency (https://www.iso.org/iso-3166-country-codes.html).
 * `test/measurements/country-alpha3.test.ts` checks that every alpha-2 code
 * here has a grid intensity.
 */
export const ALPHA3_TO_ALPHA2: Readonly<Record<string, string>> = {
  ARE: 'AE', ALB: 'AL', ARM: 'AM', AGO: 'AO', ARG: 'AR', AUT: 'AT', AUS: 'AU', AZE: 'AZ', BIH: 'BA', BGD: 'BD',
  BEL: 'BE', BGR: 'BG', BHR: 'BH', BEN: 'BJ', BRN: 'BN', BOL: 'BO', BRA: 'BR', BWA: 'BW', BLR: 'BY', CAN: 'CA',
  COD: 'CD', COG: 'CG', CHE: 'CH', CIV: 'CI', CHL: 'CL', CMR: 'CM', CHN: 'CN', COL: 'CO', CRI: 'CR', CUB: 'CU',
  CYP: 'CY', CZE: 'CZ', DEU: 'DE', DNK: 'DK', DOM: 'DO', DZA: 'DZ', ECU: 'EC', EST: 'EE', EGY: 'EG', ERI: 'ER',
  ESP: 'ES', ETH: 'ET', FIN: 'FI', FRA: 'FR', GAB: 'GA', GBR: 'GB', GEO: 'GE', GHA: 'GH', GRC: 'GR', GTM: 'GT',
  HND: 'HN', HRV: 'HR', HTI: 'HT', HUN: 'HU', IDN: 'ID', IRL: 'IE', ISR: 'IL', IND: 'IN', IRQ: 'IQ', IRN: 'IR',
  ISL: 'IS', ITA: 'IT', JAM: 'JM', JOR: 'JO', JPN: 'JP', KEN: 'KE', KGZ: 'KG', KHM: 'KH', PRK: 'KP', KOR: 'KR',
  KWT: 'KW', KAZ: 'KZ', LBN: 'LB', LKA: 'LK', LTU: 'LT', LUX: 'LU', LVA: 'LV', LBY: 'LY', MAR: 'MA', MDA: 'MD',
  MKD: 'MK', MMR: 'MM', MNG: 'MN', MLT: 'MT', MEX: 'MX', MYS: 'MY', MOZ: 'MZ', NAM: 'NA', NGA: 'NG', NIC: 'NI',
  NLD: 'NL', NOR: 'NO', NPL: 'NP', NZL: 'NZ', OMN: 'OM', PAN: 'PA', PER: 'PE', PHL: 'PH', PAK: 'PK', POL: 'PL',
  PRT: 'PT', PRY: 'PY', QAT: 'QA', ROU: 'RO', RUS: 'RU', SAU: 'SA', SDN: 'SD', SWE: 'SE', SGP: 'SG', SVN: 'SI',
  SVK: 'SK', SEN: 'SN', SLV: 'SV', SYR: 'SY', TGO: 'TG', THA: 'TH', TJK: 'TJ', TKM: 'TM', TUN: 'TN', TUR: 'TR',
  TTO: 'TT', TWN: 'TW', TZA: 'TZ', UKR: 'UA', USA: 'US', URY: 'UY', UZB: 'UZ', VEN: 'VE', VNM: 'VN', YEM: 'YE',
  ZAF: 'ZA', ZMB: 'ZM', ZWE: 'ZW',
};

/**
 * The alpha-2 code of a country written as ISO 3166-1 alpha-3, for the grid
 * lookup. A code ailca has no grid data for is refused, never replaced.
 *
 * @param code - the alpha-3 code (`FRA`)
 * @param field - where it was read, for the error (`emissions.csv, row 2, country_iso_code`)
 * @throws {@link InputError} for a code not in {@link ALPHA3_TO_ALPHA2}
 * @example
 * alpha2OfAlpha3('DEU', 'country_iso_code'); // => 'DE'
 */
export function alpha2OfAlpha3(code: string, field: string): string {
  if (Object.hasOwn(ALPHA3_TO_ALPHA2, code)) return ALPHA3_TO_ALPHA2[code];
  throw new InputError({
    path: field,
    received: code,
    expected: 'an ISO 3166-1 alpha-3 code of a country with grid data in ailca (FRA, DEU, USA, …)',
    problem: 'names no country ailca has grid data for',
    fix: 'give the location yourself with --location CODE (alpha-2, e.g. FR) or edit the study\'s location',
  });
}
