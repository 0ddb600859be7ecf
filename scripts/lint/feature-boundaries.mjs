/**
 * Lint rule: a renderer feature is used from outside only through its index.ts, and the shared
 * kit (components/, hooks/, lib/) uses no feature at all. Paths are resolved rather than matched
 * as text, so `../photos/PhotoCard` and `../../features/photos/PhotoCard` are caught alike.
 */
import path from 'node:path';

const rendererDir = path.resolve(import.meta.dirname, '../../renderer');
const featuresDir = path.join(rendererDir, 'features');
const kitDirs = ['components', 'hooks', 'lib'].map((name) => path.join(rendererDir, name));

const inside = (dir, file) => {
  const relative = path.relative(dir, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
};

/** The feature a path belongs to and the rest of its path inside that feature. */
function featureOf(file) {
  if (!inside(featuresDir, file)) return null;
  const [name, ...rest] = path.relative(featuresDir, file).split(path.sep);
  return { name, rest: rest.join('/') };
}

const isIndex = (rest) => rest === '' || /^index(\.tsx?)?$/.test(rest);

/** @type {import('eslint').Rule.RuleModule} */
export const featureBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Reach another renderer feature only through its index.ts.' },
    messages: {
      deep: "'{{source}}' reaches into the {{feature}} feature: import from its index.ts ('{{index}}') instead, and export what is needed there.",
      kit: "'{{source}}' is a feature; the shared kit ({{kit}}/) must not depend on any feature.",
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const own = featureOf(file);
    const kit = kitDirs.find((dir) => inside(dir, file));
    const check = (node) => {
      const source = node.source;
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      if (!source.value.startsWith('.')) return;
      const target = featureOf(path.resolve(path.dirname(file), source.value));
      if (!target || target.name === own?.name) return;
      if (kit) {
        context.report({
          node: source,
          messageId: 'kit',
          data: { source: source.value, kit: path.basename(kit) },
        });
      } else if (!isIndex(target.rest)) {
        const index = path.relative(path.dirname(file), path.join(featuresDir, target.name)) || '.';
        context.report({
          node: source,
          messageId: 'deep',
          data: {
            source: source.value,
            feature: target.name,
            index: index.startsWith('.') ? index : `./${index}`,
          },
        });
      }
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};
