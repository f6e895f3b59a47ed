package org.performanceledger.imports.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Gathers an import's plan as its files are read: the files' checksums, the steps, the problems and warnings. */
public final class PlanRecorder {

    private final Map<String, String> files = new LinkedHashMap<>();
    private final List<ImportStep> steps = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<ImportProblem> warnings = new ArrayList<>();

    /** Records a file by its name; false when the import has a file of that name already. */
    public boolean file(String name, String checksum) {
        return files.putIfAbsent(name, checksum) == null;
    }

    public void step(ImportStep step) {
        steps.add(step);
    }

    public void problem(ImportProblem problem) {
        problems.add(problem);
    }

    public void warning(ImportProblem warning) {
        warnings.add(warning);
    }

    public ImportPlan plan() {
        return new ImportPlan(Collections.unmodifiableMap(new LinkedHashMap<>(files)), List.copyOf(steps),
                List.copyOf(problems), List.copyOf(warnings));
    }

    /**
     * The plan with its problems but no steps: for an import stopped part-way (a limit, the time, the caller), whose
     * steps are only some of the file's and must not be sent.
     */
    public ImportPlan stoppedPlan() {
        return new ImportPlan(Collections.unmodifiableMap(new LinkedHashMap<>(files)), List.of(),
                List.copyOf(problems), List.copyOf(warnings));
    }
}
