import { svg, type SVGTemplateResult } from 'lit';
import { encode } from 'uqr';

/** The QR code of `text` as one SVG path (dark modules), scaled by the viewBox. */
export function qrCode(text: string, label: string): SVGTemplateResult {
  const { data, size } = encode(text, { ecc: 'M', border: 2 });
  let d = '';
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return svg`<svg class="auth-qr" viewBox="0 0 ${size} ${size}" role="img" aria-label=${label}
    shape-rendering="crispEdges"><rect width="100%" height="100%" fill="#fff"/><path fill="#000" d=${d}/></svg>`;
}
