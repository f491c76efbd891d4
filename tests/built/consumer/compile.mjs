// Compiles the consumer project in the working folder as `tsc -p .` would, with this project's
// TypeScript, but checks only the consumer's own files and the declarations of baocao: the
// declarations of baocao's dependencies are left unchecked, as skipLibCheck would leave them,
// which makes a compilation several times faster than checking every library.
import ts from "typescript";

const host = {
  getCanonicalFileName: (name) => name,
  getCurrentDirectory: ts.sys.getCurrentDirectory,
  getNewLine: () => "\n",
};
const config = ts.getParsedCommandLineOfConfigFile("tsconfig.json", undefined, {
  ...ts.sys,
  onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
    throw new Error(ts.formatDiagnostic(diagnostic, host));
  },
});
const program = ts.createProgram({ rootNames: config.fileNames, options: config.options });
const checked = program
  .getSourceFiles()
  .filter(
    (file) => !file.isDeclarationFile || /[\\/]node_modules[\\/]baocao[\\/]/u.test(file.fileName),
  );
const diagnostics = [
  ...config.errors,
  ...program.getOptionsDiagnostics(),
  ...program.getGlobalDiagnostics(),
  ...checked.flatMap((file) => [
    ...program.getSyntacticDiagnostics(file),
    ...program.getSemanticDiagnostics(file),
  ]),
];
if (diagnostics.length === 0) diagnostics.push(...program.emit().diagnostics);
process.stdout.write(ts.formatDiagnostics(diagnostics, host));
process.exitCode = diagnostics.length === 0 ? 0 : 1;
