package dev.covenant.defacto;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/** Feign stays an implementation detail: no public signature names it, and core never sees it. */
class ArchitectureTest {
  private static final JavaClasses CONNECTOR = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.covenant.defacto");
  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.covenant.core");

  @Test
  void noPublicSignatureOutsideInternalNamesAFeignType() {
    methods().that().areDeclaredInClassesThat().resideOutsideOfPackage("..internal..")
        .and().arePublic().or().areProtected()
        .should(notMentionFeign())
        .check(CONNECTOR);
  }

  @Test
  void onlyInternalPackagesUseFeign() {
    noClasses().that().resideOutsideOfPackage("..internal..")
        .should().dependOnClassesThat().resideInAPackage("feign..")
        .check(CONNECTOR);
  }

  @Test
  void coreDoesNotDependOnFeign() {
    noClasses().should().dependOnClassesThat().resideInAPackage("feign..").check(CORE);
  }

  private static ArchCondition<JavaMethod> notMentionFeign() {
    DescribedPredicate<JavaClass> feign = DescribedPredicate.describe("a Feign type",
        type -> type.getPackageName().startsWith("feign"));
    return new ArchCondition<>("not name a Feign type in its signature") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        boolean leaks = method.getParameterTypes().stream().map(t -> t.toErasure()).anyMatch(feign)
            || feign.test(method.getRawReturnType())
            || method.getThrowsClause().getTypes().stream().anyMatch(feign);
        boolean visible = method.getOwner().getModifiers().contains(JavaModifier.PUBLIC);
        if (leaks && visible) {
          events.add(SimpleConditionEvent.violated(method, method.getFullName() + " names a Feign type"));
        }
      }
    };
  }
}
