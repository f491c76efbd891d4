import pkg from "../../package.json";

/** The package's version, as `baocao --version` prints it. */
export const VERSION: string = pkg.version;
