package io.drillplan.cli;

import picocli.CommandLine.Option;

/** The {@code --lang zh|en} option of the spreadsheet commands. */
final class LanguageOption {

    @Option(names = "--lang", paramLabel = "zh|en",
            description = "Language of headers, labels and messages: zh (Chinese) or en (English). "
                    + "Default: from LC_ALL, LC_MESSAGES or LANG (zh_* gives Chinese).")
    String lang;

    /** The words chosen on the command line or by the environment. */
    SheetLabels labels() {
        return SheetLabels.resolve(lang, System.getenv());
    }
}
