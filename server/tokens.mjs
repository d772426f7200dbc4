// Access-token checks cognito-local leaves out: it only decodes tokens. We verify the signature
// and expiry, and honour GlobalSignOut by revoking every token issued to the user before it.
import { cognitoError, jwt, publicKey } from './cognito-local.mjs';

export class TokenGuard {
  /** jti of every access token issued since start, per `${poolId}/${username}`. @type {Map<string, Set<string>>} */
  #issued = new Map();
  /** @type {Set<string>} */
  #revoked = new Set();

  /**
   * Wraps a cognito-local token generator so each access token it issues is remembered.
   * @param {any} generator JwtTokenGenerator
   */
  track(generator) {
    const generate = generator.generate.bind(generator);
    generator.generate = async (/** @type {any} */ ctx, /** @type {any} */ user, /** @type {any} */ groups, /** @type {any} */ client, /** @type {any[]} */ ...rest) => {
      const tokens = await generate(ctx, user, groups, client, ...rest);
      const key = `${client.UserPoolId}/${user.Username}`;
      const jti = /** @type {any} */ (jwt.decode(tokens.AccessToken))?.jti;
      if (!this.#issued.has(key)) this.#issued.set(key, new Set());
      if (jti) this.#issued.get(key)?.add(jti);
      return tokens;
    };
    return generator;
  }

  /**
   * Returns the verified claims of an access token, or throws Cognito's NotAuthorizedException.
   * @param {string} token
   * @param {(claims: any) => Promise<any>} findUser resolves the token's user (null if gone)
   */
  async verify(token, findUser) {
    /** @type {any} */
    let claims;
    try {
      claims = jwt.verify(token, publicKey.pem, { algorithms: ['RS256'] });
    } catch (error) {
      const expired = error instanceof Error && error.name === 'TokenExpiredError';
      throw cognitoError('NotAuthorizedException', expired ? 'Access Token has expired' : 'Invalid Access Token');
    }
    if (claims.token_use !== 'access') throw cognitoError('NotAuthorizedException', 'Invalid Access Token');
    const user = await findUser(claims);
    if (!user) throw cognitoError('NotAuthorizedException', 'Invalid Access Token');
    if (this.#revoked.has(claims.jti) || (user.TokensRevokedAt && claims.iat < user.TokensRevokedAt)) {
      throw cognitoError('NotAuthorizedException', 'Access Token has been revoked');
    }
    return claims;
  }

  /**
   * Revokes every access token issued to the user so far. The caller stores the returned
   * second on the user (TokensRevokedAt) so the revocation survives a restart.
   * @param {string} userPoolId
   * @param {string} username
   */
  revokeAll(userPoolId, username) {
    const key = `${userPoolId}/${username}`;
    for (const jti of this.#issued.get(key) ?? []) this.#revoked.add(jti);
    this.#issued.delete(key);
    return Math.floor(Date.now() / 1000);
  }
}
