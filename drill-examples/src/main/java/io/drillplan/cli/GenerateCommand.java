package io.drillplan.cli;

import io.drillplan.format.DrillFormat;
import io.drillplan.model.DrillProblem;
import io.drillplan.samples.SampleProblems.Preset;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code drill generate}: writes a seeded sample problem. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes a seeded sample problem: a June of drills in Shanxi province.")
final class GenerateCommand extends CliCommand {

    @Mixin
    SampleOptions sample;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Problem file to write (default: out/<preset>-problem.json).")
    Path output;

    @Option(names = "--force", description = "Overwrite an existing problem file.")
    boolean force;

    @Override
    int run() {
        Preset preset = sample.presetOr(Preset.PILOT);
        Path target = output != null ? output : Path.of("out", SampleOptions.stem(preset) + "-problem.json");
        OutputFiles.checkFile(target, "-o", List.of(), force);
        DrillProblem problem = sample.generate(preset, language());
        DrillFormat.writeProblem(problem, target);
        out().println(text().text("output.wroteNamed", target, problem.name()));
        out().println(text().text("generate.counts", problem.drills().size(), problem.units().size(),
                problem.teams().size(), problem.regions().size(), problem.horizon().start(), problem.horizon().end()));
        return OK;
    }
}
