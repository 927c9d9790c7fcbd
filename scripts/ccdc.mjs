// `pnpm ccdc …` (the root package's script) runs this: pnpm runs scripts in the workspace root,
// and sets INIT_CWD to the directory the user typed the command in. Relative paths on the
// command line (the spec, --out, -o) are meant from there, so the CLI runs in that directory.
// The installed `ccdc` bin never reads INIT_CWD: another package's script that calls `ccdc`
// runs in its own folder, and its paths are relative to that folder.
import { existsSync } from "node:fs";

const invoked = process.env.INIT_CWD;
if (invoked && existsSync(invoked)) process.chdir(invoked);
await import("../packages/cli/bin/ccdc.js");
