// `npm run analyze` → custom-elements.json, the machine-readable API (Storybook autodocs, IDEs,
// framework typings). Elements document themselves with JSDoc: @summary @slot @event @csspart
// @cssproperty. The tag names come from the `customElements.define` calls in src/define/.
export default {
  globs: ['src/elements/**/*.ts', 'src/define/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [publicApiOnly()],
};

/**
 * The analyzer lists every class member, including Lit's private `@state` fields and
 * `_`-prefixed helpers. The manifest documents the public API only.
 */
function publicApiOnly() {
  const isPublic = (member) =>
    !member.privacy?.match(/private|protected/) && !/^[_#]/.test(member.name) && member.static !== true;
  return {
    name: 'public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.members) declaration.members = declaration.members.filter(isPublic);
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter((attr) => !/^[_#]/.test(attr.fieldName ?? ''));
          }
        }
      }
    },
  };
}
