// @ts-check
// TypeDoc plugin for the reference site: runs once the packages are merged, before rendering.
//   - `…Params` interfaces get `@expand`, so a function page lists its params inline
//     (not one click away on the interface page);
//   - `@throws {AppwriteError} …` renders as a link to the error class (TypeDoc would drop the
//     braces; `preservedTypeAnnotationTags` keeps them for this plugin to read);
//   - every function page ends with a link to the guide of its package.
import { Comment, ReflectionKind, RendererEvent } from 'typedoc';

/** The guide (document title) each package's functions link to. */
const GUIDES = {
  '@aw/account': 'Authentication',
  '@aw/account/auth-state': 'Auth state',
  '@aw/account/ssr': 'Server-side rendering',
  '@aw/teams': 'Authentication',
  '@aw/databases': 'Databases and queries',
  '@aw/storage': 'Uploads',
  '@aw/realtime': 'Realtime',
  '@aw/emulator': 'The emulator',
  '@aw/core': 'Raw responses and errors',
};
const DEFAULT_GUIDE = 'Getting started';
/** Functions whose guide is not their package's. */
const FUNCTION_GUIDES = {
  eventStream: 'Server-side rendering',
};

/**
 * @param {import('typedoc').Application} app
 */
export function load(app) {
  app.renderer.on(RendererEvent.BEGIN, (event) => {
    const project = event.project;
    const all = Object.values(project.reflections);
    const classes = new Map(all.filter((r) => r.kindOf(ReflectionKind.Class)).map((r) => [r.name, r]));
    const documents = new Map(all.filter((r) => r.kindOf(ReflectionKind.Document)).map((r) => [r.name, r]));

    for (const reflection of all) {
      if (reflection.kindOf(ReflectionKind.Interface) && reflection.name.endsWith('Params')) {
        reflection.comment ??= new Comment();
        reflection.comment.modifierTags.add('@expand');
      }
      if (!reflection.kindOf(ReflectionKind.Function) || !('signatures' in reflection)) continue;
      const [pkg, subpath] = modulesOf(reflection);
      const guide = documents.get(FUNCTION_GUIDES[reflection.name] ?? (subpath && GUIDES[subpath]) ?? (pkg && GUIDES[pkg]) ?? DEFAULT_GUIDE);
      for (const signature of /** @type {import('typedoc').DeclarationReflection} */ (reflection).signatures ?? []) {
        if (!signature.comment) continue;
        for (const tag of signature.comment.blockTags) {
          if (tag.tag !== '@throws' || !tag.typeAnnotation) continue;
          const name = tag.typeAnnotation.replace(/^\{|\}$/g, '').trim();
          const target = classes.get(name);
          if (!target) continue;
          tag.content = [{ kind: 'inline-tag', tag: '@link', text: name, target }, { kind: 'text', text: ' — ' }, ...tag.content];
          delete tag.typeAnnotation;
        }
        if (guide) {
          signature.comment.summary.push(
            { kind: 'text', text: '\n\nSee the ' },
            { kind: 'inline-tag', tag: '@link', text: guide.name.toLowerCase().startsWith('the ') ? guide.name.slice(4) : guide.name, target: guide },
            { kind: 'text', text: ' guide.' },
          );
        }
      }
    }
  });
}

/**
 * Creates the name of the package (top-level module) a reflection belongs to and, when it sits in
 * a module of that package (a subpath export such as `auth-state`), the subpath's import name.
 *
 * @param {import('typedoc').Reflection} reflection
 *
 * @returns {[string | undefined, string | undefined]} Such as `['@aw/account', '@aw/account/auth-state']`.
 */
function modulesOf(reflection) {
  const chain = [];
  for (let current = reflection; current.parent && !current.parent.isProject(); current = current.parent) chain.unshift(current.parent);
  const [pkg, sub] = chain;
  return [pkg?.name ?? reflection.name, sub?.kindOf(ReflectionKind.Module) ? `${pkg.name}/${sub.name}` : undefined];
}
