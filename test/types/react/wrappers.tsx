// auth-elements/react (@lit/react wrappers): typed properties and typed on* event props.
import { useState } from 'react';
import { Authenticator, SignIn, SignOut, type AuthenticatorProps } from 'auth-elements/react';
import type { FormFields } from 'auth-elements';

const formFields: FormFields = { signIn: { username: { label: 'Email or username', placeholder: 'you@example.com' } } };

export function App() {
  const [user, setUser] = useState('');
  return (
    <>
      <Authenticator
        formFields={formFields}
        initialStep="signUp"
        hideSignUp={false}
        variation="modal"
        onSignedIn={(event) => setUser(event.detail.username + Object.keys(event.detail.attributes).join())}
        onSignedUp={(event) => setUser(String(event.detail.userConfirmed))}
        onSignedOut={() => setUser('')}
        onStepChange={(event) => setUser(event.detail.step)}
        onError={(event) => setUser(`${event.detail.code}: ${event.detail.message}`)}
      >
        <p>Hello {user}</p>
        <SignOut />
      </Authenticator>
      <SignIn formFields={formFields} onSignedIn={(event) => setUser(event.detail.username)} />

      {/* @ts-expect-error misspelt property */}
      <Authenticator formFeilds={formFields} />
      {/* @ts-expect-error misspelt event prop */}
      <Authenticator onSignIn={() => setUser('')} />
      {/* @ts-expect-error the event detail has no token */}
      <Authenticator onSignedIn={(event) => setUser(event.detail.accessToken)} />
      {/* @ts-expect-error not a step the authenticator starts on */}
      <Authenticator initialStep="signUpp" />
      {/* @ts-expect-error formFields is an object, not a string */}
      <Authenticator formFields="signIn" />
      {/* @ts-expect-error <auth-sign-out> dispatches no auth-signed-in */}
      <SignOut onSignedIn={() => setUser('')} />
    </>
  );
}

export const props: AuthenticatorProps = { initialStep: 'forgotPassword' };
// @ts-expect-error misspelt property in the props type
export const badProps: AuthenticatorProps = { initalStep: 'signIn' };
