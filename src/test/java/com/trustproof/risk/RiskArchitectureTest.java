package com.trustproof.risk;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The engine stays headless and storage-free: the CLI, the store and the UI all call it. */
class RiskArchitectureTest {
    @Test
    void noUiNoSqlInTheRiskPackage() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.trustproof.risk");
        noClasses().that().resideInAPackage("com.trustproof.risk..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.sqlite..", "java.util.regex..")
                .check(classes);
    }
}
