import type { Plugin } from 'vite';

/**
 * Cytoscape.js bundles lodash's way of finding the global object, `Function('return this')()`:
 * a Function constructor, which an extension's policy forbids, Mozilla's linter reports and
 * tests/unit/build-review.test.ts refuses. In an extension page `self` is found first and that
 * line never runs; it becomes `globalThis`, which is what it would return. The build fails if the
 * line is no longer there to replace (a new Cytoscape may have changed it: look again).
 */
export function noFunctionConstructor(): Plugin {
  const LINE = "Function('return this')()";
  return {
    name: 'kontakty-no-function-constructor',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]cytoscape[\\/]dist[\\/]/.test(id)) return null;
      if (!code.includes(LINE)) this.error(`${id}: lodash's ${LINE} is gone; check the bundle for other Function constructors and update this plugin`);
      return { code: code.replaceAll(LINE, 'globalThis'), map: null };
    },
  };
}
