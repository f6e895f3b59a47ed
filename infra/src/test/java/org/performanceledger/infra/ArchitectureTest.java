package org.performanceledger.infra;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.axonframework.serialization.Revision;
import org.performanceledger.events.LedgerEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
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

    /** The edges: the REST API, the web pages, the command line and the demo loader. */
    private static final String[] EDGES = {"org.performanceledger.infra.api..", "org.performanceledger.infra.web..",
            "org.performanceledger.infra.imports.."};

    @ArchTest
    static final ArchRule the_edges_reach_the_ledger_only_through_the_application_layer =
            noClasses().that().resideInAnyPackage(EDGES)
                    .should().dependOnClassesThat().resideInAnyPackage(
                            "org.performanceledger.command.indicator..", "org.performanceledger.command.organisation..",
                            "org.performanceledger.command.year..", "org.axonframework.commandhandling..",
                            "org.axonframework.queryhandling..", "org.axonframework.modelling..",
                            "org.axonframework.eventsourcing..")
                    .orShould().dependOnClassesThat().haveFullyQualifiedName(
                            "org.performanceledger.command.LedgerDirectory")
                    .because("the application layer is the one door: it builds commands, authorises them and "
                            + "sends them (issue: one application layer)");

    @ArchTest
    static final ArchRule the_application_layer_depends_on_no_framework_of_the_edges =
            noClasses().that().resideInAPackage("org.performanceledger.application..")
                    .should().dependOnClassesThat().resideInAnyPackage(INFRA, "org.springframework..",
                            "com.mongodb..", "org.bson..");

    @ArchTest
    static final ArchRule every_event_belongs_to_the_sealed_family_of_its_aggregate =
            classes().that().resideInAPackage(EVENTS).and().areAnnotatedWith(Revision.class)
                    .should().implement(LedgerEvent.class);
}
