// `cem analyze` (run by npm run build): the custom elements manifest, generated from the JSDoc on the element
// classes, into dist/. package.json names the file itself; the analyzer must not rewrite it.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.stories.ts', 'src/**/*.d.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
};
