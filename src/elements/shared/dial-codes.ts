/** Loaded lazily with the first phone field. */
import { html, type TemplateResult } from 'lit';
import type { FieldSpec } from './fields.js';

// Region (ISO 3166-1) and calling code (ITU-T E.164). Regions sharing a code list the one a bare
// code (`dialCode: '+1'`) preselects first.
const TABLE =
  'US1 RU7 GB44 AU61 IT39 NO47 MA212 RE262 FI358 GP590 CW599 ' +
  'AD376 AE971 AF93 AG1 AI1 AL355 AM374 AO244 AR54 AS1 AT43 AW297 AX358 AZ994 BA387 BB1 BD880 BE32 BF226 ' +
  'BG359 BH973 BI257 BJ229 BL590 BM1 BN673 BO591 BQ599 BR55 BS1 BT975 BW267 BY375 BZ501 CA1 CC61 CD243 ' +
  'CF236 CG242 CH41 CI225 CK682 CL56 CM237 CN86 CO57 CR506 CU53 CV238 CX61 CY357 CZ420 DE49 DJ253 DK45 ' +
  'DM1 DO1 DZ213 EC593 EE372 EG20 EH212 ER291 ES34 ET251 FJ679 FK500 FM691 FO298 FR33 GA241 GD1 GE995 ' +
  'GF594 GG44 GH233 GI350 GL299 GM220 GN224 GQ240 GR30 GT502 GU1 GW245 GY592 HK852 HN504 HR385 HT509 ' +
  'HU36 ID62 IE353 IL972 IM44 IN91 IO246 IQ964 IR98 IS354 JE44 JM1 JO962 JP81 KE254 KG996 KH855 KI686 ' +
  'KM269 KN1 KP850 KR82 KW965 KY1 KZ7 LA856 LB961 LC1 LI423 LK94 LR231 LS266 LT370 LU352 LV371 LY218 ' +
  'MC377 MD373 ME382 MF590 MG261 MH692 MK389 ML223 MM95 MN976 MO853 MP1 MQ596 MR222 MS1 MT356 MU230 ' +
  'MV960 MW265 MX52 MY60 MZ258 NA264 NC687 NE227 NF672 NG234 NI505 NL31 NP977 NR674 NU683 NZ64 OM968 ' +
  'PA507 PE51 PF689 PG675 PH63 PK92 PL48 PM508 PR1 PS970 PT351 PW680 PY595 QA974 RO40 RS381 RW250 ' +
  'SA966 SB677 SC248 SD249 SE46 SG65 SH290 SI386 SJ47 SK421 SL232 SM378 SN221 SO252 SR597 SS211 ST239 ' +
  'SV503 SX1 SY963 SZ268 TC1 TD235 TG228 TH66 TJ992 TK690 TL670 TM993 TN216 TO676 TR90 TT1 TV688 TW886 ' +
  'TZ255 UA380 UG256 UY598 UZ998 VA39 VC1 VE58 VG1 VI1 VN84 VU678 WF681 WS685 XK383 YE967 YT262 ZA27 ' +
  'ZM260 ZW263';

/** `[region, '+code']`, in the table's order. */
export const REGIONS: ReadonlyArray<readonly [region: string, code: string]> = TABLE.split(' ').map(
  (entry) => [entry.slice(0, 2), `+${entry.slice(2)}`] as const,
);

/** Every calling code, once each. */
export const DIAL_CODES: readonly string[] = [...new Set(REGIONS.map(([, code]) => code))];

/** One option of a dial-code select: the country's name in `locale`, and its code. */
export interface DialOption {
  region: string;
  code: string;
  name: string;
}

const cache = new Map<string, DialOption[]>();

/**
 * The options for `codes` (every code when absent), named in `locale` through
 * `Intl.DisplayNames` and sorted by name the way `locale` sorts.
 */
export function dialOptions(locale: string, codes?: readonly string[]): DialOption[] {
  const key = `${locale}|${codes?.join() ?? ''}`;
  let options = cache.get(key);
  if (!options) {
    let names: Intl.DisplayNames | undefined;
    let collator = new Intl.Collator('en');
    try {
      names = new Intl.DisplayNames([locale, 'en'], { type: 'region' });
      collator = new Intl.Collator([locale, 'en']);
    } catch {
      // An invalid locale tag: English order, regions named by their codes.
    }
    const known = REGIONS.filter(([, code]) => !codes || codes.includes(code));
    options = [
      ...known.map(([region, code]) => ({ region, code, name: names?.of(region) ?? region })),
      // Codes the table does not know are offered as they are.
      ...(codes ?? []).filter((code) => !DIAL_CODES.includes(code)).map((code) => ({ region: code, code, name: code })),
    ].sort((a, b) => collator.compare(a.name, b.name));
    cache.set(key, options);
  }
  return options;
}

/**
 * The region to preselect: the first with `code` when one is given, else the locale's own region
 * (`de` → Germany) when it has a code, else the United States.
 */
export function defaultRegion(locale: string, code?: string): string {
  if (code) return REGIONS.find(([, c]) => c === code)?.[0] ?? '';
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale).maximize().region;
  } catch {
    // An invalid locale tag.
  }
  return REGIONS.some(([r]) => r === region) ? region! : 'US';
}

/**
 * The dial-code select, shown as just the code: the invisible native select on top lists the
 * countries by name in `locale` (Intl.DisplayNames), so it stays narrow.
 */
export function dialSelect(
  field: FieldSpec,
  name: string,
  label: string,
  locale: string,
  picked: string | undefined,
  pick: (region: string) => void,
): TemplateResult {
  const options = dialOptions(locale, field.dialCodes);
  const region = picked ?? defaultRegion(locale, field.dialCode);
  const selected =
    options.find((option) => option.region === region) ?? options.find((option) => option.code === field.dialCode) ?? options[0];
  const onChange = (event: Event) =>
    pick((event.target as HTMLSelectElement).selectedOptions[0]?.dataset.region ?? '');
  return html`<div class="auth-dial"><span aria-hidden="true" dir="ltr">${selected?.code}</span>
    <select name=${name} aria-label=${label} autocomplete="tel-country-code" @change=${onChange}>
      ${options.map((option) => html`<option value=${option.code} data-region=${option.region}
          .selected=${option === selected}>${option.name} (${option.code})</option>`)}
    </select></div>`;
}
