package org.performanceledger.infra.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.performanceledger.application.access.Caller;
import org.performanceledger.application.imports.ImportReport;
import org.performanceledger.application.imports.Imports;
import org.performanceledger.imports.files.ImportFile;
import org.performanceledger.events.LedgerErrorCode;
import org.performanceledger.infra.web.WhileClientWaits;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Imports of indicators, targets and values from CSV files and workbooks (docs/import.md), and their templates. */
@RestController
@RequestMapping("/api")
@Tag(name = "Imports")
class ImportController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Imports imports;
    private final WhileClientWaits whileClientWaits;

    ImportController(Imports imports, WhileClientWaits whileClientWaits) {
        this.imports = imports;
        this.whileClientWaits = whileClientWaits;
    }

    @PostMapping(path = "/organisations/{org}/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import CSV files or .xlsx workbooks (one or more 'file' parts): all of it or nothing; "
            + "dryRun=true only reports what would be added, changed or left alone")
    @ApiResponse(responseCode = "200", description = "Imported, or in a dry run importable: what was (or would be) "
            + "added, changed and left alone", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = ImportReport.class)))
    @ApiResponse(responseCode = "422", description = "Refused: every problem of the files and rows (IMPORT_REFUSED); "
            + "nothing was recorded", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
            schema = @Schema(ref = "#/components/schemas/ImportRefusal")))
    DeferredResult<ResponseEntity<?>> importFiles(Caller caller, @PathVariable String org,
                                                  @RequestParam("file") List<MultipartFile> files,
                                                  @RequestParam(defaultValue = "false") boolean dryRun,
                                                  HttpServletRequest request) throws IOException {
        List<ImportFile> contents = new ArrayList<>();
        for (MultipartFile file : files) {
            String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                    ? file.getName() : file.getOriginalFilename();
            contents.add(new ImportFile(name, file.getBytes()));
        }
        // Planned and recorded on a worker while the request waits, stopped if the client goes away meanwhile.
        return whileClientWaits.run(request,
                clientGone -> answer(imports.run(caller, org, contents, dryRun, clientGone)));
    }

    private static ResponseEntity<?> answer(ImportReport report) {
        if (report.errors().isEmpty()) {
            return ResponseEntity.ok(report);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                report.errors().size() + " problem(s) in the import; nothing was recorded. Fix the rows listed "
                        + "in 'errors' and import the files again.");
        problem.setTitle("Import refused");
        problem.setProperty("code", LedgerErrorCode.IMPORT_REFUSED.name());
        problem.setProperty("errors", report.errors());
        problem.setProperty("warnings", report.warnings());
        problem.setProperty("files", report.files());
        return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @GetMapping(path = "/imports/templates/{kind}.csv", produces = "text/csv")
    @Operation(summary = "A CSV template for one kind of import file: indicators, targets or values")
    ResponseEntity<String> csvTemplate(@PathVariable String kind) {
        String template = imports.csvTemplate(kind);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + kind + ".csv\"")
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .body(template);
    }

    @GetMapping(path = "/imports/templates/workbook.xlsx", produces = XLSX)
    @Operation(summary = "An Excel template with a sheet for each kind of import file")
    ResponseEntity<byte[]> workbookTemplate() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ledger-import.xlsx\"")
                .contentType(MediaType.parseMediaType(XLSX))
                .body(imports.workbookTemplate());
    }
}
