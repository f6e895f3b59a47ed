package org.performanceledger.infra.web.pages.imports;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.performanceledger.application.access.Action;
import org.performanceledger.application.access.Caller;
import org.performanceledger.application.imports.ImportReport;
import org.performanceledger.application.imports.Imports;
import org.performanceledger.application.organisations.Organisations;
import org.performanceledger.events.LedgerErrorCode;
import org.performanceledger.events.LedgerRejection;
import org.performanceledger.imports.files.ImportFile;
import org.performanceledger.infra.web.WhileClientWaits;
import org.performanceledger.infra.web.pages.forms.FormError;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.async.DeferredResult;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Importing files in two steps: upload them for a dry run and see what it would do, line by line; then confirm.
 * <p>
 * Between the two the files wait in the HTTP session, so the confirmation imports exactly the files checked without
 * a second upload: the session is this browser's alone, ends with sign-out or 30 minutes idle, and a new dry run
 * replaces the old. Files larger together than {@link #HELD_BYTES} are not held (a few sessions must not take the
 * server's memory); only their checksums are, and the confirmation asks for the same files again and refuses
 * others. Either way the import is planned again when confirmed, and is all or nothing.
 */
@Controller
class ImportPages {

    /** The most a session holds between a dry run and its confirmation: a workbook of several years is ~2 MB. */
    static final long HELD_BYTES = 10L * 1024 * 1024;
    private static final String PENDING = ImportPages.class.getName() + ".pending";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Imports imports;
    private final Organisations organisations;
    private final WhileClientWaits whileClientWaits;
    private final long heldBytes;

    @Autowired
    ImportPages(Imports imports, Organisations organisations, WhileClientWaits whileClientWaits) {
        this(imports, organisations, whileClientWaits, HELD_BYTES);
    }

    /** With another limit for holding files in the session: for the tests. */
    ImportPages(Imports imports, Organisations organisations, WhileClientWaits whileClientWaits, long heldBytes) {
        this.imports = imports;
        this.organisations = organisations;
        this.whileClientWaits = whileClientWaits;
        this.heldBytes = heldBytes;
    }

    @GetMapping("/imports")
    String index(Caller caller, Model model) {
        model.addAttribute("organisations", organisations.list(caller).stream()
                .filter(organisation -> Action.IMPORT.allows(caller.user(), organisation.organisationId())).toList());
        return "imports/index";
    }

    @GetMapping("/organisations/{org}/imports")
    String upload(Caller caller, @PathVariable String org, Model model) {
        // The form is refused at once to whoever may not import there, rather than once the files are sent.
        Action.IMPORT.requireBy(caller.user(), org);
        model.addAttribute("organisation", organisations.find(caller, org));
        return "imports/upload";
    }

    /** The dry run, on a worker while the browser waits: stopped if the browser goes away (docs/import.md). */
    @PostMapping("/organisations/{org}/imports")
    DeferredResult<String> dryRun(Caller caller, @PathVariable String org,
                                  @RequestParam(name = "files", required = false) List<MultipartFile> parts,
                                  HttpSession session, Model model, HttpServletRequest request) throws IOException {
        List<ImportFile> files = read(parts);
        if (files.isEmpty()) {
            return WhileClientWaits.answered(upload(caller, org, model.addAttribute("refusals",
                    List.of(new FormError("files", "Select a CSV file or an Excel workbook")))));
        }
        return whileClientWaits.run(request, clientGone -> dryRun(caller, org, files, session, model, clientGone));
    }

    private String dryRun(Caller caller, String org, List<ImportFile> files, HttpSession session, Model model,
                          BooleanSupplier clientGone) {
        ImportReport report;
        try {
            report = imports.run(caller, org, files, true, clientGone);
        } catch (LedgerRejection rejection) {
            return refused(caller, org, rejection, model);
        }
        if (clientGone.getAsBoolean()) {
            // Stopped for nobody: leave what another tab of the same session has waiting as it is.
            return "redirect:/organisations/{org}/imports";
        }
        long bytes = files.stream().mapToLong(file -> file.content().length).sum();
        session.setAttribute(PENDING, new PendingImport(UUID.randomUUID().toString(), org,
                bytes <= heldBytes ? files : null, files.stream().map(ImportFile::checksum).toList(), report));
        return "redirect:/organisations/{org}/imports/check";
    }

    @GetMapping("/organisations/{org}/imports/check")
    String check(Caller caller, @PathVariable String org, HttpSession session, Model model) {
        PendingImport pending = pending(session, org);
        if (pending == null) {
            return "redirect:/organisations/{org}/imports";
        }
        model.addAttribute("organisation", organisations.find(caller, org));
        model.addAttribute("pending", pending);
        model.addAttribute("report", pending.report());
        return "imports/check";
    }

    /** The import, on a worker while the browser waits: stopped, recording nothing, if the browser goes away. */
    @PostMapping("/organisations/{org}/imports/confirm")
    DeferredResult<String> confirm(Caller caller, @PathVariable String org, @RequestParam String id,
                                   @RequestParam(name = "files", required = false) List<MultipartFile> parts,
                                   HttpSession session, Model model, RedirectAttributes redirect,
                                   HttpServletRequest request) throws IOException {
        PendingImport pending = pending(session, org);
        if (pending == null || !pending.id().equals(id)) {
            return WhileClientWaits.answered(upload(caller, org, model.addAttribute("refusals", List.of(
                    new FormError("files", "The files you checked are no longer waiting to be imported: upload "
                            + "them again")))));
        }
        List<ImportFile> files = pending.held() ? pending.files() : read(parts);
        if (!pending.held() && !files.stream().map(ImportFile::checksum).toList().equals(pending.checksums())) {
            model.addAttribute("refusals", List.of(new FormError("files",
                    "Select the same files you checked, in the same order")));
            return WhileClientWaits.answered(check(caller, org, session, model));
        }
        return whileClientWaits.run(request,
                clientGone -> confirm(caller, org, files, session, redirect, model, clientGone));
    }

    private String confirm(Caller caller, String org, List<ImportFile> files, HttpSession session,
                           RedirectAttributes redirect, Model model, BooleanSupplier clientGone) {
        ImportReport report;
        try {
            report = imports.run(caller, org, files, false, clientGone);
        } catch (LedgerRejection rejection) {
            return refused(caller, org, rejection, model);
        }
        if (report.recorded() || !clientGone.getAsBoolean()) {
            // Kept when the import stopped because the browser went: nothing was recorded, and coming back to the
            // check, the officer can confirm it again without uploading the files again.
            session.removeAttribute(PENDING);
        }
        redirect.addFlashAttribute("report", report);
        return "redirect:/organisations/{org}/imports/result";
    }

    @GetMapping("/organisations/{org}/imports/result")
    String result(Caller caller, @PathVariable String org, Model model) {
        if (!model.containsAttribute("report")) {
            // Shown once, after the confirmation: a reload starts again.
            return "redirect:/organisations/{org}/imports";
        }
        model.addAttribute("organisation", organisations.find(caller, org));
        model.addAttribute("mayAudit", Action.READ_AUDIT_TRAIL.allows(caller.user(), org));
        return "imports/result";
    }

    @GetMapping("/imports/templates/{kind:indicators|targets|values}.csv")
    ResponseEntity<String> csvTemplate(@PathVariable String kind) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + kind + ".csv\"")
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .body(imports.csvTemplate(kind));
    }

    @GetMapping("/imports/templates/workbook.xlsx")
    ResponseEntity<byte[]> workbookTemplate() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ledger-import.xlsx\"")
                .contentType(MediaType.parseMediaType(XLSX))
                .body(imports.workbookTemplate());
    }

    /** A refusal of the whole import (no file, not registered): shown on the upload form; a 403 is the 403 page. */
    private String refused(Caller caller, String org, LedgerRejection rejection, Model model) {
        if (rejection.code().kind() == LedgerErrorCode.Kind.FORBIDDEN
                || rejection.code().kind() == LedgerErrorCode.Kind.NOT_FOUND) {
            throw rejection;
        }
        return upload(caller, org, model.addAttribute("refusals",
                List.of(new FormError("files", rejection.getMessage()))));
    }

    private static PendingImport pending(HttpSession session, String org) {
        Object pending = session.getAttribute(PENDING);
        return pending instanceof PendingImport held && held.organisationId().equals(org) ? held : null;
    }

    /** The files chosen; a browser sends one empty part, without a name, when none was. */
    private static List<ImportFile> read(List<MultipartFile> parts) throws IOException {
        List<ImportFile> files = new ArrayList<>();
        for (MultipartFile part : parts == null ? List.<MultipartFile>of() : parts) {
            String name = part.getOriginalFilename();
            if (name == null || name.isBlank()) {
                continue;
            }
            files.add(new ImportFile(name, part.getBytes()));
        }
        return files;
    }
}
