package org.performanceledger.infra;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "org.performanceledger", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String EVENTS = "org.performanceledger.events..";
    private static final String COMMAND_SIDE = "org.performanceledger.command..";
    private static final String QUERY_SIDE = "org.performanceledger.query..";
    private static final String IMPORT = "org.performanceledger.imports..";
    private static final String INFRA = "org.performanceledger.infra..";

    @ArchTest
    static final ArchRule the_command_side_never_depends_on_the_query_side =
            noClasses().that().resideInAPackage(COMMAND_SIDE)
                    .should().dependOnClassesThat().resideInAPackage(QUERY_SIDE);

    @ArchTest
    static final ArchRule the_query_side_never_depends_on_the_command_side =
            noClasses().that().resideInAPackage(QUERY_SIDE)
                    .should().dependOnClassesThat().resideInAPackage(COMMAND_SIDE);

    @ArchTest
    static final ArchRule the_command_side_never_depends_on_the_import =
            noClasses().that().resideInAPackage(COMMAND_SIDE)
                    .should().dependOnClassesThat().resideInAPackage(IMPORT);

    @ArchTest
    static final ArchRule the_import_depends_on_neither_the_query_side_nor_the_application =
            noClasses().that().resideInAPackage(IMPORT)
                    .should().dependOnClassesThat().resideInAnyPackage(QUERY_SIDE, INFRA);

    @ArchTest
    static final ArchRule the_import_uses_no_spring_and_no_mongodb_types =
            noClasses().that().resideInAPackage(IMPORT)
                    .should().dependOnClassesThat().resideInAnyPackage(
                            "org.springframework..", "com.mongodb..", "org.bson..");

    /** Files, cells, the ledger's snapshot, the plan and each kind's rows: each part leans on the ones before it. */
    @ArchTest
    static final ArchRule the_parts_of_the_import_depend_on_each_other_without_cycles =
            slices().matching("org.performanceledger.imports.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule shared_events_depend_on_no_other_part_of_the_ledger =
            noClasses().that().resideInAPackage(EVENTS)
                    .should().dependOnClassesThat().resideInAnyPackage(COMMAND_SIDE, IMPORT, QUERY_SIDE, INFRA);

    @ArchTest
    static final ArchRule shared_events_use_no_spring_and_no_mongodb_types =
            noClasses().that().resideInAPackage(EVENTS)
                    .should().dependOnClassesThat().resideInAnyPackage(
                            "org.springframework..", "com.mongodb..", "org.bson..", "de.bwaldvogel..");

    @ArchTest
    static final ArchRule only_the_application_depends_on_the_application =
            noClasses().that().resideInAnyPackage(EVENTS, COMMAND_SIDE, QUERY_SIDE)
                    .should().dependOnClassesThat().resideInAPackage(INFRA);

    @ArchTest
    static final ArchRule the_command_and_query_sides_use_no_spring =
            noClasses().that().resideInAnyPackage(COMMAND_SIDE, QUERY_SIDE)
                    .should().dependOnClassesThat().resideInAPackage("org.springframework..");

    @ArchTest
    static final ArchRule the_command_side_uses_no_mongodb_types =
            noClasses().that().resideInAPackage(COMMAND_SIDE)
                    .should().dependOnClassesThat().resideInAnyPackage("com.mongodb..", "org.bson..");
}
