package com.trustproof;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/** The layering of DEVELOPERS.md: ui → app → (store, render, risk, export) → model. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.trustproof");

    @Test
    void coreLayersDoNotUseJavaFx() {
        noClasses().that().resideInAnyPackage("..model..", "..render..", "..risk..", "..store..", "..export..", "..app..", "..cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(CLASSES);
    }

    @Test
    void onlyTheStoreTouchesJdbc() {
        noClasses().that().resideOutsideOfPackage("..store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..")
                .check(CLASSES);
    }

    @Test
    void layersOnlyCallDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Launcher").definedBy("com.trustproof")
                .layer("UI").definedBy("com.trustproof.ui..")
                .layer("CLI").definedBy("com.trustproof.cli..")
                .layer("App").definedBy("com.trustproof.app..")
                .layer("Store").definedBy("com.trustproof.store..")
                .layer("Render").definedBy("com.trustproof.render..")
                .layer("Risk").definedBy("com.trustproof.risk..")
                .layer("Export").definedBy("com.trustproof.export..")
                .layer("Model").definedBy("com.trustproof.model..")
                .whereLayer("UI").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("CLI").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("App").mayOnlyBeAccessedByLayers("UI", "CLI", "Launcher")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("App", "CLI", "UI")
                .whereLayer("Export").mayOnlyBeAccessedByLayers("App", "CLI", "UI")
                .whereLayer("Risk").mayOnlyBeAccessedByLayers("App", "CLI", "UI")
                .whereLayer("Render").mayOnlyBeAccessedByLayers("App", "Risk", "CLI", "UI")
                .check(CLASSES);
    }

    @Test
    void modelUsesOnlyTheJdk() {
        noClasses().that().resideInAPackage("..model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "com.trustproof.model..")
                .check(CLASSES);
    }
}
