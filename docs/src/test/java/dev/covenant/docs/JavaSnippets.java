package dev.covenant.docs;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles the Java examples of the documentation against the library, as a reader would paste
 * them: whole files as they are, statements inside a method whose parameters are the variables the
 * example says it is given.
 */
final class JavaSnippets {
  /**
   * What a statement example may use without importing it: the public API (Jackson's ObjectNode is
   * part of it: invoice payloads), and the JDK's usual packages.
   */
  private static final List<String> IMPORTS = List.of("java.io.*", "java.math.*", "java.net.*", "java.nio.file.*",
      "java.time.*", "java.util.*", "java.util.function.*", "java.util.stream.*", "dev.covenant.dsl.*",
      "dev.covenant.core.*", "dev.covenant.core.model.*", "dev.covenant.core.json.*", "dev.covenant.defacto.*",
      "dev.covenant.defacto.api.*", "dev.covenant.defacto.execution.*", "com.fasterxml.jackson.databind.node.ObjectNode");
  private static final Pattern TYPE = Pattern.compile(
      "(?m)^(?:public\\s+|final\\s+|abstract\\s+|sealed\\s+)*(?:class|record|interface|enum)\\s+(\\w+)");
  private static final Pattern UNIT = Pattern.compile("(?m)^(?:package|import)\\s");

  private final JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
  private final String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  private int counter;

  void check(Fence fence) throws IOException {
    fence.attribute("file").ifPresent(file -> DocumentationTest.assertSameAsFile(fence, file));
    String text = fence.text();
    Matcher type = TYPE.matcher(text);
    boolean wholeUnit = UNIT.matcher(text).find() || type.find();
    String className;
    String source;
    int preamble;
    if (wholeUnit) {
      className = type.find(0) ? type.group(1) : "Example";
      source = text;
      preamble = 0;
    } else {
      className = "Example" + (++counter);
      StringBuilder wrapped = new StringBuilder();
      IMPORTS.forEach(i -> wrapped.append("import ").append(i).append(";\n"));
      wrapped.append("class ").append(className).append(" {\n  void run(")
          .append(String.join(", ", fence.given())).append(") throws Exception {\n");
      preamble = IMPORTS.size() + 2;
      wrapped.append(text).append("  }\n}\n");
      source = wrapped.toString();
    }
    compile(fence, className, source, preamble);
  }

  private void compile(Fence fence, String className, String source, int preamble) throws IOException {
    Path out = Files.createTempDirectory("covenant-doc-example");
    try {
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
        JavaFileObject unit = new SimpleJavaFileObject(URI.create("string:///" + className + ".java"),
            JavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source;
          }
        };
        List<String> options = List.of("--release", "17", "-proc:none", "-Xlint:none", "-classpath", classPath,
            "-d", out.toString());
        boolean compiled = compiler.getTask(null, files, diagnostics, options, null, List.of(unit)).call();
        if (!compiled) {
          List<String> errors = new ArrayList<>();
          for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
              long line = fence.line() + d.getLineNumber() - preamble;
              errors.add(fence.file() + ":" + line + ": " + d.getMessage(Locale.ROOT));
            }
          }
          fail("the example at " + fence.where() + " does not compile:\n" + String.join("\n", errors));
        }
      }
    } finally {
      deleteRecursively(out);
    }
  }

  private static void deleteRecursively(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
