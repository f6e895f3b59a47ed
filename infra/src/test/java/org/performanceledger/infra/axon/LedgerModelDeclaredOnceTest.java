package org.performanceledger.infra.axon;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.junit.jupiter.api.Test;
import org.performanceledger.query.LedgerViews;
import org.performanceledger.query.ViewDefinition;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A view or an aggregate is declared in one place and everything else follows from it: so a projection that is not
 * in {@link LedgerViews#ALL}, or an aggregate that is not in {@link MessagingConfiguration#AGGREGATES}, is a mistake
 * this test finds (it would never run, or never be snapshotted).
 */
class LedgerModelDeclaredOnceTest {

    private static final JavaClasses LEDGER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.performanceledger.query", "org.performanceledger.command");

    @Test
    void everyProjectionIsAViewOfTheList() {
        List<String> projections = LEDGER.stream().filter(type -> type.isAnnotatedWith(ProcessingGroup.class))
                .map(type -> type.getAnnotationOfType(ProcessingGroup.class).value()).toList();

        assertThat(projections).isNotEmpty();
        assertThat(LedgerViews.ALL).extracting(ViewDefinition::name).containsExactlyInAnyOrderElementsOf(projections);
    }

    @Test
    void everyAggregateIsOfTheList() {
        List<String> aggregates = LEDGER.stream().filter(type -> type.getFields().stream()
                        .anyMatch(field -> field.isAnnotatedWith(AggregateIdentifier.class)))
                .map(JavaClass::getName).toList();

        assertThat(aggregates).isNotEmpty();
        assertThat(MessagingConfiguration.AGGREGATES).extracting(Class::getName)
                .containsExactlyInAnyOrderElementsOf(aggregates);
    }
}
