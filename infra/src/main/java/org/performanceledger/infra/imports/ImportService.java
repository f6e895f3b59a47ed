package org.performanceledger.infra.imports;

import jakarta.validation.ConstraintViolation;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.performanceledger.command.LedgerDirectory;
import org.performanceledger.imports.files.ImportFile;
import org.performanceledger.imports.plan.ImportPlan;
import org.performanceledger.imports.ImportPlanner;
import org.performanceledger.imports.plan.ImportProblem;
import org.performanceledger.imports.plan.ImportStep;
import org.performanceledger.events.LedgerErrorCode;
import org.performanceledger.events.LedgerRejection;
import org.performanceledger.events.ProvenanceKeys;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs an import: plans it against the ledger, sends every command that records something new, and keeps all of
 * it or none (docs/adr/0007). The whole import is one unit of work, so its events reach the event store in one
 * write when every command succeeded, and not at all when any row was refused or only a dry run was asked for.
 */
@Service
public class ImportService {

    static final String SOURCE = "import";

    private final CommandGateway commands;
    private final LedgerDirectory directory;

    ImportService(CommandGateway commands, LedgerDirectory directory) {
        this.commands = commands;
        this.directory = directory;
    }

    /**
     * @param importer who imports when no user is signed in (command line, demo data); null over HTTP
     */
    public ImportReport run(String organisationId, List<ImportFile> files, Importer importer, boolean dryRun) {
        if (directory.organisation(organisationId).isEmpty()) {
            throw new LedgerRejection(LedgerErrorCode.ORGANISATION_NOT_FOUND, "organisationId",
                    "No organisation '" + organisationId + "' is registered");
        }
        if (CurrentUnitOfWork.isStarted()) {
            throw new IllegalStateException("An import is a unit of work of its own, not part of another");
        }
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            ImportPlan plan = ImportPlanner.plan(organisationId, files, directory);
            List<ImportProblem> errors = new ArrayList<>(plan.problems());
            Map<String, String> checksums = plan.files();
            for (ImportStep step : plan.steps()) {
                if (step.command() != null) {
                    send(step, checksums.get(step.file()), importer, errors);
                }
            }
            boolean record = errors.isEmpty() && !dryRun;
            if (record) {
                unitOfWork.commit();
            } else {
                unitOfWork.rollback();
            }
            return report(organisationId, dryRun, record, plan, errors);
        } catch (RuntimeException | Error e) {
            if (unitOfWork.isActive()) {
                unitOfWork.rollback(e);
            }
            throw e;
        }
    }

    private void send(ImportStep step, String checksum, Importer importer, List<ImportProblem> errors) {
        Map<String, Object> provenance = new HashMap<>();
        provenance.put(ProvenanceKeys.SOURCE, SOURCE);
        provenance.put(ProvenanceKeys.IMPORT_FILE, step.file());
        provenance.put(ProvenanceKeys.IMPORT_CHECKSUM, checksum);
        if (importer != null) {
            provenance.putAll(importer.provenance());
        }
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(step.command())
                    .andMetaData(MetaData.from(provenance)));
        } catch (LedgerRejection rejection) {
            errors.add(problem(step, rejection.field(), rejection.getMessage()));
        } catch (JSR303ViolationException invalid) {
            for (ConstraintViolation<Object> violation : invalid.getViolations()) {
                String field = violation.getPropertyPath().toString();
                errors.add(problem(step, field, field + " " + violation.getMessage()));
            }
        }
    }

    private static ImportProblem problem(ImportStep step, String field, String reason) {
        ImportStep.Location location = step.locate(field);
        return new ImportProblem(step.file(), step.sheet(), location.line(), location.column(), null,
                step.subject() + ": " + reason);
    }

    private static ImportReport report(String organisationId, boolean dryRun, boolean recorded, ImportPlan plan,
                                       List<ImportProblem> errors) {
        long added = plan.count(ImportStep.Change.ADD);
        long changed = plan.count(ImportStep.Change.CHANGE);
        List<ImportReport.File> files = plan.files().entrySet().stream()
                .map(file -> new ImportReport.File(file.getKey(), file.getValue())).toList();
        List<ImportReport.Item> items = plan.steps().stream().map(step -> new ImportReport.Item(step.file(),
                step.sheet(), step.line(), step.subject(), step.change(), step.detail())).toList();
        // Every added or changed fact is one command, and every command records one event.
        return new ImportReport(organisationId, dryRun, recorded, files, recorded ? added + changed : 0, added,
                changed, plan.count(ImportStep.Change.UNCHANGED), items, List.copyOf(errors), plan.warnings());
    }
}
