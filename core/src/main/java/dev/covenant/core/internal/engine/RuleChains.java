package dev.covenant.core.internal.engine;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Generates, per rule block, a class whose method tests the rules in order, each condition
 * called through a field of its exact node class. A shared loop over conditions makes every call
 * megamorphic: the JIT can inline none of them. Here each call site sees one class, so the JIT
 * inlines the conditions into one method, as if the chain were written by hand.
 *
 * <p>Generated methods stay under the JIT's 8,000-byte limit for compiling a method, by testing
 * rules in chunks; very large blocks, which would overflow a class's constant pool, keep the
 * interpreted chain.
 */
final class RuleChains {
  /** Tests rules in {@code [from, to)} in order; the index of the first that matches, or -1. */
  interface Matcher {
    int match(Env e, int from, int to);
  }

  /** Beyond this many conditions the class's constant pool could overflow: keep the loop. */
  static final int MAXIMUM_CONDITIONS = 4_000;
  private static final int RULES_PER_METHOD = 64;
  private static final String ENV = Type.getDescriptor(Env.class);
  private static final String CHUNK_DESCRIPTOR = "(" + ENV + "II)I";
  private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

  private RuleChains() {}

  /** A matcher for rules given as their conditions, or null when the block is too large to generate. */
  static Matcher generate(List<BoolNode[]> rules) {
    List<BoolNode> conditions = new ArrayList<>();
    rules.forEach(rule -> conditions.addAll(List.of(rule)));
    if (conditions.size() > MAXIMUM_CONDITIONS) {
      return null;
    }
    byte[] bytes = classBytes(rules);
    try {
      Class<?> chain = LOOKUP.defineHiddenClass(bytes, true).lookupClass();
      return (Matcher) chain.getDeclaredConstructor(Object[].class).newInstance((Object) conditions.toArray());
    } catch (ReflectiveOperationException impossible) {
      throw new IllegalStateException("generated rule chain does not load", impossible);
    }
  }

  private static byte[] classBytes(List<BoolNode[]> rules) {
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
      @Override
      protected String getCommonSuperClass(String first, String second) {
        // Frames only ever merge identical locals (this, env, from, to); never load classes for it.
        return "java/lang/Object";
      }
    };
    String name = Type.getInternalName(RuleChains.class).replace("RuleChains", "GeneratedRuleChain");
    writer.visit(Opcodes.V17, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, name, null, "java/lang/Object",
        new String[] {Type.getInternalName(Matcher.class)});
    List<String> fieldTypes = new ArrayList<>();
    for (BoolNode[] rule : rules) {
      for (BoolNode condition : rule) {
        String descriptor = Type.getDescriptor(condition.getClass());
        writer.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL, "c" + fieldTypes.size(), descriptor, null, null).visitEnd();
        fieldTypes.add(descriptor);
      }
    }
    constructor(writer, name, fieldTypes);
    int chunks = (rules.size() + RULES_PER_METHOD - 1) / RULES_PER_METHOD;
    int field = 0;
    for (int chunk = 0; chunk < chunks; chunk++) {
      field = chunk(writer, name, rules, chunk, field);
    }
    match(writer, name, chunks);
    writer.visitEnd();
    return writer.toByteArray();
  }

  private static void constructor(ClassWriter writer, String name, List<String> fieldTypes) {
    MethodVisitor code = writer.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "([Ljava/lang/Object;)V", null, null);
    code.visitCode();
    code.visitVarInsn(Opcodes.ALOAD, 0);
    code.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
    for (int i = 0; i < fieldTypes.size(); i++) {
      code.visitVarInsn(Opcodes.ALOAD, 0);
      code.visitVarInsn(Opcodes.ALOAD, 1);
      code.visitLdcInsn(i);
      code.visitInsn(Opcodes.AALOAD);
      code.visitTypeInsn(Opcodes.CHECKCAST, Type.getType(fieldTypes.get(i)).getInternalName());
      code.visitFieldInsn(Opcodes.PUTFIELD, name, "c" + i, fieldTypes.get(i));
    }
    code.visitInsn(Opcodes.RETURN);
    code.visitMaxs(0, 0);
    code.visitEnd();
  }

  /** {@code chunkN(env, from, to)}: the rules of one chunk, each skipped outside [from, to). */
  private static int chunk(ClassWriter writer, String name, List<BoolNode[]> rules, int chunk, int firstField) {
    MethodVisitor code = writer.visitMethod(Opcodes.ACC_PRIVATE, "chunk" + chunk, CHUNK_DESCRIPTOR, null, null);
    code.visitCode();
    int field = firstField;
    int end = Math.min(rules.size(), (chunk + 1) * RULES_PER_METHOD);
    for (int rule = chunk * RULES_PER_METHOD; rule < end; rule++) {
      Label next = new Label();
      code.visitVarInsn(Opcodes.ILOAD, 2);
      code.visitLdcInsn(rule);
      code.visitJumpInsn(Opcodes.IF_ICMPGT, next);
      code.visitLdcInsn(rule);
      code.visitVarInsn(Opcodes.ILOAD, 3);
      code.visitJumpInsn(Opcodes.IF_ICMPGE, next);
      for (BoolNode condition : rules.get(rule)) {
        String owner = Type.getInternalName(condition.getClass());
        code.visitVarInsn(Opcodes.ALOAD, 0);
        code.visitFieldInsn(Opcodes.GETFIELD, name, "c" + field, Type.getDescriptor(condition.getClass()));
        code.visitVarInsn(Opcodes.ALOAD, 1);
        code.visitMethodInsn(Opcodes.INVOKEVIRTUAL, owner, "test", "(" + ENV + ")Z", false);
        code.visitJumpInsn(Opcodes.IFEQ, next);
        field++;
      }
      code.visitLdcInsn(rule);
      code.visitInsn(Opcodes.IRETURN);
      code.visitLabel(next);
    }
    code.visitInsn(Opcodes.ICONST_M1);
    code.visitInsn(Opcodes.IRETURN);
    code.visitMaxs(0, 0);
    code.visitEnd();
    return field;
  }

  /** {@code match(env, from, to)}: each chunk in turn until one finds a rule. */
  private static void match(ClassWriter writer, String name, int chunks) {
    MethodVisitor code = writer.visitMethod(Opcodes.ACC_PUBLIC, "match", CHUNK_DESCRIPTOR, null, null);
    code.visitCode();
    for (int chunk = 0; chunk < chunks; chunk++) {
      Label notFound = new Label();
      code.visitVarInsn(Opcodes.ALOAD, 0);
      code.visitVarInsn(Opcodes.ALOAD, 1);
      code.visitVarInsn(Opcodes.ILOAD, 2);
      code.visitVarInsn(Opcodes.ILOAD, 3);
      code.visitMethodInsn(Opcodes.INVOKESPECIAL, name, "chunk" + chunk, CHUNK_DESCRIPTOR, false);
      code.visitInsn(Opcodes.DUP);
      code.visitJumpInsn(Opcodes.IFLT, notFound);
      code.visitInsn(Opcodes.IRETURN);
      code.visitLabel(notFound);
      code.visitInsn(Opcodes.POP);
    }
    code.visitInsn(Opcodes.ICONST_M1);
    code.visitInsn(Opcodes.IRETURN);
    code.visitMaxs(0, 0);
    code.visitEnd();
  }
}
