/** The text of `baocao --help`. */
export const HELP = `baocao — audit the arithmetic of Vietnamese government reports

Usage:
  baocao audit <file|dir|->... [options]   check every figure, print the findings
  baocao --help | --version

Inputs: .txt and .md files, directories (searched recursively), or - for standard input.
Text must be UTF-8.

Options:
  -f, --format text|json        output format (default text)
  -o, --out PATH                write the output to a file instead of standard output
      --lang vi|en              language of messages (default vi)
      --rounding MODE           rounding officials are assumed to use: half-up (default),
                                half-even, truncate, floor, ceiling
      --fail-on error|warning|never
                                exit 1 when a finding at or above this severity is found
                                (default error)
      --color, --no-color       colour the text output (default: when writing to a terminal)
  -h, --help                    this help
  -v, --version                 the version

Exit status: 0 no finding at or above --fail-on; 1 there are; 2 usage or input error.

Example:
  baocao audit examples/sample-report.txt --lang en
`;
