import { correction, generate } from 'lean-qr/nano';

/** A QR code as one SVG path of its dark modules, in module units. */
export interface QrPath {
  size: number;
  d: string;
}

/** Quiet zone in modules; authenticator apps scan a 2-module border reliably on a light card. */
const BORDER = 2;

/**
 * Loaded lazily by `<auth-mfa>`: the encoder is only needed on the TOTP setup step. lean-qr's
 * "nano" build is the smallest well-tested encoder we found (byte mode is all an otpauth URI needs).
 */
export function qrPath(text: string): QrPath {
  const code = generate(text, { minCorrectionLevel: correction.M });
  let d = '';
  for (let y = 0; y < code.size; y++)
    for (let x = 0; x < code.size; x++) if (code.get(x, y)) d += `M${x + BORDER} ${y + BORDER}h1v1h-1z`;
  return { size: code.size + 2 * BORDER, d };
}
