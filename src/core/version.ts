/** The library version; the define guard compares it to spot two different copies on one page. Kept in step with package.json by a test. */
export const VERSION = '0.3.0';
