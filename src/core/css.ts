/**
 * Joins a template literal into a plain CSS string. Named `css` so that the build minifies these literals
 * like Lit's; plain strings because the styles are scoped to a tag at run time (scoped-styles.ts) and shared
 * with the consent code, which has no Lit.
 */
export const css = (strings: TemplateStringsArray, ...values: readonly (string | number)[]): string => String.raw({ raw: strings }, ...values);
