package io.pipelinestudio.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private final JavaClasses app = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.pipelinestudio.app");

    @Test
    void theDesignerNeverUsesFlinkDirectly() {
        noClasses().that().resideInAPackage("io.pipelinestudio.app..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.flink..")
                .because("the designer reaches Flink only through the runtime module's API")
                .check(app);
    }

    @Test
    void editingAndValidationDoNotDependOnViews() {
        noClasses().that().resideInAnyPackage("io.pipelinestudio.app.edit..", "io.pipelinestudio.app.document..",
                        "io.pipelinestudio.app.validation..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "org.controlsfx..")
                .because("commands and view-models change the model; views only show it")
                .check(app);
    }
}
