// `npm run analyze` → custom-elements.json, the machine-readable API (Storybook autodocs, IDEs,
// framework typings). Elements document themselves with JSDoc: @summary @slot @event @csspart
// @cssproperty. The tag names come from the `define('tag', Class)` calls in src/define/.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export default {
  globs: ['src/elements/**/*.ts', 'src/define/**/*.ts'],
  // Internal helpers (controllers, context, field specs) are not element API.
  exclude: ['**/*.test.ts', '**/*.stories.ts', 'src/elements/shared/*-controller.ts', 'src/elements/shared/context.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [tagNamesFromDefineModules(), publicApiOnly()],
};

/**
 * The kit defines elements through its own `define(tag, Class)` helper (idempotent, SSR-safe),
 * which the analyzer does not recognise as `customElements.define`. Links each class to its tag.
 */
function tagNamesFromDefineModules(dir = 'src/define') {
  const definitions = [];
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
    const source = readFileSync(path.join(dir, file), 'utf8');
    for (const [, tag, className] of source.matchAll(/\bdefine\(\s*['"]([a-z][\w-]*-[\w-]*)['"]\s*,\s*(\w+)\s*\)/g)) {
      const from = new RegExp(`import\\s*{[^}]*\\b${className}\\b[^}]*}\\s*from\\s*['"]([^'"]+)['"]`).exec(source)?.[1];
      if (!from) continue;
      const modulePath = path.posix.join(dir, from).replace(/\.js$/, '.ts');
      definitions.push({ tag, className, modulePath, definedIn: path.posix.join(dir, file) });
    }
  }
  return {
    name: 'tag-names-from-define-modules',
    packageLinkPhase({ customElementsManifest }) {
      const modules = new Map(customElementsManifest.modules.map((mod) => [mod.path, mod]));
      for (const { tag, className, modulePath, definedIn } of definitions) {
        const declaration = modules.get(modulePath)?.declarations?.find((d) => d.name === className);
        if (!declaration) throw new Error(`custom-elements.json: ${className} (${tag}) not found in ${modulePath}`);
        declaration.tagName = tag;
        declaration.customElement = true;
        const defining = modules.get(definedIn);
        defining?.exports?.push({
          kind: 'custom-element-definition',
          name: tag,
          declaration: { name: className, module: modulePath },
        });
      }
    },
  };
}

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
