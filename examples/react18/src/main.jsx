// React 18 does not pass properties or custom events to custom elements, so it uses the
// @lit/react wrappers from auth-elements/react: `formFields` is set as a property and
// `onSignedIn` / `onSignedOut` listen to `auth-signed-in` / `auth-signed-out` (typed in TSX).
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Authenticator, SignOut } from 'auth-elements/react';
import { configureAmplify, formFields } from '../../shared/amplify.js';

function App() {
  const [user, setUser] = useState(null);
  return (
    <main>
      <h1>React 18</h1>
      <p data-testid="status">{user ? `Signed in as ${user}` : 'Signed out'}</p>
      {/* Flow options (sign-up-attributes, initial-step, ...) go as attributes: the wrappers set
          properties after the element connected, when the authenticator has read its options. */}
      <Authenticator
        sign-up-attributes="email"
        formFields={formFields}
        onSignedIn={(event) => setUser(event.detail.username)}
        onSignedOut={() => setUser(null)}
      >
        <SignOut />
      </Authenticator>
    </main>
  );
}

configureAmplify().then(() => {
  createRoot(document.getElementById('root')).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
