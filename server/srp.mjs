// Server side of Cognito's SRP-6a, matching amazon-cognito-identity-js AuthenticationHelper:
// the RFC 5054 3072-bit group, g = 2, SHA-256, k = H(N | g), u = H(A | B),
// x = H(salt | H(poolName | username | ":" | password)), an HKDF ("Caldera Derived Key") of S,
// and PASSWORD_CLAIM_SIGNATURE = HMAC-SHA256(key, poolName | userIdForSrp | secretBlock | timestamp).
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const N_HEX =
  'FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD' +
  'EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED' +
  'EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F' +
  '83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B' +
  'E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510' +
  '15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7' +
  'ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C' +
  'BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF';

export const N = BigInt(`0x${N_HEX}`);
export const g = 2n;

/**
 * Even-length hex of a non-negative integer, with a leading 00 when the top bit is set
 * (Java BigInteger.toByteArray semantics, which the client library copies).
 * @param {bigint} n
 */
export function padHex(n) {
  let hex = n.toString(16);
  if (hex.length % 2 === 1) hex = `0${hex}`;
  return /^[89a-f]/i.test(hex) ? `00${hex}` : hex;
}

/** @param {string | Buffer} data */
const sha256Hex = (data) => createHash('sha256').update(data).digest('hex');
/** @param {string} hex */
const hexHash = (hex) => sha256Hex(Buffer.from(hex, 'hex'));
/** @param {string} hex */
const fromHex = (hex) => BigInt(`0x${hex}`);

export const k = fromHex(hexHash(padHex(N) + padHex(g)));

/**
 * Modular exponentiation by squaring (BigInt has no built-in modPow).
 * @param {bigint} base @param {bigint} exp @param {bigint} mod
 */
export function modPow(base, exp, mod) {
  let result = 1n;
  let b = ((base % mod) + mod) % mod;
  let e = exp;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % mod;
    b = (b * b) % mod;
    e >>= 1n;
  }
  return result;
}

/** @param {number} bytes */
const randomBigInt = (bytes) => fromHex(randomBytes(bytes).toString('hex'));

/**
 * The password verifier v = g^x mod N, computed on the fly from the stored password.
 * @param {{ poolName: string, username: string, password: string, salt: bigint }} p
 */
export function verifier({ poolName, username, password, salt }) {
  const inner = sha256Hex(`${poolName}${username}:${password}`);
  const x = fromHex(hexHash(padHex(salt) + inner));
  return modPow(g, x, N);
}

/**
 * Starts a server session: a fresh salt, private b and public B = k·v + g^b mod N.
 * @param {{ poolName: string, username: string, password: string }} user
 * @returns {{ salt: bigint, b: bigint, B: bigint, v: bigint }}
 */
export function createChallenge(user) {
  const salt = randomBigInt(16);
  const v = verifier({ ...user, salt });
  for (;;) {
    const b = randomBigInt(128);
    const B = (k * v + modPow(g, b, N)) % N;
    if (B !== 0n) return { salt, b, B, v };
  }
}

/**
 * The 16-byte key both sides derive from the shared secret S (HKDF-SHA256, salt = u).
 * @param {bigint} S @param {bigint} u
 */
function derivedKey(S, u) {
  const prk = createHmac('sha256', Buffer.from(padHex(u), 'hex')).update(Buffer.from(padHex(S), 'hex')).digest();
  const info = Buffer.concat([Buffer.from('Caldera Derived Key', 'utf8'), Buffer.from([1])]);
  return createHmac('sha256', prk).update(info).digest().subarray(0, 16);
}

/**
 * Checks the client's PASSWORD_CLAIM_SIGNATURE. Returns false (never throws) for a wrong
 * password or malformed input.
 * @param {{ A: string, challenge: { b: bigint, B: bigint, v: bigint }, poolName: string,
 *   userIdForSrp: string, secretBlock: string, timestamp: string, signature: string }} p
 *   A is the client's SRP_A (hex); secretBlock and signature are base64.
 */
export function verifyPasswordClaim({ A, challenge, poolName, userIdForSrp, secretBlock, timestamp, signature }) {
  if (!/^[0-9a-f]+$/i.test(A ?? '') || typeof signature !== 'string' || typeof timestamp !== 'string') return false;
  const bigA = fromHex(A);
  if (bigA % N === 0n) return false;
  const u = fromHex(hexHash(padHex(bigA) + padHex(challenge.B)));
  if (u === 0n) return false;
  const S = modPow(bigA * modPow(challenge.v, u, N), challenge.b, N);
  const key = derivedKey(S, u);
  const expected = createHmac('sha256', key)
    .update(Buffer.concat([
      Buffer.from(poolName, 'utf8'),
      Buffer.from(userIdForSrp, 'utf8'),
      Buffer.from(secretBlock, 'base64'),
      Buffer.from(timestamp, 'utf8'),
    ]))
    .digest();
  const given = Buffer.from(signature, 'base64');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Cognito's pool "name" in SRP maths is the part of the pool id after the underscore. */
export const poolNameOf = (/** @type {string} */ userPoolId) => userPoolId.split('_')[1] ?? userPoolId;
