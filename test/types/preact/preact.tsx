// Preact renders custom elements natively: properties, attributes and `on<event-name>`
// listeners straight on the tag, typed by auth-elements/types/preact-jsx.
import type {} from 'auth-elements/types/preact-jsx';
import { useState } from 'preact/hooks';
import type { FormFields } from 'auth-elements';

const formFields: FormFields = { signIn: { password: { label: 'Passphrase' } } };

export function App() {
  const [user, setUser] = useState('');
  return (
    <>
      <auth-authenticator
        formFields={formFields}
        initial-step="signIn"
        hide-sign-up
        onauth-signed-in={(event) => setUser(event.detail.username)}
        onauth-signed-out={() => setUser('')}
      >
        <p>Hello {user}</p>
      </auth-authenticator>

      {/* @ts-expect-error misspelt property */}
      <auth-authenticator formFeilds={formFields} />
      {/* @ts-expect-error misspelt value of a typed attribute */}
      <auth-authenticator initial-step="signUpp" />
      {/* @ts-expect-error the event detail has no token */}
      <auth-authenticator onauth-signed-in={(event) => setUser(event.detail.refreshToken)} />
      {/* @ts-expect-error formFields is an object, not a string */}
      <auth-sign-in formFields="signIn" />
    </>
  );
}
