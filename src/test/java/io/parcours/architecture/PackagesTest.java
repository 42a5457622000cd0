package io.parcours.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;

/** The package layout of STYLE.md: features without cycles, a common part that knows none. */
@AnalyzeClasses(packages = "io.parcours", importOptions = ImportOption.DoNotIncludeTests.class)
class PackagesTest {

  @ArchTest
  static final ArchRule featuresHaveNoCycles =
      slices().matching("io.parcours.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule commonKnowsNoFeature =
      noClasses()
          .that()
          .resideInAPackage("io.parcours.common..")
          .should()
          .dependOnClassesThat(
              DescribedPredicate.describe(
                  "belong to a feature",
                  (JavaClass c) ->
                      c.getPackageName().startsWith("io.parcours.")
                          && !c.getPackageName().startsWith("io.parcours.common")));

  @ArchTest
  static final ArchRule resourcesNeverAnswerEntities =
      methods()
          .that()
          .areDeclaredInClassesThat()
          .areAnnotatedWith(Path.class)
          .and()
          .arePublic()
          .should()
          .notHaveRawReturnType(
              DescribedPredicate.describe(
                  "an entity",
                  (JavaClass c) ->
                      c.isAnnotatedWith(Entity.class) || c.isAnnotatedWith(Embeddable.class)));
}
