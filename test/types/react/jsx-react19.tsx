// React 19 renders custom elements natively: properties, attributes and `on<event-name>`
// listeners straight on the tag, typed by auth-elements/types/react-jsx.
import type {} from 'auth-elements/types/react-jsx';
import { useState } from 'react';
import type { FormFields } from 'auth-elements';

const formFields: FormFields = { signUp: { email: { order: 1, placeholder: 'you@example.com' } } };

export function App() {
  const [user, setUser] = useState('');
  return (
    <>
      <auth-authenticator
        formFields={formFields}
        initial-step="signUp"
        login-mechanisms="username email"
        hide-sign-up
        variation="modal"
        color-scheme="dark"
        onauth-signed-in={(event) => setUser(event.detail.username)}
        onauth-signed-out={() => setUser('')}
        onauth-error={(event) => setUser(event.detail.message)}
      >
        <p>Hello {user}</p>
        <auth-sign-out onauth-signed-out={(event) => setUser(JSON.stringify(event.detail))} />
      </auth-authenticator>
      <auth-sign-in formFields={formFields} />

      {/* @ts-expect-error misspelt property */}
      <auth-authenticator formFeilds={formFields} />
      {/* @ts-expect-error misspelt camelCase attribute property */}
      <auth-authenticator initalStep="signIn" />
      {/* @ts-expect-error misspelt value of a typed attribute */}
      <auth-authenticator initial-step="signUpp" />
      {/* @ts-expect-error variation is default or modal */}
      <auth-authenticator variation="popup" />
      {/* @ts-expect-error the event detail has no token */}
      <auth-authenticator onauth-signed-in={(event) => setUser(event.detail.idToken)} />
      {/* @ts-expect-error not an element of the kit */}
      <auth-sign-inn />
    </>
  );
}
