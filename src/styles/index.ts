export { tokenStyles } from './tokens.js';
export { baseStyles, adoptBaseStyles } from './base.js';
