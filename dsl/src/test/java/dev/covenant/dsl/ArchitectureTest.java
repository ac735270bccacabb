package dev.covenant.dsl;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** ANTLR is an implementation detail: nothing outside the parser may see its types. */
class ArchitectureTest {
  private static final JavaClasses DSL = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.covenant.dsl");

  @Test
  void publicPackagesDoNotDependOnAntlr() {
    noClasses().that().resideInAnyPackage("dev.covenant.dsl", "dev.covenant.dsl.ast", "dev.covenant.dsl.types")
        .should().dependOnClassesThat().resideInAnyPackage("org.antlr..", "dev.covenant.dsl.internal.antlr..")
        .check(DSL);
  }

  @Test
  void onlyTheParserTouchesGeneratedCode() {
    noClasses().that().resideOutsideOfPackages("dev.covenant.dsl.internal.parser..", "dev.covenant.dsl.internal.antlr..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.covenant.dsl.internal.antlr..", "org.antlr..")
        .check(DSL);
  }

  @Test
  void astAndTypesDependOnNothingInternal() {
    noClasses().that().resideInAnyPackage("dev.covenant.dsl.ast", "dev.covenant.dsl.types")
        .should().dependOnClassesThat().resideInAnyPackage("dev.covenant.dsl.internal..")
        .check(DSL);
  }
}
