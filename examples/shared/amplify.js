// Points Amplify v5 `Auth` at a Cognito user pool, once, before any element asks for it. The
// examples use the local Cognito server by default (`npm start` or `node server/cli.mjs` at the
// repository root); `?endpoint=…&userPoolId=…&clientId=…` in the URL points them elsewhere.
// Against real Amazon Cognito, drop `endpoint` and pass your pool's ids.
import { Auth } from '@aws-amplify/auth';

export const DEFAULT_ENDPOINT = 'http://127.0.0.1:9229';

/** Field customisation every example passes to `<auth-authenticator>` as a property. */
export const formFields = {
  signUp: {
    email: { order: 1, placeholder: 'you@example.com' },
    username: { order: 2, placeholder: 'Pick a username' },
  },
};

export async function configureAmplify(search = globalThis.location?.search ?? '') {
  const params = new URLSearchParams(search);
  const endpoint = params.get('endpoint') || DEFAULT_ENDPOINT;
  let userPoolId = params.get('userPoolId');
  let clientId = params.get('clientId');
  if (!userPoolId || !clientId) {
    // The local server's dev API creates the examples' pool once and finds it again after.
    const response = await fetch(`${endpoint}/_dev/pools`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'examples', reuse: true }),
    });
    if (!response.ok) throw new Error(`no user pool: start the local Cognito server (${endpoint}) or pass ?userPoolId=&clientId=`);
    ({ userPoolId, clientId } = await response.json());
  }
  Auth.configure({ region: 'us-east-1', userPoolId, userPoolWebClientId: clientId, endpoint });
}
