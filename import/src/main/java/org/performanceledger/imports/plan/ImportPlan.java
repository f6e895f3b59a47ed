package org.performanceledger.imports.plan;

import java.util.List;
import java.util.Map;

/**
 * What an import would do: every fact with whether it adds, changes or leaves alone, the problems that stop it,
 * and warnings that do not.
 *
 * @param files    each file's name and SHA-256 checksum
 * @param steps    the facts, in the order they are applied (indicators, targets, values)
 * @param problems what stops the import; when any, nothing may be recorded
 * @param warnings what was ignored (an unknown column, a sheet of no known kind)
 */
public record ImportPlan(Map<String, String> files, List<ImportStep> steps, List<ImportProblem> problems,
                         List<ImportProblem> warnings) {

    public long count(ImportStep.Change change) {
        return steps.stream().filter(step -> step.change() == change).count();
    }
}
