package dev.covenant.defacto.execution;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The executor speaks to Defacto only through {@code DefactoClient}, and its API hides its machinery. */
class ExecutionArchitectureTest {
  private static final JavaClasses EXECUTION = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.covenant.defacto.execution", "dev.covenant.defacto.internal.execution");

  @Test
  void executionNeverTouchesHttpDirectly() {
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("feign..", "java.net.http..", "dev.covenant.defacto.internal.http..")
        .check(EXECUTION);
  }

  @Test
  void publicSignaturesMentionNoInternalType() {
    List<String> leaks = new ArrayList<>();
    for (JavaClass type : EXECUTION) {
      if (!type.getModifiers().contains(JavaModifier.PUBLIC) || type.getPackageName().contains(".internal")) {
        continue;
      }
      for (JavaMember member : type.getMembers()) {
        if (member.getModifiers().contains(JavaModifier.PUBLIC) && member instanceof JavaCodeUnit unit) {
          List<JavaClass> mentioned = new ArrayList<>(unit.getRawParameterTypes());
          mentioned.add(unit.getRawReturnType());
          mentioned.stream().filter(c -> c.getPackageName().contains(".internal"))
              .forEach(c -> leaks.add(member.getFullName() + " mentions " + c.getName()));
        }
      }
    }
    assertThat(leaks).isEmpty();
  }
}
