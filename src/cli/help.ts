/** The text of `baocao --help`. */
export const HELP = `baocao — audit the arithmetic of Vietnamese government reports

Usage:
  baocao audit <file|dir|->... [options]     check every figure, print the findings
  baocao extract <file|->... [--out FILE]    write the structured form (JSON) of what was read
  baocao convert <file|-> [--out FILE]       write the text as Unicode (Word/PDF text, TCVN3/VNI)
  baocao --help | --version

Inputs: .txt, .md, .docx, .doc and .pdf files (told apart by content), directories (searched
recursively), or - for standard input. Text in the legacy TCVN3 (ABC) or VNI encodings is converted
to Unicode with a notice. Word and PDF need the optional packages mammoth, word-extractor, unpdf.
A .json file given by name is a structured report (from baocao extract, maybe corrected by hand):
its relations are checked again.

Options:
  -f, --format text|json|html   output format (default text); html writes a page to look at
  -o, --out PATH                write to a file instead of standard output; with html and several
                                reports, a directory: one page each and an index.html
      --lang vi|en              language of messages (default vi)
      --rounding MODE           rounding officials are assumed to use: half-up (default),
                                half-even, truncate, floor, ceiling
      --report-date YYYY-MM-DD  the report's date, instead of the one in its header: periods
                                and citations may not be later
      --registry                also check the units a report names (counts of communes, names,
                                the 2025 arrangement) against the official lists on its date
      --fail-on error|warning|never
                                exit 1 when a finding at or above this severity is found
                                (default error)
      --color, --no-color       colour the text output (default: when writing to a terminal)
  -j, --jobs N                  audit many files on at most N worker threads (default: one per
                                core; at most twice the cores; 1 audits in one thread). Small
                                batches (under 1 MB in all) are audited in one thread anyway
      --no-progress             no progress bar (one is drawn on standard error for many files
                                only on a terminal, never when the output is piped or in CI)
      --max-unpacked-size SIZE  the most a .docx or .pdf may unpack to (default 200MB; say
                                500MB or 2GB): past it the file is "too large when unpacked"
  -h, --help                    this help
  -v, --version                 the version

A file that cannot be read (or a folder that cannot be searched) gets its entry in the output
with the reason, and one line on standard error; the other files are audited. In folders only
regular files are read. --out is written whole or not at all, never onto an input.

Exit status: 0 no finding at or above --fail-on; 1 there are; 2 a usage error, an input that
could not be read, or an output that could not be written.

Examples:
  baocao audit examples/sample-report.txt --lang en
  baocao audit reports/ --format html --out audit/
  baocao extract report.txt --out report.json && baocao audit report.json
`;
