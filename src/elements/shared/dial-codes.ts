/** Loaded lazily with the first phone field. */
import { html, type TemplateResult } from 'lit';
import type { FieldSpec } from './fields.js';

// Calling codes (ITU-T E.164), each followed by its regions (ISO 3166-1). Where regions share a
// code, the one a bare code (`dialCode: '+1'`) preselects comes first.
const TABLE =
  '1USAGAIASBBBMBSCADMDOGDGUJMKNKYLCMPMSPRSXTCTTVCVGVI 7RUKZ 20EG 27ZA 30GR 31NL 32BE 33FR 34ES 36HU ' +
  '39ITVA 40RO 41CH 43AT 44GBGGIMJE 45DK 46SE 47NOSJ 48PL 49DE 51PE 52MX 53CU 54AR 55BR 56CL 57CO 58VE ' +
  '60MY 61AUCCCX 62ID 63PH 64NZ 65SG 66TH 81JP 82KR 84VN 86CN 90TR 91IN 92PK 93AF 94LK 95MM 98IR 211SS ' +
  '212MAEH 213DZ 216TN 218LY 220GM 221SN 222MR 223ML 224GN 225CI 226BF 227NE 228TG 229BJ 230MU 231LR ' +
  '232SL 233GH 234NG 235TD 236CF 237CM 238CV 239ST 240GQ 241GA 242CG 243CD 244AO 245GW 246IO 248SC ' +
  '249SD 250RW 251ET 252SO 253DJ 254KE 255TZ 256UG 257BI 258MZ 260ZM 261MG 262REYT 263ZW 264NA 265MW ' +
  '266LS 267BW 268SZ 269KM 290SH 291ER 297AW 298FO 299GL 350GI 351PT 352LU 353IE 354IS 355AL 356MT ' +
  '357CY 358FIAX 359BG 370LT 371LV 372EE 373MD 374AM 375BY 376AD 377MC 378SM 380UA 381RS 382ME 383XK ' +
  '385HR 386SI 387BA 389MK 420CZ 421SK 423LI 500FK 501BZ 502GT 503SV 504HN 505NI 506CR 507PA 508PM ' +
  '509HT 590GPBLMF 591BO 592GY 593EC 594GF 595PY 596MQ 597SR 598UY 599CWBQ 670TL 672NF 673BN 674NR ' +
  '675PG 676TO 677SB 678VU 679FJ 680PW 681WF 682CK 683NU 685WS 686KI 687NC 688TV 689PF 690TK 691FM ' +
  '692MH 850KP 852HK 853MO 855KH 856LA 880BD 886TW 960MV 961LB 962JO 963SY 964IQ 965KW 966SA 967YE ' +
  '968OM 970PS 971AE 972IL 973BH 974QA 975BT 976MN 977NP 992TJ 993TM 994AZ 995GE 996KG 998UZ';

/** `[region, '+code']`, grouped by code. */
export const REGIONS: ReadonlyArray<readonly [region: string, code: string]> = TABLE.split(' ').flatMap((entry) => {
  const [, code, regions] = /(\d+)(.+)/.exec(entry)!;
  return regions!.match(/../g)!.map((region) => [region, `+${code}`] as const);
});

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
      ...(codes ?? []).filter((code) => !known.some(([, c]) => c === code)).map((code) => ({ region: code, code, name: code })),
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
