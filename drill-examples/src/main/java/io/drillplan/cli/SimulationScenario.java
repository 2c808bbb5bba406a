package io.drillplan.cli;

import io.drillplan.model.Excerpt;
import io.drillplan.simulation.ScriptedEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scenario file for {@code drill simulate --scenario}: disruptions that happen in every
 * replication, to replay a known month or try a plan against a chosen one. One event a line;
 * blank lines and lines starting with {@code #} are ignored:
 *
 * <pre>
 * away   T-yuanping-fire1 2026-06-10 2026-06-12   # a team away on an incident, both days included
 * rain   xinzhou 2026-06-05                       # heavy rain over a region and the regions below it
 * cancel U-yuanping-school2 2026-06-07            # a unit calls off all its drills not yet held
 * cancel U-yuanping-mine1 D-yuanping-mine1-ce 2026-06-20   # ... or one of them
 * </pre>
 */
final class SimulationScenario {

    /** The events of a file, with the line each came from. */
    record Parsed(List<ScriptedEvent> events, List<Integer> lines) {}

    private static final Pattern SCRIPTED_INDEX = Pattern.compile("scripted\\[(\\d+)]\\.?");

    private SimulationScenario() {}

    /**
     * Reads a scenario file.
     *
     * @throws BadInputException naming the file and line of the first bad line
     */
    static Parsed read(Path file) {
        List<String> text;
        try {
            text = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw BadInputException.of("scenario.notFound", file);
        } catch (IOException e) {
            throw BadInputException.of("scenario.cannotRead", file, e.getMessage());
        }
        List<ScriptedEvent> events = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            String line = text.get(i);
            int hash = line.indexOf('#');
            String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (content.isEmpty()) {
                continue;
            }
            String where = file + ":" + (i + 1);
            String[] f = content.split("\\s+");
            try {
                events.add(switch (f[0]) {
                    case "away" -> {
                        expect(f, 4, "away TEAM FROM TO", where);
                        yield new ScriptedEvent.TeamAway(f[1], LocalDate.parse(f[2]), LocalDate.parse(f[3]));
                    }
                    case "rain" -> {
                        expect(f, 3, "rain REGION DATE", where);
                        yield new ScriptedEvent.HeavyRain(f[1], LocalDate.parse(f[2]));
                    }
                    case "cancel" -> {
                        if (f.length == 3) {
                            yield new ScriptedEvent.UnitCancels(f[1], null, LocalDate.parse(f[2]));
                        }
                        expect(f, 4, "cancel UNIT [DRILL] DATE", where);
                        yield new ScriptedEvent.UnitCancels(f[1], f[2], LocalDate.parse(f[3]));
                    }
                    default -> throw BadInputException.of("scenario.unknownEvent", where, Excerpt.quote(f[0]));
                });
            } catch (DateTimeParseException e) {
                throw BadInputException.of("scenario.badDate", where, Excerpt.quote(e.getParsedString()));
            } catch (IllegalArgumentException e) {
                // An event the model refuses (a return before the departure): its own words, in English.
                throw BadInputException.of("scenario.invalid", where, e.getMessage());
            }
            lines.add(i + 1);
        }
        return new Parsed(events, lines);
    }

    /** {@code message} with each {@code scripted[i]} replaced by the file and line of event i. */
    static String locate(String message, Path file, Parsed parsed) {
        Matcher m = SCRIPTED_INDEX.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int index = Integer.parseInt(m.group(1));
            String where = index < parsed.lines().size() ? file + ":" + parsed.lines().get(index) + ": " : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(where));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static void expect(String[] fields, int count, String form, String where) {
        if (fields.length != count) {
            throw BadInputException.of("scenario.fields", where, form, fields.length);
        }
    }
}
