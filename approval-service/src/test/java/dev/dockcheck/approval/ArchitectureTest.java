package dev.dockcheck.approval;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain is plain Java; Avro events stay in the kafka package, SQL in the store package. */
class ArchitectureTest {

    final com.tngtech.archunit.core.domain.JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.dockcheck.approval");

    @Test
    void domainDependsOnNothingButJava() {
        classes().that().resideInAPackage("..approval.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "..approval.domain..")
                .check(classes);
    }

    @Test
    void onlyTheKafkaEdgeKnowsTheAvroEvents() {
        noClasses().that().resideOutsideOfPackage("..approval.kafka..")
                .should().dependOnClassesThat().resideInAPackage("dev.dockcheck.events..")
                .check(classes);
    }
}
