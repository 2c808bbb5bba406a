package io.drillplan.cli;

import io.drillplan.model.Excerpt;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line picocli could not parse, worded in the run's language: picocli's own messages
 * are English only. Each kind of mistake a planner makes (an unknown option, a missing file or
 * value, a value of the wrong kind, an option given twice) has its text in the {@code Messages}
 * bundle; anything else keeps picocli's words behind a translated lead-in.
 */
final class ParseErrors {

    /**
     * How picocli says an option was given without its value (at the end, or followed by another
     * option); the same exception also reports missing arguments.
     */
    private static final List<String> NO_VALUE = List.of("Missing required parameter for option",
            "Expected parameter for option");

    private ParseErrors() {}

    /** The lines that tell the user what is wrong with the command line, suggestions included. */
    static List<String> lines(ParameterException e, Messages text) {
        String first = message(e, text);
        if (e instanceof UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            return List.of(first, text.text("parse.suggestions", String.join(", ", u.getSuggestions())));
        }
        return List.of(first);
    }

    private static String message(ParameterException e, Messages text) {
        if (e instanceof UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            String quoted = unmatched.stream().map(Excerpt::quote).collect(Collectors.joining(", "));
            return u.isUnknownOption() ? text.text("parse.unknownOption", quoted) : text.text("parse.unmatched", quoted);
        }
        if (e instanceof MissingParameterException m) {
            List<ArgSpec> missing = m.getMissing();
            String names = missing.stream().map(ParseErrors::name).collect(Collectors.joining(", "));
            if (NO_VALUE.stream().anyMatch(String.valueOf(e.getMessage())::startsWith)) {
                return text.text("parse.noValue", names);
            }
            return missing.stream().allMatch(ArgSpec::isOption) ? text.text("parse.missingOption", names)
                    : text.text("parse.missingArgument", names);
        }
        if (e instanceof OverwrittenOptionException o) {
            return text.text("parse.twice", name(o.getOverwritten()));
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof BadValue bad) {
                    return text.text("parse.badValueBecause", name(e.getArgSpec()), bad.message(text));
                }
            }
            return text.text("parse.badValue", name(e.getArgSpec()), Excerpt.quote(e.getValue()),
                    text.text("parse.type." + kind(e.getArgSpec().type())));
        }
        return text.text("parse.other", e.getMessage());
    }

    /** An option by its longest name, an argument by its label. */
    private static String name(ArgSpec spec) {
        if (spec instanceof OptionSpec option) {
            return option.longestName();
        }
        return spec instanceof PositionalParamSpec p ? p.paramLabel() : String.valueOf(spec);
    }

    /** What a value of {@code type} must look like: {@code integer}, {@code number} or {@code other}. */
    private static String kind(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "integer";
        }
        return type == double.class || type == Double.class ? "number" : "other";
    }
}
