/**
 * The @ccdc/cli package folder (one level above both src/ and dist/, where this module and the
 * bundled CLI, dist/ccdc.bundle.cjs, sit), for files shipped beside the code: package.json and
 * templates/. Relative URLs from deeper modules would break in the bundle.
 */
export const cliPackageUrl = new URL("..", import.meta.url);
