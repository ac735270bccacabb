package dev.covenant.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Module boundaries from PRODUCT.md that the compiler alone does not enforce. */
class ArchitectureTest {
  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.covenant.core");

  @Test
  void coreNeverTouchesAntlr() {
    // ANTLR stays inside the dsl's internal parser: core compiles from the checked AST only.
    noClasses().should().dependOnClassesThat().resideInAPackage("org.antlr..").check(CORE);
  }

  @Test
  void coreNeverReachesIntoTheDslInternals() {
    noClasses().should().dependOnClassesThat().resideInAPackage("dev.covenant.dsl.internal..").check(CORE);
  }

  @Test
  void coreKnowsNothingOfHttp() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("feign..", "java.net.http..", "com.github.tomakehurst..")
        .check(CORE);
  }

  @Test
  void publicSignaturesMentionNoInternalOrAntlrType() {
    // Internals may change; a host application must never need them (or ANTLR) to call the API.
    List<String> leaks = new ArrayList<>();
    for (JavaClass type : CORE) {
      if (!type.getModifiers().contains(JavaModifier.PUBLIC) || type.getPackageName().contains(".internal")) {
        continue;
      }
      for (JavaMember member : type.getMembers()) {
        if (!member.getModifiers().contains(JavaModifier.PUBLIC)) {
          continue;
        }
        List<JavaClass> mentioned = new ArrayList<>();
        if (member instanceof JavaCodeUnit unit) {
          mentioned.addAll(unit.getRawParameterTypes());
          mentioned.add(unit.getRawReturnType());
        } else if (member instanceof JavaField field) {
          mentioned.add(field.getRawType());
        }
        for (JavaClass mention : mentioned) {
          if (mention.getPackageName().contains(".internal") || mention.getPackageName().startsWith("org.antlr")) {
            leaks.add(member.getFullName() + " mentions " + mention.getName());
          }
        }
      }
    }
    assertThat(leaks).isEmpty();
  }
}
