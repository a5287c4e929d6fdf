/**
 * Write datasets/electricity-water/1.0.0/water.csv from Chini & Peer's
 * country-level water intensity of electricity (ElectricityWaterIntensity.csv
 * and its inputs), as stored in github.com/bhanot91/Hydrology-VWN at commit
 * a8104735f6a2ceed16056159c07c690cd7761339:
 *
 *   git -C <clone> show a8104735f6a2ceed16056159c07c690cd7761339:ElectricityWaterIntensity.csv > /tmp/ewi.csv
 *   git -C <clone> show a8104735f6a2ceed16056159c07c690cd7761339:IEA-electricity-mix-2017-GWh.csv > /tmp/iea2017.csv
 *   git -C <clone> show a8104735f6a2ceed16056159c07c690cd7761339:Mekonnen-hydro-water-rates.csv > /tmp/mek.csv
 *   npx tsx scripts/import-electricity-water.ts /tmp/ewi.csv /tmp/iea2017.csv /tmp/mek.csv
 *
 * Takes year 2017 (the 2018 rows repeat the 2017 IEA mix, see the manifest),
 * copies med, min and max as written (m³/MWh = L/kWh, no conversion), maps
 * the source's country names to ISO 3166-1 alpha-2 with the table below and
 * leaves out the rows listed in DROPPED. Then run scripts/update-checksums.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const YEAR = '2017';

/** The source's country names → [ISO 3166-1 alpha-2, English short name]. */
const CODES: Readonly<Record<string, readonly [string, string]>> = {
  Albania: ['AL', 'Albania'], Algeria: ['DZ', 'Algeria'], Angola: ['AO', 'Angola'], Argentina: ['AR', 'Argentina'],
  Armenia: ['AM', 'Armenia'], Australia: ['AU', 'Australia'], Austria: ['AT', 'Austria'], Azerbaijan: ['AZ', 'Azerbaijan'],
  Bahrain: ['BH', 'Bahrain'], Bangladesh: ['BD', 'Bangladesh'], Belarus: ['BY', 'Belarus'], Belgium: ['BE', 'Belgium'],
  Benin: ['BJ', 'Benin'], Bhutan: ['BT', 'Bhutan'], Bolivia: ['BO', 'Bolivia'], 'Bosnia Herzegovina': ['BA', 'Bosnia and Herzegovina'],
  Botswana: ['BW', 'Botswana'], Brazil: ['BR', 'Brazil'], Brunei: ['BN', 'Brunei'], Bulgaria: ['BG', 'Bulgaria'],
  Cambodia: ['KH', 'Cambodia'], Cameroon: ['CM', 'Cameroon'], Canada: ['CA', 'Canada'], Chile: ['CL', 'Chile'],
  China: ['CN', 'China'], 'China, Hong Kong SAR': ['HK', 'Hong Kong'], Colombia: ['CO', 'Colombia'], Congo: ['CG', 'Congo'],
  'Costa Rica': ['CR', 'Costa Rica'], Croatia: ['HR', 'Croatia'], Cuba: ['CU', 'Cuba'], 'Curaçao': ['CW', 'Curaçao'],
  Cyprus: ['CY', 'Cyprus'], Czechia: ['CZ', 'Czechia'], "Dem. People's Rep. of Korea": ['KP', 'North Korea'],
  'Dem. Rep. of the Congo': ['CD', 'DR Congo'], Denmark: ['DK', 'Denmark'], 'Dominican Republic': ['DO', 'Dominican Republic'],
  Ecuador: ['EC', 'Ecuador'], Egypt: ['EG', 'Egypt'], 'El Salvador': ['SV', 'El Salvador'], Eritrea: ['ER', 'Eritrea'],
  Estonia: ['EE', 'Estonia'], Ethiopia: ['ET', 'Ethiopia'], Finland: ['FI', 'Finland'], France: ['FR', 'France'],
  Gabon: ['GA', 'Gabon'], Georgia: ['GE', 'Georgia'], Germany: ['DE', 'Germany'], Ghana: ['GH', 'Ghana'],
  Gibraltar: ['GI', 'Gibraltar'], Greece: ['GR', 'Greece'], Guatemala: ['GT', 'Guatemala'], Haiti: ['HT', 'Haiti'],
  Honduras: ['HN', 'Honduras'], Hungary: ['HU', 'Hungary'], Iceland: ['IS', 'Iceland'], India: ['IN', 'India'],
  Indonesia: ['ID', 'Indonesia'], Iran: ['IR', 'Iran'], Iraq: ['IQ', 'Iraq'], Ireland: ['IE', 'Ireland'],
  Israel: ['IL', 'Israel'], Italy: ['IT', 'Italy'], Jamaica: ['JM', 'Jamaica'], Japan: ['JP', 'Japan'],
  Jordan: ['JO', 'Jordan'], Kazakhstan: ['KZ', 'Kazakhstan'], Kenya: ['KE', 'Kenya'], Korea: ['KR', 'South Korea'],
  Kuwait: ['KW', 'Kuwait'], "Lao People's Dem. Rep.": ['LA', 'Laos'], Latvia: ['LV', 'Latvia'], Lebanon: ['LB', 'Lebanon'],
  Lesotho: ['LS', 'Lesotho'], Libya: ['LY', 'Libya'], Lithuania: ['LT', 'Lithuania'], Luxembourg: ['LU', 'Luxembourg'],
  Malaysia: ['MY', 'Malaysia'], Malta: ['MT', 'Malta'], Mauritius: ['MU', 'Mauritius'], Mexico: ['MX', 'Mexico'],
  Mongolia: ['MN', 'Mongolia'], Montenegro: ['ME', 'Montenegro'], Morocco: ['MA', 'Morocco'], Mozambique: ['MZ', 'Mozambique'],
  Myanmar: ['MM', 'Myanmar'], Namibia: ['NA', 'Namibia'], Nepal: ['NP', 'Nepal'], Netherlands: ['NL', 'Netherlands'],
  'New Zealand': ['NZ', 'New Zealand'], Nicaragua: ['NI', 'Nicaragua'], Niger: ['NE', 'Niger'], Nigeria: ['NG', 'Nigeria'],
  'North Macedonia': ['MK', 'North Macedonia'], Norway: ['NO', 'Norway'], Oman: ['OM', 'Oman'], Pakistan: ['PK', 'Pakistan'],
  Panama: ['PA', 'Panama'], Paraguay: ['PY', 'Paraguay'], Peru: ['PE', 'Peru'], Philippines: ['PH', 'Philippines'],
  Poland: ['PL', 'Poland'], Portugal: ['PT', 'Portugal'], Qatar: ['QA', 'Qatar'], 'Rep. of Moldova': ['MD', 'Moldova'],
  Romania: ['RO', 'Romania'], 'Russian Federation': ['RU', 'Russia'], Rwanda: ['RW', 'Rwanda'], 'Saudi Arabia': ['SA', 'Saudi Arabia'],
  Senegal: ['SN', 'Senegal'], Serbia: ['RS', 'Serbia'], Singapore: ['SG', 'Singapore'], Slovakia: ['SK', 'Slovakia'],
  Slovenia: ['SI', 'Slovenia'], 'South Africa': ['ZA', 'South Africa'], 'South Sudan': ['SS', 'South Sudan'], Spain: ['ES', 'Spain'],
  Srilanka: ['LK', 'Sri Lanka'], Sudan: ['SD', 'Sudan'], Suriname: ['SR', 'Suriname'], Sweden: ['SE', 'Sweden'],
  Switzerland: ['CH', 'Switzerland'], Syria: ['SY', 'Syria'], Tajikistan: ['TJ', 'Tajikistan'], Thailand: ['TH', 'Thailand'],
  Togo: ['TG', 'Togo'], Trinidad: ['TT', 'Trinidad and Tobago'], Tunisia: ['TN', 'Tunisia'], Turkey: ['TR', 'Turkey'],
  Turkmenistan: ['TM', 'Turkmenistan'], USA: ['US', 'United States'], Uganda: ['UG', 'Uganda'], Ukraine: ['UA', 'Ukraine'],
  'United Arab Emirates': ['AE', 'United Arab Emirates'], 'United Kingdom': ['GB', 'United Kingdom'],
  'United Rep. of Tanzania': ['TZ', 'Tanzania'], Uruguay: ['UY', 'Uruguay'], Uzbekistan: ['UZ', 'Uzbekistan'],
  Venezuela: ['VE', 'Venezuela'], 'Viet Nam': ['VN', 'Vietnam'], Yemen: ['YE', 'Yemen'], Zambia: ['ZM', 'Zambia'], Zimbabwe: ['ZW', 'Zimbabwe'],
};

/** Source rows left out, and why (said in the manifest too). */
const DROPPED: Readonly<Record<string, string>> = {
  Kosovo: 'no ISO 3166-1 alpha-2 code',
  // The script looks the hydropower rate up by country name in Mekonnen-hydro-water-rates.csv, which spells
  // these 'Ivory Coast' and 'Kyrgyz Rep.'; R's match() gives NA, rowSums(na.rm = TRUE) counts it as 0, so the
  // figure leaves out the evaporation the method charges to every other hydro country.
  "Côte d'Ivoire": "hydropower evaporation not applied by the source (name mismatch 'Ivory Coast')",
  Kyrgyzstan: "hydropower evaporation not applied by the source (name mismatch 'Kyrgyz Rep.'), 92 % hydro",
};

/** A CSV's rows as objects keyed by its header (cells quoted or not, no quotes inside cells: R's write.csv files). */
function records(path: string): Record<string, string>[] {
  const lines = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l !== '');
  const cells = (line: string): string[] => [...line.matchAll(/(?:^|,)(?:"([^"]*)"|([^,]*))/g)].map((m) => m[1] ?? m[2]);
  const [header, ...rows] = lines.map(cells);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

const [ewiPath, mixPath, mekPath] = process.argv.slice(2);
if (ewiPath === undefined || mixPath === undefined || mekPath === undefined) {
  console.error('usage: npx tsx scripts/import-electricity-water.ts ElectricityWaterIntensity.csv IEA-electricity-mix-2017-GWh.csv Mekonnen-hydro-water-rates.csv');
  process.exit(2);
}
const mix = new Map(records(mixPath).map((r) => [r.short, r]));
const mek = new Map(records(mekPath).map((r) => [r.country, Number(r['water.consumption.m3.MWh'])]));
const out = ['location,name,category,unit,value,min,max,dist,source,year,note'];
const seen = new Set<string>();
for (const r of records(ewiPath).filter((x) => x.Year === YEAR)) {
  const country = r.Country;
  if (country in DROPPED) continue;
  const code = CODES[country];
  if (code === undefined) throw new Error(`no ISO code for source country ${JSON.stringify(country)}: add it to CODES or DROPPED`);
  const [med, min, max] = [r['WCR.med.m3perMWh'], r['WCR.min.m3perMWh'], r['WCR.max.m3perMWh']];
  if ([med, min, max].some((v) => !/^\d+(\.\d+)?(e-?\d+)?$/.test(v))) throw new Error(`${country}: not a number (NA?) in ${med},${min},${max}`);
  if (seen.has(code[0])) throw new Error(`${code[0]} twice`);
  seen.add(code[0]);
  const m = mix.get(country);
  const hydro = m === undefined ? undefined : Number(m.Hydro || 0) / Number(m['Total production']);
  const rate = mek.get(country);
  const hydroPart =
    m === undefined
      ? "mix from the authors' IEA-missing-countries.csv"
      : hydro !== undefined && hydro > 0 && rate !== undefined
        ? `hydropower ${(hydro * 100).toFixed(1)} % of 2017 generation (IEA) at Mekonnen's ${rate.toPrecision(4)} m3/MWh = ${(hydro * rate).toPrecision(3)} L/kWh of it`
        : 'no hydropower in the 2017 IEA mix';
  const note = `Chini & Peer ElectricityWaterIntensity.csv row '${country}' ${YEAR}: WCR.med ${med}, min ${min}, max ${max} m3/MWh (= L/kWh); ${hydroPart}`;
  const range = min === max ? ['', '', ''] : [min, max, 'triangular'];
  out.push([code[0], code[1], 'water', 'L/kWh', med, ...range, 'chini-peer', YEAR, `"${note}"`].join(','));
}
const missing = Object.keys(CODES).filter((c) => !out.some((l) => l.includes(`row '${c}'`)));
if (missing.length > 0) throw new Error(`countries in CODES without a ${YEAR} row: ${missing.join(', ')}`);
const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'datasets', 'electricity-water', '1.0.0', 'water.csv');
writeFileSync(target, `${out.join('\n')}\n`);
console.log(`${out.length - 1} rows → ${target}`);
