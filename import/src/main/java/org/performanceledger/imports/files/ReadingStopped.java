package org.performanceledger.imports.files;

import org.performanceledger.imports.plan.ImportProblem;

/**
 * Reading stopped part-way: a limit was reached, the time was up, or the caller cancelled. The whole import is
 * refused with this problem, and nothing of it is planned.
 */
public final class ReadingStopped extends RuntimeException {

    private final transient ImportProblem problem;

    ReadingStopped(ImportProblem problem) {
        super(problem.reason(), null, false, false);
        this.problem = problem;
    }

    public ImportProblem problem() {
        return problem;
    }
}
