// React 19 renders custom elements natively: `formFields` is set as a property (the element has
// it), `sign-up-attributes` as an attribute, and `onauth-signed-in` listens to `auth-signed-in`.
// TypeScript: `import type {} from 'auth-elements/types/react-jsx'` types all of it.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'auth-elements';
import { configureAmplify, formFields } from '../../shared/amplify.js';

function App() {
  const [user, setUser] = useState(null);
  return (
    <main>
      <h1>React 19</h1>
      <p data-testid="status">{user ? `Signed in as ${user}` : 'Signed out'}</p>
      <auth-authenticator
        sign-up-attributes="email"
        formFields={formFields}
        onauth-signed-in={(event) => setUser(event.detail.username)}
        onauth-signed-out={() => setUser(null)}
      >
        <auth-sign-out></auth-sign-out>
      </auth-authenticator>
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
