import { encode } from 'uqr';

/** A QR code as one SVG path of its dark modules, in module units. */
export interface QrPath {
  size: number;
  d: string;
}

/** Loaded lazily by `<auth-mfa>`: the encoder is only needed on the TOTP setup step. */
export function qrPath(text: string): QrPath {
  const { data, size } = encode(text, { ecc: 'M', border: 2 });
  let d = '';
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return { size, d };
}
