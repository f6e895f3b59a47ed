package org.performanceledger.imports;

import org.performanceledger.command.IndicatorFacts;
import org.performanceledger.command.LedgerDirectory;
import org.performanceledger.command.YearFacts;
import org.performanceledger.imports.ImportStep.Change;
import org.performanceledger.imports.ImportStep.Location;
import org.performanceledger.command.indicator.AmendIndicator;
import org.performanceledger.command.indicator.RecordComparator;
import org.performanceledger.command.indicator.RegisterIndicator;
import org.performanceledger.command.year.CorrectValue;
import org.performanceledger.command.year.DeclareExpectedOutcome;
import org.performanceledger.command.year.DraftCommentary;
import org.performanceledger.command.year.RecordOutturn;
import org.performanceledger.command.year.RecordValue;
import org.performanceledger.command.year.SetTarget;
import org.performanceledger.events.Comparator;
import org.performanceledger.events.ComparatorKind;
import org.performanceledger.events.ExpectedOutcome;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.OutturnKind;
import org.performanceledger.events.PeriodTarget;
import org.performanceledger.events.Periods;
import org.performanceledger.events.Target;
import org.performanceledger.events.TargetKind;
import org.performanceledger.events.Tolerance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns import files into the commands that record what they hold, comparing each fact with what the ledger holds
 * already so that a fact already there is left alone: importing the same file twice changes nothing. Reads the
 * ledger only through the {@link LedgerDirectory}, and remembers what its own earlier rows record, so a value
 * imported twice in one file is recorded once and then corrected.
 */
public final class ImportPlanner {

    private static final Map<Column, ComparatorKind> COMPARATORS = Map.of(
            Column.STATISTICAL_NEIGHBOUR, ComparatorKind.STATISTICAL_NEIGHBOUR,
            Column.ENGLAND_AVERAGE, ComparatorKind.ENGLAND_AVERAGE,
            Column.FLOOR_STANDARD, ComparatorKind.FLOOR_STANDARD,
            Column.BENCHMARK, ComparatorKind.BENCHMARK);

    private final String organisationId;
    private final LedgerDirectory directory;
    private final Map<String, String> files = new LinkedHashMap<>();
    private final List<ImportStep> steps = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<ImportProblem> warnings = new ArrayList<>();
    private final Map<String, IndicatorState> indicators = new HashMap<>();
    private final Map<String, YearState> years = new HashMap<>();
    private final Map<String, Integer> refusedIndicators = new HashMap<>();

    private ImportPlanner(String organisationId, LedgerDirectory directory) {
        this.organisationId = organisationId;
        this.directory = directory;
    }

    /** Plans the import of these files into the organisation, against the ledger as the directory shows it. */
    public static ImportPlan plan(String organisationId, List<ImportFile> files, LedgerDirectory directory) {
        ImportPlanner planner = new ImportPlanner(organisationId, directory);
        Map<FileKind, List<Sheet>> byKind = new EnumMap<>(FileKind.class);
        for (ImportFile file : files) {
            if (planner.files.containsKey(file.name())) {
                // Events name their file: two of one name could not be told apart afterwards.
                planner.problems.add(new ImportProblem(file.name(), null, null, null, null, "Two files are named '"
                        + file.name() + "': give each file of an import its own name"));
                continue;
            }
            planner.files.put(file.name(), file.checksum());
            planner.read(file).forEach(sheet -> byKind.computeIfAbsent(sheet.kind, k -> new ArrayList<>()).add(sheet));
        }
        byKind.getOrDefault(FileKind.INDICATORS, List.of()).forEach(planner::indicators);
        byKind.getOrDefault(FileKind.TARGETS, List.of()).forEach(planner::targets);
        byKind.getOrDefault(FileKind.VALUES, List.of()).forEach(planner::values);
        return new ImportPlan(java.util.Collections.unmodifiableMap(planner.files), List.copyOf(planner.steps), List.copyOf(planner.problems),
                List.copyOf(planner.warnings));
    }

    /** A table whose headers were matched: which kind it is and where each known column is. */
    private record Sheet(Table table, FileKind kind, Map<Column, Integer> columns) {
    }

    private List<Sheet> read(ImportFile file) {
        List<Table> tables;
        try {
            tables = TableReader.read(file);
        } catch (ImportFileException e) {
            problems.add(new ImportProblem(file.name(), null, null, null, null, e.getMessage()));
            return List.of();
        }
        List<Sheet> sheets = new ArrayList<>();
        for (Table table : tables) {
            Map<Column, Integer> columns = new EnumMap<>(Column.class);
            Map<Integer, String> unknown = new LinkedHashMap<>();
            for (int i = 0; i < table.headers().size(); i++) {
                String header = table.headers().get(i);
                if (header == null || header.isBlank()) {
                    continue;
                }
                Optional<Column> column = java.util.Arrays.stream(Column.values()).filter(c -> c.matches(header))
                        .findFirst();
                if (column.isEmpty()) {
                    unknown.put(i, header);
                } else if (columns.putIfAbsent(column.get(), i) != null) {
                    problems.add(new ImportProblem(table.file(), table.sheet(), 1, table.columnLabels().get(i),
                            header, "A second '" + column.get().header() + "' column: each column may appear once"));
                }
            }
            Optional<FileKind> kind = FileKind.of(columns.keySet());
            if (kind.isEmpty()) {
                ImportProblem noKind = new ImportProblem(table.file(), table.sheet(), 1, null, null,
                        "The headers fit no kind of import file: indicators need code, short name and polarity; "
                                + "targets need code, year and target; values need code, period and value");
                if (table.sheet() == null || tables.size() == 1) {
                    problems.add(noKind);
                } else {
                    warnings.add(new ImportProblem(table.file(), table.sheet(), 1, null, null,
                            "Sheet skipped: " + noKind.reason()));
                }
                continue;
            }
            for (Column column : List.copyOf(columns.keySet())) {
                if (!kind.get().columns().contains(column)) {
                    int index = columns.remove(column);
                    unknown.put(index, table.headers().get(index));
                }
            }
            unknown.forEach((index, header) -> warnings.add(new ImportProblem(table.file(), table.sheet(), 1,
                    table.columnLabels().get(index), header, "Not a column of a " + kind.get().name().toLowerCase()
                    + " file: ignored")));
            sheets.add(new Sheet(table, kind.get(), columns));
        }
        return sheets;
    }

    // ---------------------------------------------------------------- indicators

    private void indicators(Sheet sheet) {
        for (Table.Row row : sheet.table.rows()) {
            Cells cells = new Cells(sheet, row);
            String code = cells.required(Column.CODE);
            String shortName = cells.required(Column.SHORT_NAME);
            var polarity = cells.parse(Column.POLARITY, CellValues::polarity);
            var basis = cells.parse(Column.BASIS, CellValues::basis);
            if (basis == null && shortName != null) {
                basis = CellValues.basisInName(shortName).orElse(null);
            }
            Integer decimalPlaces = cells.parse(Column.DECIMAL_PLACES, CellValues::integer);
            var frequency = cells.parse(Column.FREQUENCY, CellValues::frequency);
            var yearBasis = cells.parse(Column.YEAR_BASIS, CellValues::yearBasis);
            String yearIntroduced = cells.parse(Column.YEAR_INTRODUCED, CellValues::yearIntroduced);
            Map<ComparatorKind, BigDecimal> comparators = new EnumMap<>(ComparatorKind.class);
            COMPARATORS.forEach((column, kind) -> {
                String text = cells.text(column);
                if (!text.isEmpty() && !CellValues.isTbc(text) && !CellValues.isNotApplicable(text)) {
                    BigDecimal value = cells.parse(column, CellValues::number);
                    if (value != null) {
                        comparators.put(kind, value);
                    }
                }
            });
            String comparatorPeriod = cells.text(Column.COMPARATOR_PERIOD);
            String comparatorSource = cells.text(Column.COMPARATOR_SOURCE);
            if (!comparators.isEmpty()) {
                cells.require(!comparatorPeriod.isEmpty(), Column.COMPARATOR_PERIOD,
                        "A comparator needs the period it describes, as the source says it (2017-18, Mar-19)");
                cells.require(!comparatorSource.isEmpty(), Column.COMPARATOR_SOURCE,
                        "A comparator needs its source (LAIT, DfE SFR, a report's title)");
            }
            if (cells.failed()) {
                if (code != null) {
                    refusedIndicators.putIfAbsent(code, row.line());
                }
                continue;
            }
            IndicatorState state = indicator(code);
            Map<String, Location> fields = cells.fields(Map.of("code", Column.CODE, "shortName", Column.SHORT_NAME,
                    "description", Column.DESCRIPTION, "polarity", Column.POLARITY, "unit", Column.UNIT,
                    "decimalPlaces", Column.DECIMAL_PLACES, "yearIntroduced", Column.YEAR_INTRODUCED,
                    "responsibleUnit", Column.RESPONSIBLE_UNIT, "managedBy", Column.MANAGED_BY,
                    "scrutinyCommittee", Column.SCRUTINY_COMMITTEE));
            String subject = code + " indicator";
            RegisterIndicator register = new RegisterIndicator(organisationId, code, shortName,
                    cells.optional(Column.DESCRIPTION), polarity, basis, cells.optional(Column.UNIT), decimalPlaces,
                    frequency, yearBasis, cells.optional(Column.RESPONSIBLE_UNIT), cells.optional(Column.MANAGED_BY),
                    cells.optional(Column.SCRUTINY_COMMITTEE), cells.optional(Column.CORPORATE_AIM), yearIntroduced,
                    cells.optional(Column.EXTERNAL_REFERENCE));
            if (state == null) {
                state = new IndicatorState(register.definition(), new ArrayList<>());
                indicators.put(code, state);
                steps.add(cells.step(subject, Change.ADD, shortName, register, fields));
            } else {
                AmendIndicator amend = register.asAmendment(cells.reason("Imported from " + cells.file()));
                IndicatorDefinition amended = amend.applyTo(state.definition);
                if (amended.equals(state.definition)) {
                    steps.add(cells.step(subject, Change.UNCHANGED, shortName, null, fields));
                } else {
                    steps.add(cells.step(subject, Change.CHANGE, Describe.changedFields(state.definition, amended),
                            amend, fields));
                    state.definition = amended;
                }
            }
            for (Map.Entry<ComparatorKind, BigDecimal> entry : comparators.entrySet()) {
                comparator(cells, code, state, new Comparator(entry.getKey(), entry.getValue(), comparatorPeriod,
                        comparatorSource));
            }
        }
    }

    private void comparator(Cells cells, String code, IndicatorState state, Comparator comparator) {
        String subject = code + " " + comparator.kind().name().toLowerCase().replace('_', ' ');
        String detail = comparator.value().toPlainString() + " (" + comparator.period() + ")";
        boolean recorded = state.comparators.stream().anyMatch(existing -> existing.kind() == comparator.kind()
                && existing.value().compareTo(comparator.value()) == 0 && existing.period().equals(comparator.period()));
        Column column = COMPARATORS.entrySet().stream().filter(e -> e.getValue() == comparator.kind())
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        Map<String, Location> fields = cells.fields(Map.of("value", column, "period", Column.COMPARATOR_PERIOD,
                "source", Column.COMPARATOR_SOURCE, "code", Column.CODE));
        if (recorded) {
            steps.add(cells.step(subject, Change.UNCHANGED, detail, null, fields));
            return;
        }
        boolean supersedes = state.comparators.stream().anyMatch(existing -> existing.kind() == comparator.kind());
        steps.add(cells.step(subject, supersedes ? Change.CHANGE : Change.ADD, detail,
                new RecordComparator(organisationId, code, comparator.kind(), comparator.value(), comparator.period(),
                        comparator.source()), fields));
        state.comparators.add(comparator);
    }

    // ---------------------------------------------------------------- targets

    /** The rows of one indicator's year in one sheet: an annual row and the rows of its profile. */
    private static final class TargetRows {
        final String code;
        final String year;
        Cells annual;
        Target target;
        Target stretch;
        Tolerance tolerance;
        String effectiveFrom;
        final List<PeriodTarget> profile = new ArrayList<>();
        final List<Cells> profileRows = new ArrayList<>();
        Cells first;
        boolean failed;

        TargetRows(String code, String year) {
            this.code = code;
            this.year = year;
        }
    }

    private void targets(Sheet sheet) {
        Map<String, TargetRows> groups = new LinkedHashMap<>();
        for (Table.Row row : sheet.table.rows()) {
            Cells cells = new Cells(sheet, row);
            String code = cells.required(Column.CODE);
            String year = cells.requiredParse(Column.YEAR, CellValues::year);
            IndicatorState indicator = code == null ? null : knownIndicator(cells, code);
            if (code == null || year == null || indicator == null) {
                continue;
            }
            TargetRows group = groups.computeIfAbsent(code + "\u0000" + year, key -> new TargetRows(code, year));
            if (group.first == null) {
                group.first = cells;
            }
            IndicatorDefinition definition = indicator.definition;
            String periodText = cells.text(Column.PERIOD);
            if (periodText.isEmpty()) {
                if (group.annual != null) {
                    cells.problem(Column.PERIOD, "A second annual row for " + code + " " + year + " (the first is "
                            + "line " + group.annual.row.line() + "): give each period its own row");
                } else {
                    group.annual = cells;
                    group.target = cells.requiredParse(Column.TARGET, CellValues::target);
                    group.stretch = cells.parse(Column.STRETCH_TARGET, CellValues::target);
                    group.tolerance = cells.parse(Column.TOLERANCE, CellValues::tolerance);
                    group.effectiveFrom = cells.parse(Column.EFFECTIVE_FROM,
                            text -> CellValues.period(text, definition.frequency()));
                }
            } else {
                String period = cells.parse(Column.PERIOD, text -> CellValues.period(text, definition.frequency()));
                Optional<Cells> earlier = group.profile.stream().filter(entry -> entry.period().equals(period))
                        .findFirst().map(entry -> group.profileRows.get(group.profile.indexOf(entry)));
                if (earlier.isPresent()) {
                    cells.problem(Column.PERIOD, "A second row for " + code + " " + period + " in " + year
                            + " (the first is line " + earlier.get().row.line() + "): a period has one target");
                }
                PeriodTarget entry = period == null || earlier.isPresent() ? null : periodTarget(cells, period);
                if (entry != null) {
                    group.profile.add(entry);
                    group.profileRows.add(cells);
                }
            }
            group.failed |= cells.failed();
        }
        groups.values().stream().filter(group -> !group.failed).forEach(this::setTarget);
    }

    private PeriodTarget periodTarget(Cells cells, String period) {
        String text = cells.text(Column.TARGET);
        if (text.equals("-") || text.equals("–")) {
            return new PeriodTarget(period, null, null, null);
        }
        if (text.isEmpty()) {
            BigDecimal lower = cells.parse(Column.LOWER, CellValues::number);
            BigDecimal upper = cells.parse(Column.UPPER, CellValues::number);
            if (lower == null || upper == null) {
                cells.require(cells.failed(), Column.TARGET, "A period row needs its target, '-' for none, or a "
                        + "lower and an upper expected value");
                return null;
            }
            return new PeriodTarget(period, null, lower, upper);
        }
        Target target = cells.parse(Column.TARGET, CellValues::target);
        if (target == null) {
            return null;
        }
        return switch (target.kind()) {
            case NUMBER -> new PeriodTarget(period, target.number(), null, null);
            case RANGE -> new PeriodTarget(period, null, target.lower(), target.upper());
            case TBC, TEXT -> {
                cells.problem(Column.TARGET, "A period's target is a number, a range or '-' for none; '" + text
                        + "' belongs on the year's annual row (period left blank)");
                yield null;
            }
        };
    }

    private void setTarget(TargetRows group) {
        String code = group.code;
        String year = group.year;
        IndicatorDefinition definition = indicators.get(code).definition;
        Cells cells = group.annual != null ? group.annual : group.first;
        Target target = group.target != null ? group.target
                : new Target(TargetKind.TBC, null, null, null, "Annual target not stated in " + cells.file());
        List<PeriodTarget> profile = group.profile.stream().sorted(java.util.Comparator.comparing(entry ->
                Periods.lastDayOf(entry.period(), definition.yearBasis()))).toList();
        SetTarget command = new SetTarget(organisationId, code, year, target, group.stretch, group.tolerance, profile,
                cells.reason("Imported from " + cells.file()),
                group.annual == null || group.annual.text(Column.AUTHORITY).isEmpty()
                        ? "As stated in " + cells.file() : group.annual.text(Column.AUTHORITY),
                group.effectiveFrom != null ? group.effectiveFrom
                        : Periods.firstPeriodOf(year, definition.frequency(), definition.yearBasis()));
        Map<String, Location> fields = new HashMap<>(cells.fields(Map.of("code", Column.CODE, "year", Column.YEAR,
                "target", Column.TARGET, "stretchTarget", Column.STRETCH_TARGET, "tolerance", Column.TOLERANCE,
                "reason", Column.REASON, "authority", Column.AUTHORITY, "effectiveFrom", Column.EFFECTIVE_FROM,
                "profile", Column.TARGET)));
        for (int i = 0; i < profile.size(); i++) {
            PeriodTarget entry = profile.get(i);
            Cells entryRow = group.profileRows.get(group.profile.indexOf(entry));
            fields.put("profile[" + i + "]", entryRow.location(Column.TARGET));
            fields.put("profile[" + i + "].period", entryRow.location(Column.PERIOD));
        }
        YearState state = year(code, year);
        YearFacts.TargetFacts wanted = new YearFacts.TargetFacts(target, group.stretch, group.tolerance, profile);
        String subject = code + " " + year + " target";
        String detail = Describe.target(target) + (profile.isEmpty() ? "" : ", profile of " + profile.size());
        if (state.target != null && Same.target(state.target, wanted)) {
            steps.add(cells.step(subject, Change.UNCHANGED, detail, null, fields));
            return;
        }
        steps.add(cells.step(subject, state.target == null ? Change.ADD : Change.CHANGE,
                state.target == null ? detail : Describe.target(state.target.target()) + " → " + detail, command,
                fields));
        state.target = wanted;
    }

    // ---------------------------------------------------------------- values

    private void values(Sheet sheet) {
        for (Table.Row row : sheet.table.rows()) {
            Cells cells = new Cells(sheet, row);
            String code = cells.required(Column.CODE);
            IndicatorState indicator = code == null ? null : knownIndicator(cells, code);
            if (indicator == null) {
                continue;
            }
            IndicatorDefinition definition = indicator.definition;
            OutturnKind outturn = cells.parse(Column.OUTTURN, CellValues::outturn);
            if (outturn != null) {
                outturn(cells, code, outturn);
                continue;
            }
            String period = cells.requiredParse(Column.PERIOD, text -> CellValues.period(text, definition.frequency()));
            String year = period == null ? null
                    : Periods.yearOf(period, definition.frequency(), definition.yearBasis()).orElse(null);
            if (period != null && year == null) {
                cells.problem(Column.PERIOD, "'" + period + "' is not a " + definition.frequency().name()
                        .toLowerCase() + " period: " + code + " is reported " + definition.frequency().name()
                        .toLowerCase() + " by " + definition.yearBasis().name().toLowerCase() + " year");
            }
            String valueText = cells.text(Column.VALUE);
            String explanation = cells.optional(Column.COMMENTARY);
            String actions = cells.optional(Column.ACTIONS);
            String anticipated = cells.optional(Column.ANTICIPATED);
            ExpectedOutcome outcome = cells.parse(Column.EXPECTED_OUTCOME, CellValues::expectedOutcome);
            boolean commentary = explanation != null || actions != null || anticipated != null;
            cells.require(!valueText.isEmpty() || commentary || outcome != null || cells.failed(), Column.VALUE,
                    "A value is required (a number, TBC, N/A or Not yet available) unless the row only carries "
                            + "commentary or an expected outcome");
            cells.require(explanation != null || !commentary, Column.COMMENTARY,
                    "Commentary needs its explanation of current performance; actions and anticipated "
                            + "performance go beside it");
            String reason = cells.optional(Column.REASON);
            String defaultReason = "As stated in " + cells.file();
            MeasuredValue value = valueText.isEmpty() ? null
                    : cells.parse(Column.VALUE, text -> CellValues.value(text, reason == null ? defaultReason : reason));
            BigDecimal numerator = cells.parse(Column.NUMERATOR, CellValues::number);
            BigDecimal denominator = cells.parse(Column.DENOMINATOR, CellValues::number);
            LocalDate sourceDate = cells.parse(Column.SOURCE_DATE, CellValues::date);
            if (cells.failed()) {
                continue;
            }
            YearState state = year(code, year);
            if (value != null) {
                value(cells, code, year, period, value, numerator, denominator, sourceDate, state);
            }
            if (commentary) {
                commentary(cells, code, year, period, new YearFacts.Commentary(explanation, actions, anticipated),
                        state);
            }
            if (outcome != null) {
                outcome(cells, code, year, period, outcome, state);
            }
        }
    }

    private void value(Cells cells, String code, String year, String period, MeasuredValue value,
                       BigDecimal numerator, BigDecimal denominator, LocalDate sourceDate, YearState state) {
        Map<String, Location> fields = cells.fields(Map.of("code", Column.CODE, "period", Column.PERIOD,
                "value", Column.VALUE, "numerator", Column.NUMERATOR, "denominator", Column.DENOMINATOR,
                "reason", Column.REASON, "sourceDate", Column.SOURCE_DATE, "year", Column.PERIOD));
        String subject = code + " " + period + " value";
        MeasuredValue current = state.values.get(period);
        if (current == null) {
            steps.add(cells.step(subject, Change.ADD, Describe.value(value), new RecordValue(organisationId, code,
                    year, period, value, numerator, denominator, sourceDate), fields));
        } else if (current.sameAs(value)) {
            steps.add(cells.step(subject, Change.UNCHANGED, Describe.value(value), null, fields));
        } else {
            steps.add(cells.step(subject, Change.CHANGE, Describe.value(current) + " → " + Describe.value(value),
                    new CorrectValue(organisationId, code, year, period, value, numerator, denominator,
                            cells.reason("Imported from " + cells.file()), sourceDate), fields));
        }
        state.values.put(period, value);
    }

    private void commentary(Cells cells, String code, String year, String period, YearFacts.Commentary commentary,
                            YearState state) {
        Map<String, Location> fields = cells.fields(Map.of("code", Column.CODE, "period", Column.PERIOD,
                "explanation", Column.COMMENTARY, "actions", Column.ACTIONS, "anticipated", Column.ANTICIPATED));
        String subject = code + " " + period + " commentary";
        YearFacts.Commentary current = state.commentary.get(period);
        String detail = Describe.shorten(commentary.explanation());
        if (current != null && Same.commentary(current, commentary)) {
            steps.add(cells.step(subject, Change.UNCHANGED, detail, null, fields));
            return;
        }
        steps.add(cells.step(subject, current == null ? Change.ADD : Change.CHANGE, detail,
                new DraftCommentary(organisationId, code, year, period, commentary.explanation(),
                        commentary.actions(), commentary.anticipated()), fields));
        state.commentary.put(period, commentary);
    }

    private void outcome(Cells cells, String code, String year, String period, ExpectedOutcome outcome,
                         YearState state) {
        Map<String, Location> fields = cells.fields(Map.of("code", Column.CODE, "period", Column.PERIOD,
                "outcome", Column.EXPECTED_OUTCOME));
        String subject = code + " " + period + " expected outcome";
        ExpectedOutcome current = state.outcomes.get(period);
        if (current == outcome) {
            steps.add(cells.step(subject, Change.UNCHANGED, outcome.name(), null, fields));
            return;
        }
        steps.add(cells.step(subject, current == null ? Change.ADD : Change.CHANGE,
                current == null ? outcome.name() : current.name() + " → " + outcome.name(),
                new DeclareExpectedOutcome(organisationId, code, year, period, outcome), fields));
        state.outcomes.put(period, outcome);
    }

    private void outturn(Cells cells, String code, OutturnKind kind) {
        String year = cells.requiredParse(Column.PERIOD, text -> {
            try {
                return CellValues.year(text);
            } catch (CellException e) {
                throw new CellException("An outturn's period is its year, such as 2012-13 or 2012/13: " + e.getMessage());
            }
        });
        String reason = cells.optional(Column.REASON);
        MeasuredValue value = cells.requiredParse(Column.VALUE, text -> CellValues.value(text,
                reason == null ? "As stated in " + cells.file() : reason));
        if (cells.failed()) {
            return;
        }
        Map<String, Location> fields = cells.fields(Map.of("code", Column.CODE, "year", Column.PERIOD,
                "value", Column.VALUE, "kind", Column.OUTTURN, "reason", Column.REASON));
        YearState state = year(code, year);
        String subject = code + " " + year + " " + kind.name().toLowerCase() + " outturn";
        if (state.outturn != null && state.outturn.kind() == kind && state.outturn.value().sameAs(value)) {
            steps.add(cells.step(subject, Change.UNCHANGED, Describe.value(value), null, fields));
            return;
        }
        steps.add(cells.step(subject, state.outturn == null ? Change.ADD : Change.CHANGE, Describe.value(value),
                new RecordOutturn(organisationId, code, year, kind, value,
                        reason == null ? "Imported from " + cells.file() : reason), fields));
        state.outturn = new YearFacts.Outturn(kind, value);
    }

    // ---------------------------------------------------------------- what the ledger holds

    /** An indicator as the ledger holds it, with what this import's earlier rows did to it. */
    private static final class IndicatorState {
        IndicatorDefinition definition;
        final List<Comparator> comparators;

        IndicatorState(IndicatorDefinition definition, List<Comparator> comparators) {
            this.definition = definition;
            this.comparators = comparators;
        }
    }

    /** An indicator's year as the ledger holds it, with what this import's earlier rows did to it. */
    private static final class YearState {
        YearFacts.TargetFacts target;
        final Map<String, MeasuredValue> values = new HashMap<>();
        final Map<String, YearFacts.Commentary> commentary = new HashMap<>();
        final Map<String, ExpectedOutcome> outcomes = new HashMap<>();
        YearFacts.Outturn outturn;
    }

    private IndicatorState indicator(String code) {
        if (!indicators.containsKey(code)) {
            Optional<IndicatorFacts> facts = directory.indicator(organisationId, code);
            indicators.put(code, facts.map(f -> new IndicatorState(f.definition(),
                    new ArrayList<>(f.comparators()))).orElse(null));
        }
        return indicators.get(code);
    }

    private IndicatorState knownIndicator(Cells cells, String code) {
        IndicatorState state = indicator(code);
        if (state == null && refusedIndicators.containsKey(code)) {
            cells.problem(Column.CODE, "Indicator '" + code + "' is in this import, but its own row (line "
                    + refusedIndicators.get(code) + " of the indicators) was refused: correct that row first");
        } else if (state == null) {
            cells.problem(Column.CODE, "No indicator '" + code + "' is registered in organisation '"
                    + organisationId + "' or in this import's indicators");
        }
        return state;
    }

    private YearState year(String code, String year) {
        return years.computeIfAbsent(code + "\u0000" + year, key -> {
            YearState state = new YearState();
            directory.indicatorYear(organisationId, code, year).ifPresent(facts -> {
                state.target = facts.target();
                state.values.putAll(facts.values());
                state.commentary.putAll(facts.commentary());
                state.outcomes.putAll(facts.outcomes());
                state.outturn = facts.outturn();
            });
            return state;
        });
    }

    // ---------------------------------------------------------------- one row's cells

    @FunctionalInterface
    private interface Reader<T> {
        T read(String text) throws CellException;
    }

    /** One row: reads its cells and records their problems against its line and their columns. */
    private final class Cells {
        private final Sheet sheet;
        private final Table.Row row;
        private boolean failed;

        Cells(Sheet sheet, Table.Row row) {
            this.sheet = sheet;
            this.row = row;
        }

        String file() {
            return sheet.table.file();
        }

        boolean failed() {
            return failed;
        }

        String text(Column column) {
            Integer index = sheet.columns.get(column);
            return index == null ? "" : row.cell(index);
        }

        String optional(Column column) {
            String text = text(column);
            return text.isEmpty() ? null : text;
        }

        String reason(String otherwise) {
            String reason = optional(Column.REASON);
            return reason == null ? otherwise : reason;
        }

        String required(Column column) {
            String text = text(column);
            require(!text.isEmpty(), column, "'" + column.header() + "' is required");
            return text.isEmpty() ? null : text;
        }

        <T> T parse(Column column, Reader<T> reader) {
            String text = text(column);
            if (text.isEmpty()) {
                return null;
            }
            try {
                return reader.read(text);
            } catch (CellException e) {
                problem(column, e.getMessage());
                return null;
            }
        }

        <T> T requiredParse(Column column, Reader<T> reader) {
            return required(column) == null ? null : parse(column, reader);
        }

        void require(boolean condition, Column column, String reason) {
            if (!condition) {
                problem(column, reason);
            }
        }

        void problem(Column column, String reason) {
            failed = true;
            String text = text(column);
            problems.add(new ImportProblem(file(), sheet.table.sheet(), row.line(), label(column),
                    text.isEmpty() ? null : text, reason));
        }

        String label(Column column) {
            Integer index = sheet.columns.get(column);
            return index == null ? column.header() : sheet.table.columnLabels().get(index);
        }

        Location location(Column column) {
            return new Location(row.line(), label(column));
        }

        Map<String, Location> fields(Map<String, Column> columns) {
            Map<String, Location> fields = new HashMap<>();
            columns.forEach((field, column) -> fields.put(field, location(column)));
            return fields;
        }

        ImportStep step(String subject, Change change, String detail, Object command, Map<String, Location> fields) {
            return new ImportStep(file(), sheet.table.sheet(), row.line(), subject, change, detail,
                    change == Change.UNCHANGED ? null : Objects.requireNonNull(command), Map.copyOf(fields));
        }
    }
}
