package dev.dockcheck.asnvalidator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The ASN match's domain is plain Java: no Spring, no Kafka, no Avro, no generated events. */
@AnalyzeClasses(packages = "dev.dockcheck.asnvalidator", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainKnowsNoFrameworkOrTransport = noClasses().that()
            .resideInAPackage("..asnvalidator.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                    "org.apache.avro..", "dev.dockcheck.events..", "dev.dockcheck.kafka..", "..asnvalidator.kafka..");
}
