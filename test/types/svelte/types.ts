// Loads the element types for every .svelte file here (as an app's src/app.d.ts would).
import type {} from 'auth-elements/types/svelte';
