/** Loaded lazily with the first phone field. */
import { html, type TemplateResult } from 'lit';
import type { FieldSpec } from './fields.js';

// Regions (ISO 3166-1) by calling code (ITU-T E.164), in rising code order. A region in capitals
// starts the next code: one more than the last (so a run of codes costs no digits), or the last
// plus the number written before it. Regions in lower case share the code of the one before them;
// that first one is what a bare code (`dialCode: '+1'`) preselects. dial-codes.test.ts lists the
// table code by code.
const TABLE =
  'USagaiasbbbmbscadmdogdgujmknkylcmpmsprsxtcttvcvgvi6RUkz13EG7ZA3GRNLBEFRES2HU3ITvaROCH2ATGBggimjeDKSENOsjPLDE' + // +1 to +49
  '2PEMXCUARBRCLCOVE2MYAUcccxIDPHNZSGTH15JPKR2VN2CN4TRINPKAFLKMM3IR' + // +51 to +98
  '113SSMAehDZ3TN2LY2GMSNMRMLGNCIBFNETGBJMULRSLGHNGTDCFCMCVSTGQGACGCDAOGWIO2SCSDRWETSODJKETZUGBIMZ2ZMMGREytZWNAMWLSBWSZKM21SHER6AWFOGL' + // +211 to +299
  '51GIPTLUIEISALMTCYFIaxBG11LTLVEEMDAMBYADMCSM2UARSMEXK2HRSIBA2MK' + // +350 to +389
  '31CZSK2LI' + // +420 to +423
  '77FKBZGTSVHNNICRPAPMHT81GPblmfBOGYECGFPYMQSRUYCWbq' + // +500 to +599
  '71TL2NFBNNRPGTOSBVUFJPWWFCKNU2WSKINCTVPFTKFMMH' + // +670 to +692
  '158KP2HKMO2KHLA24BD6TW' + // +850 to +886
  '74MVLBJOSYIQKWSAYEOM2PSAEILBHQABTMNNP15TJTMAZGEKG2UZ'; // +960 to +998

/** `[region, '+code']`, grouped by code. */
export const REGIONS: ReadonlyArray<readonly [region: string, code: string]> = (() => {
  let code = 0;
  return [...TABLE.matchAll(/(\d*)([A-Z]{2}[a-z]*)/g)].flatMap(([, step, regions]) => {
    code += Number(step || 1);
    return regions!.toUpperCase().match(/../g)!.map((region) => [region, `+${code}`] as const);
  });
})();

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
